"""What a dialog's OK button does: the document commands its `dialog_submit` steps make of the
fields the dialog shows, as Word applies a dialog — only what the user changed, all of it as one
undo step.

A step is `{command, args, if_changed, when}`. Args written `"$field"` take the field's converted
value, `"-$field"` its negation (the Paragraph dialog's Hanging "By" is a negative first-line
indent). `if_changed` skips the step when the fields it names (or, with `true`, the fields its
args use) still show their opening values; `when` ({field: shown value}) skips it unless the
dialog shows those values, `unless` skips it when it does. Several commands are wrapped in one `compound` command (one undo
step, as Word records a dialog's OK); commands that switch something off run before the ones
that switch something on, so that unchecking Subscript cannot undo a Superscript just checked
(both write the same property)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .fields import convert, display, problem
from .model import Call

GROUP_COMMAND = "compound"


class InvalidEntry(ValueError):
    """A box holds what its field cannot take: OK stops and Word shows `message` in a message
    box over the dialog; `field` names the box."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


def submit_calls(dialog, fields: Mapping[str, Any], initial: Mapping[str, Any],
                 steps: Iterable[Mapping[str, Any]],
                 scope: Mapping[str, Any] | None = None) -> list[Call]:
    """The calls OK makes for a dialog model `dialog` showing `fields` (opened with `initial`).
    Raises `InvalidEntry` for the first changed box OK would read that holds no valid value
    (Word checks before it applies anything). `scope` ({field, commands: {value: command}}):
    when the field shows one of those values, that command wraps the calls instead of
    `compound` (Page Setup's Apply to: Whole document)."""
    specs = dialog.fields
    calls = []
    for step in steps:
        if not _holds(specs, fields, step.get("when")):
            continue
        if step.get("unless") and _holds(specs, fields, step["unless"]):
            continue
        args, refs = {}, []
        for k, v in step.get("args", {}).items():
            if isinstance(v, str) and v.startswith(("$", "-$")):
                name = v[v.index("$") + 1:]
                refs.append(name)
                value = convert(specs[name], fields.get(name))
                if v[0] == "-" and isinstance(value, (int, float)) and not isinstance(value, bool):
                    value = -value
                args[k] = value
            else:
                args[k] = v
        changed = step.get("if_changed")
        if changed:
            names = refs if changed is True else changed
            if all(fields.get(n) == initial.get(n) for n in names):
                continue
        for name in refs:
            message = problem(specs[name], fields.get(name))
            if message is not None:
                raise InvalidEntry(name, message)
        calls.append(Call(step["command"], args))
    wrapper = None
    if scope and calls:
        wrapper = scope["commands"].get(convert(specs[scope["field"]], fields.get(scope["field"])))
    if len(calls) < 2 and wrapper is None:
        return calls
    ordered = sorted(calls, key=lambda c: c.args.get("on") is not False)  # stable: offs first
    return [Call(wrapper or GROUP_COMMAND,
                 {"steps": [[c.name, dict(c.args)] for c in ordered]})]


def _holds(specs, fields, when: Mapping[str, Any] | None) -> bool:
    if not when:
        return True
    return all(str(fields.get(name, "")).strip().lower()
               == str(display(specs[name], value)).strip().lower()
               for name, value in when.items())

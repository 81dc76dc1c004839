"""What a dialog's OK button does: the document commands its `dialog_submit` steps make of the
fields the dialog shows, as Word applies a dialog — only what the user changed, all of it as one
undo step.

A step is `{command, args, if_changed, when}`. Args written `"$field"` take the field's converted
value, `"-$field"` its negation (the Paragraph dialog's Hanging "By" is a negative first-line
indent). `if_changed` skips the step when the fields it names (or, with `true`, the fields its
args use) still show their opening values; `when` ({field: shown value}) skips it unless the
dialog shows those values. Several commands are wrapped in one `compound` command (one undo
step, as Word records a dialog's OK); commands that switch something off run before the ones
that switch something on, so that unchecking Subscript cannot undo a Superscript just checked
(both write the same property)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .fields import convert, display
from .model import Call

GROUP_COMMAND = "compound"


def submit_calls(dialog, fields: Mapping[str, Any], initial: Mapping[str, Any],
                 steps: Iterable[Mapping[str, Any]]) -> list[Call]:
    """The calls OK makes for a dialog model `dialog` showing `fields` (opened with `initial`)."""
    specs = dialog.fields
    calls = []
    for step in steps:
        if not _holds(specs, fields, step.get("when")):
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
        calls.append(Call(step["command"], args))
    if len(calls) < 2:
        return calls
    ordered = sorted(calls, key=lambda c: c.args.get("on") is not False)  # stable: offs first
    return [Call(GROUP_COMMAND, {"steps": [[c.name, dict(c.args)] for c in ordered]})]


def _holds(specs, fields, when: Mapping[str, Any] | None) -> bool:
    if not when:
        return True
    return all(str(fields.get(name, "")).strip().lower()
               == str(display(specs[name], value)).strip().lower()
               for name, value in when.items())

"""Assembling a checked `Action` from its parts; the one place every input form ends up."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

from wordsim.actions.action import FORMS, STATUSES, Action
from wordsim.actions.binding import bind
from wordsim.actions.controls import CONTROL_TYPES
from wordsim.actions.errors import InvalidAction
from wordsim.actions.vocabulary import VOCABULARY
from wordsim.actions.whitelist import WHITELIST

MAX_LABEL_CHARS = 64
MAX_CONTROL_TEXT_CHARS = 1024


def make_action(
    function: str | None,
    args: Mapping[str, Any] | None = None,
    positional: Sequence[Any] = (),
    *,
    control_label: Any = None,
    control_text: Any = None,
    control_type: Any = None,
    status: Any = None,
    thought: Any = "",
    plan: Any = (),
    observation: Any = "",
    comment: Any = "",
    subtask: Any = "",
    form: str = "dict",
    original: Any = None,
) -> Action:
    """Check and assemble an action. Raises `InvalidAction` (a ValueError) with an agent-readable
    message; programmatic callers (oracles, policies) may call it directly."""
    name = resolve_function(function)
    spec = VOCABULARY[name]
    if args is not None and not isinstance(args, Mapping):
        shown = name or '""'
        raise InvalidAction(f"the args of {shown} must be a dict, got {type(args).__name__}.")
    bound, given = bind(spec, args or {}, positional)
    label = _label(control_label)
    text = _optional_text(control_text, "control text", MAX_CONTROL_TEXT_CHARS)
    if spec.needs_control and label is None and text is None:
        raise InvalidAction(
            f"{name} needs a control: give the control_label of one of the listed controls."
        )
    if form not in FORMS:
        raise ValueError(f"unknown action form {form!r}; forms: {', '.join(FORMS)}")
    return Action(
        function=name,
        args=bound,
        control_label=label,
        control_text=text,
        status=_status(status),
        control_type=_control_type(control_type),
        given=given,
        thought=_note(thought),
        plan=_plan(plan),
        observation=_note(observation),
        comment=_note(comment),
        subtask=_note(subtask),
        form=form,
        original=original,
    )


def resolve_function(function: Any) -> str:
    """UFO's name for an accepted function name (None means the empty no-op ``""``)."""
    if function is None:
        return ""
    if not isinstance(function, str):
        raise InvalidAction(f"the function name must be a string, got {type(function).__name__}.")
    name = WHITELIST.resolve(function.strip())
    if name is not None:
        return name
    shown = function if len(function) <= 60 else function[:57] + "..."
    close = difflib.get_close_matches(function.strip(), [n for n in WHITELIST.functions if n], 1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    available = ", ".join(n for n in VOCABULARY if n)
    raise InvalidAction(f"unknown function {shown!r}.{hint} Available: {available}.")


def _label(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    label = _optional_text(value, "control label", MAX_LABEL_CHARS)
    if label is None:
        return None
    return label.strip() or None


def _optional_text(value: Any, what: str, limit: int) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidAction(f"the {what} must be a string, got {type(value).__name__}.")
    if len(value) > limit:
        raise InvalidAction(f"the {what} is too long ({len(value)} characters; limit {limit}).")
    return value


def _status(value: Any) -> str:
    if value is None or value == "":
        return "CONTINUE"
    if isinstance(value, str) and value.strip().upper() in STATUSES:
        return value.strip().upper()
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    raise InvalidAction(f"unknown status {shown}. Use one of {', '.join(STATUSES)}.")


def _control_type(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if value in CONTROL_TYPES:
        return value
    raise InvalidAction(f"unknown control type {value!r}. Types: {', '.join(CONTROL_TYPES)}.")


def _note(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _plan(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(_note(step) for step in value)
    text = _note(value)
    return (text,) if text else ()

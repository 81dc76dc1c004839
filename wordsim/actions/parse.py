"""Reading an action in any accepted form: dict, UFO/LAM JSON, call string, plan step, tool call."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from wordsim.actions.action import Action
from wordsim.actions.build import make_action
from wordsim.actions.callstring import ParsedCall, parse_call_string, parse_literal
from wordsim.actions.errors import ActionError, InvalidAction
from wordsim.actions.limits import check_length, check_shape, check_tree

_EXAMPLE = '{"control_label": "12", "function": "click_input"} or select_text(text="hi")'
# Keys of the lower-case forms: the contract's dict and the LAM's 7-key JSON.
_LOWER_KEYS = frozenset({
    "function", "args", "control_label", "control_text", "control_name", "control_type",
    "status", "thought", "plan", "observation", "comment",
})
_UFO_CONTROL_KEYS = ("ControlLabel", "ControlText", "Args", "Status")


def parse_action(obj: object) -> Action | ActionError:
    """Read an action from any form the environment accepts; never raises for bad input.

    - dict: ``{"control_label": "12", "function": "click_input", "args": {...}}``
    - UFO AppAgent JSON, as a dict or a JSON string: ``ControlLabel, ControlText, Function,
      Args, Status`` (Observation, Thought, Plan, Comment kept as notes; other keys ignored)
    - LAM JSON: ``thought, control_label, control_name, function, args, status, plan``
    - call strings: ``select_text(text="hello")``, ``click_input(control_label="20")``,
      ``click(on=Button("20"), how="left", double=False)``, ``set_edit_text(on=Edit("5"), ...)``
    - a UFO dataflow plan step ``{Step, Subtask, ControlLabel, ControlText, Function, Args}``;
      with an empty ControlLabel the control is found later by its ControlText
    - a UFO step-log line, whose ``Action`` holds the call string

    Returns the `Action`, or an `ActionError` whose message says what was wrong.
    """
    try:
        if isinstance(obj, Action):
            return obj
        if isinstance(obj, str):
            return _from_text(obj)
        if isinstance(obj, Mapping):
            return _from_mapping(obj, obj)
        raise InvalidAction(
            f"expected an action as a dict, a JSON string or a call string, got "
            f"{type(obj).__name__}. Example: {_EXAMPLE}."
        )
    except InvalidAction as error:
        return ActionError.from_reason(str(error), obj)


def parse_tool_call(name: str, arguments: Mapping[str, Any] | str) -> Action | ActionError:
    """Read a function-calling model's tool call (see `tool_schemas`): the tool's name and its
    arguments, where ``control_label``, ``control_text`` and ``status`` sit beside the action's
    own arguments."""
    original = {"name": name, "arguments": arguments}
    try:
        if not isinstance(name, str) or not name:
            raise InvalidAction("a tool call needs the name of one of the tools.")
        if isinstance(arguments, str):
            arguments = _decode_object(arguments) if arguments.strip() else {}
        if not isinstance(arguments, Mapping):
            kind = type(arguments).__name__
            raise InvalidAction(f"tool arguments must be an object, got {kind}.")
        check_tree(arguments)
        args = dict(arguments)
        control = {key: args.pop(key, None) for key in ("control_label", "control_text", "status")}
        return make_action(name, args, form="tool", original=original, **control)
    except InvalidAction as error:
        return ActionError.from_reason(str(error), original)


def _from_text(text: str) -> Action:
    check_length(text)
    body = _strip_fence(text.strip())
    if not body:
        raise InvalidAction(f"the action is empty. Example: {_EXAMPLE}.")
    if body.startswith("{"):
        return _from_mapping(_decode_object(body), text)
    return _from_call(parse_call_string(body), text, form="call")


def _strip_fence(text: str) -> str:
    """Drop a Markdown code fence (```json ... ```) that language models like to add."""
    if text.startswith("```") and text.endswith("```") and len(text) >= 6:
        first_line_end = text.find("\n")
        return text[first_line_end + 1:-3].strip() if first_line_end != -1 else text[3:-3].strip()
    return text


def _decode_object(text: str) -> dict:
    check_length(text)
    check_shape(text)
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        try:  # a Python dict literal ({'Function': 'click_input', 'Args': {'double': False}})
            value = parse_literal(text)
        except InvalidAction:
            raise InvalidAction(f"the action is not valid JSON: {error.msg} at position "
                                f"{error.pos}.") from None
    if not isinstance(value, dict):
        raise InvalidAction(f"expected a JSON object, got {type(value).__name__}.")
    return value


def _refuse_constant(name: str) -> None:
    raise InvalidAction(f"numbers in an action must be finite, got {name}.")


def _from_mapping(data: Mapping[str, Any], original: Any) -> Action:
    check_tree(data)
    upper = "Function" in data or "Action" in data
    if upper and "function" in data:
        raise InvalidAction("the action mixes UFO keys (Function, Args) with lower-case keys "
                            "(function, args); use one form.")
    if upper:
        return _from_ufo(data, original)
    if "function" not in data and any(key in data for key in _UFO_CONTROL_KEYS):
        raise InvalidAction("the UFO action has no 'Function' (use \"\" for no action).")
    return _from_lower(data, original)


def _from_ufo(data: Mapping[str, Any], original: Any) -> Action:
    notes = {
        "control_label": data.get("ControlLabel"),
        "control_text": data.get("ControlText"),
        "status": data.get("Status"),
        "thought": data.get("Thought", ""),
        "plan": data.get("Plan", ()),
        "observation": data.get("Observation", ""),
        "comment": data.get("Comment", ""),
        "subtask": data.get("Subtask", ""),
    }
    form = "plan" if "Subtask" in data or "Step" in data else "ufo"
    args = _revise_line_breaks(_args(data.get("Args")))
    if "Function" in data:
        return make_action(data["Function"], args, form=form, original=original, **notes)
    call = data["Action"]  # a step-log line
    if not isinstance(call, str):
        raise InvalidAction(f"'Action' must be a call string, got {type(call).__name__}.")
    return _from_call(parse_call_string(call), original, form=form, **notes)


def _from_lower(data: Mapping[str, Any], original: Any) -> Action:
    unknown = [key for key in data if key not in _LOWER_KEYS]
    if unknown:
        raise InvalidAction(f"unknown key {unknown[0]!r} in the action. Allowed: "
                            f"{', '.join(sorted(_LOWER_KEYS))}.")
    if "function" not in data:
        raise InvalidAction(f"the action has no 'function'. Example: {_EXAMPLE}.")
    text, name = data.get("control_text"), data.get("control_name")
    if text and name and text != name:
        raise InvalidAction("control_text and control_name disagree; give one.")
    lam = any(key in data for key in ("thought", "plan", "control_name"))
    return make_action(
        data["function"],
        _args(data.get("args")),
        control_label=data.get("control_label"),
        control_text=text or name,
        control_type=data.get("control_type"),
        status=data.get("status"),
        thought=data.get("thought", ""),
        plan=data.get("plan", ()),
        observation=data.get("observation", ""),
        comment=data.get("comment", ""),
        form="lam" if lam else "dict",
        original=original,
    )


def _from_call(call: ParsedCall, original: Any, form: str, **notes: Any) -> Action:
    keywords = dict(call.keywords)
    label = keywords.pop("control_label", None)
    text = keywords.pop("control_text", None)
    on = keywords.pop("on", None)
    control_type = None
    if on is not None:
        if label is not None and str(label) != on.label:
            raise InvalidAction(f"on={on.control_type}({on.label!r}) and control_label="
                                f"{label!r} name different controls.")
        label, control_type = on.label, on.control_type
    for key, value in (("control_label", label), ("control_text", text)):
        outer = notes.pop(key, None)
        if value is None:
            value = outer
        elif outer not in (None, "") and str(outer) != str(value):
            raise InvalidAction(f"the call's {key} {value!r} disagrees with {outer!r}.")
        notes[key] = value
    return make_action(call.name, keywords, call.positional, control_type=control_type,
                       form=form, original=original, **notes)


def _args(value: Any) -> dict[str, Any]:
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        return _decode_object(value)
    if isinstance(value, Mapping):
        return dict(value)
    raise InvalidAction(f"args must be a dict, got {type(value).__name__}.")


def _revise_line_breaks(args: dict[str, Any]) -> dict[str, Any]:
    """UFO's `revise_line_breaks`: a written backslash-n in a string argument is a line break."""
    return {k: v.replace("\\n", "\n") if isinstance(v, str) else v for k, v in args.items()}

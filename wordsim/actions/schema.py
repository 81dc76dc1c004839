"""JSON-schema tool descriptions (OpenAI and Anthropic "tools"), derived from the vocabulary."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from wordsim.actions.action import STATUSES
from wordsim.actions.spec import ActionSpec, Param
from wordsim.actions.vocabulary import select_specs

_JSON_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}


def tool_schemas(
    specs: str | Iterable[str | ActionSpec] | None = None,
    *,
    style: Literal["openai", "anthropic"] = "openai",
) -> list[dict[str, Any]]:
    """One tool per action (the no-op ``""`` has none: a tool name cannot be empty). Each takes
    the action's arguments plus ``control_label`` (required when the action needs a control)
    and an optional ``status``; `parse_tool_call` reads a call back."""
    tools = []
    for spec in select_specs(specs):
        if not spec.name:
            continue
        schema = input_schema(spec)
        description = spec.summary
        if spec.examples:
            description += " Example: " + "; ".join(spec.examples)
        if style == "openai":
            tools.append({"type": "function", "function": {
                "name": spec.name, "description": description, "parameters": schema}})
        elif style == "anthropic":
            tools.append({"name": spec.name, "description": description, "input_schema": schema})
        else:
            raise ValueError(f"unknown tool style {style!r}; use 'openai' or 'anthropic'")
    return tools


def input_schema(spec: ActionSpec) -> dict[str, Any]:
    """The JSON schema of one action's tool arguments."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    if spec.control != "none":
        kinds = ", ".join(spec.control_types) or "any"
        properties["control_label"] = {
            "type": "string",
            "description": f"The label of the control item to act on (types: {kinds}).",
        }
        if spec.needs_control:
            required.append("control_label")
    for param in spec.params:
        properties[param.name] = _param_schema(param)
        if param.required:
            required.append(param.name)
    properties["status"] = {
        "type": "string",
        "enum": list(STATUSES),
        "default": "CONTINUE",
        "description": "FINISH when this action completes the task, FAIL to give up.",
    }
    return {"type": "object", "properties": properties, "required": required,
            "additionalProperties": False}


def _param_schema(param: Param) -> dict[str, Any]:
    if param.type == "list[str]":
        schema: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
    else:
        kind = _JSON_TYPES[param.type]
        schema = {"type": [kind, "null"] if param.nullable else kind}
    schema["description"] = param.description
    if param.choices:
        schema["enum"] = list(param.choices)
    if not param.required:
        schema["default"] = param.default_value()
    return schema

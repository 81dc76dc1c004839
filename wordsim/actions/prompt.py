"""The API description for a language model's prompt, derived from the vocabulary (UFO's layout)."""

from __future__ import annotations

from collections.abc import Iterable

from wordsim.actions.spec import ActionSpec, Param
from wordsim.actions.vocabulary import select_specs

_TYPE_NAMES = {"str": "str", "int": "int", "float": "float", "bool": "bool",
               "list[str]": "List[str]"}


def prompt_description(
    specs: str | Iterable[str | ActionSpec] | None = None, *, examples: bool = True
) -> str:
    """UFO's API prompt for the given actions (a subset name, action names, specs, or all):
    per action its summary, signature, arguments with defaults, examples, the controls it
    applies to and what it returns. The no-op ``""`` has no entry."""
    blocks = [_describe(spec, examples) for spec in select_specs(specs) if spec.name]
    return "\n\n".join(blocks) + "\n"


def signature(spec: ActionSpec) -> str:
    """`click_input(button: str = "left", double: bool = False, pressed: str = None)`."""
    return f"{spec.name}({', '.join(_param_signature(p) for p in spec.params)})"


def _describe(spec: ActionSpec, examples: bool) -> str:
    lines = [f"- {spec.name}: {spec.summary}", f"  [1] API call: {signature(spec)}", "  [2] Args:"]
    lines += [f"    - {p.name}: {_param_text(p)}" for p in spec.params] or ["    None"]
    step = 3
    if examples and spec.examples:
        lines.append(f"  [{step}] Example: {', '.join(spec.examples)}")
        step += 1
    lines.append(f"  [{step}] Available control item: {_controls(spec)}")
    lines.append(f"  [{step + 1}] Return: {spec.returns}")
    return "\n".join(lines)


def _param_signature(param: Param) -> str:
    text = f"{param.name}: {_TYPE_NAMES[param.type]}"
    return text if param.required else f"{text} = {_literal(param.default_value())}"


def _param_text(param: Param) -> str:
    text = param.description
    if param.choices:
        text += f" One of {', '.join(_literal(c) for c in param.choices)}."
    if not param.required:
        text += f" (Default: {_literal(param.default_value())})"
    return text


def _controls(spec: ActionSpec) -> str:
    if spec.control == "none":
        return "Control item is not required for this API."
    kinds = f"[{', '.join(spec.control_types)}]" if spec.control_types else "All control items"
    return kinds if spec.control == "required" else f"{kinds}, or no control item."


def _literal(value: object) -> str:
    """Python literal with double-quoted strings, as UFO's prompt writes defaults."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return repr(value)

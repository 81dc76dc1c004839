"""Binding given arguments to an action's declared parameters: names, positions, defaults."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from wordsim.actions.coerce import coerce
from wordsim.actions.errors import InvalidAction
from wordsim.actions.spec import ActionSpec
from wordsim.actions.whitelist import WHITELIST, Whitelist


def bind(
    spec: ActionSpec,
    keywords: Mapping[str, Any],
    positional: Sequence[Any] = (),
    whitelist: Whitelist = WHITELIST,
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Return (every argument in declared order with defaults filled, the names given in the
    order given). Aliases ("how" for "button") become UFO names. Raises InvalidAction."""
    label = spec.name or '""'
    if len(positional) > len(spec.params):
        raise InvalidAction(
            f"{label} takes {len(spec.params)} argument{'s' * (len(spec.params) != 1)} "
            f"({len(positional)} given)."
        )
    given: dict[str, Any] = {p.name: v for p, v in zip(spec.params, positional, strict=False)}
    accepted = whitelist.arguments.get(spec.name, {})
    for key, value in keywords.items():
        name = accepted.get(key) if isinstance(key, str) else None
        if name is None:
            allowed = ", ".join(spec.param_names) or "none"
            raise InvalidAction(f"unknown argument {key!r} for {label}. Allowed: {allowed}.")
        if name in given:
            raise InvalidAction(f"{label} got multiple values for argument {name!r}.")
        given[name] = value
    args: dict[str, Any] = {}
    for param in spec.params:
        if param.name in given:
            args[param.name] = coerce(given[param.name], param, label)
        elif param.required:
            raise InvalidAction(f"{label} is missing its required argument {param.name!r}.")
        else:
            args[param.name] = param.default_value()
    return args, tuple(given)

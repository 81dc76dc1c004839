"""The declaration types of the action vocabulary: a parameter, and one action's spec."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

# UFO's ActionType of a step (its receiver's `type_name`).
UI_CONTROL = "UIControl"
COM_WORD = "COM/WORD"

ParamType = Literal["str", "int", "float", "bool", "list[str]"]
# Whether an action acts on a control: UFO's "[4] Available control item" line.
ControlUse = Literal["required", "optional", "none"]


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()
"""The default of a parameter that has none."""


@dataclass(frozen=True)
class Param:
    """One argument of an action. A `None` default makes the parameter nullable; a list
    parameter's default is written as a tuple and filled in as a fresh list."""

    name: str
    type: ParamType
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    # Extra validation of a coerced value: returns a reason when the value is refused.
    check: Callable[[Any], str | None] | None = field(default=None, compare=False)

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    @property
    def nullable(self) -> bool:
        return self.default is None

    def default_value(self) -> Any:
        """The value an omitted argument takes (a fresh list for list parameters)."""
        return list(self.default) if self.type == "list[str]" else self.default


@dataclass(frozen=True)
class ActionSpec:
    """One action of the vocabulary, as UFO declares it in its API prompt."""

    name: str
    kind: str  # UI_CONTROL or COM_WORD
    summary: str  # the docstring shown to the model
    params: tuple[Param, ...] = ()
    control: ControlUse = "none"
    control_types: tuple[str, ...] = ()  # the control types it applies to; empty: any
    examples: tuple[str, ...] = ()  # call strings, each parsed by the tests
    returns: str = "None"
    aliases: tuple[str, ...] = ()  # other accepted function names, e.g. LAM's "click"

    @property
    def needs_control(self) -> bool:
        return self.control == "required"

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(f"{self.name!r} has no parameter {name!r}")

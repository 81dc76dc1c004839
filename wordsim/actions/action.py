"""The parsed action record, with UFO's call-string, AppAgent-JSON and LAM-JSON renderings."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from wordsim.actions.spec import ActionSpec
from wordsim.actions.vocabulary import VOCABULARY

STATUSES = ("CONTINUE", "FINISH", "FAIL", "CONFIRM")
"""UFO AppAgent statuses; FINISH and FAIL end the episode."""

FORMS = ("dict", "ufo", "lam", "call", "plan", "tool")
"""The input forms an action can come from (`Action.form`)."""


@dataclass(frozen=True, eq=False)
class Action:
    """One agent action, whatever form it came in.

    `function` is UFO's name ("click_input", "select_text", "" for no action); `args` holds
    every declared argument with defaults filled and types checked. The control is named by
    `control_label` ("12"), or, when that is None, found by `control_text` (a dataflow plan
    step). Two actions are equal when they do the same thing: function, args, control and
    status; how they were written (`form`, `given`, `original`, the agent's thought/plan)
    does not count. Treat `args` as read-only.
    """

    function: str
    args: dict[str, Any] = field(default_factory=dict)
    control_label: str | None = None
    control_text: str | None = None
    status: str = "CONTINUE"
    control_type: str | None = None  # from Button("20") in a call string; checked by the session
    given: tuple[str, ...] = ()  # argument names the agent wrote, in its order
    thought: str = ""
    plan: tuple[str, ...] = ()
    observation: str = ""
    comment: str = ""
    subtask: str = ""
    form: str = "dict"
    original: Any = field(default=None, repr=False)

    ok = True

    @property
    def spec(self) -> ActionSpec:
        return VOCABULARY[self.function]

    @property
    def action_type(self) -> str:
        """UFO's ActionType for the step log: "UIControl" or "COM/WORD"."""
        return self.spec.kind

    @property
    def ends_episode(self) -> bool:
        return self.status in ("FINISH", "FAIL")

    def _identity(self) -> tuple:
        target = (self.control_label, None) if self.control_label else (None, self.control_text)
        return (self.function, self.args, target, self.status)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Action):
            return NotImplemented
        return self._identity() == other._identity()

    __hash__ = None  # type: ignore[assignment]  # args is a dict

    def call_string(self, *, full: bool = False, with_control: bool = False) -> str:
        """UFO's log form, e.g. `click_input(button='left', double=False)`: the arguments the
        agent wrote, in its order (`full=True`: every argument, in declared order).
        `with_control=True` adds `control_label=...` (or `control_text=...`) first, which
        `parse_action` reads back."""
        names = self.spec.param_names if full else self.given
        parts = [f"{name}={self.args[name]!r}" for name in names]
        if with_control and self.control_label:
            parts.insert(0, f"control_label={self.control_label!r}")
        elif with_control and self.control_text:
            parts.insert(0, f"control_text={self.control_text!r}")
        return f"{self.function}({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        """The contract's plain dict form."""
        return {
            "control_label": self.control_label or "",
            "control_text": self.control_text or "",
            "function": self.function,
            "args": _copied(self.args),
            "status": self.status,
        }

    def to_ufo(self) -> dict[str, Any]:
        """UFO's AppAgent response JSON."""
        return {
            "Observation": self.observation,
            "Thought": self.thought,
            "ControlLabel": self.control_label or "",
            "ControlText": self.control_text or "",
            "Function": self.function,
            "Args": _copied(self.args),
            "Status": self.status,
            "Plan": list(self.plan),
            "Comment": self.comment,
        }

    def to_lam(self) -> dict[str, Any]:
        """The LAM's 7-key output JSON (paper App. C)."""
        return {
            "thought": self.thought,
            "control_label": self.control_label or "",
            "control_name": self.control_text or "",
            "function": self.function,
            "args": _copied(self.args),
            "status": self.status,
            "plan": list(self.plan),
        }


_SCALARS = (str, int, float, bool, type(None))


def _copied(args: dict) -> dict:
    """A deep copy of `args` (a plain dict copy when every value is an immutable scalar, as
    almost every action's are)."""
    for value in args.values():
        if not isinstance(value, _SCALARS):
            return copy.deepcopy(args)
    return dict(args)

"""Oracles: the task's UI plan performed in the window step by step (`UIOracle`), or its API plan
run through the document commands (`ApiOracle`); both then say FINISH."""

from __future__ import annotations

from typing import Any

from policies.base import finish
from policies.plan_steps import resolve_step


def ufo_action(step: dict, controls: list[dict], remaining: list[str]) -> dict[str, Any]:
    """A dataflow plan step as the AppAgent response a careful agent sends now: the control
    found on screen by `resolve_step`, the step's subtask as its thought (and in the step log),
    the subtasks still to do as its plan."""
    resolved = resolve_step(controls, step)
    subtask = step.get("Subtask", "")
    return {
        "Thought": subtask,
        "Subtask": subtask,
        "ControlLabel": resolved.get("control_label", ""),
        "ControlText": resolved.get("control_text", ""),
        "Function": resolved["function"],
        "Args": resolved["args"],
        "Status": "CONTINUE",
        "Plan": remaining,
    }


class UIOracle:
    """Follows the task's `ui_plan` through the window (clicks, typing, keys, Word API calls),
    each step's control looked up in the control list on screen at that moment; then FINISH.
    Works in either observation mode (a numeric env accepts the text forms too)."""

    name = "oracle"

    def __init__(self, seed: int | None = None):
        del seed  # deterministic: nothing to draw
        self._plan: list[dict] = []
        self._next = 0

    def reset(self, env, seed: int | None = None) -> None:
        self._plan = list(env.unwrapped.task.ui_plan)
        self._next = 0

    def act(self, env, observation: Any) -> dict[str, Any]:
        if self._next >= len(self._plan):
            return finish("Every step of the plan is done.")
        step = self._plan[self._next]
        self._next += 1
        remaining = [s.get("Subtask", "") for s in self._plan[self._next:]]
        return ufo_action(step, env.unwrapped.session.control_list(), remaining)


class ApiOracle:
    """Runs the task's `api_plan` — document commands such as `select_text`, `bold`,
    `insert_table` — through `WordEnv.execute`, then says FINISH in the same step (its thought
    lists the calls and their results). A command that fails is reported, not raised."""

    name = "oracle-api"

    def __init__(self, seed: int | None = None):
        del seed
        self._done = False

    def reset(self, env, seed: int | None = None) -> None:
        self._done = False

    def act(self, env, observation: Any) -> dict[str, Any]:
        if self._done:
            return finish()
        self._done = True
        lines = [f"{_call(name, args)} -> {message}"
                 for name, args, message in run_api_plan(env, env.unwrapped.task.api_plan)]
        return finish("API plan: " + "; ".join(lines))


def run_api_plan(env, plan) -> list[tuple[str, dict, str]]:
    """Run ((command, args), ...) on the env's running episode through `WordEnv.execute`, which
    checks the goal again after each; (command, args, result message) for each, a failing
    command's error standing for its result."""
    execute = env.unwrapped.execute
    return [(name, dict(args), execute(name, **dict(args))["message"]) for name, args in plan]


def _call(name: str, args: dict) -> str:
    return f"{name}({', '.join(f'{k}={v!r}' for k, v in args.items())})"

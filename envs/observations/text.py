"""The text observation — what a Word LLM agent's prompt holds: the request, UFO's control list
JSON, the document canvas, the last action's result and the recent steps as UFO's history —
and the UFO step-log record of one step."""

from __future__ import annotations

import json
from collections import deque

from gymnasium import spaces

from envs.spaces import TEXT_LIMITS, clean, text_observation_space
from wordsim.actions import Action

from .state import Episode

APPLICATION = "WINWORD.EXE"
# The keys UFO feeds back to its AppAgent as history, in its order (UserConfirm left out).
HISTORY_KEYS = ("Step", "ControlText", "Subtask", "Action", "Results")


def step_log(step: int, action: Action | None, message: str, control_text: str = "") -> dict:
    """UFO's step-log fields for one step (TimeCost left out: it would break determinism)."""
    if action is None:
        return {"Step": step, "Subtask": "", "ControlLabel": "", "ControlText": "",
                "Action": "", "ActionType": "", "Results": message, "Application": APPLICATION}
    return {
        "Step": step,
        "Subtask": action.subtask,
        "ControlLabel": action.control_label or "",
        "ControlText": control_text or action.control_text or "",
        "Action": action.call_string() if action.function else "",
        "ActionType": action.action_type,
        "Results": message,
        "Application": APPLICATION,
    }


def _line(log: dict, done: list) -> str:
    """A step's history line (UFO's history keys as JSON), formatted once into `done`."""
    if not done:
        line = json.dumps({k: log[k] for k in HISTORY_KEYS}, ensure_ascii=False)
        done.append(clean(line, TEXT_LIMITS["result"]))
    return done[0]


class TextObserver:
    """Builds text observations; keeps the last `history` steps of the episode."""

    def __init__(self, history: int = 5):
        self.space: spaces.Dict = text_observation_space()
        self.history_size = history
        # the last steps' logs, formatted only when a text observation is asked for (a numeric
        # env records them too, for `text_observation()`), each line once
        self._history: deque[tuple[dict, list]] = deque(maxlen=max(history, 1))
        self._result = ""
        self._controls: tuple = (None, "")  # (UFO JSON as the window gave it, cleaned)

    def reset(self) -> None:
        self._history.clear()
        self._result = ""

    def record(self, log: dict) -> None:
        """Remember one step's log for the "result" and "history" fields."""
        self._result = log["Results"]
        if self.history_size > 0:
            self._history.append((log, []))

    def observe(self, ep: Episode) -> dict[str, str]:
        raw = ep.session.controls().to_json()
        if self._controls[0] is not raw:
            self._controls = (raw, clean(raw, TEXT_LIMITS["controls"]))
        history = "\n".join(_line(log, done) for log, done in self._history)
        return {
            "request": clean(ep.task.request, TEXT_LIMITS["request"]),
            "controls": self._controls[1],
            "document": ep.entry.canvas.text(ep.view, ep.doc.selection),
            "result": clean(self._result, TEXT_LIMITS["result"]),
            "history": clean(history, TEXT_LIMITS["history"]) if history else "",
        }

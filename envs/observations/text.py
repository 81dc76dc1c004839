"""The text observation — what a Word LLM agent's prompt holds: the request, UFO's control list
JSON, the document canvas, the last action's result and the recent steps as UFO's history —
and the UFO step-log record of one step."""

from __future__ import annotations

import json
from collections import deque

from gymnasium import spaces

from envs.spaces import TEXT_LIMITS, TRUNCATED, clean, text_observation_space
from wordsim.actions import Action

from .state import Episode

APPLICATION = "WINWORD.EXE"
# The keys UFO feeds back to its AppAgent as history, in its order (UserConfirm left out).
HISTORY_KEYS = ("Step", "ControlText", "Subtask", "Action", "Results")
_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), made once


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
        line = _JSON.encode({k: log[k] for k in HISTORY_KEYS})
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
        # each field's source as last seen (compared by identity) and the field made of it
        self._controls: tuple = (None, "")  # UFO JSON as the window gave it
        self._request: tuple = (None, "")
        self._results: tuple = (None, "")
        self._joined: str | None = ""  # the history field; None: to join again

    def reset(self) -> None:
        self._history.clear()
        self._result = ""
        self._joined = ""

    def record(self, log: dict) -> None:
        """Remember one step's log for the "result" and "history" fields."""
        self._result = log["Results"]
        if self.history_size > 0:
            self._history.append((log, []))
            self._joined = None

    def observe(self, ep: Episode) -> dict[str, str]:
        raw = ep.session.controls().to_json()
        if self._controls[0] is not raw:
            self._controls = (raw, clean(raw, TEXT_LIMITS["controls"]))
        request = ep.task.request
        if self._request[0] is not request:
            self._request = (request, clean(request, TEXT_LIMITS["request"]))
        if self._results[0] is not self._result:
            self._results = (self._result, clean(self._result, TEXT_LIMITS["result"]))
        if self._joined is None:  # the lines are clean already: only the length is left
            self._joined = _cut("\n".join([_line(log, done) for log, done in self._history]),
                                TEXT_LIMITS["history"])
        return {
            "request": self._request[1],
            "controls": self._controls[1],
            "document": ep.entry.canvas.text(ep.view, ep.doc.selection),
            "result": self._results[1],
            "history": self._joined,
        }


def _cut(text: str, limit: int) -> str:
    """`clean(text, limit)` for a text already within the charset."""
    return text if len(text) <= limit else text[: limit - len(TRUNCATED)] + TRUNCATED

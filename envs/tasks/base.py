"""Tasks: a starting document, a request in words, a goal (named checks) and oracle plans.

A `TaskFamily` samples `Task`s from the environment's RNG; the same seed gives the same task."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from wordsim.document import WordDocument

SPLITS = ("train", "test")


@dataclass(frozen=True)
class Task:
    """One task instance, plain data (JSON round-trips through `to_json`/`from_json`).

    `document`: the starting document — a builder spec (see wordsim.document.builder), or
    "template:NAME" for a built-in template; `document_bytes` overrides it for custom .docx.
    `goal`: ((checker name, params), ...), all of which must hold (see rewards.evaluate_goal).
    `ui_plan`: UFO dataflow steps {"Step", "Subtask", "ControlLabel", "ControlText",
    "ControlType", "Function", "Args"} that an agent performs in the window (ControlLabel is
    empty: the control is found on screen by ControlText/ControlType, as UFO's executor does).
    `api_plan`: ((document command, args), ...) — the same edit through the document API."""

    family: str
    request: str
    document: str
    goal: tuple
    ui_plan: tuple = ()
    api_plan: tuple = ()
    difficulty: int = 1
    split: str = "train"
    uid: str = ""
    document_bytes: bytes | None = field(default=None, repr=False, compare=False)

    def start_document(self) -> WordDocument:
        """A fresh WordDocument of the starting document."""
        if self.document_bytes is not None:
            return WordDocument.open(self.document_bytes)
        return WordDocument.open(document_bytes(self.document))

    # ------------------------------------------------------------------ JSON
    def to_json(self) -> dict:
        """Close to UFO dataflow's instantiated task, with WordSim's goal and plans added."""
        import base64

        return {
            "unique_id": self.uid,
            "app": "word",
            "original": {"original_task": self.request, "original_steps": [
                s.get("Subtask", "") for s in self.ui_plan]},
            "instantiation_result": {
                "choose_template": self.document,
                "prefill": {"instantiated_request": self.request,
                            "instantiated_plan": [dict(s) for s in self.ui_plan]},
            },
            "wordsim": {
                "family": self.family,
                "goal": [[name, params] for name, params in self.goal],
                "api_plan": [[name, args] for name, args in self.api_plan],
                "difficulty": self.difficulty,
                "split": self.split,
                "document_base64": None if self.document_bytes is None
                else base64.b64encode(self.document_bytes).decode(),
            },
        }

    @classmethod
    def from_json(cls, data: dict | str) -> Task:
        import base64

        if isinstance(data, str):
            data = json.loads(data)
        ws = data.get("wordsim", {})
        inst = data.get("instantiation_result", {})
        prefill = inst.get("prefill", {})
        raw = ws.get("document_base64")
        return cls(
            family=ws.get("family", "Custom"),
            request=prefill.get("instantiated_request") or data["original"]["original_task"],
            document=inst.get("choose_template", "template:blank"),
            goal=tuple((name, dict(params)) for name, params in ws.get("goal", [])),
            ui_plan=tuple(dict(s) for s in prefill.get("instantiated_plan", [])),
            api_plan=tuple((name, dict(args)) for name, args in ws.get("api_plan", [])),
            difficulty=int(ws.get("difficulty", 1)),
            split=ws.get("split", "train"),
            uid=data.get("unique_id", ""),
            document_bytes=None if raw is None else base64.b64decode(raw),
        )

    def with_uid(self, uid: str) -> Task:
        return replace(self, uid=uid)


class TaskFamily:
    """A kind of task. Subclasses set `id`, `description`, `max_steps` and implement `sample`.

    `sample(rng, split, difficulty)` must draw every random choice from `rng` (a numpy
    Generator: the env's `np_random`), so the same seed gives the same Task."""

    id: str = ""
    description: str = ""
    max_steps: int = 30
    difficulties: tuple[int, ...] = (1,)

    def sample(self, rng: np.random.Generator, split: str = "train", difficulty: int | None = None) -> Task:
        raise NotImplementedError

    def instance_count(self) -> int:
        """How many distinct instances the family can produce (all splits, all difficulties)."""
        raise NotImplementedError


@lru_cache(maxsize=256)
def document_bytes(document: str) -> bytes:
    """The .docx bytes of a Task's `document` (a builder spec or "template:NAME"), cached."""
    if document.startswith("template:"):
        from wordsim.document.templates import template_bytes

        return template_bytes(document.split(":", 1)[1])
    from wordsim.document.builder import build_bytes

    return build_bytes(document)

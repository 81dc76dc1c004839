"""Wrappers: `TrajectoryRecorder` writes every step as one JSON line — the request, the text
observation the agent acted on, the action in UFO's step-log fields and in the LAM's 7-key
format, the result, reward and success — ready to replay or to train a model on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import gymnasium as gym
import numpy as np


class TrajectoryRecorder(gym.Wrapper):
    """Record an env built on `envs.word_env.WordEnv` (any obs mode) to JSON Lines.

    `sink` is a path (opened for appending, closed by `close()`) or an open text file. Each
    line: {"episode", "step", "family", "uid", "request", "observation" (the text observation
    before the action; with `observations=False` only its "document"), "action" (UFO step-log
    fields), "lam" (LAM 7-key JSON, null when the action did not parse), "action_index" (the
    Discrete index in numeric mode, else null), "result", "ok", "reward", "terminated",
    "truncated", "success", "score"}."""

    def __init__(self, env: gym.Env, sink: str | Path | IO[str], observations: bool = True):
        super().__init__(env)
        if isinstance(sink, (str, Path)):
            Path(sink).parent.mkdir(parents=True, exist_ok=True)
            self._file, self._owned = open(sink, "a", encoding="utf-8"), True  # noqa: SIM115
        else:
            self._file, self._owned = sink, False
        self.observations = observations
        self.episode = -1
        self._seen: dict[str, Any] | None = None

    def reset(self, **kwargs):
        obs, info = self.env.reset(**kwargs)
        self.episode += 1
        self._seen = self._observation()
        return obs, info

    def step(self, action):
        seen = self._seen
        obs, reward, terminated, truncated, info = self.env.step(action)
        task = info["task"]
        record = {
            "episode": self.episode,
            "step": info["step_log"]["Step"],
            "family": task["family"],
            "uid": task["uid"],
            "request": task["request"],
            "observation": seen,
            "action": info["step_log"],
            "lam": info["action"],
            "action_index": _index(action),
            "result": info["message"],
            "ok": info["ok"],
            "reward": float(reward),
            "terminated": bool(terminated),
            "truncated": bool(truncated),
            "success": info["success"],
            "score": info["score"],
        }
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        if terminated or truncated:
            self._file.flush()
        self._seen = self._observation()
        return obs, reward, terminated, truncated, info

    def close(self):
        if self._owned and not self._file.closed:
            self._file.close()
        super().close()

    def _observation(self) -> dict[str, str] | str:
        text = self.env.unwrapped.text_observation()
        return dict(text) if self.observations else text["document"]


def read_trajectories(path: str | Path) -> Iterator[dict]:
    """The records of a JSON Lines file written by `TrajectoryRecorder`, in order."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _index(action) -> int | None:
    if isinstance(action, (int, np.integer)) and not isinstance(action, (bool, np.bool_)):
        return int(action)
    return None

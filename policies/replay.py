"""Replaying recorded trajectories: the JSON Lines `policies.rollout` writes (the recorder's lines
with env id, env arguments and seed), action by action, in a fresh env."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import Any

from policies.base import FINISH
from policies.rollout import EpisodeResult, make_env, run_episode


def recorded_action(record: dict) -> Any:
    """The action a trajectory line records, most exact first: the Discrete index, the action
    as sent, the LAM 7-key form, else the UFO step-log fields (which parse as an action)."""
    if record.get("action_index") is not None:
        return record["action_index"]
    if record.get("sent") is not None:
        return record["sent"]
    if record.get("lam") is not None:
        return record["lam"]
    return record["action"]


def episodes(records: Iterable[dict]) -> Iterator[list[dict]]:
    """The records grouped by episode, in order (a file may hold several rollouts, each
    counting its episodes from 0: consecutive lines of one episode share env, seed and task)."""
    for _, group in groupby(records, key=_episode_key):
        yield list(group)


def _episode_key(record: dict) -> tuple:
    return record["episode"], record.get("env_id"), record.get("seed"), record["uid"]


class ReplayPolicy:
    """Sends one recorded episode's actions in order; FINISH once they run out."""

    name = "replay"

    def __init__(self, records: Iterable[dict]):
        self.actions = [recorded_action(r) for r in records]
        self._next = 0

    def reset(self, env, seed: int | None = None) -> None:
        self._next = 0

    def act(self, env, observation: Any) -> Any:
        if self._next >= len(self.actions):
            return dict(FINISH)
        self._next += 1
        return self.actions[self._next - 1]


def replay_episode(records: list[dict], env=None, keep_document: bool = True) -> EpisodeResult:
    """Replay one recorded episode: in `env`, or in a new env made from the records' "env_id"
    and "env_kwargs", reset with their "seed" (the simulator is deterministic, so the same
    actions give the same observations and byte-identical documents)."""
    first = records[0]
    made = env if env is not None else make_env(first["env_id"], **first.get("env_kwargs", {}))
    try:
        return run_episode(made, ReplayPolicy(records), first.get("seed"),
                           keep_document=keep_document)
    finally:
        if env is None:
            made.close()


def replay_file(path: str | Path, keep_document: bool = True) -> list[EpisodeResult]:
    """Replay every episode of a trajectory file."""
    from envs.wrappers import read_trajectories

    return [replay_episode(group, keep_document=keep_document)
            for group in episodes(read_trajectories(path))]

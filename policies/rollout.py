"""Running policies: one episode (`run_episode`), or N seeded episodes of a policy on an env id
recorded as JSON Lines (`rollout`), with success rate, mean steps and steps/s.

Trajectory lines are `envs.wrappers.TrajectoryRecorder`'s, each extended with what replaying
the episode needs: "env_id", "env_kwargs", "seed", "policy" and "sent" (the action exactly as
the policy sent it, when it is JSON data)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import numpy as np

from policies.base import Policy
from policies.progress import Progress

SUITE = "WordSim-v0"
MAX_STEPS = 1000  # a safety stop for envs made without a TimeLimit


def env_name(env: str) -> str:
    """A gymnasium id for `env`: a registered id as it is, a bare family id ("Bold") as its
    "WordSim/<Family>-v0"."""
    if "/" in env or env.endswith("-v0") or env.startswith("wordsim:"):
        return env
    return f"WordSim/{env}-v0"


def make_env(env: str = SUITE, **kwargs):
    """`gym.make` of a WordSim id (see `env_name`), with the registered TimeLimit."""
    import gymnasium as gym

    import wordsim  # noqa: F401  (registers the ids)

    return gym.make(env_name(env), **kwargs)


# ------------------------------------------------------------------ one episode
@dataclass
class EpisodeResult:
    """How one episode went. `seconds`: the whole episode, reset included; `step_seconds`: the
    steps alone (the policy's and the env's time). `logs`: each step's UFO step-log fields;
    `actions`: each step's action in the LAM 7-key form (None where it did not parse);
    `document`: the final .docx bytes when asked for."""

    seed: int | None
    family: str
    request: str
    uid: str
    steps: int
    success: bool
    reward: float
    terminated: bool
    truncated: bool
    seconds: float
    step_seconds: float
    logs: list[dict] = field(default_factory=list)
    actions: list[dict | None] = field(default_factory=list)
    info: dict = field(default_factory=dict)
    document: bytes | None = None


def run_episode(env, policy: Policy, seed: int | None = None, *, keep_document: bool = False,
                sink: TrajectorySink | None = None, max_steps: int = MAX_STEPS) -> EpisodeResult:
    """Reset `env` with `seed`, let `policy` act until the episode ends; `sink` (the recorder's
    file, see `recorder`) is told the seed and each action sent."""
    clock = time.perf_counter
    started = clock()
    if sink is not None:
        sink.fields["seed"] = seed
    obs, info = env.reset(seed=seed)
    policy.reset(env, seed)
    task = info["task"]
    logs: list[dict] = []
    actions: list[dict | None] = []
    total, terminated, truncated = 0.0, False, False
    stepping = clock()
    while not (terminated or truncated):
        action = policy.act(env, obs)
        if sink is not None:
            sink.fields["sent"] = jsonable(action)
        obs, reward, terminated, truncated, info = env.step(action)
        total += float(reward)
        logs.append(info["step_log"])
        actions.append(info["action"])
        truncated = truncated or (len(logs) >= max_steps and not terminated)
    stepped = clock()
    document = env.unwrapped.document_bytes() if keep_document else None
    return EpisodeResult(seed, task["family"], task["request"], task["uid"], len(logs),
                         bool(info["success"]), total, bool(terminated), bool(truncated),
                         clock() - started, stepped - stepping, logs, actions, info,
                         document)


def jsonable(action: Any) -> Any:
    """`action` as JSON data (NumPy integers as ints), or None when it is not JSON data."""
    if isinstance(action, np.integer):
        return int(action)
    try:
        json.dumps(action)
    except (TypeError, ValueError):
        return None
    return action


# ------------------------------------------------------------------ recording
class TrajectorySink:
    """The text file a TrajectoryRecorder writes to, adding `fields` to each JSON line (the
    recorder writes a line as one `write` of a JSON object and a newline)."""

    def __init__(self, file: IO[str], **fields: Any):
        self.file = file
        self.fields: dict[str, Any] = dict(fields)
        self.closed = False

    def write(self, text: str) -> int:
        if text.endswith("}\n") and self.fields:
            extra = json.dumps(self.fields, ensure_ascii=False)
            text = f"{text[:-2]}, {extra[1:]}\n"
        return self.file.write(text)

    def flush(self) -> None:
        self.file.flush()


def recorder(env, file: IO[str], observations: bool = True, **fields: Any):
    """`env` wrapped in the TrajectoryRecorder, writing to `file` through a TrajectorySink with
    `fields`; returns (wrapped env, sink)."""
    from envs.wrappers import TrajectoryRecorder

    sink = TrajectorySink(file, **fields)
    return TrajectoryRecorder(env, sink, observations=observations), sink


# ------------------------------------------------------------------ many episodes
@dataclass
class RolloutStats:
    """Totals over episodes; `families`: family id -> [episodes, successes]. `steps_per_s`
    counts the time spent stepping (policy and env); `seconds` is the whole run, resets
    included (a reset samples a task and may open its document the first time)."""

    policy: str = ""
    env_id: str = ""
    obs_mode: str = ""
    episodes: int = 0
    successes: int = 0
    steps: int = 0
    seconds: float = 0.0
    step_seconds: float = 0.0
    families: dict[str, list[int]] = field(default_factory=dict)

    def add(self, result: EpisodeResult) -> None:
        self.episodes += 1
        self.successes += result.success
        self.steps += result.steps
        self.seconds += result.seconds
        self.step_seconds += result.step_seconds
        counts = self.families.setdefault(result.family, [0, 0])
        counts[0] += 1
        counts[1] += result.success

    def add_stats(self, other: RolloutStats) -> None:
        """Count another run's episodes in these totals."""
        for name in ("episodes", "successes", "steps", "seconds", "step_seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for family, (n, k) in other.families.items():
            counts = self.families.setdefault(family, [0, 0])
            counts[0] += n
            counts[1] += k

    @property
    def success_rate(self) -> float:
        return self.successes / self.episodes if self.episodes else 0.0

    @property
    def mean_steps(self) -> float:
        return self.steps / self.episodes if self.episodes else 0.0

    @property
    def steps_per_s(self) -> float:
        return self.steps / self.step_seconds if self.step_seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "policy": self.policy, "env": self.env_id, "obs_mode": self.obs_mode,
            "episodes": self.episodes, "successes": self.successes,
            "success_rate": self.success_rate, "mean_steps": self.mean_steps,
            "steps_per_s": self.steps_per_s, "seconds": self.seconds,
            "families": {f: {"episodes": n, "successes": k, "success_rate": k / n}
                         for f, (n, k) in sorted(self.families.items())},
        }

    def summary(self) -> str:
        return (f"{self.policy} on {self.env_id} ({self.obs_mode}): {self.episodes} episodes, "
                f"success rate {self.success_rate:.3f}, mean steps {self.mean_steps:.1f}, "
                f"{self.steps_per_s:.0f} steps/s")


def rollout(policy: Policy, env: str = SUITE, episodes: int = 10, seed: int = 0, *,
            out: str | Path | IO[str] | None = None, env_kwargs: dict | None = None,
            docx_dir: str | Path | None = None, progress: bool | None = None,
            observations: bool = True,
            on_episode: Callable[[EpisodeResult], None] | None = None) -> RolloutStats:
    """Run `episodes` episodes of `policy` on `env` (seeds seed, seed+1, ...) in one env.

    `out`: a JSON Lines path (written anew) or an open text file for the trajectories;
    `docx_dir`: a folder for each episode's final document (`<seed>-<family>.docx`);
    `progress`: a stderr progress line (None: on a terminal); `on_episode`: called with each
    EpisodeResult. Returns the stats."""
    env_id, kwargs = env_name(env), dict(env_kwargs or {})
    handle = open(out, "w", encoding="utf-8") if isinstance(out, (str, Path)) else out  # noqa: SIM115
    made = make_env(env_id, **kwargs)
    sink = None
    if handle is not None:
        made, sink = recorder(made, handle, observations, env_id=env_id, env_kwargs=kwargs,
                              policy=policy.name)
    folder = Path(docx_dir) if docx_dir is not None else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    stats = RolloutStats(policy.name, env_id, made.unwrapped.obs_mode)
    bar = Progress(episodes, f"{policy.name} {env_id}", enabled=progress)
    try:
        for k in range(episodes):
            result = run_episode(made, policy, seed + k, keep_document=folder is not None,
                                 sink=sink)
            stats.add(result)
            if folder is not None:
                (folder / f"{result.seed}-{result.family}.docx").write_bytes(result.document)
            if on_episode is not None:
                on_episode(result)
            bar.update(1, f"success {stats.success_rate:.2f} {stats.steps_per_s:.0f} steps/s")
    finally:
        bar.close()
        made.close()
        if isinstance(out, (str, Path)):
            handle.close()
    return stats

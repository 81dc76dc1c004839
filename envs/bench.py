"""`wordsim bench env`: the gymnasium environment's throughput, reset cost and memory, beside the
bare session on the same actions, and vector-env scaling on two workers.

A workload is recorded first: episodes of the mixed suite ("WordSim-v0"), each a sampled task and
up to 30 random *valid* numeric actions (drawn from the action mask with a seeded generator),
which also warms the env's document cache. Then, in the same run:

- numeric / text steps/s: the recorded episodes replayed through `WordEnv` in numeric mode
  (Discrete indices) and in text mode (the same actions as call strings), only `step` timed,
  by the wall clock and by this thread's CPU time (`*_cpu_steps_per_s`: what one core does,
  whatever else the machine runs); the figures are of replays, states the env has seen, and
  numeric_unseen_steps_per_s is the first replay by a new env (its observer's memos empty);
- session steps/s (the baseline): the same actions through `Session.step` plus the control list
  an agent must be shown — what any environment on this simulator pays;
- reset_ms: the median `reset` onto a recorded task (a starting document kept open: restore the
  snapshot), and reset_sample_ms of a plain `reset()` of the mixed suite with the default
  document cache (the family's sampling, and opening documents the cache does not hold), and
  reset_sample_task_ms of the sampling alone;
- rss_mb_per_env: resident memory each numeric env adds once its (default-sized) document
  cache is full, and rss_mb_per_document, what one kept starting document costs;
- vector scaling: steps/s of SyncVectorEnv and AsyncVectorEnv (shared_memory False, as text
  observations need, and True) with two numeric envs, each on one recorded task, random
  masked actions."""

from __future__ import annotations

import gc
import json
import os
from time import perf_counter_ns, thread_time_ns

from wordsim.bench.timing import median_ms

TARGETS = {"text_steps_per_s": 2000.0, "numeric_steps_per_s": 4000.0}
RESET_TARGET_MS = 0.5
MAX_STEPS = 30
SUITE = "WordSim-v0"


def _workload(episodes: int, seed: int = 0):
    """[(task, [(index, Action or None, text form)])] of random valid numeric actions."""
    import numpy as np

    from envs.word_env import WordEnv

    env = WordEnv(SUITE, obs_mode="numeric", cache_size=episodes + 1)
    rng = np.random.default_rng(seed)
    out = []
    for k in range(episodes):
        env.reset(seed=seed + k)
        steps = []
        for _ in range(MAX_STEPS):
            i = int(rng.choice(np.flatnonzero(env.action_masks())))
            action = env.catalogue.action(i, env._ep)
            steps.append((i, action, _text_form(action)))
            if env.step(i)[2]:
                break
        out.append((env.task, steps))
    return env, out


def _text_form(action) -> str:
    if isinstance(action, str):
        return action
    if not action.function:
        return json.dumps({"function": "", "status": action.status})
    return action.call_string(with_control=True)


class _Clock:
    """Per-step wall-clock and CPU (this thread's) times in ns."""

    def __init__(self):
        self.wall: list[int] = []
        self.cpu: list[int] = []

    def time(self, fn, *args) -> None:
        wall, cpu = perf_counter_ns(), thread_time_ns()
        fn(*args)
        self.cpu.append(thread_time_ns() - cpu)
        self.wall.append(perf_counter_ns() - wall)


def _steps_per_s(run) -> tuple[float, float]:
    """(wall-clock, CPU) steps/s of `run(clock)`, which times each step on `clock` (garbage
    collection off)."""
    clock = _Clock()
    gc.collect()
    gc.disable()
    try:
        run(clock)
    finally:
        gc.enable()
    return len(clock.wall) / (sum(clock.wall) / 1e9), len(clock.cpu) / (sum(clock.cpu) / 1e9)


def _replay(env, workload, form: int, clock: _Clock) -> None:
    for task, steps in workload:
        env.reset(options={"task": task})
        for step in steps:
            clock.time(env.step, step[form])


def _session_step(session, action) -> None:
    if not isinstance(action, str):
        session.step(action)
    session.controls()


def _session_replay(cache, workload, clock: _Clock) -> None:
    for task, steps in workload:
        entry = cache.entry(task)
        entry.dirty, session = True, entry.session
        for _, action, _ in steps:
            clock.time(_session_step, session, action)


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _memory(workload, envs: int = 3) -> dict:
    """Resident memory a numeric env adds with its default document cache full, and what one
    kept document costs."""
    from envs.word_env import WordEnv

    gc.collect()
    before = _rss_mb()
    kept = []
    for _ in range(envs):
        env = WordEnv(SUITE, obs_mode="numeric")
        for task, _ in workload:
            env.reset(options={"task": task})
        kept.append(env)
    gc.collect()
    per_env = (_rss_mb() - before) / envs
    documents = min(len({t.document for t, _ in workload}), kept[0]._cache.size)
    return {"rss_mb_per_env": per_env, "documents_per_env": documents,
            "rss_mb_per_document": per_env / max(1, documents)}


def _vector(tasks, steps: int, seed: int = 0) -> dict:
    """Steps/s of two numeric envs stepped together, each on one recorded task (its document
    kept open, episodes restarting by restore), in one process and in two worker processes."""
    import gymnasium as gym
    import numpy as np
    from gymnasium.vector import AsyncVectorEnv, SyncVectorEnv

    import wordsim  # noqa: F401 (registers the ids)

    def maker(task):
        return lambda: gym.make(SUITE, task=task, obs_mode="numeric")

    fns = [maker(tasks[0]), maker(tasks[1 % len(tasks)])]
    out = {}
    # numeric observations are arrays only, so shared memory can carry them back as well
    for name, cls, kwargs in (("sync", SyncVectorEnv, {}),
                              ("async", AsyncVectorEnv, {"shared_memory": False}),
                              ("async_shared", AsyncVectorEnv, {"shared_memory": True})):
        vec = cls(fns, **kwargs)
        rng = np.random.default_rng(seed)
        obs, _ = vec.reset(seed=seed)

        def act(masks, rng=rng):
            return np.array([rng.choice(np.flatnonzero(m)) for m in masks])

        for _ in range(10):  # warm-up
            obs, *_ = vec.step(act(obs["action_mask"]))
        start = perf_counter_ns()
        for _ in range(steps):
            obs, *_ = vec.step(act(obs["action_mask"]))
        elapsed = (perf_counter_ns() - start) / 1e9
        vec.close()
        out[f"vector_{name}_steps_per_s"] = 2 * steps / elapsed
    out["vector_async_speedup"] = out["vector_async_steps_per_s"] / out["vector_sync_steps_per_s"]
    out["vector_async_shared_speedup"] = \
        out["vector_async_shared_steps_per_s"] / out["vector_sync_steps_per_s"]
    return out


def measure(repeat: int = 200) -> dict:
    from envs.observations import DocumentCache
    from envs.suite import sample
    from envs.word_env import WordEnv

    episodes = max(4, repeat // 4)
    numeric, workload = _workload(episodes)
    text = WordEnv(SUITE, obs_mode="text", cache_size=episodes + 1)
    unseen = WordEnv(SUITE, obs_mode="numeric", cache_size=episodes + 1)
    cache = DocumentCache(episodes + 1)
    for env in (numeric, text, unseen):  # open the documents: that is reset's cost, not step's
        for task, _ in workload:
            env.reset(options={"task": task})
    figures = {"episodes": len(workload), "steps": sum(len(s) for _, s in workload)}
    runs = (("numeric_unseen", lambda clock: _replay(unseen, workload, 0, clock)),
            ("numeric", lambda clock: _replay(numeric, workload, 0, clock)),
            ("text", lambda clock: _replay(text, workload, 2, clock)),
            ("session", lambda clock: _session_replay(cache, workload, clock)))
    for name, run in runs:
        figures[f"{name}_steps_per_s"], figures[f"{name}_cpu_steps_per_s"] = _steps_per_s(run)
    tasks = [task for task, _ in workload]
    k = iter(range(10**9))

    def dirty():  # an episode's worth of edits, so that the reset has something to restore
        numeric.reset(options={"task": tasks[next(k) % len(tasks)]})
        numeric.step(numeric.catalogue.first["shortcut"])  # Ctrl+B

    figures["reset_ms"] = median_ms(
        lambda: numeric.reset(options={"task": tasks[next(k) % len(tasks)]}), repeat, setup=dirty)
    sampling = WordEnv(SUITE, obs_mode="numeric")  # the default document cache
    figures["reset_sample_ms"] = median_ms(lambda: sampling.reset(), max(10, repeat // 4))
    suite, rng = sampling.suite, sampling.np_random
    figures["reset_sample_task_ms"] = median_ms(lambda: sample(suite, rng, "train", None),
                                                max(10, repeat // 4))
    figures.update(_memory(workload))
    figures.update(_vector(tasks, max(20, repeat)))
    for key, target in TARGETS.items():
        figures[f"{key}_met"] = figures[key] >= target
    figures["reset_met"] = figures["reset_ms"] <= RESET_TARGET_MS
    for mode in ("numeric", "text"):
        figures[f"{mode}_vs_session"] = \
            figures[f"{mode}_steps_per_s"] / figures["session_steps_per_s"]
        figures[f"{mode}_cpu_vs_session"] = \
            figures[f"{mode}_cpu_steps_per_s"] / figures["session_cpu_steps_per_s"]
    return figures


def report(f: dict) -> str:
    def met(ok: bool) -> str:
        return "met" if ok else "NOT met"

    return "\n".join([
        f"wordsim bench env: {f['episodes']} episodes of {SUITE}, {f['steps']} random valid "
        "actions, replayed",
        f"  numeric steps/s                    {f['numeric_steps_per_s']:10.0f}   target >= "
        f"{TARGETS['numeric_steps_per_s']:.0f}: {met(f['numeric_steps_per_s_met'])}",
        f"  text steps/s                       {f['text_steps_per_s']:10.0f}   target >= "
        f"{TARGETS['text_steps_per_s']:.0f}: {met(f['text_steps_per_s_met'])}",
        f"  baseline: Session.step + control list {f['session_steps_per_s']:7.0f}   "
        f"(env numeric {f['numeric_vs_session']:.2f}x, text {f['text_vs_session']:.2f}x of it)",
        f"  by CPU time: numeric {f['numeric_cpu_steps_per_s']:.0f}, text "
        f"{f['text_cpu_steps_per_s']:.0f}, session {f['session_cpu_steps_per_s']:.0f} steps/s "
        f"(numeric {f['numeric_cpu_vs_session']:.2f}x, text {f['text_cpu_vs_session']:.2f}x)",
        f"  numeric, states a new env has not seen {f['numeric_unseen_steps_per_s']:6.0f}   "
        f"(CPU {f['numeric_unseen_cpu_steps_per_s']:.0f})",
        f"  reset onto a kept document         {f['reset_ms']:10.3f} ms  target <= "
        f"{RESET_TARGET_MS} ms: {met(f['reset_met'])}",
        f"  reset() with sampling, mixed suite {f['reset_sample_ms']:10.3f} ms "
        f"(sampling the task alone {f['reset_sample_task_ms']:.3f} ms)",
        f"  memory per env (cache full)        {f['rss_mb_per_env']:10.1f} MB "
        f"({f['documents_per_env']} documents, {f['rss_mb_per_document']:.1f} MB each)",
        f"  2 envs: SyncVectorEnv              {f['vector_sync_steps_per_s']:10.0f} steps/s",
        f"  2 envs: AsyncVectorEnv (2 workers) {f['vector_async_steps_per_s']:10.0f} steps/s "
        f"({f['vector_async_speedup']:.2f}x)",
        f"  2 envs: AsyncVectorEnv, shared mem {f['vector_async_shared_steps_per_s']:10.0f} steps/s "
        f"({f['vector_async_shared_speedup']:.2f}x)",
    ])  # fmt: skip


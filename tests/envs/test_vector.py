"""Pickling and vector envs: an unpickled env continues exactly where the original is, and the
env runs in gymnasium's SyncVectorEnv / AsyncVectorEnv and under SB3-style VecEnv semantics."""

from __future__ import annotations

import pickle

import cloudpickle
import gymnasium as gym
import numpy as np
import pytest
from gymnasium.utils.env_checker import data_equivalence
from gymnasium.vector import AsyncVectorEnv, SyncVectorEnv

import wordsim  # noqa: F401 (registers the ids)


def _actions(env, mode: str, n: int, seed: int) -> list:
    """A fixed action list: the task's UI plan, then seeded random ones."""
    rng = np.random.default_rng(seed)
    plan = list(env.unwrapped.task.ui_plan)
    out = []
    for _ in range(n):
        if plan:
            out.append(plan.pop(0))
        elif mode == "numeric":
            out.append(int(rng.integers(env.action_space.n)))
        else:
            out.append(str(rng.choice(['keyboard_input(keys="^i")', 'select_text(text="the")',
                                       'keyboard_input(keys="+{LEFT 3}")'])))
    return out


@pytest.mark.parametrize("mode", ["text", "numeric"])
@pytest.mark.parametrize("after", [0, 3])
def test_an_unpickled_env_continues_identically(mode, after):
    env = gym.make("WordSim-v0", obs_mode=mode)
    env.reset(seed=11)
    actions = _actions(env, mode, after + 4, seed=after)
    for a in actions[:after]:
        env.step(a)
    clone = pickle.loads(pickle.dumps(env))
    assert clone.unwrapped.document_bytes() == env.unwrapped.document_bytes()
    for a in actions[after:]:
        assert data_equivalence(env.step(a), clone.step(a), exact=True)
    assert clone.unwrapped.document_bytes() == env.unwrapped.document_bytes()
    assert data_equivalence(env.reset(), clone.reset(), exact=True)  # the RNG travelled too


def test_an_env_pickles_before_reset():
    env = pickle.loads(pickle.dumps(gym.make("WordSim/Bold-v0", obs_mode="numeric")))
    obs, info = env.reset(seed=0)
    assert env.observation_space.contains(obs) and info["task"]["family"] == "Bold"


@pytest.mark.parametrize("mode", ["text", "numeric"])
@pytest.mark.parametrize("vector", [SyncVectorEnv, AsyncVectorEnv])
def test_gymnasium_vector_envs(vector, mode):
    kwargs = {"shared_memory": False} if vector is AsyncVectorEnv else {}
    fns = [lambda: gym.make("WordSim/Bold-v0", obs_mode=mode) for _ in range(2)]
    envs = vector(fns, **kwargs)
    try:
        obs, info = envs.reset(seed=[1, 2])
        assert envs.single_observation_space.contains(
            {k: v[0] for k, v in obs.items()})
        requests = list(info["task"]["request"])
        assert requests[0] != requests[1]
        for step in range(30):
            if mode == "numeric":
                masks = envs.call("action_masks")
                actions = np.array([np.flatnonzero(m)[step % 7] for m in masks])
            else:
                actions = ('select_text(text="the")', '{"function": "", "status": "FINISH"}')
            obs, reward, terminated, truncated, info = envs.step(actions)
            assert reward.shape == (2,) and terminated.dtype == bool
        if mode == "text":  # the second env finishes every other step and starts again
            assert len(set(obs["request"])) == 2
    finally:
        envs.close()


def test_sb3_style_vec_env_semantics():
    """What SB3's DummyVecEnv / SubprocVecEnv do with env fns: build each (after cloudpickling
    the fn, as SubprocVecEnv does), seed, step all, reset an env as soon as it is done."""
    fns = [cloudpickle.loads(cloudpickle.dumps(
        lambda: gym.make("WordSim/Italic-v0", obs_mode="numeric", finish_on_success=True)))
        for _ in range(3)]
    envs = [fn() for fn in fns]
    obs = [env.reset(seed=i)[0] for i, env in enumerate(envs)]
    plans = [list(env.unwrapped.task.ui_plan) for env in envs]
    successes = 0
    for _ in range(20):
        for k, env in enumerate(envs):
            action = plans[k].pop(0) if plans[k] else \
                int(np.flatnonzero(env.unwrapped.action_masks())[0])
            obs[k], reward, terminated, truncated, info = env.step(action)
            if terminated or truncated:
                successes += info["success"]
                obs[k], _ = env.reset()
                plans[k] = list(env.unwrapped.task.ui_plan)
        assert all(env.observation_space.contains(o) for env, o in zip(envs, obs, strict=True))
    assert successes >= 3

"""Stable-Baselines3: its check_env on every registered id (numeric mode; text mode is refused by
SB3 by design), its DummyVecEnv and SubprocVecEnv, and a learning smoke test — MaskablePPO
learns a registered family (Align at level 0) well beyond the random policy in about a minute
of CPU."""

from __future__ import annotations

import json
import warnings
from functools import partial

import gymnasium as gym
import numpy as np
import pytest
from sb3_contrib.common.maskable.utils import get_action_masks
from stable_baselines3.common.env_checker import check_env
from stable_baselines3.common.vec_env import DummyVecEnv, SubprocVecEnv

import wordsim  # noqa: F401  (registers the ids)
from policies.random import RandomPolicy
from policies.rollout import run_episode
from policies.train_ppo import Config, make, train

ENV_IDS = sorted(i for i in gym.registry if i.startswith("WordSim/") or i == "WordSim-v0")
# The numeric observation's per-row tables (one row per control, paragraph, word) are 2-D:
# SB3 remarks that they are neither images nor vectors (its MultiInputPolicy flattens them).
TABLES = ("controls", "document", "words")


def numeric(env_id: str) -> gym.Env:
    """A numeric-mode env (module level: SubprocVecEnv pickles the factory)."""
    return gym.make(env_id, obs_mode="numeric")


# ------------------------------------------------------------------ check_env
@pytest.mark.parametrize("env_id", ENV_IDS)
def test_sb3_check_env_accepts_every_id_in_numeric_mode(env_id):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check_env(numeric(env_id))
    remarks = [str(w.message) for w in caught]
    assert all(any(f"observation {key} has an unconventional shape" in m for key in TABLES)
               for m in remarks), remarks


def test_sb3_refuses_text_spaces_by_design():
    """SB3 takes only array observations: its check of what reset returns fails with its own
    message on the Text fields (gymnasium's check_env accepts text mode, which LLM agents use;
    SB3 agents use obs_mode="numeric")."""
    with pytest.raises(AssertionError, match="key=controls: The observation returned by "
                                             r"`reset\(\)` method must be a numpy array"):
        check_env(gym.make("WordSim-v0"))


# ------------------------------------------------------------------ vector envs
def _run(vec, steps: int, seed: int) -> list:
    """Masked random steps on a vec env; everything it returned, for comparison."""
    rng = np.random.default_rng(seed)
    vec.seed(seed)
    seen = [vec.reset()]
    for _ in range(steps):
        masks = get_action_masks(vec)
        assert masks.shape == (vec.num_envs, vec.action_space.n) and masks.any(axis=1).all()
        actions = np.array([rng.choice(np.flatnonzero(m)) for m in masks])
        obs, rewards, dones, infos = vec.step(actions)
        seen.append((obs, rewards, dones, [i["success"] for i in infos], masks))
    vec.close()
    return seen


def _same(a, b) -> bool:
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return np.array_equal(a, b)


def test_dummy_and_subproc_vec_envs_step_alike():
    factories = [partial(numeric, "WordSim/Bold-v0"), partial(numeric, "WordSim/Align-v0")]
    dummy = _run(DummyVecEnv(factories), 40, seed=3)
    subproc = _run(SubprocVecEnv(factories, start_method="fork"), 40, seed=3)
    obs = dummy[0]
    assert obs["action_mask"].shape[0] == 2 and obs["controls"].dtype == np.float32
    assert _same(dummy, subproc)  # the same seeds and actions give the same data in processes


# ------------------------------------------------------------------ learning smoke test
SMOKE = Config(env="Align", difficulty=0, steps=8192, episodes=50)


def test_maskable_ppo_learns_a_registered_family():
    """MaskablePPO on gym.make("WordSim/Align-v0", obs_mode="numeric", difficulty=0) — align the
    paragraph the caret starts in, so one command chosen from the task encoding does it —
    beats the random policy clearly on held-out seeds after a short run. The figures and the
    command that reproduces them: `python -m policies.train_ppo --env Align --difficulty 0`."""
    result = train(SMOKE)
    print(json.dumps(result))
    # 50 held-out episodes: the random policy solves none (one of four alignments among
    # hundreds of valid actions); 25 or more wins is far beyond anything chance gives it
    assert result["random_success"] <= 0.1, result
    assert result["trained_success"] >= 0.5, result


def test_the_random_policy_runs_on_the_smoke_env():
    env = make(SMOKE)
    assert env.unwrapped.spec.id == "WordSim/Align-v0" and env.unwrapped.difficulty == 0
    result = run_episode(env, RandomPolicy(seed=0), seed=1)
    assert 1 <= result.steps <= SMOKE.max_steps and result.info["task"]["difficulty"] == 0

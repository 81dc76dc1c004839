"""Stable-Baselines3: its check_env on every registered id (numeric mode; text mode is refused by
SB3 by design), its DummyVecEnv and SubprocVecEnv, and a learning smoke test — MaskablePPO
learns a trivially learnable family well beyond the random policy in about a minute of CPU."""

from __future__ import annotations

import time
import warnings
from functools import partial

import gymnasium as gym
import numpy as np
import pytest
import torch
from gymnasium.wrappers import TimeLimit
from sb3_contrib import MaskablePPO
from sb3_contrib.common.maskable.utils import get_action_masks
from stable_baselines3.common.env_checker import check_env
from stable_baselines3.common.vec_env import DummyVecEnv, SubprocVecEnv

import wordsim  # noqa: F401  (registers the ids)
from envs.tasks.base import Task, TaskFamily
from envs.word_env import WordEnv
from policies.random import RandomPolicy
from policies.rollout import run_episode

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
DOCS = (
    "The committee approved the new budget for the spring term.",
    "Our office will be closed on Friday for the annual staff picnic.",
    "Please return the signed forms to reception before the end of the month.",
)
ALIGNMENTS = ("center", "right", "justify")


class AlignOnlyParagraph(TaskFamily):
    """Align the only paragraph of a one-line document: the caret is in it, so one shortcut
    (or one ribbon button) does it; the alignment asked for is read from the task encoding."""

    id = "SmokeAlignOnlyParagraph"
    description = "align the one paragraph of a one-line document"
    max_steps = 4

    def sample(self, rng, split="train", difficulty=None) -> Task:
        text = DOCS[int(rng.integers(len(DOCS)))]
        alignment = ALIGNMENTS[int(rng.integers(len(ALIGNMENTS)))]
        goal = (("paragraph_format", {"contains": text[:20], "props": {"alignment": alignment}}),)
        return Task(self.id, f"Align the paragraph {alignment}.", text, goal,
                    uid=f"smoke-{alignment}-{DOCS.index(text)}")

    def instance_count(self) -> int:
        return len(DOCS) * len(ALIGNMENTS)


def smoke_env() -> gym.Env:
    env = WordEnv(AlignOnlyParagraph(), obs_mode="numeric", reward="shaped",
                  finish_on_success=True)
    return TimeLimit(env, AlignOnlyParagraph.max_steps)


def _success_rate(act, episodes: int = 20, seed: int = 10_000) -> float:
    env, wins = smoke_env(), 0
    for k in range(episodes):
        obs, _ = env.reset(seed=seed + k)
        done = False
        while not done:
            obs, _, terminated, truncated, info = env.step(act(env, obs))
            done = terminated or truncated
        wins += info["success"]
    return wins / episodes


def test_maskable_ppo_learns_a_trivial_family():
    """No registered family is learnable from scratch in a minute (each needs a target found
    among ~190 valid actions, then the right command); this custom family, passed to the
    constructor, needs one action chosen by the task: a contextual bandit."""
    torch.set_num_threads(1)
    random = RandomPolicy(seed=0)
    random_rate = _success_rate(lambda env, obs: random.act(env, obs), episodes=100)
    started = time.perf_counter()
    model = MaskablePPO("MultiInputPolicy", smoke_env(), n_steps=256, batch_size=64, n_epochs=4,
                        learning_rate=1e-3, gamma=0.9, seed=0,
                        policy_kwargs={"net_arch": {"pi": [64], "vf": [64]}})
    model.learn(10_240)
    seconds = time.perf_counter() - started

    def trained(env, obs):
        masks = env.unwrapped.action_masks()
        return int(model.predict(obs, action_masks=masks, deterministic=True)[0])

    rate = _success_rate(trained)
    print(f"MaskablePPO: {rate:.2f} after {model.num_timesteps} steps in {seconds:.0f} s; "
          f"random policy {random_rate:.2f}")
    assert rate >= 0.8 and rate >= random_rate + 0.5


def test_the_random_policy_runs_on_the_smoke_env():
    result = run_episode(smoke_env(), RandomPolicy(seed=0), seed=1)
    assert 1 <= result.steps <= AlignOnlyParagraph.max_steps

"""The random policy: masked indices only in numeric mode, actions an agent could send in text
mode, everything drawn from its own seeded generator."""

from __future__ import annotations

import numpy as np
import pytest

from policies.random import RandomPolicy
from policies.rollout import make_env, run_episode
from wordsim.actions import Action, parse_action


def test_numeric_actions_are_valid_indices():
    env = make_env("WordSim/Bold-v0", obs_mode="numeric")
    policy = RandomPolicy(seed=0)
    obs, _ = env.reset(seed=0)
    policy.reset(env, 0)
    for _ in range(60):
        mask = env.unwrapped.action_masks()
        action = policy.act(env, obs)
        assert type(action) is int and mask[action]
        assert mask.sum() < mask.size  # the mask does rule actions out
        obs, _, terminated, truncated, _ = env.step(action)
        if terminated or truncated:
            obs, _ = env.reset()


@pytest.mark.parametrize("mode", ["text", "numeric"])
def test_same_seed_same_actions_and_other_seeds_differ(mode):
    def actions(policy_seed: int) -> list:
        result = run_episode(make_env("WordSim-v0", obs_mode=mode), RandomPolicy(policy_seed), 4)
        return [(log["Action"], log["ControlLabel"]) for log in result.logs]

    assert actions(7) == actions(7)
    assert actions(7) != actions(8)


def test_an_episode_seed_makes_episodes_independent_of_order():
    env = make_env("WordSim/Italic-v0")
    policy = RandomPolicy(seed=3)
    alone = run_episode(env, policy, 11).logs
    run_episode(env, policy, 10)
    assert run_episode(env, policy, 11).logs == alone


def test_text_actions_parse_and_cover_every_kind():
    env = make_env("WordSim/Bold-v0")
    env.reset(seed=0)
    policy = RandomPolicy(seed=0, finish_prob=0.1)
    seen = set()
    for _ in range(300):
        action = policy.act(env, None)
        parsed = parse_action(action)
        assert isinstance(parsed, Action), parsed
        seen.add("FINISH" if parsed.status == "FINISH" else parsed.function)
    assert seen == {"FINISH", "click_input", "keyboard_input", "select_text", "set_edit_text"}


def test_text_mode_in_a_numeric_env_and_bad_arguments():
    env = make_env("WordSim/Bold-v0", obs_mode="numeric")
    env.reset(seed=0)
    assert isinstance(RandomPolicy(seed=0, mode="text", finish_prob=0.0).act(env, None), dict)
    with pytest.raises(ValueError, match="mode must be"):
        RandomPolicy(mode="pixels")


def test_no_global_randomness_is_used():
    np.random.seed(0)
    state = np.random.get_state()[1].copy()
    run_episode(make_env("WordSim/Align-v0"), RandomPolicy(seed=1), 0)
    assert np.array_equal(np.random.get_state()[1], state)

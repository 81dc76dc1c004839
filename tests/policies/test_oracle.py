"""The oracles: the UI plan through the window (controls found on screen, with the plan's
subtasks as thoughts), the API plan through the document commands; FINISH; any obs mode."""

from __future__ import annotations

import gymnasium as gym
import pytest

from policies.base import FINISH, POLICIES, make_policy
from policies.oracle import ApiOracle, UIOracle, run_api_plan
from policies.rollout import make_env, run_episode
from wordsim.session import Session


@pytest.mark.parametrize("mode", ["text", "numeric"])
@pytest.mark.parametrize("name", ["oracle", "oracle-api"])
def test_the_oracles_succeed_in_either_mode(name, mode):
    env = make_env("WordSim-v0", obs_mode=mode)
    results = [run_episode(env, make_policy(name), seed) for seed in range(6)]
    assert all(r.success and r.terminated and r.reward == 1.0 for r in results)
    assert {r.family for r in results} and all(r.logs[-1]["Action"] == "" for r in results)


def test_ui_oracle_acts_on_labelled_controls_with_the_plan_as_thoughts():
    env = make_env("WordSim/Bold-v0")
    env.reset(seed=0)
    oracle = UIOracle()
    oracle.reset(env)
    plan = env.unwrapped.task.ui_plan
    clicks = 0
    for k, step in enumerate(plan):
        action = oracle.act(env, None)
        assert action["Thought"] == step["Subtask"] == action["Subtask"]
        assert action["Plan"] == [s["Subtask"] for s in plan[k + 1:]]
        if step["ControlText"]:
            clicks += 1
            listed = {c["label"]: c["control_text"]
                      for c in env.unwrapped.session.control_list()}
            assert listed[action["ControlLabel"]] == step["ControlText"]
        _, _, terminated, _, info = env.step(action)
        assert info["ok"] and not terminated and info["step_log"]["Subtask"] == step["Subtask"]
    assert clicks and oracle.act(env, None)["Status"] == "FINISH"
    assert env.step(oracle.act(env, None))[4]["success"]


def test_api_oracle_reports_failing_commands_and_the_env_follows_the_edits():
    env = make_env("WordSim/Italic-v0")
    env.reset(seed=2)
    task = env.unwrapped.task
    results = run_api_plan(env, [("select_text", {"text": "no such phrase in here"}),
                                 *task.api_plan])
    assert "not found" in results[0][2]
    _, reward, terminated, _, info = env.step(dict(FINISH))
    assert terminated and info["success"] and reward == 1.0


def test_api_oracle_finishes_in_one_step_and_says_what_it_ran():
    env = make_env("WordSim/ReplaceAll-v0")
    result = run_episode(env, ApiOracle(), 0)
    assert result.success and result.steps == 1
    assert result.actions[0]["thought"].startswith("API plan: ")
    assert result.actions[0]["status"] == "FINISH"


class PublicOnly:
    """An object seen through its public attributes only: a name starting with "_" raises, and
    the env and session it leads to (`unwrapped`, `session`, ...) are seen the same way."""

    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(f"private attribute {name!r} used")
        value = getattr(object.__getattribute__(self, "_target"), name)
        return PublicOnly(value) if isinstance(value, (gym.Env, Session)) else value


def test_public_only_refuses_private_state():
    env = PublicOnly(make_env("WordSim/Bold-v0"))
    env.reset(seed=0)
    assert isinstance(env.unwrapped, PublicOnly) and env.unwrapped.task.api_plan
    with pytest.raises(AttributeError, match="private attribute '_ep'"):
        env.unwrapped._ep  # noqa: B018
    with pytest.raises(AttributeError, match="private attribute '_changes'"):
        env.unwrapped.session._changes  # noqa: B018


@pytest.mark.parametrize("env_id", ["WordSim/Italic-v0", "WordSim/ReplaceAll-v0",
                                    "WordSim/PageNumbers-v0", "WordSim-v0"])
def test_the_api_oracle_uses_only_the_public_env_api(env_id):
    """Through gym.make's wrappers with every private attribute refused, the API oracle still
    succeeds: `WordEnv.execute` is all it needs."""
    env = make_env(env_id)
    seen = PublicOnly(env)
    for seed in range(4):
        obs, _ = seen.reset(seed=seed)
        oracle = ApiOracle()
        oracle.reset(seen)
        _, reward, terminated, _, info = seen.step(oracle.act(seen, obs))
        assert terminated and info["success"] and reward == 1.0, info["details"]


def test_policies_by_name():
    assert set(POLICIES) == {"oracle", "oracle-api", "random"}
    assert make_policy("random", seed=3).seed == 3
    with pytest.raises(ValueError, match="unknown policy"):
        make_policy("expert")

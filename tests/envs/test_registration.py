"""Registration: the ids table equals the registered families, `import wordsim` registers once
and stays light, `gym.make("wordsim:...")` works in a fresh interpreter, and gymnasium's
env checker passes on every id in both observation modes."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import gymnasium as gym
import pytest
from gymnasium.utils.env_checker import check_env

import wordsim
from envs.tasks.registry import families
from wordsim.registration import ENTRY_POINT, FAMILY_STEPS, SUITE_ID, env_specs, register_envs

IDS = [env_id for env_id, _, _ in env_specs()]


def test_the_ids_table_names_every_registered_family():
    assert FAMILY_STEPS == {f.id: f.max_steps for f in families().values()}
    assert len(FAMILY_STEPS) >= 25


def test_every_id_is_registered_with_a_string_entry_point_and_a_time_limit():
    for env_id, kwargs, steps in env_specs():
        spec = gym.spec(env_id)
        assert spec.entry_point == ENTRY_POINT and spec.max_episode_steps == steps
        assert spec.kwargs == kwargs
    assert gym.spec(SUITE_ID).max_episode_steps == max(FAMILY_STEPS.values())
    assert gym.spec("WordSim/Bold-v0").kwargs == {"task": "Bold"}


def test_registering_again_changes_nothing_and_warns_nothing():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert register_envs() == IDS
        import importlib

        importlib.reload(wordsim)


def test_make_works_in_a_fresh_interpreter_and_import_stays_light():
    code = """
import json, sys
import gymnasium as gym
env = gym.make("wordsim:WordSim-v0", obs_mode="numeric")
obs, info = env.reset(seed=0)
heavy = [m for m in ("torch", "transformers", "stable_baselines3", "sb3_contrib") if m in sys.modules]
print(json.dumps({"family": info["task"]["family"], "heavy": heavy}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["family"] in FAMILY_STEPS and result["heavy"] == []
    code = "import sys, wordsim; print(sorted(m for m in sys.modules if m.split('.')[0] in " \
           "('envs', 'rewards', 'policies', 'torch', 'docx', 'lxml')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"  # no envs code, no python-docx: only gymnasium


def test_the_mixed_suite_samples_many_families():
    env = gym.make(SUITE_ID)
    seen = {env.reset(seed=s)[1]["task"]["family"] for s in range(40)}
    assert len(seen) >= 15


def test_time_limit_truncates_at_max_episode_steps():
    env = gym.make("WordSim/Columns-v0")
    env.reset(seed=0)
    for t in range(FAMILY_STEPS["Columns"]):
        _, _, terminated, truncated, _ = env.step('keyboard_input(keys="{RIGHT}")')
        assert not terminated and truncated == (t == FAMILY_STEPS["Columns"] - 1)


@pytest.mark.parametrize("mode", ["text", "numeric"])
@pytest.mark.parametrize("env_id", IDS)
def test_gymnasium_env_checker_passes(env_id, mode):
    env = gym.make(env_id, obs_mode=mode, render_mode="ansi")  # gym.make runs its passive checker
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_env(env.unwrapped, skip_render_check=False)
    env.close()

"""Every registered environment is solvable: through the env (gym.make of its id, text mode), the
UI-level oracle and the API-level oracle succeed on >= 99% of seeds 0-49; the random policy's
success rate is measured and reported beside theirs (printed as a table at the end)."""

from __future__ import annotations

from functools import cache

import gymnasium as gym
import pytest

import wordsim  # noqa: F401  (registers the ids)
from policies.oracle import ApiOracle, UIOracle
from policies.random import RandomPolicy
from policies.rollout import run_episode

SEEDS = range(50)
REQUIRED = 0.99
ENV_IDS = sorted(i for i in gym.registry if i.startswith("WordSim/") or i == "WordSim-v0")


@cache
def rates(env_id: str) -> dict:
    """Success rates of the three policies on seeds 0-49 of `env_id`, one env for all (each
    seed reset three times: the starting document stays open between them), and the oracles'
    failures."""
    env = gym.make(env_id)
    counts = {"oracle": 0, "oracle-api": 0, "random": 0}
    failures: list[str] = []
    random_steps = 0
    for seed in SEEDS:
        for policy in (UIOracle(), ApiOracle(), RandomPolicy(seed=1)):
            result = run_episode(env, policy, seed)
            counts[policy.name] += result.success
            if policy.name == "random":
                random_steps += result.steps
            elif not result.success:
                failures.append(f"{policy.name} seed {seed}: {result.request!r}: "
                                f"{result.info['details'][:2]} (last: {result.logs[-1]})")
    env.close()
    out = {name: k / len(SEEDS) for name, k in counts.items()}
    return {**out, "failures": failures, "random_steps": random_steps / len(SEEDS)}


def test_every_family_has_an_env():
    assert "WordSim-v0" in ENV_IDS and len(ENV_IDS) >= 26  # the suite and 25+ families


@pytest.mark.parametrize("env_id", ENV_IDS)
def test_the_oracles_solve_the_env_and_random_does_not(env_id):
    r = rates(env_id)
    print(f"{env_id}: oracle {r['oracle']:.2f}, oracle-api {r['oracle-api']:.2f}, "
          f"random {r['random']:.2f}")
    assert r["oracle"] >= REQUIRED, r["failures"]
    assert r["oracle-api"] >= REQUIRED, r["failures"]
    assert 0.0 <= r["random"] <= 0.5 < r["oracle"]


def test_report_the_rates(capsys):
    table = {env_id: rates(env_id) for env_id in ENV_IDS}
    mean_random = sum(r["random"] for r in table.values()) / len(table)
    with capsys.disabled():
        print(f"\n{'environment':<30} {'oracle':>7} {'api':>7} {'random':>7} {'rnd steps':>9}")
        for env_id, r in table.items():
            print(f"{env_id:<30} {r['oracle']:>7.2f} {r['oracle-api']:>7.2f} "
                  f"{r['random']:>7.2f} {r['random_steps']:>9.1f}")
        print(f"{'mean':<30} {'':>7} {'':>7} {mean_random:>7.3f}")
    assert mean_random < 0.1

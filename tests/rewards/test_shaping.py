"""Potential-based shaping: the shaping terms of an episode telescope, so they cannot change
which behaviour is best."""

from __future__ import annotations

import numpy as np
import pytest

from rewards import PotentialShaping, shaped_reward, sparse_reward


def test_shaped_reward():
    assert shaped_reward(0.25, 0.75, gamma=1.0) == 0.5
    assert shaped_reward(0.5, 0.5, gamma=0.9) == pytest.approx(-0.05)
    assert sparse_reward(True) == 1.0 and sparse_reward(False) == 0.0


def test_shaping_keeps_the_previous_potential():
    shaping = PotentialShaping(gamma=1.0)
    shaping.reset(0.25)
    assert shaping.step(0.75) == 0.5
    assert shaping.step(1.0, terminated=True) == -0.75
    with pytest.raises(ValueError):
        PotentialShaping(gamma=1.5)


def test_discounted_shaping_sums_to_minus_the_start_potential():
    """With a terminal potential of 0 the discounted sum of the shaping terms is -Phi(s0)
    whatever the path: any two policies' returns differ exactly as without shaping."""
    rng = np.random.default_rng(0)
    gamma = 0.95
    for _ in range(20):
        scores = rng.random(int(rng.integers(1, 12)))
        shaping = PotentialShaping(gamma)
        shaping.reset(scores[0])
        steps = list(scores[1:]) + [1.0]
        terms = [shaping.step(s, terminated=k == len(steps) - 1) for k, s in enumerate(steps)]
        total = sum(gamma**k * t for k, t in enumerate(terms))
        assert total == pytest.approx(-scores[0])

"""Rewards from check results: the sparse success reward and potential-based shaping.

Shaping adds F(s, s') = gamma * Phi(s') - Phi(s) to the reward, with the potential Phi(s) the
goal's score on the document (`CheckResult.score`, in [0, 1]). Ng, Harada & Russell (1999,
"Policy invariance under reward transformations") show that a shaping term of this form, and
only of this form, leaves the optimal policies unchanged: along any trajectory the shaping
terms telescope to gamma^T * Phi(s_T) - Phi(s_0), and Phi(s_0) does not depend on the actions.
For that to hold in episodes, an episode's terminal state must have potential 0 (Phi of an
absorbing state is a constant, taken as 0), so `PotentialShaping.step(..., terminated=True)`
uses 0 for the state after the last step; a truncated episode (time limit) keeps the real
potential, since the task would have gone on. The shaping only speeds learning up: what an
optimal agent does is still decided by the sparse success reward.

Because damage lowers the score (see `rewards.checks.base.DAMAGED_SCORE`), an action that
damages the document lowers the potential and is paid for at once."""

from __future__ import annotations

from dataclasses import dataclass, field

SUCCESS_REWARD = 1.0


def sparse_reward(success: bool) -> float:
    """SUCCESS_REWARD when the goal is met without damage, else 0."""
    return SUCCESS_REWARD if success else 0.0


def shaped_reward(score_before: float, score_after: float, gamma: float = 0.99) -> float:
    """The potential-based shaping term `gamma * score_after - score_before`."""
    return gamma * score_after - score_before


@dataclass
class PotentialShaping:
    """Keeps the previous potential between steps of an episode.

    >>> shaping = PotentialShaping(gamma=1.0)
    >>> shaping.reset(0.25)           # the starting document's score
    >>> shaping.step(0.75)            # progress: +0.5
    0.5
    >>> shaping.step(1.0, terminated=True)   # the terminal state's potential counts as 0
    -0.75

    The env's reward is `sparse_reward(success) + scale * shaping.step(score, terminated)`;
    over an episode the shaping terms sum to -scale * Phi(s_0) whatever the agent did (with
    gamma = 1), which is why it cannot change which behaviour is best."""

    gamma: float = 0.99
    potential: float = field(default=0.0, init=False)

    def __post_init__(self):
        if not 0.0 <= self.gamma <= 1.0:
            raise ValueError(f"gamma must be in [0, 1], got {self.gamma}")

    def reset(self, potential: float) -> None:
        """Start an episode at the starting document's score."""
        self.potential = float(potential)

    def step(self, potential: float, terminated: bool = False) -> float:
        """The shaping term for the step that reached `potential`; remembers it for the next."""
        nxt = 0.0 if terminated else float(potential)
        term = shaped_reward(self.potential, nxt, self.gamma)
        self.potential = float(potential)
        return term

"""Rewards: pure checkers over documents (any program's .docx), shaping, learned reward models."""

from . import checks  # noqa: F401 (registers the checkers)
from .checker import CHECKERS, CheckResult, as_view, check, checker, evaluate_goal
from .checks import CATALOGUE, evaluate_joint
from .damage import Footprint, damage
from .shaping import PotentialShaping, shaped_reward, sparse_reward

__all__ = [
    "CATALOGUE",
    "CHECKERS",
    "CheckResult",
    "Footprint",
    "PotentialShaping",
    "as_view",
    "check",
    "checker",
    "damage",
    "evaluate_goal",
    "evaluate_joint",
    "shaped_reward",
    "sparse_reward",
]

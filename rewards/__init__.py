"""Rewards: pure checkers over documents (any program's .docx), shaping, learned reward models."""

from .checker import CHECKERS, CheckResult, check, checker, evaluate_goal, as_view

__all__ = ["CHECKERS", "CheckResult", "as_view", "check", "checker", "evaluate_goal"]

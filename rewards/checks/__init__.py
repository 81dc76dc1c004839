"""The catalogue's checkers, each an assessor judged with the shared damage rules; importing
this package registers them (see base.py for how a check becomes a `CheckResult`)."""

from . import annotations, characters, layout, paragraphs, tables, texts  # noqa: F401
from .base import ASSESSORS, DAMAGED_SCORE, Assessment, assess, evaluate_joint, goal_check

# The catalogue, in its order: task families name these in their goals.
CATALOGUE = (
    "run_format", "paragraph_format", "texts_equal", "table", "table_rows", "page_breaks",
    "section", "header_footer", "page_number", "comment", "hyperlink", "all_runs",
)  # fmt: skip

__all__ = [
    "ASSESSORS", "CATALOGUE", "DAMAGED_SCORE", "Assessment", "assess", "evaluate_joint",
    "goal_check",
]  # fmt: skip

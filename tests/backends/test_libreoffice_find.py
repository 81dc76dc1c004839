"""Find and Replace on LibreOffice agree with the simulator: matching options, wrapping, Word's
special characters, case adaptation of the replacement, and what stays selected."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree, assert_moves_agree

SPEC = ("# Budget notes\nThe budget was approved. BUDGET meetings follow.\n"
        "Budgetary rules:\tsee the budget office.\n|budget|cost|")


# (step, selection before it): Find Next only moves the selection
FIND_CASES = [
    (("find_next", {"text": "budget"}), (0, 0)),
    (("find_next", {"text": "budget"}), (1, 5)),
    (("find_next", {"text": "budget"}), ((1, 4), (1, 10))),  # from the end of a match
    (("find_next", {"text": "budget", "match_case": True}), (1, 10)),
    (("find_next", {"text": "budget", "whole_words": True}), (2, 0)),
    (("find_next", {"text": "budget"}), (3, 3)),  # wraps to the start
    (("find_next", {"text": "budget", "wrap": False}), (3, 3)),  # not found: refused
    (("find_next", {"text": "rules:^tsee"}), (0, 0)),
    (("find_next", {"text": "^#"}), (0, 0)),
]  # fmt: skip


def test_find_next_agrees(lo):
    assert_moves_agree(lo, SPEC, FIND_CASES)


@pytest.mark.parametrize(("steps", "at"), [
    ([("replace", {"find": "budget", "replace": "plan"})], (1, 0)),
    ([("replace", {"find": "budget", "replace": "plan"})], ((1, 4), (1, 10))),
    ([("replace", {"find": "BUDGET", "replace": "plan", "match_case": True})], (0, 0)),
    ([("replace_all", {"find": "budget", "replace": "plan"})], (0, 0)),
    ([("replace_all", {"find": "budget", "replace": "plan", "whole_words": True})], (2, 3)),
    ([("replace_all", {"find": "budget", "replace": "Plan", "match_case": True})], (0, 0)),
    ([("replace_all", {"find": "budget", "replace": "[^&]"})], (0, 0)),
    ([("replace_all", {"find": "^t", "replace": " - "})], (0, 0)),
    ([("replace_all", {"find": "absent", "replace": "x"})], (0, 0)),
    ([("replace_all", {"find": "budget", "replace": "plan"}), "undo"], (1, 3)),
])  # fmt: skip
def test_find_and_replace_agree(lo, steps, at):
    assert_agree(lo, SPEC, *steps, at=at)


def test_replace_keeps_the_formatting_of_the_found_text(lo):
    assert_agree(lo, "A **bold budget** and *an italic budget*.",
                 ("replace_all", {"find": "budget", "replace": "plan"}))

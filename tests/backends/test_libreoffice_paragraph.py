"""Paragraph formatting on LibreOffice agrees with the simulator: alignment, line spacing, space
before/after, indents, Increase/Decrease Indent, tab stops and the Line and Page Breaks options,
over carets, selections and table cells; the mistakes the simulator refuses; undo of each."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree, run_both
from wordsim.backends import BackendError

SPEC = ("# Notes\nThe budget was approved on Monday.\nHiring starts in May.\nClosing remarks.\n"
        "| Name | Qty |\n| Pens | 4 |\nThe end.")
TWO = ((1, 4), (2, 3))  # from inside "The budget ..." into "Hiring ..."
CELLS = ((4, 1), (6, 2))  # from cell "Name" to cell "Pens"


@pytest.mark.parametrize(("steps", "at"), [
    ([("align", {"alignment": "center"})], TWO),
    ([("align", {"alignment": "justify"})], (1, 4)),
    ([("align", {"alignment": 2})], TWO),
    ([("align", {"alignment": "left"})], (0, 2)),
    ([("align", {"alignment": "centre"}), ("align", {"alignment": "center", "toggle": True})],
     TWO),
    ([("align", {"alignment": "right"})], CELLS),
    ([("line_spacing", {"value": 1.5})], TWO),
    ([("line_spacing", {"value": "double"})], (0, 0)),
    ([("line_spacing", {"value": 12, "rule": "exact"})], TWO),
    ([("line_spacing", {"value": "14pt", "rule": "at least"})], (2, 0)),
    ([("space_before", {"points": 6})], TWO),
    ([("space_after", {"points": "0.25in"})], CELLS),
    (["add_space_before"], TWO),
    (["remove_space_before"], (0, 1)),
    (["add_space_after"], (3, 2)),
    (["remove_space_after"], TWO),
    ([("left_indent", {"points": 36})], TWO),
    ([("left_indent", {"points": "-0.5in"})], (1, 0)),
    ([("right_indent", {"points": 18})], TWO),
    ([("first_line_indent", {"points": 18})], TWO),
    ([("first_line_indent", {"points": -18})], (2, 5)),
    (["increase_indent", "increase_indent"], TWO),
    ([("left_indent", {"points": 40}), "decrease_indent"], TWO),
    (["decrease_indent"], TWO),  # nothing to decrease: a message, no change
    ([("tab_stop", {"position": 72})], TWO),
    ([("tab_stop", {"position": 144, "alignment": "right", "leader": "dot"}),
      ("tab_stop", {"position": 72, "alignment": "center"}),
      ("tab_stop", {"position": 144, "alignment": "decimal"})], TWO),
    ([("tab_stop", {"position": "1in", "leader": "hyphen"}), "clear_tab_stops"], TWO),
    (["clear_tab_stops"], TWO),  # no tab stops: a message, no change
    (["keep_with_next"], TWO),
    ([("keep_with_next", {"on": False})], (0, 0)),  # Heading 1 keeps with next: now off
    (["keep_lines_together"], TWO),
    ([("widow_control", {"on": False})], TWO),
    ([("widow_control", {"on": False}), ("widow_control", {"on": "on"})], TWO),
    (["page_break_before"], (2, 0)),
    (["page_break_before", ("page_break_before", {"on": False})], (2, 0)),
])  # fmt: skip
def test_paragraph_commands_agree(lo, steps, at):
    result = assert_agree(lo, SPEC, *steps, at=at)
    assert not result.sim_refused


@pytest.mark.parametrize(("step", "message"), [
    (("align", {"alignment": "middle"}),
     "Alignment must be one of left, center, right, justify, not 'middle'."),
    (("line_spacing", {"value": 200}), "Line spacing must be between 0.06 and 132 lines, not 200."),
    (("line_spacing", {"value": 1, "rule": "twice"}),
     "Line spacing rule must be multiple, exact or at_least, not 'twice'."),
    (("space_before", {"points": -3}),
     "Space before must be between 0 and 1584 points, not -3."),
    (("left_indent", {"points": "wide"}),
     "Left indent must be a number of points or a length like '0.5in', not 'wide'."),
    (("tab_stop", {"position": 72, "leader": "stars"}),
     "Tab leader must be one of none, dot, dots, hyphen, dash, underscore, line, heavy, "
     "middle_dot, middledot, not 'stars'."),
    (("keep_with_next", {"on": "maybe"}), "Keep with next must be true or false, not 'maybe'."),
])  # fmt: skip
def test_mistakes_are_refused_and_change_nothing(lo, step, message):
    result = assert_agree(lo, SPEC, step, at=TWO)
    assert result.backend_refused == result.sim_refused == [(0, message)]


@pytest.mark.parametrize("step", [
    ("align", {"alignment": "center"}), ("line_spacing", {"value": 2}),
    ("space_after", {"points": 24}), ("first_line_indent", {"points": -36}), "increase_indent",
    ("tab_stop", {"position": 90}), ("keep_lines_together", {}), ("page_break_before", {}),
])  # fmt: skip
def test_one_undo_step_restores_the_document(lo, step):
    assert run_both(lo, SPEC, step, at=TWO).differences == []
    result = assert_agree(lo, SPEC, step, "undo", at=TWO)
    assert result.sim_saved and result.backend_refused == []


# ---------------------------------------------------------------------------- known differences
def test_bar_tab_stops_do_not_exist_in_libreoffice(lo):
    """Writer has no bar tab stops (a vertical line at a position): the backend says so."""
    with pytest.raises(BackendError, match="no bar tab stops"):
        run_both(lo, SPEC, ("tab_stop", {"position": 72, "alignment": "bar"}), at=TWO)


def test_a_heavy_tab_leader_is_saved_as_an_underscore_leader(lo):
    """Writer's fill characters are . - _ and the middle dot: Word's heavy line has none."""
    result = run_both(lo, SPEC, ("tab_stop", {"position": 72, "leader": "heavy"}), at=TWO)
    assert result.properties() == {"tabs"}
    assert {(d.sim, d.backend) for d in result.differences} == {
        (((72.0, "left", "heavy"),), ((72.0, "left", "underscore"),))}


def test_exact_line_spacing_above_928_pt_does_not_fit_libreoffice(lo):
    with pytest.raises(BackendError, match="at most 928 pt"):
        run_both(lo, SPEC, ("line_spacing", {"value": 1000, "rule": "exact"}), at=TWO)

"""A dialog's OK (`compound`, `whole_document`: several commands as one undo step) on
LibreOffice agrees with the simulator: the same document, message and selection, a failing step
refuses all of them, and one undo takes all of them back."""

from __future__ import annotations

import pytest

from wordsim.backends.base import UnsupportedCommand

from .lo_both import both, refusals, start

PAGE_SETUP = [["orientation", {"value": "landscape"}], ["margins", {"top": 0.5, "left": 0.75}],
              ["page_size", {"size": "A4"}], ["columns", {"count": 2}]]
FONT = [["font_name", {"font": "Arial"}], ["font_size", {"size": "14pt"}],
        ["bold", {"on": True}], ["underline_style", {"style": "double"}],
        ["font_color", {"color": "Dark Red"}]]


@pytest.mark.parametrize(("at", "steps"), [
    (((1, 4), (1, 10)), FONT),
    (((1, 4), (1, 4)), PAGE_SETUP),
    (((1, 4), (1, 10)), [["header_text", {"text": "Title"}], ["page_number", {"alignment": "right"}]]),
    (((1, 4), (1, 10)), [["type_text", {"text": "new "}], ["header_text", {"text": "H"}]]),
])  # fmt: skip
def test_dialog_ok_agrees_and_one_undo_takes_it_all_back(lo, at, steps):
    out = both(lo, "compound", at=at, steps=steps)
    assert out.diffs == []
    assert out.lo_message == out.sim_message
    assert out.undone == []


def test_no_steps_change_nothing(lo):
    out = both(lo, "compound", at=((1, 4), (1, 10)), undo=False, steps=[])
    assert out.diffs == []
    assert out.lo_message == out.sim_message == ""


def test_a_failing_step_refuses_them_all_and_changes_nothing(lo):
    messages = refusals(lo, [
        ("compound", {"steps": "bold"}),
        ("compound", {"steps": [["bold"]]}),
        ("compound", {"steps": [["compound", {"steps": []}]]}),
        ("compound", {"steps": [["frobnicate", {}]]}),
        ("compound", {"steps": [["bold", {}], ["font_size", {"size": "huge"}]]}),
        ("compound", {"steps": [["bold", {}], ["margins", {"left": 5, "right": 4}]]}),
        ("compound", {"steps": [["italic", {}], ["remove_hyperlink", {}]]}),
        ("compound", {"steps": [["margins", {"preset": "Narrow"}], ["header_text", {"text": "H"}],
                                ["remove_hyperlink", {}]]}),
    ], at=((1, 4), (1, 10)))  # fmt: skip
    expected = ["steps must be a list", "a step must be [command, {args}]",
                "unknown step command", "unknown step command", "size", "too large", "no link",
                "no link"]
    assert all(e in m for e, m in zip(expected, messages, strict=True)), messages


def test_a_step_libreoffice_lacks_makes_the_compound_unsupported(lo):
    start(lo, None, ((1, 4), (1, 10)))
    with pytest.raises(UnsupportedCommand):
        lo.execute("compound", steps=[["bold", {}], ["add_comment", {"text": "x"}]])
    assert lo.execute("undo") == "Nothing to undo."


def test_page_setup_for_the_whole_document_agrees_and_keeps_the_selection(lo):
    out = both(lo, "whole_document", at=((1, 4), (1, 10)), steps=PAGE_SETUP)
    assert out.diffs == [] and out.lo_message == out.sim_message
    assert out.undone == []

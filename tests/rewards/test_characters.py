"""run_format and all_runs: character formatting of a phrase and of every character formatted
one way, judged from saved files (WordSim's and python-docx's own)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt, RGBColor

from rewards import check

from .helpers import damaged, edited, fails, partial, passes, select

BOLD = {"text": "growth in every", "props": {"bold": True}}


def test_run_format_passes_when_the_phrase_is_formatted():
    before, after = edited(select("growth in every"), "bold")
    passes("run_format", before, after, **BOLD)


def test_run_format_fails_on_the_starting_document():
    before, _ = edited()
    result = fails("run_format", before, before, **BOLD)
    assert result.score == 0.0
    assert result.details == ("'growth in every' is not bold: 0 of 15 characters bold",)


def test_run_format_scores_the_share_of_characters_formatted():
    before, after = edited(select("growth"), "bold")
    result = partial("run_format", before, after, **BOLD)
    assert result.score == pytest.approx(6 / 15)
    assert "6 of 15 characters bold" in result.details[0]


def test_run_format_counts_each_property():
    before, after = edited(select("growth in every"), "bold")
    result = partial("run_format", before, after, text="growth in every",
                     props={"bold": True, "italic": True})
    assert result.score == pytest.approx(0.5)


def test_run_format_damage_outside_the_phrase_fails():
    before, after = edited(select("growth in every"), "bold", select("Closing"), "italic")
    result = fails("run_format", before, after, **BOLD)
    assert damaged(result) and "formatting of 'Closing' changed (italic)" in result.details[0]
    assert result.score == 0.5


def test_run_format_damage_to_the_text_fails():
    before, after = edited(select("growth in every"), "bold", select("Closing"),
                           ("type_text", {"text": "Final"}))
    result = fails("run_format", before, after, **BOLD)
    assert "text changed" in result.details[0]


def test_run_format_other_properties_of_the_phrase_are_damage():
    before, after = edited(select("growth in every"), "bold", "italic")
    assert damaged(fails("run_format", before, after, **BOLD))


def test_run_format_unbold():
    before, after = edited(select("margins"), "bold")
    passes("run_format", before, after, text="margins", props={"bold": False})
    result = fails("run_format", before, before, text="margins", props={"bold": False})
    assert result.details == ("'margins' should not be bold: 7 of 7 characters bold",)


@pytest.mark.parametrize(
    ("steps", "props"),
    [
        ([("underline", {"style": "double"})], {"underline": "double"}),
        ([("underline", {"style": "double"})], {"underline": True}),
        ([("font_name", {"font": "Arial"})], {"font": "arial"}),
        ([("font_size", {"size": 14})], {"size_pt": 14}),
        ([("font_color", {"color": "FF0000"})], {"color": "ff0000"}),
        ([("font_color", {"color": "Red"})], {"color": "Red"}),
        ([("highlight", {"color": "Bright Green"})], {"highlight": "green"}),
        ([("highlight", {"color": "Green"})], {"highlight": "darkGreen"}),
        ([("highlight", {"color": "Teal"})], {"highlight": "Teal"}),
        (["strikethrough"], {"strike": True}),
        (["subscript", "superscript"], {"superscript": True, "subscript": False}),
    ],
)
def test_run_format_properties(steps, props):
    before, after = edited(select("growth"), *steps)
    passes("run_format", before, after, text="growth", props=props)
    fails("run_format", before, before, text="growth", props=props)


def test_run_format_wrong_value_fails():
    before, after = edited(select("growth"), ("font_size", {"size": 12}))
    result = fails("run_format", before, after, text="growth", props={"size_pt": 14})
    assert result.details == ("'growth' is not 14 pt: 0 of 6 characters 14 pt",)
    before, after = edited(select("growth"), ("highlight", {"color": "Green"}))
    fails("run_format", before, after, text="growth", props={"highlight": "green"})


def test_run_format_occurrences():
    spec = "The plan is a plan.\nA third plan here."
    before, after = edited(("select_range", {"start": (0, 14), "end": (0, 18)}), "bold",
                           spec=spec)
    passes("run_format", before, after, text="plan", props={"bold": True}, occurrence=2)
    fails("run_format", before, after, text="plan", props={"bold": True}, occurrence=1)
    result = partial("run_format", before, after, text="plan", props={"bold": True},
                     occurrence=0)
    assert result.score == pytest.approx(4 / 12)
    result = fails("run_format", before, after, text="plan", props={"bold": True}, occurrence=4)
    assert "3" in result.details[0] and result.score == 0.0


def test_run_format_missing_text():
    before, _ = edited()
    result = fails("run_format", before, before, text="no such words", props={"bold": True})
    assert result.details == ("'no such words' does not occur in the document",)


@pytest.mark.parametrize(
    "params",
    [
        {"text": "growth", "props": {"boldness": True}},
        {"text": "growth", "props": {"bold": "yes"}},
        {"text": "growth", "props": {"color": "not a colour"}},
        {"text": "growth", "props": {}},
        {"text": "", "props": {"bold": True}},
        {"text": "growth", "props": {"bold": True}, "occurrence": -1},
        {"text": "growth", "props": {"bold": True}, "colour": "red"},
    ],
)
def test_run_format_bad_parameters_raise(params):
    before, _ = edited()
    with pytest.raises((ValueError, TypeError)):
        check("run_format", before, before, params)


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_run_format_judges_a_file_python_docx_wrote():
    def plain(d):
        d.add_paragraph("Sales rose in the north.")

    def formatted(d):
        p = d.add_paragraph("Sales rose ")
        run = p.add_run("in the north")
        run.bold = True
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0xC0, 0, 0)
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        p.add_run(".")

    before, after = _docx(plain), _docx(formatted)
    props = {"bold": True, "size_pt": 14, "color": "C00000", "highlight": "yellow"}
    passes("run_format", before, after, text="in the north", props=props)
    result = partial("run_format", before, after, text="rose in the north", props=props)
    assert result.score == pytest.approx(12 / 17)


# ------------------------------------------------------------------------------ all_runs
def test_all_runs_passes_when_every_italic_character_changed():
    before, after = edited(select("dynamic routing"), ("font_size", {"size": 14}))
    passes("all_runs", before, after, where={"italic": True}, props={"size_pt": 14})


def test_all_runs_fails_and_scores_partly():
    spec = "One *alpha* and *beta* words.\nMore *gamma* here."
    before, after = edited(select("alpha"), "bold", spec=spec)
    result = partial("all_runs", before, after, where={"italic": True}, props={"bold": True})
    assert result.score == pytest.approx(5 / 14)
    assert result.details == ("9 of 14 characters that were italic are not bold",)
    result = fails("all_runs", before, before, where={"italic": True}, props={"bold": True})
    assert result.score == 0.0


def test_all_runs_damage_to_other_characters():
    spec = "One *alpha* and *beta* words."
    before, after = edited(select("One alpha and beta"), "bold", spec=spec)
    result = fails("all_runs", before, after, where={"italic": True}, props={"bold": True})
    assert damaged(result) and "(bold)" in result.details[0]


def test_all_runs_with_an_empty_where_means_every_character():
    spec = "One *alpha* and **beta** words.\n# A heading\nMore words here."
    before, after = edited(("select_all", {}), ("font_name", {"font": "Georgia"}), spec=spec)
    goal = {"where": {}, "props": {"font": "Georgia"}}
    passes("all_runs", before, after, **goal)
    result = fails("all_runs", before, before, **goal)
    assert result.score == 0.0
    assert result.details == ("50 of 50 characters are not in Georgia",)
    _, half = edited(select("More words here."), ("font_name", {"font": "Georgia"}), spec=spec)
    assert partial("all_runs", before, half, **goal).score == pytest.approx(16 / 50)
    with pytest.raises(ValueError):
        check("all_runs", before, before, {"where": None, "props": {"font": "Georgia"}})


def test_all_runs_removing_a_property():
    spec = "One *alpha* and *beta* words."
    before, after = edited(("select_all", {}), ("underline", {}), "italic", "italic",
                           spec=spec)
    # select all + italic twice: Word turns italic on for all, then off
    result = fails("all_runs", before, after, where={"italic": True}, props={"italic": False})
    assert damaged(result)  # the underline everywhere is damage
    before, after = edited(select("alpha"), "italic", select("beta"), "italic", spec=spec)
    passes("all_runs", before, after, where={"italic": True}, props={"italic": False})

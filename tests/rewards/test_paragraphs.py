"""paragraph_format: alignment, spacing, indents, styles and lists of the paragraphs that
contain a text."""

from __future__ import annotations

import io

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from rewards import check

from .helpers import damaged, edited, fails, partial, passes, reopen, select

COSTS = "Costs fell"


def test_alignment_passes_and_fails():
    before, after = edited(select(COSTS), ("align", {"alignment": "center"}))
    passes("paragraph_format", before, after, contains=COSTS, props={"alignment": "center"})
    result = fails("paragraph_format", before, before, contains=COSTS,
                   props={"alignment": "center"})
    assert result.score == 0.0
    assert result.details[0].startswith("paragraph 4 'Costs fell while dynamic routing")
    assert result.details[0].endswith("alignment is 'left', not 'center'")


def test_several_paragraphs_score_partly():
    before, after = edited(select(COSTS), ("align", {"alignment": "right"}))
    result = partial("paragraph_format", before, after, contains=[COSTS, "Closing"],
                     props={"alignment": "right"})
    assert result.score == pytest.approx(0.5)


def test_a_text_no_paragraph_has_fails():
    before, after = edited(select(COSTS), ("align", {"alignment": "right"}))
    result = fails("paragraph_format", before, after, contains=[COSTS, "nowhere"],
                   props={"alignment": "right"})
    assert "no paragraph contains 'nowhere'" in result.details


@pytest.mark.parametrize(
    ("steps", "props"),
    [
        ([("line_spacing", {"value": 2})], {"line_spacing": 2}),
        ([("line_spacing", {"value": 18, "rule": "exact"})],
         {"line_spacing": 18, "line_spacing_rule": "exact"}),
        ([("space_before", {"points": 12})], {"space_before_pt": 12}),
        ([("space_after", {"points": 6})], {"space_after_pt": 6}),
        ([("left_indent", {"points": 36})], {"left_indent_pt": 36}),
        ([("right_indent", {"points": 18})], {"right_indent_pt": 18}),
        ([("first_line_indent", {"points": -18})], {"first_line_indent_pt": -18}),
        ([("apply_style", {"style": "Heading 2"})], {"style": "Heading 2"}),
        (["bullets"], {"list_kind": "bullet"}),
        (["numbering"], {"list_kind": "number"}),
        ([("align", {"alignment": "justify"})], {"alignment": "justified"}),
    ],
)
def test_paragraph_properties(steps, props):
    before, after = edited(select(COSTS), *steps)
    passes("paragraph_format", before, after, contains=COSTS, props=props)
    fails("paragraph_format", before, before, contains=COSTS, props=props)


def test_line_spacing_needs_its_rule():
    before, after = edited(select(COSTS), ("line_spacing", {"value": 2}))
    fails("paragraph_format", before, after, contains=COSTS,
          props={"line_spacing": 2, "line_spacing_rule": "exact"})


def test_removing_a_list():
    before, after = edited(select("first point"), "bullets")
    passes("paragraph_format", before, after, contains="first point", props={"list_kind": None})


def test_damage_to_another_paragraph_fails():
    before, after = edited(select(COSTS), ("align", {"alignment": "center"}),
                           select("Closing"), ("align", {"alignment": "right"}))
    result = fails("paragraph_format", before, after, contains=COSTS,
                   props={"alignment": "center"})
    assert damaged(result)
    assert "paragraph 13 alignment changed from 'left' to 'right'" in result.details[0]


def test_other_changes_to_the_target_paragraph_are_damage():
    before, after = edited(select(COSTS), ("align", {"alignment": "center"}), "bold")
    assert damaged(fails("paragraph_format", before, after, contains=COSTS,
                         props={"alignment": "center"}))
    before, after = edited(select(COSTS), ("align", {"alignment": "center"}),
                           ("space_after", {"points": 30}))
    assert damaged(fails("paragraph_format", before, after, contains=COSTS,
                         props={"alignment": "center"}))


def test_a_style_may_change_the_paragraph_look():
    before, after = edited(select(COSTS), ("apply_style", {"style": "Heading 1"}))
    passes("paragraph_format", before, after, contains=COSTS, props={"style": "heading 1"})


def test_judges_a_file_python_docx_wrote():
    before, _ = edited()
    document = reopen(_saved(before))
    for p in document.paragraphs:
        if p.text.startswith(COSTS):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_after = Pt(18)
    after = _saved(document)
    passes("paragraph_format", before, after, contains=COSTS,
           props={"alignment": "right", "space_after_pt": 18})


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "props",
    [{"align": "center"}, {"alignment": "middle"}, {"line_spacing": "double"}, {},
     {"line_spacing_rule": "sometimes"}, {"list_kind": "dash"}],
)
def test_bad_parameters_raise(props):
    before, _ = edited()
    with pytest.raises(ValueError):
        check("paragraph_format", before, before, {"contains": COSTS, "props": props})

"""page_breaks, section, header_footer and page_number."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Inches

from rewards import as_view, check
from rewards.checks.layout import PAGE_SIZES
from wordsim.document import WordDocument

from .helpers import damaged, edited, fails, partial, passes, select

COSTS = "Costs fell"


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ------------------------------------------------------------------------------ page breaks
def test_page_break_before_a_paragraph():
    before, after = edited(select(COSTS), "home", "page_break")
    passes("page_breaks", before, after)
    passes("page_breaks", before, after, before=COSTS)
    result = partial("page_breaks", before, after, before="Closing")
    assert result.details == ("no page break right before 'Closing'",)


def test_page_break_splitting_a_paragraph_keeps_the_text():
    left = ("move", {"unit": "character", "count": -1})  # collapses to the selection's start
    before, after = edited(select("while"), left, "page_break")
    passes("page_breaks", before, after, before="while dynamic")
    before, after = edited(select("while"), "page_break")  # the selection is replaced
    result = fails("page_breaks", before, after)
    assert ("damage: paragraph 4 'Costs fell while dynamic routing improv…' became 3 "
            "paragraphs with other text") in result.details


def test_no_page_break_fails():
    before, _ = edited()
    result = fails("page_breaks", before, before, before=COSTS)
    assert result.score == 0.0
    assert result.details[0] == "the document has 0 page breaks, expected 1"


def test_blank_page_is_two_breaks():
    before, after = edited(select(COSTS), "home", "page_break")
    assert partial("page_breaks", before, after, delta=2).score == pytest.approx(0.5)
    before, after = edited(select(COSTS), "home", "page_break", "page_break")
    passes("page_breaks", before, after, delta=2)


def test_removing_a_page_break():
    _, broken = edited(select(COSTS), "home", "page_break")
    data = io.BytesIO()
    broken.save(data)
    doc = WordDocument.open(data.getvalue())
    doc.execute("select_text", text=COSTS)
    doc.execute("home")
    doc.execute("backspace")
    passes("page_breaks", broken, doc, delta=-1)
    fails("page_breaks", broken, broken, delta=-1)


def test_page_break_with_damage_fails():
    before, after = edited(select(COSTS), "home", "page_break", select("growth"), "bold")
    assert damaged(fails("page_breaks", before, after, before=COSTS))


def test_page_break_before_formatting_counts():
    before, _ = edited()
    document = docx.Document(io.BytesIO(saved(before)))
    target = next(p for p in document.paragraphs if p.text.startswith(COSTS))
    target.paragraph_format.page_break_before = True
    passes("page_breaks", before, saved(document), before=COSTS)


def test_page_break_python_docx_wrote():
    d = docx.Document()
    d.add_paragraph("One")
    d.add_paragraph("Two")
    start = saved(d)
    d.paragraphs[0].add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    passes("page_breaks", start, saved(d), before="Two")


# ------------------------------------------------------------------------------ sections
@pytest.mark.parametrize(
    ("steps", "props"),
    [
        ([("orientation", {"value": "landscape"})], {"orientation": "landscape"}),
        ([("margins", {"preset": "Narrow"})],
         {"margins_in": {"top": 0.5, "bottom": 0.5, "left": 0.5, "right": 0.5}}),
        ([("margins", {"top": 2})], {"margins_in": {"top": 2}}),
        ([("columns", {"count": 2})], {"columns": 2}),
        ([("page_size", {"size": "A4"})], {"page_size": "A4"}),
        ([("page_size", {"size": "Legal"}), ("orientation", {"value": "landscape"})],
         {"page_size": "legal", "orientation": "landscape"}),
    ],
)
def test_section_properties(steps, props):
    before, after = edited(*steps)
    passes("section", before, after, props=props)
    fails("section", before, before, props=props)


def test_section_partly_set():
    before, after = edited(("orientation", {"value": "landscape"}))
    result = partial("section", before, after, props={"orientation": "landscape", "columns": 2})
    assert result.score == pytest.approx(0.5)
    assert result.details == ("section 1 has 1 columns, not 2",)


def test_section_changes_not_asked_for_are_damage():
    before, after = edited(("orientation", {"value": "landscape"}), ("margins", {"top": 2}))
    assert damaged(fails("section", before, after, props={"orientation": "landscape"}))
    before, after = edited(("orientation", {"value": "landscape"}), ("header_text", {"text": "X"}))
    assert damaged(fails("section", before, after, props={"orientation": "landscape"}))


def test_section_python_docx_wrote():
    d = docx.Document()
    d.add_paragraph("Wide tables ahead.")
    start = saved(d)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = Inches(0.75)
    passes("section", start, saved(d),
           props={"orientation": "landscape", "margins_in": {"left": 0.75}, "page_size": "Letter"})


def test_page_sizes_are_word_sizes():
    assert PAGE_SIZES["A4"] == pytest.approx((595.3, 841.9), abs=0.1)
    before, _ = edited()
    with pytest.raises(ValueError):
        check("section", before, before, {"props": {"page_size": "B5"}})


# ------------------------------------------------------------------------------ headers
def test_header_text():
    before, after = edited(("header_text", {"text": "Draft for review"}))
    passes("header_footer", before, after, text="Draft")
    result = fails("header_footer", before, before, text="Draft")
    assert result.details == ("the header has 'Company confidential', not 'Draft'",)
    before, after = edited(("footer_text", {"text": "Draft for review"}))
    passes("header_footer", before, after, text="Draft for review", part="footer")


def test_header_partly_typed():
    before, after = edited(("header_text", {"text": "Draft for"}))
    result = partial("header_footer", before, after, text="Draft for review")
    assert result.score == pytest.approx(len("Draft for") / len("Draft for review"))


def test_header_with_damage_fails():
    before, after = edited(("header_text", {"text": "Draft"}), ("footer_text", {"text": "x"}))
    assert damaged(fails("header_footer", before, after, text="Draft"))
    before, after = edited(("header_text", {"text": "Draft"}), select("growth"), "italic")
    assert damaged(fails("header_footer", before, after, text="Draft"))


def test_header_python_docx_wrote():
    d = docx.Document()
    d.add_paragraph("Body")
    start = saved(d)
    d.sections[0].header.paragraphs[0].text = "Minutes of the meeting"
    passes("header_footer", start, saved(d), text="Minutes")


# ------------------------------------------------------------------------------ page numbers
def test_page_number():
    before, after = edited(("page_number", {"position": "bottom", "alignment": "center"}))
    passes("page_number", before, after)
    result = fails("page_number", before, before)
    assert result.score == 0.0 and result.details == ("the footer has no page number",)
    fails("page_number", before, after, position="top")


def test_page_number_damage():
    before, after = edited(("page_number", {}), select("growth"), ("type_text", {"text": "x"}))
    assert damaged(fails("page_number", before, after))


def test_page_number_alignment_from_paragraph_records():
    """With header/footer paragraph records on the section (see page_number's docstring) the
    alignment is checked too."""
    from typing import NamedTuple

    from wordsim.document.query import Section

    class Story(NamedTuple):
        text: str
        alignment: str
        fields: tuple

    class Field(NamedTuple):
        instruction: str
        result: str

    class Sectioned(NamedTuple):
        section: Section
        footer_paragraphs: tuple

        def __getattr__(self, name):
            return getattr(self.section, name)

    def view_with(alignment):
        base = as_view(edited(("page_number", {}))[1])
        story = (Story("1", alignment, (Field("PAGE", "1"),)),)
        return type(base)(base.paragraphs, base.tables, (Sectioned(base.sections[0], story),),
                          base.comments, base.pictures)

    before = as_view(edited()[0])
    assert check("page_number", before, view_with("right"), {"alignment": "right"}).success
    result = check("page_number", before, view_with("left"), {"alignment": "right"})
    assert not result.success and result.score == 0.5
    assert result.details[0] == "the page number in the footer is aligned left, not right"


def test_blank_page_before_a_heading_after_an_empty_paragraph():
    # the two new (empty, Heading 1) paragraphs are the new ones; the empty Normal one before
    # them is the one that was there
    spec = "Intro text here.\n.\n# Heading one\nBody text."
    caret = ("select_range", {"start": (2, 0), "end": (2, 0)})
    before, after = edited(caret, "page_break", "page_break", spec=spec)
    passes("page_breaks", before, after, delta=2, before="Heading one")
    _, restyled = edited(caret, "page_break", "page_break",
                         ("select_range", {"start": (1, 0), "end": (1, 0)}),
                         ("apply_style", {"style": "Quote"}), spec=spec)
    result = fails("page_breaks", before, restyled, delta=2, before="Heading one")
    assert result.details == ("damage: paragraph 2 style changed from 'Normal' to 'Quote'",)

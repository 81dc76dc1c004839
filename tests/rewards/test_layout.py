"""page_breaks, section, header_footer and page_number."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import nsdecls
from docx.shared import Inches

from rewards import check
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


@pytest.mark.parametrize("position", ["top", "bottom"])
@pytest.mark.parametrize("alignment", ["left", "center", "right"])
def test_page_number_checks_position_and_alignment(position, alignment):
    """Each position and alignment passes its own documents and fails the others: a number
    aligned otherwise, or at the other position, gets half the score."""
    before, after = edited(("page_number", {"position": position, "alignment": alignment}))
    passes("page_number", before, after, position=position, alignment=alignment)
    story = {"top": "header", "bottom": "footer"}[position]
    for other in {"left", "center", "right"} - {alignment}:
        result = fails("page_number", before, after, position=position, alignment=other)
        assert result.score == 0.5
        assert result.details == (f"the page number in the {story} is aligned {alignment}, "
                                  f"not {other}",)
    elsewhere = {"top": "bottom", "bottom": "top"}[position]
    result = fails("page_number", before, after, position=elsewhere, alignment=alignment)
    other = {"header": "footer", "footer": "header"}[story]
    assert result.details[0] == f"the page number is in the {story}, not the {other}"
    assert result.details[1].startswith(f"damage: section 1 {story} changed from")  # not asked


def test_page_number_alignment_of_a_docx_from_another_program():
    """A footer written with python-docx: the PAGE field (a simple field here) in a paragraph
    right-aligned by direct formatting, after a plain line."""
    document = docx.Document(io.BytesIO(saved(edited()[0])))
    before = saved(document)
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "Quarterly review"
    numbered = footer.add_paragraph()
    numbered.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    numbered._p.append(docx.oxml.parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    after = saved(document)
    passes("page_number", before, after, position="bottom", alignment="right")
    assert fails("page_number", before, after, alignment="center").score == 0.5
    assert fails("page_number", before, before, alignment="right").score == 0.0


def test_a_footer_realigned_is_damage_beside_a_header_goal():
    """Header and footer paragraph records count for damage: a footer whose text is the same
    but whose alignment changed is damage when only the header was to change."""
    before = edited()[0]
    document = docx.Document(io.BytesIO(saved(before)))
    document.sections[0].footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    result = check("header_footer", before, document, {"text": "Company"})
    assert not result.success
    assert result.details == ("damage: section 1 footer formatting or fields changed",)


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

"""Page and section breaks, orientation, margins, paper size and columns."""

from __future__ import annotations

import pytest
from docx.enum.section import WD_ORIENTATION, WD_SECTION_START
from docx.shared import Inches, Length, Mm

from tests.document.conftest import reopen
from wordsim.document import CommandError, WordDocument
from wordsim.document.page_setup import page_setup_data
from wordsim.document.xml import W

PAGE_BREAK = f'.//{W.br}[@{W.type}="page"]'


def page_breaks(document) -> int:
    return len(document.element.body.findall(PAGE_BREAK))


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def two_sections() -> WordDocument:
    """"first", the break's own (empty) paragraph | "second", with the caret in "second"."""
    doc = WordDocument.build("first\nsecond")
    doc.set_selection((1, 0))
    doc.execute("section_break", kind="next_page")
    assert doc.texts() == ["first", "", "second"] and tuple(doc.selection.focus) == (2, 0)
    doc.history.clear()
    return doc


def unchanged_on_error(doc: WordDocument, name: str, **args) -> None:
    before = doc.save()
    with pytest.raises(CommandError):
        doc.execute(name, **args)
    assert doc.save() == before


# --------------------------------------------------------------------- page breaks
def test_page_break_mid_paragraph_gets_its_own_paragraph():
    doc = WordDocument.build("abcdef\nnext")
    doc.set_selection((0, 3))
    before = doc.save()
    doc.execute("page_break")
    document = reopen(doc)
    assert texts(document) == ["abc", "", "def", "next"]
    assert page_breaks(document) == 1
    assert document.paragraphs[1]._p.findall(PAGE_BREAK)
    assert tuple(doc.selection.focus) == (2, 0)
    doc.undo()
    assert doc.save() == before


def test_page_break_at_paragraph_start_goes_before_it():
    doc = WordDocument.build("one\ntwo")
    doc.set_selection((1, 0))
    doc.execute("page_break")
    assert texts(reopen(doc)) == ["one", "", "two"]
    assert tuple(doc.selection.focus) == (2, 0)


def test_page_break_at_the_end_leaves_the_caret_in_a_new_paragraph():
    doc = WordDocument.build("one")
    doc.set_selection((0, 3))
    doc.execute("page_break")
    doc.execute("page_break")
    document = reopen(doc)
    assert texts(document) == ["one", "", "", ""]
    assert page_breaks(document) == 2
    assert tuple(doc.selection.focus) == (3, 0)


def test_page_break_replaces_the_selection():
    doc = WordDocument.build("keep DROP keep")
    doc.set_selection((0, 5), (0, 10))
    doc.execute("page_break")
    assert texts(reopen(doc)) == ["keep ", "", "keep"]


def test_page_break_after_a_heading_is_a_normal_paragraph():
    doc = WordDocument.build("# Title\nbody")
    doc.set_selection((0, 5))
    doc.execute("page_break")
    document = reopen(doc)
    styles = [p.style.name for p in document.paragraphs]
    assert styles == ["Heading 1", "Normal", "Normal", "Normal"]


# --------------------------------------------------------------------- section breaks
@pytest.mark.parametrize(
    ("kind", "start"),
    [
        ("next_page", WD_SECTION_START.NEW_PAGE),
        ("continuous", WD_SECTION_START.CONTINUOUS),
        ("even_page", WD_SECTION_START.EVEN_PAGE),
        ("odd_page", WD_SECTION_START.ODD_PAGE),
    ],
)
def test_section_break_splits_the_section(kind, start):
    doc = WordDocument.build("abcdef\nnext")
    doc.set_selection((0, 3))
    before = doc.save()
    doc.execute("section_break", kind=kind)
    document = reopen(doc)
    assert texts(document) == ["abc", "def", "next"]
    assert len(document.sections) == 2
    assert document.sections[1].start_type == start
    assert document.paragraphs[0]._p.pPr.sectPr is not None
    first, second = document.sections
    assert (first.page_width, first.left_margin) == (second.page_width, second.left_margin)
    assert tuple(doc.selection.focus) == (1, 0)
    doc.undo()
    assert doc.save() == before


def test_section_break_keeps_headers_on_the_first_section_and_links_the_second():
    doc = WordDocument.build("[header] Head\none\ntwo")
    doc.set_selection((1, 0))
    doc.execute("section_break", kind="continuous")
    first, second = reopen(doc).sections
    assert not first.header.is_linked_to_previous
    assert second.header.is_linked_to_previous
    assert second.header.paragraphs[0].text == "Head"


def test_section_break_in_a_later_section_copies_that_section():
    doc = two_sections()
    doc.execute("orientation", value="landscape")  # the caret is in section 2
    doc.set_selection((2, 3))
    doc.execute("section_break", kind="continuous")
    sections = reopen(doc).sections
    assert [s.orientation for s in sections] == [
        WD_ORIENTATION.PORTRAIT, WD_ORIENTATION.LANDSCAPE, WD_ORIENTATION.LANDSCAPE]
    assert [s.start_type for s in sections][1:] == [
        WD_SECTION_START.NEW_PAGE, WD_SECTION_START.CONTINUOUS]


def test_section_break_at_a_paragraph_start_is_a_paragraph_of_its_own():
    doc = two_sections()
    document = reopen(doc)
    assert texts(document) == ["first", "", "second"]
    assert document.paragraphs[1]._p.pPr.sectPr is not None
    assert [p.text for p in document.sections[1].iter_inner_content()] == ["second"]


def test_section_break_rejects_unknown_kinds_and_tables():
    unchanged_on_error(WordDocument.build("text"), "section_break", kind="sideways")
    doc = WordDocument.build("| a |")
    doc.set_selection((0, 0))
    unchanged_on_error(doc, "section_break", kind="continuous")


# --------------------------------------------------------------------- orientation
def test_landscape_swaps_width_and_height_and_turns_the_margins():
    doc = WordDocument.build("text")
    before = doc.save()
    doc.execute("margins", top=1, bottom=1.5, left=0.5, right=0.75)
    doc.execute("orientation", value="landscape")
    section = reopen(doc).sections[0]
    assert section.orientation == WD_ORIENTATION.LANDSCAPE
    assert (section.page_width, section.page_height) == (Inches(11), Inches(8.5))
    margins = (section.top_margin, section.right_margin, section.bottom_margin, section.left_margin)
    assert margins == (Inches(0.75), Inches(1.5), Inches(0.5), Inches(1))
    doc.execute("orientation", value="portrait")
    section = reopen(doc).sections[0]
    assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))
    assert (section.top_margin, section.left_margin) == (Inches(1), Inches(0.5))
    doc.undo()
    doc.undo()
    doc.undo()
    assert doc.save() == before


def test_orientation_that_is_already_set_changes_nothing():
    doc = WordDocument.build("text")
    change = doc.execute("orientation", value="portrait")
    assert not change.edited and not doc.history.undo_stack


def test_orientation_applies_to_the_selected_section_only():
    doc = two_sections()
    doc.set_selection((0, 0))
    doc.execute("orientation", value="Landscape")
    assert [s.orientation for s in reopen(doc).sections] == [
        WD_ORIENTATION.LANDSCAPE, WD_ORIENTATION.PORTRAIT]
    doc.set_selection((0, 0), (2, 1))
    doc.execute("orientation", value="landscape")
    assert {s.orientation for s in reopen(doc).sections} == {WD_ORIENTATION.LANDSCAPE}


def test_orientation_rejects_other_values():
    unchanged_on_error(WordDocument.build("text"), "orientation", value="diagonal")


# --------------------------------------------------------------------- margins
@pytest.mark.parametrize("preset", list(page_setup_data()["margins"]))
def test_margin_presets(preset):
    doc = WordDocument.build("text")
    before = doc.save()
    doc.execute("margins", preset=preset)
    spec = page_setup_data()["margins"][preset]
    document = reopen(doc)
    section = document.sections[0]
    for side in ("top", "bottom", "left", "right"):
        assert getattr(section, f"{side}_margin") == Inches(spec[side])
    mirrored = document.settings.element.find(W.mirrorMargins) is not None
    assert mirrored == (preset == "Mirrored")
    doc.undo()
    assert doc.save() == before


def test_a_plain_preset_turns_mirrored_margins_off():
    doc = WordDocument.build("text")
    doc.execute("margins", preset="mirrored")
    doc.execute("margins", preset="narrow")
    assert reopen(doc).settings.element.find(W.mirrorMargins) is None


def test_custom_margins_change_only_the_given_sides():
    doc = WordDocument.build("text")
    doc.execute("margins", top=0.6, right="1.1")
    section = reopen(doc).sections[0]
    assert (section.top_margin, section.right_margin) == (Inches(0.6), Inches(1.1))
    assert section.left_margin == Inches(1.25)  # the template's, untouched


@pytest.mark.parametrize(
    "args",
    [{}, {"preset": "Huge"}, {"top": -1}, {"left": "wide"}, {"left": 5, "right": 4},
     {"top": 30}, {"bottom": True}],
)
def test_bad_margins_change_nothing(args):
    unchanged_on_error(WordDocument.build("text"), "margins", **args)


# --------------------------------------------------------------------- paper size
def test_page_size_a4_and_keeping_landscape():
    doc = WordDocument.build("text")
    before = doc.save()
    doc.execute("page_size", size="A4")
    section = reopen(doc).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    doc.execute("orientation", value="landscape")
    doc.execute("page_size", size="legal")
    section = reopen(doc).sections[0]
    assert (section.page_width, section.page_height) == (Inches(14), Inches(8.5))
    assert section.orientation == WD_ORIENTATION.LANDSCAPE
    doc.undo()
    doc.undo()
    doc.undo()
    assert doc.save() == before


def test_unknown_page_size_changes_nothing():
    unchanged_on_error(WordDocument.build("text"), "page_size", size="Postcard")


def test_page_size_too_small_for_the_margins_is_refused():
    doc = WordDocument.build("text")
    doc.execute("margins", left=3, right=3)
    unchanged_on_error(doc, "page_size", size="A5")


# --------------------------------------------------------------------- columns
def test_columns_set_count_and_spacing():
    doc = WordDocument.build("text")
    before = doc.save()
    doc.execute("columns", count=2)
    cols = reopen(doc).sections[0]._sectPr.find(W.cols)
    assert (cols.get(W.num), cols.get(W.space)) == ("2", "720")
    doc.execute("columns", count=3, spacing=0.25)
    cols = reopen(doc).sections[0]._sectPr.find(W.cols)
    assert (cols.get(W.num), cols.get(W.space)) == ("3", "360")
    doc.execute("columns", count=1)
    assert reopen(doc).sections[0]._sectPr.find(W.cols).get(W.num) is None
    doc.undo()
    doc.undo()
    doc.undo()
    assert doc.save() == before


def test_columns_keep_schema_order_when_added():
    doc = WordDocument.build("text")
    sect = doc.body[-1]
    sect.remove(sect.find(W.cols))
    doc.execute("columns", count=2)
    tags = [c.tag for c in reopen(doc).sections[0]._sectPr]
    assert tags.index(W.cols) < tags.index(W.docGrid)
    assert tags.index(W.pgMar) < tags.index(W.cols)


@pytest.mark.parametrize("args", [{"count": 0}, {"count": 46}, {"count": 2.5},
                                  {"count": 20}, {"count": 2, "spacing": -1}])
def test_bad_columns_change_nothing(args):
    unchanged_on_error(WordDocument.build("text"), "columns", **args)


# ------------------------------------------------------------------ gutter
def test_gutter_sets_the_binding_margin_of_the_selected_sections():
    doc = two_sections()
    b0 = doc.save()
    change = doc.execute("gutter", inches=0.5)
    assert change.message == 'Gutter is set to 0.5".'
    sections = reopen(doc).sections
    assert [s.gutter for s in sections] == [Inches(0), Inches(0.5)]
    doc.undo()
    assert doc.save() == b0


def test_a_gutter_narrows_the_text_so_new_tables_fit():
    doc = WordDocument.build("x")
    doc.execute("gutter", inches="1")
    doc.execute("insert_table", rows=1, columns=2)
    widths = [int(c.get(W.w)) for c in reopen(doc).tables[0]._tbl.tblGrid.gridCol_lst]
    section = reopen(doc).sections[0]
    text = section.page_width - section.left_margin - section.right_margin - Inches(1)
    assert sum(widths) == Length(text).twips


@pytest.mark.parametrize("inches", [-1, 23, "wide", None, 7])  # 7": no room left for text
def test_bad_gutters_are_refused(inches):
    doc = WordDocument.build("x")
    b0 = doc.save()
    with pytest.raises(CommandError):
        doc.execute("gutter", inches=inches)
    assert doc.save() == b0


def test_custom_margins_leave_room_for_the_gutter():
    doc = WordDocument.build("x")
    doc.execute("gutter", inches=2)
    with pytest.raises(CommandError, match="too large"):
        doc.execute("margins", left=3.5, right=3)  # 8.5" with the gutter: the page's width
    doc.execute("margins", preset="Normal")  # presets reset the gutter
    assert reopen(doc).sections[0].gutter == Inches(0)

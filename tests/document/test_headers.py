"""Headers, footers, page numbers and the complex fields they are made of."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument
from wordsim.document.fields import field_runs, fields_in, find_fields, remove_field
from wordsim.document.headers import header_footer_texts
from wordsim.document.runs import new_run
from wordsim.document.xml import W, make


def part_names(doc) -> set[str]:
    return {str(p.partname) for p in doc.part.package.iter_parts()}


def footer_xml(document) -> str:
    return document.sections[0].footer._element.xml


# --------------------------------------------------------------------- fields
def test_field_runs_make_a_complex_field_python_docx_reads_as_its_cached_value():
    document = docx.Document()
    p = document.add_paragraph("Page ")._p
    p.extend(field_runs("PAGE", "7"))
    chars = [c.get(W.fldCharType) for c in p.iter(W.fldChar)]
    assert chars == ["begin", "separate", "end"]
    assert [t.text for t in p.iter(W.instrText)] == [" PAGE "]
    assert document.paragraphs[0].text == "Page 7"
    assert fields_in(p) == [("PAGE", "7")]


def test_fields_in_reads_simple_and_nested_fields():
    p = make("w:p")
    p.append(new_run("x"))
    p.append(make("w:fldSimple", {"w:instr": " NUMPAGES "}, new_run("3")))
    outer = field_runs("IF 1 = 1 yes", "")
    outer[3:4] = field_runs("DATE", "today")  # a field inside the outer one's result
    p.extend(outer)
    assert fields_in(p) == [("NUMPAGES", "3"), ("IF 1 = 1 yes", "today"), ("DATE", "today")]
    assert [f.name for f in find_fields(p)] == ["NUMPAGES", "IF", "DATE"]


def test_remove_field_removes_every_run_of_it():
    p = make("w:p")
    p.append(new_run("a"))
    p.extend(field_runs("PAGE", "1"))
    p.append(new_run("b"))
    remove_field(find_fields(p)[0])
    assert [c.tag for c in p] == [W.r, W.r] and fields_in(p) == []


def test_an_unfinished_field_is_not_reported():
    p = make("w:p")
    p.extend(field_runs("PAGE", "1")[:3])
    assert fields_in(p) == []


# --------------------------------------------------------------------- header and footer text
def test_header_text_creates_a_header_and_undo_removes_it():
    doc = WordDocument.build("body")
    before, names = doc.save(), part_names(doc)
    change = doc.execute("header_text", text="Quarterly report")
    assert "/word/header1.xml" in change.parts
    document = reopen(doc)
    assert document.sections[0].header.paragraphs[0].text == "Quarterly report"
    assert document.sections[0].header.paragraphs[0].style.name == "Header"
    doc.undo()
    assert doc.save() == before and part_names(doc) == names
    doc.redo()
    assert reopen(doc).sections[0].header.paragraphs[0].text == "Quarterly report"


def test_footer_text_replaces_an_existing_footer():
    doc = WordDocument.build("[footer] old **text**\nbody")
    before = doc.save()
    doc.execute("footer_text", text="new one\nsecond line")
    footer = reopen(doc).sections[0].footer
    assert [p.text for p in footer.paragraphs] == ["new one", "second line"]
    doc.undo()
    assert doc.save() == before


def test_first_page_header_turns_on_different_first_page():
    doc = WordDocument.build("body")
    doc.execute("header_text", text="Cover", kind="first")
    section = reopen(doc).sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == "Cover"
    assert section.header.is_linked_to_previous  # the primary header is still undefined


def test_even_page_footer_turns_on_odd_and_even_pages():
    doc = WordDocument.build("body")
    before = doc.save()
    doc.execute("footer_text", text="Even", kind="even")
    document = reopen(doc)
    assert document.settings.odd_and_even_pages_header_footer
    assert document.sections[0].even_page_footer.paragraphs[0].text == "Even"
    doc.undo()
    assert doc.save() == before


def test_different_first_page_turns_on_and_off_for_the_selected_sections():
    doc = WordDocument.build("one\ntwo")
    doc.set_selection((1, 0))
    doc.execute("section_break", kind="next_page")
    change = undoable(doc, "different_first_page")
    assert change.message == "Different first page is on."
    assert [s.different_first_page_header_footer for s in reopen(doc).sections] == [False, True]
    b1 = doc.save()
    assert not doc.execute("different_first_page", on=True).edited  # already on
    assert doc.save() == b1
    undoable(doc, "different_first_page", on=False)
    assert not any(s.different_first_page_header_footer for s in reopen(doc).sections)


def test_different_odd_and_even_is_a_document_setting():
    doc = WordDocument.build("body")
    undoable(doc, "different_odd_even")
    assert reopen(doc).settings.odd_and_even_pages_header_footer
    undoable(doc, "different_odd_even", on=False)
    assert not reopen(doc).settings.odd_and_even_pages_header_footer


def test_header_layout_switches_must_be_on_or_off():
    refused(WordDocument.build("body"), "different_first_page", on="yes please")
    refused(WordDocument.build("body"), "different_odd_even", on=None)


def test_a_linked_section_edits_the_header_it_shows():
    doc = WordDocument.build("[header] Shared\none\ntwo")
    doc.set_selection((1, 0))
    doc.execute("section_break", kind="next_page")  # section 2 links to section 1's header
    doc.execute("header_text", text="Changed")
    first, second = reopen(doc).sections
    assert first.header.paragraphs[0].text == "Changed"
    assert second.header.is_linked_to_previous


def test_bad_kinds_change_nothing():
    refused(WordDocument.build("body"), "header_text", text="x", kind="odd")
    refused(WordDocument.build("body"), "footer_text", text="x", kind="")


# --------------------------------------------------------------------- page numbers
@pytest.mark.parametrize(
    ("alignment", "jc"),
    [("left", WD_ALIGN_PARAGRAPH.LEFT), ("center", WD_ALIGN_PARAGRAPH.CENTER),
     ("right", WD_ALIGN_PARAGRAPH.RIGHT)],
)
def test_page_number_at_the_bottom(alignment, jc):
    doc = WordDocument.build("body")
    before = doc.save()
    doc.execute("page_number", position="bottom", alignment=alignment)
    document = reopen(doc)
    paragraph = document.sections[0].footer.paragraphs[0]
    assert paragraph.text == "1" and paragraph.alignment == jc
    assert paragraph.style.name == "Footer"
    xml = footer_xml(document)
    for kind in ("begin", "separate", "end"):
        assert f'w:fldCharType="{kind}"' in xml
    assert fields_in(paragraph._p) == [("PAGE", "1")]
    doc.undo()
    assert doc.save() == before


def test_page_number_at_the_top_goes_in_the_header():
    doc = WordDocument.build("body")
    doc.execute("page_number", position="top", alignment="right")
    document = reopen(doc)
    assert document.sections[0].header.paragraphs[0].text == "1"
    assert document.sections[0].footer.is_linked_to_previous


def test_page_number_replaces_an_earlier_one_and_keeps_other_text():
    doc = WordDocument.build("[footer] Confidential\nbody")
    doc.execute("page_number", alignment="left")
    doc.execute("page_number", alignment="right")
    footer = reopen(doc).sections[0].footer
    assert [p.text for p in footer.paragraphs] == ["Confidential", "1"]
    assert footer.paragraphs[1].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert footer._element.xml.count("PAGE") == 1


def with_word_page_number(spec: str) -> WordDocument:
    """A document whose footer has Word's page number building block: a w:sdt around it."""
    doc = WordDocument.build(spec)
    footer = doc.docx.sections[0].footer._element
    block = make("w:p", {}, *field_runs("PAGE", "1"))
    footer.append(make("w:sdt", {}, make("w:sdtPr"), make("w:sdtContent", {}, block)))
    return doc


def test_page_number_replaces_words_page_number_building_block():
    doc = with_word_page_number("[footer] Draft\nbody")
    doc.execute("page_number", alignment="right")
    footer = reopen(doc).sections[0].footer
    assert [p.text for p in footer.paragraphs] == ["Draft", "1"]
    assert footer._element.find(W.sdt) is None


def test_remove_page_numbers_removes_a_building_block():
    doc = with_word_page_number("[footer] Draft\nbody")
    doc.execute("remove_page_numbers")
    footer = reopen(doc).sections[0].footer
    assert footer._element.find(W.sdt) is None and "PAGE" not in footer._element.xml
    assert [p.text for p in footer.paragraphs] == ["Draft"]


@pytest.mark.parametrize("args", [{"position": "middle"}, {"alignment": "justify"},
                                  {"fmt": "roman"}])
def test_bad_page_number_arguments_change_nothing(args):
    refused(WordDocument.build("body"), "page_number", **args)


def test_remove_page_numbers_keeps_other_footer_text():
    doc = WordDocument.build("[footer] Draft\nbody")
    doc.execute("page_number")
    doc.execute("page_number", position="top")
    before = doc.save()
    change = doc.execute("remove_page_numbers")
    assert change.edited
    section = reopen(doc).sections[0]
    assert [p.text for p in section.footer.paragraphs] == ["Draft"]
    assert [p.text for p in section.header.paragraphs] == [""]
    assert "fldChar" not in section.header._element.xml
    doc.undo()
    assert doc.save() == before


def test_remove_page_numbers_without_any_is_a_message():
    doc = WordDocument.build("[footer] Draft\nbody")
    change = doc.execute("remove_page_numbers")
    assert change.message and not change.edited


def test_remove_header_and_footer_empty_them():
    doc = WordDocument.build("[header] Head\n[footer] Foot\nbody")
    before = doc.save()
    doc.execute("remove_header")
    doc.execute("remove_footer")
    section = reopen(doc).sections[0]
    assert [p.text for p in section.header.paragraphs] == [""]
    assert [p.text for p in section.footer.paragraphs] == [""]
    assert header_footer_texts(doc)[0] == {"header": {"primary": ""}, "footer": {"primary": ""}}
    doc.undo()
    doc.undo()
    assert doc.save() == before


def test_remove_header_without_a_header_is_a_message():
    doc = WordDocument.build("body")
    change = doc.execute("remove_header")
    assert change.message == "There is no header to remove." and not change.edited


# --------------------------------------------------------------------- reading
def test_header_footer_texts_follows_links_and_creates_no_part():
    doc = WordDocument.build("[header] Top\none\ntwo")
    doc.set_selection((1, 0))
    doc.execute("section_break", kind="continuous")
    names = part_names(doc)
    texts = header_footer_texts(doc)
    assert texts == {0: {"header": {"primary": "Top"}, "footer": {}},
                     1: {"header": {"primary": "Top"}, "footer": {}}}
    assert part_names(doc) == names

"""Typing and deleting: type_text, enter, backspace, delete, tab."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.table import Table

from tests.document.conftest import reopen
from wordsim.document import COMMANDS, CommandError, WordDocument
from wordsim.document.runs import new_run
from wordsim.document.xml import W, make


def story_texts(document) -> list[str]:
    """Every paragraph's text in reading order, table cells included, read by python-docx."""
    out = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            out += [p.text for row in block.rows for cell in row.cells for p in cell.paragraphs]
        else:
            out.append(block.text)
    return out


def caret(doc) -> tuple:
    assert doc.selection.collapsed
    return tuple(doc.selection.focus)


def bold_runs(paragraph) -> list[tuple]:
    return [(r.text, bool(r.bold)) for r in paragraph.runs if r.text]


# --------------------------------------------------------------------- type_text
def test_typing_takes_the_formatting_before_the_caret():
    doc = WordDocument.build("plain **bold** end")
    doc.set_selection((0, 10))  # right after "bold"
    doc.execute("type_text", text="ER")
    doc.set_selection((0, 0))
    doc.execute("type_text", text=">")
    (p,) = reopen(doc).paragraphs
    assert bold_runs(p) == [(">plain ", False), ("boldER", True), (" end", False)]
    assert caret(doc) == (0, 1)


def test_typing_over_a_selection_takes_its_first_characters_formatting():
    doc = WordDocument.build("a **bold** b")
    doc.set_selection((0, 2), (0, 6))
    doc.execute("type_text", text="new")
    assert bold_runs(reopen(doc).paragraphs[0]) == [("a ", False), ("new", True), (" b", False)]
    assert caret(doc) == (0, 5)


def test_newline_presses_enter_and_tab_types_a_tab():
    doc = WordDocument.build("# Head\nend")
    doc.set_selection((0, 4))
    doc.execute("type_text", text="er\nbody\tx\n")
    r = reopen(doc)
    assert [(p.text, p.style.name) for p in r.paragraphs] == [
        ("Header", "Heading 1"),
        ("body\tx", "Normal"),
        ("", "Normal"),
        ("end", "Normal"),
    ]
    assert caret(doc) == (2, 0)


def test_pending_formatting_is_used_by_the_next_typed_text_only():
    doc = WordDocument.build("ab")
    doc.set_selection((0, 1))
    doc.pending_rpr = make("w:rPr", None, make("w:b"))
    doc.execute("type_text", text="X")
    assert doc.pending_rpr is None
    doc.set_selection((0, 0))
    doc.execute("type_text", text="y")
    assert bold_runs(reopen(doc).paragraphs[0]) == [("ya", False), ("X", True), ("b", False)]


def test_typing_one_character_at_a_time_keeps_one_run():
    doc = WordDocument.build("start")
    doc.set_selection((0, 5))
    for ch in " more text":
        doc.execute("type_text", text=ch)
    assert len(doc.paragraph(0).findall(W.r)) == 1
    assert reopen(doc).paragraphs[0].text == "start more text"


def test_empty_text_is_an_error_and_changes_nothing():
    doc = WordDocument.build("abc")
    doc.set_selection((0, 0), (0, 2))
    b0 = doc.save()
    with pytest.raises(CommandError):
        doc.execute("type_text", text="")
    assert doc.save() == b0 and not doc.history.undo_stack


# --------------------------------------------------------------------- deleting a selection
def test_deleting_across_paragraphs_joins_first_and_last():
    doc = WordDocument.build("# Head one\nmiddle\ntail two")
    doc.set_selection((0, 4), (2, 4))
    doc.execute("delete")
    r = reopen(doc)
    assert [(p.text, p.style.name) for p in r.paragraphs] == [("Head two", "Heading 1")]
    assert caret(doc) == (0, 4)


def test_deleting_from_a_paragraph_start_keeps_the_last_paragraphs_properties():
    doc = WordDocument.build("# Head\n> quoted text")
    doc.set_selection((0, 0), (1, 7))
    doc.execute("backspace")
    assert [(p.text, p.style.name) for p in reopen(doc).paragraphs] == [("text", "Quote")]


def test_deleting_across_a_table_removes_the_whole_table():
    doc = WordDocument.build("before\n| a | b |\nafter")
    doc.set_selection((0, 3), (3, 2))
    doc.execute("type_text", text="-")
    r = reopen(doc)
    assert not r.tables and story_texts(r) == ["bef-ter"]


def test_a_selection_into_a_table_only_clears_cell_text():
    doc = WordDocument.build("before\n.\n| a1 | b2 |\n| c3 | d4 |\nafter")
    doc.set_selection((0, 3), (4, 1))  # from "bef|ore" over an empty paragraph into "c|3"
    doc.execute("delete")
    r = reopen(doc)
    assert story_texts(r) == ["bef", "", "", "3", "d4", "after"]
    assert len(r.tables) == 1 and caret(doc) == (0, 3)


def test_a_selection_out_of_a_table_clears_the_rest_of_it_and_the_head_after_it():
    doc = WordDocument.build("| a1 | b2 |\nmiddle\nafter")
    doc.set_selection((0, 1), (3, 2))
    doc.execute("delete")
    assert story_texts(reopen(doc)) == ["a", "", "ter"]


def test_a_selection_inside_one_cell_joins_its_paragraphs():
    doc = WordDocument.build("| cell |")
    doc.set_selection((0, 2))
    doc.execute("type_text", text="\nmid\n")
    assert story_texts(reopen(doc)) == ["ce", "mid", "ll"]
    doc.set_selection((0, 1), (2, 1))
    doc.execute("delete")
    assert story_texts(reopen(doc)) == ["cl"]


# --------------------------------------------------------------------- enter
def test_enter_splits_and_both_halves_keep_the_paragraph_properties():
    doc = WordDocument.build("> left right")
    doc.paragraph(0).get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
    doc.set_selection((0, 4))
    doc.execute("enter")
    r = reopen(doc)
    assert [(p.text, p.style.name, p.alignment) for p in r.paragraphs] == [
        ("left", "Quote", WD_ALIGN_PARAGRAPH.CENTER),
        (" right", "Quote", WD_ALIGN_PARAGRAPH.CENTER),
    ]
    assert caret(doc) == (1, 0)


def test_enter_at_the_end_of_a_heading_starts_a_normal_paragraph():
    doc = WordDocument.build("# Head\nbody")
    doc.paragraph(0).get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
    doc.set_selection((0, 4))
    doc.execute("enter")
    doc.execute("type_text", text="text")
    r = reopen(doc)
    assert [(p.text, p.style.name, p.alignment) for p in r.paragraphs] == [
        ("Head", "Heading 1", WD_ALIGN_PARAGRAPH.CENTER),
        ("text", "Normal", None),
        ("body", "Normal", None),
    ]


def test_enter_at_the_start_of_a_heading_leaves_an_empty_heading_before_it():
    doc = WordDocument.build("# Head")
    doc.execute("enter")
    assert [(p.text, p.style.name) for p in reopen(doc).paragraphs] == [
        ("", "Heading 1"),
        ("Head", "Heading 1"),
    ]
    assert caret(doc) == (1, 0)


def test_enter_after_bold_text_keeps_typing_bold():
    doc = WordDocument.build("**loud**")
    doc.execute("end")
    doc.execute("enter")
    doc.execute("type_text", text="still")
    assert bold_runs(reopen(doc).paragraphs[1]) == [("still", True)]


def test_enter_on_a_selection_replaces_it():
    doc = WordDocument.build("abcdef")
    doc.set_selection((0, 2), (0, 4))
    doc.execute("enter")
    assert story_texts(reopen(doc)) == ["ab", "ef"]


def test_enter_inside_a_hyperlink_splits_the_link():
    doc = WordDocument.build("see")
    rid = doc.part.relate_to("https://example.com/", RT.HYPERLINK, is_external=True)
    doc.paragraph(0).append(make("w:hyperlink", {"r:id": rid}, new_run(" the link")))
    doc.set_selection((0, 7))
    doc.execute("enter")
    r = reopen(doc)
    assert [p.text for p in r.paragraphs] == ["see the", " link"]
    assert [[(h.text, h.address) for h in p.hyperlinks] for p in r.paragraphs] == [
        [(" the", "https://example.com/")],
        [(" link", "https://example.com/")],
    ]


def test_enter_keeps_a_section_break_with_the_second_half():
    doc = WordDocument.build("first section\nsecond section")
    doc.paragraph(0).get_or_add_pPr()._insert_sectPr(make("w:sectPr"))
    doc.set_selection((0, 5))
    doc.execute("enter")
    r = reopen(doc)
    assert len(r.sections) == 2
    assert [p._p.pPr.sectPr is not None for p in r.paragraphs[:2]] == [False, True]


# --------------------------------------------------------------------- backspace / delete
def test_backspace_and_delete_remove_one_character():
    doc = WordDocument.build("abcd")
    doc.set_selection((0, 2))
    doc.execute("backspace")
    doc.execute("delete")
    assert story_texts(reopen(doc)) == ["ad"] and caret(doc) == (0, 1)


def test_backspace_at_a_paragraph_start_joins_with_the_previous_paragraph():
    doc = WordDocument.build("# Head\nbody")
    doc.set_selection((1, 0))
    doc.execute("backspace")
    assert [(p.text, p.style.name) for p in reopen(doc).paragraphs] == [("Headbody", "Heading 1")]
    assert caret(doc) == (0, 4)


def test_joining_onto_an_empty_paragraph_keeps_the_second_paragraphs_properties():
    doc = WordDocument.build(".\n# Head")
    doc.execute("delete")
    assert [(p.text, p.style.name) for p in reopen(doc).paragraphs] == [("Head", "Heading 1")]
    assert caret(doc) == (0, 0)


def test_delete_at_a_paragraph_end_joins_with_the_next_paragraph():
    doc = WordDocument.build("one\n> two")
    doc.set_selection((0, 3))
    doc.execute("delete")
    assert [(p.text, p.style.name) for p in reopen(doc).paragraphs] == [("onetwo", "Normal")]
    assert caret(doc) == (0, 3)


@pytest.mark.parametrize(
    "spec,where,name",
    [
        ("| a | b |", (1, 0), "backspace"),  # between two cells
        ("| a | b |", (0, 1), "delete"),
        ("before\n| a |", (0, 6), "delete"),  # out of a paragraph into a table
        ("| a |\nafter", (1, 0), "backspace"),  # from after a table into it
        ("start\nend", (0, 0), "backspace"),
        ("start\nend", (1, 3), "delete"),
    ],
)
def test_no_join_across_cell_edges_or_document_ends(spec, where, name):
    doc = WordDocument.build(spec)
    b0 = doc.save()
    doc.set_selection(where)
    change = doc.execute(name)
    assert not change.edited and not doc.history.undo_stack
    assert doc.save() == b0 and caret(doc) == where


def test_backspace_after_a_page_break_removes_the_break_paragraph():
    doc = WordDocument.build("one\n[page break]\ntwo")
    doc.set_selection((2, 0))
    doc.execute("backspace")
    r = reopen(doc)
    assert story_texts(r) == ["one", "two"]
    assert not r.element.body.findall(".//" + W.br)
    assert caret(doc) == (1, 0)


def test_ctrl_backspace_and_ctrl_delete_remove_whole_words():
    doc = WordDocument.build("alpha beta, gamma delta")
    doc.set_selection((0, 8))  # inside "beta"
    doc.execute("backspace", word=True)
    assert story_texts(reopen(doc)) == ["alpha ta, gamma delta"] and caret(doc) == (0, 6)
    doc.execute("delete", word=True)  # "ta" is the rest of a word: up to ","
    doc.execute("delete", word=True)  # ", " is a word (punctuation and its space)
    assert story_texts(reopen(doc)) == ["alpha gamma delta"]
    doc.execute("end")
    doc.execute("backspace", word=True)
    assert story_texts(reopen(doc)) == ["alpha gamma "]


def test_ctrl_backspace_at_a_paragraph_start_joins_paragraphs():
    doc = WordDocument.build("one\ntwo")
    doc.set_selection((1, 0))
    doc.execute("backspace", word=True)
    assert story_texts(reopen(doc)) == ["onetwo"]


# --------------------------------------------------------------------- tab
def test_tab_types_a_tab_character():
    doc = WordDocument.build("ab")
    doc.set_selection((0, 1))
    doc.execute("tab")
    assert story_texts(reopen(doc)) == ["a\tb"] and caret(doc) == (0, 2)


def test_tab_in_a_table_cell_delegates_to_next_cell(monkeypatch):
    calls = []

    def fake_next_cell(doc):
        calls.append(doc.selection)
        return "moved to the next cell"

    monkeypatch.setitem(COMMANDS, "next_cell", fake_next_cell)
    doc = WordDocument.build("x\n| a | b |")
    doc.set_selection((1, 1))
    assert doc.execute("tab").message == "moved to the next cell"
    assert len(calls) == 1
    doc.set_selection((0, 1))
    doc.execute("tab")  # outside tables Tab still types
    assert story_texts(reopen(doc))[0] == "x\t"


# --------------------------------------------------------------------- undo
@pytest.mark.parametrize(
    "where,name,args",
    [
        (((0, 2), (2, 3)), "type_text", {"text": "new\ntext"}),
        (((0, 6), (0, 6)), "enter", {}),
        (((1, 0), (1, 0)), "backspace", {}),
        (((1, 9), (1, 9)), "delete", {}),
        (((0, 3), (4, 1)), "delete", {}),
        (((1, 0), (1, 0)), "backspace", {"word": True}),
        (((1, 4), (1, 4)), "delete", {"word": True}),
        (((0, 0), (0, 0)), "tab", {}),
    ],
)
def test_undo_gives_back_the_same_bytes(where, name, args):
    doc = WordDocument.build("# Heading\nbody **bold** text\n| a | b |\nlast")
    doc.set_selection(*where)
    b0 = doc.save()
    change = doc.execute(name, **args)
    assert change.edited and doc.save() != b0
    doc.undo()
    assert doc.save() == b0 and doc.selection.start == where[0]
    doc.redo()
    assert doc.save() != b0

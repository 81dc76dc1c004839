"""Find and Replace: find_all, find_next, replace and replace_all over body and table text."""

from __future__ import annotations

import pytest

from tests.document.conftest import refused, reopen
from wordsim.document import CommandError, Position, Selection, WordDocument
from wordsim.document.find import find_all, replacement

SPEC = """\
The cat sat on the mat.
A Cat and a CAT and a catalogue.
| cat | dog |
| bird | cat |
Last cat here.
"""


def texts(doc) -> list[str]:
    return [p.text for p in reopen(doc).paragraphs]


def cell_texts(doc) -> list[str]:
    return [c.text for row in reopen(doc).tables[0].rows for c in row.cells]


# ------------------------------------------------------------------ find_all
def test_find_all_default_is_case_insensitive_and_finds_parts_of_words(make):
    doc = make(SPEC)
    found = find_all(doc, "cat")
    assert len(found) == 7
    assert found[0] == (0, 4, 7)
    assert (1, 22, 25) in found  # inside "catalogue"


def test_find_all_match_case_and_whole_words(make):
    doc = make(SPEC)
    assert [m[0] for m in find_all(doc, "Cat", match_case=True)] == [1]
    whole = find_all(doc, "cat", whole_words=True)
    assert len(whole) == 6 and (1, 22, 25) not in whole
    assert find_all(doc, "CAT", match_case=True, whole_words=True) == [(1, 12, 15)]


def test_find_all_searches_table_cells(make):
    doc = make(SPEC)
    paras = {m[0] for m in find_all(doc, "cat", whole_words=True)}
    cells = [i for i in range(len(doc)) if doc.story.cell_of(i) is not None]
    assert {cells[0], cells[3]} <= paras


def test_find_all_matches_across_runs(make):
    doc = make("Hello **bold** *it*alic end")
    assert find_all(doc, "o bold ital") == [(0, 4, 15)]


def test_find_all_special_characters(make):
    doc = make("Item 42 costs 7 euros")
    assert [(s, e) for _, s, e in find_all(doc, "^#^#")] == [(5, 7)]
    assert [(s, e) for _, s, e in find_all(doc, "c^$sts")] == [(8, 13)]
    assert find_all(doc, "^^") == []


@pytest.mark.parametrize("bad", ["", "^p", "a^x"])
def test_find_all_rejects_empty_and_invalid_text(make, bad):
    with pytest.raises(CommandError):
        find_all(make("text"), bad)


def test_replacement_adapts_case_without_match_case():
    assert replacement("dog", "Cat", False) == "Dog"
    assert replacement("dog", "CAT", False) == "DOG"
    assert replacement("dog", "cat", False) == "dog"
    assert replacement("dog", "Cat", True) == "dog"
    assert replacement("Dog", "CAT", False) == "Dog"  # a typed capital is kept as typed
    assert replacement("[^&]^t", "Cat", False) == "[Cat]\t"


# ------------------------------------------------------------------ find_next
def test_find_next_selects_matches_in_order_and_wraps(make):
    doc = make(SPEC)
    change = doc.execute("find_next", text="cat", whole_words=True)
    assert change.message == "Text cat is selected."
    assert doc.selection == Selection.span(Position(0, 4), Position(0, 7))
    assert not change.edited and not doc.history.undo_stack
    doc.execute("find_next", text="cat", whole_words=True)
    assert doc.selection == Selection.span(Position(1, 2), Position(1, 5))
    last = len(doc) - 1
    doc.set_selection((last, 0))
    doc.execute("find_next", text="cat", whole_words=True)
    assert doc.selection.start == Position(last, 5)
    doc.execute("find_next", text="cat", whole_words=True)  # wraps to the start
    assert doc.selection == Selection.span(Position(0, 4), Position(0, 7))


def test_find_next_from_a_caret_finds_a_match_starting_there(make):
    doc = make("one two one")
    doc.set_selection((0, 8))
    doc.execute("find_next", text="one")
    assert doc.selection == Selection.span(Position(0, 8), Position(0, 11))


def test_find_next_without_wrap_and_not_found(make):
    doc = make("one two one\nthree")
    doc.set_selection((1, 0))
    msg = refused(doc, "find_next", text="one", wrap=False)
    assert msg == "Text one is not found."
    assert refused(doc, "find_next", text="zebra") == "Text zebra is not found."
    refused(doc, "find_next", text="")


# ------------------------------------------------------------------ replace (one)
def test_replace_selects_first_then_replaces_and_moves_on(make):
    doc = make("a cat and a cat.")
    b0 = doc.save()
    change = doc.execute("replace", find="cat", replace="dog")
    assert not change.edited and "selected" in change.message
    assert doc.selection == Selection.span(Position(0, 2), Position(0, 5))
    assert doc.save() == b0
    change = doc.execute("replace", find="cat", replace="dog")
    assert change.message == "Replaced 1 occurrence. Text cat is selected."
    assert texts(doc) == ["a dog and a cat."]
    assert doc.selection == Selection.span(Position(0, 12), Position(0, 15))
    change = doc.execute("replace", find="cat", replace="dog")
    assert change.message == "Replaced 1 occurrence. No more matches."
    assert texts(doc) == ["a dog and a dog."]
    assert doc.selection == Selection.caret(0, 15)
    doc.undo()
    doc.undo()
    assert doc.save() == b0


def test_replace_with_no_match_is_an_error(make):
    doc = make("a cat")
    refused(doc, "replace", find="dog", replace="cat")
    refused(doc, "replace", find="cat", replace="^p")


def test_replace_does_not_find_its_own_replacement(make):
    doc = make("cat")
    doc.set_selection((0, 0), (0, 3))
    change = doc.execute("replace", find="cat", replace="cats")
    assert texts(doc) == ["cats"] and change.message.endswith("No more matches.")


# ------------------------------------------------------------------ replace_all
def test_replace_all_counts_and_replaces_everywhere(make):
    doc = make(SPEC)
    b0 = doc.save()
    change = doc.execute("replace_all", find="cat", replace="dog", whole_words=True)
    assert change.message == "Replaced 6 occurrences."
    out = texts(doc)
    assert out[0] == "The dog sat on the mat."
    assert out[1] == "A Dog and a DOG and a catalogue."  # Word adapts the case
    assert out[-1] == "Last dog here."
    assert cell_texts(doc) == ["dog", "dog", "bird", "dog"]
    doc.undo()
    assert doc.save() == b0


def test_replace_all_match_case(make):
    doc = make(SPEC)
    change = doc.execute("replace_all", find="cat", replace="dog", match_case=True)
    assert change.message == "Replaced 5 occurrences."
    assert texts(doc)[1] == "A Cat and a CAT and a dogalogue."


def test_replace_all_single_occurrence_message(make):
    doc = make("only one here")
    assert doc.execute("replace_all", find="one", replace="1").message == "Replaced 1 occurrence."


def test_replace_all_cross_run_match_keeps_first_run_formatting(make):
    doc = make("plain **bold** *italic* tail")
    doc.execute("replace_all", find="ld ita", replace="XY")
    runs = reopen(doc).paragraphs[0].runs
    assert [(r.text, r.bold, r.italic) for r in runs] == [
        ("plain ", None, None), ("boXY", True, None), ("lic", None, True), (" tail", None, None),
    ]


def test_replace_all_starting_in_italic_takes_italic(make):
    doc = make("a *ital*ic word")
    doc.execute("replace_all", find="italic", replace="slanted")
    runs = reopen(doc).paragraphs[0].runs
    assert [(r.text, r.italic) for r in runs] == [("a ", None), ("slanted", True), (" word", None)]


def test_replace_all_merges_runs_back(make):
    doc = make("one two one two")
    doc.execute("replace_all", find="two", replace="2")
    assert [r.text for r in reopen(doc).paragraphs[0].runs] == ["one 2 one 2"]


def test_replace_all_only_touches_paragraphs_with_matches(make):
    doc = make("alpha\nbeta\ngamma cat\ndelta\nepsilon")
    change = doc.execute("replace_all", find="cat", replace="dog")
    assert change.paragraphs == frozenset({2})


def test_replace_all_newline_becomes_line_break(make):
    doc = make("a;b;c")
    doc.execute("replace_all", find=";", replace="\n")
    p = reopen(doc).paragraphs
    assert len(p) == 1 and p[0].text == "a\nb\nc"
    doc.execute("replace_all", find="^l", replace="^t")
    assert texts(doc) == ["a\tb\tc"]


def test_replace_all_with_empty_text_deletes(make):
    doc = make("keep **drop** keep")
    doc.execute("replace_all", find="drop ", replace="")
    para = reopen(doc).paragraphs[0]
    assert para.text == "keep keep"
    assert all(not r.bold for r in para.runs)


def test_replace_all_keeps_found_text_and_caret(make):
    doc = make("x cat y cat z")
    doc.set_selection((0, 12))  # before "z"
    doc.execute("replace_all", find="cat", replace="[^&]")
    assert texts(doc) == ["x [cat] y [cat] z"]
    assert doc.selection == Selection.caret(0, 16)


def test_replace_all_inside_hyperlink_stays_linked(make):
    doc = make("see the docs here")
    doc.set_selection((0, 4), (0, 12))
    doc.execute("insert_hyperlink", address="https://example.com")
    doc.execute("replace_all", find="docs", replace="manual")
    link = reopen(doc).paragraphs[0].hyperlinks[0]
    assert link.text == "the manual" and link.address == "https://example.com"


def test_replace_all_errors_leave_document_unchanged(make):
    doc = make(SPEC)
    assert refused(doc, "replace_all", find="zebra", replace="x") == (
        "Text zebra is not found."
    )
    refused(doc, "replace_all", find="", replace="x")
    refused(doc, "replace_all", find="cat", replace="a^pb")
    refused(doc, "replace_all", find="cat", replace="^q")


def test_replace_all_saved_file_reopens_in_a_fresh_document(make):
    doc = make(SPEC)
    doc.execute("replace_all", find="a", replace="ä")
    again = WordDocument.open(doc.save())
    assert again.texts() == doc.texts()


def test_replace_all_mixes_in_run_and_cross_run_matches(make):
    doc = make("cat one **ca**t two cat\tcat")
    doc.execute("replace_all", find="cat", replace="a dog")
    runs = reopen(doc).paragraphs[0].runs
    assert "".join(r.text for r in runs) == "a dog one a dog two a dog\ta dog"
    assert [(r.text, r.bold) for r in runs][1] == ("a dog", True)
    assert doc.texts() == ["a dog one a dog two a dog\ta dog"]

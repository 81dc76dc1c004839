"""Differences between two normalised documents, in words: none for equal documents, one per
property and character stretch otherwise, lengths within a tolerance."""

from __future__ import annotations

import json

from wordsim.backends.compare import TOLERANCE_PT, Difference, compare, same
from wordsim.backends.normal_view import normal_view
from wordsim.document import WordDocument
from wordsim.document.find import find_all

SPEC = "# Notes\nThe budget was approved on Monday.\nHiring starts in May.\nClosing remarks."


def _doc() -> WordDocument:
    return WordDocument.build(SPEC)


def _select(doc, text):
    para, start, end = find_all(doc, text, match_case=True)[0]
    doc.set_selection((para, start), (para, end))


def test_equal_documents_have_no_differences():
    assert compare(_doc().save(), _doc().save()) == []
    view = normal_view(_doc())
    assert compare(view, view) == []


def test_a_character_difference_names_paragraph_characters_property_and_values():
    other = _doc()
    _select(other, "budget")
    other.execute("bold")
    (diff,) = compare(_doc(), other)
    assert (diff.property, diff.chars, diff.sim, diff.backend) == ("bold", (4, 10), False, True)
    assert diff.place.startswith("paragraph 2 'The budget")
    assert str(diff) == f"{diff.place} chars 4-10: bold: sim False, backend True"


def test_each_property_and_stretch_is_its_own_difference():
    other = _doc()
    _select(other, "budget")
    other.execute("italic")
    _select(other, "Monday")
    other.execute("italic")
    other.execute("font_size", size=16)
    found = [(d.property, d.chars) for d in compare(_doc(), other)]
    assert found == [("italic", (4, 10)), ("italic", (27, 33)), ("size_pt", (27, 33))]


def test_paragraphs_pair_by_text_so_one_extra_paragraph_is_one_difference():
    other = _doc()
    other.set_selection((2, 0))
    other.execute("type_text", text="Inserted line.")
    other.execute("enter")
    diffs = compare(_doc(), other)
    assert [(d.property, d.sim, d.backend) for d in diffs] == \
        [("paragraph", None, "Inserted line.")]
    assert compare(other, _doc())[0].sim == "Inserted line."


def test_a_changed_text_and_paragraph_formatting_are_reported():
    other = _doc()
    other.execute("replace_all", find="Monday", replace="Friday")
    other.set_selection((3, 0))
    other.execute("align", alignment="center")
    found = {d.property: (d.sim, d.backend) for d in compare(_doc(), other)}
    assert found["alignment"] == ("left", "center")
    assert found["text"][1] == "The budget was approved on Friday."


def test_lengths_agree_within_the_tolerance():
    assert same(72.0, 72.0 + TOLERANCE_PT / 2) and not same(72.0, 72.5)
    assert same((1.0, "a"), (1.04, "a")) and not same((1.0,), (1.0, 2.0))
    assert not same(1.0, None) and same(None, None)
    wide = _doc()
    wide.execute("margins", left=1.26)  # 90.72 pt instead of 90
    (diff,) = compare(_doc(), wide)
    assert diff.place == "section 1" and diff.property == "left_margin_pt"


def test_headers_tables_and_comments_are_compared():
    other = _doc()
    other.execute("header_text", text="Board copy")
    other.set_selection((3, 0))
    other.execute("insert_table", rows=2, columns=2)
    _select(other, "May")
    other.execute("add_comment", text="Which year?")
    found = {(d.place, d.property) for d in compare(_doc(), other)}
    assert ("section 1", "primary header") in found
    assert ("document", "tables") in found and ("document", "comments") in found


def test_differences_serialise_to_json():
    other = _doc()
    other.execute("orientation", value="landscape")
    data = [d.to_json() for d in compare(_doc(), other)]
    json.dumps(data)
    assert {"place", "chars", "property", "sim", "backend", "text"} <= set(data[0])
    assert isinstance(Difference("document", "tables", 0, 1).to_json()["text"], str)

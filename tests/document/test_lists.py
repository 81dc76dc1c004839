"""Bulleted and numbered lists: real numbering definitions, toggling, restart/continue, labels."""

from __future__ import annotations

import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument
from wordsim.document.lists import format_number, list_info, list_labels
from wordsim.document.xml import W

SPEC = "one\ntwo\nthree\nplain\nfour\nfive"


@pytest.fixture
def doc() -> WordDocument:
    return WordDocument.build(SPEC)


def select(doc: WordDocument, first: int, last: int | None = None) -> None:
    last = first if last is None else last
    doc.set_selection((first, 0), (last, 1))


def num_pr(paragraph) -> tuple[int, int] | None:
    """(numId, ilvl) written on a reopened python-docx paragraph, or None."""
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None:
        return None
    return ppr.numPr.numId.val, ppr.numPr.ilvl.val


def level(document, num_id: int, ilvl: int = 0):
    """The w:lvl element that list `num_id` uses at `ilvl`, from the reopened numbering part."""
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(num_id)
    aid = num.abstractNumId.val
    abstract = next(
        a for a in numbering.iterchildren(W.abstractNum) if a.get(W.abstractNumId) == str(aid)
    )
    return next(lv for lv in abstract.iterchildren(W.lvl) if lv.get(W.ilvl) == str(ilvl))


def fmt_of(lvl) -> tuple[str, str]:
    return lvl.find(W.numFmt).get(W.val), lvl.find(W.lvlText).get(W.val)


# ---------------------------------------------------------------------------- bullets
def test_bullets_make_a_real_list(doc):
    select(doc, 0, 2)
    change = undoable(doc, "bullets")
    assert change.message == "Bullets are applied."
    assert "/word/numbering.xml" in change.parts
    document = reopen(doc)
    refs = [num_pr(p) for p in document.paragraphs]
    num_id = refs[0][0]
    assert refs[:3] == [(num_id, 0)] * 3 and refs[3:] == [None] * 3
    assert [p.style.name for p in document.paragraphs[:4]] == ["List Paragraph"] * 3 + ["Normal"]
    assert fmt_of(level(document, num_id)) == ("bullet", "\uf0b7")
    assert level(document, num_id).find(W.rPr).find(W.rFonts).get(W.ascii) == "Symbol"
    abstract = level(document, num_id).getparent()
    assert len(abstract.findall(W.lvl)) == 9
    ind = level(document, num_id, 2).find(W.pPr).find(W.ind)
    assert (ind.get(W.left), ind.get(W.hanging)) == ("2160", "360")
    assert list_info(doc, 1) == {
        "numId": num_id,
        "ilvl": 0,
        "kind": "bullet",
        "numFmt": "bullet",
        "lvlText": "\uf0b7",
        "label": "•",
    }


def test_bullets_toggle_off(doc):
    select(doc, 0, 1)
    original = doc.save()
    doc.execute("bullets")
    change = undoable(doc, "bullets")
    assert change.message == "Bullets are removed."
    document = reopen(doc)
    assert [num_pr(p) for p in document.paragraphs[:2]] == [None, None]
    assert [p.style.name for p in document.paragraphs[:2]] == ["Normal", "Normal"]
    assert doc.paragraph(0).find(W.pPr) is None
    assert doc.save() != original  # the numbering definition stays, as in Word


def test_bullets_off_on_a_list_bullet_style_paragraph():
    doc = WordDocument.build("- first\n- second\nafter")
    assert list_info(doc, 0)["kind"] == "bullet"
    select(doc, 0, 1)
    undoable(doc, "bullets")
    document = reopen(doc)
    assert [num_pr(p) for p in document.paragraphs[:2]] == [(0, 0), (0, 0)]  # style numbering off
    assert list_info(doc, 0) is None and list_labels(doc) == {}


def test_another_bullet_symbol_changes_the_list(doc):
    select(doc, 0, 1)
    doc.execute("bullets")
    undoable(doc, "bullets", style="✓")
    document = reopen(doc)
    num_id = num_pr(document.paragraphs[0])[0]
    assert fmt_of(level(document, num_id)) == ("bullet", "\uf0fc")
    assert fmt_of(level(document, num_id, 1)) == ("bullet", "o")
    assert list_labels(doc) == {0: "✓", 1: "✓"}


@pytest.mark.parametrize("style", ["star", "", 5])
def test_bullets_reject_unknown_symbols(doc, style):
    assert "Bullet style must be one of" in refused(doc, "bullets", style=style)


# ---------------------------------------------------------------------------- numbering
@pytest.mark.parametrize(
    "fmt, num_fmt, text, labels",
    [
        ("1.", "decimal", "%1.", ["1.", "2.", "3."]),
        ("1)", "decimal", "%1)", ["1)", "2)", "3)"]),
        ("a.", "lowerLetter", "%1.", ["a.", "b.", "c."]),
        ("A.", "upperLetter", "%1.", ["A.", "B.", "C."]),
        ("i.", "lowerRoman", "%1.", ["i.", "ii.", "iii."]),
        ("I.", "upperRoman", "%1.", ["I.", "II.", "III."]),
        ("upper roman", "upperRoman", "%1.", ["I.", "II.", "III."]),
    ],
)
def test_numbering_formats(doc, fmt, num_fmt, text, labels):
    select(doc, 0, 2)
    undoable(doc, "numbering", format=fmt)
    document = reopen(doc)
    num_id = num_pr(document.paragraphs[0])[0]
    assert fmt_of(level(document, num_id)) == (num_fmt, text)
    assert fmt_of(level(document, num_id, 1))[0] == "lowerLetter"
    assert [list_info(doc, i)["label"] for i in range(3)] == labels
    assert list_info(doc, 0)["kind"] == "number"


def test_numbering_toggles_off_and_converts_mixed_selections(doc):
    select(doc, 0)
    doc.execute("numbering")
    select(doc, 0, 1)  # one numbered, one plain: both numbered
    doc.execute("numbering")
    assert list_labels(doc) == {0: "1.", 1: "2."}
    undoable(doc, "numbering")
    assert list_labels(doc) == {}
    assert [num_pr(p) for p in reopen(doc).paragraphs] == [None] * 6


def test_numbering_replaces_bullets(doc):
    select(doc, 0, 1)
    doc.execute("bullets")
    undoable(doc, "numbering", format="a.")
    assert list_labels(doc) == {0: "a.", 1: "b."}


def test_numbering_continues_the_list_just_above(doc):
    select(doc, 0, 1)
    doc.execute("numbering")
    select(doc, 2)
    undoable(doc, "numbering")
    refs = [num_pr(p) for p in reopen(doc).paragraphs[:3]]
    assert refs[0] == refs[1] == refs[2]
    assert list_labels(doc) == {0: "1.", 1: "2.", 2: "3."}


def test_two_separate_lists_each_start_at_one(doc):
    select(doc, 0, 1)
    doc.execute("numbering")
    select(doc, 4, 5)
    doc.execute("numbering")
    document = reopen(doc)
    first, second = num_pr(document.paragraphs[0])[0], num_pr(document.paragraphs[4])[0]
    assert first != second
    assert level(document, first).getparent() is not level(document, second).getparent()
    assert list_labels(doc) == {0: "1.", 1: "2.", 4: "1.", 5: "2."}


def test_numbering_a_document_without_a_numbering_part():
    source = WordDocument.build("one\ntwo")
    rid = next(r for r, rel in source.part.rels.items() if rel.reltype == RT.NUMBERING)
    source.part.drop_rel(rid)
    doc = WordDocument.open(source.save())
    assert list_info(doc, 0) is None
    select(doc, 0, 1)
    change = undoable(doc, "numbering")
    assert "/word/numbering.xml" in change.parts
    document = reopen(doc)
    assert fmt_of(level(document, num_pr(document.paragraphs[0])[0])) == ("decimal", "%1.")
    assert list_labels(doc) == {0: "1.", 1: "2."}


@pytest.mark.parametrize("fmt", ["1-", "x.", None])
def test_numbering_rejects_unknown_formats(doc, fmt):
    assert "Numbering format must be one of" in refused(doc, "numbering", format=fmt)


def test_numbering_in_a_heading_keeps_the_style():
    doc = WordDocument.build("# Intro\n# Method")
    select(doc, 0, 1)
    doc.execute("numbering")
    assert [p.style.name for p in reopen(doc).paragraphs] == ["Heading 1", "Heading 1"]
    assert list_labels(doc) == {0: "1.", 1: "2."}


# ---------------------------------------------------------------------------- levels
def test_list_levels_number_and_restart_below(doc):
    select(doc, 0, 2)
    doc.execute("numbering")
    select(doc, 1, 2)
    undoable(doc, "increase_indent")
    assert list_labels(doc) == {0: "1.", 1: "a.", 2: "b."}
    select(doc, 2)
    doc.execute("increase_indent")
    assert list_info(doc, 2)["label"] == "i."
    assert list_info(doc, 2)["ilvl"] == 2


# ---------------------------------------------------------------------------- restart / continue
def test_restart_numbering(doc):
    select(doc, 0, 5)
    doc.execute("numbering")  # 1..6, "plain" included
    select(doc, 4)
    change = undoable(doc, "restart_numbering")
    assert change.message == "Numbering restarts at 1."
    assert list_labels(doc) == {0: "1.", 1: "2.", 2: "3.", 3: "4.", 4: "1.", 5: "2."}
    document = reopen(doc)
    old, new = num_pr(document.paragraphs[3])[0], num_pr(document.paragraphs[4])[0]
    assert new != old and num_pr(document.paragraphs[5])[0] == new
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(new)
    assert num.abstractNumId.val == numbering.num_having_numId(old).abstractNumId.val
    assert num.lvlOverride_lst[0].startOverride.val == 1


def test_set_numbering_value(doc):
    select(doc, 0, 2)
    doc.execute("numbering", format="A.")
    select(doc, 1)
    undoable(doc, "set_numbering_value", n=5)
    assert list_labels(doc) == {0: "A.", 1: "E.", 2: "F."}


@pytest.mark.parametrize("n", [-1, 1.5, "many", 40000])
def test_set_numbering_value_rejects_bad_values(doc, n):
    select(doc, 0)
    doc.execute("numbering")
    refused(doc, "set_numbering_value", n=n)


def test_continue_numbering_joins_the_previous_list(doc):
    select(doc, 0, 1)
    doc.execute("numbering")
    select(doc, 4, 5)
    doc.execute("numbering")
    select(doc, 5)  # anywhere in the second list
    change = undoable(doc, "continue_numbering")
    assert change.message == "Numbering continues from the previous list."
    refs = [num_pr(p) for p in reopen(doc).paragraphs]
    assert refs[4][0] == refs[5][0] == refs[0][0]
    assert list_labels(doc) == {0: "1.", 1: "2.", 4: "3.", 5: "4."}


def test_restart_and_continue_need_a_numbered_list(doc):
    select(doc, 3)
    assert "not in a numbered list" in refused(doc, "restart_numbering")
    select(doc, 0, 1)
    doc.execute("bullets")
    select(doc, 0)
    assert "not in a numbered list" in refused(doc, "continue_numbering")
    select(doc, 4, 5)
    doc.execute("numbering")
    select(doc, 4)
    assert "no previous numbered list" in refused(doc, "continue_numbering")


# ---------------------------------------------------------------------------- labels
def test_labels_of_list_number_style_paragraphs():
    doc = WordDocument.build("1. alpha\n1. beta\nbetween\n1. gamma")
    # The style's list is one list: Word numbers on across the paragraph between.
    assert list_labels(doc) == {0: "1.", 1: "2.", 3: "3."}
    assert list_info(doc, doc.paragraph(3))["label"] == "3."
    assert list_info(doc, 2) is None


@pytest.mark.parametrize(
    "n, fmt, expected",
    [
        (4, "decimal", "4"),
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (1994, "lowerRoman", "mcmxciv"),
        (14, "upperRoman", "XIV"),
        (7, "decimalZero", "07"),
        (22, "ordinal", "22nd"),
        (12, "ordinal", "12th"),
        (3, "none", ""),
    ],
)
def test_format_number(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_same_edits_give_the_same_bytes():
    def edited() -> bytes:
        doc = WordDocument.build(SPEC)
        select(doc, 0, 1)
        doc.execute("numbering")
        select(doc, 4, 5)
        doc.execute("bullets", style="➢")
        select(doc, 1)
        doc.execute("restart_numbering")
        return doc.save()

    assert edited() == edited()

"""Character-level primitives: run text, splitting, isolating, inserting, deleting, merging."""

from __future__ import annotations

from lxml import etree

from wordsim.document import WordDocument
from wordsim.document.runs import (
    delete_text,
    insert_text,
    isolate,
    merge_runs,
    paragraph_text,
    rpr_at,
    run_spans,
    split_run,
    text_runs,
)
from wordsim.document.xml import W


def _para(spec: str):
    doc = WordDocument.build(spec)
    return doc, doc.paragraph(0)


def test_text_matches_python_docx_semantics():
    doc, p = _para("a **b** c")
    insert_text(p, 5, "x\ty\nz")
    from tests.document.conftest import reopen

    assert paragraph_text(p) == reopen(doc).paragraphs[0].text == "a b cx\ty\nz"


def test_split_run_inside_text():
    _, p = _para("hello world")
    (r,) = text_runs(p)
    right = split_run(r, 5)
    assert paragraph_text(p) == "hello world"
    assert [len(s) for s in ["hello", " world"]] == [e - s for _, s, e in run_spans(p)]
    assert right.getprevious() is r
    assert split_run(r, 0) is None and split_run(r, 5) is None


def test_isolate_covers_exactly_and_keeps_formatting():
    _, p = _para("ab**cd**ef")
    runs = isolate(p, 1, 5)
    assert "".join(r.findtext(W.t) for r in runs) == "bcde"
    assert paragraph_text(p) == "abcdef"
    bold = [r.find(W.rPr) is not None for r in runs]
    assert bold == [False, True, False]
    assert isolate(p, 3, 3) == []


def test_merge_runs_restores_a_single_run():
    _, p = _para("plain text here")
    before = etree.tostring(p)
    isolate(p, 2, 7)
    assert len(text_runs(p)) == 3
    merge_runs(p)
    assert etree.tostring(p) == before


def test_merge_keeps_different_formatting_apart():
    _, p = _para("a**b**c")
    merge_runs(p)
    assert len(text_runs(p)) == 3


def test_insert_text_positions_and_formatting():
    _, p = _para("ab**cd**")
    insert_text(p, 0, "<")
    insert_text(p, 3, "|", rpr_at(p, 3))
    insert_text(p, len(paragraph_text(p)), ">", rpr_at(p, len(paragraph_text(p))))
    assert paragraph_text(p) == "<ab|cd>"
    last = text_runs(p)[-1]
    assert last.find(W.rPr) is not None  # typed at the end of bold text: bold


def test_insert_into_empty_paragraph():
    _, p = _para(".")
    insert_text(p, 0, "new")
    assert paragraph_text(p) == "new"


def test_delete_text_across_runs():
    _, p = _para("ab**cd**ef")
    delete_text(p, 1, 5)
    merge_runs(p)
    assert paragraph_text(p) == "af"


def test_preserves_spaces():
    doc, p = _para("x")
    insert_text(p, 1, "  two  ")
    from tests.document.conftest import reopen

    assert reopen(doc).paragraphs[0].text == "x  two  "

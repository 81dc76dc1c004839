"""Copy, cut and paste with formatting and paragraph breaks."""

from __future__ import annotations

import io

import pytest

from tests.document.conftest import png, reopen
from tests.document.test_text_input import bold_runs, caret, story_texts
from wordsim.document import CommandError, WordDocument
from wordsim.document.clipboard import clipboard
from wordsim.document.runs import new_run
from wordsim.document.xml import W, make, qn


def test_copy_needs_a_selection_and_changes_nothing():
    doc = WordDocument.build("text")
    with pytest.raises(CommandError, match="Nothing is selected"):
        doc.execute("copy")
    doc.set_selection((0, 0), (0, 2))
    b0 = doc.save()
    change = doc.execute("copy")
    assert change.message == "Copied 2 character(s)."
    assert not change.edited and not doc.history.undo_stack and doc.save() == b0


def test_paste_with_an_empty_clipboard_is_an_error():
    doc = WordDocument.build("text")
    b0 = doc.save()
    with pytest.raises(CommandError, match="clipboard is empty"):
        doc.execute("paste")
    assert doc.save() == b0


def test_copy_and_paste_keep_character_formatting():
    doc = WordDocument.build("a **bold** *it* z\nend")
    doc.set_selection((0, 4), (0, 9))  # "ld it"
    doc.execute("copy")
    doc.set_selection((1, 3))
    doc.execute("paste")
    r = reopen(doc)
    assert r.paragraphs[1].text == "endld it"
    assert [(x.text, bool(x.bold), bool(x.italic)) for x in r.paragraphs[1].runs] == [
        ("end", False, False),
        ("ld", True, False),
        (" ", False, False),
        ("it", False, True),
    ]
    assert caret(doc) == (1, 8)


def test_paste_reproduces_paragraph_breaks_and_paragraph_properties():
    doc = WordDocument.build("# Head line\n> quoted\nlast\ntarget here")
    doc.set_selection((0, 5), (2, 2))  # "line¶quoted¶la"
    doc.execute("copy")
    doc.set_selection((3, 7))
    doc.execute("paste")
    r = reopen(doc)
    assert [(p.text, p.style.name) for p in r.paragraphs[3:]] == [
        ("target line", "Heading 1"),  # the copied mark brings the heading's formatting
        ("quoted", "Quote"),
        ("lahere", "Normal"),  # the last piece joins the target paragraph's rest
    ]
    assert caret(doc) == (5, 2)


def test_paste_replaces_the_selection():
    doc = WordDocument.build("one two three")
    doc.set_selection((0, 0), (0, 3))
    doc.execute("copy")
    doc.set_selection((0, 8), (0, 13))
    doc.execute("paste")
    assert story_texts(reopen(doc)) == ["one two one"]


def test_cut_deletes_and_paste_puts_it_back_elsewhere():
    doc = WordDocument.build("keep **cut me** keep\nend")
    b0 = doc.save()
    doc.set_selection((0, 5), (0, 11))
    assert doc.execute("cut").message == "Cut 6 character(s)."
    assert story_texts(reopen(doc)) == ["keep  keep", "end"] and caret(doc) == (0, 5)
    doc.undo()
    assert doc.save() == b0
    doc.redo()
    doc.execute("document_end")
    doc.execute("paste")
    assert bold_runs(reopen(doc).paragraphs[1]) == [("end", False), ("cut me", True)]


def test_cut_needs_a_selection():
    doc = WordDocument.build("text")
    with pytest.raises(CommandError):
        doc.execute("cut")


def test_paste_is_one_undo_step_back_to_the_same_bytes():
    doc = WordDocument.build("# Head\nbody\nlast")
    doc.set_selection((0, 2), (1, 2))
    doc.execute("copy")
    doc.set_selection((2, 1), (2, 3))
    b0 = doc.save()
    doc.execute("paste")
    doc.execute("paste")
    assert story_texts(reopen(doc)) == ["Head", "body", "lad", "boad", "bot"]
    doc.undo()
    doc.undo()
    assert doc.save() == b0


def test_the_clipboard_survives_edits_to_the_source():
    doc = WordDocument.build("source")
    doc.execute("select_all")
    doc.execute("copy")
    doc.execute("type_text", text="gone")
    doc.execute("select_all")
    doc.execute("paste")
    assert story_texts(reopen(doc)) == ["source"]
    assert clipboard(WordDocument.build("x")) == []  # each document has its own


def test_copying_whole_paragraphs_keeps_pictures_with_fresh_ids():
    doc = WordDocument.build("a\nb")
    doc.docx.paragraphs[0].add_run().add_picture(io.BytesIO(png()))
    doc.set_selection((0, 0), (1, 0))  # "a[picture]¶"
    doc.execute("copy")
    doc.execute("document_end")
    doc.execute("paste")
    r = reopen(doc)
    ids = [el.get("id") for el in r.element.body.iter(qn("wp:docPr"))]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert len(r.inline_shapes) == 2 and story_texts(r) == ["a", "ba", ""]


def _field_paragraph(doc):
    """Append `x{PAGE → 7}y` as a complex field to paragraph 0."""
    p = doc.paragraph(0)
    p.append(new_run("x"))
    for kind in ("begin", None, "separate"):
        r = make("w:r")
        if kind is None:
            r.append(make("w:instrText", None))
            r[-1].text = " PAGE "
        else:
            r.append(make("w:fldChar", {"w:fldCharType": kind}))
        p.append(r)
    p.append(new_run("7"))
    p.append(make("w:r", None, make("w:fldChar", {"w:fldCharType": "end"})))
    p.append(new_run("y"))


def test_copying_part_of_a_field_keeps_only_its_result_text():
    doc = WordDocument.build("z")
    _field_paragraph(doc)  # "zx7y"
    doc.set_selection((0, 2), (0, 4))  # "7y": the field's result without its start
    doc.execute("copy")
    doc.execute("document_start")
    doc.execute("paste")
    assert story_texts(reopen(doc)) == ["7yzx7y"]
    kinds = [el.get(W.fldCharType) for el in doc.paragraph(0).iter(W.fldChar)]
    assert kinds == ["begin", "separate", "end"]  # only the original field's


def test_copying_a_whole_field_keeps_it_a_field():
    doc = WordDocument.build("z")
    _field_paragraph(doc)
    doc.set_selection((0, 1), (0, 4))  # "x7y" with the whole field inside
    doc.execute("copy")
    doc.execute("document_end")
    doc.execute("paste")
    kinds = [el.get(W.fldCharType) for el in doc.paragraph(0).iter(W.fldChar)]
    assert kinds == ["begin", "separate", "end"] * 2
    assert story_texts(reopen(doc)) == ["zx7yx7y"]

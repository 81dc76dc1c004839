"""Copy, cut and paste with formatting and paragraph breaks."""

from __future__ import annotations

import io

import pytest

from tests.document.conftest import png, refused, reopen, undoable
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


# --------------------------------------------------------------------- paste options
def _copied(spec: str, start, end, target) -> WordDocument:
    doc = WordDocument.build(spec)
    doc.set_selection(start, end)
    doc.execute("copy")
    doc.set_selection(*target)
    return doc


def test_keep_text_only_pastes_plain_text_formatted_like_typed_text():
    doc = _copied("a **bold** *it* z\n*slanted* end", (0, 2), (0, 9), [(1, 7)])  # "bold it"
    change = undoable(doc, "paste", keep="text")
    assert change.message == "Pasted 7 character(s)."
    runs = reopen(doc).paragraphs[1].runs
    # the text takes the formatting of the character before the caret (italic), not its own
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in runs] == [
        ("slantedbold it", False, True), (" end", False, False)]
    assert caret(doc) == (1, 14)


def test_keep_text_only_over_a_selection_takes_the_first_selected_characters_formatting():
    doc = _copied("a **bold** z\nLast line", (0, 2), (0, 6), [(1, 0), (1, 4)])
    doc.execute("paste", keep="text")
    assert bold_runs(reopen(doc).paragraphs[1]) == [("bold line", False)]


def test_keep_text_only_drops_pictures_and_paragraph_formatting():
    doc = WordDocument.build("# Head line\nbody\n> target")
    doc.set_selection((1, 4))
    doc.execute("insert_picture", data=png())
    doc.set_selection((0, 5), (1, 5))  # "line¶body" and the picture
    doc.execute("copy")
    doc.set_selection((2, 6))
    doc.execute("paste", keep="text")
    r = reopen(doc)
    assert [(p.text, p.style.name) for p in r.paragraphs[2:]] == [
        ("targetline", "Quote"), ("body", "Quote")]
    assert len(r.inline_shapes) == 1  # only the original


def test_merge_formatting_takes_the_destinations_formatting_but_keeps_partial_emphasis():
    doc = _copied("a **bold** plain z\n__under__ end", (0, 2), (0, 12), [(1, 5)])
    undoable(doc, "paste", keep="merge")
    runs = reopen(doc).paragraphs[1].runs
    # underlined like the destination; bold kept as it covered only part of the copied text
    assert [(r.text, bool(r.bold), bool(r.underline)) for r in runs] == [
        ("under", False, True), ("bold", True, True), (" plain", False, True),
        (" end", False, False)]


def test_merge_formatting_drops_emphasis_that_covered_all_the_copied_text():
    doc = _copied("a **bold** z\nend", (0, 2), (0, 6), [(1, 3)])
    doc.execute("paste", keep="merge")
    assert bold_runs(reopen(doc).paragraphs[1]) == [("endbold", False)]


def test_merged_paragraphs_take_the_destination_paragraphs_formatting():
    doc = _copied("# Head line\n> quoted\nlast\n- item here", (0, 5), (2, 2), [(3, 4)])
    doc.execute("paste", keep="merge")
    assert [(p.text, p.style.name) for p in reopen(doc).paragraphs[3:]] == [
        ("itemline", "List Bullet"), ("quoted", "List Bullet"), ("la here", "List Bullet")]
    assert caret(doc) == (5, 2)


def test_an_unknown_paste_option_is_refused():
    doc = _copied("abc", (0, 0), (0, 1), [(0, 3)])
    assert "Paste option" in refused(doc, "paste", keep="html")

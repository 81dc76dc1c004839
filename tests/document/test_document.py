"""Transactions, undo/redo, rollback on agent errors, change reports, snapshot/restore."""

from __future__ import annotations

import pytest

from wordsim.document import COMMANDS, CommandError, WordDocument, command
from wordsim.document.runs import delete_text, insert_text
from wordsim.document.xml import make

SPEC = "# Heading\nFirst paragraph\n| a | b |\n| c | d |\nLast paragraph"


@pytest.fixture(scope="module", autouse=True)
def _test_commands():
    """Commands that exercise the transaction machinery directly."""
    added = []

    def reg(name):
        def deco(fn):
            if name not in COMMANDS:
                command(name)(fn)
                added.append(name)
            return fn

        return deco

    @reg("_t_insert")
    def _t_insert(doc, para, text):
        doc.touch(para)
        insert_text(doc.paragraph(para), 0, text)

    @reg("_t_new_paragraph_after")
    def _t_new(doc, para, text):
        doc.touch(para)
        p = make("w:p")
        doc.paragraph(para).addnext(p)
        insert_text(p, 0, text)
        doc.sync()
        doc.set_selection((para + 1, len(text)))

    @reg("_t_fail_after_mutating")
    def _t_fail(doc, para):
        doc.touch(para)
        delete_text(doc.paragraph(para), 0, 3)
        doc.touch(len(doc) - 1)
        raise CommandError("Text x is not found.")

    @reg("_t_two_places")
    def _t_two(doc):
        doc.touch(1)
        p = make("w:p")
        doc.paragraph(1).addnext(p)  # adds a block, shifting later ones
        doc.touch(len(doc) - 1)  # current index of the last paragraph (story not yet synced)
        insert_text(doc.paragraph(len(doc) - 1), 0, "end:")

    @reg("_t_style_part")
    def _t_style(doc):
        doc.touch_part(doc.styles.part)
        doc.styles.part._element.append(make("w:style", {"w:styleId": "Zed", "w:type": "paragraph"}))

    yield
    for name in added:
        del COMMANDS[name]


def test_change_reports_parts_and_paragraphs():
    doc = WordDocument.build(SPEC)
    change = doc.execute("_t_insert", para=1, text="X")
    assert change.parts == {"/word/document.xml"}
    assert change.paragraphs == {1}
    assert not change.structure
    cell = doc.execute("_t_insert", para=3, text="Y")
    assert cell.paragraphs == {2, 3, 4, 5}  # the whole table block


def test_structural_change_reindexes_the_story():
    doc = WordDocument.build(SPEC)
    change = doc.execute("_t_new_paragraph_after", para=0, text="inserted")
    assert change.structure
    assert doc.texts()[:3] == ["Heading", "inserted", "First paragraph"]
    assert doc.selection.focus == (1, 8)
    assert doc.story.top == sorted(doc.story.top)


def test_undo_redo_bytes():
    doc = WordDocument.build(SPEC)
    states = [doc.save()]
    for i in range(5):
        doc.execute("_t_new_paragraph_after", para=i, text=f"p{i}")
        states.append(doc.save())
    for i in range(5, 0, -1):
        doc.undo()
        assert doc.save() == states[i - 1]
    assert doc.undo() is None
    for i in range(1, 6):
        doc.redo()
        assert doc.save() == states[i]
    assert doc.redo() is None


def test_new_edit_clears_redo():
    doc = WordDocument.build(SPEC)
    doc.execute("_t_insert", para=1, text="A")
    doc.undo()
    doc.execute("_t_insert", para=1, text="B")
    assert doc.redo() is None
    assert doc.text(1).startswith("B")


def test_command_error_rolls_back_everything():
    doc = WordDocument.build(SPEC)
    before, sel = doc.save(), doc.selection
    with pytest.raises(CommandError, match="not found"):
        doc.execute("_t_fail_after_mutating", para=1)
    assert doc.save() == before
    assert doc.selection == sel
    assert not doc.history.undo_stack
    doc.execute("_t_insert", para=1, text="ok")  # still usable
    assert doc.text(1) == "okFirst paragraph"


def test_touch_range_extends_across_inserted_blocks():
    doc = WordDocument.build(SPEC)
    before = doc.save()
    doc.execute("_t_two_places")
    assert doc.texts()[-1] == "end:Last paragraph"
    assert len(doc.texts()) == 8
    doc.undo()
    assert doc.save() == before


def test_part_edits_are_undone_and_invalidate_styles():
    doc = WordDocument.build(SPEC)
    before = doc.save()
    change = doc.execute("_t_style_part")
    assert change.parts == {"/word/styles.xml"}
    assert doc.styles.element("Zed") is not None
    doc.undo()
    assert doc.styles.element("Zed") is None
    assert doc.save() == before


def test_undo_depth_of_at_least_100():
    doc = WordDocument.build("x")
    before = doc.save()
    for i in range(150):
        doc.execute("_t_insert", para=0, text=str(i % 10))
    for _ in range(150):
        assert doc.undo() is not None
    assert doc.save() == before


def test_unknown_command_is_a_programming_error():
    with pytest.raises(KeyError, match="unknown document command"):
        WordDocument.build("x").execute("no_such_command")


def test_touch_outside_a_command_is_a_programming_error():
    with pytest.raises(RuntimeError):
        WordDocument.build("x").touch(0)


def test_snapshot_restore_gives_back_the_same_bytes():
    doc = WordDocument.build(SPEC)
    snap = doc.snapshot()
    original = doc.save()
    for _ in range(3):
        doc.execute("_t_new_paragraph_after", para=0, text="episode edit")
        doc.execute("_t_style_part")
        doc.restore(snap)
        assert doc.save() == original
        assert doc.texts()[1] == "First paragraph"
        assert doc.undo() is None


def test_restore_without_changes_is_a_no_op():
    doc = WordDocument.build(SPEC)
    snap = doc.snapshot()
    body = doc.body[0]
    doc.restore(snap)
    assert doc.body[0] is body  # nothing was copied back


def test_blank_document_gets_a_paragraph():
    doc = WordDocument.template("blank")
    assert doc.texts() == [""]


def test_restore_after_edits_in_two_places_and_undo():
    doc = WordDocument.build(SPEC)
    snap = doc.snapshot()
    original = doc.save()
    doc.execute("_t_insert", para=0, text="start ")
    doc.execute("_t_new_paragraph_after", para=len(doc) - 1, text="tail")
    doc.undo()
    doc.execute("_t_insert", para=3, text="cell ")
    doc.restore(snap)
    assert doc.save() == original
    assert doc.texts() == WordDocument.build(SPEC).texts()
    assert doc.story.paragraphs == [p for p in doc.body.iter("{*}p")]

"""The LibreOffice backend's life cycle and contract: it loads, reports and takes selections
exactly, saves .docx the simulator reopens, steps through undo/redo, refuses what it cannot do
with the right error, and leaves no process behind."""

from __future__ import annotations

import os
import signal
import time

import pytest

from tests.backends.agreement import assert_agree, docx_bytes, run_both, selection_of
from wordsim.backends import BackendError, UnsupportedCommand, UnsupportedDocument
from wordsim.backends.libreoffice import LibreOfficeBackend
from wordsim.backends.libreoffice.process import group_alive
from wordsim.document import WordDocument
from wordsim.document.query import DocumentView

SPEC = "# Notes\nThe budget was approved on Monday.\nHiring starts in May."


def test_a_fresh_backend_starts_on_a_blank_document_and_close_leaves_no_process():
    backend = LibreOfficeBackend()
    try:
        assert backend.selection() == selection_of((0, 0))  # starts soffice, opens a blank
        pids = backend.pids
        assert len(pids) == 2 and all(group_alive(p) for p in pids)
        assert WordDocument.open(backend.save()).texts() == [""]
    finally:
        backend.close()
    assert not any(group_alive(p) for p in pids)
    backend.close()  # idempotent


def test_a_killed_soffice_raises_backend_error_and_the_next_load_starts_a_fresh_one():
    with LibreOfficeBackend() as backend:
        backend.load(docx_bytes(SPEC))
        old = backend.pids
        os.killpg(old[1], signal.SIGKILL)  # soffice's process group
        deadline = time.monotonic() + 10
        while group_alive(old[1]) and time.monotonic() < deadline:  # dying takes a moment
            time.sleep(0.01)
        with pytest.raises(BackendError, match="LibreOffice"):
            backend.execute("type_text", text="lost")
        assert not any(group_alive(p) for p in old)
        backend.load(docx_bytes(SPEC))
        assert backend.pids != old
        backend.execute("type_text", text="A")
        assert backend.texts()[0] == "ANotes"
        new = backend.pids
    assert not any(group_alive(p) for p in old + new)


def test_a_document_with_comments_is_refused_clearly(lo):
    doc = WordDocument.build(SPEC)
    doc.set_selection((1, 0), (1, 3))
    doc.execute("add_comment", text="check")
    with pytest.raises(UnsupportedDocument, match="comments"):
        lo.load(doc.save())


def test_an_unknown_command_is_unsupported(lo):
    lo.load(docx_bytes(SPEC))
    with pytest.raises(UnsupportedCommand, match="no_such_command"):
        lo.execute("no_such_command")


def test_wrong_arguments_are_the_callers_bug(lo):
    lo.load(docx_bytes(SPEC))
    with pytest.raises(TypeError):
        lo.execute("type_text", words="x")


@pytest.mark.parametrize(("command", "args"), [
    ("type_text", {"text": ""}),
    ("select_text", {"text": "absent"}),
    ("find_next", {"text": "absent"}),
    ("replace", {"find": "absent", "replace": "x"}),
    ("font_color", {"color": "not a colour"}),
    ("font_size", {"size": "huge"}),
    ("apply_style", {"style": "No Such Style"}),
    ("select_range", {"start": (9, 0), "end": (9, 1)}),
    ("move", {"unit": "lightyear"}),
])  # fmt: skip
def test_agent_mistakes_are_refused_by_both_and_change_nothing(lo, command, args):
    result = assert_agree(lo, SPEC, ("bold", {}), (command, args), at=(1, 4))
    assert [i for i, _ in result.backend_refused] == [1]


def test_selections_are_reported_exactly_as_set(lo):
    lo.load(docx_bytes(SPEC))
    for at in (((1, 4), (2, 6)), ((2, 6), (1, 4)), ((0, 5), (0, 5)), ((2, 21), (0, 0))):
        lo.select(selection_of(at))
        assert lo.selection() == selection_of(at)


def test_selecting_the_current_selection_keeps_pending_formatting(lo):
    lo.load(docx_bytes(SPEC))
    lo.select(selection_of((1, 0)))
    lo.execute("bold")  # at a paragraph start: pending for the next typing
    lo.select(lo.selection())
    lo.execute("type_text", text="New ")
    runs = DocumentView.of(WordDocument.open(lo.save())).paragraphs[1].runs
    assert (runs[0].text, runs[0].bold) == ("New ", True)
    assert not runs[1].bold


def test_pending_formatting_agrees_and_moving_the_caret_drops_it(lo):
    assert_agree(lo, SPEC, "bold", "italic", ("type_text", {"text": "x"}), at=(2, 0))
    assert_agree(lo, SPEC, "bold", ("select_range", {"start": (2, 1), "end": (2, 1)}),
                 ("type_text", {"text": "x"}), at=(2, 0))


def test_undo_and_redo_step_over_whole_commands(lo):
    result = run_both(lo, SPEC, ("type_text", {"text": "a\nb"}), "bold", "undo", "undo",
                      "redo", at=(1, 4))
    assert result.agrees, result.report()
    lo.load(docx_bytes(SPEC))
    assert lo.execute("undo") == "Nothing to undo."

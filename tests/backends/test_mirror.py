"""The mirror runs the simulated UI's document commands on a backend and reports differences."""

from __future__ import annotations

import pytest

from wordsim.backends import (
    BACKENDS,
    BackendError,
    Mirror,
    SimBackend,
    UnsupportedCommand,
    UnsupportedDocument,
    open_backend,
)
from wordsim.document import CommandError, WordDocument
from wordsim.session import Session

ACTIONS = [
    'select_text(text="the")',
    'keyboard_input(keys="^b")',
    'keyboard_input(keys="{END}")',
    'keyboard_input(keys="^b")',
    'keyboard_input(keys="bold tail")',
    'keyboard_input(keys="^e")',
    'insert_table(rows=2, columns=3)',
    'keyboard_input(keys="^z")',
    'keyboard_input(keys="^y")',
    'select_paragraph(start_index=1, end_index=3)',
    'set_font(font_name="Arial", font_size=14)',
]


def _session(backend) -> tuple[Session, Mirror]:
    mirror = Mirror(backend)
    return Session(WordDocument.template("report"), mirror=mirror), mirror


def test_a_simulator_backend_ends_byte_identical():
    session, mirror = _session(SimBackend())
    for action in ACTIONS:
        session.step(action)
    assert mirror.commands >= len(ACTIONS) - 2
    assert mirror.disagreements == []
    assert mirror.backend.save() == session.doc.save()


class _NoBold(SimBackend):
    """A backend that gets bold wrong and has no tables."""

    def execute(self, command, /, **args):
        if command == "bold":
            return ""
        if command == "insert_table":
            raise UnsupportedCommand("no tables here")
        return super().execute(command, **args)


def test_differences_are_recorded_not_raised():
    session, mirror = _session(_NoBold())
    session.step('select_text(text="the")')
    session.step('keyboard_input(keys="^b")')
    session.step('insert_table(rows=2, columns=2)')
    kinds = [(d.command, d.kind) for d in mirror.disagreements]
    assert kinds == [("insert_table", "unsupported")]
    assert mirror.backend.save() != session.doc.save()  # the wrong bold shows in the document
    assert mirror.backend.selection() == session.doc.selection  # re-aligned after the gap


class _StrictFind(SimBackend):
    def execute(self, command, /, **args):
        if command == "select_text":
            raise CommandError("not found here")
        return super().execute(command, **args)


def test_a_refusal_and_a_different_selection_are_disagreements():
    session, mirror = _session(_StrictFind())
    session.step('select_text(text="the")')
    assert [d.kind for d in mirror.disagreements] == ["refused"]
    assert mirror.disagreements[0].to_json()["command"] == "select_text"


class _LazyCaret(SimBackend):
    """Types correctly but leaves its caret at the start of the paragraph."""

    def execute(self, command, /, **args):
        message = super().execute(command, **args)
        if command == "type_text":
            self.doc.set_selection((self.doc.selection.focus.para, 0))
        return message


def test_a_selection_that_differs_after_a_command_is_reported_and_realigned():
    session, mirror = _session(_LazyCaret())
    session.step('keyboard_input(keys="{END}")')
    session.step('keyboard_input(keys="abc")')
    assert [d.kind for d in mirror.disagreements] == ["selection"]
    assert mirror.backend.selection() == session.doc.selection
    assert mirror.backend.save() == session.doc.save()


def test_restore_reloads_the_backend():
    session, mirror = _session(SimBackend())
    snap = session.snapshot()
    start = session.doc.save()
    session.step('select_text(text="the")')
    session.step('keyboard_input(keys="^b")')
    session.restore(snap)
    assert mirror.backend.save() == start
    assert mirror.commands == 0


def test_the_sim_backend_runs_every_command_and_undo():
    backend = SimBackend(WordDocument.template("letter").save())
    start = backend.save()
    backend.select(backend.doc.selection.span((0, 0), (0, 4)))
    backend.execute("bold")
    assert backend.save() != start
    assert backend.execute("undo") == ""
    assert backend.save() == start
    assert backend.execute("undo") == "Nothing to undo."
    with pytest.raises(UnsupportedCommand):
        backend.execute("no_such_command")
    assert {"bold", "undo", "redo", "insert_table"} <= backend.commands()


def test_backends_are_found_by_name():
    assert isinstance(open_backend("sim"), SimBackend)
    assert set(BACKENDS) == {"sim", "libreoffice", "word"}
    with pytest.raises(ValueError, match="unknown backend"):
        open_backend("wordperfect")


class _Crashing(SimBackend):
    """A backend whose process dies at its first table."""

    def execute(self, command, /, **args):
        if command == "insert_table":
            raise BackendError("LibreOffice stopped working")
        return super().execute(command, **args)


def test_a_backend_failure_is_recorded_once_and_following_stops_until_the_next_load():
    session, mirror = _session(_Crashing())
    for action in ACTIONS:
        assert session.step(action).ok  # the simulated episode goes on
    assert [(d.command, d.kind) for d in mirror.disagreements] == [("insert_table", "failed")]
    assert not mirror.loaded
    mirror.load(session.doc.save())
    assert mirror.loaded and mirror.disagreements == []
    assert mirror.backend.save() == session.doc.save()


class _NoOpening(SimBackend):
    def load(self, data):
        raise UnsupportedDocument("cannot open documents with comments")


def test_a_document_the_backend_cannot_open_is_an_unsupported_load():
    session, mirror = _session(_NoOpening())
    session.step(ACTIONS[0])
    mirror.load(session.doc.save())
    assert session.step(ACTIONS[1]).ok
    assert [(d.command, d.kind) for d in mirror.disagreements] == [("load", "unsupported")]

"""Helpers for the Word backend tests: a WordBackend on a fresh FakeWord, and its log without
the calls every command makes around its own."""

from __future__ import annotations

from functools import cache

from .fake_com import FakeComError, FakeWord


@cache
def blank_docx() -> bytes:
    """A real .docx for `load` (the fake opens any file; the backend checks it is a .docx)."""
    from wordsim.document import WordDocument

    return WordDocument.template("blank").save()


def open_word(text: str = "Hello world\r", start: int = 0, end: int = 0, **doc_kwargs):
    """(backend, app): a WordBackend on a FakeWord whose document holds `text` (one character
    per position), Word's selection at (start, end), the log empty."""
    from wordsim.backends.word import WordBackend

    app = FakeWord()
    app.document(text, **doc_kwargs)
    backend = WordBackend(app=app, com_error=FakeComError)
    backend.load(blank_docx())
    app.Selection.set_span(start, end)
    app.clear()
    return backend, app


# what the backend records around a command's own calls: its undo record, and reading the
# story with field codes and hidden text (to map positions)
_AROUND = ("Application.UndoRecord.", "Document.Content.TextRetrievalMode.")


def recorded(app) -> list:
    """The log without the undo record and the story reads around every command."""
    return [e for e in app.log if not e[1].startswith(_AROUND)]

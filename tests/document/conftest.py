"""Shared helpers for document-model tests: reopen what was saved, check undo and refusals."""

from __future__ import annotations

import io
import struct
import zlib

import docx
import pytest

from wordsim.document import CommandError, WordDocument


def reopen(doc: WordDocument):
    """The python-docx Document that the saved bytes of `doc` give (what any reader sees)."""
    return docx.Document(io.BytesIO(doc.save()))


def undoable(doc: WordDocument, name: str, **args):
    """Execute `name`, and check that undo gives back the original bytes and redo the new ones."""
    before = doc.save()
    change = doc.execute(name, **args)
    after = doc.save()
    doc.undo()
    assert doc.save() == before
    doc.redo()
    assert doc.save() == after
    return change


def refused(doc: WordDocument, name: str, **args) -> str:
    """`name` raises CommandError and leaves the bytes and the selection exactly as they were."""
    before, selection = doc.save(), doc.selection
    with pytest.raises(CommandError) as err:
        doc.execute(name, **args)
    assert doc.save() == before and doc.selection == selection
    return str(err.value)


def png(width: int = 1, height: int = 1) -> bytes:
    """A valid red RGB PNG, made without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))  # fmt: skip


@pytest.fixture
def make():
    return WordDocument.build

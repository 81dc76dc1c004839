"""Fixtures for document-model tests: build a document, save it, reopen it with python-docx."""

from __future__ import annotations

import io

import docx
import pytest

from wordsim.document import WordDocument


def reopen(doc: WordDocument):
    """The python-docx Document that the saved bytes of `doc` give (what any reader sees)."""
    return docx.Document(io.BytesIO(doc.save()))


@pytest.fixture
def make():
    return WordDocument.build

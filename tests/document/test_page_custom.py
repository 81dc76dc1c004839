"""Custom page width and height."""

from __future__ import annotations

import pytest

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument


@pytest.fixture
def doc():
    return WordDocument.build("text")


def test_custom_size_and_orientation_from_its_shape(doc):
    undoable(doc, "page_dimensions", width=6, height="9")
    section = reopen(doc).sections[0]
    assert (section.page_width.inches, section.page_height.inches) == (6.0, 9.0)
    assert str(section.orientation) == "PORTRAIT (0)"
    undoable(doc, "page_dimensions", width=11, height=8.5)
    assert str(reopen(doc).sections[0].orientation) == "LANDSCAPE (1)"


@pytest.mark.parametrize("width, height", [(0, 9), (23, 9), ("wide", 9), (True, 9), (2, 9)])
def test_bad_or_too_small_pages_are_refused(doc, width, height):
    refused(doc, "page_dimensions", width=width, height=height)  # 2": no room inside margins

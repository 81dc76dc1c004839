"""Fixtures for the synthetic window tests."""

from __future__ import annotations

import pytest

from wordsim.ui import UIState


@pytest.fixture
def ui():
    """A fresh window state: Home tab, nothing open."""
    return UIState()

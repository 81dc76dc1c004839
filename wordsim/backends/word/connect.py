"""Reaching Word through pywin32, imported only when a real Word is asked for; anywhere else a
BackendError says what is needed."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any, NamedTuple

from ..base import BackendError

INSTALL = ('the Word backend needs Windows with Microsoft Word installed and '
           '`pip install "wordsim[word]"` (pywin32 and pywinauto)')


class Word(NamedTuple):
    app: Any  # Word.Application
    started: bool  # we started it, so we quit it
    com_error: type  # pywintypes.com_error


def require(module: str):
    """Import a Windows-only module, or BackendError naming what to install."""
    if sys.platform != "win32":
        raise BackendError(f"{INSTALL}; this is {sys.platform}.")
    try:
        return import_module(module)
    except ImportError as exc:
        raise BackendError(f"{INSTALL}; importing {module} failed: {exc}.") from None


def connect(visible: bool = False) -> Word:
    """Word.Application: the running Word when there is one (left running at the end), else a
    new one (quit at the end)."""
    client = require("win32com.client")
    pywintypes = require("pywintypes")
    try:
        app, started = client.GetActiveObject("Word.Application"), False
    except pywintypes.com_error:
        try:
            app, started = client.Dispatch("Word.Application"), True
        except pywintypes.com_error as exc:
            raise BackendError(f"Word could not be started: {exc}. {INSTALL}.") from None
    if started:
        app.Visible = visible
        app.DisplayAlerts = 0  # wdAlertsNone: no dialog may wait for a click
    return Word(app, started, pywintypes.com_error)

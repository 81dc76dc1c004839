"""The headless Word document model: a python-docx document edited with Word's semantics."""

# Importing the command modules registers their commands in COMMANDS.
from . import (  # noqa: F401
    character,
    clipboard,
    compound,
    find,
    headers,
    inserts,
    lists,
    navigation,
    page_setup,
    paragraph,
    tables,
    text_input,
)
from .commands import COMMANDS, CommandError, command
from .document import WordDocument
from .history import Change
from .position import Position, Selection
from .safety import DocumentLoadError, LoadLimits

__all__ = [
    "COMMANDS",
    "Change",
    "CommandError",
    "DocumentLoadError",
    "LoadLimits",
    "Position",
    "Selection",
    "WordDocument",
    "command",
]

"""The headless Word document model: a python-docx document edited with Word's semantics."""

# Importing the command modules registers their commands in COMMANDS.
from . import (  # noqa: F401
    char_effects,
    char_spacing,
    character,
    clipboard,
    compound,
    defaults,
    find,
    find_wildcards,
    headers,
    inserts,
    lists,
    navigation,
    outline,
    page_custom,
    page_setup,
    paragraph,
    section_scope,
    tab_clear,
    table_autofit,
    tables,
    text_input,
    underline_color,
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

"""The command table: every document command of `wordsim.document.COMMANDS` as the Word
object-model calls that do it (see the com_* modules), plus `compound`."""

from __future__ import annotations

from collections.abc import Sequence

from wordsim.document.compound import compound_steps

from .com_character import HANDLERS as CHARACTER
from .com_character import Handler
from .com_dialogs import HANDLERS as DIALOGS
from .com_edit import HANDLERS as EDIT
from .com_edit import SELECTION_ONLY
from .com_find import HANDLERS as FIND
from .com_lists import HANDLERS as LISTS
from .com_page import HANDLERS as PAGE
from .com_paragraph import HANDLERS as PARAGRAPH
from .com_tables import HANDLERS as TABLES


def compound(w, steps: Sequence) -> str:
    """A dialog's OK: several commands as one command (the backend's undo record holds them
    all). The steps are checked before any runs, as far as their shape goes."""
    messages = [w.execute(name, **args) for name, args in compound_steps(steps)]
    return " ".join(m for m in messages if m)


COMMANDS: dict[str, Handler] = {**CHARACTER, **PARAGRAPH, **LISTS, **EDIT, **FIND, **TABLES,
                                **PAGE, **DIALOGS, "compound": compound}

__all__ = ["COMMANDS", "SELECTION_ONLY"]

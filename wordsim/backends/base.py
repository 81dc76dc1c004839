"""What a backend is: a word processor that loads a .docx, takes a selection and the document
commands the simulated UI issues, and saves the result."""

from __future__ import annotations

from abc import ABC, abstractmethod

from wordsim.document.position import Selection


class BackendError(RuntimeError):
    """The backend itself failed (not installed, crashed, timed out): not an agent mistake."""


class UnsupportedCommand(BackendError):
    """The backend has no implementation of this document command."""


class UnsupportedDocument(BackendError):
    """The backend cannot open this document (a known limitation of the program, not a crash)."""


class Backend(ABC):
    """One open document in one word processor.

    Positions are the simulator's: `Position(para, offset)` counts story paragraphs in reading
    order (table cells included) and characters as `WordDocument.text` shows them. Agent-level
    mistakes raise `wordsim.document.CommandError`, exactly as the simulator's commands do."""

    name: str = ""

    @abstractmethod
    def load(self, data: bytes) -> None:
        """Open `data` (.docx bytes) in place of the current document; the caret at its start."""

    @abstractmethod
    def selection(self) -> Selection:
        """Where the backend's own selection is now."""

    @abstractmethod
    def select(self, selection: Selection) -> None:
        """Put the backend's selection at `selection` (anchor and focus kept)."""

    @abstractmethod
    def execute(self, command: str, /, **args) -> str:
        """Run a document command of `wordsim.document.COMMANDS` (same names and arguments) or
        `undo` / `redo`; returns the command's message."""

    @abstractmethod
    def save(self) -> bytes:
        """The document as .docx bytes."""

    def commands(self) -> frozenset[str]:
        """The document commands this backend implements (`execute` refuses the others)."""
        return frozenset()

    def close(self) -> None:
        """Release the word processor (idempotent)."""
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

"""The simulator as a backend: `WordDocument` behind the backend interface."""

from __future__ import annotations

from wordsim.document import COMMANDS, WordDocument
from wordsim.document.position import Selection

from .base import Backend, UnsupportedCommand


class SimBackend(Backend):
    name = "sim"

    def __init__(self, data: bytes | None = None):
        self.doc = WordDocument.open(data) if data is not None else WordDocument.template("blank")

    def load(self, data: bytes) -> None:
        self.doc = WordDocument.open(data)

    def selection(self) -> Selection:
        return self.doc.selection

    def select(self, selection: Selection) -> None:
        self.doc.set_selection(*selection)

    def execute(self, command: str, /, **args) -> str:
        if command in ("undo", "redo"):
            change = getattr(self.doc, command)()
            return "" if change is not None else f"Nothing to {command}."
        if command not in COMMANDS:
            raise UnsupportedCommand(f"the simulator has no document command {command!r}")
        return self.doc.execute(command, **args).message

    def save(self) -> bytes:
        return self.doc.save()

    def commands(self) -> frozenset[str]:
        return frozenset(COMMANDS) | {"undo", "redo"}

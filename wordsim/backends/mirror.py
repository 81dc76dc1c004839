"""Following the simulator with a real backend: every document command the simulated UI runs is
run on the backend too, from the same selection, and every difference is kept as data."""

from __future__ import annotations

from dataclasses import dataclass, field

from wordsim.document import CommandError
from wordsim.document.position import Selection

from .base import Backend, BackendError, UnsupportedCommand, UnsupportedDocument


@dataclass(frozen=True)
class Disagreement:
    """The backend did not do what the simulator did for one command."""

    command: str
    args: dict
    kind: str  # "unsupported", "refused" (agent-level error), "failed", "selection"
    detail: str

    def to_json(self) -> dict:
        args = {k: (f"<{len(v)} bytes>" if isinstance(v, bytes) else v)
                for k, v in self.args.items()}
        return {"command": self.command, "args": args, "kind": self.kind, "detail": self.detail}


@dataclass
class Mirror:
    """Replays the simulator's commands on `backend`.

    The simulator's selection before each command is set on the backend first, so a command
    the backend gets wrong does not derail the ones after it; where the selection the backend
    reaches by itself differs from the simulator's, that is recorded too."""

    backend: Backend
    disagreements: list[Disagreement] = field(default_factory=list)
    commands: int = 0

    loaded: bool = False  # False when the backend could not open the document: nothing follows

    def load(self, data: bytes) -> None:
        """Open `data` on the backend; a document it cannot open (UnsupportedDocument) becomes
        an "unsupported" disagreement of the command "load", and the commands after it are not
        followed."""
        self.disagreements.clear()
        self.commands = 0
        self.loaded = False
        try:
            self.backend.load(data)
            self.loaded = True
        except UnsupportedDocument as exc:
            self._disagree("load", {}, "unsupported", str(exc))
        except BackendError as exc:
            self.fail("load", {}, exc)

    def fail(self, command: str, args: dict, exc: BackendError) -> None:
        """The backend failed (an error inside it, or its process gone): record it and stop
        following until the next `load`, since its document is no longer known."""
        self.loaded = False
        self._disagree(command, args, "failed", str(exc))

    def follow(self, command: str, args: dict, before: Selection, after: Selection) -> None:
        """The simulator ran `command(**args)` from selection `before` and ended at `after`.
        A backend failure is recorded, never raised (see `fail`): the episode goes on in the
        simulator."""
        self.commands += 1
        if not self.loaded:
            return
        try:
            self._follow(command, args, before, after)
        except BackendError as exc:
            self.fail(command, args, exc)

    def _follow(self, command: str, args: dict, before: Selection, after: Selection) -> None:
        if command not in ("undo", "redo") and self.backend.selection() != before:
            self.backend.select(before)
        try:
            self.backend.execute(command, **args)
        except UnsupportedCommand as exc:
            self._disagree(command, args, "unsupported", str(exc))
            self.backend.select(after)
            return
        except CommandError as exc:
            self._disagree(command, args, "refused", str(exc))
            return
        reached = self.backend.selection()
        if reached != after:
            self._disagree(command, args, "selection", f"simulator {tuple(after)}, "
                                                       f"backend {tuple(reached)}")
            self.backend.select(after)

    def _disagree(self, command: str, args: dict, kind: str, detail: str) -> None:
        self.disagreements.append(Disagreement(command, dict(args), kind, detail))

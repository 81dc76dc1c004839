"""The server's document commands: `@uno_command("name")` registers `fn(w: Writer, **args)`
under the simulator's command name, with the simulator's argument names.

A command returns its message (str) or None, raises `AgentError` for an agent-level mistake
(the same situations where the simulator raises CommandError; raise it before changing the
document) and lets anything else propagate as a backend failure. `Writer.run` wraps each call in
one undo step and rolls back what a failing command changed. Arguments arrive already checked
and normalised by the client where the simulator has a parser for them (colours, sizes, case
modes, underline styles ...): see wordsim/backends/libreoffice/arguments.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

COMMANDS: dict[str, Command] = {}


class AgentError(Exception):
    """An agent-level mistake; the client raises it as wordsim.document.CommandError."""


@dataclass(frozen=True)
class Command:
    name: str
    fn: Callable
    edits: bool  # False for commands that only move the selection (no undo step, story kept)


def uno_command(name: str, edits: bool = True):
    """Register `fn(w, **args) -> str | None` as document command `name`."""

    def register(fn: Callable) -> Callable:
        if name in COMMANDS:
            raise ValueError(f"document command {name!r} is registered twice")
        COMMANDS[name] = Command(name, fn, edits)
        return fn

    return register

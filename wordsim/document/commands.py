"""The registry of document commands: named edits that every front end (ribbon, keys, API) shares."""

from __future__ import annotations

from collections.abc import Callable

COMMANDS: dict[str, Callable] = {}


class CommandError(Exception):
    """An agent-level mistake (text not found, nothing selected, ...): the message is shown to
    the agent and the document is left exactly as it was."""


def command(name: str | None = None):
    """Register `fn(doc, **args) -> str | None` as the document command `name`."""

    def register(fn):
        key = name or fn.__name__
        if key in COMMANDS:
            raise ValueError(f"document command {key!r} is registered twice")
        COMMANDS[key] = fn
        return fn

    return register

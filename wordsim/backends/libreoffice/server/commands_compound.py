"""`compound` and `whole_document`: several document commands as one (one undo step), what a
dialog's OK applies.
(The Font dialog's `underline_style` is a character command: see commands_character.py.)"""

from __future__ import annotations

import inspect

from registry import COMMANDS, AgentError, uno_command
from writer import BadArguments, UnknownCommand


@uno_command("compound")
def compound(w, steps: list) -> str:
    """Run `steps`, [command, {args}] pairs whose arguments the client normalised, in order
    inside this command's undo step: a step that fails takes them all back (Writer.run)."""
    messages = []
    for name, args in steps:
        cmd = COMMANDS.get(name)
        if name == "compound":
            raise AgentError(f"compound: unknown step command {name!r}.")
        if cmd is None:
            raise UnknownCommand(name)
        try:
            inspect.signature(cmd.fn).bind(w, **args)
        except TypeError as exc:
            raise BadArguments(f"{name}: {exc}") from None
        messages.append(cmd.fn(w, **args) or "")
    return " ".join(m for m in messages if m)


@uno_command("whole_document")
def whole_document(w, steps: list) -> str:
    """Page Setup's "Apply to: Whole document": `steps` with the whole main story selected,
    then the selection given back (as the simulator's section_scope.py)."""
    kept = w.selection()
    w.select((0, 0), w.end_position())
    try:
        return compound(w, steps)
    finally:
        w.select(*kept)

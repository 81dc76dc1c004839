"""Commands made of other commands, recorded as one undo step: what a dialog's OK applies, and
the exact underline style the Font dialog sets."""

from __future__ import annotations

from collections.abc import Sequence

from .char_rpr import Toggle
from .char_values import parse_underline
from .character import _toggle
from .commands import COMMANDS, CommandError, command

_NO_UNDERLINE = Toggle("u", on="single", off="none")


@command("compound")
def compound(doc, steps: Sequence) -> str:
    """Run `steps`, a list of [command, {args}], in order as one command (one undo step); a
    step that fails undoes them all. `compound` itself cannot be a step."""
    messages = [doc.execute(name, **args).message for name, args in compound_steps(steps)]
    return " ".join(m for m in messages if m)


def compound_steps(steps) -> list[tuple[str, dict]]:
    """`steps` checked: (name, args) pairs of known commands other than `compound`; a
    CommandError saying what is wrong (every backend checks a compound this way)."""
    if isinstance(steps, (str, bytes)) or not isinstance(steps, Sequence):
        raise CommandError("compound: steps must be a list of [command, {args}].")
    out = []
    for step in steps:
        if not (isinstance(step, Sequence) and len(step) == 2 and isinstance(step[1], dict)):
            raise CommandError(f"compound: a step must be [command, {{args}}], not {step!r}.")
        name, args = step
        if name == "compound" or name not in COMMANDS:
            raise CommandError(f"compound: unknown step command {name!r}.")
        out.append((name, args))
    return out


@command("underline_style")
def underline_style(doc, style: str) -> str:
    """Font dialog → Underline style: sets exactly `style` ("single", "double", "words", ...);
    "none" removes the underline. Unlike Ctrl+U it never toggles."""
    if str(style).strip().lower() in ("none", "(none)", ""):
        return _toggle(doc, _NO_UNDERLINE, "underline", False)
    found = parse_underline(style)
    spec = Toggle("u", on=found, off="none", exact=True)
    return _toggle(doc, spec, f"{found} underline", True)

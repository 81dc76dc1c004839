"""Text effects the Format Text Effects dialog sets on the selection: an outline around the
letters (w:outline) and a shadow behind them (w:shadow), each on or off."""

from __future__ import annotations

from .char_rpr import Toggle
from .character import _toggle
from .commands import command

OUTLINE = Toggle("outline")
SHADOW = Toggle("shadow")


@command("text_outline")
def text_outline(doc, on: bool | None = None) -> str:
    """Text Outline: Solid line (on) or No line (off); `on=None` toggles as Word's buttons do."""
    return _toggle(doc, OUTLINE, "text outline", on)


@command("text_shadow")
def text_shadow(doc, on: bool | None = None) -> str:
    """Shadow: an outer shadow (on) or none (off); `on=None` toggles."""
    return _toggle(doc, SHADOW, "text shadow", on)

"""Character spacing (the Font dialog's Advanced tab): spacing, scale, raised/lowered position
and kerning of the selection, written as Word writes them (w:spacing, w:w, w:position, w:kern)."""

from __future__ import annotations

import math

from .char_rpr import get_rpr, remove_props, set_prop
from .character import _format_each
from .commands import CommandError, command

MAX_SPACING_PT = 1584.0  # Word: Expanded/Condensed "By" up to 1584 pt
MAX_POSITION_PT = 1584.0  # Raised/Lowered "By"
MIN_SCALE, MAX_SCALE = 1, 600  # Scale: 1% .. 600%
MAX_KERN_PT = 1638.0  # "Points and above"


def _number(value, what: str, low: float, high: float) -> float:
    """`value` as a finite number in [low, high] ("12 pt" and "90%" read as 12 and 90)."""
    if isinstance(value, bool):
        raise CommandError(f"{what} must be a number, not {value!r}.")
    text = str(value).strip().lower().removesuffix("%").removesuffix("pt").strip()
    try:
        number = float(text)
    except ValueError:
        raise CommandError(f"{what} must be a number, not {value!r}.") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise CommandError(f"{what} must be between {low:g} and {high:g}, not {value!r}.")
    return number


def _set(doc, local: str, value: int | None, neutral: int, what: str) -> str:
    """Write `w:<local> w:val=value` on the selection, or drop it for the neutral value."""

    def apply(owner, p):
        if value == neutral:
            remove_props(get_rpr(owner), local)
        else:
            set_prop(get_rpr(owner, create=True), local, str(value))

    return _format_each(doc, apply, what)


@command("character_spacing")
def character_spacing(doc, points) -> str:
    """Spacing: Expanded by `points` (> 0), Condensed by -`points` (< 0), Normal (0)."""
    pt = _number(points, "Character spacing", -MAX_SPACING_PT, MAX_SPACING_PT)
    twips = round(pt * 20)
    kind = "expanded" if twips > 0 else "condensed" if twips < 0 else "normal"
    return _set(doc, "spacing", twips, 0, f"character spacing {kind} {abs(twips) / 20:g} pt")


@command("character_scale")
def character_scale(doc, percent) -> str:
    """Scale: the width of the characters in percent (100 = normal)."""
    value = round(_number(percent, "Scale", MIN_SCALE, MAX_SCALE))
    return _set(doc, "w", value, 100, f"character scale {value}%")


@command("character_position")
def character_position(doc, points) -> str:
    """Position: Raised by `points` (> 0), Lowered by -`points` (< 0), Normal (0)."""
    pt = _number(points, "Position", -MAX_POSITION_PT, MAX_POSITION_PT)
    half = round(pt * 2)
    kind = "raised" if half > 0 else "lowered" if half < 0 else "normal"
    return _set(doc, "position", half, 0, f"position {kind} {abs(half) / 2:g} pt")


@command("kerning")
def kerning(doc, points=None) -> str:
    """Kerning for fonts of `points` and above; None or 0 turns kerning off."""
    pt = 0.0 if points in (None, "", False) else _number(points, "Kerning", 0, MAX_KERN_PT)
    half = round(pt * 2)
    return _set(doc, "kern", half, 0,
                f"kerning for fonts of {half / 2:g} pt and above" if half else "kerning off")

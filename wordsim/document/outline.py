"""The Paragraph dialog's Outline level: Level 1-9 or Body Text for the selected paragraphs."""

from __future__ import annotations

from .commands import CommandError, command
from .paragraph import prune_ppr, selected, style_ppr, to_int
from .xml import W

BODY_TEXT = 9  # w:outlineLvl 9 (or none) is Body Text; 0..8 are Levels 1..9
_BODY_NAMES = ("body text", "body", "0", "none")


def outline_level_of(doc, p) -> int:
    """`p`'s outline level as the dialog numbers it: 1..9, or 0 for Body Text."""
    el = doc.styles.paragraph_property(p, W.outlineLvl)
    value = BODY_TEXT if el is None else to_int(el.get(W.val), BODY_TEXT)
    return value + 1 if 0 <= value < BODY_TEXT else 0


def _level(level) -> int:
    """1..9 from 1..9, "Level 3" or "3"; 0 from 0 / "Body Text"."""
    if not isinstance(level, bool):
        key = str(level).strip().lower()
        if key in _BODY_NAMES:
            return 0
        number = to_int(key.removeprefix("level").strip(), -1)
        if 1 <= number <= BODY_TEXT:
            return number
    raise CommandError(f"Outline level must be 1-9 or Body Text, not {level!r}.")


@command("outline_level")
def outline_level(doc, level) -> str:
    """Give the selected paragraphs outline level `level` (1-9; 0 or "Body Text" for none).
    Body Text drops the direct level, writing 9 only where the style gives another level."""
    wanted = _level(level)
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    for p in selected(doc):
        ppr = p.get_or_add_pPr()
        ppr._remove_outlineLvl()
        inherited = style_ppr(doc, p, W.outlineLvl)
        from_style = BODY_TEXT if inherited is None else to_int(inherited.get(W.val), BODY_TEXT)
        value = wanted - 1 if wanted else BODY_TEXT
        if value != from_style and not (value == BODY_TEXT and from_style > BODY_TEXT):
            ppr._add_outlineLvl().set(W.val, str(value))
        prune_ppr(p)
    return f"Outline level {'Level ' + str(wanted) if wanted else 'Body Text'}."

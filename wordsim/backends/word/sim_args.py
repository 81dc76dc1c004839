"""The simulator's own argument rules, gathered in one place: the Word adapter checks a command's
arguments exactly as the simulator does (same values accepted, same CommandError messages)
before it calls Word, so an agent's mistake never reaches Word half-done.

Some of these are module-private in `wordsim.document`; importing them here keeps one source of
truth instead of a copy that could drift."""

from __future__ import annotations

from wordsim.document.char_spacing import (
    MAX_KERN_PT,
    MAX_POSITION_PT,
    MAX_SCALE,
    MAX_SPACING_PT,
    MIN_SCALE,
)
from wordsim.document.char_spacing import _number as bounded_number
from wordsim.document.char_values import (
    parse_case,
    parse_color,
    parse_highlight,
    parse_points,
    parse_underline,
    word_around,
)
from wordsim.document.character import _CLEAR_SCOPES, _FONT_STYLES
from wordsim.document.clipboard import _KEEP as PASTE_OPTIONS
from wordsim.document.commands import CommandError
from wordsim.document.find import pattern, replacement
from wordsim.document.headers import _ALIGNMENTS as PAGE_NUMBER_ALIGNMENTS
from wordsim.document.headers import _KINDS as HEADER_KINDS
from wordsim.document.headers import _POSITIONS as PAGE_NUMBER_POSITIONS
from wordsim.document.headers import _pick
from wordsim.document.inserts import _length as picture_length
from wordsim.document.inserts import _word_at as comment_word
from wordsim.document.lists import (
    BULLET_ALIASES,
    BULLETS,
    NUMBER_ALIASES,
    NUMBER_FORMATS,
)
from wordsim.document.lists import _bullet_levels as bullet_levels
from wordsim.document.lists import _number_levels as number_levels
from wordsim.document.navigation import UNITS, word_stops
from wordsim.document.navigation import _position as story_position
from wordsim.document.outline import _level as outline_level
from wordsim.document.page_setup import _choice as page_choice
from wordsim.document.page_setup import _inches as inches_twips
from wordsim.document.page_setup import page_setup_data, whole_number
from wordsim.document.paragraph import (
    _ALIGN_ALIASES,
    _LINE_RULES,
    _NAMED_SPACING,
    ALIGNMENTS,
    MAX_POINTS,
    TAB_ALIGNMENTS,
    TAB_LEADERS,
    number,
    on_off,
    to_twips,
)
from wordsim.document.paragraph import _choice as choice
from wordsim.document.safety import DEFAULT_LIMITS
from wordsim.document.table_autofit import _mode as autofit_mode
from wordsim.document.tables import _MAX_COLUMNS, _MAX_ROWS

__all__ = [
    "ALIGNMENTS", "BULLETS", "BULLET_ALIASES", "CLEAR_SCOPES", "DEFAULT_LIMITS", "FONT_STYLES",
    "LINE_RULES", "MAX_COLUMNS", "MAX_KERN_PT", "MAX_POINTS", "MAX_POSITION_PT", "MAX_ROWS",
    "MAX_SCALE", "MAX_SPACING_PT", "MIN_SCALE", "NAMED_SPACING", "NUMBER_ALIASES",
    "autofit_mode", "bounded_number", "outline_level",
    "NUMBER_FORMATS", "PAGE_NUMBER_ALIGNMENTS", "PAGE_NUMBER_POSITIONS", "HEADER_KINDS",
    "PASTE_OPTIONS", "TAB_ALIGNMENTS", "TAB_LEADERS", "UNITS", "alignment", "bullet_key",
    "bullet_levels", "choice", "comment_word", "font_name", "font_style", "inches_twips",
    "number", "number_key", "number_levels", "on_off", "page_choice", "page_setup_data",
    "parse_case", "parse_color", "parse_highlight", "parse_points", "parse_underline", "pattern",
    "pick", "picture_length", "points", "replacement", "story_position", "to_twips",
    "whole_number", "word_around", "word_stops",
]

CLEAR_SCOPES = _CLEAR_SCOPES
FONT_STYLES = _FONT_STYLES
LINE_RULES = _LINE_RULES
NAMED_SPACING = _NAMED_SPACING
MAX_ROWS, MAX_COLUMNS = _MAX_ROWS, _MAX_COLUMNS
pick = _pick


def points(twips: int) -> str:
    """How the simulator's messages show a length: "12 pt"."""
    return f"{twips / 20:g} pt"


def alignment(value) -> str:
    """left / center / right / justify from a name or WdParagraphAlignment 0–3."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 3:
        return ALIGNMENTS[value]
    return choice(value, ALIGNMENTS, "Alignment", _ALIGN_ALIASES)


def font_style(style) -> tuple[str, bool, bool]:
    """(name, bold, italic) of a Font dialog font style."""
    key = " ".join(str(style).lower().replace("_", " ").split())
    if key not in FONT_STYLES:
        raise CommandError("Font style must be Regular, Italic, Bold or Bold Italic, "
                           f"not {style!r}.")
    return (key, *FONT_STYLES[key])


def font_name(font) -> str:
    """A font name as the Font box takes it (the simulator checks the same)."""
    if not isinstance(font, str) or not font.strip() or any(ord(c) < 32 for c in font):
        raise CommandError(f"invalid font name {font!r}")
    font = font.strip()
    if len(font) > 255:
        raise CommandError("font name is too long")
    return font


def bullet_key(style) -> str:
    key = BULLET_ALIASES.get(str(style).strip().lower(), str(style).strip())
    if key not in BULLETS:
        raise CommandError(f"Bullet style must be one of {' '.join(BULLETS)}, not {style!r}.")
    return key


def number_key(fmt) -> str:
    key = str(fmt).strip()
    key = NUMBER_ALIASES.get(key.lower().replace(" ", ""), key)
    if key not in NUMBER_FORMATS:
        raise CommandError(
            f"Numbering format must be one of {', '.join(NUMBER_FORMATS)}, not {fmt!r}.")
    return key

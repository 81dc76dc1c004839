"""Character-formatting values without XML: Word's size list and steps, colour and highlight
names, underline styles, case conversion and word boundaries."""

from __future__ import annotations

import math

from .commands import CommandError
from .word_rules import (  # noqa: F401 - re-exported: the simulator reads them from here
    FONT_SIZES,
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    is_word_char,
    step_size,
    word_around,
)

# Word's size list and its steps are in word_rules.py.
DEFAULT_FONT_SIZE = 10.0  # what Word uses when no style or default sets w:sz

# Font Color names (keys normalised by `name_key`) → w:color w:val: the Standard Colors row of
# Word's palette plus the basic names of Word's WdColor constants.
FONT_COLORS: dict[str, str] = {
    "automatic": "auto",
    "auto": "auto",
    "darkred": "C00000",
    "red": "FF0000",
    "orange": "FFC000",
    "yellow": "FFFF00",
    "lightgreen": "92D050",
    "green": "00B050",
    "lightblue": "00B0F0",
    "blue": "0070C0",
    "darkblue": "002060",
    "purple": "7030A0",
    "black": "000000",
    "white": "FFFFFF",
    "gray": "808080",
    "grey": "808080",
    "gray50": "808080",
    "gray25": "C0C0C0",
    "brightgreen": "00FF00",
    "turquoise": "00FFFF",
    "pink": "FF00FF",
    "teal": "008080",
    "violet": "800080",
    "darkyellow": "808000",
}

# Text Highlight Color pens as Word names them (keys normalised by `name_key`) → w:highlight
# w:val; None removes the highlight. Word's "Green" is darkGreen, "Bright Green" is green.
HIGHLIGHTS: dict[str, str | None] = {
    "yellow": "yellow",
    "brightgreen": "green",
    "turquoise": "cyan",
    "pink": "magenta",
    "blue": "blue",
    "red": "red",
    "darkblue": "darkBlue",
    "teal": "darkCyan",
    "green": "darkGreen",
    "violet": "darkMagenta",
    "darkred": "darkRed",
    "darkyellow": "darkYellow",
    "darkgray": "darkGray",
    "gray50": "darkGray",
    "lightgray": "lightGray",
    "gray25": "lightGray",
    "black": "black",
    "none": None,
    "nocolor": None,
    "cyan": "cyan",  # stored names that differ from the pens' names
    "magenta": "magenta",
    "darkcyan": "darkCyan",
    "darkgreen": "darkGreen",
    "darkmagenta": "darkMagenta",
}
HIGHLIGHT_PENS = (
    "Yellow, Bright Green, Turquoise, Pink, Blue, Red, Dark Blue, Teal, Green, Violet, "
    "Dark Red, Dark Yellow, Gray-50%, Gray-25%, Black, No Color"
)

# ST_Underline values Word's Underline gallery and Font dialog offer.
UNDERLINE_STYLES: tuple[str, ...] = (
    "single", "words", "double", "thick", "dotted", "dottedHeavy", "dash", "dashedHeavy",
    "dashLong", "dashLongHeavy", "dotDash", "dashDotHeavy", "dotDotDash", "dashDotDotHeavy",
    "wave", "wavyHeavy", "wavyDouble",
)  # fmt: skip

# Change Case menu entries and short keys (normalised by `name_key`) → mode.
CASE_MODES: dict[str, str] = {
    "uppercase": "upper",
    "upper": "upper",
    "lowercase": "lower",
    "lower": "lower",
    "sentencecase": "sentence",
    "sentence": "sentence",
    "capitalizeeachword": "title",
    "title": "title",
    "togglecase": "toggle",
    "toggle": "toggle",
}
_CLOSERS = "\"')]\u201d\u2019"  # may follow a full stop without ending the sentence break


def name_key(name: str) -> str:
    """Case- and punctuation-insensitive key: "Dark Red" / "dark_red" / "Gray-50%" → darkred."""
    return "".join(c for c in name.lower() if c.isalnum())


# ---------------------------------------------------------------------- parsing arguments
def parse_points(size) -> float:
    """A font size in points rounded to Word's half points; CommandError outside 1–1638."""
    if isinstance(size, str):
        size = size.strip().lower().removesuffix("pt").strip()
    try:
        value = math.nan if isinstance(size, bool) else float(size)
    except (TypeError, ValueError):
        value = math.nan
    if not MIN_FONT_SIZE <= value <= MAX_FONT_SIZE:  # NaN fails too
        raise CommandError(f"font size must be a number between 1 and 1638, not {size!r}")
    return math.floor(value * 2 + 0.5) / 2


def parse_color(color) -> str:
    """w:color value ("RRGGBB" or "auto") for hex "FF0000" / "#ff0000" or a name ("Dark Red")."""
    if isinstance(color, str):
        named = FONT_COLORS.get(name_key(color))
        if named is not None:
            return named
        code = color.strip().removeprefix("#")
        if len(code) == 6 and all(c in "0123456789abcdefABCDEF" for c in code):
            return code.upper()
    raise CommandError(
        f"unknown colour {color!r}; use RRGGBB hex or a name such as Red, Dark Blue, Automatic"
    )


def parse_highlight(color) -> str | None:
    """w:highlight value for a pen name; None for "none" / "No Color"."""
    key = "none" if color is None else name_key(color) if isinstance(color, str) else ""
    if key not in HIGHLIGHTS:
        raise CommandError(f"unknown highlight colour {color!r}; use one of {HIGHLIGHT_PENS}")
    return HIGHLIGHTS[key]


def parse_underline(style) -> str:
    found = next((s for s in UNDERLINE_STYLES if s.lower() == str(style).lower()), None)
    if found is None:
        raise CommandError(f"unknown underline style {style!r}; use one of {UNDERLINE_STYLES}")
    return found


def parse_case(mode) -> str:
    key = CASE_MODES.get(name_key(mode)) if isinstance(mode, str) else None
    if key is None:
        raise CommandError(
            f"unknown case {mode!r}; use UPPERCASE, lowercase, Sentence case., "
            "Capitalize Each Word or tOGGLE cASE"
        )
    return key


# ---------------------------------------------------------------------- sizes


# ---------------------------------------------------------------------- text
def _one(ch: str, upper: bool) -> str:
    """Case-map one character, keeping it when the mapping would change the length (ß → SS)."""
    out = ch.upper() if upper else ch.lower()
    return out if len(out) == 1 else ch


def convert_case(text: str, start: int, end: int, mode: str) -> str:
    """Characters [start, end) of `text` in case `mode` (upper, lower, sentence, title, toggle),
    same length; the text before `start` decides word starts, `start` always starts a sentence."""
    seg = text[start:end]
    if mode in ("upper", "lower"):
        return "".join(_one(c, mode == "upper") for c in seg)
    if mode == "toggle":
        return "".join(_one(c, c.islower()) for c in seg)
    if mode == "title":
        return "".join(
            _one(text[i], text[i].isalpha() and (i == 0 or not is_word_char(text, i - 1)))
            for i in range(start, end)
        )
    out, capital, stop = [], True, False  # sentence case
    for c in seg:
        if c.isalnum():
            out.append(_one(c, capital and c.isalpha()))
            capital = stop = False
            continue
        out.append(c)
        if c in ".!?":
            stop = True
        elif c.isspace():
            capital = capital or stop
        elif c not in _CLOSERS:
            stop = False
    return "".join(out)

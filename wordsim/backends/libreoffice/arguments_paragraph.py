"""Paragraph, list and table command arguments checked with the simulator's own parsers (so bad
values give its CommandError messages before anything reaches LibreOffice), sent in plain units:
lengths in twips, choices by their canonical names, list levels and style definitions as data.
The original arguments travel too, so the server's commands keep the simulator's signatures."""

from __future__ import annotations

from collections.abc import Callable

from docx.oxml.ns import nsdecls
from lxml import etree

from wordsim.document import CommandError
from wordsim.document.lists import (
    BULLET_ALIASES,
    BULLETS,
    NUMBER_ALIASES,
    NUMBER_FORMATS,
    _bullet_levels,
    _number_levels,
)
from wordsim.document.paragraph import (
    _ALIGN_ALIASES,
    ALIGNMENTS,
    MAX_POINTS,
    TAB_ALIGNMENTS,
    TAB_LEADERS,
    _builtin_styles,
    _choice,
    line_spacing_value,
    number,
    on_off,
    to_twips,
)
from wordsim.document.tables import _UI_DASH, _table_style_data
from wordsim.document.xml import W

# The Office theme's fonts, for a built-in style's theme fonts (Word 2013 and later)
THEME_FONTS = {"major": "Calibri Light", "minor": "Calibri"}


def _align(a: dict) -> dict:
    value = a["alignment"]
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 3:
        return {**a, "name": ALIGNMENTS[value]}
    return {**a, "name": _choice(value, ALIGNMENTS, "Alignment", _ALIGN_ALIASES)}


def _line_spacing(a: dict) -> dict:
    line, rule, shown = line_spacing_value(a["value"], a.get("rule", "multiple"))
    return {**a, "line": line, "line_rule": rule, "shown": shown}


def _length(what: str, low: float = -MAX_POINTS) -> Callable[[dict], dict]:
    return lambda a: {**a, "twips": to_twips(a["points"], what, low)}


def _flag(what: str) -> Callable[[dict], dict]:
    return lambda a: {**a, "on": on_off(a.get("on", True), what)}


def _tab_stop(a: dict) -> dict:
    twips = to_twips(a["position"], "Tab stop position", 0.0)
    alignment = _choice(a.get("alignment", "left"), TAB_ALIGNMENTS, "Tab alignment")
    leader = TAB_LEADERS[_choice(a.get("leader", "none"), tuple(TAB_LEADERS), "Tab leader")]
    return {**a, "twips": twips, "alignment": alignment, "leader": leader}


# ---------------------------------------------------------------------------- styles
def _style_spec(ui_name: str, spec: dict) -> dict:
    """Word's definition of a built-in style as neutral values (see server/commands_styles)."""
    root = etree.fromstring(f'<w:style {nsdecls("w")}>{spec["xml"]}</w:style>')
    out: dict = {"name": ui_name, "based": spec["based"], "next": spec["next"]}
    ppr, rpr = root.find(W.pPr), root.find(W.rPr)
    if ppr is not None:
        spacing, ind = ppr.find(W.spacing), ppr.find(W.ind)
        for el, attr, key in ((spacing, W.before, "before"), (spacing, W.after, "after"),
                              (spacing, W.line, "line"), (ind, W.left, "left"),
                              (ind, W.right, "right")):  # fmt: skip
            if el is not None and el.get(attr) is not None:
                out[key] = int(el.get(attr))
        for tag in ("keepNext", "keepLines", "contextualSpacing"):
            if ppr.find(getattr(W, tag)) is not None:
                out[tag] = True
        for el, key in ((ppr.find(W.jc), "jc"), (ppr.find(W.outlineLvl), "outline")):
            if el is not None:
                out[key] = int(el.get(W.val)) if key == "outline" else el.get(W.val)
    if rpr is not None:
        out["bold"], out["italic"] = rpr.find(W.b) is not None, rpr.find(W.i) is not None
        for tag, key in ((W.sz, "size"), (W.color, "color"), (W.spacing, "char_spacing")):
            el = rpr.find(tag)
            if el is not None:
                out[key] = int(el.get(W.val)) / 2 if key == "size" else el.get(W.val)
        if "char_spacing" in out:
            out["char_spacing"] = int(out["char_spacing"])
        fonts = rpr.find(W.rFonts)
        theme = None if fonts is None else fonts.get(W.asciiTheme)
        if theme:
            out["font"] = THEME_FONTS["major" if theme.startswith("major") else "minor"]
    return out


def _apply_style(a: dict) -> dict:
    name = a["style"]
    if not isinstance(name, str) or not name.strip():
        raise CommandError(f"Style name must be a non-empty string, not {name!r}.")
    builtins = _builtin_styles()
    hit = builtins.get(name.strip().lower())
    return {**a, "style": name.strip(), "builtin": None if hit is None else _style_spec(*hit),
            "builtins": sorted(ui for ui, _ in builtins.values())}


# ---------------------------------------------------------------------------- lists
def _bullets(a: dict) -> dict:
    style = a.get("style", "•")
    key = BULLET_ALIASES.get(str(style).strip().lower(), str(style).strip())
    if key not in BULLETS:
        raise CommandError(f"Bullet style must be one of {' '.join(BULLETS)}, not {style!r}.")
    return {**a, "levels": _bullet_levels(key), "list_style": _list_style()}


def _numbering(a: dict) -> dict:
    fmt = a.get("format", "1.")
    key = str(fmt).strip()
    key = NUMBER_ALIASES.get(key.lower().replace(" ", ""), key)
    if key not in NUMBER_FORMATS:
        raise CommandError(
            f"Numbering format must be one of {', '.join(NUMBER_FORMATS)}, not {fmt!r}.")
    return {**a, "levels": _number_levels(key), "list_style": _list_style()}


def _list_style() -> dict:
    """Word's List Paragraph, which Word gives plain paragraphs it makes list items."""
    return _style_spec(*_builtin_styles()["list paragraph"])


def _numbering_value(a: dict) -> dict:
    n = a["n"]
    value = number(n, "Numbering value")
    if value != int(value) or not 0 <= value <= 32767:
        raise CommandError(f"Numbering value must be a whole number from 0 to 32767, not {n!r}.")
    return {**a, "value": int(value)}


# ---------------------------------------------------------------------------- tables
def _table_style(a: dict) -> dict:
    """The name as the simulator looks it up; a bad one travels as the message to give once
    the server found the table (the simulator checks the table first)."""
    name = a["style"]
    if not isinstance(name, str) or not name.strip():
        return {**a, "problem": f"Table style name must be a non-empty string, not {name!r}."}
    key = _UI_DASH.sub(" ", name.strip())
    return {**a, "key": key, "builtin": key.lower() in _table_style_data()[0]}


NORMALISE: dict[str, Callable[[dict], dict]] = {
    "align": _align,
    "line_spacing": _line_spacing,
    "space_before": _length("Space before", 0.0),
    "space_after": _length("Space after", 0.0),
    "left_indent": _length("Left indent"),
    "right_indent": _length("Right indent"),
    "first_line_indent": _length("First line indent"),
    "keep_with_next": _flag("Keep with next"),
    "keep_lines_together": _flag("Keep lines together"),
    "page_break_before": _flag("Page break before"),
    "widow_control": _flag("Widow/Orphan control"),
    "tab_stop": _tab_stop,
    "apply_style": _apply_style,
    "bullets": _bullets,
    "numbering": _numbering,
    "set_numbering_value": _numbering_value,
    "table_style": _table_style,
}

__all__ = ["NORMALISE"]

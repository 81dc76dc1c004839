"""Set As Default (Font and Paragraph dialogs, "This document only"): the Normal style of
styles.xml takes the font, size or paragraph formatting, so every paragraph that does not
override it shows the new default."""

from __future__ import annotations

from .char_rpr import get_rpr, set_prop
from .char_values import parse_points
from .commands import CommandError, command
from .paragraph import ALIGNMENTS, MAX_POINTS, number, to_twips
from .xml import W, make

_FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
_THEME_SLOTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_RULES = {"multiple": "auto", "exact": "exact", "at_least": "atLeast"}


def _normal(doc):
    """The default paragraph style's w:style element (touched: about to change)."""
    styles = doc.styles
    el = styles.element(styles.default_id("paragraph"))
    if el is None:
        raise CommandError("The document has no default paragraph style to change.")
    doc.touch_part(styles.part)
    return el


def _child(ppr, local: str):
    """`ppr`'s w:<local> child, inserted in schema order when missing."""
    tag = getattr(W, local)
    el = ppr.find(tag)
    if el is None:
        el = make("w:" + local)
        later = next((c for c in ppr if c.tag in _AFTER[tag]), None)
        if later is None:
            ppr.append(el)
        else:
            later.addprevious(el)
    return el


def _ppr(style):
    """The style's w:pPr, added before its w:rPr (schema order) when missing."""
    ppr = style.find(W.pPr)
    if ppr is None:
        ppr = make("w:pPr")
        rpr = style.find(W.rPr)
        if rpr is None:
            style.append(ppr)
        else:
            rpr.addprevious(ppr)
    return ppr


def font_default_values(font, size) -> tuple[str | None, float | None]:
    """(font, points) Set As Default takes, checked; a blank value (a dialog over mixed text)
    is None, left alone (every backend checks them this way)."""
    font = None if font == "" else font
    if font is not None and (not isinstance(font, str) or not font.strip()
                             or any(ord(c) < 32 for c in font) or len(font) > 255):
        raise CommandError(f"invalid font name {font!r}")
    points = None if size in (None, "") else parse_points(size)
    if font is None and points is None:
        raise CommandError("Give a font or a size to set as the default.")
    return (None if font is None else font.strip()), points


@command("default_font")
def default_font(doc, font: str | None = None, size=None) -> str:
    """The Font dialog's Set As Default: `font` and/or `size` (points) for the Normal style
    (a blank one, as a dialog over mixed text shows it, is left alone)."""
    font, points = font_default_values(font, size)
    style = _normal(doc)
    rpr = get_rpr(style, create=True)
    said = []
    if font is not None:
        fonts = set_prop(rpr, "rFonts")
        for slot in _THEME_SLOTS:
            fonts.attrib.pop(getattr(W, slot), None)
        for slot in _FONT_SLOTS:
            fonts.set(getattr(W, slot), font)
        said.append(font)
    if points is not None:
        half = str(round(points * 2))
        set_prop(rpr, "sz", half)
        set_prop(rpr, "szCs", half)
        said.append(f"{points:g} pt")
    doc.styles.invalidate()
    return f"The default font is {' '.join(said)}."


def paragraph_default_values(alignment, left, right, before, after, line,
                             line_rule: str = "multiple") -> tuple[str | None, dict, dict]:
    """(w:jc value, {left/right: twips}, {before/after/line: twips, lineRule}) Set As Default
    takes, checked; blank values are None, left alone (every backend checks them this way)."""
    alignment, left, right, before, after, line = (
        None if v == "" else v for v in (alignment, left, right, before, after, line))
    jc = None
    if alignment is not None:
        key = str(alignment).strip().lower()
        if key not in ALIGNMENTS:
            raise CommandError(f"Alignment must be one of {', '.join(ALIGNMENTS)}, not "
                               f"{alignment!r}.")
        jc = _JC[key]
    ind = {k: to_twips(v, f"{k.capitalize()} indent") for k, v in
           (("left", left), ("right", right)) if v is not None}
    spacing = {k: to_twips(v, f"Spacing {k}", 0.0) for k, v in
               (("before", before), ("after", after)) if v is not None}
    if line is not None:
        rule = _RULES.get(str(line_rule).strip().lower())
        if rule is None:
            raise CommandError(f"Line spacing rule must be one of {', '.join(_RULES)}, not "
                               f"{line_rule!r}.")
        if rule == "auto":  # in lines: 240 = single
            lines = number(line, "Line spacing")
            if not 0.06 <= lines <= 132:
                raise CommandError(f"Line spacing must be between 0.06 and 132 lines, not {line!r}.")
            spacing["line"] = round(lines * 240)
        else:
            spacing["line"] = to_twips(line, "Line spacing", 0.7, MAX_POINTS)
        spacing["lineRule"] = rule
    if jc is None and not ind and not spacing:
        raise CommandError("Give some paragraph formatting to set as the default.")
    return jc, ind, spacing


@command("default_paragraph")
def default_paragraph(doc, alignment: str | None = None, left=None, right=None,
                      before=None, after=None, line=None, line_rule: str = "multiple") -> str:
    """The Paragraph dialog's Set As Default: alignment, left/right indent and spacing before/
    after (points), line spacing (`line` lines, or points for exact / at_least) for the
    Normal style. Arguments left None (or blank) keep the style's value."""
    jc, ind, spacing = paragraph_default_values(alignment, left, right, before, after, line,
                                                line_rule)
    ppr = _ppr(_normal(doc))
    for local, values in (("spacing", spacing), ("ind", ind), ("jc", {"val": jc} if jc else {})):
        if values:
            el = _child(ppr, local)
            for k, v in values.items():
                el.set(getattr(W, k), str(v))
    doc.styles.invalidate()
    return "The default paragraph formatting is set."


# CT_PPrBase children that follow each element this module writes (schema order)
_TAIL = ("contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
         "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
         "sectPr", "pPrChange")
_AFTER = {
    W.spacing: frozenset(getattr(W, n) for n in ("ind", *_TAIL)),
    W.ind: frozenset(getattr(W, n) for n in _TAIL),
    W.jc: frozenset(getattr(W, n) for n in _TAIL[4:]),
}

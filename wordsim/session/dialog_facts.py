"""What the Font and Paragraph dialogs show when they open: the effective formatting at the
selection (the run the Font boxes read, the paragraph holding the caret), as values of
`UIContext.values` (keys named by `default_from` in wordsim/data/ui/dialogs.json). Read only
when a dialog opens or a screenshot shows a box, never on an ordinary step."""

from __future__ import annotations

from wordsim.document import WordDocument
from wordsim.document.char_rpr import Lookup, get_rpr, size_pt
from wordsim.document.outline import outline_level_of
from wordsim.document.styles import is_on
from wordsim.document.xml import W

# Line spacing as the Paragraph dialog's "Line spacing:" box names it.
_MULTIPLES = {1.0: "Single", 1.5: "1.5 lines", 2.0: "Double"}
_RULES = {"exact": "Exactly", "at_least": "At least"}


def dialog_values(doc: WordDocument, p, owner, rec) -> dict:
    """Font dialog values for the run (or paragraph mark) `owner` of paragraph `p`, Paragraph
    dialog values for `p` (`rec` is its `DocumentView` paragraph)."""
    return {**font_values(doc, p, owner), **paragraph_values(doc, p, rec)}


def font_values(doc: WordDocument, p, owner) -> dict:
    look = Lookup(doc)
    rpr = get_rpr(owner)

    def on(local: str) -> bool:
        return is_on(look.effective(rpr, p, local))

    color = look.effective(rpr, p, "color")
    color = "auto" if color is None else (color.get(W.val) or "auto")
    u = look.effective(rpr, p, "u")
    u_color = None if u is None else u.get(W.color)
    bold, italic = on("b"), on("i")
    return {
        "font_style": ("Bold Italic" if italic else "Bold") if bold else
                      ("Italic" if italic else "Regular"),
        "double_strike": on("dstrike"),
        "small_caps": on("smallCaps"),
        "all_caps": on("caps"),
        "hidden": on("vanish"),
        "font_color": "auto" if color.lower() == "auto" else color.upper(),
        "underline_style": "none" if u is None else u.get(W.val, "single"),
        "underline_color": "auto" if not u_color or u_color.lower() == "auto" else
                           u_color.upper(),
        "text_outline": on("outline"),
        "text_shadow": on("shadow"),
        **advanced_values(look, rpr, p, size_pt(look, owner, p)),
    }


def _signed(look: Lookup, rpr, p, local: str, per_point: int) -> float:
    """A signed w:<local> value in points (0 when absent or unreadable)."""
    el = look.effective(rpr, p, local)
    try:
        return int(el.get(W.val)) / per_point if el is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def advanced_values(look: Lookup, rpr, p, size: float) -> dict:
    """The Font dialog's Advanced tab: scale, spacing and position (a kind and a "By" in
    points, blank for Normal, as Word shows them) and kerning (its "Points and above" the
    text's size while kerning is off, so that checking the box alone turns it on)."""
    spacing = _signed(look, rpr, p, "spacing", 20)
    position = _signed(look, rpr, p, "position", 2)
    kern = _signed(look, rpr, p, "kern", 2)
    scale = look.effective(rpr, p, "w")
    try:
        percent = int(scale.get(W.val)) if scale is not None else 100
    except (TypeError, ValueError):
        percent = 100
    return {
        "char_scale": percent,
        "char_spacing": "expanded" if spacing > 0 else "condensed" if spacing < 0 else "normal",
        "char_spacing_by": abs(spacing) or None,
        "char_position": "raised" if position > 0 else "lowered" if position < 0 else "normal",
        "char_position_by": abs(position) or None,
        "kerning": kern > 0,
        "kern_size": kern or size,
    }


def paragraph_values(doc: WordDocument, p, rec) -> dict:
    styles = doc.styles

    def flag(tag, default: bool = False) -> bool:
        el = styles.paragraph_property(p, tag)
        return default if el is None else is_on(el)

    first = rec.first_line_indent_pt
    if rec.line_spacing_rule == "multiple":
        rule = _MULTIPLES.get(round(rec.line_spacing, 2), "Multiple")
    else:
        rule = _RULES.get(rec.line_spacing_rule, "Multiple")
    return {
        "outline_level": outline_level_of(doc, p),
        "indent_special": "first" if first > 0 else "hanging" if first < 0 else "none",
        "indent_by": abs(first) if first else None,
        "line_rule": rule,
        "line_at": rec.line_spacing,
        "keep_with_next": flag(W.keepNext),
        "keep_lines": flag(W.keepLines),
        "page_break_before": flag(W.pageBreakBefore),
        "widow_control": flag(W.widowControl, True),
    }

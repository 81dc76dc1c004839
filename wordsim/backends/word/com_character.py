"""Character formatting as Word object-model calls on the Selection's Font.

Each handler takes the backend (`w`: its `app`, `doc`, `sel`, `story()`) and the simulator's
arguments, checks them with the simulator's rules, then makes the calls Word's own command
makes. Toggles set `wdToggle` (Word's Ctrl+B rule) or an explicit -1 / 0."""

from __future__ import annotations

from collections.abc import Callable

from wordsim.document.commands import CommandError

from . import constants as C
from . import sim_args as A

Handler = Callable[..., str]


def _on(value) -> bool:
    """A Word boolean read back: True is -1 (or True), mixed is wdUndefined."""
    return value not in (0, False, C.wdUndefined, None)


# ---------------------------------------------------------------------- character
def toggle(prop: str, label: str) -> Handler:
    """`Selection.Font.<prop>`: wdToggle without `on`, else the value; the message says the
    state Word reads back."""

    def run(w, on=None) -> str:
        font = w.sel.Font
        value = None if on is None else A.on_off(on, label.capitalize())
        setattr(font, prop, C.wdToggle if value is None else C.word_bool(value))
        return f"{label} {'on' if _on(getattr(font, prop)) else 'off'}"

    run.__name__ = label.replace(" ", "_")
    return run


def underline(w, style: str = "single") -> str:
    """Ctrl+U: single underline on unless the selection has one (any style); another style
    toggles exactly that style."""
    found = A.parse_underline(style)
    target = C.UNDERLINES[found]
    font = w.sel.Font
    current = font.Underline
    on = current in (C.wdUnderlineNone, C.wdUndefined) if found == "single" else current != target
    font.Underline = target if on else C.wdUnderlineNone
    label = "underline" if found == "single" else f"{found} underline"
    return f"{label} {'on' if on else 'off'}"


def underline_style(w, style: str) -> str:
    """Font dialog → Underline style: exactly `style`, "none" removes it."""
    if str(style).strip().lower() in ("none", "(none)", ""):
        w.sel.Font.Underline = C.wdUnderlineNone
        return "underline off"
    found = A.parse_underline(style)
    w.sel.Font.Underline = C.UNDERLINES[found]
    return f"{found} underline on"


def font_style(w, style: str) -> str:
    key, bold, italic = A.font_style(style)
    font = w.sel.Font
    font.Bold = C.word_bool(bold)
    font.Italic = C.word_bool(italic)
    return f"font style {key}"


def font_name(w, font: str) -> str:
    name = A.font_name(font)
    w.sel.Font.Name = name
    return f"font {name}"


def font_size(w, size: float) -> str:
    pts = A.parse_points(size)
    w.sel.Font.Size = pts
    return f"size {pts:g} pt"


def grow_font(w) -> str:
    w.app.WordBasic.GrowFontOnePoint()  # what Ctrl+] runs
    return "font 1 pt larger"


def shrink_font(w) -> str:
    w.app.WordBasic.ShrinkFontOnePoint()  # Ctrl+[
    return "font 1 pt smaller"


def grow_font_step(w) -> str:
    w.sel.Font.Grow()  # Ctrl+>: the next size of the Font Size list
    return "font grown"


def shrink_font_step(w) -> str:
    w.sel.Font.Shrink()
    return "font shrunk"


def bgr(rgb: str) -> int:
    """A WdColor value (0xBBGGRR) for "RRGGBB"."""
    r, g, b = (int(rgb[k:k + 2], 16) for k in (0, 2, 4))
    return r + (g << 8) + (b << 16)


def font_color(w, color: str) -> str:
    value = A.parse_color(color)
    w.sel.Font.Color = C.wdColorAutomatic if value == "auto" else bgr(value)
    return f"font colour {value}"


def highlight(w, color: str | None = "yellow") -> str:
    value = A.parse_highlight(color) or "none"
    w.sel.Range.HighlightColorIndex = C.HIGHLIGHTS[value]
    return f"highlight {value}"


def change_case(w, mode: str) -> str:
    """Change Case on the selection; at a caret, on the word it touches (as Shift+F3)."""
    key = A.parse_case(mode)
    target = w.sel.Range
    if w.sel.Start == w.sel.End:
        story = w.story()
        para, offset = story.locate(w.sel.Start)
        word = A.word_around(story.text(para), offset, strict=False)
        if word is None:
            raise CommandError("select text (or put the caret in a word) to change its case")
        start = story.position((para, word[0]), "before")
        target = w.doc.Range(start, story.position((para, word[1])))
    target.Case = C.CASES[key]
    return f"case changed to {mode}"


def clear_formatting(w, scope: str = "all") -> str:
    """Clear All Formatting (Selection.ClearFormatting) or Ctrl+Space (Font.Reset)."""
    if scope not in A.CLEAR_SCOPES:
        raise CommandError(f"Scope must be one of {', '.join(A.CLEAR_SCOPES)}, not {scope!r}.")
    if scope == "all":
        w.sel.ClearFormatting()
        return "formatting cleared"
    w.sel.Font.Reset()
    return "character formatting cleared"



# ---------------------------------------------------------------------- Font dialog, Advanced
def _signed(what: str, positive: str, negative: str, points: float) -> str:
    kind = positive if points > 0 else negative if points < 0 else "normal"
    return f"{what} {kind} {abs(points):g} pt"


def character_spacing(w, points) -> str:
    """Spacing: Font.Spacing in points, positive expands, negative condenses (twips, as the
    simulator rounds)."""
    pt = A.bounded_number(points, "Character spacing", -A.MAX_SPACING_PT, A.MAX_SPACING_PT)
    pt = round(pt * 20) / 20
    w.sel.Font.Spacing = pt
    return _signed("character spacing", "expanded", "condensed", pt)


def character_scale(w, percent) -> str:
    value = round(A.bounded_number(percent, "Scale", A.MIN_SCALE, A.MAX_SCALE))
    w.sel.Font.Scaling = value
    return f"character scale {value}%"


def character_position(w, points) -> str:
    """Position: Font.Position in points, raised or lowered (half points, as Word stores it)."""
    pt = A.bounded_number(points, "Position", -A.MAX_POSITION_PT, A.MAX_POSITION_PT)
    pt = round(pt * 2) / 2
    w.sel.Font.Position = pt
    return _signed("position", "raised", "lowered", pt)


def kerning(w, points=None) -> str:
    """Kerning for fonts: Font.Kerning, the smallest size kerned (0 turns it off)."""
    pt = 0.0 if points in (None, "", False) else \
        A.bounded_number(points, "Kerning", 0, A.MAX_KERN_PT)
    pt = round(pt * 2) / 2
    w.sel.Font.Kerning = pt
    return f"kerning for fonts of {pt:g} pt and above" if pt else "kerning off"


HANDLERS: dict[str, Handler] = {
    "character_spacing": character_spacing,
    "character_scale": character_scale,
    "character_position": character_position,
    "kerning": kerning,
    "bold": toggle("Bold", "bold"),
    "italic": toggle("Italic", "italic"),
    "strikethrough": toggle("StrikeThrough", "strikethrough"),
    "double_strikethrough": toggle("DoubleStrikeThrough", "double strikethrough"),
    "subscript": toggle("Subscript", "subscript"),
    "superscript": toggle("Superscript", "superscript"),
    "all_caps": toggle("AllCaps", "all caps"),
    "small_caps": toggle("SmallCaps", "small caps"),
    "hidden": toggle("Hidden", "hidden"),
    "underline": underline,
    "underline_style": underline_style,
    "font_style": font_style,
    "font_name": font_name,
    "font_size": font_size,
    "grow_font": grow_font,
    "shrink_font": shrink_font,
    "grow_font_step": grow_font_step,
    "shrink_font_step": shrink_font_step,
    "font_color": font_color,
    "highlight": highlight,
    "change_case": change_case,
    "clear_formatting": clear_formatting,
}

"""Character formatting of the selection with Word's rules: toggles (`on=None`: on unless all of
the selection already is, judged on effective values), font, size, colour, highlight, case.
With a caret strictly inside a word the word is formatted; at any other caret the change is
pending for the next typed text (see formatting.Targets)."""

from __future__ import annotations

from typing import NamedTuple

import uno
from formatting import Targets
from registry import AgentError, uno_command
from values import MAX_FONT_SIZE, MIN_FONT_SIZE, step_size, word_around

BOLD_WEIGHT, NORMAL_WEIGHT = 150.0, 100.0
ITALIC = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC")
UPRIGHT = uno.Enum("com.sun.star.awt.FontSlant", "NONE")
SUPER, SUB, ESC_HEIGHT = 14000, -14000, 58  # LibreOffice's automatic super/subscript
AUTO_COLOR = -1  # COL_AUTO / COL_TRANSPARENT
# Word underline styles -> com.sun.star.awt.FontUnderline ("words" is single + word mode)
UNDERLINES = {
    "single": 1, "words": 1, "double": 2, "thick": 12, "dotted": 3, "dottedHeavy": 13,
    "dash": 5, "dashedHeavy": 14, "dashLong": 6, "dashLongHeavy": 15, "dotDash": 7,
    "dashDotHeavy": 16, "dotDotDash": 8, "dashDotDotHeavy": 17, "wave": 10, "wavyHeavy": 18,
    "wavyDouble": 11,
}  # fmt: skip
HIGHLIGHTS = {
    "yellow": 0xFFFF00, "green": 0x00FF00, "cyan": 0x00FFFF, "magenta": 0xFF00FF,
    "blue": 0x0000FF, "red": 0xFF0000, "darkBlue": 0x000080, "darkCyan": 0x008080,
    "darkGreen": 0x008000, "darkMagenta": 0x800080, "darkRed": 0x800000,
    "darkYellow": 0x808000, "darkGray": 0x808080, "lightGray": 0xC0C0C0, "black": 0x000000,
}  # fmt: skip
CASE_COMMANDS = {"upper": "ChangeCaseToUpper", "lower": "ChangeCaseToLower",
                 "sentence": "ChangeCaseToSentenceCase", "title": "ChangeCaseToTitleCase",
                 "toggle": "ChangeCaseToToggleCase"}  # fmt: skip
FONT_STYLES = {"regular": (False, False), "italic": (False, True), "bold": (True, False),
               "bold italic": (True, True)}  # fmt: skip


class Toggle(NamedTuple):
    """A property that a toggle button turns on and off."""

    prop: str
    on: dict
    off: dict
    test: object  # value of `prop` -> whether it counts as on


BOLD = Toggle("CharWeight", {"CharWeight": BOLD_WEIGHT, "CharWeightComplex": BOLD_WEIGHT},
              {"CharWeight": NORMAL_WEIGHT, "CharWeightComplex": NORMAL_WEIGHT},
              lambda v: v > NORMAL_WEIGHT)
ITALIC_T = Toggle("CharPosture", {"CharPosture": ITALIC, "CharPostureComplex": ITALIC},
                  {"CharPosture": UPRIGHT, "CharPostureComplex": UPRIGHT},
                  lambda v: v.value != "NONE")
STRIKE = Toggle("CharStrikeout", {"CharStrikeout": 1}, {"CharStrikeout": 0}, lambda v: v == 1)
DOUBLE_STRIKE = Toggle("CharStrikeout", {"CharStrikeout": 2}, {"CharStrikeout": 0},
                       lambda v: v == 2)
SUPERSCRIPT = Toggle("CharEscapement", {"CharEscapement": SUPER, "CharEscapementHeight": ESC_HEIGHT},
                     {"CharEscapement": 0, "CharEscapementHeight": 100}, lambda v: v > 0)
SUBSCRIPT = Toggle("CharEscapement", {"CharEscapement": SUB, "CharEscapementHeight": ESC_HEIGHT},
                   {"CharEscapement": 0, "CharEscapementHeight": 100}, lambda v: v < 0)
ALL_CAPS = Toggle("CharCaseMap", {"CharCaseMap": 1}, {"CharCaseMap": 0}, lambda v: v == 1)
SMALL_CAPS = Toggle("CharCaseMap", {"CharCaseMap": 4}, {"CharCaseMap": 0}, lambda v: v == 4)
HIDDEN = Toggle("CharHidden", {"CharHidden": True}, {"CharHidden": False}, bool)


def _on_off(value, label: str) -> bool:
    if isinstance(value, bool):
        return value
    raise AgentError(f"{label} must be on (true) or off (false), not {value!r}.")


def _switch(t: Targets, spec: Toggle, on: bool) -> None:
    if on:
        t.set(spec.on)
    else:  # only what this toggle turned on goes (double strike stays when strike goes off)
        t.set_each(lambda piece: spec.off if spec.test(piece.getPropertyValue(spec.prop)) else {})


def _toggle(w, spec: Toggle, label: str, on=None) -> str:
    if on is not None:
        on = _on_off(on, label.capitalize())
    t = Targets(w)
    if on is None:
        pieces = t.pieces()
        on = not pieces or not all(spec.test(p.getPropertyValue(spec.prop)) for p in pieces)
    _switch(t, spec, on)
    what = f"{label} {'on' if on else 'off'}"
    return what + (" for the next typed text" if t.pending else "")


def _register_toggle(name: str, spec: Toggle, label: str) -> None:
    uno_command(name)(lambda w, on=None: _toggle(w, spec, label, on))


for _name, _spec, _label in (
    ("bold", BOLD, "bold"), ("italic", ITALIC_T, "italic"),
    ("strikethrough", STRIKE, "strikethrough"),
    ("double_strikethrough", DOUBLE_STRIKE, "double strikethrough"),
    ("subscript", SUBSCRIPT, "subscript"), ("superscript", SUPERSCRIPT, "superscript"),
    ("all_caps", ALL_CAPS, "all caps"), ("small_caps", SMALL_CAPS, "small caps"),
    ("hidden", HIDDEN, "hidden"),
):  # fmt: skip
    _register_toggle(_name, _spec, _label)


@uno_command("underline")
def underline(w, style: str = "single") -> str:
    code = UNDERLINES[style]
    words = style == "words"
    on = {"CharUnderline": code, "CharWordMode": words}
    off = {"CharUnderline": 0, "CharWordMode": False}
    test = (lambda v: v != 0) if style == "single" else (lambda v: v == code)
    label = "underline" if style == "single" else f"{style} underline"
    return _toggle(w, Toggle("CharUnderline", on, off, test), label)


@uno_command("underline_style")
def underline_style(w, style: str | None) -> str:
    """Font dialog -> Underline style: exactly `style` (None: no underline), never a toggle."""
    if style is None:
        t = Targets(w)
        t.set({"CharUnderline": 0, "CharWordMode": False})
        return _done(t, "underline off")
    code = UNDERLINES[style]
    spec = Toggle("CharUnderline", {"CharUnderline": code, "CharWordMode": style == "words"},
                  {"CharUnderline": 0, "CharWordMode": False}, lambda v: v == code)
    return _toggle(w, spec, f"{style} underline", True)


@uno_command("font_style")
def font_style(w, style: str) -> str:
    key = " ".join(str(style).lower().replace("_", " ").split())
    if key not in FONT_STYLES:
        raise AgentError(f"Font style must be Regular, Italic, Bold or Bold Italic, not {style!r}.")
    bold, italic = FONT_STYLES[key]
    t = Targets(w)
    t.set({**(BOLD.on if bold else BOLD.off), **(ITALIC_T.on if italic else ITALIC_T.off)})
    return f"font style {key}"


def _done(t: Targets, what: str) -> str:
    return what + (" for the next typed text" if t.pending else "")


@uno_command("font_name")
def font_name(w, font: str) -> str:
    t = Targets(w)
    t.set({"CharFontName": font, "CharFontNameAsian": font, "CharFontNameComplex": font})
    return _done(t, f"font {font}")


def _size(points: float) -> dict:
    return {"CharHeight": float(points), "CharHeightComplex": float(points)}


@uno_command("font_size")
def font_size(w, size: float) -> str:
    t = Targets(w)
    t.set(_size(size))
    return _done(t, f"size {size:g} pt")


def _resize(w, step, what: str) -> str:
    t = Targets(w)

    def each(piece) -> dict:
        old = piece.getPropertyValue("CharHeight")
        new = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, step(old)))
        return _size(new) if new != old else {}

    t.set_each(each)
    return _done(t, what)


uno_command("grow_font")(lambda w: _resize(w, lambda s: s + 1, "font 1 pt larger"))
uno_command("shrink_font")(lambda w: _resize(w, lambda s: s - 1, "font 1 pt smaller"))
uno_command("grow_font_step")(lambda w: _resize(w, lambda s: step_size(s, True), "font grown"))
uno_command("shrink_font_step")(
    lambda w: _resize(w, lambda s: step_size(s, False), "font shrunk"))


@uno_command("font_color")
def font_color(w, color: str) -> str:
    t = Targets(w)
    t.set({"CharColor": AUTO_COLOR if color == "auto" else int(color, 16)})
    return _done(t, f"font colour {color}")


@uno_command("highlight")
def highlight(w, color: str | None = "yellow") -> str:
    t = Targets(w)
    t.set({"CharHighlight": AUTO_COLOR if color is None else HIGHLIGHTS[color]})
    return _done(t, f"highlight {color or 'none'}")


@uno_command("change_case")
def change_case(w, mode: str, key: str) -> str:
    before = w.selection()
    anchor, focus = before
    if anchor == focus:
        word = word_around(w.text(anchor[0]), anchor[1], strict=False)
        if word is None:
            raise AgentError("select text (or put the caret in a word) to change its case")
        w.select((anchor[0], word[0]), (anchor[0], word[1]), keep_pending=True)
    w.dispatch(f".uno:{CASE_COMMANDS[key]}")
    w.changed()
    w.select(*before, force=True, keep_pending=True)
    return f"case changed to {mode}"


# Clear formatting: direct character formatting goes (character styles too for "all"); "all"
# also gives the paragraphs the default style without direct paragraph formatting (numbering
# stays, as in Word).
_CLEAR_CHARS = (
    "CharWeight", "CharWeightComplex", "CharWeightAsian", "CharPosture", "CharPostureComplex",
    "CharPostureAsian", "CharUnderline", "CharWordMode", "CharStrikeout", "CharEscapement",
    "CharEscapementHeight", "CharCaseMap", "CharHidden", "CharFontName", "CharFontNameAsian",
    "CharFontNameComplex", "CharHeight", "CharHeightAsian", "CharHeightComplex", "CharColor",
    "CharHighlight", "CharBackColor", "CharKerning", "CharShadowed", "CharContoured",
)  # fmt: skip
_CLEAR_PARAS = (
    "ParaAdjust", "ParaLeftMargin", "ParaRightMargin", "ParaFirstLineIndent", "ParaTopMargin",
    "ParaBottomMargin", "ParaLineSpacing", "ParaTabStops", "ParaKeepTogether", "ParaSplit",
    "ParaWidows", "ParaOrphans", "BreakType", "ParaBackColor",
)  # fmt: skip
_SCOPES = ("all", "characters")


@uno_command("clear_formatting")
def clear_formatting(w, scope: str = "all") -> str:
    if scope not in _SCOPES:
        raise AgentError(f"Scope must be one of {', '.join(_SCOPES)}, not {scope!r}.")
    everything = scope == "all"
    names = _CLEAR_CHARS + (("CharStyleName",) if everything else ())
    t = Targets(w)
    if t.pending:
        w.pending = {}
    else:
        for r in w.ranges(t.start, t.end):
            r.setPropertiesToDefault(names)
    if everything:
        anchor, focus = w.selection()
        start, end = min(anchor, focus), max(anchor, focus)
        last = end[0] - 1 if end[1] == 0 and end[0] > start[0] else end[0]
        for i in range(start[0], last + 1):
            # a cursor has XMultiPropertyStates (a paragraph object has not) and resets the
            # paragraph attributes of the paragraph it is in
            w.range((i, 0), (i, 0)).setPropertiesToDefault(_CLEAR_PARAS)
            w.story.paragraphs[i].ParaStyleName = "Standard"
    return "formatting cleared" if everything else "character formatting cleared"

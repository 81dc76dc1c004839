"""Character formatting of the selection, Word's way: toggles, font, size, colour, highlight, case.

Every command formats the selected runs (split at the selection's edges, merged back after) and
the paragraph marks inside the selection. With a collapsed caret strictly inside a word Word
formats that word; elsewhere the change goes to `doc.pending_rpr`, the formatting the next
typed text gets."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from typing import NamedTuple

from .char_rpr import (
    Lookup,
    Toggle,
    effective_run_format,
    get_rpr,
    remove_props,
    reset_prop,
    set_prop,
    size_pt,
    tidy,
)
from .char_values import (
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    convert_case,
    parse_case,
    parse_color,
    parse_highlight,
    parse_points,
    parse_underline,
    step_size,
    word_around,
)
from .commands import CommandError, command
from .paragraph import on_off
from .runs import child_text, isolate, merge_runs, rpr_at, run_spans, text_runs
from .xml import W, make

__all__ = ["effective_run_format", "word_around"]

BOLD = Toggle("b", twins=("bCs",))
ITALIC = Toggle("i", twins=("iCs",))
STRIKE = Toggle("strike", excludes=("dstrike",))
DOUBLE_STRIKE = Toggle("dstrike", excludes=("strike",))
ALL_CAPS = Toggle("caps", excludes=("smallCaps",))  # the Font dialog makes them exclusive
SMALL_CAPS = Toggle("smallCaps", excludes=("caps",))
HIDDEN = Toggle("vanish")
SUBSCRIPT = Toggle("vertAlign", on="subscript", off="baseline", exact=True)
SUPERSCRIPT = Toggle("vertAlign", on="superscript", off="baseline", exact=True)
_REVISION_MARKS = ("ins", "del", "moveFrom", "moveTo", "rPrChange")
# Clear All Formatting keeps the proofing language, script markers and revision records.
_RPR_KEEP = {getattr(W, n) for n in ("lang", "noProof", "rtl", "cs", "oMath", *_REVISION_MARKS)}
_PPR_KEEP = {W.numPr, W.rPr, W.sectPr, W.pPrChange}
# Ctrl+Space removes direct character formatting only: character styles stay.
_RPR_KEEP_CHARS = _RPR_KEEP | {W.rStyle}
_FONT_STYLES = {"regular": (False, False), "italic": (False, True), "bold": (True, False),
                "bold italic": (True, True)}  # the Font dialog's Font style list
_CLEAR_SCOPES = ("all", "characters")


class Targets(NamedTuple):
    """What a formatting command edits."""

    runs: list  # (run, paragraph) pairs holding the selected text
    marks: list  # (w:pPr, paragraph) of the paragraph marks inside the selection
    paras: list  # paragraphs to tidy and merge afterwards
    holder: object = None  # a detached run carrying the pending formatting at a caret


# ---------------------------------------------------------------------- targeting
def _pending_holder(doc, para: int, offset: int):
    """A detached run whose rPr is the formatting typing at the caret would get."""
    base = doc.pending_rpr
    if base is None:
        p = doc.paragraph(para)
        base = rpr_at(p, offset)
        if base is None and not text_runs(p):  # an empty paragraph types with its mark's format
            ppr = p.find(W.pPr)
            base = None if ppr is None else ppr.find(W.rPr)
    holder = make("w:r")
    if base is not None:
        holder.append(deepcopy(base))
        remove_props(holder.find(W.rPr), *_REVISION_MARKS)
    return holder


def _collect(doc) -> Targets:
    """Split runs at the selection's edges (declaring the change) or set up pending formatting."""
    sel = doc.selection
    if sel.collapsed:
        para, offset = sel.start
        word = word_around(doc.text(para), offset)
        if word is None:
            holder = _pending_holder(doc, para, offset)
            return Targets([(holder, doc.paragraph(para))], [], [], holder)
        spans = [(para, *word)]
    else:
        spans = doc.selected_spans()
    doc.touch(spans[0][0], spans[-1][0])
    runs, paras = [], []
    for i, start, end in spans:
        p = doc.paragraph(i)
        paras.append(p)
        runs.extend((r, p) for r in isolate(p, start, end))
    marks = [] if sel.collapsed else [(p.get_or_add_pPr(), p) for p in paras[:-1]]
    return Targets(runs, marks, paras)


def _finish(doc, t: Targets, what: str) -> str:
    if t.holder is not None:
        rpr = t.holder.find(W.rPr)
        if rpr is not None:
            t.holder.remove(rpr)
        doc.pending_rpr = make("w:rPr") if rpr is None else rpr
        return what + " for the next typed text"
    for owner, _ in t.runs + t.marks:
        tidy(owner)
    for p in t.paras:
        merge_runs(p)
    return what


def _format_each(doc, fn: Callable[[object, object], None], what: str) -> str:
    """Apply `fn(owner, paragraph)` to every selected run and paragraph mark."""
    t = _collect(doc)
    for owner, p in t.runs + t.marks:
        fn(owner, p)
    return _finish(doc, t, what)


# ---------------------------------------------------------------------- toggles
def _switch(doc, t: Targets, look: Lookup, settings, what: str) -> str:
    """Turn each (Toggle, on) of `settings` on or off for every selected run and mark."""
    for owner, p in t.runs + t.marks:
        for spec, on in settings:
            spec.switch(look, owner, p, on)
    return _finish(doc, t, what)


def _toggle(doc, spec: Toggle, label: str, on=None) -> str:
    """Set the property on or off (a dialog's check box), or with `on=None` Word's toggle rule:
    on for the whole selection unless all of it is already on, then off. Paragraph marks decide
    only when no text is selected (e.g. empty paragraphs)."""
    if on is not None:
        on = on_off(on, label.capitalize())
    t = _collect(doc)
    look = Lookup(doc)
    if on is None:
        deciders = t.runs or t.marks
        on = not deciders or not all(spec.is_set(look, owner, p) for owner, p in deciders)
    return _switch(doc, t, look, ((spec, on),), f"{label} {'on' if on else 'off'}")


@command("bold")
def bold(doc, on: bool | None = None) -> str:
    """Ctrl+B (toggles); `on` sets it."""
    return _toggle(doc, BOLD, "bold", on)


@command("italic")
def italic(doc, on: bool | None = None) -> str:
    """Ctrl+I (toggles); `on` sets it."""
    return _toggle(doc, ITALIC, "italic", on)


@command("underline")
def underline(doc, style: str = "single") -> str:
    """Ctrl+U (any underline counts as on); another style ("double": Ctrl+Shift+D) toggles
    exactly that style."""
    found = parse_underline(style)
    spec = Toggle("u", on=found, off="none", exact=found != "single")
    return _toggle(doc, spec, "underline" if found == "single" else f"{found} underline")


@command("strikethrough")
def strikethrough(doc, on: bool | None = None) -> str:
    return _toggle(doc, STRIKE, "strikethrough", on)


@command("double_strikethrough")
def double_strikethrough(doc, on: bool | None = None) -> str:
    """Font dialog → Double strikethrough."""
    return _toggle(doc, DOUBLE_STRIKE, "double strikethrough", on)


@command("subscript")
def subscript(doc, on: bool | None = None) -> str:
    """Ctrl+=."""
    return _toggle(doc, SUBSCRIPT, "subscript", on)


@command("superscript")
def superscript(doc, on: bool | None = None) -> str:
    """Ctrl+Shift+=."""
    return _toggle(doc, SUPERSCRIPT, "superscript", on)


@command("all_caps")
def all_caps(doc, on: bool | None = None) -> str:
    """Ctrl+Shift+A / Font dialog → All caps (turning it on turns small caps off)."""
    return _toggle(doc, ALL_CAPS, "all caps", on)


@command("small_caps")
def small_caps(doc, on: bool | None = None) -> str:
    """Ctrl+Shift+K / Font dialog → Small caps (turning it on turns all caps off)."""
    return _toggle(doc, SMALL_CAPS, "small caps", on)


@command("hidden")
def hidden(doc, on: bool | None = None) -> str:
    """Ctrl+Shift+H / Font dialog → Hidden."""
    return _toggle(doc, HIDDEN, "hidden", on)


@command("font_style")
def font_style(doc, style: str) -> str:
    """The Font dialog's Font style: Regular, Italic, Bold or Bold Italic (sets both)."""
    key = " ".join(str(style).lower().replace("_", " ").split())
    if key not in _FONT_STYLES:
        raise CommandError("Font style must be Regular, Italic, Bold or Bold Italic, "
                           f"not {style!r}.")
    b, i = _FONT_STYLES[key]
    t = _collect(doc)
    return _switch(doc, t, Lookup(doc), ((BOLD, b), (ITALIC, i)), f"font style {key}")


# ---------------------------------------------------------------------- font and size
@command("font_name")
def font_name(doc, font: str) -> str:
    """The Font box. (`font`, not `name`: `execute` takes the command's name as `name`.)"""
    if not isinstance(font, str) or not font.strip() or any(ord(c) < 32 for c in font):
        raise CommandError(f"invalid font name {font!r}")
    font = font.strip()
    if len(font) > 255:
        raise CommandError("font name is too long")
    fonts = {"ascii": font, "hAnsi": font, "cs": font, "eastAsia": font}

    def apply(owner, p):
        set_prop(get_rpr(owner, create=True), "rFonts", **fonts)

    return _format_each(doc, apply, f"font {font}")


def _write_size(owner, points: float) -> None:
    rpr = get_rpr(owner, create=True)
    half = str(int(points * 2))
    set_prop(rpr, "sz", half)
    set_prop(rpr, "szCs", half)


@command("font_size")
def font_size(doc, size: float) -> str:
    """Points, half points allowed (rounded to the nearest half, as Word's box does)."""
    points = parse_points(size)
    return _format_each(doc, lambda owner, p: _write_size(owner, points), f"size {points:g} pt")


def _resize(doc, step: Callable[[float], float], what: str) -> str:
    """Resize every run from its own effective size."""

    look = Lookup(doc)

    def apply(owner, p):
        old = size_pt(look, owner, p)
        new = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, step(old)))
        if new != old:
            _write_size(owner, new)

    return _format_each(doc, apply, what)


@command("grow_font")
def grow_font(doc) -> str:
    """Ctrl+]: one point larger."""
    return _resize(doc, lambda s: s + 1, "font 1 pt larger")


@command("shrink_font")
def shrink_font(doc) -> str:
    """Ctrl+[: one point smaller."""
    return _resize(doc, lambda s: s - 1, "font 1 pt smaller")


@command("grow_font_step")
def grow_font_step(doc) -> str:
    """Ctrl+> (Grow Font): the next size in Word's list."""
    return _resize(doc, lambda s: step_size(s, True), "font grown")


@command("shrink_font_step")
def shrink_font_step(doc) -> str:
    """Ctrl+< (Shrink Font): the previous size in Word's list."""
    return _resize(doc, lambda s: step_size(s, False), "font shrunk")


# ---------------------------------------------------------------------- colour
def _set_or_reset(doc, local: str, value: str, neutral: str, what: str) -> str:
    """Write `value`, or for the neutral value drop the direct one (writing it only where a
    style would otherwise show a colour)."""
    if value == neutral:
        look = Lookup(doc)
        return _format_each(doc, lambda owner, p: reset_prop(look, owner, p, local, neutral), what)

    def apply(owner, p):
        set_prop(get_rpr(owner, create=True), local, value)

    return _format_each(doc, apply, what)


@command("font_color")
def font_color(doc, color: str) -> str:
    """Hex "FF0000" or a palette name ("Red", "Dark Blue", "Automatic")."""
    value = parse_color(color)
    return _set_or_reset(doc, "color", value, "auto", f"font colour {value}")


@command("highlight")
def highlight(doc, color: str | None = "yellow") -> str:
    """Text Highlight Color by pen name ("Yellow", "Bright Green" ...); "No Color" removes it."""
    value = parse_highlight(color) or "none"
    return _set_or_reset(doc, "highlight", value, "none", f"highlight {value}")


# ---------------------------------------------------------------------- case
def _rewrite(p, start: int, new: str) -> None:
    """Replace characters [start, start+len(new)) of `p` inside its w:t elements, so every run
    keeps its formatting (case changes never touch tabs or breaks)."""
    end = start + len(new)
    for r, rs, re_ in run_spans(p):
        if re_ <= start or rs >= end:
            continue
        pos = rs
        for c in r:
            n = len(child_text(c))
            if c.tag == W.t and n and pos < end and pos + n > start:
                a, b = max(pos, start), min(pos + n, end)
                c.text = c.text[: a - pos] + new[a - start : b - start] + c.text[b - pos :]
            pos += n


@command("change_case")
def change_case(doc, mode: str) -> str:
    """Change Case: "UPPERCASE", "lowercase", "Sentence case.", "Capitalize Each Word",
    "tOGGLE cASE" (or upper/lower/sentence/title/toggle); a caret changes the word it touches."""
    key = parse_case(mode)
    sel = doc.selection
    if sel.collapsed:
        word = word_around(doc.text(sel.start.para), sel.start.offset, strict=False)
        if word is None:
            raise CommandError("select text (or put the caret in a word) to change its case")
        spans = [(sel.start.para, *word)]
    else:
        spans = doc.selected_spans()
    doc.touch(spans[0][0], spans[-1][0])
    for i, start, end in spans:
        if end > start:
            _rewrite(doc.paragraph(i), start, convert_case(doc.text(i), start, end, key))
    return f"case changed to {mode}"


# ---------------------------------------------------------------------- clear
def _strip(owner, keep: set) -> None:
    rpr = get_rpr(owner)
    if rpr is not None:
        for c in list(rpr):
            if c.tag not in keep:
                rpr.remove(c)


def _reset_paragraph(p) -> None:
    """Normal style, no direct paragraph formatting except list numbering (and section breaks)."""
    ppr = p.find(W.pPr)
    if ppr is None:
        return
    for c in list(ppr):
        if c.tag not in _PPR_KEEP:
            ppr.remove(c)
    if not len(ppr) and not ppr.attrib:
        p.remove(ppr)


@command("clear_formatting")
def clear_formatting(doc, scope: str = "all") -> str:
    """Clear All Formatting (`scope="all"`): plain runs, and Normal paragraphs for every
    paragraph touched. `scope="characters"` is Ctrl+Space: direct character formatting goes,
    character styles and paragraph formatting stay."""
    if scope not in _CLEAR_SCOPES:
        raise CommandError(f"Scope must be one of {', '.join(_CLEAR_SCOPES)}, not {scope!r}.")
    everything = scope == "all"
    if everything:
        doc.touch_selection()  # paragraphs are reset even when the caret only sets pending format
    t = _collect(doc)
    for owner, _ in t.runs + t.marks:
        _strip(owner, _RPR_KEEP if everything else _RPR_KEEP_CHARS)
    if everything:
        for i in doc.selection.paragraphs():
            _reset_paragraph(doc.paragraph(i))
    return _finish(doc, t, "formatting cleared" if everything else "character formatting cleared")

"""Page layout of the selected sections (orientation, margins, size, columns, gutter) and page and
section breaks, with the simulator's checks, messages and resulting selection.

A Word section is a LibreOffice page style: the docx import gives each section its own style and
a next-page section break is a paragraph that names a page style (PageDescName). The sections a
selection touches are the page styles of the paragraphs it touches. Arguments arrive in twips
(see arguments_layout.py); LibreOffice measures in 1/100 mm."""

from __future__ import annotations

import functools

import uno
from commands_text import delete_selection
from page_undo import SETTINGS, SWITCHES, page_command, read_text, recorded, write_text
from paragraphs import selected, to_mm100, to_twips
from registry import AgentError, uno_command
from tables import location

SIDES = ("top", "bottom", "left", "right")
_MARGIN_PROPS = {"top": "TopMargin", "bottom": "BottomMargin", "left": "LeftMargin",
                 "right": "RightMargin"}  # fmt: skip
# Portrait margin -> the side it becomes in landscape (the page turns counter-clockwise).
_TO_LANDSCAPE = {"top": "left", "left": "bottom", "bottom": "right", "right": "top"}
_INCH = 1440
_BREAK = functools.partial(uno.Enum, "com.sun.star.style.BreakType")
_MIRRORED = uno.Enum("com.sun.star.style.PageStyleLayout", "MIRRORED")
_ALL_PAGES = uno.Enum("com.sun.star.style.PageStyleLayout", "ALL")


def page_styles(w):
    return w.doc.getStyleFamilies().getByName("PageStyles")


def selected_styles(w) -> list:
    """The page styles (Word's sections) of the paragraphs the selection touches, in order."""
    names = dict.fromkeys(p.PageStyleName for p in selected(w))
    family = page_styles(w)
    return [family.getByName(n) for n in names]


def caret_style(w):
    """The page style of the section holding the selection's start."""
    return selected_styles(w)[0]


class Page:
    """A page style's size, margins and gutter in Word's terms (twips). Word's top and bottom
    margins reach the body text; LibreOffice's reach the header and footer, whose height
    (spacing included) lies between them and the body."""

    def __init__(self, style):
        self.style = style
        names = ("Width", "Height", "TopMargin", "BottomMargin", "LeftMargin", "RightMargin",
                 "GutterMargin", "HeaderIsOn", "FooterIsOn", "IsLandscape")
        v = dict(zip(names, style.getPropertyValues(names), strict=True))
        self.landscape = bool(v["IsLandscape"])
        self.width, self.height = to_twips(v["Width"]), to_twips(v["Height"])
        self.extra = {"top": style.HeaderHeight if v["HeaderIsOn"] else 0,
                      "bottom": style.FooterHeight if v["FooterIsOn"] else 0,
                      "left": 0, "right": 0}  # fmt: skip
        self.margins = {s: to_twips(v[_MARGIN_PROPS[s]] + self.extra[s]) for s in SIDES}
        self.gutter = to_twips(v["GutterMargin"])

    def check_fits(self, width: int, height: int, margins: dict, gutter: int) -> None:
        m = {**self.margins, **margins}
        if m["left"] + m["right"] + gutter >= width or m["top"] + m["bottom"] >= height:
            raise AgentError("The margins are too large for the page size.")

    def margin_values(self, margins: dict) -> dict:
        """Page style properties that give the Word margins `margins` (twips)."""
        return {_MARGIN_PROPS[s]: max(to_mm100(t) - self.extra[s], 0) for s, t in margins.items()}


def _apply(style, values: dict) -> None:
    names = tuple(values)
    style.setPropertyValues(names, tuple(values[n] for n in names))


@uno_command("orientation")
@page_command(selected_styles)
def orientation(w, value: str) -> None:
    """Word swaps the page's width and height and turns the margins with the page."""
    landscape = value == "landscape"
    for style in selected_styles(w):
        page = Page(style)
        if page.landscape == landscape:
            continue
        turn = _TO_LANDSCAPE if landscape else {v: k for k, v in _TO_LANDSCAPE.items()}
        turned = {new: page.margins[old] for old, new in turn.items()}
        # IsLandscape alone does not swap the size: width and height are set with it
        _apply(style, {"IsLandscape": landscape, "Width": to_mm100(page.height),
                       "Height": to_mm100(page.width), **page.margin_values(turned)})


@uno_command("margins")
@page_command(lambda w: styles_in_use(w))
def margins(w, values: dict, preset: bool, mirror: bool | None) -> None:
    """`values`: Word margins in twips; a preset resets the gutter and sets mirrored pages."""
    styles = selected_styles(w)
    pages = [Page(s) for s in styles]
    for page in pages:
        page.check_fits(page.width, page.height, values, 0 if preset else page.gutter)
    for page in pages:
        update = page.margin_values(values)
        if preset:
            update["GutterMargin"] = 0
        if mirror is not None:  # Word's Multiple pages setting is the document's
            update["PageStyleLayout"] = _MIRRORED if mirror else _ALL_PAGES
        _apply(page.style, update)
    if mirror is not None:
        for style in styles_in_use(w):
            style.PageStyleLayout = _MIRRORED if mirror else _ALL_PAGES


def styles_in_use(w) -> list:
    """Every page style a page of the document has: those paragraphs name and their follow
    styles (an imported title page's style is followed by its section's own)."""
    family, out = page_styles(w), {}
    for name in family.getElementNames():
        style = family.getByName(name)
        if style.isInUse():
            out[name] = style
            follow = style.FollowStyle
            if follow and family.hasByName(follow):
                out[follow] = family.getByName(follow)
    return list(out.values())


@uno_command("gutter")
@page_command(selected_styles)
def gutter(w, twips: int) -> str:
    pages = [Page(s) for s in selected_styles(w)]
    for page in pages:
        page.check_fits(page.width, page.height, {}, twips)
    for page in pages:
        page.style.GutterMargin = to_mm100(twips)
    return f'Gutter is set to {twips / _INCH:g}".'


@uno_command("page_size")
@page_command(selected_styles)
def page_size(w, width: int, height: int) -> None:
    """The paper size in portrait twips; each section keeps its orientation."""
    pages = [Page(s) for s in selected_styles(w)]
    sizes = [(height, width) if page.landscape else (width, height) for page in pages]
    for page, (x, y) in zip(pages, sizes, strict=True):
        page.check_fits(x, y, {}, page.gutter)
    for page, (x, y) in zip(pages, sizes, strict=True):
        _apply(page.style, {"Width": to_mm100(x), "Height": to_mm100(y)})


@uno_command("columns")
@page_command(selected_styles)
def columns(w, count: int, spacing: int) -> None:
    """`count` equal columns `spacing` twips apart."""
    pages = [Page(s) for s in selected_styles(w)]
    for page in pages:
        text = page.width - page.margins["left"] - page.margins["right"] - page.gutter
        if (text - (count - 1) * spacing) / count < _INCH / 2:
            raise AgentError("Columns must be at least 0.5 inch wide; use fewer columns.")
    for page in pages:
        cols = w.doc.createInstance("com.sun.star.text.TextColumns")
        cols.setColumnCount(count)
        cols.AutomaticDistance = to_mm100(spacing)
        page.style.TextColumns = cols


# ------------------------------------------------------------------ breaks
def _split_at_caret(w) -> tuple[int, int]:
    """Delete the selection and press Enter at the caret; the start of the text after it."""
    delete_selection(w)
    pos = w.story.locate(w.view_cursor.getStart())
    w.select(pos, pos, force=True)
    w.dispatch(".uno:InsertPara")
    w.changed()
    return (pos[0] + 1, 0)


def _plain(p) -> None:
    """No list numbering (the simulator's `plain_copy` of a paragraph drops it)."""
    p.setPropertyToDefault("NumberingStyleName")


@uno_command("page_break")
def page_break(w) -> None:
    """Ctrl+Enter as Word 2013+ does it: an empty paragraph holding the page break between the
    text before the caret and the text after it, where the caret goes. LibreOffice has no
    break character: the empty paragraph ends its page (BreakType PAGE_AFTER), saved as a break
    run in it, as Word's. (A break before the next paragraph would be saved at the end of the
    paragraph before it: two breaks in a row would both land in the first empty one.)"""
    delete_selection(w)
    para, offset = w.selection()[0]
    if offset:
        para, offset = _split_at_caret(w)
    w.select((para, 0), (para, 0), force=True)
    w.dispatch(".uno:InsertPara")  # the empty paragraph before `para`
    w.changed()
    brk = w.story.paragraphs[para]
    _plain(brk)
    if brk.BreakType.value in ("PAGE_BEFORE", "PAGE_BOTH"):
        # the split paragraph had a break before it (LibreOffice reads a break run ending the
        # paragraph before as one), which went to the new one: it keeps it, and the text after
        # gets one before it (PAGE_BOTH would be saved without its first break)
        brk.BreakType = _BREAK("PAGE_BEFORE")
        w.story.paragraphs[para + 1].BreakType = _BREAK("PAGE_BEFORE")
    else:
        brk.BreakType = _BREAK("PAGE_AFTER")
    w.changed()
    w.select((para + 1, 0), (para + 1, 0), force=True)


@uno_command("section_break")
def section_break(w, kind: str) -> None:
    """A next-page section break: the text after the caret starts a page with a copy of the
    current section's page style, so the two sections can differ from then on."""
    if kind != "next_page":
        # A continuous break would be a text section, an odd/even one a page style that only
        # has right/left pages: neither is made here yet.
        raise NotImplementedError(f"{kind} section breaks are not supported by the "
                                  "LibreOffice backend")
    if location(w, min(w.selection())[0]) is not None:
        raise AgentError("A section break cannot be inserted in a table.")
    copy = _copy_style(w, caret_style(w))
    after = _split_at_caret(w)
    p = w.story.paragraphs[after[0]]
    p.PageDescName = copy
    w.changed()
    w.select(after, after, force=True)


def _copy_style(w, style) -> str:
    """A new page style with the settings of `style` and its headers' and footers' texts (the
    new section's stay "linked": they show the previous section's). Made before the break is
    recorded, the filling recorded by page_undo (it switches headers on: see `recorded`); the
    style itself stays when the break is undone, unused."""
    family = page_styles(w)
    n = 1
    while family.hasByName(f"Converted{n}"):
        n += 1
    name = f"Converted{n}"
    new = w.doc.createInstance("com.sun.star.style.PageStyle")
    w.undo_manager.lock()
    try:
        family.insertByName(name, new)
    finally:
        w.undo_manager.unlock()
    recorded(w, [new], lambda: _fill(w, style, new), "section_break")
    return name


def _fill(w, style, new) -> None:
    # the page's own settings only (a fill property such as BackColor clears the undo stack)
    for group in (SWITCHES, SETTINGS):
        names = tuple(n for n, v in zip(group, style.getPropertyValues(group), strict=True)
                      if v is not None)
        new.setPropertyValues(names, style.getPropertyValues(names))
    for story in ("Header", "Footer"):
        if style.getPropertyValue(f"{story}IsOn"):
            for text in ("Text", "TextLeft", "TextFirst"):
                write_text(w.doc, new.getPropertyValue(f"{story}{text}"),
                           read_text(style.getPropertyValue(f"{story}{text}")))

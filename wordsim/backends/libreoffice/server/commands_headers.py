"""Headers and footers of the caret's section: their text, page numbers, removal, and Different
First Page / Different Odd & Even, with the simulator's messages.

A Word section is a page style (see commands_layout.py). Its primary header is the style's
HeaderText, the even-page one HeaderTextLeft (HeaderIsShared off), the first-page one
HeaderTextFirst (FirstIsShared off). LibreOffice 7.4 imports a section with a title page as two
page styles instead, a first-page style followed by the section's own: there the first-page
header is the first style's HeaderText."""

from __future__ import annotations

from commands_layout import Page, caret_style, page_styles, selected_styles, styles_in_use
from page_undo import PAGE_FIELD, page_command, page_field, paragraphs
from paragraphs import to_mm100
from registry import uno_command

STORIES = ("Header", "Footer")
KINDS = ("primary", "first", "even")
_HEADER_DISTANCE = to_mm100(720)  # Word's default header and footer distance from the edge
_MIN_HEIGHT = 100  # 1 mm: LibreOffice refuses a header without height
_ADJUST = {"left": 0, "right": 1, "center": 3}  # com.sun.star.style.ParagraphAdjust


class Section:
    """The page styles of the caret's section: `main` and, for an imported title page, `first`
    (a separate style whose follow style is `main`)."""

    def __init__(self, w, style=None):
        self.w = w
        style = caret_style(w) if style is None else style
        follow = style.FollowStyle
        family = page_styles(w)
        if follow and follow != style.Name and family.hasByName(follow):
            self.first, self.main = style, family.getByName(follow)
        else:
            self.first, self.main = None, style

    def title_page(self) -> bool:
        return self.first is not None or not self.main.FirstIsShared

    def slot(self, story: str, kind: str) -> tuple[object, str]:
        """(page style, name of the text property) holding `story` ("Header"/"Footer")
        of `kind`."""
        if kind == "first":
            return (self.first, f"{story}Text") if self.first is not None else \
                (self.main, f"{story}TextFirst")
        return self.main, f"{story}Text" + ("Left" if kind == "even" else "")

    def shown(self, story: str) -> list:
        """The distinct texts of `story` that the section has (every kind that is on)."""
        out, styles = [], [s for s in (self.main, self.first) if s is not None]
        for style in styles:
            if not style.getPropertyValue(f"{story}IsOn"):
                continue
            for name in ("Text", "TextLeft", "TextFirst"):
                text = style.getPropertyValue(f"{story}{name}")
                if text is not None and not any(text == t for t in out):
                    out.append(text)
        return out


def switch_on(style, story: str) -> None:
    """Turn the header or footer of `style` on, keeping Word's margin to the body text: the
    header gets Word's distance from the edge and the rest of the margin as its height."""
    if style.getPropertyValue(f"{story}IsOn"):
        return
    side = "top" if story == "Header" else "bottom"
    margin = to_mm100(Page(style).margins[side])
    edge = min(_HEADER_DISTANCE, max(margin - _MIN_HEIGHT, 0))
    names = (f"{story}IsOn", f"{side.capitalize()}Margin", f"{story}Height",
             f"{story}IsDynamicHeight")
    style.setPropertyValues(names, (True, edge, max(margin - edge, _MIN_HEIGHT), True))


def editable(w, story: str, kind: str):
    """The text of the caret section's `story` of `kind`, switched on (and Different First
    Page / Odd & Even turned on for "first" / "even", as the simulator's header commands do)."""
    section = Section(w)
    style, prop = section.slot(story, kind)
    switch_on(style, story)  # first: switching on shares the first page's header again
    if kind == "first" and not section.title_page():
        _first_page(section.main, True)
    if kind == "even":
        _odd_even(w, True)
    return style.getPropertyValue(prop)


def _set_text(w, story: str, text: str, kind: str) -> None:
    editable(w, story, kind).setString(text.replace("\r\n", "\n").replace("\r", "\n"))


@uno_command("header_text")
@page_command(styles_in_use)
def header_text(w, text: str, kind: str = "primary") -> None:
    _set_text(w, "Header", text, kind)


@uno_command("footer_text")
@page_command(styles_in_use)
def footer_text(w, text: str, kind: str = "primary") -> None:
    _set_text(w, "Footer", text, kind)


# ------------------------------------------------------------------ page numbers
def _fields(p) -> list:
    """The text fields of paragraph `p`."""
    out, portions = [], p.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        if portion.TextPortionType == "TextField":
            out.append(portion.TextField)
    return out


def _has_page_number(p) -> bool:
    return any(f.supportsService(PAGE_FIELD) for f in _fields(p))


def _is_blank(p) -> bool:
    """Nothing but white space: no visible text, field or picture."""
    if p.getString().strip() or _fields(p):
        return False
    portions = p.createEnumeration()
    while portions.hasMoreElements():
        if portions.nextElement().TextPortionType == "Frame":
            return False
    return True


def _remove(xtext, p) -> None:
    """Remove paragraph `p` of `xtext`, merging nothing: with its break after it, or (the last
    paragraph) with the break before it."""
    items = paragraphs(xtext)
    k = next(i for i, q in enumerate(items) if q == p)
    if len(items) == 1:
        p.setString("")
        return
    if k + 1 < len(items):
        c = xtext.createTextCursorByRange(p.getStart())
        c.gotoRange(items[k + 1].getStart(), True)
    else:
        c = xtext.createTextCursorByRange(items[k - 1].getEnd())
        c.gotoRange(p.getEnd(), True)
    c.setString("")


@uno_command("page_number")
@page_command(styles_in_use)
def page_number(w, position: str = "bottom", alignment: str = "center") -> None:
    """A header/footer paragraph in the Header/Footer style holding a PAGE field, in place of
    an earlier page number (or at the end), blank paragraphs removed."""
    story = "Header" if position == "top" else "Footer"
    xtext = editable(w, story, "primary")
    items = paragraphs(xtext)
    old = [p for p in items if _has_page_number(p)]
    if old:
        target = old[0]
        target.setString("")
    elif all(_is_blank(p) for p in items):
        target = items[0]
        target.setString("")
    else:
        xtext.insertControlCharacter(xtext.getEnd(), 0, False)  # PARAGRAPH_BREAK
        target = paragraphs(xtext)[-1]
    for p in paragraphs(xtext):
        if p != target and (_has_page_number(p) or _is_blank(p)):
            _remove(xtext, p)
    target.setPropertyToDefault("NumberingStyleName")
    target.setPropertyValues(("ParaStyleName", "ParaAdjust"), (story, _ADJUST[alignment]))
    xtext.insertTextContent(target.getStart(), page_field(w.doc), False)


@uno_command("remove_page_numbers")
@page_command(styles_in_use)
def remove_page_numbers(w) -> str | None:
    section, found = Section(w), False
    for story in STORIES:
        for xtext in section.shown(story):
            for p in paragraphs(xtext):
                if not _has_page_number(p):
                    continue
                found = True
                for f in _fields(p):
                    if f.supportsService(PAGE_FIELD):
                        f.dispose()
                if _is_blank(p):
                    _remove(xtext, p)
    return None if found else "There are no page numbers to remove."


def _empty(w, story: str) -> str | None:
    texts = Section(w).shown(story)
    if not texts:
        return f"There is no {story.lower()} to remove."
    for xtext in texts:
        xtext.setString("")
    return None


@uno_command("remove_header")
@page_command(styles_in_use)
def remove_header(w) -> str | None:
    return _empty(w, "Header")


@uno_command("remove_footer")
@page_command(styles_in_use)
def remove_footer(w) -> str | None:
    return _empty(w, "Footer")


# ------------------------------------------------------------------ first page, odd and even
@uno_command("different_first_page")
@page_command(styles_in_use)
def different_first_page(w, on: bool = True) -> str:
    for style in selected_styles(w):
        section = Section(w, style)
        if section.title_page() == on:
            continue
        if section.first is not None:  # an imported title page: its paragraphs leave the style
            _unchain(w, section)
        else:
            _first_page(section.main, on)
    return f"Different first page is {'on' if on else 'off'}."


def _blank_texts(style, texts: str) -> None:
    """Empty the `texts` ("TextFirst", "TextLeft") of the headers and footers that are on:
    LibreOffice starts them as copies of the primary ones, Word as blank ones."""
    for story in STORIES:
        if style.getPropertyValue(f"{story}IsOn"):
            style.getPropertyValue(f"{story}{texts}").setString("")


def _first_page(style, on: bool) -> None:
    style.FirstIsShared = not on
    if on:
        _blank_texts(style, "TextFirst")


def _unchain(w, section: Section) -> None:
    name = section.first.Name
    undo = w.undo_manager
    undo.unlock()  # page_command locked it; a paragraph's page style Writer records itself
    try:
        for p in w.story.paragraphs:
            if p.PageDescName == name:
                p.PageDescName = section.main.Name
    finally:
        undo.lock()
    w.changed()


def _odd_even(w, on: bool) -> None:
    """Different odd and even pages is the document's setting: every page style in use."""
    for style in styles_in_use(w):
        for story in STORIES:
            if style.getPropertyValue(f"{story}IsShared") == on:
                style.setPropertyValue(f"{story}IsShared", not on)
                if on and style.getPropertyValue(f"{story}IsOn"):
                    style.getPropertyValue(f"{story}TextLeft").setString("")


@uno_command("different_odd_even")
@page_command(styles_in_use)
def different_odd_even(w, on: bool = True) -> str:
    _odd_even(w, on)
    return f"Different odd and even is {'on' if on else 'off'}."

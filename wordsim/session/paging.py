"""Moving the caret through the page layout: Page Up / Page Down (Shift extends the selection)
and the Find and Replace dialog's Go To tab (page, line, table, heading; a number, +n / -n
relative to where the caret is, or nothing for the next one). Every move goes through the
`select_range` document command, and the view scrolls to show the caret."""

from __future__ import annotations

from wordsim.document import CommandError
from wordsim.document.outline import outline_level_of
from wordsim.document.xml import W

from .page_layout import PAGE_GAP, PageLayout

GO_TO_WHAT = ("page", "line", "table", "heading")


def _layout(session) -> PageLayout:
    return session.pointer.layout(session, session.ui.model.by_id["document"].rectangle)


def _place(session, layout: PageLayout, pos: tuple[int, int], extend: bool = False) -> None:
    """Move the focus to `pos` (the anchor too unless `extend`), and scroll it into view."""
    doc = session.doc
    anchor = tuple(doc.selection.anchor) if extend else pos
    session.execute("select_range", start=anchor, end=pos)
    if not layout.lines:
        return
    line = layout.lines[layout.line_index(*pos)]
    pointer = session.pointer
    height = layout.area[3] - layout.area[1]
    if line.top < pointer.scroll:
        pointer.scroll = int(line.top)
    elif line.bottom > pointer.scroll + height:
        pointer.scroll = int(line.bottom - height) + 1
    pointer.scroll = max(0, min(pointer.scroll, layout.max_scroll()))


def page_key(session, pages: int, extend: bool = False) -> str:
    """{PGDN} (`pages` 1) / {PGUP} (-1): the caret a page further down or up, in the same
    column, clamped to the first and last lines."""
    layout = _layout(session)
    if not layout.lines:
        return ""
    focus = session.doc.selection.focus
    line = layout.lines[layout.line_index(focus.para, focus.offset)]
    x = line.x + (min(focus.offset, line.end) - line.start) * line.char_w
    y = (line.top + line.bottom) / 2 + pages * (layout.page_h + PAGE_GAP)
    top = layout.lines[0].top
    y = max(top, min(y, layout.lines[-1].bottom - 1))
    _place(session, layout, layout.position_at(x, y + layout.area[1]), extend)
    return ""


def _target(text: str, current: int, step: int) -> int:
    """The number the Go To box asks for: "" = current + step, "+n"/"-n" relative, "n"."""
    text = str(text or "").strip()
    if not text:
        return current + step
    try:
        number = int(text)
    except ValueError:
        raise CommandError(f"Go To: {text!r} is not a number; type a number, +n or -n.") from None
    return current + number if text[0] in "+-" else number


def go_to(session, what: str, text: str = "", step: int = 1) -> str:
    """Go To `what` (page, line, table or heading) number `text` (see `_target`); `step` is
    +1 for Next / Go To, -1 for Previous."""
    what = str(what).strip().lower()
    if what not in GO_TO_WHAT:
        raise CommandError(f"Go To: cannot go to a {what!r}; use {', '.join(GO_TO_WHAT)}.")
    layout = _layout(session)
    focus = session.doc.selection.focus
    here = layout.line_index(focus.para, focus.offset) if layout.lines else 0
    if what in ("page", "line"):
        if not layout.lines:
            return "The document is empty."
        if what == "page":
            count = layout.pages
            current = layout.page_of(layout.lines[here]) + 1
        else:
            count, current = len(layout.lines), here + 1
        number = max(1, min(_target(text, current, step), count))
        index = number - 1 if what == "line" else layout.first_line_of_page(number - 1)
        if index is None:  # a page with no line of its own (the layout never leaves one)
            index = here
        line = layout.lines[index]
        _place(session, layout, (line.para, line.start))
        return f"Went to {what} {number}."
    starts = _table_starts(session.doc) if what == "table" else _headings(session.doc)
    if not starts:
        raise CommandError(f"Go To: the document has no {what}s.")
    current = sum(1 for s in starts if s <= focus.para)
    number = _target(text, current, step)
    if not 1 <= number <= len(starts):
        raise CommandError(f"Go To: there is no {what} {number}; the document has "
                           f"{len(starts)}.")
    _place(session, layout, (starts[number - 1], 0))
    return f"Went to {what} {number}."


def _table_starts(doc) -> list[int]:
    """The story index of the first paragraph of each top-level table."""
    index = {p: i for i, p in enumerate(doc.story.paragraphs)}
    out = []
    for tbl in doc.body.iterchildren(W.tbl):
        first = next(tbl.iter(W.p), None)
        if first is not None and first in index:
            out.append(index[first])
    return out


def _headings(doc) -> list[int]:
    """Story indices of paragraphs with an outline level (headings)."""
    return [i for i, p in enumerate(doc.story.paragraphs) if outline_level_of(doc, p)]

"""Where the document's characters sit in the synthetic window, so that clicks and drags in the
document area land on text: a deterministic page layout, character by character.

The model, and its limits (it is a stand-in for Word's layout engine, not a copy of it):
- Pages are stacked top to bottom, centred in the Document control, `PAGE_GAP` pixels apart,
  at 100% zoom (96 px per inch); page size and margins come from the first section only.
- Every character of a paragraph is one cell of the same width, `CHAR_EM` of the font size of
  the paragraph's first run (tabs, wide and narrow letters alike); lines are `LINE_EM` of that
  size times the line spacing (or the exact/at-least spacing in points). Pictures, fields and
  list labels take no room.
- Lines wrap greedily at spaces (a word longer than a line is cut), within the text width less
  the paragraph's indents; the first line adds its first-line (or hanging) indent; centred,
  right and justified paragraphs shift each line (justified lines are not stretched).
- Space before and after add up (no collapsing); a paragraph that does not fit on the rest of
  a page starts the next page, as does "page break before" or a hard page break inside the
  previous paragraph (breaks inside a paragraph do not split it). Keep-with-next, widow
  control, headers and footers are ignored.
- Table cells are laid out as ordinary paragraphs one under the other (no columns, no borders);
  text columns are ignored.
- The view scrolls by whole pixels (`Session` keeps the offset; the mouse wheel moves it).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

PX_PER_PT = 96 / 72
PAGE_GAP = 20  # pixels above the first page and between pages
CHAR_EM = 0.5  # average character width, in ems of the font size
LINE_EM = 1.2  # single line height, in ems
WHEEL_PX = 60  # pixels one wheel notch scrolls (three lines of 11 pt text)


class Line(NamedTuple):
    para: int  # story paragraph index
    start: int  # offsets in the paragraph's text: [start, end)
    end: int
    x: float  # left edge of the first character, window pixels
    top: float  # document pixels from the top of the first page's gap
    bottom: float
    char_w: float
    last: bool  # the paragraph's last line


class PageLayout:
    """The lines of a `DocumentView` laid out in a document area (`area`: the Document
    control's window rectangle)."""

    def __init__(self, view, area: tuple[int, int, int, int]):
        self.area = area
        left, top, right, bottom = area
        section = view.sections[0] if view.sections else None

        def pt(value, default):
            return default if value is None else value

        page_w = pt(section and section.page_width_pt, 612.0) * PX_PER_PT
        page_h = pt(section and section.page_height_pt, 792.0) * PX_PER_PT
        m_top = pt(section and section.top_margin_pt, 72.0) * PX_PER_PT
        m_bottom = pt(section and section.bottom_margin_pt, 72.0) * PX_PER_PT
        m_left = pt(section and section.left_margin_pt, 72.0) * PX_PER_PT
        m_right = pt(section and section.right_margin_pt, 72.0) * PX_PER_PT
        page_x = left + max(0.0, (right - left - page_w) / 2)
        text_left, text_w = page_x + m_left, max(page_w - m_left - m_right, 48.0)
        body_h = max(page_h - m_top - m_bottom, 48.0)
        self.page_h, self.page_x, self.page_w = page_h, page_x, page_w
        lines: list[Line] = []
        page = 0
        y = 0.0  # within the current page's body
        break_after = False

        def body_top(n: int) -> float:
            return PAGE_GAP + n * (page_h + PAGE_GAP) + m_top

        for i, rec in enumerate(view.paragraphs):
            size = rec.runs[0].size_pt if rec.runs else 11.0
            size = size if size and size > 0 else 11.0
            cw = size * CHAR_EM * PX_PER_PT
            if rec.line_spacing_rule == "multiple":
                lh = size * LINE_EM * (rec.line_spacing or 1.0) * PX_PER_PT
            elif rec.line_spacing_rule == "exact":
                lh = rec.line_spacing * PX_PER_PT
            else:
                lh = max(rec.line_spacing * PX_PER_PT, size * LINE_EM * PX_PER_PT)
            lh = max(lh, 1.0)
            if (break_after or rec.page_break_before) and (lines or y > 0):
                page, y = page + 1, 0.0
            break_after = rec.page_breaks > 0
            indent_l = rec.left_indent_pt * PX_PER_PT
            indent_r = rec.right_indent_pt * PX_PER_PT
            first = rec.first_line_indent_pt * PX_PER_PT
            pieces = _wrap(rec.text, cw, text_w - indent_l - indent_r, first)
            before = rec.space_before_pt * PX_PER_PT if y > 0 else 0.0
            height = before + lh * len(pieces)
            if y > 0 and y + height > body_h:
                page, y, before = page + 1, 0.0, 0.0
            y += before
            for k, (start, end) in enumerate(pieces):
                if y > 0 and y + lh > body_h:  # a paragraph taller than the rest of the page
                    page, y = page + 1, 0.0
                x = text_left + indent_l + (first if k == 0 else 0.0)
                room = text_w - indent_l - indent_r - (first if k == 0 else 0.0)
                used = len(rec.text[start:end].rstrip(" ")) * cw
                if rec.alignment == "center":
                    x += max(0.0, (room - used) / 2)
                elif rec.alignment == "right":
                    x += max(0.0, room - used)
                top = body_top(page) + y
                lines.append(Line(i, start, end, x, top, top + lh, cw, k == len(pieces) - 1))
                y += lh
            y += rec.space_after_pt * PX_PER_PT
        self.lines = lines
        self.pages = page + 1
        self.height = PAGE_GAP + self.pages * (page_h + PAGE_GAP)
        self._tops = [line.top for line in lines]

    def max_scroll(self) -> int:
        left, top, right, bottom = self.area
        return max(0, int(self.height - (bottom - top)))

    def position_at(self, px: float, py: float, scroll: int = 0) -> tuple[int, int]:
        """(paragraph, offset) of the caret a click at window pixel (px, py) puts: the nearest
        line (above the first: the first; below the last: the last), then the nearest gap
        between characters on it."""
        if not self.lines:
            return (0, 0)
        y = py - self.area[1] + scroll
        i = bisect_right(self._tops, y) - 1
        if i < 0:
            i = 0
        elif y >= self.lines[i].bottom and i + 1 < len(self.lines):
            # between two lines (paragraph spacing, the gap between pages): the nearer one
            if self.lines[i + 1].top - y < y - self.lines[i].bottom:
                i += 1
        line = self.lines[i]
        n = line.end - line.start
        k = round((px - line.x) / line.char_w)
        k = max(0, min(k, n))
        return (line.para, line.start + k)

    def page_of(self, line: Line) -> int:
        """The 0-based page `line` is on."""
        return max(0, int((line.top - PAGE_GAP) // (self.page_h + PAGE_GAP)))

    def line_index(self, para: int, offset: int) -> int:
        """The index in `lines` of the line holding the caret at (para, offset); the nearest
        line before it when the paragraph has none (0 for an empty layout)."""
        best = 0
        for i, line in enumerate(self.lines):
            if line.para > para:
                break
            best = i
            if line.para == para and line.start <= offset and (offset < line.end or line.last):
                break
        return best

    def first_line_of_page(self, page: int) -> int | None:
        """The index of the first line on 0-based `page`, None when no line is there."""
        for i, line in enumerate(self.lines):
            if self.page_of(line) == page:
                return i
        return None

    def point_of(self, para: int, offset: int, scroll: int = 0) -> tuple[float, float] | None:
        """The window pixel at the middle of the gap before character `offset` of `para`
        (None when the paragraph has no line): for tests and tools that click on text."""
        best = None
        for line in self.lines:
            if line.para == para and line.start <= offset <= line.end:
                best = line
                if offset < line.end or line.last:
                    break
        if best is None:
            return None
        x = best.x + (offset - best.start) * best.char_w
        y = (best.top + best.bottom) / 2 + self.area[1] - scroll
        return x, y


def _wrap(text: str, cw: float, width: float, first: float) -> list[tuple[int, int]]:
    """Greedy word wrap of `text` into [start, end) pieces: a line ends after the last space
    that fits (trailing spaces hang past the margin, as in Word); an overlong word is cut."""
    if not text:
        return [(0, 0)]
    out = []
    start, n = 0, len(text)
    while start < n:
        room = width - (first if not out else 0.0)
        fit = max(1, int(room // cw))
        if n - start <= fit:
            out.append((start, n))
            break
        cut = text.rfind(" ", start, start + fit + 1)
        if cut <= start:
            end = start + fit  # no space to break at: cut the word
        else:
            end = cut + 1
        while end < n and text[end] == " ":
            end += 1
        out.append((start, end))
        start = end
    return out

"""The simulator's positions in LibreOffice: story paragraph i and character offsets.

Story paragraph i is the i-th paragraph in reading order with table cells included: the body's
paragraph enumeration, where a TextTable contributes its cells row by row (each cell's
paragraphs, nested tables recursively) - the order of `WordDocument.story`.

Offsets count characters as `WordDocument.text(i)` shows them. LibreOffice's paragraph string
agrees for text, tabs ("\\t") and line breaks ("\\n"); a field shows its result (the simulator
counts a complex field's cached result too), an as-character picture is one character in
LibreOffice's model but none in its string or in the simulator. So an offset read back from
LibreOffice is the length of the string from the paragraph start, and an offset sent to
LibreOffice walks the paragraph's text portions (a field counts as one model character, a
position inside a field result snaps to the field's start). Known differences: a vertically
merged table cell is one cell in LibreOffice but one paragraph per row in the simulator; a
footnote reference shows its number in LibreOffice and nothing in the simulator."""

from __future__ import annotations

from typing import NamedTuple

TABLE = "com.sun.star.text.TextTable"


class Segment(NamedTuple):
    """One text portion: its width in LibreOffice's model and in the simulator's text."""

    text: bool  # a plain text portion (widths equal, positions inside it exist)
    model: int
    sim: int


class Story:
    """Paragraph objects of one document in story order, with where each one lives."""

    def __init__(self, document):
        self.paragraphs: list = []
        self.groups: list[tuple[object, list[int]]] = []  # (XText, story indices inside it)
        self._segments: dict[int, list[Segment]] = {}
        self._texts: dict[int, str] = {}  # paragraph strings read so far (a UNO call each)
        self._walk(document.getText())

    def _walk(self, xtext) -> None:
        indices: list[int] = []
        self.groups.append((xtext, indices))
        items = xtext.createEnumeration()
        while items.hasMoreElements():
            item = items.nextElement()
            if item.supportsService(TABLE):
                for name in item.getCellNames():  # row by row, left to right
                    self._walk(item.getCellByName(name))
            else:
                indices.append(len(self.paragraphs))
                self.paragraphs.append(item)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def text(self, i: int) -> str:
        found = self._texts.get(i)
        if found is None:
            found = self._texts[i] = self.paragraphs[i].getString()
        return found

    def texts(self) -> list[str]:
        return [self.text(i) for i in range(len(self.paragraphs))]

    # ----------------------------------------------------------------- offsets → UNO
    def segments(self, i: int) -> list[Segment]:
        cached = self._segments.get(i)
        if cached is None:
            cached = self._segments[i] = list(_segments(self.paragraphs[i]))
        return cached

    def model_offset(self, i: int, offset: int) -> int:
        """LibreOffice's character count from the start of paragraph i to sim offset `offset`."""
        model, left = 0, offset
        for seg in self.segments(i):
            if left <= 0:
                break
            if seg.text:
                take = min(left, seg.sim)
                model += take
                left -= take
                if take < seg.sim:
                    break
            elif left >= seg.sim:  # past a field, a picture or an anchor
                model += seg.model
                left -= seg.sim
            else:  # inside a field's result: its start
                break
        return model

    def cursor(self, i: int, offset: int):
        """A collapsed text cursor at (i, offset)."""
        p = self.paragraphs[i]
        c = p.getText().createTextCursorByRange(p.getStart())
        model = self.model_offset(i, offset)
        if model:
            c.goRight(model, False)
        return c

    # ----------------------------------------------------------------- UNO → offsets
    def locate(self, point) -> tuple[int, int] | None:
        """(paragraph, offset) of the start of text range `point`; None outside the story."""
        xtext = point.getText()
        indices = next((ids for t, ids in self.groups if t == xtext), None)
        if not indices:
            return None
        lo, hi = 0, len(indices) - 1
        while lo < hi:  # the last paragraph starting at or before the point
            mid = (lo + hi + 1) // 2
            if xtext.compareRegionStarts(point, self.paragraphs[indices[mid]].getStart()) <= 0:
                lo = mid
            else:
                hi = mid - 1
        i = indices[lo]
        c = xtext.createTextCursorByRange(self.paragraphs[i].getStart())
        c.gotoRange(point.getStart(), True)
        return i, len(c.getString())


def _segments(paragraph):
    portions = paragraph.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        text = portion.getString()
        if portion.TextPortionType == "Text":
            yield Segment(True, len(text), len(text))
            continue
        xtext = portion.getText()
        collapsed = xtext.compareRegionStarts(portion.getStart(), portion.getEnd()) == 0
        if not collapsed or text:
            yield Segment(False, 0 if collapsed else 1, len(text))

"""The simulator's positions (story paragraph, character offset) as Word character positions and
back: a pure map built from the main story's characters as Word stores them.

Word numbers every character of the main story (`Range.Start` / `End`), and some of them the
simulator does not show: paragraph marks, end-of-cell and end-of-row marks, field codes with
their begin/separator/end marks (hyperlinks are fields to Word), pictures, page breaks, comment
references. The simulator's paragraphs are Word's paragraphs without the end-of-row marks, in
the same order, and its offsets count only the characters `WordDocument.text` shows.

`StoryMap.build(text, ...)` takes the story one character per position (see `WORD_TEXT`) and
the positions that the text alone cannot tell apart: section marks (a form feed that ends a
paragraph rather than a page break inside it), end-of-row marks (a BEL like an end-of-cell
mark) and inline objects (a picture's character)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from wordsim.document.position import Position, Selection

PARAGRAPH_MARK = "\r"
CELL_MARK = "\a"  # end of cell and end of row; Range.Text writes both as "\r\a"
FORM_FEED = "\x0c"  # a page break, or a section mark ending a paragraph
FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
# characters that take a position but that the simulator shows as nothing
HIDDEN = frozenset("\x01\x02\x05\x08\x0e\x1f" + FORM_FEED)
SHOWN_AS = {"\x0b": "\n", "\x1e": "-"}  # line break, non-breaking hyphen
# how the adapter asks Word for such text: field codes and hidden text included
WORD_TEXT = "Range.Text with TextRetrievalMode.IncludeFieldCodes and IncludeHiddenText"


def one_per_position(text: str) -> str:
    """Word's `Range.Text` with every end-of-cell or end-of-row mark ("\\r\\a", two characters
    for one position) as one BEL."""
    return text.replace(PARAGRAPH_MARK + CELL_MARK, CELL_MARK)


def row_mark_candidates(text: str) -> list[int]:
    """Positions that may be end-of-row marks: a BEL right after another BEL (a row ends with
    its last cell's mark, then its own). Empty cells look the same, so Word must tell."""
    return [i for i in range(1, len(text)) if text[i] == CELL_MARK and text[i - 1] == CELL_MARK]


@dataclass(frozen=True)
class Paragraph:
    """One story paragraph: its first position, the position of its mark (paragraph, cell or
    section mark) and the position of each character the simulator shows."""

    start: int
    mark: int
    shown: tuple[int, ...]
    text: str  # as the simulator shows it


@dataclass(frozen=True)
class StoryMap:
    paragraphs: tuple[Paragraph, ...]
    length: int  # positions in the story (Document.Content.End)

    @classmethod
    def build(cls, text: str, section_marks: Iterable[int] = (), row_marks: Iterable[int] = (),
              objects: Iterable[int] = ()) -> StoryMap:
        """The map of a story given one character per position (`one_per_position`)."""
        sections, rows, hidden = set(section_marks), set(row_marks), set(objects)
        paragraphs: list[Paragraph] = []
        start, shown, chars = 0, [], []
        fields: list[bool] = []  # open fields, innermost last: True once in the result
        for pos, ch in enumerate(text):
            if ch == FIELD_BEGIN:
                fields.append(False)
            elif ch == FIELD_SEPARATOR and fields:
                fields[-1] = True
            elif ch == FIELD_END and fields:
                fields.pop()
            elif pos in rows:
                start = pos + 1  # an end-of-row mark belongs to no story paragraph
            elif ch in (PARAGRAPH_MARK, CELL_MARK) or (ch == FORM_FEED and pos in sections):
                paragraphs.append(Paragraph(start, pos, tuple(shown), "".join(chars)))
                start, shown, chars = pos + 1, [], []
            elif ch in HIDDEN or pos in hidden or not all(fields):
                continue
            else:
                shown.append(pos)
                chars.append(SHOWN_AS.get(ch, ch))
        if not paragraphs:
            raise ValueError("Word's story has no paragraph mark")
        return cls(tuple(paragraphs), len(text))

    # -------------------------------------------------------------- simulator -> Word
    def position(self, pos: Position, side: str = "after") -> int:
        """Word's position for a simulator position. Where characters the simulator does not
        show lie between two it shows, `side` says which end: "after" the previous shown
        character (a caret, the end of a range) or "before" the next one (the start of a
        range), so a range holds no more hidden characters than it must."""
        para, offset = pos
        if not 0 <= para < len(self.paragraphs):
            raise IndexError(f"paragraph {para} is not in the story ({len(self.paragraphs)})")
        p = self.paragraphs[para]
        if not 0 <= offset <= len(p.shown):
            raise IndexError(f"offset {offset} is outside paragraph {para} ({len(p.shown)})")
        if side == "before":
            return p.shown[offset] if offset < len(p.shown) else p.mark
        if side != "after":
            raise ValueError(f"side must be 'before' or 'after', not {side!r}")
        return p.start if offset == 0 else p.shown[offset - 1] + 1

    def span(self, selection: Selection) -> tuple[int, int]:
        """Word's (Start, End) for a selection (a caret: both the same)."""
        if selection.collapsed:
            at = self.position(selection.anchor)
            return at, at
        return self.position(selection.start, "before"), self.position(selection.end)

    # -------------------------------------------------------------- Word -> simulator
    def locate(self, at: int) -> Position:
        """The simulator position of Word position `at`: inside a paragraph, the shown
        characters before it; past a paragraph's mark (an end-of-row mark), the start of the
        next paragraph (or the end of the last)."""
        starts = [p.start for p in self.paragraphs]
        i = max(bisect_right(starts, at) - 1, 0)
        p = self.paragraphs[i]
        if at > p.mark:
            if i + 1 < len(self.paragraphs):
                return Position(i + 1, 0)
            return Position(i, len(p.shown))
        return Position(i, bisect_left(p.shown, at))

    def selection(self, start: int, end: int, start_is_active: bool = False) -> Selection:
        """The simulator selection of Word's Selection (Start, End, StartIsActive)."""
        a, b = self.locate(start), self.locate(end)
        if start == end or a == b:
            return Selection(a, a)
        return Selection(b, a) if start_is_active else Selection(a, b)

    def count(self, selection: Selection) -> int:
        """Characters a selection holds as the simulator counts them: shown characters, and
        one for each paragraph mark it crosses."""
        (a, i), (b, j) = selection.start, selection.end
        if a == b:
            return j - i
        inner = sum(len(self.paragraphs[k].text) for k in range(a + 1, b))
        return len(self.paragraphs[a].text) - i + inner + j + (b - a)

    def text(self, para: int) -> str:
        return self.paragraphs[para].text

    def __len__(self) -> int:
        return len(self.paragraphs)

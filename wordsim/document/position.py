"""Caret positions and selections over the main story (paragraph number, character offset)."""

from __future__ import annotations

from typing import NamedTuple


class Position(NamedTuple):
    """A point between characters: `offset` characters into paragraph `para` of the story."""

    para: int
    offset: int


class Selection(NamedTuple):
    """Word's selection: fixed `anchor`, moving `focus`; collapsed when they are equal."""

    anchor: Position
    focus: Position

    @classmethod
    def caret(cls, para: int, offset: int) -> Selection:
        p = Position(para, offset)
        return cls(p, p)

    @classmethod
    def span(cls, start: Position, end: Position) -> Selection:
        return cls(Position(*start), Position(*end))

    @property
    def start(self) -> Position:
        return min(self.anchor, self.focus)

    @property
    def end(self) -> Position:
        return max(self.anchor, self.focus)

    @property
    def collapsed(self) -> bool:
        return self.anchor == self.focus

    def paragraphs(self) -> range:
        """Story indices of every paragraph the selection touches; as in Word, a selection that
        ends at the very start of a paragraph does not touch that paragraph."""
        start, end = self.start, self.end
        last = end.para - 1 if end.offset == 0 and end.para > start.para else end.para
        return range(start.para, last + 1)

"""Paragraph-level pieces shared by the paragraph and list commands: the paragraphs a selection
touches, Word's twips in LibreOffice's 1/100 mm, a paragraph's style, and setting a property
directly only where the style does not already give that value (as Word writes it)."""

from __future__ import annotations

import unohelper
from com.sun.star.document import XUndoAction

MM100_PER_TWIP = 127 / 72  # 1/100 mm per twip (1440 twips = 2540 1/100 mm)


def to_mm100(twips: int) -> int:
    return round(twips * MM100_PER_TWIP)


def to_twips(mm100: int) -> int:
    return round(mm100 / MM100_PER_TWIP)


def selected_range(w) -> range:
    """Story indices of every paragraph the selection touches; as in Word, a selection that ends
    at the very start of a paragraph does not touch that paragraph."""
    anchor, focus = w.selection()
    start, end = min(anchor, focus), max(anchor, focus)
    last = end[0] - 1 if end[1] == 0 and end[0] > start[0] else end[0]
    return range(start[0], last + 1)


def selected(w) -> list:
    """The paragraph objects of every paragraph the selection touches."""
    rng = selected_range(w)
    return w.story.paragraphs[rng.start : rng.stop]


def paragraph_styles(w):
    return w.doc.getStyleFamilies().getByName("ParagraphStyles")


def style_of(w, p):
    """The paragraph style object `p` has."""
    return paragraph_styles(w).getByName(p.ParaStyleName)


def reset(obj, names) -> None:
    """Drop direct values: `obj` shows what its style gives (paragraphs have no
    setPropertiesToDefault, only the one-by-one XPropertyState)."""
    for name in names:
        obj.setPropertyToDefault(name)


def set_flag(w, p, values: dict) -> None:
    """Give `p` the properties `values`: directly where its style shows otherwise, else by
    dropping the direct value (Word writes no direct formatting that repeats the style's)."""
    style = style_of(w, p)
    names = tuple(values)
    inherited = style.getPropertyValues(names)
    if all(_same(values[n], v) for n, v in zip(names, inherited, strict=True)):
        reset(p, names)
        # some direct values survive the reset (BreakType does): those are set to the value
        names = tuple(n for n, v in zip(names, p.getPropertyValues(names), strict=True)
                      if not _same(values[n], v))
    p.setPropertyValues(names, tuple(values[n] for n in names))


def _same(a, b) -> bool:
    value = getattr(b, "value", b)  # a UNO enum compares by its value name
    return a == b or getattr(a, "value", a) == value


class _LevelUndo(unohelper.Base, XUndoAction):
    """Undo and redo of list level changes, which LibreOffice 7.4 leaves out of its undo stack
    when they are made through the API; soffice calls back into the bridge process for them."""

    def __init__(self, w, changes: list[tuple[int, int, int]]):
        self.Title = "List level"
        self.w, self.changes = w, changes  # (story index, level before, level after)

    def _put(self, after: bool) -> None:
        self.w.changed()
        paragraphs = self.w.story.paragraphs
        for i, before, level in self.changes:
            paragraphs[i].NumberingLevel = level if after else before

    def undo(self) -> None:
        self._put(after=False)

    def redo(self) -> None:
        self._put(after=True)


def set_levels(w, changes: list[tuple[int, int]]) -> None:
    """Give story paragraphs list levels [(index, level)], as one undoable change."""
    paragraphs = w.story.paragraphs
    done = [(i, paragraphs[i].NumberingLevel, level) for i, level in changes]
    for i, _, level in done:
        paragraphs[i].NumberingLevel = level
    w.undo_manager.addUndoAction(_LevelUndo(w, done))

"""Character properties as LibreOffice names them, read and written over text ranges; the
formatting Word gives typed text; formatting pending at a caret."""

from __future__ import annotations

from values import word_around

# The character properties a Word run's formatting maps to (and that typed text inherits).
CHAR_PROPS = (
    "CharWeight", "CharWeightComplex", "CharPosture", "CharPostureComplex", "CharUnderline",
    "CharWordMode", "CharStrikeout", "CharEscapement", "CharEscapementHeight", "CharCaseMap",
    "CharHidden", "CharFontName", "CharFontNameAsian", "CharFontNameComplex", "CharHeight",
    "CharHeightComplex", "CharColor", "CharHighlight", "CharStyleName",
)  # fmt: skip


def read(obj, names=CHAR_PROPS) -> dict:
    return dict(zip(names, obj.getPropertyValues(names), strict=True))


# Reading gives "" (or void) for "no character style"; writing it needs the style's own name.
_NO_CHAR_STYLE = "Standard"


def write(obj, values: dict) -> None:
    """Set `values` in one UNO call; None (a void property) is skipped, since UNO refuses to
    set a void."""
    names = tuple(n for n, v in values.items() if v is not None)
    if names:
        obj.setPropertyValues(names, tuple(
            _NO_CHAR_STYLE if n == "CharStyleName" and not values[n] else values[n]
            for n in names))


def give(obj, values: dict) -> None:
    """Make `obj` have `values`, writing only the ones it does not have already (so text does
    not get direct formatting that equals what it inherits)."""
    have = read(obj, tuple(values))
    write(obj, {n: v for n, v in values.items() if have[n] != v})


def caret_source(w, pos):
    """What typing at `pos` takes its formatting from, Word's way: the character before the
    caret, the first character at a paragraph start, the paragraph (its mark) when empty."""
    para, offset = pos
    n = len(w.text(para))
    if n == 0:
        return w.story.paragraphs[para]
    if offset == 0:
        return w.range((para, 0), (para, 1))
    return w.range((para, offset - 1), (para, offset))


def typing_format(w) -> dict:
    """The formatting Word gives typed text at the selection: the pending one, else the first
    selected character's, else the character before the caret's, else the paragraph mark's."""
    anchor, focus = w.selection()
    start = min(anchor, focus)
    found = read(caret_source(w, start) if anchor == focus or start[1] >= len(w.text(start[0]))
                 else w.range(start, (start[0], start[1] + 1)))
    if w.pending:
        found.update(w.pending)
    return found


class Targets:
    """What a character-formatting command changes: the selected text, the word around a
    caret inside a word, or (any other caret) the formatting pending for the next typing."""

    def __init__(self, w):
        self.w = w
        anchor, focus = w.selection()
        self.pending = False
        if anchor == focus:
            para, offset = anchor
            word = word_around(w.text(para), offset)
            if word is None:
                self.pending = True
                self.source = caret_source(w, anchor)
                return
            self.start, self.end = (para, word[0]), (para, word[1])
        else:
            self.start, self.end = min(anchor, focus), max(anchor, focus)

    def pieces(self) -> list:
        """Uniform pieces to read (the caret's source when pending)."""
        if self.pending:
            return [_PendingView(self.w, self.source)]
        return self.w.pieces(self.start, self.end)

    def set(self, values: dict) -> None:
        """Give the whole target `values`."""
        if self.pending:
            self.w.pending = {**(self.w.pending or {}), **values}
            return
        for r in self.w.ranges(self.start, self.end):
            write(r, values)

    def set_each(self, fn) -> None:
        """Give each piece `fn(current values of the piece) -> values to set`."""
        if self.pending:
            view = _PendingView(self.w, self.source)
            self.set(fn(view))
            return
        for piece in self.w.pieces(self.start, self.end):
            write(piece, fn(piece))


class _PendingView:
    """Reads properties as typing at the caret would get them (pending ones first)."""

    def __init__(self, w, source):
        self.w, self.source = w, source

    def getPropertyValue(self, name: str):  # the UNO spelling it stands in for
        pending = self.w.pending or {}
        return pending[name] if name in pending else self.source.getPropertyValue(name)

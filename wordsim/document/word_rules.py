"""Word's text rules that need nothing but the standard library: the font size list Grow/Shrink
Font steps through, word boundaries, Ctrl+Left/Right's word stops, Replace's case adaptation
and where an offset moves when text before it is replaced.

Stdlib only, no package-relative imports: the LibreOffice backend's bridge process runs under
Debian's Python, which cannot import the wordsim package (no lxml or python-docx there), and
loads this one file by its path so that both sides follow the same rules."""

from __future__ import annotations

import math

FONT_SIZES: tuple[float, ...] = (8, 9, 10, 11, 12, 14, 16, 18, 20, 22, 24, 26, 28, 36, 48, 72)
MIN_FONT_SIZE = 1.0
MAX_FONT_SIZE = 1638.0
_APOSTROPHES = "'\u2019"


def step_size(size: float, up: bool) -> float:
    """Ctrl+> / Ctrl+<: the next size in Word's list, by 10 above 72 and by 1 below 8."""
    if up:
        if size < FONT_SIZES[0]:
            return min(FONT_SIZES[0], math.floor(size) + 1)
        bigger = [s for s in FONT_SIZES if s > size]
        return bigger[0] if bigger else min(MAX_FONT_SIZE, (size // 10 + 1) * 10)
    if size <= FONT_SIZES[0]:
        return max(MIN_FONT_SIZE, math.ceil(size) - 1)
    if size > FONT_SIZES[-1]:
        return max(FONT_SIZES[-1], math.ceil(size / 10 - 1) * 10)
    return max(s for s in FONT_SIZES if s < size)


def is_word_char(text: str, i: int) -> bool:
    c = text[i]
    if c.isalnum() or c == "_":
        return True
    inner = 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
    return c in _APOSTROPHES and inner  # "don't" is one word


def word_around(text: str, offset: int, strict: bool = True) -> tuple[int, int] | None:
    """(start, end) of the word at `offset`: strictly inside it, or touching it if not strict."""
    n = len(text)
    left = offset > 0 and is_word_char(text, offset - 1)
    right = offset < n and is_word_char(text, offset)
    if not ((left and right) if strict else (left or right)):
        return None
    start, end = offset, offset
    while start > 0 and is_word_char(text, start - 1):
        start -= 1
    while end < n and is_word_char(text, end):
        end += 1
    return start, end


_WORD, _SPACE, _PUNCT, _SINGLE = range(4)


def _char_class(text: str, i: int) -> int:
    c = text[i]
    if c.isalnum() or c == "_":
        return _WORD
    if c in _APOSTROPHES and 0 < i < len(text) - 1:  # "don't" is one word
        if (text[i - 1].isalnum() or text[i - 1] == "_") and (
            text[i + 1].isalnum() or text[i + 1] == "_"
        ):
            return _WORD
    if c in "\t\n\v":  # a tab or line break is a word of its own
        return _SINGLE
    if c.isspace():
        return _SPACE
    return _PUNCT


def word_stops(text: str) -> list[int]:
    """Offsets Ctrl+Left/Right stop at: every word start and the paragraph end.

    A word is a run of letters/digits (or of punctuation: "," and "..." are words) together
    with the spaces after it; the paragraph mark is a word of its own, so the paragraph end
    is a stop too."""
    stops = [0]
    prev = None
    for i in range(len(text)):
        cls = _char_class(text, i)
        if i and cls != _SPACE and (cls != prev or cls == _SINGLE):
            stops.append(i)
        prev = cls
    if text:
        stops.append(len(text))
    return stops


def adapt_case(new: str, found: str) -> str:
    """Word's case adaptation of an all-lowercase replacement to the text it replaces: all
    capitals stay all capitals, a leading capital stays one."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return new.upper()
    if letters and found[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def map_offset(offset: int, edits: list[tuple[int, int, int]]) -> int:
    """Where `offset` moves after the (start, end, new length) edits, ascending, of its paragraph."""
    shift = 0
    for s, e, n in edits:
        if offset >= e:
            shift += n - (e - s)
        elif offset > s:
            return s + shift + n
        else:
            break
    return offset + shift

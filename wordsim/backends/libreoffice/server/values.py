"""Word's rules that the server needs but cannot import from the simulator (it must not import
wordsim): word boundaries, Ctrl+Left/Right's word stops, Grow/Shrink Font's size list and Replace's case adaptation. They
mirror wordsim.document.char_values and wordsim.document.find; tests check they agree."""

from __future__ import annotations

import math

FONT_SIZES = (8, 9, 10, 11, 12, 14, 16, 18, 20, 22, 24, 26, 28, 36, 48, 72)
MIN_FONT_SIZE, MAX_FONT_SIZE = 1.0, 1638.0
_APOSTROPHES = "'\u2019"


def is_word_char(text: str, i: int) -> bool:
    c = text[i]
    if c.isalnum() or c == "_":
        return True
    inner = 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
    return c in _APOSTROPHES and inner


def word_around(text: str, offset: int, strict: bool = True) -> tuple[int, int] | None:
    """(start, end) of the word at `offset`: strictly inside it, or touching it if not strict."""
    left = offset > 0 and is_word_char(text, offset - 1)
    right = offset < len(text) and is_word_char(text, offset)
    if not ((left and right) if strict else (left or right)):
        return None
    start, end = offset, offset
    while start > 0 and is_word_char(text, start - 1):
        start -= 1
    while end < len(text) and is_word_char(text, end):
        end += 1
    return start, end


_WORD, _SPACE, _PUNCT, _SINGLE = range(4)


def _char_class(text: str, i: int) -> int:
    c = text[i]
    if is_word_char(text, i):
        return _WORD
    if c in "\t\n\v":  # a tab or line break is a word of its own
        return _SINGLE
    return _SPACE if c.isspace() else _PUNCT


def word_stops(text: str) -> list[int]:
    """Offsets Ctrl+Left/Right stop at in Word: every word start (a word is a run of letters
    or of punctuation with the spaces after it) and the paragraph end."""
    stops, prev = [0], None
    for i in range(len(text)):
        cls = _char_class(text, i)
        if i and cls != _SPACE and (cls != prev or cls == _SINGLE):
            stops.append(i)
        prev = cls
    if text:
        stops.append(len(text))
    return stops


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


def adapt_case(new: str, found: str) -> str:
    """Word's case adaptation of an all-lowercase replacement to the found text."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return new.upper()
    if letters and found[:1].isupper():
        return new[:1].upper() + new[1:]
    return new

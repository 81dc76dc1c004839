"""Text checks and the text measures other checks share: occurrences of a phrase, how much of
a phrase a text holds, and how alike two documents' paragraph texts are (texts_equal)."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from wordsim.document.query import DocumentView

from ..damage import Footprint, matching_blocks, quote, texts
from .base import Assessment, assess, goal_check


def occurrences(view: DocumentView, text: str) -> list[tuple[int, int]]:
    """(paragraph, offset) of every occurrence of `text` in the paragraph texts, in story
    order, not overlapping (as Word's Find steps through them); case-sensitive."""
    out = []
    for i, t in enumerate(texts(view)):
        if text in t:
            k = t.find(text)
            while k >= 0:
                out.append((i, k))
                k = t.find(text, k + len(text))
    return out


def containment(needle: str, haystack: str | None) -> float:
    """1 when `haystack` contains `needle`; else the share of `needle` that its longest
    stretch found in `haystack` covers (partial credit while it is being typed)."""
    if not needle:
        return 1.0
    if not haystack:
        return 0.0
    if needle in haystack:
        return 1.0
    m = SequenceMatcher(None, needle, haystack, autojunk=False)
    return m.find_longest_match(0, len(needle), 0, len(haystack)).size / len(needle)


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Close to difflib's ratio of the two texts (paragraphs each ending in a newline), and
    far faster on long documents: equal paragraphs match whole, and only edited stretches are
    compared character by character."""
    if list(a) == list(b):
        return 1.0
    total = sum(map(len, a)) + len(a) + sum(map(len, b)) + len(b)
    matched = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            matched += sum(len(t) + 1 for t in a[i1:i2])
        elif tag == "replace":
            x, y = "\n".join(a[i1:i2]) + "\n", "\n".join(b[j1:j2]) + "\n"
            matched += sum(n for _, _, n in matching_blocks(x, y))
    return 2 * matched / total


def _text_list(expected) -> list[str]:
    if isinstance(expected, str) or not all(isinstance(t, str) for t in expected):
        raise ValueError("texts_equal needs `expected` as a list of paragraph strings")
    return list(expected)


def _differences(actual: list[str], expected: list[str]) -> list[str]:
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, actual, expected, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            out += [f"paragraph {i1 + k + 1} is {quote(actual[i1 + k])}, expected "
                    f"{quote(expected[j1 + k])}" for k in range(i2 - i1)]
        elif tag in ("replace", "delete"):
            out += [f"paragraph {i + 1} {quote(actual[i])} is not expected" for i in range(i1, i2)]
        if tag in ("replace", "insert") and i2 - i1 != j2 - j1:
            place = f"before paragraph {i2 + 1}" if i2 < len(actual) else "at the end"
            out += [f"paragraph {quote(t)} is missing {place}" for t in expected[j1:j2]]
    return out


@goal_check("texts_equal")
def texts_equal(old: DocumentView, new: DocumentView, /, expected: Sequence[str]) -> Assessment:
    """The paragraph texts (story order, table cells included) equal `expected`."""
    expected = _text_list(expected)
    actual = list(texts(new))
    missing = [] if actual == expected else _differences(actual, expected)
    footprint = Footprint(texts="any")
    return assess(similarity(actual, expected), missing[:5], footprint)

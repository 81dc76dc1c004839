"""The document's words in reading order, where `select_text` lands, and the task's targets.

Numeric observations show a window of `MAX_WORDS` words and the discrete actions select them.
Selecting goes through UFO's `select_text`, which picks the first occurrence of a text (exact
case, within one paragraph), so a span is reachable exactly when its text occurs nowhere
before it: `lands(...)` says so in one `str.find` over the joined paragraph texts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from envs.spaces import MAX_WORDS

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# How many words of the window come before the first target word.
LEAD = MAX_WORDS // 8
_PATCH_LIMIT = 8  # changed paragraphs an update patches in; more: split every text again


class WordIndex:
    """Words (paragraph, start, end) of the paragraph texts, rebuilt only when a text changed."""

    def __init__(self, texts: Sequence[str] = ()):
        self.texts: tuple[str, ...] = ()
        self.words: list[tuple[int, int, int]] = []
        self.first_word: list[int] = []  # paragraph -> index of its first word
        self.joined = ""
        self.offsets: list[int] = []  # paragraph -> offset of its text in `joined`
        self._first: dict[str, int] = {}
        self.memo: dict = {}  # what is derived from these texts alone (word masks by window)
        self.update(texts)

    def update(self, texts: Sequence[str]) -> bool:
        """Take the paragraph texts of the document now; False when none changed. When as
        many paragraphs as before, only those whose text changed are split into words again."""
        texts, old = tuple(texts), self.texts
        if texts == old and self.offsets:
            return False
        changed = None
        if len(texts) == len(old) and self.offsets:
            changed = [i for i, (a, b) in enumerate(zip(texts, old, strict=True)) if a != b]
        self.texts = texts
        if changed is not None and len(changed) <= _PATCH_LIMIT:
            # new lists: copies of this index share the old ones
            words, firsts, offsets = list(self.words), list(self.first_word), list(self.offsets)
            n = len(texts)
            for i in reversed(changed):
                start, end = firsts[i], firsts[i + 1] if i + 1 < n else len(words)
                fresh = [(i, m.start(), m.end()) for m in WORD.finditer(texts[i])]
                words[start:end] = fresh
                shift, grow = len(fresh) - (end - start), len(texts[i]) - len(old[i])
                for j in range(i + 1, n):
                    firsts[j] += shift
                    offsets[j] += grow
        else:
            words, firsts, offsets, at = [], [], [], 0
            for i, text in enumerate(texts):
                firsts.append(len(words))
                offsets.append(at)
                at += len(text) + 1
                words.extend((i, m.start(), m.end()) for m in WORD.finditer(text))
        self.words, self.first_word, self.offsets = words, firsts, offsets
        self.joined = "\n".join(texts)
        self._first, self.memo = {}, {}  # new objects: copies of this index keep the old ones
        return True

    def __len__(self) -> int:
        return len(self.words)

    def text(self, para: int, start: int, end: int) -> str:
        return self.texts[para][start:end]

    def word_text(self, j: int) -> str:
        return self.text(*self.words[j])

    def lands(self, para: int, start: int, end: int) -> bool:
        """Whether `select_text` of characters [start, end) of paragraph `para` selects them."""
        if end <= start:
            return False
        needle = self.texts[para][start:end]
        if "\n" in needle:  # a line break inside a paragraph: search paragraph by paragraph
            return _first_in_paragraphs(self.texts, needle) == (para, start)
        first = self._first.get(needle)
        if first is None:
            first = self._first[needle] = self.joined.find(needle)
            if len(self._first) > 4096:
                self._first.clear()
        return first == self.offsets[para] + start

    def window_start(self, targets: Sequence[str]) -> int:
        """Index of the first word the window shows: a little before the first word of the
        first target found in the text, or 0."""
        best = None
        for target in targets:
            if not target:
                continue
            for i, text in enumerate(self.texts):
                k = text.find(target)
                if k >= 0:
                    if best is None or (i, k) < best:
                        best = (i, k)
                    break
        if best is None:
            return 0
        i, k = best
        j = self.first_word[i]
        while j < len(self.words) and self.words[j][0] == i and self.words[j][2] <= k:
            j += 1
        return max(0, min(j - LEAD, len(self.words) - MAX_WORDS))

    def target_words(self, targets: Sequence[str]) -> set[int]:
        """Indices of words that overlap an occurrence of a target text."""
        out: set[int] = set()
        for target in targets:
            if not target:
                continue
            for i, text in enumerate(self.texts):
                k = text.find(target)
                while k >= 0:
                    end = k + len(target)
                    j = self.first_word[i]
                    while j < len(self.words) and self.words[j][0] == i:
                        _, s, e = self.words[j]
                        if s < end and e > k:
                            out.add(j)
                        j += 1
                    k = text.find(target, k + max(1, len(target)))
        return out


def _first_in_paragraphs(texts: Sequence[str], needle: str) -> tuple[int, int] | None:
    for i, text in enumerate(texts):
        k = text.find(needle)
        if k >= 0:
            return i, k
    return None

"""The built-in corpus of starting documents (builder specs under corpus/train and corpus/test),
and what tasks pick inside them: paragraphs, unique phrases, words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wordsim.document import WordDocument
from wordsim.document.query import DocumentView

from .base import SPLITS

# letters (accented ones too: "fête" is one word), with inner apostrophes and hyphens
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")


@dataclass(frozen=True)
class CorpusDoc:
    name: str
    split: str
    spec: str  # builder text (see wordsim.document.builder)

    def view(self) -> DocumentView:
        return _view(self.spec)

    def texts(self) -> list[str]:
        return list(_texts(self.spec))  # a copy: callers may edit theirs


@cache
def corpus(split: str = "train") -> tuple[CorpusDoc, ...]:
    """The documents of a split, sorted by name (held-out documents live in "test")."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    folder = resources.files("envs.tasks") / "corpus" / split
    docs = [CorpusDoc(f.name.removesuffix(".txt"), split, f.read_text(encoding="utf-8"))
            for f in folder.iterdir() if f.name.endswith(".txt")]
    return tuple(sorted(docs, key=lambda d: d.name))


@cache
def _view(spec: str) -> DocumentView:
    """The view of the document `spec` builds, read from the built document itself: a third of
    the time of saving and opening it, and the same records (tests/envs/test_corpus.py)."""
    return DocumentView.of(WordDocument.build(spec))


@cache
def _texts(spec: str) -> tuple[str, ...]:
    return tuple(p.text for p in _view(spec).paragraphs)


def body_paragraphs(doc: CorpusDoc, min_words: int = 6) -> list[int]:
    """Indices of ordinary text paragraphs (not headings, titles, lists or table cells)."""
    out = []
    for i, p in enumerate(doc.view().paragraphs):
        if p.table is None and p.list is None and (p.style or "Normal") == "Normal" \
                and len(p.text.split()) >= min_words:
            out.append(i)
    return out


@cache
def unique_phrases(doc: CorpusDoc, words: int = 2) -> tuple[tuple[int, str], ...]:
    """(paragraph index, phrase) for every run of `words` words that occurs exactly once in
    the whole document (so Find, select_text and checkers all land on the same place)."""
    texts = doc.texts()
    whole = "\n".join(texts)
    out = []
    for i, text in enumerate(texts):
        tokens = list(_WORD.finditer(text))
        for j in range(len(tokens) - words + 1):
            phrase = text[tokens[j].start() : tokens[j + words - 1].end()]
            plain = " ".join(t.group() for t in tokens[j : j + words]) == phrase
            if plain and whole.count(phrase) == 1:
                out.append((i, phrase))
    return tuple(out)

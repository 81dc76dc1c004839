"""Shared by the editing, structure, layout, header, annotation, composite and whole-document
families: a base class that samples a target inside a corpus document, finding text that
occurs once, describing places in words, and the plan steps that put the caret or the
selection where a Word user would put it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import SPLITS, Task, TaskFamily
from envs.tasks.corpus import CorpusDoc, corpus
from envs.tasks.phrasing import choose, held_out

# The Document control's UIA name is the window's document name; WordSim's Session calls its
# document "Document1" unless told otherwise (as Word names a new document).
DOCUMENT = "Document1"

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|\d+")
_HEADING = re.compile(r"^Heading \d$")


# ------------------------------------------------------------------ finding text
def joined(texts: Sequence[str] | str) -> str:
    """The paragraphs as one string (a paragraph break cannot be part of a searched text)."""
    return texts if isinstance(texts, str) else "\n".join(texts)


def unique(texts: Sequence[str] | str, s: str) -> bool:
    """`s` occurs exactly once (overlaps counted), so select_text's first match is it. Pass
    `joined(texts)` when checking many strings against the same paragraphs."""
    whole = joined(texts)
    i = whole.find(s) if s and "\n" not in s else -1
    return i >= 0 and whole.find(s, i + 1) < 0


def unique_nocase(texts: Sequence[str] | str, s: str) -> bool:
    """Once, ignoring case (what Find and Replace without "Match case" needs)."""
    return unique(joined(texts).lower(), s.lower())


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each white-space separated token."""
    return [m.span() for m in _TOKEN.finditer(text)]


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word (letters with inner apostrophes or hyphens) or number."""
    return [m.span() for m in _WORD.finditer(text)]


def phrase_spans(text: str, k: int) -> list[tuple[int, int]]:
    """(start, end) of every run of `k` words joined by single spaces."""
    spans = word_spans(text)
    out = []
    for j in range(len(spans) - k + 1):
        if all(text[spans[i][1]:spans[i + 1][0]] == " " for i in range(j, j + k - 1)):
            out.append((spans[j][0], spans[j + k - 1][1]))
    return out


def bounded(text: str, start: int, end: int) -> bool:
    """[start, end) is not part of a longer word or number."""
    return (start == 0 or not text[start - 1].isalnum()) and \
        (end == len(text) or not text[end].isalnum())


def deletion(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span to delete so that [start, end) goes with the space before it, leaving no
    double space or space before punctuation; None when there is no such clean cut."""
    if start > 0 and text[start - 1] == " " and (end == len(text) or text[end] in " ,.;:!?)"):
        return start - 1, end
    return None


def char_formats(doc: CorpusDoc, para: int) -> list[tuple]:
    """The formatting of each character of paragraph `para` (its run's fields)."""
    out: list[tuple] = []
    for r in doc.view().paragraphs[para].runs:
        out.extend([r[1:]] * len(r.text))
    return out


def ambiguous_cut(doc: CorpusDoc, para: int, a: int, b: int) -> bool:
    """Removing [a, b) leaves the same text as removing it one character to the left or right,
    with characters of another look then standing where the kept ones were: a text diff (and
    a damage check built on one) may then see a formatting change."""
    t, fmt = doc.texts()[para], char_formats(doc, para)
    if len(fmt) != len(t):
        return True
    left = a > 0 and t[a - 1] == t[b - 1] and fmt[a - 1] != fmt[b - 1]
    right = b < len(t) and t[a] == t[b] and fmt[a] != fmt[b]
    return left or right


def anchor(texts: Sequence[str], para: int) -> str | None:
    """A short piece of paragraph `para` found nowhere else: where select_text lands in it."""
    t, whole = texts[para], joined(texts)
    spans = words(t)
    for k in (2, 3, 1, 4, 5, 6, 8):
        for j in range(len(spans) - k + 1):
            s = t[spans[j][0]:spans[j + k - 1][1]]
            if unique(whole, s):
                return s
    return t if unique(whole, t) else None


def q(text: str) -> str:
    """`text` in quotes, as a user writes it in a request."""
    return f"'{text}'" if '"' in text else f'"{text}"'


def opening(texts: Sequence[str], para: int, min_words: int = 3) -> str | None:
    """The paragraph's first words, as many as no other paragraph starts with."""
    t = texts[para]
    spans = words(t)
    for k in range(max(1, min(min_words, len(spans))), min(len(spans), 10) + 1):
        prefix = t[:spans[k - 1][1]].rstrip(",;:")
        if not any(i != para and other.startswith(prefix) for i, other in enumerate(texts)):
            return prefix
    return None


def is_heading(style: str | None) -> bool:
    return bool(style) and bool(_HEADING.match(style))


def describe(doc: CorpusDoc, para: int) -> str | None:
    """Words that point at paragraph `para`: its heading text or its opening words."""
    texts = doc.texts()
    p = doc.view().paragraphs[para]
    if is_heading(p.style) and texts.count(p.text) == 1:
        return f"the heading {q(p.text)}"
    if p.style == "Title" and texts.count(p.text) == 1:
        return f"the title {q(p.text)}"
    start = opening(texts, para)
    if start is None:
        return None
    return f"the paragraph starting {q(start)}" if start != p.text else f"the line {q(p.text)}"


def text_paragraphs(doc: CorpusDoc, min_words: int = 6) -> list[int]:
    """Ordinary paragraphs of running text (no headings, lists or tables)."""
    out = []
    for i, p in enumerate(doc.view().paragraphs):
        if p.table is None and p.list is None and p.style in (None, "Normal") \
                and len(p.text.split()) >= min_words:
            out.append(i)
    return out


def headings(doc: CorpusDoc) -> list[int]:
    return [i for i, p in enumerate(doc.view().paragraphs) if is_heading(p.style)]


# ------------------------------------------------------------------ sentences
_ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "st", "no", "mt", "vs", "etc", "e.g", "i.e", "a.m",
                  "p.m", "approx", "inc", "ltd", "co", "jr", "sr", "prof", "fig", "dept", "rev"}
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'‘“])")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; abbreviations and initials do not end one."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        last = text[start:m.start()].split()
        word = last[-1].rstrip(".!?").lower() if last else ""
        if word in _ABBREVIATIONS or len(word) <= 1:
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text.rstrip())))
    return [(s, e) for s, e in out if e > s]


# ------------------------------------------------------------------ plan steps
def type_text(text: str) -> dict:
    """Type into the document (UFO's set_edit_text on the Document control; appends)."""
    return P.step(f"Type {text!r}", "set_edit_text", {"text": text}, DOCUMENT, "Document")


def caret_at(texts: Sequence[str], para: int, end: bool) -> list[dict]:
    """Steps that put the caret at the start (Home) or end (End) of paragraph `para`."""
    for k in range(para, max(para - 3, -1), -1):  # text that repeats: start a little above
        a = anchor(texts, k)
        if a is not None and k == para:
            return [P.select_text(a), P.keys("{END}" if end else "{HOME}")]
        if a is not None:  # Ctrl+Down goes to the start of the next paragraph
            return [P.select_text(a), P.keys(f"^{{DOWN {para - k}}}"),
                    *([P.keys("{END}")] if end else [])]
    down = [P.keys(f"^{{DOWN {para}}}")] if para else []
    return [P.keys("^{HOME}"), *down, *([P.keys("{END}")] if end else [])]


def select_span(texts: Sequence[str], para: int, start: int, end: int) -> list[dict]:
    """Steps that select characters [start, end) of paragraph `para`: Find the text itself
    when it is unique, else a unique stretch around it and then shrink with Shift+arrows."""
    t, n, whole = texts[para], end - start, joined(texts)
    if unique(whole, t[start:end]):
        return [P.select_text(t[start:end])]
    for e in range(end + 1, len(t) + 1):
        if unique(whole, t[start:e]):
            return [P.select_text(t[start:e]), P.keys("{LEFT}"), P.keys(f"+{{RIGHT {n}}}")]
    for b in range(start - 1, -1, -1):
        if unique(whole, t[b:end]):
            return [P.select_text(t[b:end]), P.keys("{RIGHT}"), P.keys(f"+{{LEFT {n}}}")]
    steps = caret_at(texts, para, end=False)
    if start:
        steps.append(P.keys(f"{{RIGHT {start}}}"))
    return steps + [P.keys(f"+{{RIGHT {n}}}")]


def select_paragraph(texts: Sequence[str], para: int) -> list[dict]:
    """Select the whole text of paragraph `para` (Home, then Shift+End)."""
    if unique(texts, texts[para]):
        return [P.select_text(texts[para])]
    return caret_at(texts, para, end=False) + [P.keys("+{END}")]


def api_select(para: int, start: int, end: int | None = None) -> tuple:
    """The API step selecting [start, end) of paragraph `para` (a caret when end is None)."""
    stop = start if end is None else end
    return ("select_range", {"start": [para, start], "end": [para, stop]})


# ------------------------------------------------------------------ the base class
def digest(*parts) -> str:
    return hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:12]


class CorpusFamily(TaskFamily):
    """A family whose tasks are a target inside a corpus document plus parameters.

    Subclasses give `targets(doc, difficulty)` (deterministic, doc-dependent choices), `variety`
    (how many requests each target yields: parameter values x phrasings) and `build`. Sampling
    picks a document that has targets, a target, then `build` draws the rest from the rng; the
    instance count is the sum of `variety` over every target of every document."""

    difficulties = (1, 2, 3)
    # Where a Composite puts this family's steps (lower runs first), and what its goals touch:
    # "text" (paragraph texts), "keep" (formats or annotates text that stays), "page" (page
    # setup, headers, footers) or "alone" (many places at once); see composite.py.
    compose_order = 1
    compose_kind = "text"
    # Every set of request templates the family phrases with (the split picks within a set).
    phrasing_sets: tuple[tuple[str, ...], ...] = ()

    def __init__(self):
        self._targets: dict = {}

    def targets(self, doc: CorpusDoc, difficulty: int) -> tuple:
        key = (doc.split, doc.name, doc.spec, difficulty)
        hit = self._targets.get(key)
        if hit is None:
            if len(self._targets) > 4096:  # composites bring documents of their own
                self._targets.clear()
            hit = self._targets[key] = tuple(self.find_targets(doc, difficulty))
        return hit

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        raise NotImplementedError

    def variety(self, split: str, difficulty: int, target) -> int:
        raise NotImplementedError

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        raise NotImplementedError

    # ---------------------------------------------------------------- sampling
    def sample(self, rng: np.random.Generator, split: str = "train",
               difficulty: int | None = None) -> Task:
        if difficulty is None:
            difficulty = int(choose(rng, self.difficulties))
        docs = corpus(split)
        order = rng.permutation(len(docs))  # documents in a random order; the first with a
        for level in (difficulty, *[d for d in self.difficulties if d != difficulty]):
            for k in order:  # target wins (targets are found lazily, document by document)
                task = self.sample_on(rng, split, level, docs[int(k)])
                if task is not None:
                    return task
        raise ValueError(f"{self.id}: no {split} document offers a target")

    def sample_on(self, rng: np.random.Generator, split: str, difficulty: int,
                  doc: CorpusDoc) -> Task | None:
        """A task on this document (None when it offers no target at this difficulty)."""
        found = self.targets(doc, difficulty)
        if not found:
            return None
        return self.build(rng, split, difficulty, doc, found[int(rng.integers(len(found)))])

    def count_on(self, doc: CorpusDoc, difficulty: int) -> int:
        return sum(self.variety(doc.split, difficulty, t) for t in self.targets(doc, difficulty))

    def instance_count(self) -> int:
        return sum(self.count_on(doc, level) for split in SPLITS for doc in corpus(split)
                   for level in self.difficulties)

    # ---------------------------------------------------------------- building
    def task(self, split: str, difficulty: int, doc: CorpusDoc, request: str, goal, ui,
             api) -> Task:
        goal = tuple((name, dict(params)) for name, params in goal)
        api = tuple((name, dict(args)) for name, args in api)
        return Task(family=self.id, request=request, document=doc.spec, goal=goal,
                    ui_plan=P.numbered(ui), api_plan=api, difficulty=difficulty, split=split,
                    uid=f"{self.id}-{split}-{digest(doc.name, request, goal)}")


def phrasings(templates: Sequence[str], split: str) -> int:
    """How many phrasings a split may use."""
    return len(held_out(templates, split))

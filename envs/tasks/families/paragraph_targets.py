"""Paragraph targets of the paragraph formatting families (one paragraph named by its opening
words, or a run of consecutive paragraphs), how a request names them, how a user selects
them, and the base class those families share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np

from wordsim.document.query import Paragraph

from .. import plans
from ..corpus import CorpusDoc
from ._formatting_common import (
    FormattingFamily,
    Path,
    Target,
    is_unique,
    pick_path,
    place_of,
    quoted,
)

_TOKEN = re.compile(r"\S+")
MIN_KEY_WORDS = 3  # a paragraph is named by at least its first three words (or all of it)
MAX_KEY_WORDS = 8
NUMBER_WORDS = {2: "two", 3: "three"}
_EDGE = " ,;:·•–—-\"'“”‘’("


@cache
def paragraph_key(doc: CorpusDoc, index: int) -> str | None:
    """The shortest opening of paragraph `index` (at least three words, or all of it) that
    occurs nowhere else in the document, without punctuation at its ends; None when there is
    none."""
    text = doc.texts()[index]
    tokens = list(_TOKEN.finditer(text))
    if not tokens or tokens[0].start() != 0:
        return None
    for n in range(min(MIN_KEY_WORDS, len(tokens)), min(MAX_KEY_WORDS, len(tokens)) + 1):
        # quotes, dashes and separators at either end are not part of what a request quotes
        key = text[: tokens[n - 1].end()].strip(_EDGE)
        if len(key.split()) >= min(n, MIN_KEY_WORDS) and any(c.isalpha() for c in key) \
                and is_unique(doc, key):
            return key
    return None


def single_targets(doc: CorpusDoc, places: Sequence[str],
                   keep: Callable[[int], bool] = lambda i: True) -> tuple[Target, ...]:
    out = []
    for i in range(len(doc.texts())):
        place = place_of(doc, i)
        key = paragraph_key(doc, i) if place in places and keep(i) else None
        if key:
            out.append(Target(doc, (i,), key, place, (key,)))
    return tuple(out)


def group_targets(doc: CorpusDoc, places: Sequence[str], sizes: Sequence[int] = (2, 3),
                  keep: Callable[[int], bool] = lambda i: True) -> tuple[Target, ...]:
    """Runs of consecutive paragraphs of the same place (two or three of them)."""
    out = []
    count = len(doc.texts())
    for size in sizes:
        for first in range(count - size + 1):
            idx = tuple(range(first, first + size))
            places_ = {place_of(doc, i) for i in idx}
            keys = tuple(paragraph_key(doc, i) for i in idx)
            if len(places_) == 1 and places_ <= set(places) and all(keys) \
                    and all(keep(i) for i in idx):
                out.append(Target(doc, idx, keys[0], places_.pop(), keys))
    return tuple(out)


_PLACES = ("heading", "list", "table", "body", "line", "other")  # every `place_of`
_KIND = {"heading": "heading", "list": "list item", "table": "table cell", "line": "line",
         "body": "paragraph", "other": "paragraph"}


def describe(target: Target) -> str:
    """How a request names the target: 'the paragraph starting "..."', 'the heading "..."',
    'the two paragraphs starting "..." and "..."'."""
    if len(target.keys) > 1:
        names = [quoted(k) for k in target.keys]
        return (f"the {NUMBER_WORDS.get(len(names), len(names))} paragraphs starting "
                f"{', '.join(names[:-1])} and {names[-1]}")
    kind = _KIND[target.place]
    if target.text == target.doc.texts()[target.paras[0]].strip():
        return f"the {kind} {quoted(target.text)}"
    return f"the {kind} starting {quoted(target.text)}"


def ordinal(doc: CorpusDoc, index: int) -> int:
    """The 1-based number of paragraph `index` among the non-empty paragraphs (UFO's
    select_paragraph counts those)."""
    return sum(1 for t in doc.texts()[: index + 1] if t.strip())


def select_paragraphs_ui(rng: np.random.Generator, target: Target, level: int) -> list[dict]:
    """A user puts the selection in the paragraph(s): select_text of the opening words (or just
    the caret there), Word's select_paragraph, or for several paragraphs the keyboard:
    Ctrl+Shift+Down once per paragraph, then Shift+Left to leave the next one out. At level 0
    the caret already sits in the target (the first paragraph): nothing to select."""
    if level == 0:
        return []
    first, last = target.paras[0], target.paras[-1]
    start, end = ordinal(target.doc, first), ordinal(target.doc, last)
    com = plans.step(f"Select paragraph {start}" if start == end
                     else f"Select paragraphs {start} to {end}", "select_paragraph",
                     {"start_index": start, "end_index": end, "non_empty": True})
    if len(target.paras) > 1:
        n = len(target.paras)
        keys = plans.keys(f"{{HOME}}^+{{DOWN {n}}}+{{LEFT}}",
                          f"Extend the selection over {n} paragraphs")
        return pick_path(rng, (Path(1, (plans.select_text(target.text), keys)),
                               Path(2, (com,))), level)
    return pick_path(rng, (
        Path(1, (plans.select_text(target.text),)),
        Path(2, (plans.select_text(target.text), plans.keys("{HOME}", "Put the caret there"))),
        Path(2, (com,)),
    ), level)


class ParagraphFamily(FormattingFamily):
    """A family that formats whole paragraphs. Difficulty 1: an ordinary text paragraph;
    2: a heading, list item, table cell or short line; 3: two or three consecutive paragraphs.
    A family may add level 0 to its `difficulties`: the paragraph the caret starts in (the
    first), whatever it is, so that only the command is left to find (a first RL level)."""

    places: dict[int, tuple[str, ...]] = {0: _PLACES, 1: ("body",),
                                          2: ("heading", "list", "table", "line"), 3: ("body",)}

    def keep(self, doc: CorpusDoc, index: int) -> bool:
        """Whether paragraph `index` may be a target at all (families narrow this down)."""
        return True

    def targets(self, doc, level):
        return _targets(self, doc, level)

    def paragraphs(self, target: Target) -> list[Paragraph]:
        view = target.doc.view()
        return [view.paragraphs[i] for i in target.paras]

    def none_has(self, target: Target, test: Callable[[Paragraph], bool]) -> bool:
        """No paragraph of the target passes `test` yet (so the goal fails at the start)."""
        return not any(test(p) for p in self.paragraphs(target))

    def select_ui(self, rng, target, level):
        return select_paragraphs_ui(rng, target, level)

    def select_api(self, target):
        if len(target.paras) == 1:
            return [("select_text", {"text": target.text})]
        return [("select_paragraphs", {"start_index": target.paras[0] + 1,
                                       "end_index": target.paras[-1] + 1, "non_empty": False})]

    def words(self, target, option):
        return {"target": describe(target), **self.option_words(option)}

    def option_words(self, option) -> dict:
        return {}

    @staticmethod
    def paragraph_goal(target: Target, props: dict) -> tuple:
        contains = target.keys[0] if len(target.keys) == 1 else list(target.keys)
        return (("paragraph_format", {"contains": contains, "props": props}),)


def _targets(family: ParagraphFamily, doc: CorpusDoc, level: int) -> tuple[Target, ...]:
    key = (family.id, doc, level)
    if key not in _TARGETS:
        places = family.places[level]
        keep = lambda i: family.keep(doc, i) and (level > 0 or i == 0)  # noqa: E731
        _TARGETS[key] = group_targets(doc, places, keep=keep) if level == 3 \
            else single_targets(doc, places, keep)
    return _TARGETS[key]


_TARGETS: dict = {}

"""Phrase targets of the character formatting families (unique phrases by difficulty, and the
formatting each of their characters starts with) and the base class those families share."""

from __future__ import annotations

from functools import cache

import numpy as np

from wordsim.document.query import Run

from ..corpus import CorpusDoc, unique_phrases
from ._formatting_common import (
    MARKERS,
    FormattingFamily,
    Target,
    can_mark,
    is_unique,
    place_of,
    quoted,
    select_phrase_ui,
)

# Where a phrase may sit at each difficulty: 1 a plain paragraph or line, 2 an ordinary text
# paragraph (with a longer phrase), 3 a table cell, list item or heading.
PLACES = {1: ("body", "line"), 2: ("body",), 3: ("table", "list", "heading")}
SPAN_WORDS = 3  # difficulty 3 also has phrases whose first word starts out formatted
# A phrase a person would name starts and ends with a content word ("quarterly results", not
# "results for the").
FUNCTION_WORDS = frozenset("""
a an and any are as at be been but by can could did do does for from had has have he her his
i if in into is it its may me might more most must my no nor not of off on or our out over she
should so some such than that the their them then there these they this those to too up us was
we were what when where which while who will with would you your
""".split())


@cache
def _paragraph_chars(doc: CorpusDoc, index: int) -> tuple[Run, ...] | None:
    """The run of every character of a paragraph; None when its runs do not spell its text
    (fields, tabs): formatting there is left alone."""
    p = doc.view().paragraphs[index]
    if "".join(r.text for r in p.runs) != p.text:
        return None
    return tuple(r for r in p.runs for _ in r.text)


@cache
def char_runs(target: Target) -> tuple[Run, ...] | None:
    """The starting formatting of every character of a phrase target (its markup included)."""
    chars = _paragraph_chars(target.doc, target.paras[0])
    if chars is None:
        return None
    start = target.doc.view().paragraphs[target.paras[0]].text.find(target.text)
    runs = list(chars[start : start + len(target.text)])
    for begin, end, marker in target.markup:
        prop = MARKERS[marker]
        value = "single" if prop == "underline" else True
        marked: dict[int, Run] = {}  # the characters of a run share one record: mark it once
        for k in range(begin, end):
            run = runs[k]
            if id(run) not in marked:
                marked[id(run)] = run._replace(**{prop: value})
            runs[k] = marked[id(run)]
    return tuple(runs)


@cache
def distinct_runs(target: Target) -> tuple[Run, ...] | None:
    """The different formatting records among the target's characters (a run's characters
    share one), enough for any test of every character."""
    runs = char_runs(target)
    return None if runs is None else tuple({id(r): r for r in runs}.values())


def has(run: Run, prop: str, value) -> bool:
    """The run has run_format property `prop` = `value` (underline True: any underline)."""
    actual = getattr(run, prop)
    if prop == "underline":
        return (actual not in (None, "none")) == value if isinstance(value, bool) \
            else actual == value
    if prop == "color":
        return (actual or "").upper() == str(value).upper()
    if isinstance(value, bool):
        return bool(actual) == value
    return actual == value


def all_have(target: Target, prop: str, value) -> bool | None:
    """Every character of the target has it; None when the target's runs are unreadable."""
    runs = distinct_runs(target)
    return None if runs is None else all(has(r, prop, value) for r in runs)


def is_content(text: str) -> bool:
    """`text` starts and ends with a word that is not a function word."""
    tokens = text.lower().split(" ")
    return tokens[0] not in FUNCTION_WORDS and tokens[-1] not in FUNCTION_WORDS


def is_whole_words(paragraph: str, text: str) -> bool:
    """`text` neither starts nor ends inside a word of `paragraph` ("te" of "fête" does)."""
    start = paragraph.find(text)
    end = start + len(text)
    return start >= 0 and (start == 0 or not paragraph[start - 1].isalnum()) \
        and (end == len(paragraph) or not paragraph[end].isalnum())


def phrase_targets(doc: CorpusDoc, words: int, places: tuple[str, ...]) -> list[Target]:
    """Phrases of `words` whole words that occur once, start and end with content words, in
    paragraphs of the given places."""
    out = []
    texts = doc.texts()
    for i, text in unique_phrases(doc, words):
        place = place_of(doc, i)
        if place in places and is_content(text) and is_unique(doc, text) \
                and is_whole_words(texts[i], text) and _paragraph_chars(doc, i) is not None:
            out.append(Target(doc, (i,), text, place))
    return out


def spanning_targets(doc: CorpusDoc, marker: str, words: int = SPAN_WORDS) -> list[Target]:
    """Phrases of ordinary paragraphs whose first word starts out formatted with `marker`, so
    that the phrase spans two runs."""
    out = []
    for target in phrase_targets(doc, words, ("body",)):
        if can_mark(doc.spec, target.text):
            first = target.text.split(" ")[0]
            out.append(Target(doc, target.paras, target.text, "body", (),
                              ((0, len(first), marker),)))
    return out


@cache
def level_targets(doc: CorpusDoc, level: int, words: tuple[int, ...],
                  span_marker: str | None) -> tuple[Target, ...]:
    found = [t for n in words for t in phrase_targets(doc, n, PLACES[level])]
    if level == 3 and span_marker:
        found += spanning_targets(doc, span_marker)
    return tuple(found)


class CharacterFamily(FormattingFamily):
    """A family that formats a phrase: its targets, selection and goal shape."""

    words_by_level: dict[int, tuple[int, ...]] = {1: (2,), 2: (3, 4), 3: (2,)}
    span_marker: str | None = "**"  # the first word of a spanning target starts out bold

    def targets(self, doc, level):
        return level_targets(doc, level, self.words_by_level[level], self.span_marker)

    def select_ui(self, rng: np.random.Generator, target, level):
        return select_phrase_ui(rng, target.text, level)

    def select_api(self, target):
        return [("select_text", {"text": target.text})]

    def words(self, target, option):
        return {"text": quoted(target.text), **self.option_words(option)}

    def option_words(self, option) -> dict:
        return {}

    @staticmethod
    def run_goal(target: Target, props: dict) -> tuple:
        return (("run_format", {"text": target.text, "props": props}),)

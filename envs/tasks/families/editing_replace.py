"""Replacing text: ReplaceText (one word, a phrase through Find and Replace, a table entry) and
ReplaceAll (every occurrence of a word, with "Find whole words only" and "Match case")."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import Task
from envs.tasks.corpus import CorpusDoc
from envs.tasks.phrasing import choose, phrase
from envs.tasks.registry import register

from . import editing_pools as pools
from ._editing_common import (
    CorpusFamily,
    api_select,
    bounded,
    char_formats,
    describe,
    joined,
    phrase_spans,
    phrasings,
    q,
    select_span,
    type_text,
    unique,
    unique_nocase,
    word_spans,
)

_NUMBER_NEIGHBOURS = ".,:/–-%£$€"


def uniform(doc: CorpusDoc, para: int, start: int, end: int) -> bool:
    """[start, end) looks the same throughout: the replacement takes the look of its first
    character (as in Word), so a phrase of mixed looks would lose part of it."""
    return len(set(char_formats(doc, para)[start:end])) == 1


def alternatives(word: str) -> tuple[str, ...]:
    """Words that can stand in for `word` (same case shape): synonyms, other months or
    weekdays, nearby numbers; () when none."""
    if word.isdigit():
        n = int(word)
        return tuple(str(n + d) for d in (1, 2, 5, 10)) if len(word) <= 3 else ()
    for group in (pools.MONTHS, pools.WEEKDAYS):
        if word in group:
            return tuple(w for w in group if w != word)
    alts = pools.SYNONYMS.get(word.lower(), ())
    if word[:1].isupper() and word[1:].islower():
        return tuple(a[:1].upper() + a[1:] for a in alts)
    return alts if word.islower() else ()


def _swappable(text: str, start: int, end: int) -> bool:
    """A word that may be swapped here: numbers only between spaces or plain punctuation."""
    if not bounded(text, start, end):
        return False
    if text[start:end].isdigit():
        near = text[start - 1:start] + text[end:end + 1]
        return not any(c in _NUMBER_NEIGHBOURS for c in near)
    return True


_REPLACE_WORD = (
    "Replace the word {old} with {new}.",
    "Change {old} to {new}.",
    "Please swap {old} for {new}.",
    "In {where}, change {old} to {new}.",
    "Use {new} instead of {old}.",
    "Could you replace {old} with {new}?",
    "Edit the text so that it says {new} where it now says {old}.",
    "{old} should read {new}; fix that please.",
)
_REPLACE_PHRASE = (
    "Replace {old} with {new}.",
    "Change the phrase {old} to {new}.",
    "Please reword {old} as {new}.",
    "Find {old} and replace it with {new}.",
    "Where it says {old}, make it say {new}.",
    "Swap {old} for {new} in {where}.",
    "Can you change {old} into {new}?",
    "Update {old} to read {new}.",
)
_REPLACE_CELL = (
    "In the table, change the {column} for {row} from {old} to {new}.",
    "Update the table: the {column} of {row} should be {new}, not {old}.",
    "Change {old} to {new} in the {column} column of the {row} row.",
    "The {column} for {row} is now {new}; please update the table.",
    "Please set the {column} of {row} to {new} in the table.",
    "Edit the table so that the {column} entry for {row} reads {new}.",
    "Replace {old} with {new} in the table row for {row}.",
    "Could you correct the {column} for {row} to {new}?",
)
_REPLACE_IN_ROW = (
    "In the table row for {row}, change {old} to {new}.",
    "Change {old} to {new} in the {row} row of the table.",
    "In the table, the row {row} should say {new} instead of {old}.",
    "Please update {row} in the table: {old} becomes {new}.",
    "Replace {old} with {new} in the table row for {row}.",
    "Could you change {old} to {new} in the row for {row}?",
    "Edit the table row {row} so that {old} reads {new}.",
    "Correct the table: for {row}, it should be {new} rather than {old}.",
)


def has_header(cells) -> bool:
    """The first row looks like column headings: short texts without digits."""
    return len(cells) > 1 and all(c.strip() and not any(ch.isdigit() for ch in c)
                                  and len(c.split()) <= 4 for c in cells[0])


@register
class ReplaceText(CorpusFamily):
    """Replace one word or phrase with another."""

    id = "ReplaceText"
    phrasing_sets = (_REPLACE_WORD, _REPLACE_PHRASE, _REPLACE_CELL, _REPLACE_IN_ROW)
    description = ("Replace one occurrence: a word by selecting and typing (1), a phrase "
                   "through Find and Replace (2), an entry of a table (3).")
    max_steps = 12

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        if difficulty == 3:
            return self._cells(doc)
        texts = doc.texts()
        whole, out = joined(texts), []
        for i, p in enumerate(doc.view().paragraphs):
            t = p.text
            if p.table is not None or describe(doc, i) is None:
                continue
            if difficulty == 1:
                for s, e in word_spans(t):
                    alts = alternatives(t[s:e])
                    if alts and _swappable(t, s, e) and unique(whole, t[s:e]) \
                            and uniform(doc, i, s, e):
                        out.append((i, s, e, tuple(alts)))
                continue
            for s, e in (sp for k in (2, 3) for sp in phrase_spans(t, k)):
                old = t[s:e]
                if not bounded(t, s, e) or old.upper() == old or not unique_nocase(whole, old) \
                        or not uniform(doc, i, s, e):
                    continue
                swaps = [(a, b, alternatives(old[a:b])) for a, b in word_spans(old)
                         if _swappable(old, a, b)]
                swaps = [(a, b, alts) for a, b, alts in swaps if alts]
                if len(swaps) == 1:
                    a, b, alts = swaps[0]
                    out.append((i, s, e, tuple(old[:a] + x + old[b:] for x in alts)))
        return out

    def _cells(self, doc: CorpusDoc) -> list:
        view, out = doc.view(), []
        for i, p in enumerate(view.paragraphs):
            if p.table is None or not p.text.strip() or p.cell[0] == 0 or p.cell[1] == 0:
                continue
            cells = view.tables[p.table].cells
            r, c = p.cell
            row = cells[r][0]
            column = cells[0][c] if has_header(cells) else None
            values = sorted({x[c] for x in cells[1:]} - {p.text, ""})
            ok = column is not None or cells[r].count(p.text) == 1
            if row.strip() and [x[0] for x in cells].count(row) == 1 and values and ok:
                out.append((i, 0, len(p.text), tuple(values), column, row))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        templates = {1: _REPLACE_WORD, 2: _REPLACE_PHRASE}.get(difficulty) or \
            (_REPLACE_CELL if target[4] else _REPLACE_IN_ROW)
        return len(target[3]) * phrasings(templates, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        i, s, e, alts = target[:4]
        texts = doc.texts()
        old, new = texts[i][s:e], choose(rng, alts)
        expected = list(texts)
        expected[i] = texts[i][:s] + new + texts[i][e:]
        api = [api_select(i, s, e), ("type_text", {"text": new})]
        if difficulty == 2:
            request = phrase(rng, _REPLACE_PHRASE, split, old=q(old), new=q(new),
                             where=describe(doc, i))
            button = P.click("Replace")
            ui = [P.keys("^h"), P.type_into("Find what:", old), P.type_into("Replace with:", new),
                  button, button, P.click("Cancel")]
            api = [("document_start", {}), ("replace", {"find": old, "replace": new}),
                   ("replace", {"find": old, "replace": new})]
        elif difficulty == 3:
            column, row = target[4:]
            request = phrase(rng, _REPLACE_CELL if column else _REPLACE_IN_ROW, split, old=q(old),
                             new=q(new), column=column, row=q(row))
            ui = [*select_span(texts, i, s, e), type_text(new)]
        else:
            request = phrase(rng, _REPLACE_WORD, split, old=q(old), new=q(new),
                             where=describe(doc, i))
            ui = [P.select_text(old), type_text(new)]
        return self.task(split, difficulty, doc, request, [("texts_equal", {"expected": expected})],
                         ui, api)


_REPLACE_ALL = (
    "Replace every {old} with {new}.",
    "Change all occurrences of {old} to {new}.",
    "Replace all instances of {old} with {new} throughout the document.",
    "Everywhere it says {old}, make it {new}.",
    "Please swap every {old} for {new}.",
    "Use {new} instead of {old} everywhere in the document.",
    "Could you replace {old} with {new} all through the text?",
    "Do a replace-all: {old} becomes {new}.",
)
_OPTIONS = {
    2: ("whole words only", "(only where {old} is a word on its own)",
        "but leave words that merely contain it alone"),
    3: ("whole words only, matching case", "(exact case, whole words only)",
        "but only where it is written exactly like that, as a word on its own"),
}


@register
class ReplaceAll(CorpusFamily):
    """Replace every occurrence of a word."""

    id = "ReplaceAll"
    phrasing_sets = (_REPLACE_ALL,)
    description = ("Replace every occurrence of a word with Replace All: a plain word (1), "
                   "with Find whole words only (2), with Match case as well (3).")
    max_steps = 10

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        out = []
        for w, level in _repeated_words(joined(doc.texts())):
            if level != difficulty:
                continue
            alts = alternatives(w) or (pools.NAMES if _name_like(w) and difficulty == 1 else ())
            if alts:
                out.append((w, tuple(alts)))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        extra = len(_OPTIONS[difficulty]) if difficulty > 1 else 1
        return len(target[1]) * phrasings(_REPLACE_ALL, split) * extra

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        old, alts = target
        new = choose(rng, alts)
        request = phrase(rng, _REPLACE_ALL, split, old=q(old), new=q(new))
        if difficulty > 1:
            note = choose(rng, _OPTIONS[difficulty]).format(old=q(old))
            request = f"{request.rstrip('.?')} {note}." if note.startswith("(") else \
                f"{request.rstrip('.?')}, {note}."
        rx = _whole_word(old, True) if difficulty > 1 else re.compile(re.escape(old))
        expected = [rx.sub(new, t) for t in doc.texts()]
        options = {2: ["%y"], 3: ["%h", "%y"]}.get(difficulty, [])
        opener = [P.tab("Home"), P.click("Replace")] if difficulty == 1 else [P.keys("^h")]
        ui = [*opener, P.type_into("Find what:", old), P.type_into("Replace with:", new),
              *(P.keys(k, "Tick " + ("Match case" if k == "%h" else "Find whole words only"))
                for k in options),
              P.click("Replace All"), P.click("Cancel")]
        api = [("replace_all", {"find": old, "replace": new, "match_case": difficulty == 3,
                                "whole_words": difficulty > 1})]
        return self.task(split, difficulty, doc, request, [("texts_equal", {"expected": expected})],
                         ui, api)


@lru_cache(maxsize=256)
def _repeated_words(whole: str) -> tuple[tuple[str, int], ...]:
    """(word, difficulty) for every word that `whole` holds at least twice as a word on its
    own, by name: 1 when no other match of it exists, 2 when Find also matches it inside other
    words, 3 when only whole words in its exact case are right. Found once per document for
    every difficulty."""
    out = []
    for w in sorted({whole[s:e] for s, e in word_spans(whole)}):
        if whole.count(w) < 2:  # a cheap bound: whole-word occurrences are occurrences
            continue
        exact = len(_whole_word(w, True).findall(whole))
        if exact < 2:
            continue
        loose = len(re.findall(re.escape(w), whole, re.IGNORECASE))
        words_any_case = len(_whole_word(w, False).findall(whole))
        out.append((w, 1 if loose == exact else 2 if words_any_case == exact else 3))
    return tuple(out)


@lru_cache(maxsize=4096)  # Python's own pattern cache (512) thrashes over a document's words
def _whole_word(word: str, match_case: bool) -> re.Pattern:
    """Word's "Find whole words only" for a plain word."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", 0 if match_case else re.IGNORECASE)


def _name_like(word: str) -> bool:
    """A capitalised word that is not a month or a weekday (a name the document repeats)."""
    return len(word) >= 4 and word[0].isupper() and word[1:].islower() \
        and word not in pools.MONTHS and word not in pools.WEEKDAYS

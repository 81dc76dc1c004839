"""Typing and deleting text: TypeText (a sentence at the end of a paragraph, a new paragraph
after a heading, a note in a table cell) and DeleteText (a word, a phrase, a sentence)."""

from __future__ import annotations

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import Task
from envs.tasks.corpus import CorpusDoc
from envs.tasks.phrasing import choose, phrase
from envs.tasks.registry import register

from . import editing_pools as pools
from ._editing_common import (
    CorpusFamily,
    ambiguous_cut,
    api_select,
    caret_at,
    describe,
    headings,
    joined,
    phrase_spans,
    phrasings,
    q,
    sentences,
    text_paragraphs,
    type_text,
    unique,
    word_spans,
)
from ._editing_common import deletion as clean_cut

_AT_END = (
    "Add the sentence {text} to the end of {where}.",
    "At the end of {where}, type {text}",
    "Append {text} to {where}.",
    "Can you add {text} at the end of {where}?",
    "Type {text} after the last sentence of {where}.",
    "Finish {where} with the sentence {text}",
    "Please put {text} at the end of {where}.",
    "Extend {where} with this sentence: {text}",
)
_AFTER = (
    "Add a new paragraph after {where} that says {text}",
    "Insert a paragraph reading {text} right after {where}.",
    "Under {where}, add a new paragraph: {text}",
    "Type {text} as a new paragraph after {where}.",
    "Please add {text} on a new line below {where}.",
    "Put a new paragraph with the text {text} after {where}.",
    "Create a paragraph after {where} containing {text}",
    "Below {where}, start a new paragraph and type {text}",
)
_BEFORE = (
    "Insert a new paragraph {text} before {where}.",
    "Add a paragraph that says {text} just above {where}.",
    "Put {text} in a new paragraph in front of {where}.",
    "Above {where}, type a new paragraph: {text}",
    "Please add the line {text} before {where}.",
    "Type {text} on its own line right before {where}.",
    "Start a new paragraph before {where} with the text {text}",
    "Could you insert {text} as a paragraph above {where}?",
)
_AT_TOP = (
    "Add {text} as a new first paragraph at the top of the document.",
    "Insert a paragraph saying {text} at the very beginning of the document.",
    "Start the document with a new paragraph: {text}",
    "Put {text} on a new line at the top, before everything else.",
    "Please type {text} as the opening paragraph.",
    "At the very top of the document, add the line {text}",
    "Make {text} the first paragraph of the document.",
    "Could you add {text} in a new paragraph at the start of the document?",
)
_IN_CELL = (
    "In the table, add {text} after {cell}.",
    "Append {text} to the table cell {cell}.",
    "Type {text} at the end of the cell that says {cell}.",
    "Please mark the cell {cell} as {text} by adding that after its text.",
    "Add the note {text} to the {cell} cell in the table.",
    "Put {text} after {cell} in the table.",
    "In the cell {cell}, type {text} after the existing text.",
    "Could you append {text} to the cell {cell}?",
)
_TEMPLATES = {"end": _AT_END, "long": _AT_END, "after": _AFTER, "before": _BEFORE, "top": _AT_TOP,
              "cell": _IN_CELL}


@register
class TypeText(CorpusFamily):
    """Type given text at a described place."""

    id = "TypeText"
    phrasing_sets = (_AT_END, _AFTER, _BEFORE, _AT_TOP, _IN_CELL)
    description = ("Type given text at a described place: the end of a paragraph, a new "
                   "paragraph after or before one, or after the text of a table cell.")
    max_steps = 20

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        texts = doc.texts()
        body = [i for i in text_paragraphs(doc) if describe(doc, i) and not texts[i].endswith(" ")]
        if difficulty == 1:
            return [("end", i) for i in body]
        if difficulty == 2:
            after = [i for i in headings(doc) + body if describe(doc, i)]
            before = [i for i in body if i > 0]
            return [("after", i) for i in sorted(after)] + [("before", i) for i in before] \
                + [("top", 0)]
        cells = [i for i, p in enumerate(doc.view().paragraphs)
                 if p.table is not None and p.text.strip() and texts.count(p.text) == 1
                 and unique(texts, p.text) and not p.text.endswith(" ")]
        return [("cell", i) for i in cells] + [("long", i) for i in body]

    def variety(self, split: str, difficulty: int, target) -> int:
        kind = target[0]
        if kind == "cell":
            return len(pools.CELL_NOTES) * phrasings(_IN_CELL, split)
        if kind == "long":
            return len(pools.SENTENCES) * len(pools.FOLLOW_UPS) * phrasings(_AT_END, split)
        return len(pools.SENTENCES) * phrasings(_TEMPLATES[kind], split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        kind, i = target
        texts = doc.texts()
        expected = list(texts)
        if kind == "cell":
            text = choose(rng, pools.CELL_NOTES)
            request = phrase(rng, _IN_CELL, split, text=q(text), cell=q(texts[i]))
        else:
            text = choose(rng, pools.SENTENCES)
            if kind == "long":
                text = f"{text} {choose(rng, pools.FOLLOW_UPS)}"
            request = phrase(rng, _TEMPLATES[kind], split, text=q(text), where=describe(doc, i))
        if kind in ("end", "long", "cell"):
            typed = " " + text
            expected[i] = texts[i] + typed
            ui = [*caret_at(texts, i, end=True), type_text(typed)]
            api = [api_select(i, len(texts[i])), ("type_text", {"text": typed})]
        elif kind == "after":
            expected.insert(i + 1, text)
            ui = [*caret_at(texts, i, end=True), P.keys("{ENTER}"), type_text(text)]
            api = [api_select(i, len(texts[i])), ("enter", {}), ("type_text", {"text": text})]
        else:  # before paragraph i, or at the top of the document
            expected.insert(i, text)
            go = [P.keys("^{HOME}")] if kind == "top" else caret_at(texts, i, end=False)
            ui = [*go, type_text(text), P.keys("{ENTER}")]
            api = [api_select(i, 0), ("type_text", {"text": text}), ("enter", {})]
        goal = [("texts_equal", {"expected": expected})]
        return self.task(split, difficulty, doc, request, goal, ui, api)


_DELETE_WORD = (
    "Delete the word {text}.",
    "Remove the word {text} from the document.",
    "Please take out {text}.",
    "Get rid of the word {text}.",
    "{text} isn't needed; delete it.",
    "Erase the word {text} from {where}.",
    "Can you remove {text} from {where}?",
    "Drop the word {text} in {where}.",
)
_DELETE_PHRASE = (
    "Delete the words {text}.",
    "Remove {text} from the text.",
    "Please cut the phrase {text}.",
    "Take the words {text} out of {where}.",
    "Get rid of {text}.",
    "Delete {text} from {where}.",
    "Could you remove the phrase {text}?",
    "Strike out the words {text} (delete them).",
)
_DELETE_SENTENCE = (
    "Delete the sentence {text}",
    "Remove this sentence: {text}",
    "Please take out the sentence that reads {text}",
    "Get rid of the sentence {text} in {where}.",
    "The sentence {text} should go. Delete it.",
    "Cut the sentence {text} from {where}.",
    "Can you delete the sentence {text}?",
    "Remove the sentence {text} entirely.",
)
_DELETE_TEMPLATES = {1: _DELETE_WORD, 2: _DELETE_PHRASE, 3: _DELETE_SENTENCE}


@register
class DeleteText(CorpusFamily):
    """Delete a word, a phrase or a sentence."""

    id = "DeleteText"
    phrasing_sets = (_DELETE_WORD, _DELETE_PHRASE, _DELETE_SENTENCE)
    description = "Delete a word (1), a phrase of two to four words (2) or a whole sentence (3)."
    max_steps = 10

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        texts = doc.texts()
        whole = joined(texts)
        out = []
        for i in text_paragraphs(doc, min_words=5):
            t = texts[i]
            if describe(doc, i) is None:
                continue
            if difficulty == 3:
                spans = sentences(t)
                if len(spans) < 2:
                    continue
                for k, (s, e) in enumerate(spans):
                    if len(t[s:e].split()) < 4 or not unique(whole, t[s:e]):
                        continue
                    cut = (s - 1, e) if k else (s, spans[1][0])
                    if not ambiguous_cut(doc, i, *cut):
                        out.append((i, s, e, *cut))
                continue
            found = [sp for sp in word_spans(t) if sp[1] - sp[0] >= 4] if difficulty == 1 else \
                [sp for k in (2, 3, 4) for sp in phrase_spans(t, k)]
            for s, e in found:
                cut = clean_cut(t, s, e)
                if cut and not t[s:e].isdigit() and unique(whole, t[s:e]) \
                        and not ambiguous_cut(doc, i, *cut):
                    out.append((i, s, e, *cut))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings(_DELETE_TEMPLATES[difficulty], split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        i, s, e, a, b = target
        texts = doc.texts()
        t = texts[i]
        request = phrase(rng, _DELETE_TEMPLATES[difficulty], split, text=q(t[s:e]),
                         where=describe(doc, i))
        expected = list(texts)
        expected[i] = t[:a] + t[b:]
        key = "{BACKSPACE}" if rng.integers(2) else "{DELETE}"
        ui = [P.select_text(t[a:b]), P.keys(key)]
        api = [api_select(i, a, b), ("delete", {})]
        return self.task(split, difficulty, doc, request, [("texts_equal", {"expected": expected})],
                         ui, api)


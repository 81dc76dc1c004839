"""MoveSentence: cut a sentence and paste it at the end of another paragraph, or as a new
paragraph at the end of the document."""

from __future__ import annotations

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import Task
from envs.tasks.corpus import CorpusDoc
from envs.tasks.phrasing import phrase
from envs.tasks.registry import register

from ._editing_common import (
    CorpusFamily,
    ambiguous_cut,
    api_select,
    caret_at,
    describe,
    joined,
    phrasings,
    q,
    sentences,
    text_paragraphs,
    unique,
)

_TO_PARAGRAPH = (
    "Move the sentence {text} to the end of {where}.",
    "Cut the sentence {text} and paste it at the end of {where}.",
    "The sentence {text} belongs at the end of {where}; please move it there.",
    "Please move {text} so that it becomes the last sentence of {where}.",
    "Take the sentence {text} and put it at the end of {where}.",
    "Relocate the sentence {text} to the end of {where}.",
    "Can you move {text} to the end of {where}?",
    "Shift the sentence {text} to the end of {where}.",
)
_TO_END = (
    "Move the sentence {text} to the end of the document as a paragraph of its own.",
    "Cut {text} and paste it as a new last paragraph.",
    "Put the sentence {text} in a new paragraph at the very end of the document.",
    "Please move {text} to its own paragraph at the bottom of the document.",
    "Take the sentence {text} out and make it the final paragraph.",
    "The sentence {text} should be a separate paragraph at the end; move it there.",
    "Could you move {text} to the end of the document, on its own line?",
    "Relocate {text} to a new paragraph after everything else.",
)


@register
class MoveSentence(CorpusFamily):
    """Move a sentence (cut and paste)."""

    id = "MoveSentence"
    phrasing_sets = (_TO_PARAGRAPH, _TO_END)
    description = ("Move a sentence with cut and paste: the last sentence of a paragraph to the "
                   "end of the next one (1), any later sentence to the end of another paragraph "
                   "(2), a sentence to a new paragraph at the end of the document (3).")
    max_steps = 12

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        texts = doc.texts()
        whole = joined(texts)
        body = [i for i in text_paragraphs(doc) if describe(doc, i)]
        last = doc.view().paragraphs[-1]
        if difficulty == 3 and last.table is not None:
            return []
        out = []
        for i in body:
            spans = sentences(texts[i])
            for k, (s, e) in enumerate(spans[1:], 1):
                text = texts[i][s:e]
                if len(text.split()) < 4 or not unique(whole, text) or texts[i][s - 1] != " " \
                        or ambiguous_cut(doc, i, s - 1, e):
                    continue
                if difficulty == 3:
                    out.append((i, s, e, None))
                    continue
                if difficulty == 1 and k != len(spans) - 1:
                    continue
                for j in body:
                    near = j == next((b for b in body if b > i), None)
                    if j != i and not texts[j].endswith(" ") and (difficulty == 2 or near):
                        out.append((i, s, e, j))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings(_TO_END if difficulty == 3 else _TO_PARAGRAPH, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        i, s, e, j = target
        texts = doc.texts()
        text = texts[i][s:e]
        expected = list(texts)
        expected[i] = texts[i][:s - 1] + texts[i][e:]
        cut = [P.select_text(" " + text), P.keys("^x")]
        api = [api_select(i, s - 1, e), ("cut", {})]
        if j is None:
            request = phrase(rng, _TO_END, split, text=q(text))
            ui = [*cut, P.keys("^{END}"), P.keys("{ENTER}"), P.keys("^v"),
                  P.keys("{HOME}", "Go to the start of the new paragraph"),
                  P.keys("{DELETE}", "Delete the space before the sentence")]
            n = len(texts) - 1
            api += [api_select(n, len(expected[n])), ("enter", {}), ("paste", {}),
                    api_select(n + 1, 0, 1), ("delete", {})]
            expected.append(text)
        else:
            request = phrase(rng, _TO_PARAGRAPH, split, text=q(text), where=describe(doc, j))
            expected[j] = texts[j] + " " + text
            ui = [*cut, *caret_at(texts, j, end=True), P.keys("^v")]
            # after the cut, paragraph j's text is unchanged (j != i), so its length is too
            api += [api_select(j, len(texts[j])), ("paste", {})]
        goal = [("texts_equal", {"expected": expected})]
        return self.task(split, difficulty, doc, request, goal, ui, api)

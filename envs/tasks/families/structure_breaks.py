"""Page breaks: PageBreak (before a heading or a paragraph) and BlankPage (Insert → Blank Page
at the end of the document or before a paragraph)."""

from __future__ import annotations

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import Task
from envs.tasks.corpus import CorpusDoc
from envs.tasks.phrasing import phrase
from envs.tasks.registry import register

from ._editing_common import (
    CorpusFamily,
    anchor,
    api_select,
    caret_at,
    describe,
    headings,
    is_heading,
    phrasings,
    text_paragraphs,
)

_PAGE_BREAK = (
    "Insert a page break before {where}.",
    "Start {where} on a new page.",
    "Put a page break right before {where}.",
    "Make {where} begin on a fresh page.",
    "Please add a page break so that {where} starts a new page.",
    "Add a hard page break in front of {where}.",
    "Could you push {where} onto the next page with a page break?",
    "Break the page just before {where}.",
)
_BLANK_END = (
    "Add a blank page at the end of the document.",
    "Insert an empty page after the last paragraph.",
    "Put a blank page at the very end.",
    "Please append a blank page to the document.",
    "I need an extra empty page at the end of this document.",
    "Add a new blank page after all the text.",
    "Could you insert a blank page at the end?",
    "Finish the document with a blank page.",
)
_BLANK_BEFORE = (
    "Insert a blank page before {where}.",
    "Add an empty page just before {where}.",
    "Put a blank page in front of {where}.",
    "Please add a blank page so that {where} comes after it.",
    "I need a blank page right before {where}.",
    "Insert an empty page ahead of {where}.",
    "Could you add a blank page before {where}?",
    "Leave a blank page before {where}.",
)


def break_key(texts: list[str], para: int) -> str | None:
    """Text that the first paragraph containing it is `para` (what page_breaks' `before`
    names): the whole paragraph when no earlier one contains it, else a unique piece."""
    if not any(texts[para] in t for t in texts[:para]):
        return texts[para]
    return anchor(texts, para)


def _places(doc: CorpusDoc, candidates) -> list[tuple[int, str]]:
    """(paragraph, key) for paragraphs that can get a break right before them."""
    texts, paragraphs = doc.texts(), doc.view().paragraphs
    out = []
    for i in candidates:
        key = break_key(texts, i)
        # (after an empty paragraph, the new empty ones holding the breaks are easily taken for
        # it when the documents are compared)
        if i > 0 and texts[i].strip() and texts[i - 1].strip() and paragraphs[i].table is None \
                and key and describe(doc, i) and not paragraphs[i - 1].page_breaks:
            out.append((i, key))
    return out


@register
class PageBreak(CorpusFamily):
    """A page break before a heading or a paragraph."""

    id = "PageBreak"
    phrasing_sets = (_PAGE_BREAK,)
    description = ("Insert a page break before a heading with Ctrl+Enter (1), before a paragraph "
                   "with Insert → Page Break (2), or with Layout → Breaks → Page (3).")
    max_steps = 8
    compose_order = 2

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        if difficulty == 1:
            return _places(doc, headings(doc))
        body = text_paragraphs(doc)
        half = len(body) // 2  # 2: the first half of the text paragraphs, 3: the second
        return _places(doc, body[:half] if difficulty == 2 else body[half:])

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings(_PAGE_BREAK, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        i, key = target
        texts = doc.texts()
        request = phrase(rng, _PAGE_BREAK, split, where=describe(doc, i))
        insert = {1: [P.keys("^{ENTER}", "Insert a page break (Ctrl+Enter)")],
                  2: [P.tab("Insert"), P.click("Page Break")],
                  3: [P.tab("Layout"), P.click("Breaks"), P.menu_item("Page")]}[difficulty]
        ui = [*caret_at(texts, i, end=False), *insert]
        api = [api_select(i, 0), ("page_break", {})]
        goal = [("page_breaks", {"delta": 1, "before": key})]
        return self.task(split, difficulty, doc, request, goal, ui, api)


@register
class BlankPage(CorpusFamily):
    """A blank page at the end or before a paragraph."""

    id = "BlankPage"
    phrasing_sets = (_BLANK_END, _BLANK_BEFORE)
    description = ("Insert → Blank Page at the end of the document (1) or before a heading (2); "
                   "a blank page before a paragraph with two Ctrl+Enter presses (3).")
    max_steps = 8
    compose_order = 2

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        if difficulty == 1:
            last = doc.view().paragraphs[-1]
            return [(None, None)] if last.table is None and not last.page_breaks else []
        if difficulty == 2:
            return _places(doc, headings(doc))
        return _places(doc, [i for i in text_paragraphs(doc)
                             if not is_heading(doc.view().paragraphs[i].style)])

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings(_BLANK_END if difficulty == 1 else _BLANK_BEFORE, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        i, key = target
        texts = doc.texts()
        if i is None:
            request = phrase(rng, _BLANK_END, split)
            go, n = [P.keys("^{END}")], len(texts) - 1
            api = [api_select(n, len(texts[n]))]
        else:
            request = phrase(rng, _BLANK_BEFORE, split, where=describe(doc, i))
            go = caret_at(texts, i, end=False)
            api = [api_select(i, 0)]
        if difficulty == 3:
            ui = [*go, P.keys("^{ENTER}^{ENTER}", "Two page breaks make a blank page")]
        else:
            ui = [*go, P.tab("Insert"), P.click("Blank Page")]
        api += [("page_break", {}), ("page_break", {})]
        params = {"delta": 2} if key is None else {"delta": 2, "before": key}
        return self.task(split, difficulty, doc, request, [("page_breaks", params)], ui, api)


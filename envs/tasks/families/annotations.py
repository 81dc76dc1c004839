"""Annotations: Comment (a comment on a phrase) and Hyperlink (a phrase linked to an address)."""

from __future__ import annotations

import re

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
    is_heading,
    joined,
    phrase_spans,
    phrasings,
    q,
    select_span,
    sentences,
    unique,
)


def phrases(doc: CorpusDoc, kind: str, sizes=(1, 2, 3)) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of unique word-bounded phrases: in running text ("text"), in
    headings, list items and table cells ("other"), or whole sentences ("sentence")."""
    texts = doc.texts()
    whole = joined(texts)
    out = []
    for i, p in enumerate(doc.view().paragraphs):
        linked = [h.text for h in p.hyperlinks]
        plain = p.table is None and p.list is None and p.style in (None, "Normal")
        if kind == "sentence":
            spans = [(s, e) for s, e in sentences(p.text) if len(p.text[s:e].split()) >= 4] \
                if plain else []
        elif (kind == "text" and plain) or (kind == "other" and (
                p.table is not None or p.list is not None or is_heading(p.style))):
            spans = [sp for k in sizes for sp in phrase_spans(p.text, k)
                     if sp[1] - sp[0] >= 4 and bounded(p.text, *sp)]
        else:
            continue
        for s, e in spans:
            text = p.text[s:e]
            if unique(whole, text) and not any(text in h or h in text for h in linked):
                out.append((i, s, e))
    return out


_COMMENT = (
    "Add a comment on {anchor} saying {text}",
    "Comment on {anchor}: {text}",
    "Please attach the comment {text} to {anchor}.",
    "Insert a comment {text} on the words {anchor}.",
    "Select {anchor} and add a comment: {text}",
    "Leave a comment on {anchor} that says {text}",
    "Could you put a comment {text} on {anchor}?",
    "Mark {anchor} with the comment {text}",
)


@register
class Comment(CorpusFamily):
    """A comment on a phrase."""

    id = "Comment"
    compose_kind = "keep"
    phrasing_sets = (_COMMENT,)
    description = ("Comment on a phrase of running text with Review → New Comment (1), on a "
                   "heading, list item or table cell with Insert → Comment (2), on a whole "
                   "sentence with a two-sentence comment (3).")
    max_steps = 10

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        return phrases(doc, {1: "text", 2: "other", 3: "sentence"}[difficulty])

    def variety(self, split: str, difficulty: int, target) -> int:
        n = len(pools.COMMENTS)
        return (n * (n - 1) if difficulty == 3 else n) * phrasings(_COMMENT, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        i, s, e = target
        texts = doc.texts()
        anchor = texts[i][s:e]
        picks = rng.permutation(len(pools.COMMENTS))[:2 if difficulty == 3 else 1]
        text = " ".join(pools.COMMENTS[k] for k in picks)
        request = phrase(rng, _COMMENT, split, anchor=q(anchor), text=q(text))
        opener = [P.tab("Insert"), P.click("Comment")] if difficulty == 2 else \
            [P.tab("Review"), P.click("New Comment")]
        ui = [*select_span(texts, i, s, e), *opener, P.type_into("Start a conversation", text),
              P.click("Post comment")]
        api = [api_select(i, s, e), ("add_comment", {"text": text})]
        return self.task(split, difficulty, doc, request,
                         [("comment", {"anchor": anchor, "text": text})], ui, api)


_LINK = (
    "Link {text} to {address}.",
    "Make {text} a hyperlink to {address}.",
    "Add a hyperlink on {text} pointing to {address}.",
    "Please turn {text} into a link to {address}.",
    "Insert a link to {address} on the words {text}.",
    "Hyperlink the text {text} to {address}.",
    "Could you link {text} to {address}?",
    "{text} should link to {address}; please add that.",
)
_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@register
class Hyperlink(CorpusFamily):
    """A phrase linked to an address."""

    id = "Hyperlink"
    compose_kind = "keep"
    phrasing_sets = (_LINK,)
    description = ("Link a phrase to a web address: running text with Ctrl+K (1), a heading, "
                   "list item or table cell with Insert → Link (2), a person's name to an "
                   "e-mail address (3).")
    max_steps = 10

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        if difficulty < 3:
            return phrases(doc, "text" if difficulty == 1 else "other")
        texts = doc.texts()
        out = []
        for i, s, e in phrases(doc, "text", sizes=(2,)) + phrases(doc, "other", sizes=(2,)):
            m = _NAME.fullmatch(texts[i][s:e])
            if m and not {m[1], m[2]} & set(pools.MONTHS + pools.WEEKDAYS):
                out.append((i, s, e))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        return len(pools.DOMAINS) * phrasings(_LINK, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        i, s, e = target
        texts = doc.texts()
        text = texts[i][s:e]
        domain = choose(rng, pools.DOMAINS)
        if difficulty == 3:
            host = domain.split("//", 1)[1].removeprefix("www.")
            address = f"mailto:{text.lower().replace(' ', '.')}@{host}"
        else:
            address = f"{domain}/{slug(text)}"
        request = phrase(rng, _LINK, split, text=q(text), address=address)
        opener = [P.keys("^k")] if difficulty == 1 else [P.tab("Insert"), P.click("Link")]
        ui = [*select_span(texts, i, s, e), *opener, P.type_into("Address:", address),
              P.click("OK")]
        api = [api_select(i, s, e), ("insert_hyperlink", {"address": address, "text": text})]
        return self.task(split, difficulty, doc, request,
                         [("hyperlink", {"text": text, "address": address})], ui, api)

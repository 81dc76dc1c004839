"""Annotation checks: comment (a comment on some text) and hyperlink (a link on some text)."""

from __future__ import annotations

import re

from wordsim.document.query import DocumentView

from ..damage import CharSpan, Footprint, quote
from .base import Assessment, assess, goal_check
from .texts import containment

FOUND = 0.2  # progress for a comment or link anywhere; its text and target give the rest
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
_FIELD_LINK = re.compile(r'^HYPERLINK\s+"([^"]*)"', re.IGNORECASE)


def _text(value, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} must be a non-empty string, not {value!r}")
    return value


@goal_check("comment")
def comment(old: DocumentView, new: DocumentView, /, anchor: str, text: str) -> Assessment:
    """A comment whose anchored text contains `anchor` and whose text contains `text`."""
    anchor, text = _text(anchor, "anchor"), _text(text, "text")
    footprint = Footprint(comments=True)
    best, why = 0.0, "the document has no comment"
    for c in new.comments:
        if anchor in c.anchor and text in c.text:
            return assess(1.0, (), footprint)
        score = FOUND + (1 - FOUND) / 2 * (containment(anchor, c.anchor) + containment(text, c.text))
        if score > best:
            best = score
            why = f"the nearest comment says {quote(c.text)} on {quote(c.anchor)}"
    return assess(best, [f"no comment {quote(text)} on {quote(anchor)}: {why}"], footprint)


def links(view: DocumentView) -> list[tuple[int, str, str]]:
    """(paragraph, address, display text) of every hyperlink, as a w:hyperlink or a HYPERLINK
    field; a jump inside the document has address "#bookmark"."""
    out = []
    for i, p in enumerate(view.paragraphs):
        for h in p.hyperlinks:
            address = h.address + (f"#{h.fragment}" if h.fragment else "")
            out.append((i, address, h.text))
        for f in p.fields:
            m = _FIELD_LINK.match(f.instruction)
            if m:
                out.append((i, m.group(1), f.result))
    return out


def _address_key(address: str) -> str:
    """Case, scheme and "www." do not matter: Word writes "http://www.x.org/" for "x.org"."""
    key = _SCHEME.sub("", address.strip().lower())
    return key.removeprefix("www.")


@goal_check("hyperlink")
def hyperlink(old: DocumentView, new: DocumentView, /, text: str, address: str) -> Assessment:
    """A hyperlink whose display text contains `text` and whose address starts with `address`."""
    text, address = _text(text, "text"), _text(address, "address")
    found = links(new)
    # a link takes the Hyperlink character style: its characters may change formatting
    spans = tuple(CharSpan(i, k, k + len(shown))
                  for i, _, shown in found if shown and (k := new.paragraphs[i].text.find(shown)) >= 0)
    footprint = Footprint(links=True, chars=spans)
    want = _address_key(address)
    best, why = 0.0, "the document has no hyperlink"
    for _, target, shown in found:
        key = _address_key(target)
        to_ok = key.startswith(want)
        if text in shown and to_ok:
            return assess(1.0, (), footprint)
        score = FOUND + (1 - FOUND) / 2 * (containment(text, shown) + (1.0 if to_ok else containment(want, key)))
        if score > best:
            best, why = score, f"the nearest link shows {quote(shown)} and goes to {quote(target)}"
    return assess(best, [f"no hyperlink {quote(text)} to {quote(address)}: {why}"], footprint)

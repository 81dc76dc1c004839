"""Differences between two normalised documents, the simulator's and a backend's, in words.

`compare(sim, backend)` takes two `NormalView`s (or anything `normal_view` reads) and lists every
difference as a `Difference`: where (paragraph i with the start of its text, a table, a section,
a comment), which characters, which property, and both values. Paragraphs are paired by their
texts, so one extra paragraph is one difference, not a shifted cascade. Lengths agree within
`TOLERANCE_PT` (programs store them in twips, 1/100 mm or EMU and round)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from .normal_view import Format, NormalView, Paragraph, normal_view

TOLERANCE_PT = 0.1  # lengths in points
TOLERANCE_LINES = 0.01  # line spacing in lines
_SKIPPED = ("text", "spans")  # paragraph fields compared on their own
_FORMAT_FIELDS = Format._fields


@dataclass(frozen=True)
class Difference:
    """One property that differs. `chars`: [start, end) of the paragraph's characters for
    character formatting, else None."""

    place: str  # "paragraph 3 'Hiring starts in…'", "table 1", "section 1", "document"
    property: str
    sim: Any
    backend: Any
    chars: tuple[int, int] | None = None

    def __str__(self) -> str:
        chars = f" chars {self.chars[0]}-{self.chars[1]}" if self.chars else ""
        return f"{self.place}{chars}: {self.property}: sim {self.sim!r}, backend {self.backend!r}"

    def to_json(self) -> dict:
        return {"place": self.place, "chars": list(self.chars) if self.chars else None,
                "property": self.property, "sim": _plain(self.sim),
                "backend": _plain(self.backend), "text": str(self)}


def compare(sim, backend) -> list[Difference]:
    """Every difference between two documents (views, .docx bytes or documents); empty when
    they agree."""
    a = sim if isinstance(sim, NormalView) else normal_view(sim)
    b = backend if isinstance(backend, NormalView) else normal_view(backend)
    out = list(_paragraphs(a.paragraphs, b.paragraphs))
    out += _records("table", a.tables, b.tables)
    out += _sections(a, b)
    out += _records("comment", a.comments, b.comments)
    return out


def same(x, y) -> bool:
    """Equal, floats within the tolerances, element by element inside tuples."""
    if isinstance(x, float) or isinstance(y, float):
        if not isinstance(x, (int, float)) or not isinstance(y, (int, float)):
            return False
        return abs(x - y) <= TOLERANCE_PT
    if isinstance(x, tuple) and isinstance(y, tuple):
        return len(x) == len(y) and all(same(u, v) for u, v in zip(x, y, strict=True))
    return x == y


# ---------------------------------------------------------------------------------- paragraphs
def _label(i: int, p: Paragraph) -> str:
    text = p.text if len(p.text) <= 24 else p.text[:23] + "…"
    return f"paragraph {i + 1} {text!r}"


def _paragraphs(a: tuple[Paragraph, ...], b: tuple[Paragraph, ...]) -> Iterator[Difference]:
    """Pairs paragraphs by text; a stretch that differs pairs position by position, and what
    is left over on either side is a missing or an extra paragraph."""
    matcher = SequenceMatcher(None, [p.text for p in a], [p.text for p in b], autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        n = min(i2 - i1, j2 - j1)  # all of an "equal" stretch
        for k in range(n):
            yield from _paragraph(i1 + k, a[i1 + k], b[j1 + k])
        for i in range(i1 + n, i2):
            yield Difference(_label(i, a[i]), "paragraph", a[i].text, None)
        for j in range(j1 + n, j2):
            yield Difference(f"after paragraph {i1 + n}", "paragraph", None, b[j].text)


def _paragraph(i: int, p: Paragraph, q: Paragraph) -> Iterator[Difference]:
    place = _label(i, p)
    if p.text != q.text:
        yield Difference(place, "text", p.text, q.text)
    for name in Paragraph._fields:
        if name in _SKIPPED:
            continue
        x, y = getattr(p, name), getattr(q, name)
        if name == "line_spacing" and p.line_rule == q.line_rule == "multiple":
            if abs(x - y) > TOLERANCE_LINES:
                yield Difference(place, name, x, y)
        elif not same(x, y):
            yield Difference(place, name, x, y)
    if p.text == q.text:
        yield from _characters(place, p, q)


def _characters(place: str, p: Paragraph, q: Paragraph) -> Iterator[Difference]:
    """Character formatting of two paragraphs with the same text: for each property, each
    stretch of characters where it differs the same way."""
    cuts = sorted({s.start for s in p.spans + q.spans} | {len(p.text)})
    pieces = [(start, end, _format_at(p, start), _format_at(q, start))
              for start, end in zip(cuts, cuts[1:], strict=False)]
    for k, name in enumerate(_FORMAT_FIELDS):
        open_: list | None = None  # [start, end, sim value, backend value]
        for start, end, f, g in pieces:
            x, y = f[k], g[k]
            if same(x, y):
                if open_:
                    yield Difference(place, name, open_[2], open_[3], (open_[0], open_[1]))
                open_ = None
            elif open_ and open_[1] == start and (open_[2], open_[3]) == (x, y):
                open_[1] = end
            else:
                if open_:
                    yield Difference(place, name, open_[2], open_[3], (open_[0], open_[1]))
                open_ = [start, end, x, y]
        if open_:
            yield Difference(place, name, open_[2], open_[3], (open_[0], open_[1]))


def _format_at(p: Paragraph, offset: int) -> Format:
    for span in p.spans:
        if span.start <= offset < span.end:
            return span.format
    raise ValueError(f"no span covers offset {offset} of {p.text!r}")


# ---------------------------------------------------------------------------------- the rest
def _records(kind: str, a: tuple, b: tuple) -> list[Difference]:
    """Records compared position by position, field by field."""
    out = []
    if len(a) != len(b):
        out.append(Difference("document", f"{kind}s", len(a), len(b)))
    for k, (x, y) in enumerate(zip(a, b, strict=False)):
        for name in x._fields:
            u, v = getattr(x, name), getattr(y, name)
            if not same(u, v):
                out.append(Difference(f"{kind} {k + 1}", name, u, v))
    return out


def _sections(a: NormalView, b: NormalView) -> list[Difference]:
    strip = [tuple(s._replace(headers=()) for s in v.sections) for v in (a, b)]
    out = _records("section", *strip)
    for k, (s, t) in enumerate(zip(a.sections, b.sections, strict=False)):
        shown = {(h.story, h.kind): h for h in s.headers}
        other = {(h.story, h.kind): h for h in t.headers}
        for key in sorted(shown.keys() | other.keys()):
            x, y = shown.get(key), other.get(key)
            name = f"{key[1]} {key[0]}"
            if x is None or y is None:
                out.append(Difference(f"section {k + 1}", name,
                                      x and x.text, y and y.text))
                continue
            for field in ("text", "fields"):
                if getattr(x, field) != getattr(y, field):
                    out.append(Difference(f"section {k + 1}", f"{name} {field}",
                                          getattr(x, field), getattr(y, field)))
    return out


def _plain(value):
    """A JSON-ready form of a record value (named tuples become lists)."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value

"""Feature rows of the numeric observation: one per paragraph and one per word, from the
`DocumentView` records (cached per record: a step recomputes only what it changed)."""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Iterable

import numpy as np

from envs.spaces import HASH_DIMS, MAX_PARAGRAPHS
from wordsim.document.query import Paragraph

from .canvas import Look
from .words import WORD

STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote",
          "List Bullet", "List Number")
ALIGNMENTS = ("left", "center", "right", "justify")
# Character formatting, as fractions of a paragraph's characters or flags of a word.
CHARACTER = ("bold", "italic", "underline", "strike", "subscript", "superscript", "highlight",
             "colored", "font_differs", "size_differs")
PARAGRAPH_FEATURES = (
    "present", *(f"style={s}" for s in STYLES), "style=other",
    *(f"align={a}" for a in ALIGNMENTS), "list=bullet", "list=number", "in_table", "page_break",
    *CHARACTER, "size", "line_spacing", "space_before", "space_after", "left_indent",
    "right_indent", "first_line_indent", "length", "target", "selected", "caret",
)
WORD_FEATURES = ("present", *CHARACTER, "size", "paragraph", "paragraph_start", "in_table",
                 "heading", "target", "selected", "partly_selected", "caret")
P = {name: i for i, name in enumerate(PARAGRAPH_FEATURES)}
W = {name: i for i, name in enumerate(WORD_FEATURES)}
_CHAR_P = [P[c] for c in CHARACTER]
_CHAR_W = [W[c] for c in CHARACTER]


def _clip(x: float) -> float:
    return -1.0 if x < -1.0 else 1.0 if x > 1.0 else x


def _character(run, look: Look) -> tuple:
    return (run.bold, run.italic, run.underline is not None, run.strike, run.subscript,
            run.superscript, run.highlight is not None, run.color is not None,
            run.font != look.font, run.size_pt != look.size)


def paragraph_row(p: Paragraph, look: Look) -> np.ndarray:
    """The static part of a paragraph's row (everything but target, selected and caret)."""
    row = np.zeros(len(PARAGRAPH_FEATURES), dtype=np.float32)
    row[P["present"]] = 1
    row[P[f"style={p.style}"] if p.style in STYLES else P["style=other"]] = 1
    if p.alignment in ALIGNMENTS:
        row[P[f"align={p.alignment}"]] = 1
    if p.list is not None:
        row[P[f"list={p.list.kind}"]] = 1
    row[P["in_table"]] = p.table is not None
    row[P["page_break"]] = p.page_break_before or p.page_breaks > 0
    # characters with each flag, counted in Python (exact integers), divided in one float32
    # operation: small per-run numpy arithmetic costs more than the whole row
    counts, size, total = [0] * len(CHARACTER), 0.0, 0
    for r in p.runs:
        n = len(r.text)
        if n:
            total += n
            size += r.size_pt * n
            for k, flag in enumerate(_character(r, look)):
                if flag:
                    counts[k] += n
    if total:
        row[_CHAR_P] = np.array(counts, dtype=np.float32) / np.float32(total)
        row[P["size"]] = _clip(size / total / 48)
    multiple = p.line_spacing_rule == "multiple"
    row[P["line_spacing"]] = _clip(p.line_spacing / 3 if multiple else p.line_spacing / 72)
    row[P["space_before"]] = _clip(p.space_before_pt / 48)
    row[P["space_after"]] = _clip(p.space_after_pt / 48)
    row[P["left_indent"]] = _clip(p.left_indent_pt / 144)
    row[P["right_indent"]] = _clip(p.right_indent_pt / 144)
    row[P["first_line_indent"]] = _clip(p.first_line_indent_pt / 144)
    row[P["length"]] = _clip(math.log1p(len(p.text)) / 8)
    return row


def word_rows(p: Paragraph, look: Look) -> np.ndarray:
    """Static rows of the paragraph's words (in WORD order): a flag is set when every
    character of the word has it; the size is the first character's."""
    spans = [(m.start(), m.end()) for m in WORD.finditer(p.text)]
    rows = np.zeros((len(spans), len(WORD_FEATURES)), dtype=np.float32)
    if not spans:
        return rows
    rows[:, W["present"]] = 1
    rows[0, W["paragraph_start"]] = 1
    rows[:, W["in_table"]] = p.table is not None
    rows[:, W["heading"]] = (p.style or "").startswith(("Heading", "Title"))
    runs, at = [], 0
    for r in p.runs:
        runs.append((at, at + len(r.text), _character(r, look), r.size_pt))
        at += len(r.text)
    k, covered, flag_rows, sizes = 0, [], [], []
    for j, (s, e) in enumerate(spans):
        while k < len(runs) and runs[k][1] <= s:
            k += 1
        flags, size, m = None, None, k
        while m < len(runs) and runs[m][0] < e:
            f = runs[m][2]
            flags = f if flags is None else tuple(a and b for a, b in zip(flags, f, strict=True))
            size = runs[m][3] if size is None else size
            m += 1
        if flags is not None:
            covered.append(j)
            flag_rows.append(flags)
            sizes.append(_clip(size / 48))
    if covered:  # one assignment for all the words (per-word fancy indexing costs more)
        rows[np.ix_(covered, _CHAR_W)] = np.array(flag_rows, dtype=np.float32)
        rows[covered, W["size"]] = sizes
    return rows


class RowCache:
    """Feature rows of paragraph records, made by `make(record, look)`: found by identity
    first (a view keeps the record objects of the paragraphs an edit did not touch), then by
    value (an undo brings back an equal record)."""

    def __init__(self, make: Callable[[Paragraph, Look], np.ndarray], limit: int = 8192):
        self._make, self._limit = make, limit
        self._by_id: dict[int, tuple] = {}
        self._by_value: dict[Paragraph, np.ndarray] = {}

    def get(self, p: Paragraph, baseline) -> np.ndarray:
        """The rows of `p` (shared: do not modify); `baseline` gives the style's usual look."""
        hit = self._by_id.get(id(p))
        if hit is not None and hit[0] is p:
            return hit[1]
        rows = self._by_value.get(p)
        if rows is None:
            if len(self._by_value) > self._limit:
                self._by_value.clear()
            rows = self._by_value[p] = self._make(p, baseline.look(p.style))
        if len(self._by_id) > self._limit:
            self._by_id.clear()
        self._by_id[id(p)] = (p, rows)
        return rows


def paragraph_position(i: int) -> float:
    return min(1.0, i / MAX_PARAGRAPHS)


def hashed(tokens: Iterable[str], dims: int = HASH_DIMS) -> np.ndarray:
    """The hashing trick: each token adds ±1 at a crc32-chosen place; scaled into [-1, 1]."""
    out = np.zeros(dims, dtype=np.float32)
    n = 0
    for token in tokens:
        h = zlib.crc32(token.encode("utf-8"))
        out[h % dims] += 1.0 if (h >> 16) & 1 else -1.0
        n += 1
    if n:
        out /= max(1.0, float(np.abs(out).max()))
    return out

"""What the ribbon shows for a selection over mixed formatting, as Word does: a toggle is
pressed only when all the selected text has the property, and the Font and Font Size boxes
are blank when the selected text has more than one font or size."""

from __future__ import annotations

from wordsim.document import WordDocument
from wordsim.document.character import effective_run_format
from wordsim.document.runs import run_spans

MAX_RUNS = 5000  # past this many selected runs, read only the first ones (a whole long book)


def selected_runs(doc: WordDocument) -> list[tuple[object, object]]:
    """(run, paragraph) for every run holding selected text, in order (empty for a caret or a
    selection of paragraph marks only)."""
    out: list[tuple[object, object]] = []
    if doc.selection.collapsed:
        return out
    for para, start, end in doc.selected_spans():
        if end <= start:
            continue
        p = doc.paragraph(para)
        for r, rs, re_ in run_spans(p):
            if re_ > rs and rs < end and re_ > start:
                out.append((r, p))
                if len(out) >= MAX_RUNS:
                    return out
    return out


def merged_format(doc: WordDocument, runs: list[tuple[object, object]]) -> dict | None:
    """`effective_run_format` over all of `runs`: a key keeps its value when every run has
    the same one, else None (mixed). None when there are no runs."""
    merged: dict | None = None
    for r, p in runs:
        fmt = effective_run_format(doc, r, p)
        if merged is None:
            merged = dict(fmt)
            continue
        for key, value in fmt.items():
            if merged.get(key) != value:
                merged[key] = None
    return merged

"""`wordsim bench docmodel`: the document model's hot paths against the naive python-docx way.

On the built-in 5-page "report" template, each figure is the median of `repeat` timed runs
(after warm-ups, garbage collection off), measured beside the naive equivalent in the same run:

- load: `WordDocument.open(bytes)` vs `docx.Document(BytesIO)`;
- restore: `doc.restore(snapshot)` after a one-paragraph edit vs reopening the saved bytes,
  and vs a deep copy of the whole body;
- save: `doc.save()` vs python-docx's `document.save`;
- format edit: `doc.execute("bold")` on a one-paragraph selection (alternately on and off) vs
  `run.bold = ...` on proxies found through `document.paragraphs`;
- query view: `query.view(doc)` of the live document vs `proxy_view` of a python-docx Document;
  also the view of a freshly wrapped file (cold caches) and `view.update` after one edit."""

from __future__ import annotations

import io
from copy import deepcopy

import docx

from wordsim.document import WordDocument
from wordsim.document.proxy_view import proxy_view
from wordsim.document.query import DocumentView, view
from wordsim.document.xml import W

from .timing import median_ms

TEMPLATE = "report"
NAIVE_REPEAT = 30  # the naive paths are slow; their medians settle within a few dozen runs
WARMUP = 5

# figure -> (limit in ms, or None), minimum speedup over the naive path (or None)
TARGETS = {
    "restore": (0.2, None),
    "format_edit": (0.1, None),
    "query_view": (2.0, 20.0),
}




def _target_paragraph(doc: WordDocument) -> int:
    """A body paragraph with text in the middle of the document (the one the edits touch)."""
    for i in range(len(doc) // 2, len(doc)):
        if doc.text(i) and doc.story.cell_of(i) is None:
            return i
    raise ValueError("the benchmark document has no body paragraph with text")


def measure(repeat: int = 200) -> dict:
    """Medians in milliseconds of our paths and the naive ones, plus speedups (naive / ours)."""
    repeat = max(1, int(repeat))
    naive_repeat = max(1, min(repeat, NAIVE_REPEAT))
    data = WordDocument.template(TEMPLATE).save()
    doc = WordDocument.open(data)
    k = _target_paragraph(doc)
    plain = docx.Document(io.BytesIO(data))
    f: dict = {"document": TEMPLATE, "paragraphs": len(doc), "repeat": repeat,
               "naive_repeat": naive_repeat}

    f["load_ms"] = median_ms(lambda: WordDocument.open(data), repeat)
    f["naive_load_ms"] = median_ms(lambda: docx.Document(io.BytesIO(data)), naive_repeat)

    f["save_ms"] = median_ms(doc.save, repeat)
    f["naive_save_ms"] = median_ms(lambda: plain.save(io.BytesIO()), naive_repeat)

    # Formatting edit: bold on the whole of paragraph k, toggled on and off.
    doc.set_selection((k, 0), (k, len(doc.text(k))))
    f["format_edit_ms"] = median_ms(lambda: doc.execute("bold"), repeat)
    flag = [True]
    j = sum(1 for b in doc.body[: doc.story.top[k]] if b.tag == W.p)  # k among body paragraphs

    def naive_bold():
        for run in plain.paragraphs[j].runs:
            run.bold = flag[0]
        flag[0] = not flag[0]

    f["naive_format_edit_ms"] = median_ms(naive_bold, repeat)

    # Restore after a one-paragraph edit (the edit itself is not timed).
    snap = doc.snapshot()

    def edit():
        doc.set_selection((k, 0), (k, len(doc.text(k))))
        doc.execute("bold")

    f["restore_ms"] = median_ms(lambda: doc.restore(snap), repeat, setup=edit)
    doc.restore(snap)
    f["naive_restore_ms"] = median_ms(lambda: docx.Document(io.BytesIO(data)), naive_repeat)
    copy = WordDocument.open(data)
    blocks = [deepcopy(b) for b in copy.body]

    def deepcopy_restore():
        copy.body[:] = [deepcopy(b) for b in blocks]
        copy.story.refresh()

    f["naive_deepcopy_restore_ms"] = median_ms(deepcopy_restore, repeat)

    # Query view: the live document (as an observation each step), a freshly wrapped file
    # (as a checker grading a saved document), and the incremental update after one edit.
    f["query_view_ms"] = median_ms(lambda: view(doc), repeat)
    f["naive_query_view_ms"] = median_ms(lambda: proxy_view(plain), naive_repeat)
    f["query_view_cold_ms"] = median_ms(lambda: DocumentView.of(WordDocument(plain)), repeat)
    before = view(doc)
    change = []

    def edit_for_update():
        doc.set_selection((k, 0), (k, len(doc.text(k))))
        change[:] = [doc.execute("bold")]

    f["query_update_ms"] = median_ms(lambda: before.update(doc, change[0]), repeat,
                                      setup=edit_for_update)
    doc.restore(snap)

    for name in ("load", "save", "format_edit", "restore", "query_view"):
        f[f"{name}_speedup"] = f[f"naive_{name}_ms"] / f[f"{name}_ms"]
    return f


def _met(figures: dict, name: str) -> str:
    limit, speedup = TARGETS[name]
    ok = figures[f"{name}_ms"] <= limit
    text = f"<= {limit:g} ms"
    if speedup is not None:
        ok = ok and figures[f"{name}_speedup"] >= speedup
        text += f", >= {speedup:g}x"
    return f"{text:<22}{'met' if ok else 'NOT met'}"


def report(figures: dict) -> str:
    """A readable table of `measure()`'s figures with the targets and whether each is met."""
    rows = [
        ("load", "load_ms", "naive_load_ms", "python-docx open"),
        ("save", "save_ms", "naive_save_ms", "python-docx save"),
        ("restore", "restore_ms", "naive_restore_ms", "reopen from bytes"),
        ("restore", "restore_ms", "naive_deepcopy_restore_ms", "deep copy of the body"),
        ("format_edit", "format_edit_ms", "naive_format_edit_ms", "run.bold on proxies"),
        ("query_view", "query_view_ms", "naive_query_view_ms", "proxy_view"),
        ("query_view", "query_view_cold_ms", "naive_query_view_ms", "proxy_view (cold view)"),
        ("query_view", "query_update_ms", "naive_query_view_ms", "proxy_view (update)"),
    ]
    lines = [
        f"wordsim bench docmodel: {figures['document']!r} template, {figures['paragraphs']} "
        f"paragraphs; medians of {figures['repeat']} runs "
        f"(naive paths: {figures['naive_repeat']})",
        "",
        f"{'figure':<20}{'ours ms':>10}{'naive ms':>11}{'speedup':>10}  {'naive path':<24}target",
        "-" * 100,
    ]
    done = set()
    for name, ours, naive, what in rows:
        label = ours[:-3]
        speedup = figures[naive] / figures[ours]
        target = ""
        if name in TARGETS and ours == f"{name}_ms" and name not in done:
            target = _met(figures, name)
            done.add(name)
        lines.append(
            f"{label:<20}{figures[ours]:>10.3f}{figures[naive]:>11.3f}{speedup:>9.1f}x  "
            f"{what:<24}{target}"
        )
    return "\n".join(lines)

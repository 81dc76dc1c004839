"""The docmodel benchmark runs and reports every figure (no timing assertions: machines vary)."""

from __future__ import annotations

from wordsim.bench import docmodel

KEYS = [
    "load_ms", "naive_load_ms", "save_ms", "naive_save_ms", "restore_ms", "naive_restore_ms",
    "naive_deepcopy_restore_ms", "format_edit_ms", "naive_format_edit_ms", "query_view_ms",
    "naive_query_view_ms", "query_view_cold_ms", "query_update_ms", "query_view_speedup",
    "restore_speedup", "format_edit_speedup", "load_speedup", "save_speedup",
]  # fmt: skip


def test_measure_reports_every_figure():
    figures = docmodel.measure(repeat=3)
    for key in KEYS:
        assert figures[key] > 0, key
    speedup = figures["naive_query_view_ms"] / figures["query_view_ms"]
    assert figures["query_view_speedup"] == speedup
    assert figures["paragraphs"] > 50  # the five-page report template
    lines = docmodel.report(figures).splitlines()
    for target in ("<= 0.2 ms", "<= 0.1 ms", "<= 2 ms, >= 20x"):
        (line,) = [line for line in lines if target in line]
        assert line.endswith("met")

"""UI benchmark: the visible control list and clicks, each against rebuilding the list from scratch.

Run with `wordsim bench window [--json] [--repeat N]`. Each figure is the median of `repeat` timed
runs (after warm-ups, garbage collection off) in microseconds:

- view_unchanged: `view(state, context)` when nothing changed (every step that edits text only);
- view_word_count: the word count in the status bar changed (every typing step);
- view_tab_switch: a tab switch to an already seen ribbon tab;
- view_cold: building a structure never seen before (caches cleared), the naive baseline;
- menu_round_trip: click Change Case, view, click UPPERCASE, view (two UI steps);
- listing_json: UFO's control list as JSON text after a word-count change (a new view)."""

from __future__ import annotations

import itertools

from wordsim.ui import screen
from wordsim.ui.model import UIContext
from wordsim.ui.screen import view
from wordsim.ui.state import UIState

from .timing import median_us

LIMITS_US = {"view_unchanged": 100.0}  # the target when nothing changed


def measure(repeat: int = 2000) -> dict:
    repeat = max(1, int(repeat))
    state = UIState()
    ctx = UIContext(words=120, pages=3)
    f: dict = {"repeat": repeat, "controls_on_home": len(view(state, ctx).labelled)}
    f["view_unchanged_us"] = median_us(lambda: view(state, ctx), repeat)
    typed = [ctx]

    def type_a_word():
        typed[0] = UIContext(words=typed[0].words + 1, pages=3)

    f["view_word_count_us"] = median_us(lambda: view(state, typed[0]), repeat, setup=type_a_word)
    tabs = itertools.cycle(["insert", "home"])
    f["view_tab_switch_us"] = median_us(lambda: view(state, ctx), repeat,
                                         setup=lambda: state.select_tab(next(tabs)))

    def cold():
        screen._cache(state.model).clear()
        state._memo_key = None

    f["view_cold_us"] = median_us(lambda: view(state, ctx), max(1, repeat // 10), setup=cold)
    state.reset()
    opener = view(state, ctx).find("Change Case")[0]

    def round_trip():
        state.activate(opener, ctx)
        item = view(state, ctx).find("UPPERCASE")[0]
        state.activate(item, ctx)
        view(state, ctx)

    f["menu_round_trip_us"] = median_us(round_trip, repeat)
    f["listing_json_us"] = median_us(lambda: view(state, typed[0]).to_json(), repeat, setup=type_a_word)
    f["speedup_unchanged_vs_cold"] = f["view_cold_us"] / f["view_unchanged_us"]
    f["ok"] = all(f[f"{k}_us"] <= v for k, v in LIMITS_US.items())
    return f


def report(f: dict) -> str:
    lines = [f"Synthetic Word window: {f['controls_on_home']} labelled controls on Home, "
             f"medians of {f['repeat']} runs"]
    for key in ("view_unchanged", "view_word_count", "view_tab_switch", "view_cold",
                "menu_round_trip", "listing_json"):
        limit = LIMITS_US.get(key)
        note = f"  (limit {limit:.0f} µs)" if limit else ""
        lines.append(f"  {key:<18} {f[key + '_us']:9.2f} µs{note}")
    lines.append(f"  cached view is {f['speedup_unchanged_vs_cold']:.0f}x faster than a cold build")
    lines.append("  within limits" if f["ok"] else "  OVER LIMIT")
    return "\n".join(lines)

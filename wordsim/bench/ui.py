"""`wordsim bench ui`: a mixed stream of clicks, typing, selections, menus and dialogs on the
five-page report, with the control list built after every action, beside the same document
commands run directly (the cost of the simulated window, measured in the same run)."""

from __future__ import annotations

import gc
import itertools
import statistics
from time import perf_counter_ns

from wordsim.document import WordDocument
from wordsim.session import Session

from .timing import median_ms

# One round of intents: (kind, what). Clicks name the control; the bench finds its label in the
# current control list (untimed), as an agent reads it from its observation.
ROUND = [
    ("call", 'select_text(text="dynamic routing")'),
    ("click", "Bold"),
    ("click", "Italic"),
    ("keys", "^u"),
    ("click", "Center"),
    ("keys", "{END}"),
    ("type", " Noted."),
    ("keys", "+{LEFT 6}"),
    ("click", "Change Case"),
    ("click", "UPPERCASE"),
    ("click", "Heading 2"),
    ("keys", "^z"),
    ("click", "Insert"),
    ("click", "Home"),
    ("keys", "^f"),
    ("type_in", ("Find what:", "depot")),
    ("click", "Find Next"),
    ("keys", "{ESC}"),
    ("keys", "^{HOME}"),
    ("keys", "^+{RIGHT 3}"),
    ("click", "Align Left"),
    ("keys", "{DOWN}"),
]
TARGET_ACTIONS_PER_S = 3000


def _action(session: Session, kind: str, what) -> object:
    if kind == "call":
        return what
    if kind == "keys":
        return {"function": "keyboard_input", "args": {"keys": what}}
    listing = session.controls().listing
    if kind == "type":
        label = next(e["label"] for e in listing if e["control_type"] == "Document")
        return {"control_label": label, "function": "set_edit_text", "args": {"text": what}}
    if kind == "type_in":
        name, text = what
        label = next(e["label"] for e in listing if e["control_text"] == name)
        return {"control_label": label, "function": "set_edit_text", "args": {"text": text}}
    label = next(e["label"] for e in listing if e["control_text"] == what)
    return {"control_label": label, "function": "click_input", "args": {"button": "left"}}


def measure(repeat: int = 200) -> dict:
    doc = WordDocument.template("report")
    session = Session(doc, name="report")
    snap = session.snapshot()
    steps = max(len(ROUND), repeat * 10)
    intents = itertools.islice(itertools.cycle(ROUND), steps)
    times, failures = [], 0
    gc.collect()
    gc.disable()
    try:
        for i, (kind, what) in enumerate(intents):
            if i % len(ROUND) == 0:  # a fresh episode every round keeps the document the same size
                session.restore(snap)
            action = _action(session, kind, what)
            start = perf_counter_ns()
            result = session.step(action)
            session.control_list()
            times.append(perf_counter_ns() - start)
            failures += not result.ok
    finally:
        gc.enable()
    total_s = sum(times) / 1e9
    session.restore(snap)
    listing_ms = median_ms(lambda: session.controls().to_json(), repeat,
                           setup=lambda: session.execute("type_text", text="x"))
    direct_ms = median_ms(lambda: doc.execute("bold"), repeat)
    return {
        "actions": len(times),
        "failed_actions": failures,
        "actions_per_s": len(times) / total_s,
        "step_median_ms": statistics.median(times) / 1e6,
        "step_p95_ms": sorted(times)[int(len(times) * 0.95)] / 1e6,
        "control_list_ms": listing_ms,
        "document_command_ms": direct_ms,
    }


def report(f: dict) -> str:
    met = "met" if f["actions_per_s"] >= TARGET_ACTIONS_PER_S else "NOT met"
    return "\n".join([
        f"wordsim bench ui: {f['actions']} mixed actions on the five-page report "
        f"({f['failed_actions']} agent errors by design: none expected)",
        f"  actions/s (control list built after each)  {f['actions_per_s']:10.0f}   "
        f"target >= {TARGET_ACTIONS_PER_S}: {met}",
        f"  step median / p95                         {f['step_median_ms']:10.3f} / "
        f"{f['step_p95_ms']:.3f} ms",
        f"  control list as JSON after an edit        {f['control_list_ms']:10.3f} ms",
        f"  one document command run directly         {f['document_command_ms']:10.3f} ms",
    ])  # fmt: skip

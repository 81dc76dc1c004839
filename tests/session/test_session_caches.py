"""What the session keeps between steps — its live DocumentView, the window's facts, the style
caches kept across undo, redo, rollbacks and restores, parsed action texts — always equals
what a fresh reading of the document gives."""

from __future__ import annotations

from dataclasses import fields

import numpy as np
import pytest

from wordsim.document import CommandError, WordDocument
from wordsim.document.query import DocumentView
from wordsim.session import Session
from wordsim.session.facts import StoryCounts, ui_context

SPEC = """Title: Caches under test
# First heading
Alpha beta gamma delta epsilon.
Second **bold** and *italic* words in a line.
- a bullet item
- another bullet
1. first numbered
2. second numbered
| A1 | B1 |
| A2 | B2 |
[page break]
## Second heading
Last line of plain text with a few words.
[header] Head text
[footer] Foot text
"""

GRID = "Grid Table 4 Accent 1"  # a table style the document lacks: using it adds it
# (command, argument maker) — a mix of formatting, typing, structure, lists, tables, links,
# comments, sections, clipboard and history, so that every kind of change is followed.
COMMANDS = [
    ("bold", lambda r: {}), ("italic", lambda r: {}), ("underline", lambda r: {}),
    ("font_size", lambda r: {"size": float(r.choice([9, 12, 16]))}),
    ("font_name", lambda r: {"font": str(r.choice(["Arial", "Georgia"]))}),
    ("highlight", lambda r: {"color": "yellow"}), ("align", lambda r: {"alignment": "center"}),
    ("type_text", lambda r: {"text": str(r.choice(["x", "new words ", "Zed"]))}),
    ("enter", lambda r: {}), ("backspace", lambda r: {}), ("delete", lambda r: {}),
    ("page_break", lambda r: {}), ("bullets", lambda r: {}), ("numbering", lambda r: {}),
    ("apply_style", lambda r: {"style": str(r.choice(["Heading 2", "List Bullet", "Normal"]))}),
    ("insert_table", lambda r: {"rows": 2, "columns": 2}),
    ("insert_row_below", lambda r: {}), ("set_cell_text", lambda r: {
        "table": 1, "row": 1, "column": 1, "text": str(r.choice(["c", "cell text"]))}),
    ("insert_hyperlink", lambda r: {"address": "https://example.com/"}),
    ("add_comment", lambda r: {"text": "a note"}), ("delete_comment", lambda r: {}),
    ("section_break", lambda r: {}), ("orientation", lambda r: {"value": "landscape"}),
    ("margins", lambda r: {"preset": "narrow"}), ("header_text", lambda r: {"text": "H"}),
    ("page_number", lambda r: {}), ("copy", lambda r: {}), ("cut", lambda r: {}),
    ("paste", lambda r: {}), ("undo", lambda r: {}), ("redo", lambda r: {}),
    ("undo", lambda r: {}), ("space_after", lambda r: {"points": 6.0}),
    ("replace_all", lambda r: {"find": "a", "replace": "A"}),
    ("table_style", lambda r: {"style": GRID}), ("increase_indent", lambda r: {}),
    ("decrease_indent", lambda r: {}), ("restart_numbering", lambda r: {}),
]


def _select(session: Session, rng) -> None:
    doc = session.doc
    a = int(rng.integers(len(doc)))
    b = min(len(doc) - 1, a + int(rng.integers(2)))
    start = (a, int(rng.integers(len(doc.text(a)) + 1)))
    end = (b, int(rng.integers(len(doc.text(b)) + 1)))
    session.execute("select_range", start=min(start, end), end=max(start, end))


def _facts(context) -> dict:
    out = {f.name: getattr(context, f.name) for f in fields(context)}
    out["pressed"], out["values"] = dict(out["pressed"]), dict(out["values"])
    return out


def _fresh_facts(session: Session) -> dict:
    return _facts(ui_context(session.doc, session.name, StoryCounts()))


def _run(session: Session, rng, steps: int, read_every: int) -> None:
    for k in range(steps):
        if rng.random() < 0.4:
            _select(session, rng)
        name, args = COMMANDS[int(rng.integers(len(COMMANDS)))]
        try:
            session.execute(name, **args(rng))
        except CommandError:
            pass  # a rollback: nothing changed
        if k % read_every == 0:  # several changes, some adding paragraphs, between readings
            assert session.view() == DocumentView.of(session.doc), (k, name)
            assert _facts(session.context()) == _fresh_facts(session), (k, name)


@pytest.mark.parametrize("read_every", [1, 3])
def test_view_and_facts_follow_random_commands(read_every):
    session = Session(WordDocument.build(SPEC))
    session.view()
    _run(session, np.random.default_rng(read_every), 120, read_every)


def test_restores_bring_back_the_view_facts_and_styles():
    session = Session(WordDocument.build(SPEC))
    start = session.view()
    snap = session.snapshot()
    assert snap.view is start
    rng = np.random.default_rng(5)
    for episode in range(6):
        session.restore(snap)
        assert session.view() is start and start == DocumentView.of(session.doc)
        assert _facts(session.context()) == _fresh_facts(session)
        if episode % 2:  # an edit of the styles part (a new style) must not survive a restore
            assert session.doc.styles.style_id(GRID) is None
            cell = session.doc.texts().index("A1")
            session.execute("select_range", start=(cell, 0), end=(cell, 0))
            session.execute("table_style", style=GRID)
        _run(session, rng, 25, 2)


def test_style_caches_are_kept_only_while_the_styles_part_is_untouched():
    session = Session(WordDocument.build(SPEC))
    styles = session.doc.styles
    session.context()
    version = styles.version
    session.execute("bold")
    session.execute("undo")  # the undo of an edit that left the styles alone
    assert styles.version == version
    with pytest.raises(CommandError):
        session.execute("select_table", number=9)  # fails: rolled back
    assert styles.version == version
    cell = session.doc.texts().index("A1")
    session.execute("select_range", start=(cell, 0), end=(cell, 0))
    session.execute("table_style", style=GRID)  # adds a style to the part
    assert styles.version != version and styles.style_id(GRID) is not None
    changed = styles.version
    session.execute("undo")  # replaces the part's content: the caches must go
    assert styles.version != changed and styles.style_id(GRID) is None
    assert session.view() == DocumentView.of(session.doc)


def test_parsed_action_texts_are_reused_and_equal_a_fresh_parse():
    session = Session(WordDocument.build(SPEC))
    text = 'select_text(text="Alpha")'
    first = session.step(text)
    second = session.step(text)
    assert first.ok and second.ok and first.action is second.action
    bad = session.step("not an action(")
    assert not bad.ok and session.step("not an action(").message == bad.message

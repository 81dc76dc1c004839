"""The same actions from the same document give byte-identical .docx files, identical messages
and identical control lists — in fresh sessions, after snapshot/restore, and in any order of
test runs (comments, pictures, links and headers included)."""

from __future__ import annotations

import json

from .helpers import open_session

SCRIPT = [
    'select_text(text="beta")',
    ("click", "Bold"),
    ("click", "Font", "ComboBox"),
    ("click", "Georgia", "ListItem"),
    {"function": "keyboard_input", "args": {"keys": "^e^]"}},
    ("click", "Review", "TabItem"),
    ("click", "New Comment"),
    ("type", "Start a conversation", "A remark"),
    ("click", "Post comment"),
    ("click", "Insert", "TabItem"),
    ("click", "Pictures"),
    ("click", "This Device..."),
    'select_text(text="gamma")',
    ("click", "Link"),
    ("type", "Address:", "https://example.com/"),
    ("click", "OK"),
    ("click", "Page Number"),
    ("click", "Bottom of Page"),
    ("click", "Plain Number 2", "ListItem"),
    'select_text(text="A1")',
    ("click", "Layout", "TabItem", 1),
    ("click", "Insert Below"),
    {"function": "keyboard_input", "args": {"keys": "{TAB}Cell{ENTER}text"}},
    ("click", "Layout", "TabItem"),
    ("click", "Orientation"),
    ("click", "Landscape", "ListItem"),
    "insert_table(rows=2, columns=2)",
    'select_text(text="Last")',
    {"function": "keyboard_input", "args": {"keys": "^x^{HOME}^v{ENTER}"}},
    {"function": "keyboard_input", "args": {"keys": "^z^z^y"}},
    "select_text(text='zebra')",  # a mistake on the way
    "select_text(text='delta')",
    'set_font(font_name="Arial", font_size=13)',
    'save_as(file_name="final", file_ext=".docx")',
]


def play(d) -> list:
    """Run SCRIPT, recording (ok, message, control list JSON, states) after every step."""
    trace = []
    for step in SCRIPT:
        if isinstance(step, tuple):
            kind, name, *rest = step
            if kind == "click":
                ctype = rest[0] if rest else None
                nth = rest[1] if len(rest) > 1 else 0
                label = d.label(name, ctype, nth=nth)
                result = d.s.step({"control_label": label, "function": "click_input"})
            else:
                label = d.label(name)
                result = d.s.step({"control_label": label, "function": "set_edit_text",
                                   "args": {"text": rest[0]}})
        else:
            result = d.s.step(step)
        view = d.s.controls()
        trace.append((result.ok, result.message, view.to_json(),
                      json.dumps(view.states(d.s.ui, d.s.context()), sort_keys=True)))
    return trace


def test_same_actions_same_bytes_and_same_control_lists():
    a, b = open_session(), open_session()
    trace_a, trace_b = play(a), play(b)
    assert trace_a == trace_b
    assert [t[0] for t in trace_a].count(False) == 1  # only the deliberate mistake
    assert a.s.doc.save() == b.s.doc.save()
    assert a.s.saved == b.s.saved and a.s.saved["final.docx"] == a.s.doc.save()
    assert a.s.control_list() == b.s.control_list()
    doc = a.reopen()
    assert len(doc.comments) == 1 and len(doc.inline_shapes) == 1
    assert doc.sections[0].orientation == 1


def test_saving_twice_gives_the_same_bytes():
    d = open_session()
    play(d)
    assert d.s.doc.save() == d.s.doc.save()


def test_restore_replays_identically():
    d = open_session()
    snap = d.s.snapshot()
    first, first_bytes = play(d), d.s.doc.save()
    d.s.restore(snap)
    assert d.s.saved == {} and d.s.ui.tab == "home" and d.s.ui.dialog is None
    assert d.s.doc.save() == open_session().s.doc.save()
    assert d.s.control_list() == open_session().s.control_list()
    second = play(d)
    assert second == first
    assert d.s.doc.save() == first_bytes


def test_reopened_saved_file_continues_identically():
    """A document saved and reopened behaves as the one it came from."""
    a = open_session()
    play(a)
    b = open_session(a.s.doc.save())
    a2 = open_session(a.s.doc.save())
    for d in (a2, b):
        d.select("gamma")
        d.keys("^i^+l")
    assert a2.s.doc.save() == b.s.doc.save()
    assert a2.s.control_list() == b.s.control_list()

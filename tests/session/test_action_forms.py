"""Every accepted action form reaches the same result through Session.step — dict, UFO AppAgent
JSON, LAM 7-key JSON, call strings (UFO's and the LAM's click(on=Button("N"), ...)), a dataflow
plan step found by fuzzy ControlText, a step-log line, coordinates — and agent mistakes come
back as ok=False messages that leave the document (and the window) exactly as they were."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wordsim.actions import parse_action
from wordsim.session import ActionResult

from .helpers import open_session, run_at

SELECT = {"text": "beta"}
CLICK = {"button": "left", "double": False}


def bold_label(d) -> str:
    return d.label("Bold", "Button")


def center_of(d, label: str) -> tuple[float, float]:
    view = d.s.controls()
    x, y = view.by_label(label).center
    return x / view.width, y / view.height


# each form: (select action, click action given the Bold label and the driver)
FORMS = {
    "dict": (
        {"function": "select_text", "args": SELECT},
        lambda lab, d: {"control_label": lab, "function": "click_input", "args": CLICK},
    ),
    "dict with control_text": (
        {"control_label": "", "function": "select_text", "args": SELECT, "status": "CONTINUE"},
        lambda lab, d: {"control_label": lab, "control_text": "Bold", "function": "click_input",
                        "args": CLICK, "status": "CONTINUE"},
    ),
    "ufo json": (
        json.dumps({"Observation": "A document.", "Thought": "Select the word first.",
                    "ControlLabel": "", "ControlText": "", "Function": "select_text",
                    "Args": SELECT, "Status": "CONTINUE", "Plan": ["Click Bold"], "Comment": ""}),
        lambda lab, d: json.dumps({"Observation": "beta is selected.", "Thought": "Bold it.",
                                   "ControlLabel": lab, "ControlText": "Bold",
                                   "Function": "click_input", "Args": CLICK, "Status": "CONTINUE",
                                   "Plan": [], "Comment": ""}),
    ),
    "ufo json, args as a string": (
        json.dumps({"ControlLabel": "", "ControlText": "", "Function": "select_text",
                    "Args": json.dumps(SELECT), "Status": "CONTINUE"}),
        lambda lab, d: json.dumps({"ControlLabel": lab, "ControlText": "Bold",
                                   "Function": "click_input", "Args": json.dumps(CLICK),
                                   "Status": "CONTINUE"}),
    ),
    "ufo python literal": (
        "{'ControlLabel': '', 'Function': 'select_text', 'Args': {'text': 'beta'}}",
        lambda lab, d: "{'ControlLabel': '" + lab + "', 'ControlText': 'Bold', "
                       "'Function': 'click_input', 'Args': {'button': 'left', 'double': False}}",
    ),
    "fenced json": (
        "```json\n" + json.dumps({"function": "select_text", "args": SELECT}) + "\n```",
        lambda lab, d: "```json\n" + json.dumps({"control_label": lab, "function": "click_input",
                                                "args": CLICK}) + "\n```",
    ),
    "lam json": (
        json.dumps({"thought": "select", "control_label": "", "control_name": "",
                    "function": "select_text", "args": SELECT, "status": "CONTINUE",
                    "plan": ["bold it"]}),
        lambda lab, d: json.dumps({"thought": "bold", "control_label": lab, "control_name": "Bold",
                                   "function": "click_input", "args": CLICK,
                                   "status": "CONTINUE", "plan": []}),
    ),
    "call string": (
        'select_text(text="beta")',
        lambda lab, d: f'click_input(control_label="{lab}", button="left", double=False)',
    ),
    "lam call string": (
        "select_text(text='beta')",
        lambda lab, d: f'click(on=Button("{lab}"), how="left", double=False)',
    ),
    "plan step, fuzzy control text": (
        {"Step": 1, "Subtask": "Select the word", "ControlLabel": "", "ControlText": "",
         "Function": "select_text", "Args": SELECT},
        lambda lab, d: {"Step": 2, "Subtask": "Make it bold", "ControlLabel": "",
                        "ControlText": "Bold (Ctrl+B)", "Function": "click_input", "Args": CLICK},
    ),
    "step log line": (
        {"Step": 1, "Subtask": "Select", "ControlLabel": "", "ControlText": "",
         "Action": "select_text(text='beta')", "ActionType": "COM/WORD"},
        lambda lab, d: {"Step": 2, "Subtask": "Bold", "ControlLabel": lab, "ControlText": "Bold",
                        "Action": "click_input(button='left', double=False)",
                        "ActionType": "UIControl"},
    ),
    "coordinates": (
        {"function": "select_text", "args": SELECT},
        lambda lab, d: {"function": "click_on_coordinates",
                        "args": dict(zip(("x", "y"), center_of(d, lab), strict=True))},
    ),
    "parsed Action": (
        parse_action('select_text(text="beta")'),
        lambda lab, d: parse_action(f'click_input(control_label="{lab}")'),
    ),
}


def reference_bytes() -> bytes:
    d = open_session()
    d.step({"function": "select_text", "args": SELECT})
    d.step({"control_label": bold_label(d), "function": "click_input", "args": CLICK})
    return d.s.doc.save()


@pytest.fixture(scope="module")
def reference() -> bytes:
    return reference_bytes()


@pytest.mark.parametrize("form", list(FORMS))
def test_every_form_gives_the_same_document(form, reference):
    select, make_click = FORMS[form]
    d = open_session()
    first = d.step(select)
    assert first.message == "Text beta is selected."
    assert first.action.function == "select_text"
    second = d.step(make_click(bold_label(d), d))
    assert second.message == "bold on" and second.edited
    assert d.s.doc.save() == reference
    assert run_at(d.reopen(), "beta").bold is True


def test_forms_are_recorded_on_the_action():
    d = open_session()
    assert d.step('select_text(text="beta")').action.form == "call"
    lab = bold_label(d)
    assert d.step(f'click(on=Button("{lab}"), how="left", double=False)').action.form == "call"
    d.keys("^z")
    plan = d.step({"Step": 2, "Subtask": "x", "ControlLabel": "", "ControlText": "Bold",
                   "Function": "click_input", "Args": {}})
    assert plan.action.form == "plan"


def test_status_finish_comes_back_on_the_result():
    d = open_session()
    r = d.step({"function": "", "args": {}, "status": "FINISH"})
    assert r.status == "FINISH" and r.message == ""
    r = d.step(json.dumps({"ControlLabel": "", "Function": "summary",
                           "Args": {"text": "All done."}, "Status": "FINISH"}))
    assert r.status == "FINISH" and r.message == "All done."


def test_fuzzy_plan_step_prefers_the_exact_name_and_refuses_no_match():
    d = open_session()
    d.select("beta")
    r = d.step({"Step": 1, "Subtask": "", "ControlLabel": "", "ControlText": "Font",
                "Function": "click_input", "Args": {}})
    assert r.ok and "Calibri (Body)" in d.names()  # the Font box's list, not Font Size/Color
    d.keys("{ESC}")
    before = d.s.doc.save()
    r = d.s.step({"Step": 1, "Subtask": "", "ControlLabel": "", "ControlText": "Qzxjv Wkq",
                "Function": "click_input", "Args": {}})
    assert not r.ok and "no control on screen matches" in r.message
    assert d.s.doc.save() == before


def test_typing_into_the_document_in_every_form():
    """set_edit_text on the Document: \n starts a paragraph, \t is a tab; UFO's written
    backslash-n in Args is a line break too; clear_current_text empties the document first."""
    d = open_session()
    d.select("Last")
    d.keys("{END}")
    doc_label = d.label("Document1", "Document")
    d.step(json.dumps({"ControlLabel": doc_label, "ControlText": "Document1",
                       "Function": "set_edit_text", "Args": {"text": " One\\nTwo"},
                       "Status": "CONTINUE"}))
    d.step({"Step": 3, "Subtask": "", "ControlLabel": "", "ControlText": "Document1",
            "Function": "set_edit_text", "Args": {"text": "\tThree"}})
    assert [p.text for p in d.reopen().paragraphs][-2:] == ["Last line of text. One", "Two\tThree"]
    texts = d.step({"control_label": d.label("Document1", "Document"), "function": "texts"})
    assert texts.message.endswith("Last line of text. One\nTwo\tThree")
    d.step({"control_label": d.label("Document1", "Document"), "function": "set_edit_text",
            "args": {"text": "Fresh\nstart", "clear_current_text": True}})
    doc = d.reopen()
    assert [p.text for p in doc.paragraphs] == ["Fresh", "start"] and not doc.tables


# ---------------------------------------------------------------------- agent mistakes
MB = "x" * (1 << 20)


def stale_label(d) -> str:
    """The label Verdana had while the font list was open; the list is closed again now."""
    d.click("Font", "ComboBox")
    label = d.label("Verdana", "ListItem")
    d.keys("{ESC}")
    assert int(label) > len(d.s.control_list())
    return label


MISTAKES = {
    "unknown label": lambda d: {"control_label": "999", "function": "click_input"},
    "label zero": lambda d: {"control_label": "0", "function": "click_input"},
    "label not a number": lambda d: {"control_label": "Bold", "function": "click_input"},
    "label of a control no longer on screen": lambda d: {"control_label": stale_label(d),
                                                        "function": "click_input"},
    "set_edit_text on a Button": lambda d: {"control_label": bold_label(d),
                                            "function": "set_edit_text", "args": {"text": "hi"}},
    "texts of a Button": lambda d: {"control_label": bold_label(d), "function": "texts"},
    "click without a control": lambda d: {"function": "click_input", "args": CLICK},
    "right click": lambda d: {"control_label": bold_label(d), "function": "click_input",
                              "args": {"button": "right"}},
    "drag from the ribbon": lambda d: {"function": "drag_on_coordinates",
                                       "args": {"start_x": 0.5, "start_y": 0.1, "end_x": 0.5,
                                                "end_y": 0.3}},
    "coordinates outside the window": lambda d: {"function": "click_on_coordinates",
                                                 "args": {"x": 1.5, "y": -0.2}},
    "import os": lambda d: "__import__('os').system('touch /tmp/wordsim-pwned')",
    "import in an argument": lambda d: "select_text(text=__import__('os').system('id'))",
    "eval": lambda d: "eval('1+1')",
    "exec": lambda d: "exec('import os')",
    "open": lambda d: "open('/etc/passwd')",
    "attribute call": lambda d: "os.system('id')",
    "lambda": lambda d: "select_text(text=(lambda: 1)())",
    "f-string": lambda d: 'select_text(text=f"{__import__(\'os\')}")',
    "dunder subscript": lambda d: "select_text(text=().__class__.__mro__[1])",
    "fullwidth name": lambda d: "\uff53elect_text(text='beta')",
    "1 MB call string": lambda d: f'select_text(text="{MB}")',
    "1 MB dict argument": lambda d: {"function": "select_text", "args": {"text": MB}},
    "1 MB json": lambda d: json.dumps({"function": "select_text", "args": {"text": MB}}),
    "1 MB typed text": lambda d: {"control_label": d.label("Document1", "Document"),
                                  "function": "set_edit_text", "args": {"text": MB}},
    "1 MB keys": lambda d: {"function": "keyboard_input", "args": {"keys": MB}},
    "deep brackets": lambda d: "[" * 100_000 + "]" * 100_000,
    "deep call": lambda d: "select_text(text=" + "[" * 5000 + "]" * 5000 + ")",
    "deep json": lambda d: '{"function": "select_text", "args": {"text": '
                           + "[" * 10_000 + "]" * 10_000 + "}}",
    "deep dict": lambda d: nested(2000),
    "huge repeat": lambda d: {"function": "keyboard_input", "args": {"keys": "{DOWN 99999999}"}},
    "unknown key": lambda d: {"function": "keyboard_input", "args": {"keys": "{NOSUCHKEY}"}},
    "keys as a list": lambda d: {"function": "keyboard_input", "args": {"keys": ["^b"]}},
    "rows as words": lambda d: {"function": "insert_table", "args": {"rows": "three",
                                                                     "columns": 2}},
    "rows too many": lambda d: {"function": "insert_table", "args": {"rows": 10**9, "columns": 2}},
    "negative rows": lambda d: {"function": "insert_table", "args": {"rows": -1, "columns": 2}},
    "bool as number": lambda d: {"function": "select_table", "args": {"number": True}},
    "nan": lambda d: '{"function": "click_on_coordinates", "args": {"x": NaN, "y": 0.5}}',
    "font size as text": lambda d: {"function": "set_font", "args": {"font_size": "big"}},
    "double as text": lambda d: {"control_label": bold_label(d), "function": "click_input",
                                 "args": {"double": "maybe"}},
    "args as a list": lambda d: {"control_label": bold_label(d), "function": "click_input",
                                 "args": ["left"]},
    "unknown argument": lambda d: {"function": "select_text", "args": {"text": "beta",
                                                                       "colour": "red"}},
    "missing argument": lambda d: {"function": "select_text", "args": {}},
    "function as a number": lambda d: {"function": 7},
    "unknown function": lambda d: {"function": "format_disk"},
    "mixed key styles": lambda d: {"Function": "click_input", "function": "click_input"},
    "unknown key in dict": lambda d: {"function": "select_text", "args": SELECT, "rm": "-rf"},
    "none": lambda d: None,
    "number": lambda d: 42,
    "list": lambda d: [{"function": "select_text", "args": SELECT}],
    "bytes": lambda d: b'select_text(text="beta")',
    "empty string": lambda d: "",
    "json array": lambda d: "[1, 2, 3]",
    "broken json": lambda d: '{"function": "select_text", "args": {"text": "beta"',
    "not found text": lambda d: {"function": "select_text", "args": {"text": "zebra"}},
    "table out of range": lambda d: {"function": "select_table", "args": {"number": 9}},
    "paragraph out of range": lambda d: {"function": "select_paragraph",
                                         "args": {"start_index": 50, "end_index": 60}},
    "pdf": lambda d: {"function": "save_as", "args": {"file_ext": ".pdf"}},
    "exe": lambda d: {"function": "save_as", "args": {"file_ext": ".exe"}},
    # click(on=Edit("N")) names the control's type: Bold is a Button, not an Edit box
    "wrong control type": lambda d: f'click(on=Edit("{bold_label(d)}"), how="left")',
}


def nested(depth: int) -> dict:
    value: object = "beta"
    for _ in range(depth):
        value = {"a": value}
    return {"function": "select_text", "args": {"text": value}}


@pytest.mark.parametrize("name", list(MISTAKES))
def test_a_mistake_is_reported_and_changes_nothing(name, monkeypatch):
    calls = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a) or 0)
    d = open_session()
    d.select("gamma")
    action = MISTAKES[name](d)
    before = d.s.doc.save()
    selection = d.s.doc.selection
    listing = d.s.control_list()
    result = d.s.step(action)
    assert isinstance(result, ActionResult)
    assert result.ok is False, result.message
    assert isinstance(result.message, str) and result.message
    assert len(result.message) < 2000
    assert not result.edited and result.changes == ()
    assert d.s.doc.save() == before
    assert d.s.doc.selection == selection
    assert d.s.control_list() == listing
    assert calls == [] and not os.path.exists("/tmp/wordsim-pwned")
    # the session still works
    d.click("Bold")
    assert run_at(d.reopen(), "gamma").bold is True


def test_mistakes_in_a_row_then_work():
    d = open_session()
    before = d.s.doc.save()
    for make in MISTAKES.values():
        if make is MISTAKES["label of a control no longer on screen"]:
            continue
        d.s.step(make(d))
    assert d.s.doc.save() == before
    d.select("beta")
    d.keys("^i")
    assert run_at(d.reopen(), "beta").italic is True


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["function", "args", "control_label", "Function", "Args",
                                       "ControlLabel", "ControlText", "text", "keys", "x"]),
                      children, max_size=4),
    max_leaves=12,
)


_FUZZ: dict = {}


def fuzz_session():
    """One session for every example (restored to its snapshot each time): fast enough to try
    many inputs."""
    if not _FUZZ:
        d = open_session()
        _FUZZ.update(d=d, snap=d.s.snapshot(), before=d.s.doc.save())
    _FUZZ["d"].s.restore(_FUZZ["snap"])
    return _FUZZ["d"], _FUZZ["before"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(action=st.one_of(st.text(max_size=60), JSON))
def test_random_input_never_raises(action):
    d, before = fuzz_session()
    result = d.s.step(action)
    assert isinstance(result, ActionResult)
    if not result.ok:
        assert not result.edited
        assert d.s.doc.save() == before

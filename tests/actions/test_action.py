"""The Action record: UFO's call-string log form and round trips through UFO and LAM JSON."""

from __future__ import annotations

import json

import pytest

from wordsim.actions import Action, parse_action

SAMPLES = [
    'click_input(control_label="12", button="left", double=False)',
    'click(on=Button("7"), how="right", double=True)',
    'set_edit_text(control_label="40", text="Hello\\nWorld", clear_current_text=True)',
    'keyboard_input(keys="^b", control_focus=False)',
    "wheel_mouse_input(wheel_dist=-3)",
    'annotation(control_labels=["1", "2"])',
    "insert_table(rows=3, columns=3)",
    'select_text(text="it\'s \\"quoted\\"")',
    "select_paragraph(start_index=2, end_index=-1, non_empty=False)",
    'set_font(font_name="Arial", font_size=10.5)',
    'save_as(file_name="report", file_ext=".docx")',
    'texts(control_text="Page 1 content")',
    {"ControlLabel": "", "ControlText": "", "Function": "", "Args": {}, "Status": "FINISH"},
]


def test_call_string_is_ufo_log_form():
    action = parse_action('click_input(control_label="12", button="left", double=False)')
    assert action.call_string() == "click_input(button='left', double=False)"
    assert action.call_string(full=True) == "click_input(button='left', double=False, pressed=None)"
    assert action.call_string(with_control=True) == (
        "click_input(control_label='12', button='left', double=False)")
    assert parse_action("insert_table(columns=3, rows=2)").call_string() == (
        "insert_table(columns=3, rows=2)")
    assert parse_action("texts(control_label='4')").call_string() == "texts()"
    assert parse_action('select_text(text="a\'b")').call_string() == 'select_text(text="a\'b")'


def test_call_string_uses_ufo_names_for_aliases():
    action = parse_action('click(on=Button("20"), how="left", double=False)')
    assert action.call_string() == "click_input(button='left', double=False)"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: str(s)[:40])
def test_round_trips(sample):
    action = parse_action(sample)
    assert action.ok, action
    for rendered in (action.to_ufo(), action.to_lam(), action.to_dict(),
                     json.dumps(action.to_ufo()), json.dumps(action.to_lam())):
        back = parse_action(rendered)
        assert back == action, rendered
        assert back.given == tuple(action.spec.param_names) or isinstance(rendered, str)
    if action.function and action.status == "CONTINUE":  # a call string carries neither
        assert parse_action(action.call_string(with_control=True)) == action


def test_ufo_and_lam_json_shapes():
    action = parse_action({"thought": "Bold the title", "control_label": "12",
                           "control_name": "Bold", "function": "click_input",
                           "args": {"button": "left"}, "status": "CONTINUE",
                           "plan": ["(1) Bold the title"]})
    assert action.to_ufo() == {
        "Observation": "", "Thought": "Bold the title", "ControlLabel": "12",
        "ControlText": "Bold", "Function": "click_input",
        "Args": {"button": "left", "double": False, "pressed": None}, "Status": "CONTINUE",
        "Plan": ["(1) Bold the title"], "Comment": "",
    }
    assert action.to_lam() == {
        "thought": "Bold the title", "control_label": "12", "control_name": "Bold",
        "function": "click_input", "args": {"button": "left", "double": False, "pressed": None},
        "status": "CONTINUE", "plan": ["(1) Bold the title"],
    }
    assert list(action.to_lam()) == ["thought", "control_label", "control_name", "function",
                                     "args", "status", "plan"]
    assert parse_action(action.to_ufo()).thought == "Bold the title"


def test_renderings_do_not_share_state():
    action = parse_action('annotation(control_labels=["1"])')
    action.to_ufo()["Args"]["control_labels"].append("2")
    assert action.args["control_labels"] == ["1"]


def test_equality_ignores_how_an_action_was_written():
    a = parse_action({"ControlLabel": "3", "ControlText": "Bold", "Function": "click_input",
                      "Thought": "x"})
    b = parse_action('click(on=Button("3"))')
    assert a == b and a.form != b.form and a.control_type != b.control_type
    assert a != parse_action('click(on=Button("4"))')
    assert a != parse_action({"ControlLabel": "3", "Function": "click_input", "Status": "FINISH"})
    assert a != "click_input()"
    with pytest.raises(TypeError):
        hash(a)


def test_action_type_and_spec():
    assert parse_action("insert_table(2, 2)").action_type == "COM/WORD"
    assert parse_action("summary(text='x')").action_type == "UIControl"
    assert parse_action({"Function": ""}).action_type == "UIControl"
    assert Action("select_text", {"text": "a"}).spec.name == "select_text"

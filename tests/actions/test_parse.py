"""Every accepted form parses to the same Action; arguments are checked, filled and coerced."""

from __future__ import annotations

import json
import warnings

import pytest

from wordsim.actions import Action, ActionError, make_action, parse_action

BOLD_CLICK = [
    {"control_label": "12", "function": "click_input", "args": {"button": "left", "double": False}},
    {"control_label": 12, "function": "click_input", "args": {}},
    {"ControlLabel": "12", "ControlText": "Bold", "Function": "click_input",
     "Args": {"button": "left", "double": False}, "Status": "CONTINUE",
     "Observation": "...", "Thought": "Bold it", "Plan": ["done"], "Comment": ""},
    json.dumps({"ControlLabel": "12", "ControlText": "Bold", "Function": "click_input",
                "Args": {"button": "left", "double": False}, "Status": "CONTINUE"}),
    {"thought": "Bold it", "control_label": "12", "control_name": "Bold",
     "function": "click_input", "args": {"button": "left", "double": False},
     "status": "CONTINUE", "plan": ["(1) done"]},
    'click_input(control_label="12", button="left")',
    "click_input(control_label=12)",
    'click(on=Button("12"), how="left", double=False)',
    "click(on=Button(12))",
    'click_input("left", False, control_label="12")',
    '  click_input(control_label="12", button="LEFT")  ',
    "```json\n" + json.dumps({"function": "click_input", "control_label": "12"}) + "\n```",
    "{'function': 'click_input', 'control_label': '12', 'args': {'double': False}}",
    {"Step": 1, "ControlLabel": "12", "Action": "click_input(button='left', double=False)",
     "ActionType": "UIControl", "Results": "", "Application": "WINWORD.EXE", "TimeCost": 0.1},
]


@pytest.mark.parametrize("form", BOLD_CLICK, ids=lambda f: str(f)[:50])
def test_equivalent_forms_give_the_same_action(form):
    action = parse_action(form)
    assert isinstance(action, Action), action
    assert action == Action("click_input", {"button": "left", "double": False, "pressed": None},
                            control_label="12")
    assert action.status == "CONTINUE"


def test_forms_are_recorded():
    forms = [parse_action(f).form for f in BOLD_CLICK[:9]]
    assert forms == ["dict", "dict", "ufo", "ufo", "lam", "call", "call", "call", "call"]
    lam = parse_action(BOLD_CLICK[4])
    assert (lam.thought, lam.plan, lam.control_text) == ("Bold it", ("(1) done",), "Bold")


def test_the_lam_click_form_keeps_the_control_type():
    action = parse_action('click(on=Button("20"), how="left", double=False)')
    assert (action.function, action.control_label, action.control_type) == (
        "click_input", "20", "Button")
    typed = parse_action('set_edit_text(on=Edit("5"), text="x")')
    assert (typed.control_label, typed.control_type, typed.args["text"]) == ("5", "Edit", "x")


def test_word_api_forms_agree():
    forms = [
        'select_text(text="hello")',
        "select_text('hello')",
        {"function": "select_text", "args": {"text": "hello"}},
        {"Function": "select_text", "Args": {"text": "hello"}, "ControlLabel": "",
         "ControlText": ""},
        {"Step": 1, "Subtask": "Select", "ControlLabel": "", "ControlText": "",
         "Function": "select_text", "Args": {"text": "hello"}},
        {"thought": "", "control_label": "", "control_name": "", "function": "select_text",
         "args": {"text": "hello"}, "status": "CONTINUE", "plan": []},
    ]
    actions = [parse_action(f) for f in forms]
    assert all(a == actions[0] for a in actions), actions
    assert actions[0].control_label is None and actions[0].action_type == "COM/WORD"
    assert actions[4].form == "plan"


def test_plan_step_without_label_is_matched_by_control_text():
    step = {"Step": 2, "Subtask": "Make a bulleted list", "ControlLabel": "",
            "ControlText": "Bullets", "Function": "click_input",
            "Args": {"button": "left", "double": False}}
    action = parse_action(step)
    assert action.control_label is None and action.control_text == "Bullets"
    assert action.subtask == "Make a bulleted list"
    assert action != parse_action({**step, "ControlText": "Numbering"})
    labelled = parse_action({**step, "ControlLabel": "31"})
    assert labelled == parse_action({**step, "ControlLabel": "31", "ControlText": "Other"})


def test_defaults_are_filled():
    assert parse_action("save_as()").args == {"file_dir": "", "file_name": "", "file_ext": ""}
    assert parse_action("annotation()").args == {"control_labels": []}
    assert parse_action('keyboard_input(keys="^b")').args == {"keys": "^b", "control_focus": True}
    drag = parse_action("drag_on_coordinates(0.1, 0.2, 0.3, 0.4)").args
    assert drag == {"start_x": 0.1, "start_y": 0.2, "end_x": 0.3, "end_y": 0.4,
                    "button": "left", "duration": 1.0, "key_hold": None}
    assert parse_action("set_font()").args == {"font_name": None, "font_size": None}


@pytest.mark.parametrize(("text", "args"), [
    ('insert_table(rows="3", columns=" 4 ")', {"rows": 3, "columns": 4}),
    ("insert_table(rows=3.0, columns=2)", {"rows": 3, "columns": 2}),
    ('select_paragraph(start_index="1", end_index="-1", non_empty="false")',
     {"start_index": 1, "end_index": -1, "non_empty": False}),
    ("select_paragraph(1, -1, 0)", {"start_index": 1, "end_index": -1, "non_empty": False}),
    ('set_font(font_size="10.5")', {"font_name": None, "font_size": 10.5}),
    ('set_font(font_size="12")', {"font_name": None, "font_size": 12}),
    ("select_text(text=2024)", {"text": "2024"}),
    ("annotation(control_labels=(1, '2'))", {"control_labels": ["1", "2"]}),
    ('click_on_coordinates(x="0.5", y=1)', {"x": 0.5, "y": 1, "button": "left", "double": False}),
    ("wheel_mouse_input(wheel_dist=-5)", {"wheel_dist": -5}),
])
def test_unambiguous_values_are_coerced(text, args):
    action = parse_action(text)
    assert action.ok, action
    assert action.args == args
    assert all(type(action.args[k]) is type(v) for k, v in args.items())


@pytest.mark.parametrize(("text", "message"), [
    ("insert_table(rows=3)", "insert_table is missing its required argument 'columns'."),
    ('insert_table(rows="three", columns=3)',
     "argument 'rows' of insert_table must be an integer, got 'three'."),
    ("insert_table(rows=3.5, columns=3)", "must be an integer, got 3.5"),
    ("insert_table(rows=True, columns=3)", "must be an integer, got True"),
    ("insert_table(rows=99999999999, columns=3)", "must be an integer"),
    ('select_text(text="a", colour="red")',
     "unknown argument 'colour' for select_text. Allowed: text."),
    ("select_text('a', text='b')", "select_text got multiple values for argument 'text'."),
    ("select_text('a', 'b')", "select_text takes 1 argument (2 given)."),
    ('click_input(control_label="1", button="up")',
     "argument 'button' of click_input must be one of 'left', 'right', 'middle', 'x', got 'up'."),
    ('click_input(control_label="1", double="maybe")', "must be True or False"),
    ("click_input()", "click_input needs a control"),
    ("texts()", "texts needs a control"),
    ('keyboard_input(keys="{ENTER")', "`}` not found"),
    ("set_font(font_size=None, font_name=3.5)", "must be a string or None"),
    ('click(on=Button("1"), control_label="2")', "name different controls"),
    ('click(on=Window("1"))', "unknown control type 'Window'"),
    ("click(on=Button())", 'Button(...) takes one label, e.g. Button("20").'),
    ('click(on="1")', 'on= takes a control such as Button("20")'),
])
def test_bad_arguments_give_clear_messages(text, message):
    error = parse_action(text)
    assert isinstance(error, ActionError)
    assert error.message.startswith("An error occurred: ")
    assert message in error.message


@pytest.mark.parametrize(("obj", "message"), [
    ({"function": "click_input", "control_label": "1", "arguments": {}}, "unknown key 'arguments'"),
    ({"control_label": "1"}, "the action has no 'function'"),
    ({"ControlLabel": "1", "Args": {}}, "has no 'Function'"),
    ({"Function": "click_input", "function": "click_input"}, "mixes UFO keys"),
    ({"function": "select_text", "args": ["hi"]}, "args must be a dict, got list"),
    ({"function": "select_text", "args": {"text": "a"}, "status": "DONE"}, "unknown status 'DONE'"),
    ({"function": "select_text", "args": {"text": "a"}, "control_type": "Widget"},
     "unknown control type 'Widget'"),
    ({"function": 3}, "the function name must be a string, got int."),
    ({"function": "select_text", "args": {"text": "a"}, "control_label": ["1"]},
     "the control label must be a string, got list."),
    ({"function": "select_text", "args": {1: "a"}}, "keys in an action must be strings"),
    ({"function": "select_text", "args": {"text": object()}}, "got object"),
    ({"function": "select_text", "args": {"text": float("nan")}}, "must be finite"),
    ('{"function": "select_text", "args": {"text": NaN}}', "must be finite"),
    ('{"function": "select_text", ', "not valid JSON"),
    ('["select_text"]', "expected one function call"),
    ("", "the action is empty"),
    ("   ", "the action is empty"),
    ({"thought": "x", "control_name": "A", "control_text": "B", "function": ""}, "disagree"),
    ({"ControlLabel": "1", "Action": 'click_input(control_label="2")'}, "disagrees"),
])
def test_malformed_actions_give_clear_messages(obj, message):
    error = parse_action(obj)
    assert isinstance(error, ActionError), error
    assert message in error.message
    assert error.original is obj


def test_status_and_the_no_op():
    done = parse_action({"ControlLabel": "", "ControlText": "", "Function": "", "Args": {},
                         "Status": "finish"})
    assert (done.function, done.args, done.status, done.ends_episode) == ("", {}, "FINISH", True)
    assert parse_action({"Function": None, "Status": "FAIL"}).function == ""
    assert parse_action({"function": "", "status": "CONFIRM"}).status == "CONFIRM"
    assert not parse_action({"function": "", "args": {"text": "x"}}).ok


def test_ufo_line_breaks_are_revised():
    ufo = parse_action({"ControlLabel": "3", "Function": "set_edit_text",
                        "Args": {"text": "one\\ntwo"}})
    assert ufo.args["text"] == "one\ntwo"
    assert parse_action('set_edit_text(control_label="3", text="one\\ntwo")').args["text"] == (
        "one\ntwo")
    plain = parse_action({"control_label": "3", "function": "set_edit_text",
                          "args": {"text": "C:\\new"}})
    assert plain.args["text"] == "C:\\new"


def test_strings_keep_unicode_and_lenient_escapes():
    assert parse_action('select_text(text="résumé 你好 \u00e9")').args["text"] == "résumé 你好 é"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_action(r'select_text(text="C:\dir")').args["text"] == "C:\\dir"
    assert "could not parse" in parse_action(r'save_as(file_dir="C:\Users")').message


def test_args_may_come_as_a_json_string():
    action = parse_action({"Function": "insert_table", "Args": '{"rows": 2, "columns": 2}'})
    assert action.args == {"rows": 2, "columns": 2}
    assert parse_action({"Function": "save_as", "Args": ""}).ok


def test_unknown_function_suggests_and_lists():
    error = parse_action("select_txt(text='a')")
    assert error.message.startswith("An error occurred: unknown function 'select_txt'. "
                                    "Did you mean 'select_text'? Available: click_input, ")
    assert "save_as" in parse_action({"function": "bold"}).message


def test_actions_pass_through_and_make_action_raises():
    action = parse_action("select_text(text='a')")
    assert parse_action(action) is action
    assert make_action("select_text", {"text": "a"}) == action
    with pytest.raises(ValueError, match="unknown function 'nope'"):
        make_action("nope")
    with pytest.raises(ValueError, match="unknown action form"):
        make_action("select_text", {"text": "a"}, form="yaml")

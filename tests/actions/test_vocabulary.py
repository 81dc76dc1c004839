"""The declared vocabulary matches UFO's names and defaults; examples and whitelist follow it."""

from __future__ import annotations

import pytest

from wordsim.actions import VOCABULARY, WHITELIST, parse_action, select_specs
from wordsim.actions.spec import COM_WORD, REQUIRED, UI_CONTROL
from wordsim.actions.whitelist import build_whitelist

R = REQUIRED
UFO_SIGNATURES = {
    "click_input": [("button", "left"), ("double", False), ("pressed", None)],
    "click_on_coordinates": [("x", R), ("y", R), ("button", "left"), ("double", False)],
    "drag_on_coordinates": [("start_x", R), ("start_y", R), ("end_x", R), ("end_y", R),
                            ("button", "left"), ("duration", 1.0), ("key_hold", None)],
    "set_edit_text": [("text", R), ("clear_current_text", False)],
    "keyboard_input": [("keys", R), ("control_focus", True)],
    "wheel_mouse_input": [("wheel_dist", R)],
    "texts": [],
    "summary": [("text", R)],
    "annotation": [("control_labels", [])],
    "": [],
    "insert_table": [("rows", R), ("columns", R)],
    "select_text": [("text", R)],
    "select_table": [("number", R)],
    "select_paragraph": [("start_index", R), ("end_index", R), ("non_empty", True)],
    "set_font": [("font_name", None), ("font_size", None)],
    "save_as": [("file_dir", ""), ("file_name", ""), ("file_ext", "")],
}


def test_names_and_defaults_match_ufo():
    assert list(VOCABULARY) == list(UFO_SIGNATURES)
    for name, expected in UFO_SIGNATURES.items():
        spec = VOCABULARY[name]
        got = [(p.name, R if p.required else p.default_value()) for p in spec.params]
        assert got == expected, name


def test_kinds_follow_ufo_receivers():
    word = {"insert_table", "select_text", "select_table", "select_paragraph", "set_font",
            "save_as"}
    for name, spec in VOCABULARY.items():
        assert spec.kind == (COM_WORD if name in word else UI_CONTROL), name
    assert set(select_specs("word")) == {VOCABULARY[n] for n in word}
    assert len(select_specs("ui")) + len(select_specs("word")) == len(VOCABULARY)


def test_which_actions_need_a_control():
    needing = {name for name, spec in VOCABULARY.items() if spec.needs_control}
    assert needing == {"click_input", "set_edit_text", "texts"}
    assert VOCABULARY["set_edit_text"].control_types == ("Edit", "Document")


@pytest.mark.parametrize(
    "example", [(spec.name, ex) for spec in VOCABULARY.values() for ex in spec.examples],
    ids=lambda item: item[1][:40],
)
def test_every_declared_example_parses(example):
    name, text = example
    if VOCABULARY[name].needs_control:
        text = text.replace("(", '(control_label="1", ', 1).replace(", )", ")")
    action = parse_action(text)
    assert action.ok, action
    assert action.function == name
    assert parse_action(action.call_string(with_control=True)) == action


def test_every_spec_has_docs():
    for spec in VOCABULARY.values():
        assert spec.summary
        for param in spec.params:
            assert param.description, (spec.name, param.name)
        assert spec.examples or not spec.name


def test_whitelist_is_derived_from_the_declaration():
    assert WHITELIST.functions["click"] == "click_input"
    assert WHITELIST.arguments["click_input"]["how"] == "button"
    assert set(WHITELIST.functions.values()) == set(VOCABULARY)
    for spec in VOCABULARY.values():
        assert set(WHITELIST.types[spec.name]) == set(spec.param_names)
    assert "Button" in WHITELIST.constructors and "Document" in WHITELIST.constructors
    assert build_whitelist(VOCABULARY.values()) == WHITELIST


def test_unknown_subset_is_a_programming_error():
    with pytest.raises(KeyError, match="subsets"):
        select_specs("everything")

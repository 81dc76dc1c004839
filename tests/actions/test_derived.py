"""The prompt text and the tool schemas are derived from the declaration, never written twice."""

from __future__ import annotations

import dataclasses
import json

from wordsim.actions import VOCABULARY, parse_tool_call, prompt_description, tool_schemas
from wordsim.actions.spec import Param
from wordsim.actions.whitelist import build_whitelist


def _properties(tool: dict) -> dict:
    return tool["function"]["parameters"]["properties"]


def test_every_declared_param_appears_in_prompt_and_schema():
    prompt = prompt_description()
    tools = {tool["function"]["name"]: tool for tool in tool_schemas()}
    for spec in VOCABULARY.values():
        if not spec.name:
            assert spec.name not in tools
            continue
        assert f"- {spec.name}: " in prompt
        assert spec.summary in prompt
        for example in spec.examples:
            assert example in prompt
        for param in spec.params:
            assert f"    - {param.name}: {param.description}" in prompt
            assert param.name in _properties(tools[spec.name])


def test_a_new_parameter_shows_up_everywhere():
    extra = Param("colour", "str", "red", "A brand-new argument.", choices=("red", "blue"))
    spec = VOCABULARY["select_text"]
    grown = dataclasses.replace(spec, params=(*spec.params, extra))
    prompt = prompt_description([grown])
    assert 'select_text(text: str, colour: str = "red")' in prompt
    assert 'A brand-new argument. One of "red", "blue". (Default: "red")' in prompt
    schema = tool_schemas([grown])[0]["function"]["parameters"]
    assert schema["properties"]["colour"] == {
        "type": "string", "description": "A brand-new argument.", "enum": ["red", "blue"],
        "default": "red",
    }
    assert build_whitelist([grown]).arguments["select_text"]["colour"] == "colour"
    assert "colour" not in prompt_description(["select_text"])


def test_schema_types_required_and_nullability():
    tools = {tool["function"]["name"]: tool["function"]["parameters"] for tool in tool_schemas()}
    assert tools["insert_table"]["required"] == ["rows", "columns"]
    assert tools["insert_table"]["properties"]["rows"]["type"] == "integer"
    assert tools["click_input"]["required"] == ["control_label"]
    assert tools["set_font"]["properties"]["font_size"]["type"] == ["number", "null"]
    assert tools["annotation"]["properties"]["control_labels"] == {
        "type": "array", "items": {"type": "string"},
        "description": VOCABULARY["annotation"].params[0].description, "default": [],
    }
    assert "control_label" not in tools["select_text"]["properties"]
    assert "control_label" not in tools["select_text"]["required"]
    for schema in tools.values():
        assert schema["additionalProperties"] is False
        assert "status" in schema["properties"]
    json.dumps(tools)  # plain JSON


def test_anthropic_style_and_subsets():
    tools = tool_schemas("word", style="anthropic")
    assert [t["name"] for t in tools] == [
        "insert_table", "select_text", "select_table", "select_paragraph", "set_font", "save_as"]
    assert tools[0]["input_schema"]["required"] == ["rows", "columns"]


def test_prompt_reads_like_ufo_api_prompt():
    text = prompt_description(["click_input", "insert_table"])
    assert text.startswith('- click_input: "click_input" clicks')
    assert ('[1] API call: click_input(button: str = "left", double: bool = False, '
            "pressed: str = None)") in text
    assert "[1] API call: insert_table(rows: int, columns: int)" in text
    assert "Control item is not required for this API." in text
    assert "[5] Return: Table with {rows} rows and {columns} columns is inserted." in text
    assert "Example" not in prompt_description(["insert_table"], examples=False)


def test_tool_calls_parse_back():
    action = parse_tool_call("click_input", '{"control_label": "12", "button": "right"}')
    assert action.ok and action.control_label == "12" and action.args["button"] == "right"
    done = parse_tool_call("select_text", {"text": "hi", "status": "FINISH"})
    assert done.status == "FINISH" and done.form == "tool"
    bad = parse_tool_call("click_input", {"button": "left"})
    assert not bad.ok and "needs a control" in bad.message
    assert not parse_tool_call("select_text", "[1, 2]").ok

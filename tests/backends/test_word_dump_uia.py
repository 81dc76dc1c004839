"""The UIA dump: a Word window's element tree (a fake of pywinauto's wrappers) becomes ribbon
data that the simulator's UI loader accepts, with real names, types and widths, and the
packaged behaviour carried over to the controls that still match."""

from __future__ import annotations

import sys

import pytest

from wordsim.backends.word.dump_uia import convert_group, main, ribbon_data, snapshot
from wordsim.ui.data import build_model, read_data

from .fake_uia import FakeElement, tree

GROUP = "NetUIChunk"  # the ribbon group class the packaged data names


def home_window() -> FakeElement:
    """Word's window while Home is selected: Clipboard (a large split Paste, three small rows)
    and Font (two rows, a launcher); a renamed control and a new one."""
    e = FakeElement
    clipboard = e("Clipboard", "Group", (4, 70, 120, 170), class_name=GROUP, kids=[
        e("Paste", "SplitButton", (8, 74, 50, 150), kids=[
            e("Paste", "Button", (8, 74, 50, 120)),
            e("More Options", "Button", (8, 120, 50, 150))]),
        e("Cut", "Button", (54, 74, 110, 96)),
        e("Copy", "Button", (54, 98, 110, 120)),
        e("Format Painter", "Button", (54, 122, 116, 144)),
    ])
    font = e("Font", "Group", (124, 70, 400, 170), class_name=GROUP, kids=[
        e("Font row 1", "ToolBar", (128, 74, 396, 96), kids=[
            e("Font", "ComboBox", (128, 74, 258, 96)),
            e("Font Size", "ComboBox", (260, 74, 310, 96))]),
        e("Font row 2", "ToolBar", (128, 98, 396, 120), kids=[
            e("Bold", "Button", (128, 98, 152, 120)),
            e("Italic", "Button", (154, 98, 178, 120)),
            e("Sparkle", "Button", (180, 98, 204, 120))]),  # not in the packaged data
        e("Font", "Button", (382, 152, 396, 166)),  # the launcher, named as Word names it
    ])
    return tree(e("Document1 - Word", "Window", (0, 0, 1920, 1040), [
        e("Ribbon", "Pane", (0, 40, 1920, 200), [
            e("Ribbon Tabs", "Tab", kids=[e("File Tab", "TabItem"), e("Home", "TabItem")]),
            e("Lower Ribbon", "Pane", (0, 70, 1920, 200), [clipboard, font])]),
        e("Page 1 content", "Document", (0, 200, 1920, 1000))]))


def dumped() -> dict:
    root = home_window()
    items = [x for x in root.descendants() if x.control_type == "TabItem"]
    return ribbon_data([(snapshot(items[0]), None), (snapshot(items[1]), snapshot(root))],
                       read_data()["ribbon"], GROUP)


def test_snapshot_copies_the_tree():
    snap = snapshot(home_window())
    assert snap["name"] == "Document1 - Word" and snap["rect"] == [0, 0, 1920, 1040]
    pane = snap["children"][0]["children"][1]
    assert [g["name"] for g in pane["children"]] == ["Clipboard", "Font"]
    assert pane["children"][0]["class"] == GROUP


def test_a_group_keeps_words_rows_sizes_and_split_buttons():
    root = snapshot(home_window())
    clipboard = root["children"][0]["children"][1]["children"][0]
    assert convert_group(clipboard)["controls"] == [
        {"name": "Paste", "type": "Button", "width": 42, "size": "large"},
        {"name": "More Options", "type": "Button", "width": 42, "split": True, "size": "large"},
        {"name": "Cut", "type": "Button", "width": 56},
        {"name": "Copy", "type": "Button", "width": 56, "break": True},
        {"name": "Format Painter", "type": "Button", "width": 62, "break": True}]
    font = convert_group(root["children"][0]["children"][1]["children"][1])
    assert font["launcher"] == {"name": "Font", "type": "Button"}
    assert [(c["name"], c.get("break", False)) for c in font["controls"]] == [
        ("Font", False), ("Font Size", False), ("Bold", True), ("Italic", False),
        ("Sparkle", False)]


def test_the_dump_loads_with_the_ui_loader_and_keeps_behaviour():
    ribbon = dumped()
    tabs = [t["id"] for t in ribbon["tabs"]]
    assert tabs[:2] == ["file", "home"]
    assert "table_design" in tabs and "insert" in tabs  # not dumped: kept as packaged
    home = ribbon["tabs"][1]
    paste = home["groups"][0]["controls"][0]
    assert paste["command"] == "paste" and paste["width"] == 42
    bold = next(c for c in home["groups"][1]["controls"] if c["name"] == "Bold")
    assert bold["command"] == "bold" and bold["pressed_from"] == "bold"
    assert ribbon["tabs"][0]["opens"] == "backstage"
    assert "Sparkle" not in str(read_data()["ribbon"])
    model = build_model({**read_data(), "ribbon": ribbon})
    names = [c.name for c in model.tabs["home"].leaves]
    assert names == ["Paste", "More Options", "Cut", "Copy", "Format Painter", "Font",
                     "Font Size", "Bold", "Italic", "Sparkle", "Font"]
    launcher = model.tabs["home"].leaves[-1]  # Word's name for it, the group's behaviour
    assert (launcher.name, launcher.behaviour["opens"]) == ("Font", "font")
    assert model.by_id["home/clipboard/paste"].behaviour["command"] == "paste"


def test_off_windows_the_script_says_what_it_needs(capsys):
    if sys.platform == "win32":
        pytest.skip("this checks the message on systems without Word")
    assert main(["out"]) == 1
    assert "pywin32" in capsys.readouterr().err
    assert main([]) == 2

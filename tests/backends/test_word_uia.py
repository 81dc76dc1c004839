"""Control-level actions on real Word through UI Automation: the action's control is found by
name and control type in the window's tree (UFO's listing) and clicked; a missing control is an
agent-level error. Run on a fake of pywinauto's element tree."""

from __future__ import annotations

import pytest

from wordsim.actions import make_action
from wordsim.backends.word.uia import ControlNotFound, WordWindow, typed

from .fake_uia import FakeElement, tree
from .word_helpers import open_word


def window() -> FakeElement:
    bold_text = FakeElement("Bold", "Text")  # not a type UFO lists
    return tree(FakeElement("Document1 - Word", "Window", (0, 0, 1000, 500), [
        FakeElement("Ribbon", "Pane", kids=[
            FakeElement("Home", "TabItem"),
            FakeElement("Font", "Group", kids=[
                bold_text,
                FakeElement("Bold", "Button"),
                FakeElement("Bold", "ListItem"),
                FakeElement("Italic", "Button", enabled=False),
                FakeElement("Underline", "Button", visible=False),
            ]),
        ]),
        FakeElement("Page 1 content", "Document", class_name="_WwG"),
    ]))


def test_controls_are_ufos_listing():
    listing = WordWindow(window()).controls()
    assert [(c["label"], c["control_text"], c["control_type"]) for c in listing] == [
        ("1", "Home", "TabItem"), ("2", "Bold", "Button"), ("3", "Bold", "ListItem"),
        ("4", "Page 1 content", "Document")]


def test_find_by_name_and_type_then_click():
    root = window()
    w = WordWindow(root)
    found = w.find("Bold", "ListItem")
    assert (found.name, found.control_type) == ("Bold", "ListItem")
    assert w.find("Bold", "Button").control_type == "Button"
    w.click(w.find("Bold", "Button"), double=True)
    assert root.log == [("click_input", "Bold", {"button": "left", "double": True})]
    assert w.find(label="1").name == "Home"


@pytest.mark.parametrize(("text", "kind", "label", "error"), [
    ("Strikethrough", "Button", None, "no control on screen matches 'Strikethrough'"),
    ("Italic", "Button", None, "no control on screen matches 'Italic'"),  # disabled
    ("Home", "Button", None, "'Home' is a TabItem, not a Button"),
    (None, None, "9", "no control with label '9'"),
    (None, None, None, "names no control"),
])
def test_a_missing_control_is_a_clear_error(text, kind, label, error):
    with pytest.raises(ControlNotFound, match=error):
        WordWindow(window()).find(text, kind, label)


def test_act_clicks_the_named_control_in_words_tree():
    root = window()
    w, _ = open_word()
    w._window = WordWindow(root)
    result = w.act(make_action("click_input", {"button": "left", "double": False},
                               control_text="Bold", control_type="Button"))
    assert result.ok
    assert root.log == [("click_input", "Bold", {"button": "left", "double": False})]
    missing = w.act(make_action("click_input", {}, control_text="Strikethrough",
                                control_type="Button"))
    assert not missing.ok and "no control on screen matches" in missing.message


def test_typing_goes_to_the_document_with_keys_escaped():
    root = window()
    w, _ = open_word()
    w._window = WordWindow(root)
    result = w.act(make_action("set_edit_text", {"text": "50% (a+b)\nnext"},
                               control_text="Page 1 content", control_type="Document"))
    assert result.ok
    assert root.log == [("type_keys", "Page 1 content", "50{%} {(}a{+}b{)}{ENTER}next",
                         {"with_spaces": True})]
    assert typed("a\tb{x}") == "a{TAB}b{{}x{}}"


def test_word_api_actions_run_as_document_commands():
    w, app = open_word("Hello world\r")
    result = w.act(make_action("select_text", {"text": "world"}))
    assert result.ok and result.message == "Text world is selected."
    assert (app.Selection.Start, app.Selection.End) == (6, 11)


def test_ufos_save_as_and_set_font():
    w, app = open_word("Hello world\r", start=0, end=5)
    result = w.act(make_action("save_as", {"file_dir": "C:\\out", "file_name": "report"}))
    assert result.ok and result.message == "Document is saved to C:\\out\\report.pdf."
    assert app.log[-1] == ("call", "Document.SaveAs2", (),
                           {"FileName": "C:\\out\\report.pdf", "FileFormat": 17})  # wdFormatPDF
    result = w.act(make_action("set_font", {"font_name": "Arial", "font_size": 12}))
    assert result.ok and result.message == "Font is set to Arial. Font size is set to 12."
    sets = [e for e in app.log if e[0] == "set" and e[1].startswith("Selection.Font.")]
    assert sets == [("set", "Selection.Font.Name", "Arial"), ("set", "Selection.Font.Size", 12.0)]
    bad = w.act(make_action("save_as", {"file_ext": ".odt"}))
    assert not bad.ok and "unsupported file format .odt" in bad.message

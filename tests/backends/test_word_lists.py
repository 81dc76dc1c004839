"""The Word adapter's lists: Bullets / Numbering build a nine-level ListTemplate like the
simulator's and apply it (ApplyListTemplate), continue the list above, or remove the list."""

from __future__ import annotations

import pytest

from wordsim.backends.word import constants as C
from wordsim.document.commands import CommandError

from .fake_com import FakeCollection, FakeObject, preset, returns
from .word_helpers import open_word, recorded

BULLET = (C.wdListNumberStyleBullet, "\uf0b7")  # Word's "•" bullet: Symbol font's F0B7


def _paragraph(app, path: str, list_type: int, signature=None, previous=None):
    """A paragraph whose Range.ListFormat reads as a list of `signature` (or none)."""
    para = FakeObject(app.log, path)
    lists = preset(para.Range.ListFormat, ListType=list_type)
    if signature is not None:
        level = FakeObject(app.log, f"{path}.Template.ListLevels(1)", NumberStyle=signature[0],
                           NumberFormat=signature[1])
        template = FakeObject(app.log, f"{path}.Template",
                              ListLevels=FakeCollection(app.log, "levels", [level]))
        preset(lists, ListTemplate=template)
    returns(para.Previous, previous)
    return para


def _selection_paragraphs(app, *paras) -> None:
    preset(app.Selection, Paragraphs=FakeCollection(app.log, "Selection.Paragraphs", paras))


def _new_template(app):
    levels = [FakeObject(app.log, f"Template.ListLevels({k})") for k in range(1, 10)]
    template = FakeObject(app.log, "Template",
                          ListLevels=FakeCollection(app.log, "Template.ListLevels", levels))
    returns(app.doc.ListTemplates.Add, template)
    return template


def test_bullets_on_plain_paragraphs_apply_a_new_template():
    w, app = open_word()
    _selection_paragraphs(app, _paragraph(app, "P1", C.wdListNoNumbering))
    template = _new_template(app)
    assert w.execute("bullets") == "Bullets are applied."
    log = recorded(app)
    assert log[:2] == [("call", "P1.Previous", (), {}),
                       ("call", "Document.ListTemplates.Add", (), {"OutlineNumbered": True})]
    first = [e for e in log if e[1].startswith("Template.ListLevels(1).")]
    assert first == [
        ("set", "Template.ListLevels(1).NumberFormat", "\uf0b7"),
        ("set", "Template.ListLevels(1).NumberStyle", C.wdListNumberStyleBullet),
        ("set", "Template.ListLevels(1).TrailingCharacter", C.wdTrailingTab),
        ("set", "Template.ListLevels(1).Alignment", C.wdListLevelAlignLeft),
        ("set", "Template.ListLevels(1).TextPosition", 36),  # 0.5" per level
        ("set", "Template.ListLevels(1).TabPosition", 36),
        ("set", "Template.ListLevels(1).NumberPosition", 18.0),  # hanging 0.25"
        ("set", "Template.ListLevels(1).StartAt", 1),
        ("set", "Template.ListLevels(1).Font.Name", "Symbol"),
    ]
    assert {e[1].split(".")[1] for e in log if e[1].startswith("Template.ListLevels(")} == \
        {f"ListLevels({k})" for k in range(1, 10)}
    assert log[-1] == ("call", "Selection.Range.ListFormat.ApplyListTemplate", (),
                       {"ListTemplate": template, "ContinuePreviousList": False,
                        "ApplyTo": C.wdListApplyToSelection})


def test_bullets_continue_the_list_just_above():
    w, app = open_word()
    above = _paragraph(app, "P0", C.wdListBullet, BULLET)
    _selection_paragraphs(app, _paragraph(app, "P1", C.wdListNoNumbering, previous=above))
    assert w.execute("bullets") == "Bullets are applied."
    assert recorded(app) == [
        ("call", "P1.Previous", (), {}),
        ("call", "Selection.Range.ListFormat.ApplyListTemplate", (),
         {"ListTemplate": above.Range.ListFormat.ListTemplate, "ContinuePreviousList": True,
          "ApplyTo": C.wdListApplyToSelection})]


def test_bullets_on_bulleted_paragraphs_remove_them():
    w, app = open_word()
    _selection_paragraphs(app, _paragraph(app, "P1", C.wdListBullet, BULLET),
                          _paragraph(app, "P2", C.wdListBullet, BULLET))
    assert w.execute("bullets") == "Bullets are removed."
    assert recorded(app)[-1] == ("call", "Selection.Range.ListFormat.RemoveNumbers", (), {})


def test_numbering_levels_follow_the_format():
    w, app = open_word()
    _selection_paragraphs(app, _paragraph(app, "P1", C.wdListBullet, BULLET))
    _new_template(app)
    assert w.execute("numbering", format="a)") == "Numbers are applied."
    sets = {e[1]: e[2] for e in recorded(app) if e[0] == "set"}
    assert sets["Template.ListLevels(1).NumberFormat"] == "%1)"
    assert sets["Template.ListLevels(1).NumberStyle"] == C.wdListNumberStyleLowercaseLetter
    assert "Template.ListLevels(1).Font.Name" not in sets  # numbers keep the text's font


def _numbered(app, list_type: int = 3):  # wdListSimpleNumbering
    return preset(app.Selection.Range.ListFormat, ListType=list_type, ListLevelNumber=2)


def test_restart_and_set_numbering_value():
    w, app = open_word()
    lists = _numbered(app)
    assert w.execute("restart_numbering") == "Numbering restarts at 1."
    restart = ("call", "Selection.Range.ListFormat.ApplyListTemplate", (),
               {"ListTemplate": lists.ListTemplate, "ContinuePreviousList": False,
                "ApplyTo": C.wdListApplyToThisPointForward})
    assert recorded(app) == [restart]
    app.clear()
    assert w.execute("set_numbering_value", n=5) == "Numbering value is set to 5."
    assert recorded(app) == [
        restart, ("call", "Selection.Range.ListFormat.ListTemplate.ListLevels", (2,), {}),
        ("set", "Selection.Range.ListFormat.ListTemplate.ListLevels().StartAt", 5)]


def test_continue_numbering():
    w, app = open_word()
    lists = _numbered(app)
    returns(lists.CanContinuePreviousList, 1)  # wdContinueList
    assert w.execute("continue_numbering") == "Numbering continues from the previous list."
    assert recorded(app) == [
        ("call", "Selection.Range.ListFormat.CanContinuePreviousList", (),
         {"ListTemplate": lists.ListTemplate}),
        ("call", "Selection.Range.ListFormat.ApplyListTemplate", (),
         {"ListTemplate": lists.ListTemplate, "ContinuePreviousList": True,
          "ApplyTo": C.wdListApplyToWholeList})]
    returns(lists.CanContinuePreviousList, C.wdContinueDisabled)
    with pytest.raises(CommandError, match="no previous numbered list"):
        w.execute("continue_numbering")


@pytest.mark.parametrize("command", ["restart_numbering", "continue_numbering",
                                     "set_numbering_value"])
def test_numbering_commands_outside_a_numbered_list(command):
    w, app = open_word()
    _numbered(app, C.wdListBullet)
    args = {"n": 2} if command == "set_numbering_value" else {}
    with pytest.raises(CommandError, match="not in a numbered list"):
        w.execute(command, **args)
    assert recorded(app) == []

"""The dialogs' extra commands reach Word as its object model takes them: Set As Default on the
Normal style, text effects and underline colour on Selection.Font, a custom page size on
PageSetup, Find and Replace with MatchWildcards, and Apply to: Whole document."""

from __future__ import annotations

import pytest

from wordsim.backends.word import constants as C
from wordsim.document.commands import CommandError

from .fake_com import FakeCollection, FakeObject, preset
from .word_helpers import open_word, recorded


def _with_normal_style(app) -> None:
    normal = FakeObject(app.log, "Normal", Type=C.wdStyleTypeParagraph)
    preset(app.doc, Styles=FakeCollection(app.log, "Document.Styles", {C.wdStyleNormal: normal}))


@pytest.mark.parametrize(("command", "args", "calls", "message"), [
    ("default_font", {"font": "Arial", "size": "11pt"},
     [("set", "Normal.Font.Name", "Arial"), ("set", "Normal.Font.Size", 11.0)],
     "The default font is Arial 11 pt."),
    ("default_font", {"font": "", "size": 14}, [("set", "Normal.Font.Size", 14.0)],
     "The default font is 14 pt."),
    ("default_paragraph", {"alignment": "justify", "left": 18, "after": 6, "line": 1.5},
     [("set", "Normal.ParagraphFormat.Alignment", C.wdAlignParagraphJustify),
      ("set", "Normal.ParagraphFormat.LeftIndent", 18.0),
      ("set", "Normal.ParagraphFormat.SpaceAfter", 6.0),
      ("set", "Normal.ParagraphFormat.LineSpacingRule", C.wdLineSpaceMultiple),
      ("set", "Normal.ParagraphFormat.LineSpacing", 18.0)],
     "The default paragraph formatting is set."),
    ("default_paragraph", {"line": 14, "line_rule": "exact"},
     [("set", "Normal.ParagraphFormat.LineSpacingRule", C.wdLineSpaceExactly),
      ("set", "Normal.ParagraphFormat.LineSpacing", 14.0)],
     "The default paragraph formatting is set."),
])  # fmt: skip
def test_set_as_default_writes_the_normal_style(command, args, calls, message):
    w, app = open_word(start=0, end=5)
    _with_normal_style(app)
    assert w.execute(command, **args) == message
    assert recorded(app) == calls


def test_text_effects_toggle_like_words_buttons():
    w, app = open_word(start=0, end=5)
    assert w.execute("text_outline") == "text outline on"
    assert w.execute("text_shadow", on=False) == "text shadow off"
    assert [e for e in recorded(app) if e[0] == "set"] == [
        ("set", "Selection.Font.Outline", C.wdToggle), ("set", "Selection.Font.Shadow", 0)]


def test_underline_colour_needs_underlined_text():
    w, app = open_word(start=0, end=5)
    preset(app.Selection.Font, Underline=C.wdUnderlineNone)
    with pytest.raises(CommandError, match="needs underlined text"):
        w.execute("underline_color", color="Red")
    preset(app.Selection.Font, Underline=C.wdUnderlineDouble)
    app.clear()
    assert w.execute("underline_color", color="FF8000") == "underline colour FF8000"
    assert recorded(app) == [("set", "Selection.Font.UnderlineColor", 0x0080FF)]


def test_a_custom_page_size_sets_orientation_then_dimensions():
    w, app = open_word()
    preset(app.Selection.PageSetup, PageWidth=612.0, PageHeight=792.0, TopMargin=72.0,
           BottomMargin=72.0, LeftMargin=72.0, RightMargin=72.0, Gutter=0.0)
    assert w.execute("page_dimensions", width=11, height="8.5") == 'The page is 11" by 8.5".'
    assert [e for e in recorded(app) if e[0] == "set"] == [
        ("set", "Selection.PageSetup.Orientation", C.wdOrientLandscape),
        ("set", "Selection.PageSetup.PageWidth", 792.0),
        ("set", "Selection.PageSetup.PageHeight", 612.0)]
    app.clear()
    with pytest.raises(CommandError, match="margins are too large"):
        w.execute("page_dimensions", width=2, height=2)
    with pytest.raises(CommandError, match='between 0.1" and 22"'):
        w.execute("page_dimensions", width=30, height=2)
    assert not [e for e in recorded(app) if e[0] == "set"]


def test_find_and_replace_with_wildcards_use_words_syntax():
    w, app = open_word("cat cot cut\r")
    assert w.execute("find_wildcards", text="c?t") == "Text cat is selected."
    for prop, value in (("MatchWildcards", True), ("MatchCase", True),
                        ("MatchWholeWord", False)):  # as Word's dialog greys them out
        sets = [e[2] for e in recorded(app) if e[1].endswith(f"Find.{prop}")]
        assert sets and all(v is value for v in sets), prop
    with pytest.raises(CommandError, match="not found"):
        w.execute("find_wildcards", text="C?T")  # wildcard searches match case
    assert w.execute("replace_wildcards", find="c?t", replace="dog") == "Replaced 1 occurrence."
    assert app.doc.text.startswith("dog cot")
    assert w.execute("replace_all_wildcards", find="c[ou]t", replace="x") == \
        "Replaced 2 occurrences."
    assert app.doc.text == "dog x x\r"
    assert ("call", "Document.Range().Find.Execute", (), {"Replace": C.wdReplaceAll}) in app.log
    with pytest.raises(CommandError, match="no closing"):
        w.execute("find_wildcards", text="[ab")
    with pytest.raises(CommandError, match="not found"):
        w.execute("replace_all_wildcards", find="z?z", replace="x")


def test_apply_to_whole_document_selects_the_content_and_gives_the_selection_back():
    w, app = open_word(start=2, end=4)
    preset(app.Selection.PageSetup, Orientation=C.wdOrientPortrait)
    w.execute("whole_document", steps=[["orientation", {"value": "landscape"}]])
    calls = [e[1] for e in recorded(app) if e[0] == "call"]
    assert calls[0] == "Document.Content.Select" and calls[-1].endswith("Select")
    assert ("set", "Selection.PageSetup.Orientation", C.wdOrientLandscape) in recorded(app)
    assert (app.Selection.Start, app.Selection.End) == (2, 4)
    with pytest.raises(CommandError, match="unknown step command"):
        w.execute("whole_document", steps=[["compound", {"steps": []}]])

"""The Word adapter's character and paragraph formatting: the exact object-model calls and
constants each command makes, on a recording fake of Word."""

from __future__ import annotations

import pytest

from wordsim.backends.word import constants as C
from wordsim.document.commands import CommandError

from .fake_com import FakeCollection, FakeObject, preset
from .word_helpers import open_word, recorded

TRUE, FALSE = -1, 0  # what Word's Long on/off properties take (True is -1)

# command, args, the calls (set path value | call path args kwargs), the message
SIMPLE = [
    ("bold", {}, [("set", "Selection.Font.Bold", C.wdToggle)], "bold on"),
    ("bold", {"on": False}, [("set", "Selection.Font.Bold", FALSE)], "bold off"),
    ("italic", {"on": True}, [("set", "Selection.Font.Italic", TRUE)], "italic on"),
    ("strikethrough", {}, [("set", "Selection.Font.StrikeThrough", 9999998)],
     "strikethrough on"),
    ("double_strikethrough", {}, [("set", "Selection.Font.DoubleStrikeThrough", 9999998)],
     "double strikethrough on"),
    ("subscript", {}, [("set", "Selection.Font.Subscript", 9999998)], "subscript on"),
    ("superscript", {}, [("set", "Selection.Font.Superscript", 9999998)], "superscript on"),
    ("all_caps", {}, [("set", "Selection.Font.AllCaps", 9999998)], "all caps on"),
    ("small_caps", {}, [("set", "Selection.Font.SmallCaps", 9999998)], "small caps on"),
    ("hidden", {}, [("set", "Selection.Font.Hidden", 9999998)], "hidden on"),
    ("underline_style", {"style": "double"}, [("set", "Selection.Font.Underline", 3)],
     "double underline on"),
    ("underline_style", {"style": "none"}, [("set", "Selection.Font.Underline", 0)],
     "underline off"),
    ("font_style", {"style": "Bold Italic"}, [("set", "Selection.Font.Bold", TRUE),
                                              ("set", "Selection.Font.Italic", TRUE)],
     "font style bold italic"),
    ("font_name", {"font": " Arial "}, [("set", "Selection.Font.Name", "Arial")], "font Arial"),
    ("font_size", {"size": 14}, [("set", "Selection.Font.Size", 14.0)], "size 14 pt"),
    ("grow_font", {}, [("call", "Application.WordBasic.GrowFontOnePoint", (), {})],
     "font 1 pt larger"),
    ("shrink_font", {}, [("call", "Application.WordBasic.ShrinkFontOnePoint", (), {})],
     "font 1 pt smaller"),
    ("grow_font_step", {}, [("call", "Selection.Font.Grow", (), {})], "font grown"),
    ("shrink_font_step", {}, [("call", "Selection.Font.Shrink", (), {})], "font shrunk"),
    # WdColor is 0xBBGGRR: FF8000 (orange) is 0x0080FF
    ("font_color", {"color": "FF8000"}, [("set", "Selection.Font.Color", 0x0080FF)],
     "font colour FF8000"),
    ("font_color", {"color": "auto"}, [("set", "Selection.Font.Color", -16777216)],
     "font colour auto"),
    ("highlight", {}, [("set", "Selection.Range.HighlightColorIndex", 7)], "highlight yellow"),
    ("highlight", {"color": None}, [("set", "Selection.Range.HighlightColorIndex", 0)],
     "highlight none"),
    ("change_case", {"mode": "upper"}, [("set", "Selection.Range.Case", 1)],
     "case changed to upper"),
    ("clear_formatting", {}, [("call", "Selection.ClearFormatting", (), {})],
     "formatting cleared"),
    ("clear_formatting", {"scope": "characters"}, [("call", "Selection.Font.Reset", (), {})],
     "character formatting cleared"),
    ("align", {"alignment": "center"}, [("set", "Selection.ParagraphFormat.Alignment", 1)],
     "Paragraph alignment is set to center."),
    ("align", {"alignment": 3}, [("set", "Selection.ParagraphFormat.Alignment", 3)],
     "Paragraph alignment is set to justify."),
    ("line_spacing", {"value": 2}, [("set", "Selection.ParagraphFormat.LineSpacingRule", 2)],
     "Line spacing is set to 2 lines."),
    ("line_spacing", {"value": 1.15},
     [("set", "Selection.ParagraphFormat.LineSpacingRule", 5),
      ("set", "Selection.ParagraphFormat.LineSpacing", pytest.approx(13.8))],
     "Line spacing is set to 1.15 lines."),
    ("line_spacing", {"value": 18, "rule": "exact"},
     [("set", "Selection.ParagraphFormat.LineSpacingRule", 4),
      ("set", "Selection.ParagraphFormat.LineSpacing", 18.0)],
     "Line spacing is set to exactly 18 pt."),
    ("space_before", {"points": 6}, [("set", "Selection.ParagraphFormat.SpaceBeforeAuto", FALSE),
                                     ("set", "Selection.ParagraphFormat.SpaceBefore", 6.0)],
     "Space before is set to 6 pt."),
    ("space_after", {"points": 3}, [("set", "Selection.ParagraphFormat.SpaceAfterAuto", FALSE),
                                    ("set", "Selection.ParagraphFormat.SpaceAfter", 3.0)],
     "Space after is set to 3 pt."),
    ("add_space_before", {}, [("set", "Selection.ParagraphFormat.SpaceBeforeAuto", FALSE),
                              ("set", "Selection.ParagraphFormat.SpaceBefore", 12.0)],
     "Space before is set to 12 pt."),
    ("remove_space_before", {}, [("set", "Selection.ParagraphFormat.SpaceBeforeAuto", FALSE),
                                 ("set", "Selection.ParagraphFormat.SpaceBefore", 0.0)],
     "Space before is set to 0 pt."),
    ("add_space_after", {}, [("set", "Selection.ParagraphFormat.SpaceAfterAuto", FALSE),
                             ("set", "Selection.ParagraphFormat.SpaceAfter", 12.0)],
     "Space after is set to 12 pt."),
    ("remove_space_after", {}, [("set", "Selection.ParagraphFormat.SpaceAfterAuto", FALSE),
                                ("set", "Selection.ParagraphFormat.SpaceAfter", 0.0)],
     "Space after is set to 0 pt."),
    ("left_indent", {"points": 36}, [("set", "Selection.ParagraphFormat.LeftIndent", 36.0)],
     "Left indent is set to 36 pt."),
    ("right_indent", {"points": 18}, [("set", "Selection.ParagraphFormat.RightIndent", 18.0)],
     "Right indent is set to 18 pt."),
    ("first_line_indent", {"points": -18},
     [("set", "Selection.ParagraphFormat.FirstLineIndent", -18.0)],
     "Hanging indent is set to 18 pt."),
    ("tab_stop", {"position": 72, "alignment": "right", "leader": "dot"},
     [("call", "Selection.ParagraphFormat.TabStops.Add", (),
       {"Position": 72.0, "Alignment": 2, "Leader": 1})],
     "Tab stop (right) is set at 72 pt."),
    ("keep_with_next", {}, [("set", "Selection.ParagraphFormat.KeepWithNext", TRUE)],
     "Keep with next is on."),
    ("keep_lines_together", {"on": False},
     [("set", "Selection.ParagraphFormat.KeepTogether", FALSE)], "Keep lines together is off."),
    ("page_break_before", {}, [("set", "Selection.ParagraphFormat.PageBreakBefore", TRUE)],
     "Page break before is on."),
    ("widow_control", {}, [("set", "Selection.ParagraphFormat.WidowControl", TRUE)],
     "Widow/Orphan control is on."),
    ("outline_level", {"level": "Level 2"}, [("set", "Selection.ParagraphFormat.OutlineLevel", 2)],
     "Outline level Level 2."),
    ("outline_level", {"level": "Body Text"},
     [("set", "Selection.ParagraphFormat.OutlineLevel", 10)], "Outline level Body Text."),
    ("character_spacing", {"points": -1.5}, [("set", "Selection.Font.Spacing", -1.5)],
     "character spacing condensed 1.5 pt"),
    ("character_scale", {"percent": "150%"}, [("set", "Selection.Font.Scaling", 150)],
     "character scale 150%"),
    ("character_position", {"points": 3.3}, [("set", "Selection.Font.Position", 3.5)],
     "position raised 3.5 pt"),
    ("kerning", {"points": 12}, [("set", "Selection.Font.Kerning", 12.0)],
     "kerning for fonts of 12 pt and above"),
    ("kerning", {}, [("set", "Selection.Font.Kerning", 0.0)], "kerning off"),
]


@pytest.mark.parametrize(("command", "args", "calls", "message"), SIMPLE,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(SIMPLE)])
def test_calls(command, args, calls, message):
    w, app = open_word(start=0, end=5)
    assert w.execute(command, **args) == message
    assert recorded(app) == calls


def test_every_command_is_one_undo_record():
    w, app = open_word(start=0, end=5)
    w.execute("italic")
    assert app.log[0] == ("call", "Application.UndoRecord.StartCustomRecord",
                          ("WordSim italic",), {})
    assert app.log[-1] == ("call", "Application.UndoRecord.EndCustomRecord", (), {})


def test_toggle_reads_back_words_state():
    """wdToggle turns bold off where the selection is bold, and the message says so."""
    w, app = open_word(start=0, end=5)
    preset(app.Selection.Font, Bold=TRUE)
    assert w.execute("bold") == "bold off"
    assert recorded(app) == [("set", "Selection.Font.Bold", C.wdToggle)]


@pytest.mark.parametrize(("current", "style", "written", "message"), [
    (0, "single", 1, "underline on"),
    (C.wdUndefined, "single", 1, "underline on"),  # mixed: Ctrl+U underlines all
    (3, "single", 0, "underline off"),  # any underline: Ctrl+U removes it
    (1, "double", 3, "double underline on"),
    (3, "double", 0, "double underline off"),
])
def test_underline_toggles_like_ctrl_u(current, style, written, message):
    w, app = open_word(start=0, end=5)
    preset(app.Selection.Font, Underline=current)
    assert w.execute("underline", style=style) == message
    assert recorded(app) == [("set", "Selection.Font.Underline", written)]


def test_change_case_at_a_caret_takes_the_word():
    w, app = open_word(start=8, end=8)  # in "world"
    assert w.execute("change_case", mode="title") == "case changed to title"
    assert recorded(app) == [("call", "Document.Range", (6, 11), {}),
                             ("set", "Document.Range(6, 11).Case", 2)]


def test_align_toggle_goes_back_to_left():
    w, app = open_word()
    preset(app.Selection.ParagraphFormat, Alignment=1)
    assert w.execute("align", alignment="center", toggle=True) == \
        "Paragraph alignment is set to left."
    assert recorded(app) == [("set", "Selection.ParagraphFormat.Alignment", 0)]


@pytest.mark.parametrize(("more", "method", "message"), [
    (True, "Indent", "Indent is increased."), (False, "Outdent", "Indent is decreased.")])
def test_step_indent_outside_lists_moves_to_the_next_tab_stop(more, method, message):
    w, app = open_word()
    preset(app.Selection.Range.ListFormat, ListType=C.wdListNoNumbering)
    fmt = preset(app.Selection.ParagraphFormat, LeftIndent=0.0 if more else 36.0)
    preset(app.Selection.Paragraphs, **{method: FakeObject(
        app.log, f"Selection.Paragraphs.{method}",
        _behave=lambda: preset(fmt, LeftIndent=36.0 if more else 0.0))})
    command = "increase_indent" if more else "decrease_indent"
    assert w.execute(command) == message
    assert recorded(app)[0] == ("call", f"Selection.Paragraphs.{method}", (), {})


def test_step_indent_in_a_list_changes_the_level():
    w, app = open_word()
    lists = preset(app.Selection.Range.ListFormat, ListType=3, ListLevelNumber=1)
    preset(lists, ListIndent=FakeObject(app.log, "Selection.Range.ListFormat.ListIndent",
                                        _behave=lambda: preset(lists, ListLevelNumber=2)))
    assert w.execute("increase_indent") == "Indent is increased."
    assert recorded(app) == [("call", "Selection.Range.ListFormat.ListIndent", (), {})]


def test_clear_tab_stops():
    w, app = open_word()
    preset(app.Selection.ParagraphFormat.TabStops, Count=2)
    assert w.execute("clear_tab_stops") == "Tab stops are cleared."
    assert recorded(app) == [("call", "Selection.ParagraphFormat.TabStops.ClearAll", (), {})]
    preset(app.Selection.ParagraphFormat.TabStops, Count=0)
    assert w.execute("clear_tab_stops") == "There are no tab stops to clear."


def _styles(app, **styles) -> None:
    items = {name: FakeObject(app.log, f"Styles({name!r})", Type=kind, NameLocal=name)
             for name, kind in styles.items()}
    preset(app.doc, Styles=FakeCollection(app.log, "Document.Styles", items))


def test_apply_style_by_its_local_name():
    w, app = open_word()
    _styles(app, **{"Heading 1": C.wdStyleTypeLinked, "Strong": C.wdStyleTypeCharacter})
    assert w.execute("apply_style", style="Heading 1") == "Style Heading 1 is applied."
    assert recorded(app) == [("set", "Selection.Style", "Heading 1")]
    with pytest.raises(CommandError, match="Style Nope is not found"):
        w.execute("apply_style", style="Nope")
    with pytest.raises(CommandError, match="Strong is a character style"):
        w.execute("apply_style", style="Strong")


def test_bad_arguments_never_reach_word():
    w, app = open_word(start=0, end=5)
    for command, args in [("font_size", {"size": 0}), ("align", {"alignment": "middle"}),
                          ("font_color", {"color": "nope"}), ("bold", {"on": "yes"}),
                          ("line_spacing", {"value": 1, "rule": "odd"})]:
        with pytest.raises(CommandError):
            w.execute(command, **args)
    assert recorded(app) == []


def test_clear_tab_stop_clears_the_stop_at_that_position():
    w, app = open_word()
    stops = [FakeObject(app.log, f"stop{k}", Position=pt) for k, pt in ((1, 36.0), (2, 72.0))]
    preset(app.Selection.ParagraphFormat,
           TabStops=FakeCollection(app.log, "Selection.ParagraphFormat.TabStops", stops))
    assert w.execute("clear_tab_stop", position=72) == "The tab stop at 72 pt is cleared."
    assert recorded(app) == [("call", "stop2.Clear", (), {})]
    assert w.execute("clear_tab_stop", position=50) == "There is no tab stop at 50 pt to clear."

"""The Font and Paragraph dialogs open showing the formatting at the selection, and OK applies
what they show as Word does: check boxes set (never toggle) their property, only changed
fields produce commands, and the whole OK is one undo step. Also: the Styles gallery's More
list does not repeat the ribbon's styles."""

from __future__ import annotations

from collections import Counter

import pytest
from docx.enum.text import WD_UNDERLINE

from wordsim.ui import window_model

from .helpers import inches, open_session, para, run_at

# ---------------------------------------------------------------------- opening
FONT_BOXES = {  # check box field -> the document command that turns it on
    "strikethrough": "strikethrough",
    "double_strike": "double_strikethrough",
    "superscript": "superscript",
    "subscript": "subscript",
    "small_caps": "small_caps",
    "all_caps": "all_caps",
    "hidden": "hidden",
}


def font_dialog(d, text: str = "beta"):
    d.select(text)
    d.click("Font Settings")
    assert d.s.ui.dialog == "font"
    return d.s.ui.fields


@pytest.mark.parametrize("field", sorted(FONT_BOXES))
def test_font_dialog_check_boxes_show_the_selection(field):
    d = open_session()
    assert font_dialog(d)[field] is False
    d.keys("{ESC}")
    d.s.execute(FONT_BOXES[field], on=True)
    fields = font_dialog(d)
    assert fields[field] is True
    assert [f for f in FONT_BOXES if fields[f]] == [field]


def test_font_dialog_boxes_show_font_size_colour_underline_and_style():
    d = open_session()
    d.select("beta")
    for command, args in [("font_name", {"font": "Georgia"}), ("font_size", {"size": 14}),
                          ("font_color", {"color": "Red"}), ("underline", {"style": "double"}),
                          ("bold", {"on": True})]:
        d.s.execute(command, **args)
    fields = font_dialog(d)
    assert (fields["font"], fields["size"], fields["color"], fields["underline"], fields["style"]) \
        == ("Georgia", "14", "Red", "Double", "Bold")
    assert d.state_of("Font color:", "ComboBox")["value"] == "Red"
    assert d.state_of("Underline style:", "ComboBox")["value"] == "Double"
    d.keys("{ESC}")
    fields = font_dialog(d, "Alpha")  # plain text: the defaults
    assert (fields["color"], fields["underline"], fields["style"]) == ("Automatic", "(none)", "Regular")


def paragraph_dialog(d, text: str = "beta", page: str = "indents"):
    d.select(text)
    d.click("Paragraph Settings")
    assert d.s.ui.dialog == "paragraph"
    if page != "indents":
        d.click("Line and Page Breaks", "TabItem")
    return d.s.ui.fields


def test_paragraph_dialog_shows_the_paragraph():
    d = open_session()
    shown = paragraph_dialog(d)
    assert (shown["special"], shown["by"], shown["keep_with_next"], shown["widow_control"]) \
        == ("(none)", "", False, True)
    d.keys("{ESC}")
    d.select("beta")
    for command, args in [("align", {"alignment": "right"}), ("left_indent", {"points": 36}),
                          ("first_line_indent", {"points": -18}), ("space_before", {"points": 6}),
                          ("line_spacing", {"value": 14, "rule": "exact"}),
                          ("keep_with_next", {"on": True}), ("keep_lines_together", {"on": True}),
                          ("page_break_before", {"on": True}), ("widow_control", {"on": False})]:
        d.s.execute(command, **args)
    shown = paragraph_dialog(d)
    assert {k: shown[k] for k in ("alignment", "left", "special", "by", "before", "line_rule",
                                  "line")} == {
        "alignment": "Right", "left": '0.5"', "special": "Hanging", "by": '0.25"',
        "before": "6 pt", "line_rule": "Exactly", "line": "14"}
    assert (shown["keep_with_next"], shown["keep_lines"], shown["page_break_before"],
            shown["widow_control"]) == (True, True, True, False)
    assert d.state_of("Special:", "ComboBox")["value"] == "Hanging"
    d.click("Line and Page Breaks", "TabItem")
    assert d.s.ui.fields["keep_lines"] is True


def test_paragraph_dialog_names_double_spacing_and_first_line_indents():
    d = open_session()
    d.select("beta")
    d.s.execute("line_spacing", value=2)
    d.s.execute("first_line_indent", points=36)
    shown = paragraph_dialog(d)
    assert (shown["line_rule"], shown["line"], shown["special"], shown["by"]) \
        == ("Double", "2", "First line", '0.5"')


def test_dialog_values_are_read_only_when_a_dialog_opens(monkeypatch):
    """An ordinary step never reads what only the dialogs show."""
    from wordsim.session import facts

    calls = []
    real = facts.dialog_values
    monkeypatch.setattr(facts, "dialog_values", lambda *a: calls.append(1) or real(*a))
    d = open_session()
    d.select("beta")
    d.click("Bold")
    d.keys("{RIGHT}x")
    d.s.control_list()
    assert calls == []
    d.click("Font Settings")
    assert calls == [1]


# ---------------------------------------------------------------------- OK
def ok(d):
    d.click("OK")
    assert d.s.ui.dialog is None


def test_font_check_boxes_set_rather_than_toggle():
    d = open_session()
    d.select("beta")
    d.s.execute("strikethrough", on=True)
    before = d.s.doc.save()
    undo_depth = len(d.s.doc.history.undo_stack)
    font_dialog(d)
    ok(d)  # the box shows the strike: OK keeps it (a toggle would have removed it)
    assert d.s.doc.save() == before and len(d.s.doc.history.undo_stack) == undo_depth
    font_dialog(d)
    d.keys("%k")
    d.keys("%k")  # unchecked and checked again: nothing changed
    ok(d)
    assert d.s.doc.save() == before
    font_dialog(d)
    d.keys("%k")
    ok(d)
    assert run_at(d.reopen(), "beta").font.strike in (None, False)


def test_superscript_and_subscript_exclude_each_other():
    d = open_session()
    d.select("beta")
    d.s.execute("superscript", on=True)
    fields = font_dialog(d)
    d.keys("%b")  # Subscript: Superscript is unchecked, as in Word
    assert (fields["subscript"], fields["superscript"]) == (True, False)
    ok(d)
    font = run_at(d.reopen(), "beta").font
    assert (font.subscript, font.superscript) == (True, False)


def test_font_colour_and_underline_style_lists_apply():
    d = open_session()
    font_dialog(d)
    d.click("Font color:", "ComboBox")
    d.click("Dark Blue", "ListItem")
    d.click("Underline style:", "ComboBox")
    d.click("Double", "ListItem")
    assert d.s.ui.dialog == "font" and d.s.ui.popups == ()
    ok(d)
    run = run_at(d.reopen(), "beta")
    assert (str(run.font.color.rgb), run.font.underline) == ("002060", WD_UNDERLINE.DOUBLE)
    font_dialog(d)
    d.click("Underline style:", "ComboBox")
    d.click("(none)", "ListItem")
    ok(d)
    assert run_at(d.reopen(), "beta").font.underline in (None, False)


def test_one_ok_is_one_undo_step():
    d = open_session()
    before = d.s.doc.save()
    font_dialog(d)
    d.type_into("Size:", "18", "Edit", clear=True)
    d.keys("%k")
    d.click("Font color:", "ComboBox")
    d.click("Red", "ListItem")
    ok(d)
    run = run_at(d.reopen(), "beta")
    assert (run.font.size.pt, run.font.strike, str(run.font.color.rgb)) == (18, True, "FF0000")
    d.keys("^z")
    assert d.s.doc.save() == before
    d.keys("^y")
    assert run_at(d.reopen(), "beta").font.strike is True


@pytest.mark.parametrize("special, by, want", [
    ("First line", None, 0.5),  # choosing First line offers 0.5"
    ("First line", "1", 1.0),
    ("Hanging", "0.3", -0.3),
])
def test_paragraph_special_indent_applies(special, by, want):
    d = open_session()
    paragraph_dialog(d)
    d.click("Special:", "ComboBox")
    d.click(special, "ListItem")
    if by is not None:
        d.type_into("By:", by, "Edit", clear=True)
    ok(d)
    assert inches(para(d.reopen(), "beta").paragraph_format.first_line_indent) == want


def test_paragraph_special_none_removes_the_indent():
    d = open_session()
    d.select("beta")
    d.s.execute("first_line_indent", points=36)
    paragraph_dialog(d)
    d.click("Special:", "ComboBox")
    d.click("(none)", "ListItem")
    ok(d)
    assert inches(para(d.reopen(), "beta").paragraph_format.first_line_indent) in (None, 0.0)


def test_paragraph_exact_line_spacing_and_unchanged_fields():
    d = open_session()
    before = d.s.doc.save()
    paragraph_dialog(d)
    ok(d)  # nothing changed: nothing written
    assert d.s.doc.save() == before
    paragraph_dialog(d)
    d.click("Line spacing:", "ComboBox")
    d.click("Exactly", "ListItem")
    d.type_into("At:", "15", "Edit", clear=True)
    ok(d)
    fmt = para(d.reopen(), "beta").paragraph_format
    assert (fmt.line_spacing.pt, fmt.line_spacing_rule.name) == (15.0, "EXACTLY")


# ---------------------------------------------------------------------- galleries
def test_the_more_styles_gallery_lists_each_style_once():
    d = open_session()
    d.click("More", "Button", after="Row Down")
    listing = d.s.control_list()
    counts = Counter(e["control_text"] for e in listing if e["control_type"] == "ListItem")
    assert counts["Normal"] == 1 and max(counts.values()) == 1, counts


def test_every_gallery_expansion_covers_its_gallery():
    model = window_model()
    for c in model.all_controls():
        target = c.behaviour.get("opens")
        if target in model.popups and model.popups[target].placement == "over":
            gallery = model.by_id[model.parent[c.id]]
            width, height = model.popups[target].size
            assert width >= gallery.rectangle[2] - gallery.rectangle[0], target


def test_a_mirrored_backend_runs_each_command_of_a_compound_ok():
    from wordsim.backends import Mirror, SimBackend
    from wordsim.document import WordDocument
    from wordsim.session import Session

    from .helpers import Driver, doc_bytes

    mirror = Mirror(SimBackend())
    d = Driver(Session(WordDocument.open(doc_bytes("main")), mirror=mirror))
    font_dialog(d)
    d.type_into("Size:", "18", "Edit", clear=True)
    d.keys("%k")
    ok(d)
    assert mirror.commands == 3 and mirror.disagreements == []  # select_text, font_size, strike
    assert mirror.backend.save() == d.s.doc.save()


def test_a_compound_step_that_fails_undoes_the_whole_ok():
    from wordsim.document import CommandError

    d = open_session()
    d.select("beta")
    before = d.s.doc.save()
    with pytest.raises(CommandError):
        d.s.execute("compound", steps=[["bold", {"on": True}], ["font_size", {"size": "huge"}]])
    assert d.s.doc.save() == before and not d.s.doc.history.undo_stack
    for bad in ("bold", [["compound", {"steps": []}]], [["no_such_command", {}]], [["bold"]]):
        with pytest.raises(CommandError):
            d.s.execute("compound", steps=bad)

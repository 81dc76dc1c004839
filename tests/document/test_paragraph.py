"""Paragraph formatting commands: alignment, spacing, indents, styles and tab stops."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument
from wordsim.document.xml import W

SPEC = "# Title here\nFirst body paragraph\nSecond body paragraph\nThird body paragraph"


@pytest.fixture
def doc() -> WordDocument:
    d = WordDocument.build(SPEC)
    d.set_selection((1, 3))
    return d


# ---------------------------------------------------------------------------- alignment
@pytest.mark.parametrize(
    "value, expected",
    [
        ("center", WD_ALIGN_PARAGRAPH.CENTER),
        ("right", WD_ALIGN_PARAGRAPH.RIGHT),
        ("justify", WD_ALIGN_PARAGRAPH.JUSTIFY),
        ("Centre", WD_ALIGN_PARAGRAPH.CENTER),
        (1, WD_ALIGN_PARAGRAPH.CENTER),
        (2, WD_ALIGN_PARAGRAPH.RIGHT),
        (3, WD_ALIGN_PARAGRAPH.JUSTIFY),
        (WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.RIGHT),
    ],
)
def test_align(doc, value, expected):
    change = undoable(doc, "align", alignment=value)
    assert change.message.startswith("Paragraph alignment is set to")
    paras = reopen(doc).paragraphs
    assert paras[1].alignment == expected
    assert paras[2].alignment is None  # only the selected paragraph


def test_align_left_removes_direct_alignment(doc):
    doc.execute("align", alignment="center")
    undoable(doc, "align", alignment=0)
    assert reopen(doc).paragraphs[1].alignment is None
    assert doc.paragraph(1).find(W.pPr) is None  # no empty w:pPr left behind


def test_align_left_is_explicit_over_a_centered_style(doc):
    doc.docx.styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.set_selection((0, 0))
    undoable(doc, "align", alignment="left")
    assert reopen(doc).paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_align_every_paragraph_the_selection_touches(doc):
    doc.set_selection((1, 5), (3, 2))
    undoable(doc, "align", alignment="right")
    got = [p.alignment for p in reopen(doc).paragraphs]
    assert got == [None] + [WD_ALIGN_PARAGRAPH.RIGHT] * 3


def test_align_toggle_goes_back_to_left(doc):
    doc.execute("align", alignment="center", toggle=True)
    assert reopen(doc).paragraphs[1].alignment == WD_ALIGN_PARAGRAPH.CENTER
    change = undoable(doc, "align", alignment="center", toggle=True)
    assert change.message == "Paragraph alignment is set to left."
    assert reopen(doc).paragraphs[1].alignment is None
    doc.execute("align", alignment="right")
    doc.execute("align", alignment="center", toggle=True)  # not yet centered: centers
    assert reopen(doc).paragraphs[1].alignment == WD_ALIGN_PARAGRAPH.CENTER


@pytest.mark.parametrize("value", ["middle", 4, -1, None, True])
def test_align_rejects_bad_values(doc, value):
    assert "Alignment must be one of" in refused(doc, "align", alignment=value)


# ---------------------------------------------------------------------------- line spacing
@pytest.mark.parametrize("value", [1.0, 1.15, 1.5, 2.0, 2.5, 3.0])
def test_line_spacing_multiples(doc, value):
    undoable(doc, "line_spacing", value=value)
    fmt = reopen(doc).paragraphs[1].paragraph_format
    assert fmt.line_spacing == value
    assert doc.paragraph(1).find(W.pPr).find(W.spacing).get(W.line) == str(round(240 * value))


@pytest.mark.parametrize("value, expected", [("double", 2.0), ("Single", 1.0), ("1.15", 1.15)])
def test_line_spacing_by_name(doc, value, expected):
    doc.execute("line_spacing", value=value)
    assert reopen(doc).paragraphs[1].paragraph_format.line_spacing == expected


@pytest.mark.parametrize(
    "rule, expected_rule",
    [("exact", WD_LINE_SPACING.EXACTLY), ("at_least", WD_LINE_SPACING.AT_LEAST)],
)
def test_line_spacing_in_points(doc, rule, expected_rule):
    undoable(doc, "line_spacing", value=18, rule=rule)
    fmt = reopen(doc).paragraphs[1].paragraph_format
    assert fmt.line_spacing == Pt(18)
    assert fmt.line_spacing_rule == expected_rule


def test_line_spacing_keeps_space_before_and_after(doc):
    doc.execute("space_before", points=6)
    doc.execute("line_spacing", value=2)
    fmt = reopen(doc).paragraphs[1].paragraph_format
    assert (fmt.line_spacing, fmt.space_before) == (2.0, Pt(6))


@pytest.mark.parametrize(
    "args",
    [
        {"value": 0},
        {"value": 200},
        {"value": "wide"},
        {"value": 1.5, "rule": "double"},
        {"value": 0, "rule": "exact"},
        {"value": float("nan")},
    ],
)
def test_line_spacing_rejects_bad_values(doc, args):
    refused(doc, "line_spacing", **args)


# ---------------------------------------------------------------------------- space before/after
@pytest.mark.parametrize(
    "name, args, attr, expected",
    [
        ("space_before", {"points": 6}, "space_before", Pt(6)),
        ("space_after", {"points": 10.5}, "space_after", Pt(10.5)),
        ("space_before", {"points": "0.5in"}, "space_before", Pt(36)),
        ("add_space_before", {}, "space_before", Pt(12)),
        ("add_space_after", {}, "space_after", Pt(12)),
        ("remove_space_after", {}, "space_after", Pt(0)),
        ("remove_space_before", {}, "space_before", Pt(0)),
    ],
)
def test_paragraph_spacing(doc, name, args, attr, expected):
    undoable(doc, name, **args)
    assert getattr(reopen(doc).paragraphs[1].paragraph_format, attr) == expected


def test_space_in_points_drops_auto_spacing(doc):
    spacing = doc.paragraph(1).get_or_add_pPr().get_or_add_spacing()
    spacing.set(W.beforeAutospacing, "1")
    doc.execute("space_before", points=3)
    assert W.beforeAutospacing not in spacing.attrib
    assert reopen(doc).paragraphs[1].paragraph_format.space_before == Pt(3)


@pytest.mark.parametrize("points", [-1, 2000, "lots", "3 furlongs"])
def test_space_rejects_bad_values(doc, points):
    refused(doc, "space_after", points=points)


# ---------------------------------------------------------------------------- indents
def test_increase_and_decrease_indent_in_half_inch_steps(doc):
    undoable(doc, "increase_indent")
    assert reopen(doc).paragraphs[1].paragraph_format.left_indent == Inches(0.5)
    undoable(doc, "increase_indent")
    assert reopen(doc).paragraphs[1].paragraph_format.left_indent == Inches(1)
    undoable(doc, "decrease_indent")
    assert reopen(doc).paragraphs[1].paragraph_format.left_indent == Inches(0.5)


def test_indent_steps_snap_to_the_next_stop(doc):
    doc.execute("left_indent", points=20)
    doc.execute("increase_indent")
    assert reopen(doc).paragraphs[1].paragraph_format.left_indent == Inches(0.5)
    doc.execute("left_indent", points=50)
    doc.execute("decrease_indent")
    assert reopen(doc).paragraphs[1].paragraph_format.left_indent == Inches(0.5)


def test_decrease_indent_stops_at_the_margin(doc):
    before = doc.save()
    change = doc.execute("decrease_indent")
    assert "cannot be decreased" in change.message
    assert not change.edited and doc.save() == before
    assert doc.undo() is None  # no undo step for nothing


def test_indent_steps_start_from_the_style_indent(doc):
    doc.execute("apply_style", style="List Paragraph")  # the style indents 0.5"
    doc.execute("increase_indent")
    assert reopen(doc).paragraphs[1].paragraph_format.left_indent == Inches(1)


def test_indent_buttons_change_the_level_of_list_paragraphs(doc):
    doc.execute("bullets")
    undoable(doc, "increase_indent")
    p = reopen(doc).paragraphs[1]
    assert p._p.pPr.numPr.ilvl.val == 1
    assert p.paragraph_format.left_indent is None  # the list level carries the indent
    undoable(doc, "decrease_indent")
    assert reopen(doc).paragraphs[1]._p.pPr.numPr.ilvl.val == 0
    assert "cannot be decreased" in doc.execute("decrease_indent").message


@pytest.mark.parametrize(
    "name, points, attr, expected",
    [
        ("left_indent", 36, "left_indent", Pt(36)),
        ("left_indent", "1in", "left_indent", Inches(1)),
        ("left_indent", -18, "left_indent", Pt(-18)),
        ("right_indent", 72, "right_indent", Pt(72)),
        ("first_line_indent", 18, "first_line_indent", Pt(18)),
        ("first_line_indent", -18, "first_line_indent", Pt(-18)),
        ("first_line_indent", 0, "first_line_indent", Pt(0)),
    ],
)
def test_indents(doc, name, points, attr, expected):
    undoable(doc, name, points=points)
    assert getattr(reopen(doc).paragraphs[1].paragraph_format, attr) == expected


def test_hanging_replaces_first_line(doc):
    doc.execute("first_line_indent", points=18)
    doc.execute("first_line_indent", points=-9)
    ind = doc.paragraph(1).find(W.pPr).find(W.ind)
    assert ind.get(W.hanging) == "180" and ind.get(W.firstLine) is None


def test_indents_on_a_multi_paragraph_selection(doc):
    doc.set_selection((3, 2), (2, 0))  # backwards selection
    undoable(doc, "right_indent", points=12)
    got = [p.paragraph_format.right_indent for p in reopen(doc).paragraphs]
    assert got == [None, None, Pt(12), Pt(12)]


@pytest.mark.parametrize("points", [5000, -5000, "far", None])
def test_indents_reject_bad_values(doc, points):
    refused(doc, "left_indent", points=points)


# ---------------------------------------------------------------------------- styles
@pytest.mark.parametrize(
    "name, shown",
    [
        ("Heading 1", "Heading 1"),
        ("heading 2", "Heading 2"),
        ("Heading3", "Heading 3"),
        ("Heading 9", "Heading 9"),
        ("Title", "Title"),
        ("Subtitle", "Subtitle"),
        ("Quote", "Quote"),
        ("Intense Quote", "Intense Quote"),
        ("List Paragraph", "List Paragraph"),
        ("No Spacing", "No Spacing"),
    ],
)
def test_apply_style(doc, name, shown):
    change = undoable(doc, "apply_style", style=name)
    assert change.message == f"Style {shown} is applied."
    p = reopen(doc).paragraphs[1]
    assert p.style.name == shown
    assert p.text == "First body paragraph"


def test_apply_normal_writes_no_style(doc):
    doc.set_selection((0, 0))
    undoable(doc, "apply_style", style="Normal")
    assert reopen(doc).paragraphs[0].style.name == "Normal"
    assert doc.paragraph(0).find(W.pPr) is None


def test_apply_style_to_several_paragraphs(doc):
    doc.set_selection((1, 0), (2, 4))
    undoable(doc, "apply_style", style="Heading 2")
    names = [p.style.name for p in reopen(doc).paragraphs]
    assert names == ["Heading 1", "Heading 2", "Heading 2", "Normal"]


def test_unknown_style_names_close_matches(doc):
    message = refused(doc, "apply_style", style="Hedding 1")
    assert "Hedding 1 is not found" in message and "Heading 1" in message


def test_character_style_is_not_a_paragraph_style(doc):
    assert "not a paragraph style" in refused(doc, "apply_style", style="Strong")


def test_missing_builtin_style_is_added(doc):
    root = doc.styles.part._element
    root.remove(doc.styles.element("Heading4"))
    doc.styles.invalidate()
    change = undoable(doc, "apply_style", style="Heading 4")
    assert "/word/styles.xml" in change.parts
    reopened = reopen(doc)
    assert reopened.paragraphs[1].style.name == "Heading 4"
    assert reopened.styles["Heading 4"].base_style.name == "Normal"
    assert reopened.styles["Heading 4"].paragraph_format.keep_with_next is True


# ---------------------------------------------------------------------------- tab stops
def test_tab_stops_are_kept_in_position_order(doc):
    undoable(doc, "tab_stop", position=144, alignment="right", leader="dot")
    undoable(doc, "tab_stop", position="0.5in", alignment="center")
    undoable(doc, "tab_stop", position=216, alignment="decimal", leader="underscore")
    stops = reopen(doc).paragraphs[1].paragraph_format.tab_stops
    got = [(t.position, t.alignment, t.leader) for t in stops]
    assert got == [
        (Pt(36), WD_TAB_ALIGNMENT.CENTER, WD_TAB_LEADER.SPACES),
        (Pt(144), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS),
        (Pt(216), WD_TAB_ALIGNMENT.DECIMAL, WD_TAB_LEADER.LINES),
    ]


def test_tab_stop_at_the_same_position_is_replaced(doc):
    doc.execute("tab_stop", position=72)
    doc.execute("tab_stop", position=72, alignment="bar", leader="hyphen")
    stops = reopen(doc).paragraphs[1].paragraph_format.tab_stops
    assert [(t.position, t.alignment, t.leader) for t in stops] == [
        (Pt(72), WD_TAB_ALIGNMENT.BAR, WD_TAB_LEADER.DASHES)
    ]


def test_clear_tab_stops(doc):
    doc.set_selection((1, 0), (2, 0))
    doc.execute("tab_stop", position=72)
    undoable(doc, "clear_tab_stops")
    assert [len(p.paragraph_format.tab_stops) for p in reopen(doc).paragraphs] == [0, 0, 0, 0]
    assert doc.execute("clear_tab_stops").message == "There are no tab stops to clear."


def test_clear_tab_stops_clears_the_styles_stops(doc):
    doc.execute("apply_style", style="Header")  # the style sets center and right stops
    undoable(doc, "clear_tab_stops")
    stops = reopen(doc).paragraphs[1].paragraph_format.tab_stops
    assert [t.alignment for t in stops] == [WD_TAB_ALIGNMENT.CLEAR] * 2


@pytest.mark.parametrize(
    "args",
    [
        {"position": -5},
        {"position": "x"},
        {"position": 72, "alignment": "middle"},
        {"position": 72, "leader": "stars"},
    ],
)
def test_tab_stop_rejects_bad_values(doc, args):
    refused(doc, "tab_stop", **args)


# ---------------------------------------------------------------------------- table cells
def test_formatting_inside_a_table_cell():
    doc = WordDocument.build("Before\n| a | b |\n| c | d |\nAfter")
    doc.set_selection((2, 0))
    undoable(doc, "align", alignment="center")
    cell = reopen(doc).tables[0].cell(0, 1)
    assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------- line and page breaks
@pytest.mark.parametrize(
    "name, attr",
    [
        ("keep_with_next", "keep_with_next"),
        ("keep_lines_together", "keep_together"),
        ("page_break_before", "page_break_before"),
    ],
)
def test_line_and_page_break_check_boxes(doc, name, attr):
    doc.set_selection((1, 3), (2, 3))
    change = undoable(doc, name)
    assert change.message.endswith("is on.")
    values = [getattr(p.paragraph_format, attr) for p in reopen(doc).paragraphs]
    assert values == [None, True, True, None]
    undoable(doc, name, on=False)  # off: nothing written, as no style turns it on
    assert [getattr(p.paragraph_format, attr) for p in reopen(doc).paragraphs] == [None] * 4


def test_keep_with_next_is_written_only_where_the_style_says_otherwise(doc):
    doc.set_selection((0, 0), (1, 3))  # the heading's style keeps it with the next paragraph
    doc.execute("keep_with_next")
    assert [p.paragraph_format.keep_with_next for p in reopen(doc).paragraphs[:2]] == [None, True]
    doc.execute("keep_with_next", on="false")
    assert [p.paragraph_format.keep_with_next for p in reopen(doc).paragraphs[:2]] == [False, None]


def test_widow_control_is_on_unless_turned_off(doc):
    undoable(doc, "widow_control", on=False)
    assert reopen(doc).paragraphs[1].paragraph_format.widow_control is False
    assert doc.execute("widow_control").message == "Widow/Orphan control is on."
    assert doc.paragraph(1).find(W.pPr) is None  # on is Word's default: nothing written


@pytest.mark.parametrize("name", ["keep_with_next", "page_break_before", "widow_control"])
def test_line_and_page_break_values_must_be_on_or_off(doc, name):
    assert "must be true or false" in refused(doc, name, on="sometimes")

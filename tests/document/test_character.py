"""Character formatting commands: toggles, font, size, colour, highlight, case, clear formatting."""

from __future__ import annotations

import math

import pytest
from docx.dml.color import ColorFormat
from docx.enum.dml import MSO_COLOR_TYPE
from docx.enum.text import WD_COLOR_INDEX, WD_PARAGRAPH_ALIGNMENT, WD_UNDERLINE
from docx.shared import RGBColor
from lxml import etree

from tests.document.conftest import reopen
from wordsim.document import CommandError, WordDocument
from wordsim.document.char_values import convert_case, step_size, word_around
from wordsim.document.character import effective_run_format
from wordsim.document.runs import text_runs
from wordsim.document.xml import W, make


def _runs(doc, i: int = 0) -> list[tuple[str, object]]:
    """(text, python-docx run) of paragraph i after saving and reopening."""
    return [(r.text, r) for r in reopen(doc).paragraphs[i].runs]


def _select(doc, start, end=None):
    doc.set_selection(start, end)
    return doc


def _run_of(doc, text: str, i: int = 0):
    return next(r for t, r in _runs(doc, i) if t == text)


def _fmt(doc, i: int, owner=None) -> dict:
    """effective_run_format of paragraph i's first run (or of `owner`)."""
    p = doc.paragraph(i)
    return effective_run_format(doc, text_runs(p)[0] if owner is None else owner, p)


# ---------------------------------------------------------------------- toggles
def test_bold_selection_splits_and_reopens_bold():
    doc = _select(WordDocument.build("hello brave world"), (0, 6), (0, 11))
    change = doc.execute("bold")
    assert change.message == "bold on"
    assert [(t, r.bold) for t, r in _runs(doc)] == [
        ("hello ", None),
        ("brave", True),
        (" world", None),
    ]
    assert doc.selection.start == (0, 6) and doc.selection.end == (0, 11)


def test_toggle_rule_partial_turns_all_on_then_all_off():
    doc = _select(WordDocument.build("plain **bold** text"), (0, 0), (0, 15))
    assert doc.execute("bold").message == "bold on"
    runs = _runs(doc)
    assert [(t, r.bold) for t, r in runs] == [("plain bold text", True)]
    assert doc.execute("bold").message == "bold off"
    assert [(t, r.bold) for t, r in _runs(doc)] == [("plain bold text", None)]


def test_bold_on_then_off_gives_back_the_original_run():
    doc = _select(WordDocument.build("one single run of text"), (0, 4), (0, 10))
    b0 = doc.save()
    doc.execute("bold")
    assert len(text_runs(doc.paragraph(0))) == 3
    doc.execute("bold")
    assert len(text_runs(doc.paragraph(0))) == 1
    assert doc.save() == b0


def test_repeated_overlapping_toggles_keep_run_count_small():
    doc = WordDocument.build("abcdefghijklmnop")
    steps = [("bold", (0, 2), (0, 10)), ("italic", (0, 5), (0, 12)), ("underline", (0, 1), (0, 3))]
    for name, a, b in steps + steps:
        _select(doc, a, b).execute(name)
    runs = _runs(doc)
    assert [t for t, _ in runs] == ["abcdefghijklmnop"]
    assert all(r.bold is None and r.italic is None and r.underline is None for _, r in runs)


def test_heading_bold_from_style_turns_off_with_explicit_val_0():
    doc = _select(WordDocument.build("# Heading text"), (0, 0), (0, 7))
    assert _fmt(doc, 0)["bold"]
    assert doc.execute("bold").message == "bold off"
    b = text_runs(doc.paragraph(0))[0].find(W.rPr).find(W.b)
    assert b.get(W.val) == "0"
    assert [(t, r.bold) for t, r in _runs(doc)] == [("Heading", False), (" text", None)]
    # on again: the style already makes it bold, so the direct val=0 just goes away
    assert doc.execute("bold").message == "bold on"
    assert [(t, r.bold) for t, r in _runs(doc)] == [("Heading text", None)]


def test_bold_from_a_character_style_counts_as_on():
    doc = WordDocument.build("plain **strong** text")
    r = text_runs(doc.paragraph(0))[1]
    r.find(W.rPr).insert(0, make("w:rStyle", {"w:val": "Strong"}))
    r.find(W.rPr).remove(r.find(W.rPr).find(W.b))
    _select(doc, (0, 6), (0, 12)).execute("bold")  # all of it is bold through Strong
    run = _run_of(doc, "strong")
    assert run.style.name == "Strong" and run.bold is False
    doc.execute("bold")
    assert _run_of(doc, "strong").bold is None


def test_italic_and_strikethrough():
    doc = _select(WordDocument.build("some words here"), (0, 5), (0, 10))
    doc.execute("italic")
    doc.execute("strikethrough")
    run = _run_of(doc, "words")
    assert run.italic is True and run.font.strike is True
    doc.execute("strikethrough")
    assert _run_of(doc, "words").font.strike is None


def test_strikethrough_replaces_double_strikethrough():
    doc = _select(WordDocument.build("some words here"), (0, 5), (0, 10))
    doc.execute("bold")
    r = text_runs(doc.paragraph(0))[1]
    etree.SubElement(r.find(W.rPr), W.dstrike)
    doc.execute("strikethrough")
    run = _run_of(doc, "words")
    assert run.font.strike is True and run.font.double_strike is None


def test_underline_single_double_and_any_counts_as_on():
    doc = _select(WordDocument.build("under line"), (0, 0), (0, 5))
    doc.execute("underline")
    assert _run_of(doc, "under").underline is True
    doc.execute("underline", style="double")  # not all double: becomes double
    assert _run_of(doc, "under").underline == WD_UNDERLINE.DOUBLE
    doc.execute("underline")  # Ctrl+U on underlined text (any style) removes it
    assert _run_of(doc, "under line").underline is None


def test_underline_double_toggles_only_double():
    doc = _select(WordDocument.build("under line"), (0, 0), (0, 5))
    doc.execute("underline", style="Double")
    doc.execute("underline", style="double")
    assert [(t, r.underline) for t, r in _runs(doc)] == [("under line", None)]


def test_subscript_and_superscript_exclude_each_other():
    doc = _select(WordDocument.build("H2O and x2"), (0, 1), (0, 2))
    doc.execute("subscript")
    assert _run_of(doc, "2").font.subscript is True
    doc.execute("superscript")
    run = _run_of(doc, "2")
    assert run.font.superscript is True and not run.font.subscript
    doc.execute("superscript")
    assert [t for t, _ in _runs(doc)] == ["H2O and x2"]


def test_toggle_across_paragraphs_formats_the_marks_inside():
    doc = _select(WordDocument.build("first para\nsecond para"), (0, 6), (1, 6))
    doc.execute("bold")
    assert _run_of(doc, "para", 0).bold and _run_of(doc, "second", 1).bold
    mark = doc.paragraph(0).find(W.pPr).find(W.rPr)
    assert mark is not None and mark.find(W.b) is not None
    assert doc.paragraph(1).find(W.pPr) is None  # its mark is not selected
    doc.execute("bold")
    assert doc.paragraph(0).find(W.pPr) is None
    assert [t for t, _ in _runs(doc, 1)] == ["second para"]


def test_bold_inside_a_table_cell():
    doc = _select(WordDocument.build("| left cell | right |"), (0, 0), (0, 4))
    doc.execute("bold")
    cell = reopen(doc).tables[0].cell(0, 0)
    assert [(r.text, r.bold) for r in cell.paragraphs[0].runs] == [("left", True), (" cell", None)]


# ---------------------------------------------------------------------- collapsed caret
def test_caret_inside_word_formats_the_whole_word():
    doc = _select(WordDocument.build("hello world"), (0, 8))
    doc.execute("bold")
    assert [(t, r.bold) for t, r in _runs(doc)] == [("hello ", None), ("world", True)]
    assert doc.selection.collapsed and doc.selection.start == (0, 8)
    assert doc.pending_rpr is None


def test_caret_inside_word_with_apostrophe():
    doc = _select(WordDocument.build("I don't know"), (0, 3))
    doc.execute("italic")
    assert _run_of(doc, "don't").italic is True


def test_caret_at_word_edge_sets_pending_formatting_and_second_toggle_undoes_it():
    doc = _select(WordDocument.build("hello world"), (0, 6))
    b0 = doc.save()
    change = doc.execute("bold")
    assert change.message == "bold on for the next typed text" and not change.edited
    assert doc.save() == b0
    assert doc.pending_rpr.tag == W.rPr and doc.pending_rpr.find(W.b) is not None
    doc.execute("bold")
    assert doc.pending_rpr.find(W.b) is None
    doc.execute("font_size", size=20)
    assert doc.pending_rpr.find(W.sz).get(W.val) == "40"
    assert not doc.history.undo_stack


def test_pending_starts_from_the_formatting_at_the_caret():
    doc = _select(WordDocument.build("**bold** text"), (0, 4))
    doc.execute("bold")  # typing after bold text would be bold; the toggle turns it off
    rpr = doc.pending_rpr
    assert rpr.find(W.b) is None or rpr.find(W.b).get(W.val) == "0"
    assert doc.save() == WordDocument.build("**bold** text").save()


def test_empty_paragraph_mark_is_formatted_and_pending_starts_from_it():
    doc = _select(WordDocument.build("first\n.\nlast"), (1, 0), (2, 0))
    assert doc.execute("italic").message == "italic on"  # only a mark selected: it decides
    mark = doc.paragraph(1).find(W.pPr)
    assert _fmt(doc, 1, mark)["italic"] and [t for t, _ in _runs(doc, 2)] == ["last"]
    _select(doc, (1, 0)).execute("italic")
    assert doc.pending_rpr.find(W.i) is None  # typing there would be italic: the toggle ends it


# ---------------------------------------------------------------------- font and size
def test_font_name_writes_all_four_slots():
    doc = _select(WordDocument.build("# Heading text"), (0, 0), (0, 7))
    doc.execute("font_name", font="Arial")
    run = _run_of(doc, "Heading")
    assert run.font.name == "Arial"
    fonts = text_runs(doc.paragraph(0))[0].find(W.rPr).find(W.rFonts)
    assert {k.split("}")[1]: v for k, v in fonts.attrib.items()} == {
        "ascii": "Arial",
        "hAnsi": "Arial",
        "cs": "Arial",
        "eastAsia": "Arial",
    }
    assert _fmt(doc, 0)["font"] == "Arial"


def test_font_name_replaces_theme_fonts_on_the_run():
    doc = _select(WordDocument.build("text"), (0, 0), (0, 4))
    doc.execute("font_name", font="Arial")
    fonts = text_runs(doc.paragraph(0))[0].find(W.rPr).find(W.rFonts)
    fonts.set(W.asciiTheme, "minorHAnsi")
    doc.execute("font_name", font="Georgia")
    assert W.asciiTheme not in fonts.attrib and _run_of(doc, "text").font.name == "Georgia"


@pytest.mark.parametrize("size, expected", [(14, 14.0), (10.5, 10.5), ("9", 9.0), (10.3, 10.5)])
def test_font_size(size, expected):
    doc = _select(WordDocument.build("some text"), (0, 0), (0, 4))
    doc.execute("font_size", size=size)
    run = _run_of(doc, "some")
    assert run.font.size.pt == expected
    rpr = text_runs(doc.paragraph(0))[0].find(W.rPr)
    assert rpr.find(W.szCs).get(W.val) == str(int(expected * 2))


def test_grow_and_shrink_by_one_point_from_effective_size():
    doc = _select(WordDocument.build("# Head\nbody text"), (0, 0), (1, 4))
    doc.execute("grow_font")  # heading 14 pt, Normal 11 pt
    assert _run_of(doc, "Head", 0).font.size.pt == 15
    assert _run_of(doc, "body", 1).font.size.pt == 12
    doc.execute("shrink_font")
    doc.execute("shrink_font")
    assert _run_of(doc, "Head", 0).font.size.pt == 13
    assert _run_of(doc, "body", 1).font.size.pt == 10


def test_grow_and_shrink_steps_through_words_size_list():
    doc = _select(WordDocument.build("some text"), (0, 0), (0, 4))
    sizes = []
    for _ in range(3):
        doc.execute("grow_font_step")
        sizes.append(_run_of(doc, "some").font.size.pt)
    doc.execute("font_size", size=72)
    doc.execute("grow_font_step")
    sizes.append(_run_of(doc, "some").font.size.pt)
    doc.execute("shrink_font_step")
    doc.execute("shrink_font_step")
    sizes.append(_run_of(doc, "some").font.size.pt)
    assert sizes == [12, 14, 16, 80, 48]


@pytest.mark.parametrize(
    "size, up, expected",
    [
        (11, True, 12), (10.5, True, 11), (10.5, False, 10), (28, True, 36), (72, True, 80),
        (75, True, 80), (80, False, 72), (75, False, 72), (95, False, 90), (1630, True, 1638),
        (1638, False, 1630), (7.5, True, 8), (8, False, 7), (1.5, False, 1), (1, False, 1),
    ],
)  # fmt: skip
def test_step_size_table(size, up, expected):
    assert step_size(size, up) == expected


def test_grow_font_stops_at_the_maximum():
    doc = _select(WordDocument.build("big"), (0, 0), (0, 3))
    doc.execute("font_size", size=1638)
    doc.execute("grow_font")
    doc.execute("grow_font_step")
    assert _run_of(doc, "big").font.size.pt == 1638


# ---------------------------------------------------------------------- colour and highlight
@pytest.mark.parametrize(
    "color, rgb",
    [("Red", "FF0000"), ("#00ff00", "00FF00"), ("Dark Blue", "002060"), ("dark_red", "C00000")],
)
def test_font_color(color, rgb):
    doc = _select(WordDocument.build("some text"), (0, 0), (0, 4))
    doc.execute("font_color", color=color)
    assert _run_of(doc, "some").font.color.rgb == RGBColor.from_string(rgb)


def test_font_color_automatic_removes_or_overrides_style_colour():
    doc = _select(WordDocument.build("# Head\nbody"), (1, 0), (1, 4))
    doc.execute("font_color", color="Blue")
    doc.execute("font_color", color="Automatic")
    assert _run_of(doc, "body", 1).font.color.type is None
    _select(doc, (0, 0), (0, 4)).execute("font_color", color="Automatic")  # style colour
    color: ColorFormat = _run_of(doc, "Head", 0).font.color
    assert color.type == MSO_COLOR_TYPE.AUTO


def test_font_color_drops_theme_colour_attributes():
    doc = _select(WordDocument.build("text"), (0, 0), (0, 4))
    doc.execute("font_color", color="Red")
    el = text_runs(doc.paragraph(0))[0].find(W.rPr).find(W.color)
    el.set(W.themeColor, "accent1")
    doc.execute("font_color", color="Green")
    assert el.attrib == {W.val: "00B050"}


@pytest.mark.parametrize(
    "name, index",
    [
        ("Yellow", WD_COLOR_INDEX.YELLOW),
        ("Bright Green", WD_COLOR_INDEX.BRIGHT_GREEN),
        ("Turquoise", WD_COLOR_INDEX.TURQUOISE),
        ("Teal", WD_COLOR_INDEX.TEAL),
        ("Green", WD_COLOR_INDEX.GREEN),
        ("Violet", WD_COLOR_INDEX.VIOLET),
        ("Gray-25%", WD_COLOR_INDEX.GRAY_25),
        ("darkGray", WD_COLOR_INDEX.GRAY_50),
        ("dark yellow", WD_COLOR_INDEX.DARK_YELLOW),
    ],
)
def test_highlight(name, index):
    doc = _select(WordDocument.build("some text"), (0, 0), (0, 4))
    doc.execute("highlight", color=name)
    assert _run_of(doc, "some").font.highlight_color == index


def test_highlight_no_color_removes_it():
    doc = _select(WordDocument.build("some text"), (0, 0), (0, 4))
    b0 = doc.save()
    doc.execute("highlight", color="Yellow")
    doc.execute("highlight", color="No Color")
    assert doc.save() == b0
    assert _runs(doc)[0][1].font.highlight_color is None


# ---------------------------------------------------------------------- case
@pytest.mark.parametrize(
    "mode, expected",
    [
        ("UPPERCASE", "HELLO WORLD. THIS IS IT"),
        ("lowercase", "hello world. this is it"),
        ("Sentence case.", "Hello world. This is it"),
        ("Capitalize Each Word", "Hello World. This Is It"),
        ("tOGGLE cASE", "HEllo WORLD. THIS is iT"),
        ("upper", "HELLO WORLD. THIS IS IT"),
        ("title", "Hello World. This Is It"),
    ],
)
def test_change_case_modes_keep_run_formatting(mode, expected):
    doc = _select(WordDocument.build("heLLO **world.** this IS It"), (0, 0), (0, 23))
    doc.execute("change_case", mode=mode)
    runs = _runs(doc)
    assert "".join(t for t, _ in runs) == expected
    assert [r.bold for _, r in runs] == [None, True, None]


def test_change_case_partial_selection_and_caret():
    doc = _select(WordDocument.build("one two three"), (0, 5), (0, 11))
    doc.execute("change_case", mode="upper")
    assert doc.text(0) == "one tWO THRee"
    _select(doc, (0, 3)).execute("change_case", mode="upper")  # caret touching "one"
    assert doc.text(0) == "ONE tWO THRee"


def test_convert_case_details():
    text = "don't stop 'me' now. ok?  yes"
    assert convert_case(text, 0, len(text), "title") == "Don't Stop 'Me' Now. Ok?  Yes"
    assert convert_case(text, 0, len(text), "sentence") == "Don't stop 'me' now. Ok?  Yes"
    assert convert_case("straße", 0, 6, "upper") == "STRAßE"  # same length, as Word keeps it
    assert convert_case("abc def", 5, 7, "title") == "ef"  # mid-word: no new word start


def test_word_around():
    assert word_around("hello world", 8) == (6, 11)
    assert word_around("hello world", 6) is None
    assert word_around("hello world", 6, strict=False) == (6, 11)
    assert word_around("hello world", 5, strict=False) == (0, 5)
    assert word_around("a  b", 2, strict=False) is None


# ---------------------------------------------------------------------- clear formatting
def _num_id(doc) -> str:
    return doc.part.numbering_part.element.find(W.num).get(W.numId)


def test_clear_formatting_resets_runs_and_paragraphs():
    doc = WordDocument.build("# Big **bold** heading\nsecond *line*")
    p1 = doc.paragraph(1)
    ppr = p1.get_or_add_pPr()
    level, num = make("w:ilvl", {"w:val": "0"}), make("w:numId", {"w:val": _num_id(doc)})
    ppr.append(make("w:numPr", {}, level, num))
    ppr.append(make("w:jc", {"w:val": "center"}))
    _select(doc, (0, 4), (1, 3))
    doc.execute("font_color", color="Red")
    doc.execute("clear_formatting")
    d = reopen(doc)
    assert [p.style.name for p in d.paragraphs] == ["Normal", "Normal"]
    assert d.paragraphs[1].alignment is None
    assert d.paragraphs[1]._p.pPr.numPr is not None  # list numbering survives
    runs = [(r.text, r.bold, r.italic, r.font.color.type) for r in d.paragraphs[0].runs]
    assert runs == [("Big bold heading", None, None, None)]  # plain again: one run
    assert [(r.text, r.italic) for r in d.paragraphs[1].runs] == [("second ", None), ("line", True)]


def test_clear_character_formatting_keeps_paragraph_formatting_and_character_styles():
    doc = WordDocument.build("# Big **bold** heading\nsome *text* here")
    doc.paragraph(1).get_or_add_pPr().append(make("w:jc", {"w:val": "center"}))
    _select(doc, (1, 5), (1, 9)).execute("font_color", color="Red")
    text_runs(doc.paragraph(1))[1].find(W.rPr).insert(0, make("w:rStyle", {"w:val": "Strong"}))
    _select(doc, (0, 0), (1, 16))
    change = doc.execute("clear_formatting", scope="characters")  # Ctrl+Space
    assert change.message == "character formatting cleared"
    d = reopen(doc)
    assert [p.style.name for p in d.paragraphs] == ["Heading 1", "Normal"]
    assert d.paragraphs[1].alignment == WD_PARAGRAPH_ALIGNMENT.CENTER
    assert [(r.text, r.bold) for r in d.paragraphs[0].runs] == [("Big bold heading", None)]
    runs = [(r.text, r.italic, r.style.name, r.font.color.type) for r in d.paragraphs[1].runs]
    assert runs == [("some ", None, "Default Paragraph Font", None),
                    ("text", None, "Strong", None), (" here", None, "Default Paragraph Font", None)]


def test_clear_formatting_caret_in_word():
    doc = _select(WordDocument.build("# Title\nsome **bold** words"), (1, 7))
    doc.execute("clear_formatting")
    assert [t for t, _ in _runs(doc, 1)] == ["some bold words"]
    assert reopen(doc).paragraphs[0].style.name == "Heading 1"


def test_clear_formatting_caret_outside_word_sets_plain_pending():
    doc = _select(WordDocument.build("# Title"), (0, 5))
    doc.execute("clear_formatting")
    assert reopen(doc).paragraphs[0].style.name == "Normal"
    assert doc.pending_rpr is not None and doc.pending_rpr.find(W.b) is None


def test_on_sets_a_toggle_instead_of_toggling():
    doc = _select(WordDocument.build("plain **bold** text"), (0, 0), (0, 15))
    assert doc.execute("bold", on=True).message == "bold on"
    assert doc.execute("bold", on="on").message == "bold on"  # still on: no toggle
    assert [(t, r.bold) for t, r in _runs(doc)] == [("plain bold text", True)]
    doc.execute("italic", on=False)
    assert doc.execute("bold", on=False).message == "bold off"
    assert [(t, r.bold, r.italic) for t, r in _runs(doc)] == [("plain bold text", None, None)]


def test_all_caps_and_small_caps_toggle_and_exclude_each_other():
    doc = _select(WordDocument.build("one two"), (0, 4), (0, 7))
    assert doc.execute("all_caps").message == "all caps on"
    assert [(t, r.font.all_caps) for t, r in _runs(doc)] == [("one ", None), ("two", True)]
    assert doc.execute("small_caps", on=True).message == "small caps on"
    font = _run_of(doc, "two").font
    assert (font.small_caps, font.all_caps) == (True, None)  # the dialog unchecks All caps
    assert doc.execute("small_caps").message == "small caps off"
    assert [t for t, _ in _runs(doc)] == ["one two"]


def test_all_caps_off_over_a_style_that_sets_it_writes_it_off():
    doc = WordDocument.build("styled")
    doc.styles.element("Normal").get_or_add_rPr().append(make("w:caps"))
    doc.styles.invalidate()
    _select(doc, (0, 0), (0, 6)).execute("all_caps", on=False)
    assert _run_of(doc, "styled").font.all_caps is False


def test_double_strikethrough_replaces_strikethrough_and_hidden_hides():
    doc = _select(WordDocument.build("some words"), (0, 0), (0, 4))
    doc.execute("strikethrough")
    doc.execute("double_strikethrough")
    doc.execute("hidden", on=True)
    font = _run_of(doc, "some").font
    assert (font.double_strike, font.strike, font.hidden) == (True, None, True)


@pytest.mark.parametrize("style, bold, italic", [
    ("Bold", True, None), ("Italic", None, True), ("bold italic", True, True),
    ("Regular", None, None)])
def test_font_style_sets_bold_and_italic_together(style, bold, italic):
    doc = _select(WordDocument.build("a **b** *c*"), (0, 0), (0, 5))
    assert doc.execute("font_style", style=style).message == f"font style {style.lower()}"
    assert {(r.bold, r.italic) for _, r in _runs(doc)} == {(bold, italic)}


# ---------------------------------------------------------------------- reading
def test_effective_run_format_keys():
    doc = WordDocument.build("# Head\nbody **b**")
    head = _fmt(doc, 0)
    assert head["bold"] is True and head["size"] == 14.0 and head["color"] == "365F91"
    assert head["font"] == "Calibri"  # the theme's major font, as the template's styles ask
    assert head["underline"] is None and head["vertAlign"] == "baseline"
    _select(doc, (1, 0), (1, 4))
    doc.execute("highlight", color="Yellow")
    doc.execute("underline", style="double")
    doc.execute("superscript")
    body = _fmt(doc, 1)
    assert body == {
        "bold": False,
        "italic": False,
        "underline": "double",
        "strike": False,
        "vertAlign": "superscript",
        "font": "Cambria",  # the theme's minor font
        "size": 11.0,
        "color": "auto",
        "highlight": "yellow",
    }


# ---------------------------------------------------------------------- undo and errors
COMMANDS = [
    ("bold", {}),
    ("italic", {}),
    ("underline", {"style": "double"}),
    ("strikethrough", {}),
    ("subscript", {}),
    ("superscript", {}),
    ("font_name", {"font": "Courier New"}),
    ("font_size", {"size": 17.5}),
    ("grow_font", {}),
    ("shrink_font", {}),
    ("grow_font_step", {}),
    ("shrink_font_step", {}),
    ("font_color", {"color": "Purple"}),
    ("highlight", {"color": "Pink"}),
    ("change_case", {"mode": "UPPERCASE"}),
    ("clear_formatting", {}),
    ("clear_formatting", {"scope": "characters"}),
    ("bold", {"on": True}),
    ("double_strikethrough", {}),
    ("all_caps", {}),
    ("small_caps", {"on": True}),
    ("hidden", {}),
    ("font_style", {"style": "Bold Italic"}),
]


@pytest.mark.parametrize("name, args", COMMANDS)
def test_undo_gives_back_the_original_bytes(name, args):
    doc = _select(WordDocument.build("# Head line\nplain **bold** and *it*\nlast"), (0, 2), (1, 12))
    b0 = doc.save()
    change = doc.execute(name, **args)
    assert change.edited and doc.save() != b0
    doc.undo()
    assert doc.save() == b0
    doc.redo()
    assert doc.save() != b0


@pytest.mark.parametrize(
    "name, args",
    [
        ("font_size", {"size": 0}),
        ("font_size", {"size": 0.5}),
        ("font_size", {"size": 1639}),
        ("font_size", {"size": "big"}),
        ("font_size", {"size": math.nan}),
        ("font_size", {"size": True}),
        ("font_name", {"font": ""}),
        ("font_name", {"font": "A\nB"}),
        ("font_color", {"color": "chartreuse"}),
        ("font_color", {"color": "12345"}),
        ("highlight", {"color": "Purple"}),
        ("underline", {"style": "zigzag"}),
        ("change_case", {"mode": "SHOUTING"}),
        ("all_caps", {"on": "maybe"}),
        ("bold", {"on": 2}),
        ("font_style", {"style": "Heavy"}),
        ("clear_formatting", {"scope": "words"}),
    ],
)
def test_bad_values_raise_and_leave_the_document_unchanged(name, args):
    doc = _select(WordDocument.build("plain **bold** text"), (0, 2), (0, 8))
    b0, sel = doc.save(), doc.selection
    with pytest.raises(CommandError):
        doc.execute(name, **args)
    assert doc.save() == b0 and doc.selection == sel and not doc.history.undo_stack


def test_change_case_without_word_at_caret_is_an_error():
    doc = _select(WordDocument.build("a  b"), (0, 2))
    with pytest.raises(CommandError):
        doc.execute("change_case", mode="upper")

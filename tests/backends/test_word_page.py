"""The Word adapter's headers and footers, page numbers, breaks and page setup: the exact
object-model calls and Wd* constants, on a recording fake of Word."""

from __future__ import annotations

import pytest

from wordsim.backends.word import constants as C
from wordsim.document.commands import CommandError

from .fake_com import FakeCollection, FakeObject, path_of, preset
from .word_helpers import open_word, recorded

SECTION = "Selection.Sections()"
LETTER = {"PageWidth": 612.0, "PageHeight": 792.0, "TopMargin": 72.0, "BottomMargin": 72.0,
          "LeftMargin": 72.0, "RightMargin": 72.0, "Gutter": 0.0,
          "Orientation": C.wdOrientPortrait}


@pytest.mark.parametrize(("command", "args", "calls"), [
    ("header_text", {"text": "Title\nDraft"},
     [("call", "Selection.Sections", (1,), {}), ("call", f"{SECTION}.Headers", (1,), {}),
      ("set", f"{SECTION}.Headers().Range.Text", "Title\rDraft")]),
    ("footer_text", {"text": "f", "kind": "first"},
     [("call", "Selection.Sections", (1,), {}),
      ("set", f"{SECTION}.PageSetup.DifferentFirstPageHeaderFooter", -1),
      ("call", f"{SECTION}.Footers", (2,), {}),
      ("set", f"{SECTION}.Footers().Range.Text", "f")]),
    ("header_text", {"text": "e", "kind": "even"},
     [("call", "Selection.Sections", (1,), {}),
      ("set", "Document.PageSetup.OddAndEvenPagesHeaderFooter", -1),
      ("call", f"{SECTION}.Headers", (3,), {}),
      ("set", f"{SECTION}.Headers().Range.Text", "e")]),
    ("different_first_page", {"on": False},
     [("set", "Selection.PageSetup.DifferentFirstPageHeaderFooter", 0)]),
    ("different_odd_even", {}, [("set", "Document.PageSetup.OddAndEvenPagesHeaderFooter", -1)]),
    ("page_break", {}, [("call", "Selection.InsertBreak", (C.wdPageBreak,), {})]),
    ("section_break", {"kind": "continuous"},
     [("call", "Selection.Information", (C.wdWithInTable,), {}),
      ("call", "Selection.InsertBreak", (C.wdSectionBreakContinuous,), {})]),
    ("orientation", {"value": "landscape"},
     [("set", "Selection.PageSetup.Orientation", C.wdOrientLandscape)]),
    ("orientation", {"value": "Portrait"},
     [("set", "Selection.PageSetup.Orientation", C.wdOrientPortrait)]),
    ("margins", {"preset": "Mirrored"},
     [("set", "Selection.PageSetup.TopMargin", 72), ("set", "Selection.PageSetup.BottomMargin", 72),
      ("set", "Selection.PageSetup.LeftMargin", 90.0),
      ("set", "Selection.PageSetup.RightMargin", 72), ("set", "Selection.PageSetup.Gutter", 0),
      ("set", "Selection.PageSetup.MirrorMargins", -1)]),
    ("margins", {"left": 1.5}, [("set", "Selection.PageSetup.LeftMargin", 108.0)]),
    ("gutter", {"inches": 0.5}, [("set", "Selection.PageSetup.Gutter", 36.0)]),
    ("page_size", {"size": "A4"}, [("set", "Selection.PageSetup.PaperSize", C.wdPaperA4)]),
    ("page_size", {"size": "Legal"}, [("set", "Selection.PageSetup.PaperSize", 4)]),
    ("columns", {"count": 2, "spacing": 0.25},
     [("call", "Selection.PageSetup.TextColumns.SetCount", (), {"NumColumns": 2}),
      ("set", "Selection.PageSetup.TextColumns.EvenlySpaced", -1),
      ("set", "Selection.PageSetup.TextColumns.Spacing", 18.0)]),
])
def test_calls(command, args, calls):
    w, app = open_word()
    preset(app.Selection.PageSetup, **LETTER)
    assert recorded(app) == []
    w.execute(command, **args)
    assert recorded(app) == calls


@pytest.mark.parametrize(("command", "args", "error"), [
    ("margins", {"left": 4, "right": 4.5}, "too large for the page"),
    ("gutter", {"inches": 6.5}, "too large for the page"),
    ("columns", {"count": 20}, "at least 0.5 inch wide"),
    ("margins", {}, "Give a margins preset"),
    ("page_size", {"size": "Tabloid"}, "Tabloid"),
    ("section_break", {"kind": "column"}, "Unknown section break"),
    ("orientation", {"value": "sideways"}, "sideways"),
])
def test_page_setup_refuses_what_the_simulator_refuses(command, args, error):
    w, app = open_word()
    preset(app.Selection.PageSetup, **LETTER)
    with pytest.raises(CommandError, match=error):
        w.execute(command, **args)
    assert recorded(app) == []


def test_a_smaller_page_size_must_still_fit_the_margins():
    w, app = open_word()
    preset(app.Selection.PageSetup, **{**LETTER, "LeftMargin": 220.0, "RightMargin": 220.0})
    with pytest.raises(CommandError, match="too large"):
        w.execute("page_size", size="A5")  # 419.6 pt wide


def test_no_section_break_in_a_table():
    w, app = open_word("a\a\a\r", row_marks=(2,), in_table=True)
    with pytest.raises(CommandError, match="in a table"):
        w.execute("section_break")


def _footers(app, text: str, fields=()):
    footer = app.Selection.Sections(1).Footers(1)
    preset(footer, Exists=True)
    preset(footer.Range, Text=text, Fields=FakeCollection(app.log, "Fields", fields))
    app.clear()
    return footer


def test_page_number_writes_a_page_field_in_an_aligned_footer_paragraph():
    w, app = open_word()
    _footers(app, "\r")
    w.execute("page_number", position="bottom", alignment="right")
    footer = f"{SECTION}.Footers()"
    paragraph = f"{footer}.Range.Paragraphs.Last"
    log = recorded(app)
    *_, add = log
    assert path_of(add[3].pop("Range")) == f"{paragraph}.Range"
    assert log[-5:] == [
        ("set", f"{footer}.Range.Text", ""),
        ("set", f"{paragraph}.Style", C.wdStyleFooter),
        ("set", f"{paragraph}.Alignment", C.wdAlignParagraphRight),
        ("call", f"{paragraph}.Range.Collapse", (C.wdCollapseStart,), {}),
        ("call", "Document.Fields.Add", (), {"Type": C.wdFieldPage})]


def test_page_numbers_replace_and_remove_earlier_page_fields():
    w, app = open_word()
    page = FakeObject(app.log, "pagefield", Type=C.wdFieldPage)
    date = FakeObject(app.log, "datefield", Type=31)
    _footers(app, "Page 1\r", [date, page])
    w.execute("page_number")
    log = recorded(app)
    assert ("call", "pagefield.Delete", (), {}) in log
    assert ("call", "datefield.Delete", (), {}) not in log
    assert ("call", f"{SECTION}.Footers().Range.InsertParagraphAfter", (), {}) in log
    app.clear()
    preset(app.Selection.Sections(1).Headers(1), Exists=False)
    assert w.execute("remove_page_numbers") == ""
    # each of the three footers (primary, first, even) shows the same fake field
    assert recorded(app).count(("call", "pagefield.Delete", (), {})) == 3


@pytest.mark.parametrize(("story", "stories"), [("header", "Headers"), ("footer", "Footers")])
def test_remove_header_or_footer_empties_those_with_text(story, stories):
    w, app = open_word()
    part = getattr(app.Selection.Sections(1), stories)(1)
    preset(part, Exists=True)
    preset(part.Range, Text="\r")
    app.clear()
    assert w.execute(f"remove_{story}") == f"There is no {story} to remove."
    preset(part.Range, Text="Title\r")
    app.clear()
    assert w.execute(f"remove_{story}") == ""
    deletes = [e for e in recorded(app) if e[1].endswith(".Delete")]
    # primary, first page and even pages (the fake gives one object for all three)
    assert deletes == [("call", f"{SECTION}.{stories}().Range.Delete", (), {})] * 3

"""Word's keyboard shortcuts (wordsim/data/ui/shortcuts.json) through keyboard_input, one row
per chord — formatting, paragraphs, clipboard, dialogs, saving, navigation and editing keys —
checked in the saved file; the same effect as the ribbon control, byte for byte; undo/redo
giving back the exact bytes."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.text import WD_UNDERLINE

from wordsim.session.shortcuts import shortcuts

from .helpers import (
    Row,
    align,
    caret_after,
    caret_before,
    check_row,
    chords,
    click,
    inches,
    key,
    num_format,
    open_session,
    page_breaks,
    para,
    points,
    pristine,
    run_at,
    run_steps,
    sel,
    tab,
    typ,
)


def bold(text):
    return lambda doc, d: run_at(doc, text).bold


def size(text):
    return lambda doc, d: points(run_at(doc, text).font.size)


def font(text, attr):
    return lambda doc, d: getattr(run_at(doc, text).font, attr)


def alignment(text):
    return lambda doc, d: align(para(doc, text))


def pformat(text, attr, unit=None):
    def get(doc, d):
        value = getattr(para(doc, text).paragraph_format, attr)
        return unit(value) if unit else value
    return get


def style(text):
    return lambda doc, d: para(doc, text).style.name


def texts(doc, d):
    return [p.text for p in doc.paragraphs]


def alpha(doc, d):
    """The text of the paragraph that starts as "Alpha beta gamma delta." (paragraph 2)."""
    return doc.paragraphs[2].text


def saved_copy(doc, d):
    return d.s.saved.get("Document1.docx") == d.s.doc.save()


SEL = sel("beta")
ROWS: list[Row] = [
    # character formatting
    Row("Ctrl+B", [SEL, key("^b")], bold("beta"), True),
    Row("Ctrl+B", [key("^b")], bold("beta"), None, label="toggle off", setup=[SEL, key("^b")]),
    Row("Ctrl+I", [SEL, key("^i")], lambda doc, d: run_at(doc, "beta").italic, True),
    Row("Ctrl+U", [SEL, key("^u")], font("beta", "underline"), True),
    Row("Ctrl+=", [SEL, key("^=")], font("beta", "subscript"), True),
    Row("Ctrl+Shift+=", [SEL, key("^+=")], font("beta", "superscript"), True),
    Row("Ctrl++", [SEL, key("^{+}")], font("beta", "superscript"), True),
    Row("Ctrl+]", [SEL, key("^]")], size("beta"), 12.0),
    Row("Ctrl+[", [SEL, key("^[")], size("beta"), 10.0),
    Row("Ctrl+>", [SEL, key("^>")], size("beta"), 12.0),
    Row("Ctrl+Shift+.", [SEL, key("^+.")], size("beta"), 12.0),
    Row("Ctrl+<", [SEL, key("^<")], size("beta"), 10.0),
    Row("Ctrl+Shift+,", [SEL, key("^+,")], size("beta"), 10.0),
    Row("Ctrl+]", [SEL, key("^]^]^]")], size("beta"), 14.0, label="three times"),
    # Ctrl+Space resets character formatting only: the paragraph keeps its style (Word's
    # "Remove character formatting"; Clear All Formatting is the button that also resets it)
    Row("Ctrl+Space", [sel("heading"), key("^{SPACE}")],
        lambda doc, d: (run_at(doc, "heading").bold, para(doc, "heading").style.name),
        (None, "Heading 1")),
    # paragraphs
    Row("Ctrl+E", [SEL, key("^e")], alignment("beta"), AL.CENTER),
    Row("Ctrl+E", [SEL, key("^e")], alignment("beta"), AL.LEFT, label="toggle back",
        setup=[SEL, key("^e")]),
    Row("Ctrl+L", [SEL, key("^l")], alignment("beta"), AL.LEFT, setup=[SEL, key("^r")]),
    Row("Ctrl+R", [SEL, key("^r")], alignment("beta"), AL.RIGHT),
    Row("Ctrl+J", [SEL, key("^j")], alignment("beta"), AL.JUSTIFY),
    Row("Ctrl+1", [SEL, key("^1")], pformat("beta", "line_spacing"), 1.0, setup=[SEL, key("^2")]),
    Row("Ctrl+2", [SEL, key("^2")], pformat("beta", "line_spacing"), 2.0),
    Row("Ctrl+5", [SEL, key("^5")], pformat("beta", "line_spacing"), 1.5),
    Row("Ctrl+M", [SEL, key("^m")], pformat("beta", "left_indent", inches), 0.5),
    Row("Ctrl+Shift+M", [SEL, key("^+m")], pformat("beta", "left_indent", inches), 0.5,
        setup=[SEL, key("^m^m")]),
    Row("Ctrl+Alt+1", [SEL, key("^%1")], style("beta"), "Heading 1"),
    Row("Ctrl+Alt+2", [SEL, key("^%2")], style("beta"), "Heading 2"),
    Row("Ctrl+Alt+3", [SEL, key("^%3")], style("beta"), "Heading 3"),
    Row("Ctrl+Shift+N", [sel("Topic"), key("^+n")], style("Topic"), "Normal"),
    Row("Ctrl+Shift+L", [SEL, key("^+l")], lambda doc, d: num_format(doc, para(doc, "beta")),
        "bullet"),
    # undo, redo, selection, clipboard
    Row("Ctrl+Z", [key("^z")], bold("beta"), None, setup=[SEL, key("^b")]),
    Row("Ctrl+Y", [key("^y")], bold("beta"), True, setup=[SEL, key("^b"), key("^z")]),
    Row("Ctrl+A", [key("^a"), key("^b")],
        lambda doc, d: all(r.bold or p.style.font.bold for p in doc.paragraphs for r in p.runs),
        True),
    Row("Ctrl+C", [SEL, key("^c"), sel("Last"), key("^v")],
        lambda doc, d: (alpha(doc, d), doc.paragraphs[-1].text),
        ("Alpha beta gamma delta.", "beta line of text.")),
    Row("Ctrl+X", [SEL, key("^x"), sel("Last"), key("^v")],
        lambda doc, d: (alpha(doc, d), doc.paragraphs[-1].text),
        ("Alpha  gamma delta.", "beta line of text.")),
    Row("Ctrl+V", [sel("Last"), key("^v")], lambda doc, d: doc.paragraphs[-1].text,
        "bold line of text.", setup=[sel("bold"), key("^c")]),
    # breaks
    Row("Ctrl+Enter", [caret_before("Second"), key("^{ENTER}")],
        lambda doc, d: page_breaks(doc), 1),
    Row("Shift+Enter", [caret_before("gamma"), key("+{ENTER}")], alpha,
        "Alpha beta \ngamma delta."),
    # dialogs
    Row("Ctrl+F", [key("^f"), typ("Find what:", "gamma"), key("{ENTER}"), key("{ESC}"),
                   key("^b")], bold("gamma"), True),
    Row("Ctrl+H", [key("^h"), typ("Find what:", "beta"), typ("Replace with:", "omega"),
                   key("%a"), key("{ESC}")], alpha, "Alpha omega gamma delta."),
    Row("Ctrl+G", [key("^g")], lambda doc, d: d.has("Enter page number:", "Edit"), True),
    # Shift+F10 and the Menu key open the document's context menu
    Row("Shift+F10", [SEL, key("+{F10}"), click("Copy", "MenuItem"), sel("Last"), key("^v")],
        lambda doc, d: para(doc, "line of text").text, "beta line of text."),
    Row("Apps", [SEL, key("{VK_APPS}"), click("Font...", "MenuItem"), key("%k"), key("{ENTER}")],
        font("beta", "strike"), True),
    Row("Ctrl+K", [SEL, key("^k"), typ("Address:", "https://example.com/"), key("{ENTER}")],
        lambda doc, d: [(h.text, h.address) for h in para(doc, "Alpha").hyperlinks],
        [("beta", "https://example.com/")]),
    Row("Ctrl+D", [SEL, key("^d"), typ("Font:", "Georgia", "Edit", clear=True), key("{ENTER}")],
        font("beta", "name"), "Georgia"),
    # Ctrl+Alt+M is Word's "Insert a comment": the same comment card as Review > New Comment
    Row("Ctrl+Alt+M", [SEL, key("^%m"), typ("Start a conversation", "Check this"),
                       click("Post comment")],
        lambda doc, d: [c.text for c in doc.comments], ["Check this"]),
    # saving
    Row("Ctrl+S", [SEL, key("^b"), key("^s")], saved_copy, True),
    Row("F12", [SEL, key("^b"), key("{F12}")], saved_copy, True),
    # navigation: where the caret lands shows in where typed text goes
    Row("Left", [SEL, key("{LEFT}X")], alpha, "Alpha Xbeta gamma delta."),
    Row("Right", [SEL, key("{RIGHT}X")], alpha, "Alpha betaX gamma delta."),
    Row("Shift+Left", [caret_after("beta"), key("+{LEFT}+{LEFT}X")], alpha,
        "Alpha beX gamma delta."),
    Row("Shift+Right", [caret_before("Alpha"), key("+{RIGHT 2}X")], alpha,
        "Xpha beta gamma delta."),
    Row("Ctrl+Left", [caret_after("gamma"), key("^{LEFT}X")], alpha, "Alpha beta Xgamma delta."),
    Row("Ctrl+Right", [caret_before("Alpha"), key("^{RIGHT}X")], alpha,
        "Alpha Xbeta gamma delta."),
    Row("Ctrl+Shift+Left", [caret_after("gamma"), key("^+{LEFT}X")], alpha, "Alpha beta X delta."),
    Row("Ctrl+Shift+Right", [caret_before("Alpha"), key("^+{RIGHT}X")], alpha,
        "Xbeta gamma delta."),
    Row("Up", [caret_before("Second"), key("{UP}X")], alpha, "XAlpha beta gamma delta."),
    Row("Down", [caret_before("Topic"), key("{DOWN}X")], alpha, "XAlpha beta gamma delta."),
    Row("Shift+Up", [caret_before("Second"), key("+{UP}X")], alpha,
        "XSecond bold and italic words here."),
    Row("Shift+Down", [caret_before("Alpha"), key("+{DOWN}X")], alpha,
        "XSecond bold and italic words here."),
    Row("Ctrl+Up", [caret_before("gamma"), key("^{UP}X")], alpha, "XAlpha beta gamma delta."),
    Row("Ctrl+Down", [caret_before("Topic"), key("^{DOWN}X")], alpha, "XAlpha beta gamma delta."),
    Row("Ctrl+Shift+Up", [caret_before("gamma"), key("^+{UP}X")], alpha, "Xgamma delta."),
    Row("Ctrl+Shift+Down", [caret_before("Alpha"), key("^+{DOWN}X")], alpha,
        "XSecond bold and italic words here."),
    Row("Home", [SEL, key("{HOME}X")], alpha, "XAlpha beta gamma delta."),
    Row("End", [SEL, key("{END}X")], alpha, "Alpha beta gamma delta.X"),
    Row("Shift+Home", [caret_before("gamma"), key("+{HOME}X")], alpha, "Xgamma delta."),
    Row("Shift+End", [caret_before("gamma"), key("+{END}X")], alpha, "Alpha beta X"),
    Row("Ctrl+Home", [SEL, key("^{HOME}X")], lambda doc, d: doc.paragraphs[0].text,
        "XReport title"),
    Row("Ctrl+End", [SEL, key("^{END}X")], lambda doc, d: doc.paragraphs[-1].text,
        "Last line of text.X"),
    Row("Ctrl+Shift+Home", [caret_before("Alpha"), key("^+{HOME}X")],
        lambda doc, d: doc.paragraphs[0].text, "XAlpha beta gamma delta."),
    Row("Ctrl+Shift+End", [caret_before("Last"), key("^+{END}X")],
        lambda doc, d: doc.paragraphs[-1].text, "X"),
    # editing keys
    Row("Backspace", [caret_before("gamma"), key("{BACKSPACE}")], alpha, "Alpha betagamma delta."),
    Row("Backspace", [SEL, key("{BACKSPACE}")], alpha, "Alpha  gamma delta.", label="selection"),
    Row("Backspace", [caret_before("Second"), key("{BACKSPACE}")], alpha,
        "Alpha beta gamma delta.Second bold and italic words here.", label="joins paragraphs"),
    Row("Ctrl+Backspace", [caret_before("gamma"), key("^{BACKSPACE}")], alpha,
        "Alpha gamma delta."),
    Row("Delete", [caret_before("gamma"), key("{DELETE}")], alpha, "Alpha beta amma delta."),
    Row("Delete", [caret_after("delta."), key("{DELETE}")], alpha,
        "Alpha beta gamma delta.Second bold and italic words here.", label="joins paragraphs"),
    Row("Ctrl+Delete", [caret_before("gamma"), key("^{DELETE}")], alpha, "Alpha beta delta."),
    Row("Enter", [caret_before("gamma"), key("{ENTER}")],
        lambda doc, d: texts(doc, d)[2:4], ["Alpha beta ", "gamma delta."]),
    Row("Tab", [caret_before("gamma"), key("{TAB}")], alpha, "Alpha beta \tgamma delta."),
    Row("Tab", [sel("A1"), key("{TAB}X")],
        lambda doc, d: [c.text for c in doc.tables[0].rows[0].cells], ["A1", "X"],
        label="next cell"),
    Row("Tab", [sel("B2"), key("{END}{TAB}X")],
        lambda doc, d: [[c.text for c in r.cells] for r in doc.tables[0].rows],
        [["A1", "B1"], ["A2", "B2"], ["X", ""]], label="new row after the last cell"),
    Row("Shift+Tab", [sel("B1"), key("+{TAB}X")],
        lambda doc, d: [c.text for c in doc.tables[0].rows[0].cells], ["X", "B1"]),
    # a page up / down through the page layout (test_paging has the multi-page cases); the
    # main document is one page, so the caret goes to its first / last line
    Row("Pgup", [SEL, key("{PGUP}")], noop=True),
    Row("Pgdn", [SEL, key("{PGDN}")], noop=True),
    Row("Pgdn", [key("^{HOME}{PGDN}X")], lambda doc, d: doc.paragraphs[-1].text.count("X"), 1,
        label="to the last line"),
    Row("Shift+Pgdn", [key("^{HOME}+{PGDN}^i")],
        lambda doc, d: all(r.italic for p in doc.paragraphs[2:4] for r in p.runs), True),
    Row("Shift+Pgup", [key("^{END}+{PGUP}^i")],
        lambda doc, d: all(r.italic for p in doc.paragraphs[2:4] for r in p.runs), True),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_shortcut(row: Row):
    check_row(row)


def test_every_shortcut_has_a_row():
    """Every chord in shortcuts.json is pressed by some row (new shortcuts need a row), and
    every row presses the chord it is filed under."""
    pressed = set()
    for row in ROWS:
        assert row.control in shortcuts(), f"{row.control} is not a shortcut in the data"
        row_chords = {c for s in row.steps if isinstance(s, key) for c in chords(s.keys)}
        assert row.control in row_chords, f"{row.id} never presses {row.control}"
        pressed |= row_chords
    missing = sorted(set(shortcuts()) - pressed)
    assert not missing, f"shortcuts without a row: {missing}"


def test_key_chords_match_shortcut_names():
    """The pywinauto spellings used above read as Word's chord names."""
    assert chords("^+=") == ["Ctrl+Shift+="]
    assert chords("^{ENTER}") == ["Ctrl+Enter"]
    assert chords("^]") == ["Ctrl+]"]
    assert chords("^+{RIGHT}") == ["Ctrl+Shift+Right"]
    assert chords("{VK_CONTROL}b") == ["Ctrl+B"]


# ---------------------------------------------------------------------- same bytes as the ribbon
SAME = [
    ("Bold", [sel("beta"), click("Bold")], [sel("beta"), key("^b")]),
    ("Italic", [sel("beta"), click("Italic")], [sel("beta"), key("^i")]),
    ("Underline", [sel("beta"), click("Underline")], [sel("beta"), key("^u")]),
    ("Subscript", [sel("beta"), click("Subscript")], [sel("beta"), key("^=")]),
    ("Superscript", [sel("beta"), click("Superscript")], [sel("beta"), key("^+=")]),
    ("Increase Font Size", [sel("beta"), click("Increase Font Size")], [sel("beta"), key("^+.")]),
    ("Decrease Font Size", [sel("beta"), click("Decrease Font Size")], [sel("beta"), key("^+,")]),
    ("Center", [sel("beta"), click("Center")], [sel("beta"), key("^e")]),
    ("Align Right", [sel("beta"), click("Align Right")], [sel("beta"), key("^r")]),
    ("Justify", [sel("beta"), click("Justify")], [sel("beta"), key("^j")]),
    ("Heading 1", [sel("beta"), click("Heading 1", "ListItem")], [sel("beta"), key("^%1")]),
    ("Bullets", [sel("beta"), click("Bullets")], [sel("beta"), key("^+l")]),
    ("Increase Indent", [sel("beta"), click("Increase Indent")], [sel("beta"), key("^m")]),
    ("Page Break", [caret_before("Second"), tab("Insert"), click("Page Break")],
     [caret_before("Second"), key("^{ENTER}")]),
    ("Copy/Paste", [sel("bold"), click("Copy"), sel("Last"), click("Paste")],
     [sel("bold"), key("^c"), sel("Last"), key("^v")]),
    ("Cut", [sel("bold"), click("Cut")], [sel("bold"), key("^x")]),
    ("Undo", [sel("beta"), click("Bold"), click("Undo")], [sel("beta"), key("^b^z")]),
    ("Font dialog", [sel("beta"), click("Font Settings"), typ("Size:", "16", "Edit", True),
                     click("OK")],
     [sel("beta"), key("^d"), typ("Size:", "16", "Edit", True), key("{ENTER}")]),
]


@pytest.mark.parametrize("name, ribbon, keys", SAME, ids=[s[0] for s in SAME])
def test_shortcut_saves_the_same_bytes_as_the_ribbon(name, ribbon, keys):
    a, b = open_session(), open_session()
    run_steps(a, ribbon)
    run_steps(b, keys)
    saved = a.s.doc.save()
    assert saved == b.s.doc.save()
    assert (saved == pristine()) == (name == "Undo")


# ---------------------------------------------------------------------- undo / redo
EDITS = ["^b", "^e", "Hello", "{ENTER}", "^{ENTER}", "^%1", "^]", "{BACKSPACE}", "^+l"]


def test_undo_gives_back_the_original_bytes_and_redo_the_edited_ones():
    d = open_session()
    d.select("beta")
    original = d.s.doc.save()
    states = [original]
    for keys in EDITS:
        d.keys(keys)
        saved = d.s.doc.save()
        if saved != states[-1]:  # ^] at a caret only sets the format of the next typed text
            states.append(saved)
    edited = states[-1]
    assert len(states) == len(EDITS)
    # every ^z steps back through exactly the saved states, in reverse
    for expected in reversed(states[:-1]):
        d.keys("^z")
        assert d.s.doc.save() == expected
    assert d.keys("^z").message == "Nothing to undo."
    for expected in states[1:]:
        d.keys("^y")
        assert d.s.doc.save() == expected
    assert d.keys("^y").message == "Nothing to redo."
    assert d.s.doc.save() == edited


def test_undo_through_the_ribbon_and_the_menus_is_byte_identical():
    d = open_session()
    original = d.s.doc.save()
    d.select("beta")
    d.click("More Options", after="Font Color")
    d.click("Purple", "ListItem")
    d.click("Insert", "TabItem")
    d.click("Page Number")
    d.click("Bottom of Page")
    d.click("Plain Number 2", "ListItem")
    d.click("Layout", "TabItem")
    d.click("Orientation")
    d.click("Landscape", "ListItem")
    edited = d.s.doc.save()
    assert edited != original
    for _ in range(3):
        d.click("Undo")
    assert d.s.doc.save() == original
    assert not d.has("Undo")  # nothing left to undo: the button is greyed out, so not listed
    for _ in range(3):
        d.click("Redo")
    assert d.s.doc.save() == edited
    assert d.reopen().sections[0].orientation == 1


def test_typing_keys_drop_spaces_as_pywinauto_does():
    """UFO's keyboard_input does not pass with_spaces: "a b" types "ab"."""
    d = open_session()
    d.select("Last")
    d.keys("New words")
    assert d.reopen().paragraphs[-1].text == "Newwords line of text."


def test_underline_shortcut_is_single_underline():
    d = open_session()
    d.select("beta")
    d.keys("^u")
    assert run_at(d.reopen(), "beta").font.underline in (True, WD_UNDERLINE.SINGLE)

"""The control list changes as Word's window does: tabs swap the ribbon's controls and labels
renumber "1".."N"; contextual table tabs come and go with the caret; a modal dialog lists only
its own controls and {ESC} closes it; menus add their items and close after a choice; Cut and
Copy need a selection; pressed states follow the effective formatting at the selection."""

from __future__ import annotations

import pytest

from wordsim.ui import window_model

from .helpers import open_session

MODEL = window_model()
UFO_KEYS = {"label", "control_text", "control_type"}


def assert_well_formed(listing) -> None:
    """UFO's list: labels "1".."N" in order, at most 300, UFO's types, three keys each."""
    assert 0 < len(listing) <= MODEL.max_controls == 300
    assert [e["label"] for e in listing] == [str(i) for i in range(1, len(listing) + 1)]
    for e in listing:
        assert set(e) == UFO_KEYS
        assert e["control_type"] in MODEL.ufo_types
        assert isinstance(e["control_text"], str) and e["control_text"]


def tab_names(d) -> list[str]:
    return [e["control_text"] for e in d.s.control_list() if e["control_type"] == "TabItem"]


def plain_leaves(tab_id: str) -> list[str]:
    """Names of a tab's listed controls that do not depend on the document (from the data)."""
    return [c.name for c in MODEL.tabs[tab_id].leaves
            if c.enabled and c.control_type in MODEL.ufo_types
            and "enabled_if" not in c.behaviour and "visible_if" not in c.behaviour]


def is_subsequence(small: list, big: list) -> bool:
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


# ---------------------------------------------------------------------- tabs
TABS = [t for t in MODEL.tabs.values() if t.id not in ("file", "home") and t.visible_if is None]


@pytest.mark.parametrize("tab", TABS, ids=[t.id for t in TABS])
def test_selecting_a_tab_swaps_the_ribbon_and_renumbers(tab):
    d = open_session()
    home = d.s.control_list()
    d.click(tab.name, "TabItem")
    listing = d.s.control_list()
    assert_well_formed(listing)
    names = [e["control_text"] for e in listing]
    assert listing != home
    assert is_subsequence(plain_leaves(tab.id), names)
    assert "Bold" not in names and "Heading 1" not in names  # Home's controls are gone
    # the window chrome before the ribbon keeps its labels; the ribbon's controls renumber
    assert listing[:19] == home[:19]
    assert names[:19] == [e["control_text"] for e in home[:19]]
    assert names[-1] == "100%" and int(listing[-1]["label"]) == len(listing)
    d.click("Home", "TabItem")
    assert d.s.control_list() == home


def test_tab_spot_checks():
    d = open_session()
    d.click("Insert", "TabItem")
    assert {"Table", "Pictures", "Header", "Footer", "Page Number", "Link"} <= set(d.names())
    d.click("Layout", "TabItem")
    assert {"Margins", "Orientation", "Size", "Breaks", "Indent Left"} <= set(d.names())
    d.click("Review", "TabItem")
    assert "New Comment" in d.names() and "Delete" not in d.names()  # no comment at the caret


def test_file_tab_opens_backstage_and_back_closes_it():
    d = open_session()
    before = d.s.control_list()
    d.click("File", "TabItem")
    names = d.names()
    assert {"Back", "Save", "Save As", "Print", "Close"} <= set(names)
    assert d.label("Save As", "ListItem")
    d.click("Back")
    assert d.s.control_list() == before
    d.click("File", "TabItem")
    d.click("Save", "ListItem")
    assert d.s.saved["Document1.docx"] == d.s.doc.save()


# ---------------------------------------------------------------------- contextual tabs
def test_table_tabs_appear_only_with_the_caret_in_a_table():
    d = open_session()
    assert "Table Design" not in tab_names(d)
    assert tab_names(d).count("Layout") == 1
    d.select("A1")
    assert tab_names(d)[-2:] == ["Table Design", "Layout"]
    d.click("Table Design", "TabItem")
    assert "Table Grid" in d.names() and "Bold" not in d.names()
    assert_well_formed(d.s.control_list())
    d.click("Layout", "TabItem", nth=1)
    assert {"Insert Above", "Insert Below", "Insert Left", "Insert Right"} <= set(d.names())
    d.select("beta")  # the caret leaves the table: its tabs go, and Home is selected again
    assert "Table Design" not in tab_names(d)
    assert "Bold" in d.names() and "Insert Above" not in d.names()


def test_table_tabs_follow_the_caret_moved_by_keys():
    d = open_session()
    d.select("mIxEd")
    d.keys("{END}")
    assert "Table Design" not in tab_names(d)
    d.keys("{DOWN}")  # into cell A1
    assert "Table Design" in tab_names(d)
    d.keys("^{END}")
    assert "Table Design" not in tab_names(d)


def test_table_tabs_with_select_table_and_after_delete_table():
    d = open_session()
    d.step("select_table(number=1)")
    assert "Table Design" in tab_names(d)
    d.click("Layout", "TabItem", nth=1)
    d.click("Delete", "Button")
    d.click("Delete Table")
    assert "Table Design" not in tab_names(d)
    assert "Bold" in d.names()


# ---------------------------------------------------------------------- dialogs
def dialog_names(dialog_id: str, page: str | None) -> list[str]:
    d = MODEL.dialogs[dialog_id]
    return [c.name for c in d.page_leaves(page) if c.enabled and c.control_type in MODEL.ufo_types]


DIALOGS = [  # dialog, page it opens at, tab to select first, clicks that open it, or keys
    ("find_replace", "find", None, [], "^f"),
    ("find_replace", "replace", None, [], "^h"),
    ("find_replace", "goto", None, [], "^g"),
    ("find_replace", "find", None, [("Find", "Button")], None),
    ("find_replace", "replace", None, [("Replace", "Button")], None),
    ("find_replace", "goto", None, [("More Options", "Button", "Find"), ("Go To...", None)], None),
    ("font", "font", None, [("Font Settings", None)], None),
    ("font", "font", None, [], "^d"),
    ("font", "font", None, [("More Options", "Button", "Underline"), ("More Underlines...", None)],
     None),
    ("paragraph", "indents", None, [("Paragraph Settings", None)], None),
    ("paragraph", "indents", None, [("Line and Paragraph Spacing", None),
                                    ("Line Spacing Options...", None)], None),
    ("page_setup", "margins", "Layout", [("Page Setup Settings", None)], None),
    ("page_setup", "margins", "Layout", [("Margins", None), ("Custom Margins...", None)], None),
    ("page_setup", "paper", "Layout", [("Size", None), ("More Paper Sizes...", None)], None),
    ("insert_table", None, "Insert", [("Table", "Button"), ("Insert Table...", None)], None),
    ("hyperlink", None, "Insert", [("Link", None)], None),
    ("hyperlink", None, None, [], "^k"),
]


@pytest.mark.parametrize("dialog_id, page, tab, clicks, keys", DIALOGS,
                         ids=[f"{x[0]}-{x[1]}-{x[4] or x[3][-1][0]}" for x in DIALOGS])
def test_a_modal_dialog_lists_only_its_own_controls(dialog_id, page, tab, clicks, keys):
    d = open_session()
    d.select("beta")
    if tab:
        d.click(tab, "TabItem")
    before = d.s.control_list()
    for c in clicks:
        d.click(c[0], c[1], *c[2:])
    if keys:
        d.keys(keys)
    listing = d.s.control_list()
    assert_well_formed(listing)
    assert [e["control_text"] for e in listing] == dialog_names(dialog_id, page)
    assert all(e["control_type"] != "Document" for e in listing)
    assert "Home" not in [e["control_text"] for e in listing]
    d.keys("{ESC}")  # closes the dialog (the menu that opened it closed when it opened)
    assert d.s.control_list() == before


def test_dialog_pages_and_cancel():
    d = open_session()
    original = d.s.doc.save()
    d.select("beta")
    d.keys("^h")
    assert "Replace with:" in d.names()
    d.click("Find", "TabItem")
    assert "Replace with:" not in d.names() and "Find what:" in d.names()
    d.click("Replace", "TabItem")
    d.type_into("Find what:", "beta")
    d.type_into("Replace with:", "omega")
    d.click("Cancel")
    assert "Bold" in d.names()
    assert d.s.doc.save() == original
    d.keys("^h")  # fields start empty again
    assert d.step({"function": "texts", "control_label": d.label("Find what:")}).message == ""


def test_typing_goes_to_the_dialog_not_the_document():
    d = open_session()
    original = d.s.doc.save()
    d.keys("^f")
    d.keys("beta")  # the focus is in "Find what:"
    assert d.step({"function": "texts", "control_label": d.label("Find what:")}).message == "beta"
    d.keys("{ESC}")
    assert d.s.doc.save() == original


def test_header_pane_is_not_modal():
    d = open_session()
    d.click("Insert", "TabItem")
    d.click("Header")
    d.click("Edit Header")
    names = d.names()
    assert "Header -Section 1-" in names and "Close Header and Footer" in names
    assert "Home" in names and "Save" in names  # the window is still there
    assert_well_formed(d.s.control_list())
    d.keys("{ESC}")
    assert "Header -Section 1-" not in d.names()


# ---------------------------------------------------------------------- menus
def test_a_menu_adds_its_items_and_closes_after_a_choice():
    d = open_session()
    d.select("mIxEd cAsE words")
    before = d.s.control_list()
    d.click("Change Case")
    listing = d.s.control_list()
    assert_well_formed(listing)
    # the menu's items come last; window controls it covers are no longer listed
    kept = [(e["control_text"], e["control_type"]) for e in listing[:-5]]
    assert is_subsequence(kept, [(e["control_text"], e["control_type"]) for e in before])
    assert len(kept) < len(before)
    added = listing[-5:]
    assert [(e["control_text"], e["control_type"]) for e in added] == [
        ("Sentence case.", "MenuItem"), ("lowercase", "MenuItem"), ("UPPERCASE", "MenuItem"),
        ("Capitalize Each Word", "MenuItem"), ("tOGGLE cASE", "MenuItem")]
    d.click("UPPERCASE")
    assert not any(e["control_type"] == "MenuItem" for e in d.s.control_list())
    assert d.reopen().paragraphs[4].text == "MIXED CASE WORDS."


def test_escape_and_the_opener_close_menus():
    d = open_session()
    before = d.s.control_list()
    d.click("Change Case")
    d.keys("{ESC}")
    assert d.s.control_list() == before
    d.click("Change Case")
    d.click("Change Case")  # clicking the opener again closes it
    assert d.s.control_list() == before
    d.click("Change Case")
    d.click("Insert", "TabItem")  # a click elsewhere dismisses the menu, then acts
    assert "UPPERCASE" not in d.names() and "Pictures" in d.names()


def test_submenus_stack_and_escape_closes_the_innermost():
    d = open_session()
    d.click("Insert", "TabItem")
    d.click("Page Number")
    menu = d.names()
    assert "Bottom of Page" in menu and "Plain Number 2" not in menu
    d.click("Bottom of Page")
    assert {"Plain Number 1", "Plain Number 2", "Plain Number 3"} <= set(d.names())
    assert_well_formed(d.s.control_list())
    d.keys("{ESC}")
    assert d.names() == menu
    d.keys("{ESC}")
    assert "Bottom of Page" not in d.names()


def test_keys_typed_into_a_ribbon_box_wait_for_enter():
    d = open_session()
    original = d.s.doc.save()
    d.select("beta")
    d.type_into("Font Size", "20", "ComboBox")
    assert d.s.doc.save() == original
    d.keys("{ESC}")  # abandons the typed value
    assert d.s.doc.save() == original
    d.type_into("Font Size", "20", "ComboBox")
    d.keys("{ENTER}")
    assert d.s.doc.save() != original


# ---------------------------------------------------------------------- enabled controls
def test_cut_and_copy_need_a_selection():
    d = open_session()
    assert not d.has("Cut") and not d.has("Copy")
    d.select("beta")
    assert d.has("Cut", "Button") and d.has("Copy", "Button")
    d.keys("{RIGHT}")
    assert not d.has("Cut") and not d.has("Copy")
    d.keys("+{RIGHT}")
    assert d.has("Cut") and d.has("Copy")
    d.keys("{LEFT}")
    assert not d.has("Cut")
    d.keys("^a")
    assert d.has("Cut")


def test_undo_and_redo_are_listed_when_they_can_act():
    d = open_session()
    assert not d.has("Undo") and not d.has("Redo")
    d.select("beta")
    d.keys("^b")
    assert d.has("Undo") and not d.has("Redo")
    d.click("Undo")
    assert d.has("Redo") and not d.has("Undo")


def test_delete_comment_is_listed_on_a_comment_only():
    d = open_session()
    d.select("beta")
    d.click("Review", "TabItem")
    assert not d.has("Delete")
    d.click("New Comment")
    d.type_into("Start a conversation", "Note")
    d.click("Post comment")
    d.select("beta")
    assert d.has("Delete", "Button")
    d.select("Last")
    assert not d.has("Delete")


def test_status_bar_follows_the_document():
    d = open_session()
    words = next(n for n in d.names() if n.endswith(" words"))
    count = int(words.split()[0])
    d.select("Last")
    d.keys("{END}")
    d.type_text(" one two")
    assert f"{count + 2} words" in d.names()
    assert "Page 1 of 1" in d.names()
    d.keys("^{ENTER}")
    assert "Page 2 of 2" in d.names()


# ---------------------------------------------------------------------- pressed states
def test_bold_is_pressed_for_bold_text():
    d = open_session()
    d.select("bold")
    assert d.state_of("Bold") == {"label": d.label("Bold"), "pressed": True}
    d.select("Second")
    assert d.state_of("Bold")["pressed"] is False
    d.select("Second bold")  # mixed: not pressed, as in Word
    assert d.state_of("Bold")["pressed"] is False
    d.select("Second")
    d.keys("^b")
    assert d.state_of("Bold")["pressed"] is True


def test_a_heading_styles_bold_counts():
    d = open_session()
    d.select("Topic")  # no direct bold: Heading 1 is bold in this document's styles
    assert d.reopen().styles["Heading 1"].font.bold is True
    assert d.state_of("Bold")["pressed"] is True
    assert d.state_of("Heading 1", "ListItem")["selected"] is True
    assert d.state_of("Normal", "ListItem")["selected"] is False
    d.select("Report")
    assert d.state_of("Title", "ListItem")["selected"] is True


def test_pressed_states_follow_toggles_alignment_and_lists():
    d = open_session()
    d.select("italic")
    assert d.state_of("Italic")["pressed"] is True
    assert d.state_of("Underline")["pressed"] is False
    d.select("beta")
    d.click("Underline")
    assert d.state_of("Underline")["pressed"] is True
    assert d.state_of("Align Left")["pressed"] is True
    d.click("Center")
    assert d.state_of("Center")["pressed"] is True and d.state_of("Align Left")["pressed"] is False
    d.click("Bullets")
    assert d.state_of("Bullets")["pressed"] is True
    assert d.state_of("Numbering")["pressed"] is False
    d.click("Subscript")
    assert d.state_of("Subscript")["pressed"] is True


def test_font_boxes_show_the_values_at_the_selection():
    d = open_session()
    d.select("beta")
    d.type_into("Font", "Georgia", "ComboBox")
    d.keys("{ENTER}")
    d.type_into("Font Size", "15", "ComboBox")
    d.keys("{ENTER}")
    assert d.state_of("Font", "ComboBox")["value"] == "Georgia"
    assert str(d.state_of("Font Size", "ComboBox")["value"]) == "15"
    d.click("Font", "ComboBox")
    assert d.state_of("Georgia", "ListItem")["selected"] is True


def test_bold_clicked_at_a_caret_shows_pressed_at_once():
    """Word: Bold (or Ctrl+B) at a collapsed caret presses the button for the text about to be
    typed, before anything is typed."""
    d = open_session()
    d.select("Last")
    d.keys("{END}")
    assert d.state_of("Bold")["pressed"] is False
    d.click("Bold")
    assert d.state_of("Bold")["pressed"] is True


def test_every_listed_control_is_where_a_click_on_its_centre_lands():
    """click_on_coordinates reaches each labelled control at its centre, on every tab."""
    d = open_session()
    d.select("A1")
    tabs = [t for t in tab_names(d) if t != "File"]
    for i, name in enumerate(tabs):
        d.click(name, "TabItem", nth=tabs[:i].count(name))
        view = d.s.controls()
        for c in view.labelled:
            x, y = c.center
            assert view.hit_test(x / view.width, y / view.height) is c, (name, c)


# ---------------------------------------------------------------------- at most 300, always
def openers(d):
    """Labels of the listed controls that open a popup or a dialog."""
    view = d.s.controls()
    return [(c.name, c.control_type) for c in view.labelled if "opens" in c.behaviour]


@pytest.mark.parametrize("where", ["text", "table"])
def test_every_menu_and_dialog_keeps_the_list_well_formed(where):
    d = open_session()
    d.select("beta" if where == "text" else "A1")
    tabs = [t for t in tab_names(d) if t != "File"]
    seen = 0
    for i, name in enumerate(tabs):
        nth = tabs[:i].count(name)
        d.click(name, "TabItem", nth=nth)
        base = d.s.control_list()
        for opener, ctype in openers(d):
            nth_opener = [(c.name, c.control_type) for c in d.s.controls().labelled].index(
                (opener, ctype))
            label = d.s.controls().listing[nth_opener]["label"]
            d.on("click_input", label)
            listing = d.s.control_list()
            assert_well_formed(listing)
            assert listing != base
            seen += 1
            d.keys("{ESC}")
            assert d.s.control_list() == base, f"{opener} did not close with one Esc"
    assert seen > 25

"""What clicks, typing and Enter/Esc/Alt+key do: UI state changes and the calls handed to the
session, all read from the controls' behaviour data."""

from __future__ import annotations

from tests.ui.helpers import find, names
from wordsim.ui import Call, UIContext, parse_length, view


def test_a_ribbon_button_returns_its_document_command(ui):
    assert ui.activate(find(ui, "Bold")) == [Call("bold", {})]
    assert ui.activate(find(ui, "Center")) == [Call("align", {"alignment": "center"})]
    assert ui.activate(find(ui, "Save")) == [Call("save", {}, "session")]


def test_undo_and_redo_are_named_for_the_session(ui):
    ctx = UIContext(can_undo=True, can_redo=True)
    assert ui.activate(find(ui, "Undo", context=ctx), ctx) == [Call("undo", {})]
    assert ui.activate(find(ui, "Redo", context=ctx), ctx) == [Call("redo", {})]


def test_choosing_a_menu_item_runs_it_and_closes_the_menus(ui):
    ui.activate(find(ui, "Line and Paragraph Spacing"))
    assert ui.popups
    assert ui.activate(find(ui, "1.5", "MenuItem")) == [Call("line_spacing", {"value": 1.5})]
    assert ui.popups == ()
    ui.activate(find(ui, "Change Case"))
    assert ui.activate(find(ui, "UPPERCASE")) == [Call("change_case", {"mode": "upper"})]


def test_clicking_the_opener_again_or_elsewhere_closes_the_menu(ui):
    opener = find(ui, "Change Case")
    ui.activate(opener)
    ui.activate(opener)
    assert ui.popups == ()
    ui.activate(opener)
    assert ui.activate(find(ui, "Home")) == [] and ui.popups == ()


def test_tab_items_select_their_tab_and_file_opens_backstage(ui):
    ui.activate(find(ui, "Insert"))
    assert ui.tab == "insert" and "Page Break" in names(ui)
    ui.activate(find(ui, "File"))
    listed = names(ui)
    assert "Save As" in listed and "Home" in listed and "Insert" not in listed  # covered
    ui.activate(find(ui, "Back"))
    assert ui.popups == () and "Page Break" in names(ui)


def test_insert_table_dialog_submits_its_fields(ui):
    ui.select_tab("Insert")
    ui.activate(find(ui, "Table"))
    ui.activate(find(ui, "Insert Table...", "MenuItem"))
    assert ui.dialog == "insert_table" and ui.fields["columns"] == "5"
    cols = [c for c in view(ui).controls if c.name == "Number of columns:"]
    edit, spinner = (c for c in cols if c.control_type == "Edit"), (c for c in cols if c.control_type == "Spinner")
    edit, spinner = next(edit), next(spinner)
    ui.activate(spinner)
    assert ui.fields["columns"] == "6"
    rows = find(ui, "Number of rows:", "Edit")
    assert ui.set_text(rows, "4", clear=True) == []
    assert ui.set_text(edit, "3") == [] and ui.fields["columns"] == "63"  # set_edit_text appends
    ui.set_text(edit, "3", clear=True)
    assert ui.activate(find(ui, "OK")) == [Call("insert_table", {"rows": 4, "columns": 3})]
    assert ui.dialog is None and ui.focus == "document"


def test_cancel_and_escape_discard_a_dialog(ui):
    ui.open_dialog("insert_table")
    assert ui.activate(find(ui, "Cancel")) == [] and ui.dialog is None
    ui.open_dialog("insert_table")
    assert ui.escape() and ui.dialog is None


def test_find_and_replace_uses_check_boxes_toggled_by_alt_keys(ui):
    ui.activate(find(ui, "Replace"))
    assert ui.page == "replace"
    ui.set_text(find(ui, "Find what:"), "cat")
    ui.set_text(find(ui, "Replace with:"), "dog")
    assert ui.access_key("h") == []  # Alt+H: Match case
    assert ui.fields["match_case"] is True
    calls = ui.activate(find(ui, "Replace All"))
    assert calls == [Call("replace_all", {"find": "cat", "replace": "dog", "match_case": True,
                                          "whole_words": False})]
    assert ui.dialog == "find_replace"  # Word keeps the dialog open after Replace All
    assert ui.enter() == [Call("find_next", {"text": "cat", "match_case": True, "whole_words": False})]
    ui.activate(find(ui, "Find"))  # the dialog's Find page keeps the fields
    assert ui.page == "find" and find(ui, "Find what:").id != ""
    assert ui.value_of(find(ui, "Find what:")) == "cat"
    assert ui.access_key("q") is None


def test_dialog_defaults_come_from_the_context_and_only_changes_are_submitted(ui):
    ctx = UIContext(font_name="Georgia", font_size=12, pressed={"strikethrough": True})
    ui.open_dialog("font", ctx)
    assert ui.fields["font"] == "Georgia" and ui.fields["size"] == "12"
    assert ui.fields["strikethrough"] is True
    assert ui.enter(ctx) == []  # nothing changed: OK runs nothing
    ui.open_dialog("font", ctx)
    ui.set_text(find(ui, "Size:"), "14", clear=True)
    ui.activate(find(ui, "Strikethrough"))
    # the box's state is set (not toggled); several changes are one compound command (one undo)
    # (what switches something off runs first)
    assert ui.activate(find(ui, "OK")) == [group(["strikethrough", {"on": False}],
                                                 ["font_size", {"size": 14}])]


def test_paragraph_dialog_converts_lengths_and_choices(ui):
    ctx = UIContext(values={"left_indent": 36.0, "space_after": 8})
    ui.open_dialog("paragraph", ctx)
    assert ui.fields["left"] == '0.5"' and ui.fields["after"] == "8 pt"
    ui.activate(find(ui, "Alignment:"))
    ui.activate(find(ui, "Centered", "ListItem"))
    assert ui.popups == () and ui.fields["alignment"] == "Centered"
    ui.set_text(find(ui, "Left:", "Edit"), "1 cm", clear=True)
    ui.activate(find(ui, "After:", "Spinner"))
    calls = ui.activate(find(ui, "OK"))
    assert calls == [group(["align", {"alignment": "center"}],
                           ["left_indent", {"points": round(72 / 2.54, 4)}],
                           ["space_after", {"points": 14.0}])]


def test_page_setup_orientation_radio_and_margins(ui):
    ui.select_tab("Layout")
    ui.activate(find(ui, "Margins"))
    ui.activate(find(ui, "Custom Margins...", "MenuItem"))
    assert ui.dialog == "page_setup" and ui.page == "margins"
    ui.activate(find(ui, "Landscape", "RadioButton"))
    ui.set_text(find(ui, "Top:", "Edit"), '1.5"', clear=True)
    steps = (["orientation", {"value": "landscape"}],
             ["margins", {"top": 1.5, "bottom": 1.0, "left": 1.0, "right": 1.0}])
    ui_section = ui.copy()
    # Apply to: Whole document (the default in a one-section document) wraps them all
    assert ui.enter() == [Call("whole_document", group(*steps).args)]
    ui_section.activate(find(ui_section, "Apply to:", "ComboBox"))
    ui_section.activate(find(ui_section, "This section", "ListItem"))
    assert ui_section.enter() == [group(*steps)]


def group(*steps) -> Call:
    """The one command a dialog's OK runs for several changed fields."""
    return Call("compound", {"steps": list(map(list, steps))})


def test_ribbon_boxes_commit_on_enter_and_spinners_step(ui):
    font = find(ui, "Font", "ComboBox")
    assert ui.set_text(font, "Arial") == []
    assert ui.value_of(font) == "Arial"
    assert ui.enter() == [Call("font_name", {"font": "Arial"})]
    assert ui.set_text(find(ui, "Font Size", "ComboBox"), "14", enter=True) == [Call("font_size", {"size": 14})]
    ui.select_tab("Layout")
    ctx = UIContext(values={"left_indent": 36.0})
    spinner = find(ui, "Indent Left", "Spinner", ctx)
    assert ui.activate(spinner, ctx) == [Call("left_indent", {"points": 43.2})]
    edit = find(ui, "Indent Left", "Edit", ctx)
    assert ui.value_of(edit, ctx) == '0.5"'
    assert ui.set_text(edit, "1", enter=True) == [Call("left_indent", {"points": 72.0})]
    assert ui.set_text(find(ui, "Margins"), "x") is None  # a button takes no text


def test_typing_into_the_document_is_a_type_text_command(ui):
    doc = find(ui, "Document1", "Document")
    assert ui.set_text(doc, "Hello\n") == [Call("type_text", {"text": "Hello\n"})]
    assert ui.enter() is None  # no box or dialog takes Enter: it goes to the document


def test_escape_drops_typing_in_a_ribbon_box(ui):
    ui.set_text(find(ui, "Font", "ComboBox"), "Ari")
    assert ui.escape() and ui.pending == {} and ui.focus == "document"


def test_header_and_comment_panes_submit_their_text(ui):
    ui.select_tab("Insert")
    ui.activate(find(ui, "Header"))
    ui.activate(find(ui, "Blank", "ListItem"))
    assert ui.dialog == "header_edit"
    ui.set_text(find(ui, "Header -Section 1-"), "Quarterly report")
    assert ui.activate(find(ui, "Close Header and Footer")) == [Call("header_text", {"text": "Quarterly report"})]
    ui.activate(find(ui, "Comment"))
    ui.set_text(find(ui, "Start a conversation"), "Check this")
    assert ui.enter() == [Call("add_comment", {"text": "Check this"})]
    assert ui.dialog is None


def test_page_number_submenu_and_section_breaks(ui):
    ui.select_tab("Insert")
    ui.activate(find(ui, "Page Number"))
    ui.activate(find(ui, "Bottom of Page"))
    assert ui.activate(find(ui, "Plain Number 2")) == [
        Call("page_number", {"position": "bottom", "alignment": "center"})]
    ui.select_tab("Layout")
    ui.activate(find(ui, "Breaks"))
    assert ui.activate(find(ui, "Next Page")) == [Call("section_break", {"kind": "next_page"})]


def test_table_tabs_commands(ui):
    ctx = UIContext(in_table=True)
    ui.select_tab("table_layout")
    ui.activate(find(ui, "Delete", context=ctx), ctx)
    assert ui.activate(find(ui, "Delete Rows", context=ctx), ctx) == [Call("delete_row", {})]
    assert ui.activate(find(ui, "Insert Left", context=ctx), ctx) == [Call("insert_column_left", {})]
    ui.select_tab("Table Design")
    assert ui.activate(find(ui, "Plain Table 2", context=ctx), ctx) == [
        Call("table_style", {"style": "Plain Table 2"})]


def test_copy_keeps_states_apart(ui):
    ui.open_dialog("insert_table")
    twin = ui.copy()
    twin.fields["rows"] = "9"
    twin.close_dialog()
    assert ui.dialog == "insert_table" and ui.fields["rows"] == "2"


def test_parse_length_reads_word_units():
    assert parse_length('1"') == 72 and parse_length("2.54 cm") == 72
    assert parse_length("12 pt") == 12 and parse_length("0.5", "in") == 36
    assert parse_length("abc") is None and parse_length("3 parsecs") is None

"""The visible control list: tabs, contextual tabs, menus, dialogs, labels, layout, hit testing."""

from __future__ import annotations

import itertools
import json

import pytest

from tests.ui.helpers import find, names
from wordsim.ui import (
    UIContext,
    UIState,
    control_list,
    hit_test,
    view,
    visible_controls,
    window_title,
)
from wordsim.ui.data import window_model
from wordsim.ui.layout import intersects

TABLE = UIContext(in_table=True)


def test_home_is_selected_at_start_and_lists_its_controls(ui):
    listed = names(ui)
    for name in ("File", "Home", "Insert", "Design", "Layout", "References", "Mailings", "Review",
                 "View", "Help", "Paste", "Bold", "Italic", "Underline", "Font", "Font Size",
                 "Heading 1", "Normal", "Document1", "Vertical Scroll Bar", "Page 1 of 1", "0 words"):
        assert name in listed, name
    assert "Margins" not in listed and "Table Design" not in listed


def test_split_buttons_expose_the_button_and_its_drop_down(ui):
    listed = [(c.name, c.control_type) for c in view(ui).labelled]
    i = listed.index(("Underline", "Button"))
    assert listed[i + 1] == ("More Options", "Button")
    assert listed.count(("More Options", "Button")) >= 6  # Paste, Underline, colours, lists, ...


def test_switching_tabs_changes_the_list_and_renumbers_labels(ui):
    home = view(ui).listing
    assert ui.select_tab("Layout")
    layout = view(ui).listing
    assert [e["label"] for e in layout] == [str(i) for i in range(1, len(layout) + 1)]
    texts = [e["control_text"] for e in layout]
    assert "Margins" in texts and "Bold" not in texts
    assert home != layout
    assert not ui.select_tab("No Such Tab")


def test_contextual_table_tabs_appear_only_in_a_table(ui):
    assert "Table Design" not in names(ui)
    listed = names(ui, TABLE)
    assert "Table Design" in listed and listed.count("Layout") == 2
    ui.activate(find(ui, "Table Design", context=TABLE), TABLE)
    assert "Table Grid" in names(ui, TABLE)
    ui.select_tab("table_layout")
    assert {"Insert Above", "Insert Below", "Insert Left", "Insert Right", "Delete"} <= set(names(ui, TABLE))
    # the caret leaves the table: the contextual tab goes, the ribbon falls back to Home
    assert "Bold" in names(ui) and ui.tab == "home"


def test_opening_a_menu_adds_its_items(ui):
    before = view(ui).labelled
    ui.activate(find(ui, "Change Case"))
    after = view(ui).labelled
    items = [c.name for c in after if c.control_type == "MenuItem"]
    assert items == ["Sentence case.", "lowercase", "UPPERCASE", "Capitalize Each Word", "tOGGLE cASE"]
    assert len(after) != len(before)
    assert after[-len(items):] == tuple(c for c in after if c.control_type == "MenuItem")


def test_menus_drop_below_their_button_and_submenus_to_the_right(ui):
    ui.select_tab("Insert")
    button = find(ui, "Page Number")
    ui.activate(button)
    top = find(ui, "Top of Page", "MenuItem")
    assert top.rectangle[1] >= button.rectangle[3]
    ui.activate(top)
    plain = find(ui, "Plain Number 2", "ListItem")
    assert plain.rectangle[0] >= top.rectangle[2]
    assert [p for p, _ in ui.popups] == ["page_number_menu", "page_number_top"]


def test_a_modal_dialog_hides_everything_else(ui):
    ui.activate(find(ui, "Replace"))
    controls = visible_controls(ui)
    assert {c.layer for c in controls} == {"find_replace"}
    listed = names(ui)
    assert "Find what:" in listed and "Replace with:" in listed and "Replace All" in listed
    assert "Bold" not in listed and "Document1" not in listed and "Home" not in listed
    # check boxes are on screen (a click hits them) but UFO's list leaves them out
    assert any(c.control_type == "CheckBox" and c.name == "Match case" for c in controls)
    assert "Match case" not in listed


def test_a_non_modal_pane_covers_only_what_is_under_it(ui):
    ui.select_tab("Review")
    ui.activate(find(ui, "New Comment"))
    listed = names(ui)
    assert "Start a conversation" in listed and "Post comment" in listed
    assert "Review" in listed and "New Comment" in listed  # the ribbon stays usable
    assert "Document1" not in listed  # the card covers part of the document area


def test_escape_closes_menus_then_dialogs(ui):
    ui.activate(find(ui, "Insert"))
    ui.activate(find(ui, "Page Number"))
    ui.activate(find(ui, "Bottom of Page", "MenuItem"))
    assert len(ui.popups) == 2
    assert ui.escape() and len(ui.popups) == 1
    assert ui.escape() and ui.popups == ()
    assert not ui.escape()
    ui.open_dialog("insert_table")
    assert ui.escape() and ui.dialog is None
    assert "Insert" in names(ui)


def test_the_title_and_the_document_follow_the_document_name(ui):
    ctx = UIContext(doc_name="report.docx", page=2, pages=5)
    assert window_title(ctx) == "report.docx - Word"
    listed = names(ui, ctx)
    assert "report.docx" in listed and "Page 2 of 5" in listed and "Document1" not in listed
    assert find(ui, "report.docx", "Document", ctx).id == "document"


def test_labels_are_consecutive_and_capped_at_300():
    controls = visible_controls(UIState())
    many = list(controls) * 10
    listing = control_list(many)
    assert len(listing) == 300
    assert [e["label"] for e in listing] == [str(i) for i in range(1, 301)]
    assert set(listing[0]) == {"label", "control_text", "control_type"}


def test_the_view_is_reused_while_nothing_changes(ui):
    ctx = UIContext(words=3)
    first = view(ui, ctx)
    assert view(ui, UIContext(words=3)) is first
    changed = view(ui, UIContext(words=4))
    assert changed is not first and "4 words" in [c.name for c in changed.labelled]
    assert view(ui, UIContext(words=1)).find("1 word")
    v = view(ui, UIContext(doc_name='Q3 "draft" ü.docx'))
    assert v.to_json() == json.dumps(list(v.listing))
    assert '"control_text": "Q3 \\"draft\\" \\u00fc.docx"' in v.to_json()


def test_disabled_controls_are_left_out_until_enabled(ui):
    assert "Undo" not in names(ui) and "Cut" not in names(ui)
    listed = names(ui, UIContext(can_undo=True, has_selection=True))
    assert "Undo" in listed and "Cut" in listed and "Copy" in listed


def _states():
    """Every tab (in and out of a table), every popup opened from a visible opener, every
    dialog page: the states the layout invariants are checked in."""
    m = window_model()
    for tab, context in itertools.product(m.tabs, (UIContext(), TABLE, UIContext(
            in_table=True, has_selection=True, can_undo=True, can_redo=True, on_comment=True))):
        if tab == "file":
            continue
        s = UIState()
        s.select_tab(tab)
        yield f"tab {tab}", s, context
        for c in view(s, context).controls:
            target = c.behaviour.get("opens")
            if target in m.popups:
                p = s.copy()
                p.activate(c, context)
                yield f"{tab}: {c.name} → {target}", p, context
                for item in view(p, context).controls:
                    if item.layer == target and item.behaviour.get("opens") in m.popups:
                        q = p.copy()
                        q.activate(item, context)
                        yield f"{tab}: {c.name} → {item.name}", q, context
    for did, d in m.dialogs.items():
        for page in d.pages or (None,):
            s = UIState()
            s.open_dialog(did, UIContext(), page)
            yield f"dialog {did}/{page}", s, UIContext()
            for c in view(s).controls:
                if c.behaviour.get("opens") in m.popups:
                    p = s.copy()
                    p.activate(c)
                    yield f"dialog {did}/{page}: {c.name}", p, UIContext()


@pytest.mark.parametrize("where, state, context", list(_states()), ids=lambda v: v if isinstance(v, str) else "")
def test_visible_controls_never_overlap_and_are_hit_at_their_centre(where, state, context):
    v = view(state, context)
    controls = v.controls
    assert controls, where
    m = window_model()
    for i, a in enumerate(controls):
        for b in controls[i + 1:]:
            assert not intersects(a.rectangle, b.rectangle), (a, b)
        x, y = a.center
        assert hit_test(controls, x / m.width, y / m.height) is a
        assert v.hit_test(x / m.width, y / m.height) is a
    assert [e["label"] for e in v.listing] == [str(i) for i in range(1, len(v.listing) + 1)]
    assert len(v.listing) <= 300


def test_hit_test_prefers_the_menu_over_what_it_covers(ui):
    bold = find(ui, "Bold")
    ui.activate(find(ui, "Font"))  # the font list drops over the second ribbon row
    v = view(ui)
    assert bold not in v.controls
    x, y = bold.center
    hit = v.hit_test(x / 1920, y / 1080)
    assert hit is None or hit.layer == "font_list"  # a heading, padding or an item: never Bold
    arial = find(ui, "Arial", "ListItem")
    assert v.hit_test(arial.center[0] / 1920, arial.center[1] / 1080) is arial
    assert hit_test(v.controls, 0.5, 0.0005) is None  # the title bar between its buttons


def test_states_report_pressed_toggles_and_box_values(ui):
    ctx = UIContext(pressed={"bold": True}, font_name="Arial", font_size=14, style_name="Heading 1")
    v = view(ui, ctx)
    states = {v.by_label(s["label"]).name: s for s in v.states(ui, ctx)}
    assert states["Bold"]["pressed"] is True and states["Italic"]["pressed"] is False
    assert states["Font"]["value"] == "Arial" and states["Font Size"]["value"] == "14"
    assert states["Heading 1"]["selected"] is True and states["Normal"]["selected"] is False
    assert v.by_label("1") is v.labelled[0] and v.by_label("0") is None and v.by_label("x") is None
    assert v.label_of(v.labelled[4]) == "5"

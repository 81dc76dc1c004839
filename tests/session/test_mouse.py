"""The mouse in the document: clicks put the caret under the pointer (in the synthetic page
layout), double and triple clicks select a word and a paragraph, Shift+click and drags select,
the wheel scrolls, and a right click opens Word's context menu."""

from __future__ import annotations

import pytest

from wordsim.document import WordDocument
from wordsim.session import Session
from wordsim.session.page_layout import PageLayout

from .helpers import Driver, click_at, open_session, point_of, reopen, right_click_on

LONG = "word " * 120  # wraps over several lines


def selected(d) -> str:
    doc, sel = d.s.doc, d.s.doc.selection
    spans = doc.selected_spans()
    return "\n".join(doc.text(p)[a:b] for p, a, b in spans) if not sel.collapsed else ""


def caret(d) -> tuple[int, int]:
    sel = d.s.doc.selection
    assert sel.collapsed, sel
    return tuple(sel.focus)


def drag(d, start, end, **args):
    return d.step({"function": "drag_on_coordinates",
                   "args": {"start_x": start[0], "start_y": start[1], "end_x": end[0],
                            "end_y": end[1], **args}})


def doc_label(d) -> str:
    return d.label("Document1", "Document")


# ---------------------------------------------------------------------- clicks
@pytest.mark.parametrize("text, inside", [("gamma", 2), ("Alpha", 0), ("line of", 4),
                                          ("A2", 1), ("Report", 3)])
def test_a_click_puts_the_caret_on_the_character_under_the_pointer(text, inside):
    d = open_session()
    click_at(text, inside)(d)
    para, offset = caret(d)
    assert d.s.doc.text(para)[offset - inside:offset - inside + len(text)] == text


def test_click_input_on_the_document_clicks_its_centre():
    d = open_session("blank")
    d.type_text("\n".join(f"Line {i} of the text" for i in range(60)))
    d.keys("^{HOME}")
    d.on("click_input", doc_label(d), button="left")
    control = d.s.ui.model.by_id["document"]
    layout = PageLayout(d.s.view(), control.rectangle)
    want = layout.position_at(*control.center)
    assert caret(d) == want and want != (0, 0)


def test_past_the_end_of_a_line_and_below_the_text():
    d = open_session()
    x, y = point_of(d, "gamma", 0)
    d.step({"function": "click_on_coordinates", "args": {"x": 0.9, "y": y}})
    assert caret(d) == (2, len("Alpha beta gamma delta."))
    d.step({"function": "click_on_coordinates", "args": {"x": 0.4, "y": 0.95}})
    last = len(d.s.doc) - 1
    assert caret(d)[0] == last


def test_wrapped_lines_are_laid_out_and_hit():
    d = open_session("blank")
    d.type_text("Intro\n" + LONG)
    layout = d.s.pointer.layout(d.s, d.s.ui.model.by_id["document"].rectangle)
    lines = [line for line in layout.lines if line.para == 1]
    assert len(lines) > 3 and lines[0].start == 0 and lines[-1].end == len(LONG)
    assert all(a.end == b.start for a, b in zip(lines, lines[1:], strict=False))
    second = lines[1]
    x = second.x + 2 * second.char_w
    y = (second.top + second.bottom) / 2 + layout.area[1]
    d.step({"function": "click_on_coordinates", "args": {"x": x / 1920, "y": y / 1080}})
    assert caret(d) == (1, second.start + 2)


def test_a_click_closes_open_menus_and_moves_the_caret():
    d = open_session()
    d.click("Change Case")
    assert d.s.ui.popups
    d.s.ui.popups = ()  # the menu covers part of the page: reopen it after finding the point
    point = point_of(d, "delta", 1)
    d.click("Change Case")
    d.step({"function": "click_on_coordinates", "args": {"x": point[0], "y": point[1]}})
    assert d.s.ui.popups == () and d.s.doc.text(caret(d)[0]).startswith("Alpha")


def test_double_click_selects_the_word_and_its_space():
    d = open_session()
    click_at("gamma", 2, double=True)(d)
    assert selected(d) == "gamma "
    click_at("delta", 2, double=True)(d)
    assert selected(d) == "delta"


def test_a_click_after_a_double_click_there_selects_the_paragraph():
    d = open_session()
    click_at("gamma", 2, double=True)(d)
    click_at("gamma", 2)(d)
    sel = d.s.doc.selection
    assert (tuple(sel.start), tuple(sel.end)) == ((2, 0), (3, 0))  # with its paragraph mark
    click_at("gamma", 2)(d)  # a fourth click is a plain click again
    assert caret(d) == (2, len("Alpha beta ") + 2)
    click_at("gamma", 2, double=True)(d)
    d.click("Bold")  # something happened in between: a plain click
    click_at("gamma", 2)(d)
    assert caret(d) == (2, len("Alpha beta ") + 2)


def test_shift_click_extends_the_selection():
    d = open_session("blank")
    d.type_text("\n".join(f"Line {i} of the text" for i in range(60)))
    d.keys("^{HOME}")
    d.on("click_input", doc_label(d), pressed="SHIFT")
    sel = d.s.doc.selection
    assert tuple(sel.anchor) == (0, 0) and tuple(sel.focus) > (5, 0)


def test_ctrl_click_selects_the_sentence():
    d = open_session("blank")
    d.type_text("\n".join(f"Line {i} is here. Then more text follows!" for i in range(60)))
    control = d.s.ui.model.by_id["document"]
    para, offset = PageLayout(d.s.view(), control.rectangle).position_at(*control.center)
    text = d.s.doc.text(para)
    want = text[:text.index(". ") + 2] if offset < text.index(". ") + 2 else \
        text[text.index(". ") + 2:]
    d.on("click_input", doc_label(d), pressed="CONTROL")
    assert selected(d) == want


# ---------------------------------------------------------------------- drags
def test_a_drag_selects_the_text_between_its_ends():
    d = open_session()
    drag(d, point_of(d, "beta", 0), point_of(d, "delta", 5))
    assert selected(d) == "beta gamma delta"
    drag(d, point_of(d, "delta", 5), point_of(d, "beta", 0))  # backwards: focus at the start
    assert selected(d) == "beta gamma delta" and tuple(d.s.doc.selection.focus) == (2, 6)


def test_a_drag_over_paragraphs_then_typing_replaces_the_selection():
    d = open_session()
    drag(d, point_of(d, "gamma", 0), point_of(d, "italic", 0), duration=0.5)
    assert selected(d) == "gamma delta.\nSecond bold and "
    d.keys("X")
    texts = [p.text for p in reopen(d.s.doc).paragraphs]
    assert "Alpha beta Xitalic words here." in texts and not any("Second" in t for t in texts)


def test_a_drag_past_the_window_edge_stops_at_the_document_edge():
    d = open_session()
    drag(d, point_of(d, "Alpha", 0), (0.5, 1.5))
    assert selected(d).startswith("Alpha") and d.s.doc.selection.end.para == len(d.s.doc) - 1


def test_shift_drag_extends_from_the_anchor():
    d = open_session()
    d.select("Alpha")
    d.keys("{LEFT}")
    drag(d, point_of(d, "gamma", 0), point_of(d, "gamma", 5), key_hold="shift")
    assert selected(d) == "Alpha beta gamma"


def test_a_right_button_drag_is_a_mistake():
    d = open_session()
    result = d.s.step({"function": "drag_on_coordinates",
                       "args": {"start_x": 0.4, "start_y": 0.4, "end_x": 0.5, "end_y": 0.4,
                                "button": "right"}})
    assert not result.ok and "left" in result.message


# ---------------------------------------------------------------------- scrolling
def test_the_wheel_scrolls_the_page_under_the_pointer():
    session = Session(WordDocument.template("report"))
    d = Driver(session)
    point = {"x": 0.4, "y": 0.5}
    d.step({"function": "click_on_coordinates", "args": point})
    top = caret(d)
    d.step({"function": "wheel_mouse_input", "args": {"wheel_dist": -10}})
    assert session.pointer.scroll == 600
    d.step({"function": "click_on_coordinates", "args": point})
    assert caret(d)[0] > top[0]
    d.step({"function": "wheel_mouse_input", "args": {"wheel_dist": 50}})
    assert session.pointer.scroll == 0
    d.step({"function": "click_on_coordinates", "args": point})
    assert caret(d) == top
    d.step({"function": "wheel_mouse_input", "args": {"wheel_dist": -100000}})
    layout = session.pointer.layout(session, session.ui.model.by_id["document"].rectangle)
    assert layout.pages > 1 and session.pointer.scroll == layout.max_scroll()


def test_layout_is_deterministic_and_follows_page_breaks():
    d = open_session("blank")
    d.type_text("First")
    d.keys("^{ENTER}")
    d.type_text("Second page")
    layout = d.s.pointer.layout(d.s, d.s.ui.model.by_id["document"].rectangle)
    again = PageLayout(d.s.view(), layout.area)
    assert layout.lines == again.lines and layout.pages == 2
    first, second = (next(line for line in layout.lines if d.s.doc.text(line.para) == t)
                     for t in ("First", "Second page"))
    assert second.top - first.top > layout.page_h / 2


# ---------------------------------------------------------------------- the context menu
CONTEXT_ITEMS = ["Cut", "Copy", "Keep Source Formatting (K)", "Merge Formatting (M)",
                 "Keep Text Only (T)", "Font...", "Paragraph...", "New Comment", "Link"]


def menu_items(d) -> list[str]:
    return [e["control_text"] for e in d.s.control_list() if e["control_type"] == "MenuItem"]


def test_right_click_opens_the_context_menu_and_esc_closes_it():
    d = open_session()
    d.select("beta")
    before = d.s.control_list()
    right_click_on("beta")(d)
    assert menu_items(d) == CONTEXT_ITEMS
    assert selected(d) == "beta"  # a right click inside the selection keeps it
    d.keys("{ESC}")
    assert d.s.control_list() == before


def test_right_click_elsewhere_moves_the_caret_and_greys_cut_and_copy():
    d = open_session()
    d.select("beta")
    click_at("delta", 2, button="right")(d)
    assert caret(d) == (2, len("Alpha beta gamma ") + 2)
    assert menu_items(d) == CONTEXT_ITEMS[2:]


def test_right_click_by_label_on_the_document():
    d = open_session()
    d.on("click_input", doc_label(d), button="right")
    assert "Paragraph..." in menu_items(d)


def test_context_menu_opens_the_font_and_paragraph_dialogs_on_the_selection():
    d = open_session()
    d.select("beta")
    d.s.execute("small_caps", on=True)
    right_click_on("beta")(d)
    d.click("Font...", "MenuItem")
    assert d.s.ui.dialog == "font" and d.s.ui.fields["small_caps"] is True
    d.keys("{ESC}")
    right_click_on("beta")(d)
    d.click("Paragraph...", "MenuItem")
    assert d.s.ui.dialog == "paragraph" and d.s.ui.page == "indents"
    d.click("Alignment:", "ComboBox")
    d.click("Centered", "ListItem")
    d.click("OK")
    assert reopen(d.s.doc).paragraphs[2].alignment == 1


def test_context_menu_new_comment_and_link():
    d = open_session()
    right_click_on("beta")(d)
    d.click("New Comment", "MenuItem")
    d.type_into("Start a conversation", "Look here")
    d.click("Post comment")
    assert [c.text for c in d.s.view().comments] == ["Look here"]
    right_click_on("gamma")(d)
    d.click("Link", "MenuItem")
    assert d.s.ui.dialog == "hyperlink" and d.s.ui.fields["text"] == "gamma"
    d.type_into("Address:", "https://example.com")
    d.click("OK")
    assert [h.address for h in d.s.view().paragraphs[2].hyperlinks] == ["https://example.com"]


def test_shift_f10_opens_the_context_menu():
    d = open_session()
    d.select("beta")
    d.keys("+{F10}")
    assert menu_items(d) == CONTEXT_ITEMS

"""The window data: it loads, every control is a well-formed UI Automation element, every
popup and dialog can be reached, and every document command it names exists (or is planned)."""

from __future__ import annotations

import inspect

import pytest

import wordsim.document
from wordsim.ui import UIContext
from wordsim.ui.data import UIA_TYPES, build_model, calls_of, read_data, window_model
from wordsim.ui.layout import inside
from wordsim.ui.state import MESSAGE_BOX

# Commands of the document model that the UI names but that are still being written (the list
# agreed for the ribbon). A name the UI uses must be registered in wordsim.document.COMMANDS or
# be here: a typo in the data fails test_every_command_name_is_known.
PLANNED_COMMANDS = frozenset({
    "bold", "italic", "underline", "strikethrough", "subscript", "superscript", "font_name",
    "font_size", "grow_font_step", "shrink_font_step", "font_color", "highlight", "change_case",
    "clear_formatting", "align", "line_spacing", "add_space_before", "remove_space_after",
    "increase_indent", "decrease_indent", "left_indent", "right_indent", "space_before",
    "space_after", "apply_style", "bullets", "numbering", "insert_table", "insert_row_above",
    "insert_row_below", "insert_column_left", "insert_column_right", "delete_row", "delete_column",
    "delete_table", "table_style", "page_break", "section_break", "orientation", "margins",
    "page_size", "columns", "header_text", "footer_text", "page_number", "remove_page_numbers",
    "insert_picture", "insert_hyperlink", "add_comment", "delete_comment", "find_next", "replace",
    "replace_all", "select_all", "copy", "cut", "paste", "type_text",
})
HISTORY = frozenset({"undo", "redo"})  # WordDocument methods; the session maps them
# Arguments the session supplies itself: Insert → Pictures → This Device... opens a file picker
# in Word; the session passes the picture's bytes.
SESSION_SUPPLIED = {"insert_picture": {"data"}}
HIDDEN_TYPES = frozenset({"CheckBox", "Slider"})  # on screen but not in UFO's list, on purpose


def all_leaves():
    return list(window_model().all_controls())


def test_data_loads_and_is_cached():
    assert window_model() is window_model()
    m = window_model()
    assert (m.width, m.height) == (1920, 1080)
    assert set(m.tabs) >= {"file", "home", "insert", "design", "layout", "references", "mailings",
                           "review", "view", "help", "table_design", "table_layout"}


def test_every_control_has_a_name_and_a_ufo_type():
    m = window_model()
    for c in all_leaves():
        assert c.name.strip(), c
        assert c.control_type in UIA_TYPES, c
        if c.control_type not in HIDDEN_TYPES:
            assert c.control_type in m.ufo_types, c


def test_ids_are_unique_within_each_layer():
    m = window_model()
    window_ids = [c.id for c in m.before] + [c.id for t in m.tabs.values() for c in t.leaves] + [
        c.id for c in m.after]
    assert len(window_ids) == len(set(window_ids))
    all_ids = [c.id for c in all_leaves()]
    assert len(all_ids) == len(set(all_ids))


def test_rectangles_lie_inside_their_container():
    m = window_model()
    window = (0, 0, m.width, m.height)
    for c in list(m.before) + list(m.after) + [c for t in m.tabs.values() for c in t.leaves]:
        assert inside(c.rectangle, window), c
    ribbon = tuple(read_data()["window"]["metrics"]["ribbon"])
    for tab in m.tabs.values():
        for c in tab.leaves:
            assert inside(c.rectangle, ribbon), c
    for d in m.dialogs.values():
        for leaves in d.leaves.values():
            for c in leaves:
                assert inside(c.rectangle, d.rect), c
    for p in m.popups.values():
        for c in p.items:
            assert inside(c.rectangle, (0, 0, *p.size)), c


def test_every_popup_and_dialog_is_opened_by_some_control():
    m = window_model()
    opened = {c.behaviour["opens"] for c in all_leaves() if "opens" in c.behaviour}
    opened |= {c.behaviour["context_menu"] for c in all_leaves() if "context_menu" in c.behaviour}
    opened |= {t.item.behaviour["opens"] for t in m.tabs.values() if "opens" in t.item.behaviour}
    assert set(m.popups) <= opened
    assert set(m.dialogs) - {MESSAGE_BOX} <= opened  # the UI itself opens the message box


def test_the_window_tree_holds_every_tab_group():
    m = window_model()
    groups = {g.id for t in m.tabs.values() for g in t.groups}
    seen = set()

    def walk(c):
        seen.add(c.id)
        for child in c.children:
            walk(child)

    walk(m.root)
    assert groups <= seen
    assert m.root.control_type == "Window" and m.root.class_name == "OpusApp"


def test_the_document_is_a_document_control_named_after_the_document():
    doc = window_model().by_id["document"]
    assert doc.control_type == "Document" and doc.class_name == "_WwG"
    assert doc.behaviour["name_from"].format(**UIContext(doc_name="report.docx").names()) == "report.docx"


def _call_sites(model=None):
    """(control, command name, argument names it passes) for every command the data names."""
    for c in (model or window_model()).all_controls():
        for spec in calls_of(c):
            if "arg" in spec:
                yield c, spec["command"], {spec["arg"]}
            else:
                yield c, spec["command"], set(spec.get("args", {}))


def unknown_commands(model=None) -> set[tuple[str, str]]:
    known = set(wordsim.document.COMMANDS) | PLANNED_COMMANDS | HISTORY
    return {(c.id, name) for c, name, _ in _call_sites(model) if name not in known}


def test_every_command_name_is_known():
    unknown = unknown_commands()
    assert not unknown, f"controls name unknown document commands: {sorted(unknown)}"


def test_a_misspelt_command_name_is_caught():
    data = read_data()
    data["ribbon"]["tabs"][1]["groups"][1]["controls"][6]["command"] = "blod"
    data["menus"]["popups"]["change_case"]["items"][0]["command"] = "change_cse"
    found = {name for _, name in unknown_commands(build_model(data))}
    assert found == {"blod", "change_cse"}


def test_commands_that_exist_accept_the_arguments_the_ui_passes():
    problems = []
    for c, name, args in _call_sites():
        fn = wordsim.document.COMMANDS.get(name)
        if fn is None:
            continue
        params = list(inspect.signature(fn).parameters.values())[1:]  # after `doc`
        if any(p.kind is p.VAR_KEYWORD for p in params):
            continue
        names = {p.name for p in params}
        required = {p.name for p in params if p.default is p.empty and p.kind is not p.VAR_POSITIONAL}
        if not args <= names or not required <= args | SESSION_SUPPLIED.get(name, set()):
            problems.append((c.id, name, sorted(args), sorted(required), sorted(names)))
    assert not problems, problems


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["ribbon"]["tabs"][1]["groups"][0]["controls"][0].update(type="Buton"), "unknown control type"),
    (lambda d: d["ribbon"]["tabs"][1]["groups"][0]["controls"][0].update(opens="nowhere"), "opens unknown"),
    (lambda d: d["ribbon"]["tabs"][1]["groups"][0]["controls"][0].update(colour="red"), "unknown keys"),
    (lambda d: d["ribbon"]["tabs"][1]["groups"][0]["controls"][0].update(enabled_if="in_tabel"), "not a UIContext flag"),
    (lambda d: d["dialogs"]["dialogs"]["insert_table"]["footer"][0]["dialog_submit"][0]["args"].update(rows="$rowz"),
     "unknown field"),
    (lambda d: d["window"]["root"]["children"][3]["children"][0].update(name_from="Page {pgae}"), "bad name_from"),
    (lambda d: d["menus"]["popups"]["find_menu"]["items"][0].update(open_page="nope"), "open_page"),
])
def test_malformed_data_is_refused_with_the_reason(mutate, message):
    data = read_data()
    mutate(data)
    with pytest.raises(ValueError, match=message):
        build_model(data)

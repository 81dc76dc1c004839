"""The Word backend as a whole: off Windows it says what it needs; on a recording fake of Word it
loads, saves and closes, implements every document command of the simulator (none is listed as
unsupported) and turns Word's failures into BackendError."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.document.conftest import png
from wordsim.backends import BackendError, UnsupportedCommand, open_backend
from wordsim.backends.word import WordBackend
from wordsim.backends.word import constants as C
from wordsim.document import COMMANDS
from wordsim.document.commands import CommandError

from .fake_com import FakeCollection, FakeComError, FakeObject, FakeWord, preset
from .word_helpers import blank_docx, open_word, recorded

TABLE_TEXT = "a\ab\a\a\r"

# valid arguments for every command, and whether it needs the caret in a table; a command the
# simulator gains fails the coverage test below until it is added here (and to Word)
ARGS: dict[str, dict] = {
    "add_comment": {"text": "c"}, "align": {"alignment": "center"},
    "apply_style": {"style": "Heading 1"}, "change_case": {"mode": "upper"},
    "columns": {"count": 2}, "compound": {"steps": [["bold", {}]]},
    "find_next": {"text": "world"}, "first_line_indent": {"points": 18},
    "font_color": {"color": "FF0000"}, "font_name": {"font": "Arial"}, "font_size": {"size": 14},
    "font_style": {"style": "bold"}, "footer_text": {"text": "f"}, "gutter": {"inches": 0.5},
    "header_text": {"text": "h"}, "insert_hyperlink": {"address": "https://x.org"},
    "insert_picture": {"data": png(4, 2)}, "insert_table": {"rows": 2, "columns": 3},
    "left_indent": {"points": 36}, "line_spacing": {"value": 2}, "margins": {"preset": "Narrow"},
    "move": {"unit": "word", "count": 2}, "orientation": {"value": "landscape"},
    "page_size": {"size": "A4"}, "replace": {"find": "world", "replace": "there"},
    "replace_all": {"find": "world", "replace": "there"}, "right_indent": {"points": 36},
    "select_paragraphs": {"start_index": 1, "end_index": 1},
    "select_range": {"start": [0, 1], "end": [0, 4]}, "select_table": {"number": 1},
    "select_text": {"text": "world"},
    "set_cell_text": {"table": 1, "row": 1, "column": 1, "text": "x"},
    "set_numbering_value": {"n": 3}, "space_after": {"points": 6}, "space_before": {"points": 6},
    "tab_stop": {"position": 72}, "table_style": {"style": "Table Grid"},
    "type_text": {"text": "ab"}, "underline_style": {"style": "double"},
    "delete_comment": {"number": 1}, "character_spacing": {"points": 1},
    "character_scale": {"percent": 90}, "character_position": {"points": 2},
    "kerning": {"points": 10}, "clear_tab_stop": {"position": 36},
    "outline_level": {"level": 1}, "table_autofit": {"mode": "contents"},
    "default_font": {"font": "Arial", "size": 11}, "default_paragraph": {"alignment": "justify"},
    "find_wildcards": {"text": "w?rld"}, "replace_wildcards": {"find": "w?rld", "replace": "x"},
    "replace_all_wildcards": {"find": "w?rld", "replace": "x"},
    "page_dimensions": {"width": 8, "height": 10}, "underline_color": {"color": "FF0000"},
    "whole_document": {"steps": [["orientation", {"value": "landscape"}]]},
}
IN_TABLE = {"delete_column", "delete_row", "delete_table", "insert_column_left",
            "insert_column_right", "insert_row_above", "insert_row_below", "next_cell",
            "previous_cell", "table_style", "table_autofit"}
NO_ARGS = {"add_space_after", "add_space_before", "all_caps", "backspace", "bold", "bullets",
           "clear_formatting", "clear_tab_stops", "continue_numbering", "copy", "cut",
           "decrease_indent", "delete", "different_first_page", "different_odd_even",
           "document_end", "document_start", "double_strikethrough", "end", "enter",
           "grow_font", "grow_font_step", "hidden", "highlight", "home", "increase_indent",
           "italic", "keep_lines_together", "keep_with_next", "numbering", "page_break",
           "page_break_before", "page_number", "paste", "remove_footer", "remove_header",
           "remove_hyperlink", "remove_page_numbers", "remove_space_after",
           "remove_space_before", "restart_numbering", "section_break", "select_all",
           "shrink_font", "shrink_font_step", "small_caps", "strikethrough", "subscript",
           "superscript", "tab", "underline", "widow_control", "text_outline",
           "text_shadow"} | (IN_TABLE - {"table_style", "table_autofit"})


def test_off_windows_it_says_what_is_needed():
    if sys.platform == "win32":
        pytest.skip("this checks the message on systems without Word")
    for make in (WordBackend, lambda: open_backend("word")):
        with pytest.raises(BackendError) as err:
            make()
        message = str(err.value)
        assert "Windows" in message and "pywin32" in message and "pywinauto" in message
        assert sys.platform in message


def test_every_simulator_command_is_implemented():
    """No document command is unsupported: the Word backend runs them all (and undo/redo)."""
    w, _ = open_word()
    assert w.commands() == frozenset(COMMANDS) | {"undo", "redo"}
    assert set(ARGS) | NO_ARGS == set(COMMANDS)
    with pytest.raises(UnsupportedCommand, match="no document command 'fly'"):
        w.execute("fly")


def _ready(app) -> None:
    """Word state the commands read: a Letter page, a numbered list, one table, a comment, a
    link, styles, a tab stop, page fields' footers."""
    preset(app.Selection.PageSetup, PageWidth=612.0, PageHeight=792.0, TopMargin=72.0,
           BottomMargin=72.0, LeftMargin=72.0, RightMargin=72.0, Gutter=0.0, Orientation=0)
    preset(app.Selection.Range.ListFormat, ListType=3, ListLevelNumber=1)
    preset(app.Selection.Range.ListFormat.CanContinuePreviousList, _returns=1)
    para = FakeObject(app.log, "P1")
    preset(para.Range.ListFormat, ListType=0)
    preset(para.Previous, _returns=None)
    preset(app.Selection, Paragraphs=FakeCollection(app.log, "Selection.Paragraphs", [para]))
    preset(app.Selection.Font, Underline=0)
    stop = FakeObject(app.log, "stop", Position=36.0)
    preset(app.Selection.ParagraphFormat, LeftIndent=0.0,
           TabStops=FakeCollection(app.log, "TabStops", [stop]))
    table = FakeObject(app.log, "Tables(1)")
    preset(table.Rows, Count=2)
    preset(table.Columns, Count=2)
    preset(app.doc, Tables=FakeCollection(app.log, "Document.Tables", [table]))
    comment = FakeObject(app.log, "comment")
    preset(comment.Scope, Start=0)
    preset(app.doc, Comments=FakeCollection(app.log, "Document.Comments", [comment]))
    preset(app.doc.Comments.Add, _returns=comment)
    preset(app.Selection.Range, Hyperlinks=FakeCollection(app.log, "links", [FakeObject(
        app.log, "link")]))
    styles = {name: FakeObject(app.log, name, Type=kind, NameLocal=name) for name, kind in
              (("Heading 1", C.wdStyleTypeParagraph), ("Table Grid", C.wdStyleTypeTable))}
    styles[C.wdStyleNormal] = FakeObject(app.log, "Normal", Type=C.wdStyleTypeParagraph)
    preset(app.doc, Styles=FakeCollection(app.log, "Document.Styles", styles))
    shape = app.doc.InlineShapes.AddPicture()
    preset(shape, Width=72.0, Height=36.0)
    part = app.Selection.Sections(1).Footers(1)
    preset(part, Exists=True)
    preset(part.Range, Text="\r", Fields=FakeCollection(app.log, "Fields", [FakeObject(
        app.log, "page", Type=C.wdFieldPage)]))
    header = app.Selection.Sections(1).Headers(1)
    preset(header, Exists=True)
    preset(header.Range, Text="h\r", Fields=FakeCollection(app.log, "Fields", []))
    preset(app.doc.Undo, _returns=True)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_makes_word_calls(command):
    """Each command, with valid arguments, reaches Word with at least one call of its own
    (the exact calls are checked command by command in the other test_word_* modules)."""
    in_table = command in IN_TABLE
    w, app = open_word(TABLE_TEXT if in_table else "Hello world\r", start=0, end=5,
                       row_marks=(3,) if in_table else (), in_table=in_table)
    _ready(app)
    if command == "paste":
        w.execute("copy")
    if command == "underline_color":  # Word greys the box out over text with no underline
        preset(app.Selection.Font, Underline=C.wdUnderlineSingle)
    app.clear()
    w.execute(command, **ARGS.get(command, {}))
    assert recorded(app), f"{command} made no Word call"


def test_load_save_and_close():
    app = FakeWord()
    app.document("Hi\r")
    w = WordBackend(app=app, com_error=FakeComError)
    data = blank_docx()
    w.load(data)
    assert app.opened == [data]
    opened = next(e for e in app.log if e[1] == "Application.Documents.Open")
    assert opened[3]["ConfirmConversions"] is False and opened[3]["AddToRecentFiles"] is False
    assert ("call", "Document.UndoClear", (), {}) in app.log
    assert w.save() == app.doc.saved
    assert app.log[-1][3]["FileFormat"] == C.wdFormatDocumentDefault == 16
    folder = Path(app.log[-1][3]["FileName"]).parent
    w.close()
    assert app.log[-1] == ("call", "Document.Close", (), {"SaveChanges": C.wdDoNotSaveChanges})
    assert not folder.exists()
    w.close()  # idempotent
    with pytest.raises(BackendError, match="no document is open"):
        w.execute("bold")


def test_load_refuses_what_is_not_a_docx():
    w, _ = open_word()
    with pytest.raises(BackendError):
        w.load(b"not a docx")


def test_words_failures_are_backend_errors_and_argument_mistakes_command_errors():
    w, app = open_word()
    preset(app.Selection.Font, Grow=FakeObject(app.log, "Grow", _behave=_fail))
    with pytest.raises(BackendError, match="Word failed on grow_font_step: RPC"):
        w.execute("grow_font_step")
    with pytest.raises(CommandError, match="unexpected keyword argument 'colour'"):
        w.execute("font_color", color="red", colour="red")
    with pytest.raises(BackendError, match="no position"):
        w.select(w.selection().__class__((4, 0), (4, 0)))


def _fail():
    raise FakeComError("RPC server is unavailable")

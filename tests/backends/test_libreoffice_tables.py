"""Tables on LibreOffice agree with the simulator: Insert Table, Tab and Shift+Tab, rows and
columns inserted and deleted (from one cell or a selection of cells), Delete Table, cell text and
table styles; the mistakes the simulator refuses; undo of each."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree, run_both
from wordsim.backends import BackendError

PLAIN = "# Notes\nThe budget was approved on Monday.\nHiring starts in May.\nClosing remarks."
# paragraphs: 0 "Before the table.", 1-6 the cells row by row, 7 "After the table."
TABLE = "Before the table.\n| Name | Qty |\n| Pens | 4 |\n| Ink | 2 |\nAfter the table."
ROWS_2_3 = ((3, 1), (5, 2))  # from cell "Pens" to cell "Ink": rows 2 and 3, column 1
COLUMNS = ((1, 0), (2, 1))  # cells "Name" and "Qty": row 1, both columns


@pytest.mark.parametrize(("document", "steps", "at"), [
    (PLAIN, [("insert_table", {"rows": 2, "columns": 3})], (1, 4)),
    (PLAIN, [("insert_table", {"rows": 1, "columns": 2})], (2, 0)),
    (PLAIN, [("insert_table", {"rows": 3, "columns": 2, "at": "end"})], (3, 0)),
    (PLAIN, [("insert_table", {"rows": 2, "columns": 2}),
             ("type_text", {"text": "A"}), "next_cell", ("type_text", {"text": "B"})], (1, 0)),
    (TABLE, [("insert_table", {"rows": 2, "columns": 2})], (7, 0)),
    (TABLE, ["next_cell"], (1, 2)),
    (TABLE, ["next_cell"], (2, 0)),  # end of a row: the next row's first cell
    (TABLE, ["next_cell"], (6, 1)),  # the last cell: a new row
    (TABLE, ["previous_cell"], (3, 1)),
    (TABLE, ["previous_cell"], (1, 0)),  # the first cell: nothing happens
    (TABLE, ["insert_row_above"], (1, 0)),
    (TABLE, ["insert_row_below"], (3, 1)),
    (TABLE, ["insert_row_above"], ROWS_2_3),  # two rows selected: two new rows
    (TABLE, ["insert_column_left"], (2, 1)),
    (TABLE, ["insert_column_right"], (4, 0)),
    (TABLE, ["insert_column_right"], COLUMNS),
    (TABLE, ["delete_row"], (3, 0)),
    (TABLE, ["delete_row"], ROWS_2_3),
    (TABLE, ["delete_row"], ((1, 0), (6, 1))),  # every row: the table goes
    (TABLE, ["delete_column"], (4, 0)),
    (TABLE, ["delete_column"], COLUMNS),  # every column: the table goes
    (TABLE, ["delete_table"], (3, 0)),
    (TABLE, [("select_table", {"number": 1}), "delete_table"], (0, 0)),
    (TABLE, [("set_cell_text", {"table": 1, "row": 2, "column": 2, "text": "Five"})], (0, 0)),
    (TABLE, [("set_cell_text", {"table": "1", "row": 3, "column": 1, "text": "A\nB"})], (0, 0)),
    (TABLE, [("table_style", {"style": "Table Grid"})], (2, 0)),
    (TABLE, [("table_style", {"style": "medium grid 1"})], (6, 0)),  # no text formatting
])  # fmt: skip
def test_table_commands_agree(lo, document, steps, at):
    result = assert_agree(lo, document, *steps, at=at)
    assert not result.sim_refused


@pytest.mark.parametrize(("step", "at", "message"), [
    ("next_cell", (0, 0), "The caret is not in a table."),
    ("insert_row_below", (7, 0), "The selection is not in a table."),
    ("delete_column", (0, 3), "The selection is not in a table."),
    ("delete_table", (7, 0), "The selection is not in a table."),
    (("set_cell_text", {"table": 2, "row": 1, "column": 1, "text": "x"}), (0, 0),
     "Table number 2 is out of range."),
    (("set_cell_text", {"table": 1, "row": 4, "column": 1, "text": "x"}), (0, 0),
     "The row number must be a whole number from 1 to 3."),
    (("set_cell_text", {"table": 1, "row": 1, "column": 0, "text": "x"}), (0, 0),
     "The column number must be a whole number from 1 to 2."),
    (("table_style", {"style": "Grid Table 4 Accent 1"}), (0, 0),
     "The selection is not in a table."),
    (("table_style", {"style": ""}), (2, 0),
     "Table style name must be a non-empty string, not ''."),
    (("table_style", {"style": "Fancy"}), (2, 0), "Table style 'Fancy' is not found."),
    (("table_style", {"style": "Heading 1"}), (2, 0),
     "Style Heading 1 is a paragraph style, not a table style."),
])  # fmt: skip
def test_mistakes_are_refused_and_change_nothing(lo, step, at, message):
    result = assert_agree(lo, TABLE, step, at=at)
    assert result.backend_refused == result.sim_refused == [(0, message)]


@pytest.mark.parametrize(("document", "step", "at"), [
    (PLAIN, ("insert_table", {"rows": 2, "columns": 2}), (1, 4)),
    (TABLE, "insert_row_below", ROWS_2_3),
    (TABLE, "insert_column_left", (2, 0)),
    (TABLE, "delete_row", (3, 0)),
    (TABLE, "delete_column", (4, 0)),
    (TABLE, "delete_table", (3, 0)),
    (TABLE, ("set_cell_text", {"table": 1, "row": 1, "column": 1, "text": "Item"}), (0, 0)),
    (TABLE, "next_cell", (6, 1)),
])  # fmt: skip
def test_one_undo_step_restores_the_document(lo, document, step, at):
    assert run_both(lo, document, step, at=at).differences == []
    assert_agree(lo, document, step, "undo", at=at)


# ---------------------------------------------------------------------------- known differences
def test_a_built_in_table_style_the_document_lacks_cannot_be_added(lo):
    """Word adds the definition of a built-in table style the document does not define;
    LibreOffice keeps the Word table styles it read but cannot add one: the backend says so."""
    with pytest.raises(BackendError, match="cannot add Word's table style 'Grid Table 4 Accent 1'"):
        run_both(lo, TABLE, ("table_style", {"style": "Grid Table 4 - Accent 1"}), at=(2, 0))


@pytest.mark.parametrize(("style", "differences"), [
    ("Light Shading", {("color", "000000", None)}),  # text1 shaded: dark grey text
    ("Light List", {("color", "FFFFFF", None)}),  # white header row
    ("Light Grid", {("font", "Calibri", "Cambria")}),  # heading font in the first row/column
])  # fmt: skip
def test_a_table_style_text_formatting_loses_to_the_saved_normal_style(lo, style, differences):
    """LibreOffice saves the Normal paragraph style with explicit character formatting (font,
    size, automatic colour), which in Word's order outranks a table style's: the text
    formatting of the style reads as Normal's (the style itself, its borders and shading agree)."""
    result = run_both(lo, TABLE, ("table_style", {"style": style}), at=(2, 0))
    assert {(d.property, d.sim, d.backend) for d in result.differences} == differences
    assert result.sim_selection == result.backend_selection

"""Tables: Insert Table, Tab and Shift+Tab between cells, rows and columns, cell text, deleting,
selecting a table - with the simulator's counting, defaults and resulting selection."""

from __future__ import annotations

import formatting
import uno
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
from commands_paragraph import NotInLibreOffice
from registry import AgentError, uno_command
from tables import (
    TABLE,
    at_caret,
    body_tables,
    cell,
    cell_position,
    format_like,
    index_of,
    location,
    paragraphs_of,
    select_cell,
    size,
    table_style_spacing,
    whole_number,
)
from writer import props

_MAX_ROWS = 32767


def style_table(table, style_id: str | None) -> None:
    """Name the Word table style the saved .docx gives the table (w:tblStyle). LibreOffice
    has no table styles of Word's kind: its export writes the name kept in the table's interop
    grab bag, and styles.xml keeps the definitions the document was opened with."""
    bag = props(TableStyleName=style_id) if style_id else ()
    uno.invoke(table, "setPropertyValue", (
        "TableInteropGrabBag", uno.Any("[]com.sun.star.beans.PropertyValue", bag)))


def document_table_styles(w) -> dict[str, str]:
    """{style id: UI name} of the Word table styles the document defines (kept by LibreOffice
    in the document's interop grab bag and written back on save)."""
    for entry in w.doc.getPropertyValue("InteropGrabBag"):
        if entry.Name == "tableStyles":
            out = {}
            for style in entry.Value:
                fields = {p.Name: p.Value for p in style.Value}
                if "styleId" in fields:
                    out[fields["styleId"]] = fields.get("name", fields["styleId"])
            return out
    return {}


def _new_table(w, rows: int, columns: int, at, like, style_id: str | None):
    """Insert a rows x columns table before the paragraph starting at `at` (a collapsed cursor
    at a paragraph start), its cell paragraphs formatted like paragraph `like`."""
    table = w.doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(rows, columns)
    at.getText().insertTextContent(at, table, False)
    # LibreOffice gives row 1 its "Table Heading" style and the others "Table Contents"; Word's
    # cells are formatted like the paragraph the table was inserted at.
    for name in table.getCellNames():
        for p in paragraphs_of(table.getCellByName(name)):
            format_like(w, p, like)
    style_table(table, style_id)
    w.changed()
    return table


def _split(w, pos) -> tuple[int, int]:
    """Enter at `pos`, Word's way (Writer's own Enter: the style for the following paragraph at
    a paragraph's end); returns the start of the paragraph after the split."""
    w.select(pos, pos, force=True)
    w.dispatch(".uno:InsertPara")
    w.changed()
    return (pos[0] + 1, 0)


@uno_command("insert_table")
def insert_table(w, rows: int, columns: int, at: str = "caret", limit: int = 0) -> str:
    """`rows`, `columns` and `at` arrive checked; `limit`: the simulator's paragraph limit.
    Word's Insert Table gives the table the Table Grid style: named when the document defines
    it (LibreOffice cannot add a Word table style's definition to a document)."""
    if limit and rows * columns + len(w) > limit:
        raise AgentError("The table is too large for the document.")
    message = f"Table with {rows} rows and {columns} columns is inserted."
    if at == "end":
        _append_table(w, rows, columns)
        return message
    caret = min(w.selection())
    if caret[1]:  # Word splits the paragraph; a paragraph always follows the table
        caret = _split(w, caret)
    after = w.story.paragraphs[caret[0]]
    grid = next((sid for sid, name in document_table_styles(w).items() if name == "Table Grid"),
                None)
    table = _new_table(w, rows, columns, w.cursor(caret), after, grid)
    table_style_spacing(w, table)
    select_cell(w, cell(table, 0, 0), whole=False)
    return message


def _append_table(w, rows: int, columns: int) -> None:
    """UFO's COM insert: an empty paragraph after the last one (formatted like it) and a
    bordered table without a style between them; the selection stays."""
    before = w.selection()
    body = w.doc.getText()
    last = w.story.paragraphs[max(i for i in w.story.groups[0][1])]
    end = body.createTextCursorByRange(last.getEnd())
    body.insertControlCharacter(end, PARAGRAPH_BREAK, False)
    w.changed()
    new = w.story.paragraphs[w.story.groups[0][1][-1]]
    format_like(w, new, last)
    table = _new_table(w, rows, columns, body.createTextCursorByRange(new.getStart()), last,
                       None)
    _single_borders(table)
    w.select(*before, force=True)


def _single_borders(table) -> None:
    """`Borders.Enable = True`: single 1/2 pt lines around and between all cells."""
    line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    line.LineStyle, line.LineWidth, line.Color = 0, 18, 0  # solid, 0.5 pt (1/100 mm), auto
    border = table.TableBorder2
    for side in ("TopLine", "BottomLine", "LeftLine", "RightLine", "HorizontalLine",
                 "VerticalLine"):
        setattr(border, side, line)
        setattr(border, f"Is{side}Valid", True)
    table.TableBorder2 = border


# ------------------------------------------------------------------ moving between cells
def _current(w):
    loc = location(w, w.selection()[1][0])
    if loc is None:
        raise AgentError("The caret is not in a table.")
    return loc


@uno_command("next_cell")
def next_cell(w) -> None:
    """Tab in a table: select the next cell's content; in the last cell, add a row first."""
    table, _, row, col = _current(w)
    rows, cols = size(table)
    if (row, col) == (rows - 1, cols - 1):
        table.getRows().insertByIndex(rows, 1)  # a row formatted like the last one
        _format_row(w, table, rows, rows - 1)
        w.changed()
        row, col = rows, 0
    elif col + 1 < cols:
        col += 1
    else:
        row, col = row + 1, 0
    select_cell(w, cell(table, row, col))


@uno_command("previous_cell")
def previous_cell(w) -> None:
    """Shift+Tab in a table: select the previous cell's content (nothing before the first)."""
    table, _, row, col = _current(w)
    if (row, col) == (0, 0):
        return
    cols = size(table)[1]
    select_cell(w, cell(table, row, col - 1) if col else cell(table, row - 1, cols - 1))


# ------------------------------------------------------------------ rows and columns
def _selected(w, table, row: int, col: int) -> tuple[int, int, int, int]:
    """(first row, last row, first column, last column) from the selection start's cell to its
    end's, when the end is in the same table; else the start cell's."""
    end = location(w, max(w.selection())[0])
    if end is None or end[0] != table:
        return row, row, col, col
    return min(row, end[2]), max(row, end[2]), min(col, end[3]), max(col, end[3])


def _format_row(w, table, new: int, model: int) -> None:
    """Cells of row `new` formatted like those of row `model` (Word copies the row)."""
    for c in range(size(table)[1]):
        _format_cell(w, cell(table, new, c), cell(table, model, c))


def _format_cell(w, target, model) -> None:
    """An empty new cell's paragraph formatted like the model cell's first paragraph."""
    first = paragraphs_of(model)[0]
    for p in paragraphs_of(target):
        format_like(w, p, first)


def _insert_rows(w, above: bool) -> None:
    table, _, row, col = at_caret(w)
    first, last = _selected(w, table, row, col)[:2]
    count = last - first + 1
    at = first if above else last + 1
    table.getRows().insertByIndex(at, count)
    model = first + count if above else last
    for r in range(at, at + count):
        _format_row(w, table, r, model)
    w.changed()
    cols = size(table)[1]
    start = index_of(w, paragraphs_of(cell(table, at, 0))[0])
    end = index_of(w, paragraphs_of(cell(table, at + count - 1, cols - 1))[-1])
    w.select((start, 0), (end, 0), force=True)  # Word selects the new rows


@uno_command("insert_row_above")
def insert_row_above(w) -> None:
    _insert_rows(w, above=True)


@uno_command("insert_row_below")
def insert_row_below(w) -> None:
    _insert_rows(w, above=False)


def _insert_columns(w, left: bool) -> None:
    table, _, row, col = at_caret(w)
    first, last = _selected(w, table, row, col)[2:]
    count = last - first + 1
    at = first if left else last + 1
    table.getColumns().insertByIndex(at, count)
    model = first + count if left else last
    for r in range(size(table)[0]):
        for c in range(at, at + count):
            _format_cell(w, cell(table, r, c), cell(table, r, model))
    w.changed()
    select_cell(w, cell(table, row, at), whole=False)


@uno_command("insert_column_left")
def insert_column_left(w) -> None:
    _insert_columns(w, left=True)


@uno_command("insert_column_right")
def insert_column_right(w) -> None:
    _insert_columns(w, left=False)


def _container(w, table) -> tuple:
    """(the text holding `table`: the body or a cell, the paragraph right after the table or
    None); a table's anchor has no text in LibreOffice 7.4, so the texts are searched."""
    for xtext, _ in w.story.groups:
        items, seen = xtext.createEnumeration(), False
        while items.hasMoreElements():
            item = items.nextElement()
            if seen:
                return xtext, None if item.supportsService(TABLE) else item
            seen = item == table
        if seen:
            return xtext, None
    raise RuntimeError("a table is not part of the story")


def _remove_table(w, table) -> None:
    """Delete `table` and put the caret in the paragraph that followed it (a new empty one
    when another table or the end of its text follows)."""
    xtext, after = _container(w, table)
    if after is None:
        after = w.doc.createInstance("com.sun.star.text.Paragraph")
        xtext.insertTextContentAfter(after, table)
    table.dispose()
    w.changed()
    i = index_of(w, after)
    w.select((i, 0), (i, 0), force=True)


@uno_command("delete_table")
def delete_table(w) -> None:
    _remove_table(w, at_caret(w)[0])


@uno_command("delete_row")
def delete_row(w) -> None:
    table, _, row, col = at_caret(w)
    first, last = _selected(w, table, row, col)[:2]
    rows = size(table)[0]
    if first == 0 and last == rows - 1:
        _remove_table(w, table)
        return
    table.getRows().removeByIndex(first, last - first + 1)
    w.changed()
    select_cell(w, cell(table, min(first, size(table)[0] - 1), col), whole=False)


@uno_command("delete_column")
def delete_column(w) -> None:
    table, _, row, col = at_caret(w)
    first, last = _selected(w, table, row, col)[2:]
    cols = size(table)[1]
    if first == 0 and last >= cols - 1:
        _remove_table(w, table)
        return
    table.getColumns().removeByIndex(first, last - first + 1)
    w.changed()
    select_cell(w, cell(table, row, min(first, size(table)[1] - 1)), whole=False)


# ------------------------------------------------------------------ cell text and selecting
@uno_command("set_cell_text")
def set_cell_text(w, table: int, row: int, column: int, text: str) -> None:
    """Replace the text of cell (`row`, `column`) of table number `table` (1-based, top-level
    tables); one paragraph per line, formatted like the cell's first paragraph and first
    character; the caret ends after the text."""
    tables = body_tables(w)
    number = whole_number(table, "table number", 1, _MAX_ROWS)
    if number > len(tables):
        raise AgentError(f"Table number {number} is out of range.")
    t = tables[number - 1]
    rows, cols = size(t)
    r = whole_number(row, "row number", 1, max(rows, 1)) - 1
    c = whole_number(column, "column number", 1, max(cols, 1)) - 1
    target = cell(t, r, c)
    first = paragraphs_of(target)[0]
    values = None
    if first.getString():
        look = target.createTextCursorByRange(first.getStart())
        look.goRight(1, True)
        # an empty character style name means none, which cannot be set back
        values = {k: v for k, v in formatting.read(look).items() if v != ""}
    whole = target.createTextCursor()
    whole.gotoStart(False)
    whole.gotoEnd(True)
    whole.setString("")
    lines = str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    end = target.createTextCursor()
    end.gotoStart(False)
    for k, line in enumerate(lines):
        if k:
            target.insertControlCharacter(end, PARAGRAPH_BREAK, False)
        if line:
            start = end.getStart()
            target.insertString(end, line, False)
            if values:
                span = target.createTextCursorByRange(start)
                span.gotoRange(end, True)
                formatting.write(span, values)
    w.changed()
    i = index_of(w, paragraphs_of(target)[-1])
    w.select((i, len(w.text(i))), force=True)


@uno_command("table_style")
def table_style(w, style: str, key: str = "", problem: str = "", builtin: bool = False) -> str:
    """Table Design → Table Styles: give the table at the selection table style `key` (a UI name
    or id, any case) that the document defines. `problem`: the client's message for a bad name;
    `builtin`: Word would add the definition of a built-in style the document lacks, which
    LibreOffice cannot (it keeps the Word table styles it read, and has no way to add one)."""
    table = at_caret(w)[0]
    if problem:
        raise AgentError(problem)
    lowered = key.lower()
    found = next(((sid, name) for sid, name in document_table_styles(w).items()
                  if lowered in (sid.lower(), name.lower())), None)  # fmt: skip
    if found is None:
        if builtin:
            raise NotInLibreOffice(f"LibreOffice cannot add Word's table style {key!r} to a "
                                   "document that does not define it")
        kind = _style_kind(w, key)
        if kind:
            raise AgentError(f"Style {style} is a {kind} style, not a table style.")
        raise AgentError(f"Table style {style!r} is not found.")
    style_table(table, found[0])
    return f"Table style {found[1]} is applied."


def _style_kind(w, name: str) -> str | None:
    """"paragraph" or "character" when the document has such a style named `name`."""
    families = w.doc.getStyleFamilies()
    for family, kind in (("ParagraphStyles", "paragraph"), ("CharacterStyles", "character")):
        styles = families.getByName(family)
        if styles.hasByName(name) or any(
                styles.getByName(n).DisplayName.lower() == name.lower()
                for n in styles.getElementNames()):
            return kind
    return None


@uno_command("select_table", edits=False)
def select_table(w, number: int) -> str:
    """Select top-level table `number` (1-based): its first cell's start to its last cell's
    end."""
    tables = body_tables(w)
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= len(tables):
        raise AgentError(f"Table number {number} is out of range.")
    t = tables[number - 1]
    names = t.getCellNames()
    first = index_of(w, paragraphs_of(t.getCellByName(names[0]))[0])
    last = index_of(w, paragraphs_of(t.getCellByName(names[-1]))[-1])
    w.select((first, 0), (last, len(w.text(last))))
    return f"Table {number} is selected."


__all__ = ["cell_position", "document_table_styles", "style_table"]

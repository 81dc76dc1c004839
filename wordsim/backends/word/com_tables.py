"""Tables, pictures, links and comments as Word object-model calls (Tables.Add, the table
Layout buttons, InlineShapes.AddPicture, Hyperlinks.Add, Comments.Add)."""

from __future__ import annotations

from wordsim.document.commands import CommandError
from wordsim.document.inserts import read_image

from . import constants as C
from . import sim_args as A
from .com_character import Handler
from .com_paragraph import style_named

_SCHEMES = ("http://", "https://", "mailto:", "file:")  # Word's Insert Link accepts these


def _in_table(w) -> None:
    if not w.in_table():
        raise CommandError("The selection is not in a table.")


def _one_paragraph(w, what: str) -> tuple[int, int, int]:
    sel = w.selection()
    if sel.start.para != sel.end.para:
        raise CommandError(f"Select text within one paragraph to {what}.")
    return sel.start.para, sel.start.offset, sel.end.offset


# ---------------------------------------------------------------------- tables
def insert_table(w, rows: int, columns: int, at: str = "caret") -> str:
    """At the caret, Insert → Table (Table Grid, the caret in the first cell); at the end,
    UFO's calls: `r = doc.Range(); r.Collapse(0); r.InsertParagraphAfter();
    t = doc.Tables.Add(r, rows, columns); t.Borders.Enable = True`."""
    rows = A.whole_number(rows, "number of rows", 1, A.MAX_ROWS)
    columns = A.whole_number(columns, "number of columns", 1, A.MAX_COLUMNS)
    if at not in ("caret", "end"):
        raise CommandError(f"Unknown table position {at!r}; use 'caret' or 'end'.")
    if rows * columns + len(w.story()) > A.DEFAULT_LIMITS.max_paragraphs:
        raise CommandError("The table is too large for the document.")
    if at == "end":
        r = w.doc.Range()
        r.Collapse(C.wdCollapseEnd)
        r.InsertParagraphAfter()
        table = w.doc.Tables.Add(r, rows, columns)
        table.Borders.Enable = True
    else:
        r = w.sel.Range
        r.Collapse(C.wdCollapseStart)
        table = w.doc.Tables.Add(Range=r, NumRows=rows, NumColumns=columns,
                                 DefaultTableBehavior=C.wdWord9TableBehavior,
                                 AutoFitBehavior=C.wdAutoFitFixed)
        table.Style = "Table Grid"
        first = table.Cell(1, 1).Range
        first.Collapse(C.wdCollapseStart)
        first.Select()
    return f"Table with {rows} rows and {columns} columns is inserted."


def table_change(what: str, call) -> Handler:
    """A Layout tab button on the table at the selection: `call(selection)`."""

    def run(w) -> str:
        _in_table(w)
        call(w.sel)
        return ""

    run.__name__ = what
    return run


def table_style(w, style: str) -> str:
    _in_table(w)
    found = style_named(w, style, (C.wdStyleTypeTable,), "table style")
    w.sel.Tables(1).Style = found.NameLocal
    return f"Table style {found.NameLocal} is applied."


def set_cell_text(w, table: int, row: int, column: int, text: str) -> str:
    """`Document.Tables(table).Cell(row, column).Range.Text = text`; the caret after it."""
    number = A.whole_number(table, "table number", 1, A.MAX_ROWS)
    tables = w.doc.Tables
    if number > tables.Count:
        raise CommandError(f"Table number {number} is out of range.")
    found = tables.Item(number)
    r = A.whole_number(row, "row number", 1, max(found.Rows.Count, 1))
    c = A.whole_number(column, "column number", 1, max(found.Columns.Count, 1))
    cell = found.Cell(r, c)
    cell.Range.Text = str(text).replace("\n", "\r")  # a paragraph per line
    caret = cell.Range
    caret.MoveEnd(Unit=C.wdCharacter, Count=-1)  # not past the end-of-cell mark
    caret.Collapse(C.wdCollapseEnd)
    caret.Select()
    return ""


# ---------------------------------------------------------------------- pictures, links, comments
def _image(data) -> bytes:
    """The picture's bytes, checked as the simulator checks them (python-docx must read it)."""
    return read_image(data)[0]


def insert_picture(w, data: bytes, width: float | None = None,
                   height: float | None = None) -> str:
    """InlineShapes.AddPicture from a temporary file, replacing the selection; a size in
    inches given on one side keeps the aspect ratio."""
    data = _image(data)
    A.picture_length(width, "width")
    A.picture_length(height, "height")
    _one_paragraph(w, "replace it with a picture")
    path = w.temp_file("picture", data)
    shape = w.doc.InlineShapes.AddPicture(FileName=str(path), LinkToFile=False,
                                          SaveWithDocument=True, Range=w.sel.Range)
    if width is not None or height is not None:
        shape.LockAspectRatio = C.msoFalse if width and height else C.msoTrue
        if width is not None:
            shape.Width = width * 72
        if height is not None:
            shape.Height = height * 72
    return f"Inserted a {shape.Width / 72:.2f} x {shape.Height / 72:.2f} inch picture."


def link_target(w, address) -> tuple[str | None, str | None]:
    """(address, bookmark) as Word's Insert Link accepts them (the simulator's rules)."""
    a = address.strip() if isinstance(address, str) else ""
    if not a or any(ord(ch) < 32 for ch in a):
        raise CommandError("Type a link address (http://, https://, mailto:, file: or #bookmark).")
    if a.startswith("#"):
        name = a[1:]
        if name.lower() != "_top" and not w.doc.Bookmarks.Exists(name):
            raise CommandError(f'There is no bookmark named "{name}" in this document.')
        return None, name
    if a.lower().startswith("www."):
        a = "http://" + a
    scheme = next((s for s in _SCHEMES if a.lower().startswith(s)), None)
    if scheme is None or len(a) == len(scheme):
        raise CommandError(f'"{address}" is not a valid link address: use http://, https://, '
                           "mailto:, file: or #bookmark.")
    return a.replace(" ", "%20"), None


def insert_hyperlink(w, address: str, text: str | None = None) -> str:
    """Hyperlinks.Add on the selection (the address as its text at a caret)."""
    url, bookmark = link_target(w, address)
    _, start, end = _one_paragraph(w, "insert a link")
    args = {"Anchor": w.sel.Range, "Address": url or "", "SubAddress": bookmark or ""}
    if text:
        args["TextToDisplay"] = text
    elif start == end:
        args["TextToDisplay"] = address.strip() if bookmark is None else bookmark
    w.doc.Hyperlinks.Add(**args)
    return f"Inserted a link to {url or '#' + bookmark}."


def remove_hyperlink(w) -> str:
    """Hyperlink.Delete for each link touching the selection (the text stays)."""
    links = w.sel.Range.Hyperlinks
    n = links.Count
    if not n:
        raise CommandError("There is no link at the selection.")
    for k in range(n, 0, -1):
        links.Item(k).Delete()
    return f"Removed {n} link{'s' if n != 1 else ''}."


def _comment_number(w, comment) -> int:
    """1-based place of `comment` among the document's comments (document order)."""
    start = comment.Scope.Start
    comments = w.doc.Comments
    return 1 + sum(comments.Item(k).Scope.Start < start for k in range(1, comments.Count + 1))


def add_comment(w, text: str, author: str = "WordSim", initials: str = "WS") -> str:
    """Comments.Add on the selection; a caret comments the word it is in (New Comment)."""
    if not isinstance(text, str):
        raise CommandError("The comment text must be a string.")
    scope = w.sel.Range
    if w.sel.Start == w.sel.End:
        story = w.story()
        para, offset = story.locate(w.sel.Start)
        a, b = A.comment_word(story.text(para), offset)
        scope = w.doc.Range(story.position((para, a), "before" if a < b else "after"),
                            story.position((para, b)))
    comment = w.doc.Comments.Add(Range=scope, Text=text)
    comment.Author = author
    comment.Initial = initials
    return f"Added comment {_comment_number(w, comment)}."


def delete_comment(w, number: int | None = None) -> str:
    """Comment.Delete: comment `number` (document order), or those at the selection."""
    comments = w.doc.Comments
    total = comments.Count
    if not total:
        raise CommandError("The document has no comments.")
    if number is None:
        here = w.sel.Range.Comments
        found = [here.Item(k) for k in range(1, here.Count + 1)]
        if not found:
            raise CommandError("There is no comment at the selection.")
    elif isinstance(number, int) and not isinstance(number, bool) and 1 <= number <= total:
        found = [comments.Item(number)]
    else:
        raise CommandError(f"There is no comment {number}; the document has {total}.")
    numbers = sorted(_comment_number(w, c) for c in found)
    for comment in found:
        comment.Delete()
    shown = ", ".join(str(n) for n in numbers)
    return f"Deleted comment{'s' if len(found) > 1 else ''} {shown}."



def table_autofit(w, mode: str) -> str:
    """Table Layout → AutoFit: Table.AutoFitBehavior (fixed, contents or window)."""
    which = A.autofit_mode(mode)
    _in_table(w)
    w.sel.Tables(1).AutoFitBehavior(C.AUTOFIT[which])
    return {"fixed": "Table AutoFit: fixed column width.",
            "contents": "Table AutoFit: fit to contents.",
            "window": "Table AutoFit: fit to window."}[which]


HANDLERS: dict[str, Handler] = {
    "table_autofit": table_autofit,
    "insert_table": insert_table,
    "insert_row_above": table_change("insert_row_above",
                                     lambda s: s.InsertRowsAbove(s.Rows.Count)),
    "insert_row_below": table_change("insert_row_below",
                                     lambda s: s.InsertRowsBelow(s.Rows.Count)),
    "insert_column_left": table_change("insert_column_left", lambda s: s.InsertColumns()),
    "insert_column_right": table_change("insert_column_right",
                                        lambda s: s.InsertColumnsRight()),
    "delete_table": table_change("delete_table", lambda s: s.Tables(1).Delete()),
    "delete_row": table_change("delete_row", lambda s: s.Rows.Delete()),
    "delete_column": table_change("delete_column", lambda s: s.Columns.Delete()),
    "table_style": table_style,
    "set_cell_text": set_cell_text,
    "insert_picture": insert_picture,
    "insert_hyperlink": insert_hyperlink,
    "remove_hyperlink": remove_hyperlink,
    "add_comment": add_comment,
    "delete_comment": delete_comment,
}

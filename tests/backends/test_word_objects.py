"""The Word adapter's tables, pictures, links and comments: Tables.Add, InlineShapes.AddPicture,
Hyperlinks.Add, Comments.Add and friends, on a recording fake of Word."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.document.conftest import png
from wordsim.backends.word import constants as C
from wordsim.document.commands import CommandError

from .fake_com import FakeCollection, FakeObject, path_of, preset, result_of, returns
from .word_helpers import open_word, recorded

TABLE_TEXT = "a\ab\a\ac\ad\a\a\r"  # a 2x2 table: cell marks, then each row's end mark
TABLE_ROWS = (4, 9)


def test_insert_table_at_the_end_is_ufos_call():
    w, app = open_word()
    table = result_of(app.doc.Tables.Add)
    assert w.execute("insert_table", rows=2, columns=3, at="end") == \
        "Table with 2 rows and 3 columns is inserted."
    added = recorded(app)[3]
    assert recorded(app) == [
        ("call", "Document.Range", (), {}),
        ("call", "Document.Range().Collapse", (C.wdCollapseEnd,), {}),
        ("call", "Document.Range().InsertParagraphAfter", (), {}),
        ("call", "Document.Tables.Add", (added[2][0], 2, 3), {}),
        ("set", f"{path_of(table)}.Borders.Enable", True)]
    assert path_of(added[2][0]) == "Document.Range()"  # the collapsed range, as UFO passes it


def test_insert_table_at_the_caret_is_insert_table_with_table_grid():
    w, app = open_word(start=3, end=3)
    table = result_of(app.doc.Tables.Add)
    w.execute("insert_table", rows=2, columns=2)
    log = recorded(app)
    assert log[0] == ("call", "Selection.Range.Collapse", (C.wdCollapseStart,), {})
    assert log[1] == ("call", "Document.Tables.Add", (), {
        "Range": app.Selection.Range, "NumRows": 2, "NumColumns": 2,
        "DefaultTableBehavior": C.wdWord9TableBehavior, "AutoFitBehavior": C.wdAutoFitFixed})
    t = path_of(table)
    assert log[2:] == [("set", f"{t}.Style", "Table Grid"), ("call", f"{t}.Cell", (1, 1), {}),
                       ("call", f"{t}.Cell().Range.Collapse", (C.wdCollapseStart,), {}),
                       ("call", f"{t}.Cell().Range.Select", (), {})]


def test_insert_table_checks_its_size_first():
    w, app = open_word()
    for args in ({"rows": 0, "columns": 2}, {"rows": 2, "columns": 2, "at": "top"}):
        with pytest.raises(CommandError):
            w.execute("insert_table", **args)
    assert recorded(app) == []


@pytest.mark.parametrize(("command", "calls"), [
    ("insert_row_above", [("call", "Selection.InsertRowsAbove", (1,), {})]),
    ("insert_row_below", [("call", "Selection.InsertRowsBelow", (1,), {})]),
    ("insert_column_left", [("call", "Selection.InsertColumns", (), {})]),
    ("insert_column_right", [("call", "Selection.InsertColumnsRight", (), {})]),
    ("delete_table", [("call", "Selection.Tables", (1,), {}),
                      ("call", "Selection.Tables().Delete", (), {})]),
    ("delete_row", [("call", "Selection.Rows.Delete", (), {})]),
    ("delete_column", [("call", "Selection.Columns.Delete", (), {})]),
    ("table_autofit", [("call", "Selection.Tables", (1,), {}),
                       ("call", "Selection.Tables().AutoFitBehavior", (C.wdAutoFitWindow,), {})]),
])
def test_table_layout_buttons(command, calls):
    w, app = open_word(TABLE_TEXT, row_marks=TABLE_ROWS, in_table=True)
    preset(app.Selection.Rows, Count=1)
    args = {"mode": "window"} if command == "table_autofit" else {}
    assert w.execute(command, **args) == ("Table AutoFit: fit to window." if args else "")
    assert recorded(app)[1:] == calls  # after Selection.Information(wdWithInTable)
    assert recorded(app)[0] == ("call", "Selection.Information", (C.wdWithInTable,), {})
    app.doc.in_table = False
    with pytest.raises(CommandError, match="not in a table"):
        w.execute(command, **args)


def _tables(app, count: int):
    tables = [FakeObject(app.log, f"Tables({k})") for k in range(1, count + 1)]
    for t in tables:
        preset(t.Rows, Count=2)
        preset(t.Columns, Count=2)
    preset(app.doc, Tables=FakeCollection(app.log, "Document.Tables", tables))
    return tables


def test_set_cell_text_and_select_table():
    w, app = open_word(TABLE_TEXT, row_marks=TABLE_ROWS)
    _tables(app, 1)
    assert w.execute("set_cell_text", table=1, row=2, column=1, text="x\ny") == ""
    assert recorded(app) == [
        ("call", "Tables(1).Cell", (2, 1), {}), ("set", "Tables(1).Cell().Range.Text", "x\ry"),
        ("call", "Tables(1).Cell().Range.MoveEnd", (), {"Unit": C.wdCharacter, "Count": -1}),
        ("call", "Tables(1).Cell().Range.Collapse", (C.wdCollapseEnd,), {}),
        ("call", "Tables(1).Cell().Range.Select", (), {})]
    with pytest.raises(CommandError, match="Table number 2 is out of range"):
        w.execute("set_cell_text", table=2, row=1, column=1, text="x")
    with pytest.raises(CommandError):
        w.execute("set_cell_text", table=1, row=3, column=1, text="x")
    app.clear()
    assert w.execute("select_table", number=1) == "Table 1 is selected."
    assert recorded(app) == [("call", "Tables(1).Select", (), {})]


def test_table_style_by_name():
    w, app = open_word(TABLE_TEXT, row_marks=TABLE_ROWS, in_table=True)
    style = FakeObject(app.log, "style", Type=C.wdStyleTypeTable, NameLocal="Grid Table 4")
    preset(app.doc, Styles=FakeCollection(app.log, "Styles", {"Grid Table 4": style}))
    assert w.execute("table_style", style="Grid Table 4") == "Table style Grid Table 4 is applied."
    assert recorded(app)[1:] == [("call", "Selection.Tables", (1,), {}),
                                 ("set", "Selection.Tables().Style", "Grid Table 4")]


def test_insert_picture_from_a_file_with_its_size():
    w, app = open_word(start=0, end=5)
    shape = result_of(app.doc.InlineShapes.AddPicture)
    preset(shape, Width=144.0, Height=72.0)
    data = png(4, 2)
    assert w.execute("insert_picture", data=data, width=2) == \
        "Inserted a 2.00 x 1.00 inch picture."
    log = recorded(app)
    call = log[0]
    assert call[:3] == ("call", "Document.InlineShapes.AddPicture", ())
    assert Path(call[3]["FileName"]).read_bytes() == data
    assert {k: v for k, v in call[3].items() if k != "FileName"} == {
        "LinkToFile": False, "SaveWithDocument": True, "Range": app.Selection.Range}
    s = path_of(shape)
    assert log[1:] == [("set", f"{s}.LockAspectRatio", C.msoTrue), ("set", f"{s}.Width", 144)]
    with pytest.raises(CommandError, match="could not be inserted"):
        w.execute("insert_picture", data=b"not an image")


def test_insert_hyperlink():
    w, app = open_word(start=0, end=5)
    assert w.execute("insert_hyperlink", address="www.example.org") == \
        "Inserted a link to http://www.example.org."
    assert recorded(app) == [("call", "Document.Hyperlinks.Add", (), {
        "Anchor": app.Selection.Range, "Address": "http://www.example.org", "SubAddress": ""})]
    app.clear()
    w.select(w.selection().__class__(w.selection().end, w.selection().end))
    app.clear()
    w.execute("insert_hyperlink", address="mailto:a@b.c", text="mail")
    assert recorded(app)[-1][3]["TextToDisplay"] == "mail"
    with pytest.raises(CommandError, match="not a valid link address"):
        w.execute("insert_hyperlink", address="ftp://x")
    returns(app.doc.Bookmarks.Exists, False)
    with pytest.raises(CommandError, match='no bookmark named "top"'):
        w.execute("insert_hyperlink", address="#top")
    returns(app.doc.Bookmarks.Exists, True)
    w.execute("insert_hyperlink", address="#top")
    assert recorded(app)[-1][3] == {"Anchor": app.Selection.Range, "Address": "",
                                    "SubAddress": "top", "TextToDisplay": "top"}


def test_remove_hyperlink():
    w, app = open_word(start=0, end=5)
    links = [FakeObject(app.log, f"link{k}") for k in (1, 2)]
    preset(app.Selection.Range, Hyperlinks=FakeCollection(app.log, "links", links))
    assert w.execute("remove_hyperlink") == "Removed 2 links."
    assert recorded(app) == [("call", "link2.Delete", (), {}), ("call", "link1.Delete", (), {})]


def _comments(app, *starts):
    items = [FakeObject(app.log, f"comment{k}") for k in range(1, len(starts) + 1)]
    for c, start in zip(items, starts, strict=True):
        preset(c.Scope, Start=start)
    preset(app.doc, Comments=FakeCollection(app.log, "Document.Comments", items))
    return items


def test_add_comment_on_the_word_at_the_caret():
    w, app = open_word(start=8, end=8)
    comment = result_of(app.doc.Comments.Add)
    preset(comment.Scope, Start=6)
    app.clear()
    assert w.execute("add_comment", text="hi", author="Ann", initials="A") == "Added comment 1."
    log = recorded(app)
    assert log[0] == ("call", "Document.Range", (6, 11), {})
    assert log[1][:3] == ("call", "Document.Comments.Add", ())
    assert log[1][3]["Text"] == "hi"
    assert path_of(log[1][3]["Range"]) == "Document.Range(6, 11)"
    c = path_of(comment)
    assert log[2:] == [("set", f"{c}.Author", "Ann"), ("set", f"{c}.Initial", "A")]


def test_delete_comment_by_number():
    w, app = open_word()
    with pytest.raises(CommandError, match="no comments"):
        w.execute("delete_comment")
    _comments(app, 6, 0)
    assert w.execute("delete_comment", number=1) == "Deleted comment 2."  # document order
    assert recorded(app) == [("call", "comment1.Delete", (), {})]
    with pytest.raises(CommandError, match="There is no comment 3"):
        w.execute("delete_comment", number=3)

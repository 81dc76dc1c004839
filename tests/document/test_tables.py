"""Tables: insert_table, Tab between cells, rows and columns, table styles, cell text."""

from __future__ import annotations

import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Inches
from docx.table import Table

from tests.document.conftest import reopen, undoable
from tests.document.libreoffice import roundtrip
from wordsim.document import CommandError, WordDocument
from wordsim.document.tables import _shade, _table_style_data, table_of
from wordsim.document.xml import W
from wordsim.ui import window_model
from wordsim.ui.data import calls_of

BUILT_IN = [name for name, _ in _table_style_data()[0].values()]

GRID = "| a | b | c |\n| d | e | f |\n| g | h | i |"


def blocks(document) -> list:
    """Each body block as python-docx reads it: paragraph text, or a table's rows of cell text."""
    out = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            out.append([[c.text for c in row.cells] for row in block.rows])
        else:
            out.append(block.text)
    return out


def grid_widths(table) -> list[int]:
    return [int(gc.get(W.w)) for gc in table._tbl.tblGrid.gridCol_lst]


def selected(doc) -> tuple:
    return tuple(doc.selection.anchor), tuple(doc.selection.focus)


def at_cell(doc, text: str, offset: int = 0) -> None:
    doc.set_selection((doc.texts().index(text), offset))


# --------------------------------------------------------------------- insert_table
def test_insert_table_mid_paragraph_splits_it_and_puts_the_caret_in_the_first_cell():
    doc = WordDocument.build("hello world\nnext")
    doc.set_selection((0, 5))
    change = doc.execute("insert_table", rows=2, columns=3)
    assert change.message == "Table with 2 rows and 3 columns is inserted."
    document = reopen(doc)
    assert blocks(document) == ["hello", [["", "", ""], ["", "", ""]], " world", "next"]
    table = document.tables[0]
    assert (len(table.rows), len(table.columns)) == (2, 3)
    assert table.style.name == "Table Grid"
    assert selected(doc) == ((1, 0), (1, 0))
    assert table_of(doc, doc.selection.focus.para)[1:] == (0, 0)


def test_table_columns_are_equal_and_span_the_text_width():
    doc = WordDocument.build("text")  # python-docx's template: 8.5" page, 1.25" side margins
    doc.execute("insert_table", rows=1, columns=4)
    table = reopen(doc).tables[0]
    assert grid_widths(table) == [2160] * 4
    assert [c.width for c in table.rows[0].cells] == [Inches(1.5)] * 4


def test_insert_table_at_paragraph_start_keeps_the_paragraph_after_it():
    doc = WordDocument.build("first\nsecond")
    doc.set_selection((1, 0))
    doc.execute("insert_table", rows=1, columns=2)
    assert blocks(reopen(doc)) == ["first", [["", ""]], "second"]


def test_insert_table_at_paragraph_end_leaves_an_empty_paragraph_after_it():
    doc = WordDocument.build("only")
    doc.set_selection((0, 4))
    doc.execute("insert_table", rows=1, columns=1)
    assert blocks(reopen(doc)) == ["only", [[""]], ""]


def test_insert_table_in_an_empty_paragraph():
    doc = WordDocument.build(".")
    doc.execute("insert_table", rows=2, columns=2)
    assert blocks(reopen(doc)) == [[["", ""], ["", ""]], ""]


def test_insert_table_in_a_cell_nests_a_table_that_fits_the_cell():
    doc = WordDocument.build("| a | b |")
    at_cell(doc, "a", 1)
    doc.execute("insert_table", rows=1, columns=2)
    outer = reopen(doc).tables[0]
    cell = outer.cell(0, 0)
    assert [p.text for p in cell.paragraphs] == ["a", ""]
    inner = cell.tables[0]
    assert len(inner.columns) == 2
    assert sum(grid_widths(inner)) <= cell.width.twips
    assert table_of(doc, doc.selection.focus.para)[0].getparent().tag == W.tc


def test_insert_table_adds_the_table_grid_style_when_the_file_lacks_it():
    doc = WordDocument.build("x")
    styles = doc.styles.part.element
    styles.remove(doc.styles.element("TableGrid"))
    doc.styles.invalidate()
    doc.execute("insert_table", rows=1, columns=1)
    document = reopen(doc)
    assert document.tables[0].style.name == "Table Grid"
    assert document.styles["Table Grid"].element.find(f"{W.tblPr}/{W.tblBorders}") is not None


def test_insert_table_at_end_is_ufos_com_command():
    doc = WordDocument.build("first\nlast")
    doc.set_selection((0, 2))
    change = doc.execute("insert_table", rows=3, columns=2, at="end")
    assert change.message == "Table with 3 rows and 2 columns is inserted."
    document = reopen(doc)
    assert blocks(document) == ["first", "last", [["", ""]] * 3, ""]
    borders = document.tables[0]._tbl.tblPr.find(W.tblBorders)
    assert [b.get(W.val) for b in borders] == ["single"] * 6
    assert selected(doc) == ((0, 2), (0, 2))  # COM does not move the selection


def test_insert_table_undo_gives_back_the_original_bytes():
    doc = WordDocument.build("hello world")
    doc.set_selection((0, 5))
    before = doc.save()
    doc.execute("insert_table", rows=2, columns=2)
    doc.undo()
    assert doc.save() == before
    doc.redo()
    assert len(reopen(doc).tables) == 1


@pytest.mark.parametrize(
    "args",
    [
        {"rows": 0, "columns": 2},
        {"rows": 32768, "columns": 1},
        {"rows": 2, "columns": 0},
        {"rows": 2, "columns": 64},
        {"rows": True, "columns": 2},
        {"rows": "two", "columns": 2},
        {"rows": 2, "columns": 2, "at": "middle"},
        {"rows": 32767, "columns": 63},  # over the paragraph limit a file may have
    ],
)
def test_insert_table_rejects_bad_sizes_and_changes_nothing(args):
    doc = WordDocument.build("text")
    before = doc.save()
    with pytest.raises(CommandError):
        doc.execute("insert_table", **args)
    assert doc.save() == before
    assert not doc.history.undo_stack


def test_insert_table_accepts_digit_strings():
    doc = WordDocument.build("text")
    doc.execute("insert_table", rows="2", columns="3", at="end")
    assert len(reopen(doc).tables[0].columns) == 3


# --------------------------------------------------------------------- Tab / Shift+Tab
def test_next_cell_selects_the_next_cells_content_across_rows():
    doc = WordDocument.build("| one | two |\n| three | four |")
    at_cell(doc, "one")
    doc.execute("next_cell")
    assert selected(doc) == ((1, 0), (1, 3))
    doc.execute("next_cell")
    assert selected(doc) == ((2, 0), (2, 5))
    doc.execute("previous_cell")
    assert selected(doc) == ((1, 0), (1, 3))


def test_tab_in_the_last_cell_appends_a_row():
    doc = WordDocument.build("| a | b |\n| c | d |\nafter")
    at_cell(doc, "d", 1)
    before = doc.save()
    doc.execute("next_cell")
    document = reopen(doc)
    assert blocks(document) == [[["a", "b"], ["c", "d"], ["", ""]], "after"]
    assert selected(doc) == ((4, 0), (4, 0))
    doc.undo()
    assert doc.save() == before


def test_previous_cell_in_the_first_cell_stays():
    doc = WordDocument.build("| a | b |")
    at_cell(doc, "a")
    change = doc.execute("previous_cell")
    assert not change.edited and selected(doc) == ((0, 0), (0, 0))


def test_tab_skips_cells_hidden_by_a_vertical_merge():
    doc = WordDocument.build("| a | b |\n| c | d |")
    table = doc.docx.tables[0]
    table.cell(0, 1).merge(table.cell(1, 1))
    doc.story.refresh()
    at_cell(doc, "c")
    doc.execute("next_cell")  # (1, 1) continues the merge: Tab adds a row instead
    assert len(reopen(doc).tables[0].rows) == 3


@pytest.mark.parametrize("name", ["next_cell", "previous_cell", "insert_row_above",
                                  "delete_row", "delete_column", "delete_table",
                                  "insert_column_left"])
def test_table_commands_outside_a_table_are_errors(name):
    doc = WordDocument.build("text\n| a |")
    before = doc.save()
    with pytest.raises(CommandError):
        doc.execute(name)
    assert doc.save() == before


# --------------------------------------------------------------------- rows and columns
def test_insert_row_above_and_below():
    doc = WordDocument.build(GRID)
    at_cell(doc, "e")
    before = doc.save()
    doc.execute("insert_row_above")
    rows = blocks(reopen(doc))[0]
    assert rows == [list("abc"), ["", "", ""], list("def"), list("ghi")]
    assert table_of(doc, doc.selection.start.para)[1] == 1  # the new row is selected
    doc.undo()
    assert doc.save() == before
    at_cell(doc, "e")
    doc.execute("insert_row_below")
    assert blocks(reopen(doc))[0] == [list("abc"), list("def"), ["", "", ""], list("ghi")]


def test_insert_rows_inserts_as_many_as_are_selected():
    doc = WordDocument.build(GRID)
    texts = doc.texts()
    doc.set_selection((texts.index("a"), 0), (texts.index("d"), 1))
    doc.execute("insert_row_below")
    assert blocks(reopen(doc))[0] == [list("abc"), list("def"), [""] * 3, [""] * 3, list("ghi")]


def test_insert_column_left_and_right_keep_the_table_width():
    doc = WordDocument.build(GRID)
    width = sum(grid_widths(reopen(doc).tables[0]))
    at_cell(doc, "b")
    doc.execute("insert_column_left")
    table = reopen(doc).tables[0]
    assert blocks(reopen(doc))[0] == [["a", "", "b", "c"], ["d", "", "e", "f"], ["g", "", "h", "i"]]
    assert abs(sum(grid_widths(table)) - width) <= 4 and len(set(grid_widths(table))) == 1
    assert [c.width.twips for c in table.rows[0].cells] == grid_widths(table)
    assert table_of(doc, doc.selection.focus.para)[1:] == (0, 1)
    at_cell(doc, "c")
    doc.execute("insert_column_right")
    assert blocks(reopen(doc))[0][0] == ["a", "", "b", "c", ""]


def test_insert_column_widens_a_merged_cell_across_the_insertion_point():
    doc = WordDocument.build("| a | b | c |\n| d | e | f |")
    table = doc.docx.tables[0]
    table.cell(0, 0).merge(table.cell(0, 1))
    doc.story.refresh()
    at_cell(doc, "e")
    doc.execute("insert_column_left")  # between columns 0 and 1: row 0's merged cell spans it
    table = reopen(doc).tables[0]
    assert len(table.columns) == 4
    assert table.rows[0]._tr.tc_lst[0].grid_span == 3
    assert [c.text for c in table.rows[1].cells] == ["d", "", "e", "f"]


def test_delete_row_and_column():
    doc = WordDocument.build(GRID + "\nafter")
    at_cell(doc, "e")
    before = doc.save()
    doc.execute("delete_row")
    assert blocks(reopen(doc))[0] == [list("abc"), list("ghi")]
    assert doc.text(doc.selection.focus.para) == "h"
    doc.execute("delete_column")
    assert blocks(reopen(doc))[0] == [["a", "c"], ["g", "i"]]
    assert doc.text(doc.selection.focus.para) == "i"
    doc.undo()
    doc.undo()
    assert doc.save() == before


def test_deleting_every_row_or_column_deletes_the_table():
    for name in ("delete_row", "delete_column"):
        doc = WordDocument.build("before\n| a | b |\nafter")
        doc.set_selection((doc.texts().index("a"), 0), (doc.texts().index("b"), 1))
        doc.execute(name)
        assert blocks(reopen(doc)) == ["before", "after"]
        assert doc.text(doc.selection.focus.para) == "after"


def test_delete_row_restarts_a_vertical_merge_it_cut():
    doc = WordDocument.build("| a | b |\n| c | d |\n| e | f |")
    table = doc.docx.tables[0]
    table.cell(0, 0).merge(table.cell(2, 0))
    doc.story.refresh()
    doc.set_selection((0, 0))
    doc.execute("delete_row")
    rows = reopen(doc).tables[0]._tbl.tr_lst
    assert [tc.vMerge for tc in rows[0].tc_lst] == ["restart", None]


def test_delete_table_moves_the_caret_after_it():
    doc = WordDocument.build("before\n| a | b |\nafter")
    at_cell(doc, "b")
    before = doc.save()
    doc.execute("delete_table")
    assert blocks(reopen(doc)) == ["before", "after"]
    assert selected(doc) == ((1, 0), (1, 0))
    doc.undo()
    assert doc.save() == before


def test_delete_table_at_the_body_end_leaves_a_paragraph():
    doc = WordDocument.build("before\n| a |")  # python-docx can end a body with a table
    at_cell(doc, "a")
    doc.execute("delete_table")
    assert blocks(reopen(doc)) == ["before", ""]


# --------------------------------------------------------------------- style and text
def test_table_style_by_ui_name():
    doc = WordDocument.build("| a | b |")
    doc.set_selection((0, 0))
    before = doc.save()
    doc.execute("table_style", style="Light Shading Accent 1")
    assert reopen(doc).tables[0].style.name == "Light Shading Accent 1"
    doc.undo()
    assert doc.save() == before


@pytest.mark.parametrize("style", ["No Such Style", "Heading 1"])
def test_table_style_rejects_unknown_and_non_table_styles(style):
    doc = WordDocument.build("| a | b |")
    before = doc.save()
    with pytest.raises(CommandError):
        doc.execute("table_style", style=style)
    assert doc.save() == before


def _gallery_styles() -> set[str]:
    """The style every Table Styles gallery item (ribbon and More gallery) applies."""
    return {call["args"]["style"] for c in window_model().all_controls() for call in calls_of(c)
            if call["command"] == "table_style"}


def test_every_gallery_style_is_in_the_template_or_a_built_in_word_adds():
    template = {s.name for s in reopen(WordDocument.build("x")).styles}
    missing = {s for s in _gallery_styles() if s not in template and s.lower() not in
               _table_style_data()[0]}
    assert not missing and len(_gallery_styles()) >= 20


@pytest.mark.parametrize("name", BUILT_IN)
def test_a_built_in_table_style_is_added_with_words_definition(name):
    doc = WordDocument.build("| a | b |\n| c | d |")
    styles = doc.styles.part.element
    if name == "Table Grid":  # the only one python-docx's template already has
        styles.remove(doc.styles.element("TableGrid"))
        doc.styles.invalidate()
    doc.set_selection((0, 0))
    change = undoable(doc, "table_style", style=name)
    assert change.message == f"Table style {name} is applied."
    assert "/word/styles.xml" in change.parts
    document = reopen(doc)
    style = document.tables[0].style
    assert style.name == name and style.type == WD_STYLE_TYPE.TABLE
    el = style.element
    assert el.find(W.basedOn).get(W.val) == "TableNormal"
    kinds = [c.get(W.type) for c in el.findall(W.tblStylePr)]
    order = ["firstRow", "lastRow", "firstCol", "lastCol", "band1Vert", "band2Vert", "band1Horz",
             "neCell", "nwCell", "seCell", "swCell"]  # Word writes them in this order
    assert bool(kinds) == (name != "Table Grid") and kinds == sorted(kinds, key=order.index)
    # applying it again reuses the definition
    doc.execute("table_style", style=name)
    assert len([s for s in reopen(doc).styles if s.name == name]) == 1


def test_grid_table_4_accent_1_is_words_xml_in_the_documents_theme():
    doc = WordDocument.build("| a | b |")
    doc.set_selection((0, 0))
    doc.execute("table_style", style="Grid Table 4 - Accent 1")  # as the gallery's tooltip says
    el = reopen(doc).tables[0].style.element
    assert el.get(W.styleId) == "GridTable4-Accent1"
    top = el.find(f"{W.tblPr}/{W.tblBorders}/{W.top}")
    # python-docx's template has the Office 2007 theme: accent1 4F81BD, 40 % lighter 95B3D7
    assert dict(top.attrib) == {W.val: "single", W.sz: "4", W.space: "0", W.color: "95B3D7",
                                W.themeColor: "accent1", W.themeTint: "99"}
    first = el.find(f'{W.tblStylePr}[@{W.type}="firstRow"]')
    assert [c.tag for c in first] == [W.rPr, W.tblPr, W.tcPr]
    assert first.find(f"{W.rPr}/{W.color}").get(W.themeColor) == "background1"
    assert first.find(f"{W.tcPr}/{W.shd}").get(W.fill) == "4F81BD"
    band = el.find(f'{W.tblStylePr}[@{W.type}="band1Horz"]/{W.tcPr}/{W.shd}')
    assert (band.get(W.fill), band.get(W.themeFillTint)) == ("DBE5F1", "33")


def test_theme_tints_and_shades_are_words_rgb_values():
    # Word's Office 2013+ values: Grid Table 4 Accent 1's borders and bands, Plain Table 1's
    # borders and bands, Grid Table 1 Light's borders
    assert _shade("4472C4", "t99") == "8EAADB" and _shade("4472C4", "t33") == "D9E2F3"
    assert _shade("FFFFFF", "sBF") == "BFBFBF" and _shade("FFFFFF", "sF2") == "F2F2F2"
    assert _shade("000000", "t66") == "999999" and _shade("4472C4", "") == "4472C4"


def test_a_built_in_whose_id_is_taken_gets_a_fresh_id():
    doc = WordDocument.build("| a |\nbody")
    doc.set_selection((1, 0))
    doc.execute("apply_style", style="Heading 1")
    doc.styles.element("Heading1").set(W.styleId, "PlainTable1")
    doc.styles.invalidate()
    doc.set_selection((0, 0))
    doc.execute("table_style", style="plain table 1")
    document = reopen(doc)
    assert document.tables[0].style.name == "Plain Table 1"
    assert document.tables[0].style.style_id == "PlainTable11"


def test_libreoffice_opens_the_built_in_table_styles_and_applies_them():
    doc = WordDocument.build("\n\n".join(["| h | h |\n| a | b |"] * len(BUILT_IN)))
    tables = [b for b in doc.body if b.tag == W.tbl]
    for tbl, name in zip(tables, BUILT_IN, strict=True):
        doc.set_selection((doc.story.index(next(tbl.iter(W.p))), 0))
        doc.execute("table_style", style=name)
    document = roundtrip({"styles": doc.save()})["styles"]
    assert [t.style.name for t in document.tables] == BUILT_IN
    header = document.tables[BUILT_IN.index("Grid Table 4")].rows[0].cells[0]._tc
    assert header.tcPr.find(W.shd).get(W.fill) == "000000"  # the firstRow format, applied


def test_set_cell_text_replaces_a_cells_text():
    doc = WordDocument.build("intro\n| a | **b** |\n| c | d |")
    before = doc.save()
    doc.execute("set_cell_text", table=1, row=1, column=2, text="new\nlines")
    cell = reopen(doc).tables[0].cell(0, 1)
    assert [p.text for p in cell.paragraphs] == ["new", "lines"]
    assert cell.paragraphs[0].runs[0].bold  # keeps the first character's formatting
    assert doc.text(doc.selection.focus.para) == "lines"
    doc.undo()
    assert doc.save() == before


@pytest.mark.parametrize("args", [
    {"table": 2, "row": 1, "column": 1},
    {"table": 1, "row": 3, "column": 1},
    {"table": 1, "row": 1, "column": 3},
    {"table": 0, "row": 1, "column": 1},
])
def test_set_cell_text_out_of_range(args):
    doc = WordDocument.build("| a | b |\n| c | d |")
    before = doc.save()
    with pytest.raises(CommandError):
        doc.execute("set_cell_text", text="x", **args)
    assert doc.save() == before


def test_table_of_reads_row_and_grid_column():
    doc = WordDocument.build("text\n" + GRID)
    assert table_of(doc, 0) is None
    tbl, row, col = table_of(doc, doc.texts().index("f"))
    assert (row, col) == (1, 2) and tbl is doc.docx.tables[0]._tbl

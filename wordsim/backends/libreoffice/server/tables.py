"""Tables as the simulator counts them: top-level tables in body order, the table and cell a story
paragraph is in, cells by (row, column), and paragraphs formatted like another one."""

from __future__ import annotations

import re

import uno
from com.sun.star.beans.PropertyAttribute import READONLY
from com.sun.star.beans.PropertyState import DIRECT_VALUE
from registry import AgentError

TABLE = "com.sun.star.text.TextTable"
TABLE_CURSOR = "com.sun.star.text.TextTableCursor"  # what the view selects cells with
_CELL_NAME = re.compile(r"^([A-Za-z]+)(\d+)$")
# Paragraph properties that a copy of a paragraph's formatting leaves out, as the simulator's
# `plain_copy` drops list numbering and section marks (and typed text formatting is not the
# paragraph's).
_NOT_COPIED = {"ParaStyleName", "NumberingStyleName", "NumberingRules", "NumberingLevel",
               "NumberingIsNumber", "NumberingStartValue", "ParaIsNumberingRestart", "ListId",
               "ListLabelString", "OutlineLevel", "PageDescName", "PageNumberOffset",
               "BreakType", "ParaChapterNumberingLevel", "ParaInteropGrabBag"}


def body_tables(w) -> list:
    """Top-level tables in body order (Word's `Document.Tables`)."""
    out = []
    items = w.doc.getText().createEnumeration()
    while items.hasMoreElements():
        item = items.nextElement()
        if item.supportsService(TABLE):
            out.append(item)
    return out


def whole_number(value, what: str, low: int, high: int) -> int:
    """The simulator's `whole_number` (page_setup.py), for bounds only the document knows."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AgentError(f"The {what} must be a whole number from {low} to {high}.")
    return value


def cell_position(cell) -> tuple[int, int]:
    """(row, column), 0-based, of a cell of a table without merged cells ("B3" -> (2, 1))."""
    m = _CELL_NAME.match(cell.CellName)
    if m is None:  # "A1.2.1": LibreOffice names cells of split or merged rows this way
        raise NotImplementedError(f"tables with merged or split cells ({cell.CellName}) are "
                                  "not supported by the LibreOffice backend")
    col = 0
    for ch in m[1]:  # A..Z, then a..z, as LibreOffice continues after column Z
        col = col * 52 + (ord(ch) - 65 if ch.isupper() else ord(ch) - 71) + 1
    return int(m[2]) - 1, col - 1


def location(w, para: int):
    """(table, cell, row, column) of the innermost table cell holding story paragraph `para`;
    None outside tables."""
    p = w.story.paragraphs[para]
    table = p.getPropertyValue("TextTable")
    if table is None:
        return None
    cell = p.getPropertyValue("Cell")
    return (table, cell, *cell_position(cell))


def cell_range(w, anchor, focus):
    """The cells from `anchor`'s to `focus`'s when they are different cells of one table (Word
    then selects whole cells; a Writer text cursor cannot cross cells); else None."""
    a, f = location(w, anchor[0]), location(w, focus[0])
    if a is None or f is None or a[0] != f[0] or a[1] == f[1]:
        return None
    (r0, r1), (c0, c1) = sorted((a[2], f[2])), sorted((a[3], f[3]))
    return a[0].getCellRangeByPosition(c0, r0, c1, r1)


def select_cells(w, anchor, focus) -> str | None:
    """Select the cells anchor..focus span (see `cell_range`); their range name ("A2:B3"), or
    None (nothing selected) when anchor and focus are not in different cells of one table."""
    cells = cell_range(w, anchor, focus)
    if cells is None:
        return None
    w.controller.select(cells)
    return w.controller.getSelection().getRangeName()


def selected_cells(w) -> str | None:
    """The range name of the cells selected in the view, None when text is selected."""
    sel = w.controller.getSelection()
    return sel.getRangeName() if sel.supportsService(TABLE_CURSOR) else None


def at_caret(w, message: str = "The selection is not in a table."):
    loc = location(w, min(w.selection())[0])
    if loc is None:
        raise AgentError(message)
    return loc


def size(table) -> tuple[int, int]:
    return table.getRows().getCount(), table.getColumns().getCount()


def cell(table, row: int, col: int):
    return table.getCellByPosition(col, row)


def paragraphs_of(xtext) -> list:
    """The paragraphs directly in a text (a cell, a header), tables inside it left out."""
    out = []
    items = xtext.createEnumeration()
    while items.hasMoreElements():
        item = items.nextElement()
        if not item.supportsService(TABLE):
            out.append(item)
    return out


def index_of(w, paragraph) -> int:
    """Story index of a paragraph object."""
    found = w.story.locate(paragraph.getStart())
    if found is None:
        raise RuntimeError("a table paragraph is not part of the story")
    return found[0]


def select_cell(w, c, whole: bool = True) -> None:
    """Select a cell's whole content, as Tab does (`whole`), or put the caret at its start."""
    paras = paragraphs_of(c)
    first, last = index_of(w, paras[0]), index_of(w, paras[-1])
    end = (last, len(w.text(last))) if whole else (first, 0)
    w.select((first, 0), end, force=True)


def format_like(w, target, source) -> None:
    """Give paragraph `target` the style and direct paragraph formatting of `source` (and no
    other direct paragraph formatting): the simulator copies the model paragraph's w:pPr."""
    info = target.getPropertySetInfo()
    for prop in info.getProperties():
        name = prop.Name
        if name.startswith("Para") and name not in _NOT_COPIED and not prop.Attributes & \
                READONLY and target.getPropertyState(name) == DIRECT_VALUE:
            target.setPropertyToDefault(name)
    target.ParaStyleName = source.ParaStyleName
    styles = w.doc.getStyleFamilies().getByName("ParagraphStyles")
    style = styles.getByName(source.ParaStyleName) if source.ParaStyleName else None
    for prop in source.getPropertySetInfo().getProperties():
        name = prop.Name
        if not name.startswith("Para") or name in _NOT_COPIED or prop.Attributes & READONLY \
                or not info.hasPropertyByName(name) \
                or source.getPropertyState(name) != DIRECT_VALUE:
            continue
        value = source.getPropertyValue(name)
        # LibreOffice's import turns some style values into direct ones; only what differs
        # from the style is the paragraph's own (a table style's spacing must still apply)
        if style is not None and style.getPropertySetInfo().hasPropertyByName(name) and \
                style.getPropertyValue(name) == value:
            continue
        try:
            target.setPropertyValue(name, value)
        except Exception:  # not applicable in a cell: Word has no such property there
            pass



def _style_sets(styles, name: str, prop: str) -> bool:
    """Whether paragraph style `name` or a parent below the default style sets `prop` itself
    (LibreOffice folds Word's document defaults into the default style, "Standard")."""
    seen = set()
    while name and name != "Standard" and name not in seen and styles.hasByName(name):
        seen.add(name)
        style = styles.getByName(name)
        if style.getPropertyState(prop) == DIRECT_VALUE:
            return True
        name = style.getParentStyle()
    return False


def table_style_spacing(w, table) -> None:
    """What Word's built-in table styles give their cells' paragraphs (w:spacing after="0"
    line="240": no space after, single lines) as direct formatting, since LibreOffice has no
    table styles; a paragraph's own or its style's spacing wins, as in Word."""
    single = uno.createUnoStruct("com.sun.star.style.LineSpacing")
    single.Mode, single.Height = 0, 100  # proportional, 100 %
    values = {"ParaBottomMargin": 0, "ParaLineSpacing": single}
    styles = w.doc.getStyleFamilies().getByName("ParagraphStyles")
    for name in table.getCellNames():
        for p in paragraphs_of(table.getCellByName(name)):
            for prop, value in values.items():
                if p.getPropertyState(prop) != DIRECT_VALUE and \
                        not _style_sets(styles, p.ParaStyleName, prop):
                    p.setPropertyValue(prop, value)

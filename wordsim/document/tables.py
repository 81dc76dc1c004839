"""Tables: Word's Insert Table, Tab between cells, rows and columns, table styles, cell text."""

from __future__ import annotations

import json
import re
from copy import deepcopy
from functools import cache
from importlib import resources

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.table import CT_Tbl
from docx.shared import Twips

from .char_rpr import theme_colors
from .commands import CommandError, command
from .page_setup import plain_copy, section_blocks, section_index, text_width, whole_number
from .position import Position, Selection
from .runs import new_run, rpr_at
from .safety import DEFAULT_LIMITS
from .text_input import enter_at
from .xml import W, make

_MAX_ROWS, _MAX_COLUMNS = 32767, 63  # Word's Insert Table limits
_CELL_MARGINS = 2 * 108  # Word's default left + right cell margins (twips)
_DEFAULT_TEXT_WIDTH = 12240 - 2 * 1440  # Letter with 1" margins
_BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                  "w:tblDescription", "w:tblPrChange")
# Conditional formats in the order Word writes them (ST_TblStyleOverrideType).
_CONDITIONS = ("firstRow", "lastRow", "firstCol", "lastCol", "band1Vert", "band2Vert",
               "band1Horz", "band2Horz", "neCell", "nwCell", "seCell", "swCell")
_TOKEN = re.compile(r"\{([\w/]+)\}")
_UI_DASH = re.compile(r"\s+[-\u2013]\s+")  # the gallery shows "Grid Table 4 - Accent 1"


# ------------------------------------------------------------------ reading
def _up(el, tag: str):
    while el is not None and el.tag != tag:
        el = el.getparent()
    return el


def grid_cells(tr) -> list[tuple]:
    """(tc, first grid column, columns spanned) of each cell of row `tr`."""
    out, col = [], tr.grid_before
    for tc in tr.tc_lst:
        span = tc.grid_span
        out.append((tc, col, span))
        col += span
    return out


def _cell_at(tr, col: int):
    """The cell of `tr` covering grid column `col` (the last cell when none does)."""
    cells = grid_cells(tr)
    for tc, start, span in cells:
        if start <= col < start + span:
            return tc
    return cells[-1][0] if cells else None


def table_of(doc, para: int):
    """(w:tbl, row, grid column) of the innermost table cell holding story paragraph `para`,
    all 0-based; None outside tables."""
    tc = doc.story.cell_of(para)
    if tc is None:
        return None
    tr = _up(tc, W.tr)
    tbl = _up(tr, W.tbl)
    rows = tbl.tr_lst  # a row or cell inside a content control is not counted: row/column 0
    col = next((start for cell, start, _ in grid_cells(tr) if cell is tc), 0)
    return tbl, rows.index(tr) if tr in rows else 0, col


def _at_caret(doc):
    loc = table_of(doc, doc.selection.start.para)
    if loc is None:
        raise CommandError("The selection is not in a table.")
    return loc


def _selected(doc, tbl, row: int, col: int) -> tuple[int, int, int, int]:
    """(first row, last row, first grid column, last grid column) from the selection start's
    cell to its end's, when the end is in the same table; else the start cell's."""
    def extent(r: int, c: int) -> tuple[int, int]:
        return c, c + _cell_at(tbl.tr_lst[r], c).grid_span - 1

    lo, hi = extent(row, col)
    end = table_of(doc, doc.selection.end.para)
    if end is None or end[0] is not tbl:
        return row, row, lo, hi
    lo2, hi2 = extent(end[1], end[2])
    return min(row, end[1]), max(row, end[1]), min(lo, lo2), max(hi, hi2)


def _vmerge(tc):
    tcpr = tc.find(W.tcPr)
    return tcpr.find(W.vMerge) if tcpr is not None else None


def _continued(tc) -> bool:
    """A cell hidden under a vertical merge (Tab and Shift+Tab skip it)."""
    vm = _vmerge(tc)
    return vm is not None and vm.get(W.val, "continue") == "continue"


def _select_cell(doc, tc) -> None:
    """Select a cell's whole content, as Tab does (an empty cell gets a caret)."""
    paras = list(tc.iter(W.p))
    first, last = doc.story.index(paras[0]), doc.story.index(paras[-1])
    doc.selection = Selection(Position(first, 0), Position(last, len(doc.text(last))))


def _caret_in(doc, tc) -> None:
    doc.set_selection((doc.story.index(next(tc.iter(W.p))), 0))


# ------------------------------------------------------------------ building
def single_borders():
    """`w:tblBorders` with single 1/2 pt lines everywhere (COM's `Borders.Enable = True`)."""
    borders = make("w:tblBorders")
    for side in _BORDER_SIDES:
        attrs = {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "auto"}
        borders.append(make(f"w:{side}", attrs))
    return borders


@cache
def _table_style_data() -> tuple[dict, dict]:
    """({lower-case UI name: (UI name, spec)}, snippets) from wordsim/data/table_styles.json."""
    path = resources.files("wordsim") / "data" / "table_styles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    snippets = data.pop("_snippets")
    styles: dict = {}
    for name, spec in data.items():
        if name.startswith("_"):
            continue
        if "like" in spec:  # an accent variant or a near copy of a style defined before it
            base = json.dumps(styles[spec["like"].lower()][1])
            spec = {**json.loads(base.replace("text1", spec.get("accent", "text1"))), **spec}
        styles[name.lower()] = (name, spec)
    return styles, snippets


def _shade(rgb: str, mod: str) -> str:
    """`rgb` with a theme tint ("tXX") or shade ("sXX") applied, as Word computes it."""
    if not mod:
        return rgb
    v = int(mod[1:], 16)
    out = []
    for i in (0, 2, 4):
        c = int(rgb[i : i + 2], 16)
        out.append(c * v // 255 if mod[0] == "s" else (c * v + 255 * (255 - v)) // 255)
    return "".join(f"{c:02X}" for c in out)


def _color(theme: dict, spec: str, attr: str = "color") -> str:
    """Attributes for colour `spec` ("auto", "text1", "accent1/t99"): w:<attr> with Word's RGB
    and the theme attributes (w:themeColor/w:themeTint, or w:themeFill/w:themeFillTint)."""
    name, _, mod = spec.partition("/")
    if name == "auto":
        return f'w:{attr}="auto"'
    slot = "themeFill" if attr == "fill" else "themeColor"
    out = f'w:{attr}="{_shade(theme[name], mod)}" w:{slot}="{name}"'
    if mod:
        prefix = "themeFill" if attr == "fill" else "theme"
        out += f' w:{prefix}{"Tint" if mod[0] == "t" else "Shade"}="{mod[1:]}"'
    return out


def _borders(theme: dict, spec: str) -> str:
    """Border elements, in schema order, for "top bottom: single 4 text1/t80; insideH: nil"."""
    found = {}
    for group in spec.split(";"):
        sides, _, line = group.partition(":")
        val, *rest = line.split()
        for side in sides.split():
            if val == "nil":
                found[side] = f'<w:{side} w:val="nil"/>'
            else:
                size, color = rest
                found[side] = (f'<w:{side} w:val="{val}" w:sz="{size}" w:space="0" '
                               f"{_color(theme, color)}/>")
    return "".join(found[side] for side in _BORDER_SIDES if side in found)


def _cell_props(theme: dict, spec: dict, borders: str = "tcBorders") -> str:
    """Borders (in a w:tcBorders, or w:tblBorders for the table) and shading of `spec`."""
    out = ""
    if "borders" in spec:
        out = f"<w:{borders}>{_borders(theme, spec['borders'])}</w:{borders}>"
    if "shd" in spec:
        out += f'<w:shd w:val="clear" w:color="auto" {_color(theme, spec["shd"], "fill")}/>'
    return out


def _style_xml(doc, sid: str, name: str, spec: dict) -> str:
    """Word's `w:style` definition of built-in table style `name` under id `sid`."""
    theme, snippets = theme_colors(doc), _table_style_data()[1]

    def expand(text: str) -> str:
        return _TOKEN.sub(lambda m: expand(snippets[m[1]]) if m[1] in snippets
                          else _color(theme, m[1], "val"), text)  # fmt: skip

    def props(tag: str, part: dict) -> str:
        return f"<w:{tag}>{expand(part[tag])}</w:{tag}>" if tag in part else ""

    based = doc.styles.default_id("table")
    xml = [f'<w:style {nsdecls("w")} w:type="table" w:styleId="{sid}"><w:name w:val="{name}"/>',
           f'<w:basedOn w:val="{based}"/>' if based else "",
           f'<w:uiPriority w:val="{spec["priority"]}"/>',
           '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>',
           props("rPr", spec), "<w:tblPr>"]
    if any(kind in spec for kind in _CONDITIONS):
        xml.append('<w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>')
    table = {"borders": spec["borders"]} if "borders" in spec else {}
    xml.append(_cell_props(theme, table, "tblBorders") + "</w:tblPr>")
    if "shd" in spec:  # every cell's shading
        xml.append(f"<w:tcPr>{_cell_props(theme, {'shd': spec['shd']})}</w:tcPr>")
    for kind in _CONDITIONS:
        part = spec.get(kind)
        if part is not None:
            cell = _cell_props(theme, part)
            xml += [f'<w:tblStylePr w:type="{kind}">', props("pPr", part), props("rPr", part),
                    f"<w:tblPr/><w:tcPr>{cell}</w:tcPr>" if cell else "", "</w:tblStylePr>"]
    xml.append("</w:style>")
    return "".join(xml)


def ensure_table_style(doc, name: str) -> str:
    """The id of table style `name` (UI name or id; "Grid Table 4 - Accent 1" as the gallery
    shows it works too), adding Word's definition of a missing built-in to styles.xml."""
    if not isinstance(name, str) or not name.strip():
        raise CommandError(f"Table style name must be a non-empty string, not {name!r}.")
    key = _UI_DASH.sub(" ", name.strip())
    styles = doc.styles
    sid = styles.style_id(key)
    builtin = _table_style_data()[0].get(key.lower())
    if sid is not None:
        kind = styles.element(sid).get(W.type)
        if kind == "table":
            return sid
        if builtin is None:
            raise CommandError(f"Style {name} is a {kind} style, not a table style.")
    if builtin is None:
        raise CommandError(f"Table style {name!r} is not found.")
    ui_name, spec = builtin
    sid, n = spec["id"], 1
    while styles.element(sid) is not None:  # the id is taken by a differently named style
        sid, n = f"{spec['id']}{n}", n + 1
    el = parse_xml(_style_xml(doc, sid, ui_name, spec))
    doc.touch_part(styles.part)
    styles.part.element.append(el)
    styles.invalidate()
    return sid


def _new_table(rows: int, columns: int, width: int, like=None):
    """A table of equal columns filling `width` twips; cell paragraphs formatted like `like`."""
    tbl = CT_Tbl.new_tbl(rows, columns, Twips(width))
    ppr = plain_copy(like).find(W.pPr) if like is not None else None
    if ppr is not None:
        for p in tbl.iter(W.p):
            p.append(deepcopy(ppr))
    return tbl


def _available_width(doc, para: int) -> int:
    """Text width where `para` is: its cell's width inside a table, else its section's."""
    tc = doc.story.cell_of(para)
    if tc is not None and tc.width is not None:
        return max(tc.width.twips - _CELL_MARGINS, _CELL_MARGINS)
    blocks = section_blocks(doc)
    if not blocks:
        return _DEFAULT_TEXT_WIDTH
    return max(text_width(blocks[section_index(blocks, doc, para)][1]), _CELL_MARGINS)


def _blank_cell(tc, keep_span: bool = False):
    """A copy of `tc` with its properties and first paragraph's formatting, but no content
    and not merged (except across its columns with `keep_span`)."""
    new = deepcopy(tc)
    p = new.find(W.p)
    ppr = p.find(W.pPr) if p is not None else None
    for c in list(new):
        if c.tag != W.tcPr:
            new.remove(c)
    tcpr = new.find(W.tcPr)
    for tag in (W.vMerge,) if keep_span else (W.vMerge, W.gridSpan):
        el = tcpr.find(tag) if tcpr is not None else None
        if el is not None:
            tcpr.remove(el)
    new.append(make("w:p", {}, ppr) if ppr is not None else make("w:p"))
    return new


def _blank_row(tr):
    """A row formatted like `tr` with empty, unmerged cells."""
    new = make("w:tr")
    for c in tr:
        if c.tag in (W.tblPrEx, W.trPr):
            new.append(deepcopy(c))
    new.extend(_blank_cell(tc, keep_span=True) for tc in tr.tc_lst)
    return new


def _repair_vmerge(tbl) -> None:
    """A cell that continues a vertical merge with nothing merged above it starts one instead."""
    above: dict[int, object] = {}
    for tr in tbl.tr_lst:
        here = {}
        for tc, start, _ in grid_cells(tr):
            if _continued(tc):
                up = above.get(start)
                if up is None or _vmerge(up) is None:
                    tc.vMerge = "restart"
            here[start] = tc
        above = here


def _sync_widths(tbl) -> None:
    """Cell widths (dxa) follow the grid columns they span."""
    widths = [int(gc.get(W.w) or 0) for gc in tbl.tblGrid.gridCol_lst]
    for tr in tbl.tr_lst:
        for tc, start, span in grid_cells(tr):
            tcw = tc.tcPr.find(W.tcW) if tc.tcPr is not None else None
            if tcw is not None and tcw.get(W.type) == "dxa":
                tcw.set(W.w, str(sum(widths[start : start + span])))


def set_container_text(container, text: str) -> list:
    """Replace what a cell, header or footer holds with `text` (one paragraph per line), keeping
    its first paragraph's formatting and its first character's; return the new paragraphs."""
    first = container.find(W.p)
    ppr = first.find(W.pPr) if first is not None else None
    rpr = rpr_at(first, 0) if first is not None else None
    for c in list(container):
        if c.tag != W.tcPr:
            container.remove(c)
    paras = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        p = make("w:p")
        if ppr is not None:
            p.append(deepcopy(ppr))
        if line:
            p.append(new_run(line, rpr))
        container.append(p)
        paras.append(p)
    return paras


# ------------------------------------------------------------------ inserting
@command("insert_table")
def insert_table(doc, rows: int, columns: int, at: str = "caret") -> str:
    """Insert → Table at the caret (`at="caret"`, Word's UI: Table Grid style, caret in the
    first cell) or UFO's COM command at the document's end (`at="end"`, single borders)."""
    rows = whole_number(rows, "number of rows", 1, _MAX_ROWS)
    columns = whole_number(columns, "number of columns", 1, _MAX_COLUMNS)
    if at not in ("caret", "end"):
        raise CommandError(f"Unknown table position {at!r}; use 'caret' or 'end'.")
    if rows * columns + len(doc.story) > DEFAULT_LIMITS.max_paragraphs:
        raise CommandError("The table is too large for the document.")
    message = f"Table with {rows} rows and {columns} columns is inserted."
    if at == "end":
        _append_table(doc, rows, columns)
        return message
    caret = doc.selection.start
    width = _available_width(doc, caret.para)
    doc.touch(caret.para)
    if caret.offset:  # Word splits the paragraph; a paragraph always follows the table
        caret = enter_at(doc, caret)
    after = doc.paragraph(caret.para)
    tbl = _new_table(rows, columns, width, after)
    tbl.tblStyle_val = ensure_table_style(doc, "Table Grid")
    after.addprevious(tbl)
    doc.sync()
    _caret_in(doc, tbl)
    return message


def _append_table(doc, rows: int, columns: int) -> None:
    """`r = doc.Range(); r.Collapse(0); r.InsertParagraphAfter(); doc.Tables.Add(r, ...)` and
    `Borders.Enable = True`: a bordered table and an empty paragraph after the last paragraph."""
    body = doc.body
    end = len(body) - (1 if len(body) and body[-1].tag == W.sectPr else 0)
    n = len(doc.story)
    # The new paragraph copies the last one's formatting (none if the body ends in a table).
    last = doc.paragraph(n - 1) if n and doc.story.cell_of(n - 1) is None else None
    blocks = section_blocks(doc)
    width = text_width(blocks[-1][1]) if blocks else _DEFAULT_TEXT_WIDTH
    doc.touch_blocks(end, end)
    tbl = _new_table(rows, columns, width, last)
    tbl.tblPr.insert_element_before(single_borders(), *_AFTER_BORDERS)
    body.insert(end, tbl)
    body.insert(end + 1, plain_copy(last) if last is not None else make("w:p"))


# ------------------------------------------------------------------ moving between cells
def _step(tc, forward: bool):
    """The next (or previous) visible cell in reading order, or None at the table's end."""
    tr = _up(tc, W.tr)
    cells = [c for c in tr.tc_lst if not _continued(c) or c is tc]
    i = cells.index(tc) + (1 if forward else -1)
    while not 0 <= i < len(cells):
        tr = tr.getnext() if forward else tr.getprevious()
        while tr is not None and tr.tag != W.tr:
            tr = tr.getnext() if forward else tr.getprevious()
        if tr is None:
            return None
        cells = [c for c in tr.tc_lst if not _continued(c)]
        i = 0 if forward else len(cells) - 1
    return cells[i]


def _current_cell(doc):
    tc = doc.story.cell_of(doc.selection.focus.para)
    if tc is None:
        raise CommandError("The caret is not in a table.")
    return tc


@command("next_cell")
def next_cell(doc) -> None:
    """Tab in a table: select the next cell's content; in the last cell, add a row first."""
    tc = _current_cell(doc)
    target = _step(tc, forward=True)
    if target is None:
        doc.touch(doc.selection.focus.para)
        tr = _up(tc, W.tr)
        row = _blank_row(tr)
        tr.addnext(row)
        doc.sync()
        target = row.tc_lst[0]
    _select_cell(doc, target)


@command("previous_cell")
def previous_cell(doc) -> None:
    """Shift+Tab in a table: select the previous cell's content (nothing before the first)."""
    target = _step(_current_cell(doc), forward=False)
    if target is not None:
        _select_cell(doc, target)


# ------------------------------------------------------------------ rows and columns
def _insert_rows(doc, above: bool) -> None:
    tbl, row, col = _at_caret(doc)
    first, last = _selected(doc, tbl, row, col)[:2]
    doc.touch(doc.selection.start.para)
    trs = tbl.tr_lst
    new = [_blank_row(trs[first] if above else trs[last]) for _ in range(last - first + 1)]
    for tr in new:
        if above:
            trs[first].addprevious(tr)
        else:
            trs[last].addnext(tr)
            trs[last] = tr
    _repair_vmerge(tbl)
    doc.sync()
    start = doc.story.index(next(new[0].iter(W.p)))
    end_p = list(new[-1].iter(W.p))[-1]
    end = doc.story.index(end_p)
    doc.selection = Selection(Position(start, 0), Position(end, 0))  # Word selects the new rows


@command("insert_row_above")
def insert_row_above(doc) -> None:
    """Layout → Insert Above: as many empty rows as are selected, above them."""
    _insert_rows(doc, above=True)


@command("insert_row_below")
def insert_row_below(doc) -> None:
    """Layout → Insert Below: as many empty rows as are selected, below them."""
    _insert_rows(doc, above=False)


def _insert_columns(doc, left: bool) -> None:
    tbl, row, col = _at_caret(doc)
    first, last = _selected(doc, tbl, row, col)[2:]
    count, at = last - first + 1, first if left else last + 1
    doc.touch(doc.selection.start.para)
    cols = tbl.tblGrid.gridCol_lst
    widths = [int(gc.get(W.w) or 0) for gc in cols]
    for i in range(first, last + 1):  # new columns as wide as the selected ones ...
        gc = make("w:gridCol", {"w:w": str(widths[i])})
        if left:
            cols[first].addprevious(gc)
        else:
            cols[last].addnext(gc)
            cols[last] = gc
    caret_cell = None
    for r, tr in enumerate(tbl.tr_lst):
        cells = grid_cells(tr)
        across = [tc for tc, s, span in cells if s < at < s + span]
        if across:  # a merged cell over the insertion point widens instead
            across[0].grid_span = across[0].grid_span + count
            continue
        if not cells:
            continue
        before = [tc for tc, s, _ in cells if s < at]
        following = [tc for tc, s, _ in cells if s >= at]
        if left:  # new cells look like the cell they are inserted next to
            model = following[0] if following else before[-1]
        else:
            model = before[-1] if before else following[0]
        new = [_blank_cell(model) for _ in range(count)]
        for tc in new:
            if following:
                following[0].addprevious(tc)
            else:
                tr.append(tc)
        if r == row:
            caret_cell = new[0]
    # ... then all columns narrow so the table keeps its width, as Word does
    cols = tbl.tblGrid.gridCol_lst
    now = [int(gc.get(W.w) or 0) for gc in cols]
    if sum(now):
        for gc, w in zip(cols, now, strict=True):
            gc.set(W.w, str(round(w * sum(widths) / sum(now))))
    _sync_widths(tbl)
    doc.sync()
    _caret_in(doc, caret_cell if caret_cell is not None else tbl.tr_lst[row].tc_lst[0])


@command("insert_column_left")
def insert_column_left(doc) -> None:
    """Layout → Insert Left: as many empty columns as are selected, to their left."""
    _insert_columns(doc, left=True)


@command("insert_column_right")
def insert_column_right(doc) -> None:
    """Layout → Insert Right: as many empty columns as are selected, to their right."""
    _insert_columns(doc, left=False)


def _remove_table(doc, tbl) -> None:
    """Delete `tbl` (already touched) and put the caret in the paragraph that followed it."""
    after = tbl.getnext()
    if after is None or after.tag != W.p:
        after = make("w:p")
        tbl.addnext(after)
    tbl.getparent().remove(tbl)
    doc.sync()
    doc.set_selection((doc.story.index(after), 0))


@command("delete_table")
def delete_table(doc) -> None:
    """Layout → Delete → Delete Table (the innermost table at the selection)."""
    tbl = _at_caret(doc)[0]
    doc.touch(doc.selection.start.para)
    _remove_table(doc, tbl)


@command("delete_row")
def delete_row(doc) -> None:
    """Layout → Delete → Delete Rows: the selected rows (the table when they are all of it)."""
    tbl, row, col = _at_caret(doc)
    first, last = _selected(doc, tbl, row, col)[:2]
    doc.touch(doc.selection.start.para)
    trs = tbl.tr_lst
    if first == 0 and last == len(trs) - 1:
        _remove_table(doc, tbl)
        return
    for tr in trs[first : last + 1]:
        tbl.remove(tr)
    _repair_vmerge(tbl)
    doc.sync()
    trs = tbl.tr_lst
    _caret_in(doc, _cell_at(trs[min(first, len(trs) - 1)], col))


@command("delete_column")
def delete_column(doc) -> None:
    """Layout → Delete → Delete Columns: the selected grid columns (the table when all)."""
    tbl, row, col = _at_caret(doc)
    first, last = _selected(doc, tbl, row, col)[2:]
    doc.touch(doc.selection.start.para)
    cols = tbl.tblGrid.gridCol_lst
    if first == 0 and last >= len(cols) - 1:
        _remove_table(doc, tbl)
        return
    caret_row = tbl.tr_lst[row]
    for tr in tbl.tr_lst:
        for tc, start, span in grid_cells(tr):
            gone = max(0, min(start + span, last + 1) - max(start, first))
            if gone == span:
                tr.remove(tc)
            elif gone:
                tc.grid_span = span - gone
        if not tr.tc_lst:
            tbl.remove(tr)
    for gc in cols[first : last + 1]:
        tbl.tblGrid.remove(gc)
    _repair_vmerge(tbl)
    _sync_widths(tbl)
    if not tbl.tr_lst:
        _remove_table(doc, tbl)
        return
    doc.sync()
    if caret_row.getparent() is None:
        caret_row = tbl.tr_lst[0]
    _caret_in(doc, _cell_at(caret_row, first))


# ------------------------------------------------------------------ style and text
@command("table_style")
def table_style(doc, style: str) -> str:
    """Table Design → Table Styles: apply a table style by UI name ("Table Grid", "Plain Table 1",
    "Grid Table 4 Accent 1", ...) to the table at the selection, adding Word's definition of a
    built-in style the document lacks. (Not `name`: execute's own parameter.)"""
    tbl = _at_caret(doc)[0]
    sid = ensure_table_style(doc, style)
    doc.touch(doc.selection.start.para)
    tbl.tblStyle_val = sid
    return f"Table style {doc.styles.ui_name(sid)} is applied."


@command("set_cell_text")
def set_cell_text(doc, table: int, row: int, column: int, text: str) -> None:
    """Replace the text of cell (`row`, `column`) of table number `table` (all 1-based, tables
    counted in the body as Word's `Document.Tables` does); the caret ends after the text."""
    tables = [b for b in doc.body if b.tag == W.tbl]
    number = whole_number(table, "table number", 1, _MAX_ROWS)
    if number > len(tables):
        raise CommandError(f"Table number {number} is out of range.")
    tbl = tables[number - 1]
    trs = tbl.tr_lst
    r = whole_number(row, "row number", 1, max(len(trs), 1)) - 1
    width = len(tbl.tblGrid.gridCol_lst)
    c = whole_number(column, "column number", 1, max(width, 1)) - 1
    tc = _cell_at(trs[r], c)
    while _continued(tc) and r > 0:  # a merged cell's text lives in its top cell
        r -= 1
        tc = _cell_at(trs[r], c)
    block = doc.body.index(tbl)
    doc.touch_blocks(block, block + 1)
    last = set_container_text(tc, str(text))[-1]
    doc.sync()
    i = doc.story.index(last)
    doc.set_selection((i, len(doc.text(i))))

"""Which conditional formats of a table style (header row, first column, bands ...) a cell
shows, as Word decides from the table's look (ISO 29500 §17.7.6)."""

from __future__ import annotations

from wordsim.document.xml import W, w_val

# tblLook bits (ISO 29500 §17.7.6): which conditional formats of a table style are shown
_LOOK_BITS = {"firstRow": 0x20, "lastRow": 0x40, "firstColumn": 0x80, "lastColumn": 0x100,
              "noHBand": 0x200, "noVBand": 0x400}
_WORD_LOOK = 0x04A0  # a new table's look in Word: header row, first column, no column bands


def look(tblpr) -> dict[str, bool]:
    """Which parts of the table show their conditional format: the attributes, else the
    older bit mask (w:val), else Word's look for a new table."""
    el = tblpr.find(W.tblLook) if tblpr is not None else None
    mask = _WORD_LOOK if el is None else int(el.get(W.val) or "0", 16)
    out = {}
    for name, bit in _LOOK_BITS.items():
        value = None if el is None else el.get(getattr(W, name))
        out[name] = bool(mask & bit) if value is None else value in ("1", "true", "on")
    return out


def conditions(shown: dict, row: int, col: int, rows: int, cols: int,
               bands: tuple[int, int]) -> list[str]:
    """The conditional formats of a table style that apply to cell (row, col), strongest
    first: corner cells, header/total rows, first/last columns, then the bands."""
    first_row = shown["firstRow"] and row == 0
    last_row = shown["lastRow"] and row == rows - 1
    first_col = shown["firstColumn"] and col == 0
    last_col = shown["lastColumn"] and col == cols - 1
    kinds = []
    for on, kind in ((first_row and first_col, "nwCell"), (first_row and last_col, "neCell"),
                     (last_row and first_col, "swCell"), (last_row and last_col, "seCell"),
                     (first_row, "firstRow"), (last_row, "lastRow"),
                     (first_col, "firstCol"), (last_col, "lastCol")):
        if on:
            kinds.append(kind)
    if not shown["noHBand"] and not first_row and not last_row:
        band = (row - shown["firstRow"]) // bands[0]
        kinds.append("band1Horz" if band % 2 == 0 else "band2Horz")
    if not shown["noVBand"] and not first_col and not last_col:
        band = (col - shown["firstColumn"]) // bands[1]
        kinds.append("band1Vert" if band % 2 == 0 else "band2Vert")
    return kinds


def cell_of(p):
    """(w:tbl, row, grid column, rows, grid columns) of the innermost cell holding `p`."""
    tc = p.getparent()
    while tc is not None and tc.tag != W.tc:
        if tc.tag == W.body:
            return None
        tc = tc.getparent()
    if tc is None:
        return None
    tr = tc.getparent()
    tbl = tr.getparent()
    rows = [c for c in tbl if c.tag == W.tr]
    grid = tbl.find(W.tblGrid)
    cols = len(grid.findall(W.gridCol)) if grid is not None else 0
    trpr = tr.find(W.trPr)
    before = trpr.find(W.gridBefore) if trpr is not None else None
    col = int(w_val(before, 0))
    for c in tr.iterchildren(W.tc):
        if c is tc:
            break
        tcpr = c.find(W.tcPr)
        span = tcpr.find(W.gridSpan) if tcpr is not None else None
        col += int(w_val(span, 1))
    return tbl, rows.index(tr), col, len(rows), max(cols, col + 1)

"""Table checks: table (a new table of a given size and contents) and table_rows (a table
grown or shrunk to a number of rows, its other rows untouched)."""

from __future__ import annotations

from difflib import SequenceMatcher

from wordsim.document.query import DocumentView, Table

from ..damage import Footprint, quote
from .base import Assessment, assess, goal_check, toward

FOUND_TABLE = 0.25  # progress for a new table of any size; its size and cells give the rest


def _count(value, what: str, low: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ValueError(f"{what} must be a whole number >= {low}, not {value!r}")
    return value


def _closeness(actual: int, wanted: int) -> float:
    return min(actual, wanted) / max(actual, wanted) if max(actual, wanted) else 1.0


def new_tables(old: DocumentView, new: DocumentView) -> list[int]:
    """Indices of after tables that match no table of before (in document order)."""
    if len(new.tables) <= len(old.tables):
        return []
    opcodes = SequenceMatcher(None, old.tables, new.tables, autojunk=False).get_opcodes()
    return [j for tag, _, _, j1, j2 in opcodes if tag in ("insert", "replace") for j in range(j1, j2)]


def _cell_misses(table: Table, cells) -> list[tuple[int, int, str, str | None]]:
    """(row, column, wanted, actual or None when the cell does not exist) of wrong cells."""
    out = []
    for r, row in enumerate(cells):
        for c, want in enumerate(row):
            have = table.cells[r][c] if r < table.rows and c < len(table.cells[r]) else None
            if have is None or have.strip() != str(want).strip():
                out.append((r, c, str(want), have))
    return out


def _table_progress(table: Table, rows: int, columns: int, cells) -> float:
    parts = [_closeness(table.rows, rows), _closeness(table.columns, columns)]
    if cells:
        size = sum(len(row) for row in cells)
        parts.append(1 - len(_cell_misses(table, cells)) / size if size else 1.0)
    return FOUND_TABLE + (1 - FOUND_TABLE) * sum(parts) / len(parts)


@goal_check("table")
def table(old: DocumentView, new: DocumentView, /, rows: int, columns: int,
          cells=None) -> Assessment:
    """One new table with `rows` rows and `columns` columns (and cell texts `cells`, a list of
    rows of strings, when given); other paragraphs unchanged."""
    rows, columns = _count(rows, "rows"), _count(columns, "columns")
    if cells is not None and (isinstance(cells, str) or any(isinstance(r, str) for r in cells)):
        raise ValueError("cells must be a list of rows, each a list of strings")
    candidates = new_tables(old, new)
    if not candidates:
        return assess(0.0, ["no new table was inserted"])
    best = max(candidates, key=lambda k: _table_progress(new.tables[k], rows, columns, cells))
    t = new.tables[best]
    cells_of_it = frozenset(i for i, p in enumerate(new.paragraphs) if p.table == best)
    # Word splits the paragraph at the caret and keeps a paragraph after a table
    footprint = Footprint(texts="split", new_paragraphs=cells_of_it, new_tables=frozenset({best}))
    missing = []
    if t.rows != rows or t.columns != columns:
        missing.append(f"the new table is {t.rows} x {t.columns}, not {rows} x {columns}")
    for r, c, want, have in _cell_misses(t, cells or ())[:4]:
        state = "missing" if have is None else quote(have)
        missing.append(f"cell ({r + 1}, {c + 1}) of the new table is {state}, not {quote(want)}")
    progress = _table_progress(t, rows, columns, cells)
    return assess(progress, missing, footprint)


@goal_check("table_rows")
def table_rows(old: DocumentView, new: DocumentView, /, index: int, rows: int) -> Assessment:
    """Table `index` (0-based) has `rows` rows; its existing rows keep their texts."""
    index, rows = _count(index, "index", 0), _count(rows, "rows")
    if index >= len(old.tables):
        raise ValueError(f"table_rows: the document has no table {index} "
                         f"(it has {len(old.tables)})")
    if index >= len(new.tables):
        return assess(0.0, [f"table {index + 1} is gone"])
    before, after = old.tables[index], new.tables[index]
    added, removed = _row_changes(before, after)
    footprint = Footprint(
        new_paragraphs=frozenset(i for i, p in enumerate(new.paragraphs)
                                 if p.table == index and p.cell[0] in added),
        removed_paragraphs=frozenset(i for i, p in enumerate(old.paragraphs)
                                     if p.table == index and p.cell[0] in removed),
        resized_tables=frozenset({index}),
    )
    missing = [] if after.rows == rows else [f"table {index + 1} has {after.rows} rows, not {rows}"]
    return assess(toward(before.rows, after.rows, rows), missing, footprint)


def _row_changes(before: Table, after: Table) -> tuple[set[int], set[int]]:
    """(after rows that are new, before rows that went), rows matched by their texts; where
    an edited stretch gained (lost) rows, blank rows count as the new (removed) ones first."""
    added, removed = set(), set()
    matcher = SequenceMatcher(None, before.cells, after.cells, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("insert", "replace") and j2 - j1 > i2 - i1:
            added.update(_extra(after.cells, j1, j2, (j2 - j1) - (i2 - i1)))
        if tag in ("delete", "replace") and i2 - i1 > j2 - j1:
            removed.update(_extra(before.cells, i1, i2, (i2 - i1) - (j2 - j1)))
    return added, removed


def _extra(rows, start: int, end: int, count: int) -> list[int]:
    """`count` rows of rows[start:end]: blank ones first, then the last ones."""
    order = sorted(range(start, end), key=lambda r: (any(rows[r]), -r))
    return order[:count]

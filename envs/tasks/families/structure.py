"""Tables: InsertTable (a table of a given size, empty or filled, before a described
paragraph) and AddTableRow (rows added at the end of an existing table, with contents)."""

from __future__ import annotations

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import Task
from envs.tasks.corpus import CorpusDoc
from envs.tasks.phrasing import choose, phrase
from envs.tasks.registry import register

from . import editing_pools as pools
from ._editing_common import (
    CorpusFamily,
    api_select,
    caret_at,
    describe,
    phrasings,
    q,
    select_span,
    type_text,
)

_EMPTY = (
    "Insert an empty table with {rows} rows and {columns} columns {place}.",
    "Add a {columns}x{rows} table (columns x rows) {place}.",
    "Put a blank table, {columns} columns by {rows} rows, {place}.",
    "I need a table of {rows} rows and {columns} columns {place}.",
    "Please insert a {rows}-row, {columns}-column table {place}.",
    "Create a table with {columns} columns and {rows} rows {place}.",
    "Could you add an empty {rows} by {columns} table {place}? (rows by columns)",
    "Insert a table {place}: {columns} columns, {rows} rows, no text yet.",
)
_FILLED = (
    "Insert a table {place} with these rows: {cells}",
    "Add a {rows}x{columns} table {place} containing: {cells}",
    "Put this table {place}: {cells}",
    "Please create a table {place} and fill it in as follows: {cells}",
    "I need a table {place} with {rows} rows and {columns} columns: {cells}",
    "Make a table {place}. Rows: {cells}",
    "Could you insert a table {place} holding {cells}?",
    "Add a table with the following contents {place}: {cells}",
)


def show_rows(cells) -> str:
    """Rows as a user types them in a request: cells split by |, rows by ;."""
    return "; ".join(" | ".join(row) for row in cells)


def fill_cells(texts_per_cell: list[str]) -> list[dict]:
    """Type each cell's text, Tab to the next (the caret starts in the first cell)."""
    steps: list[dict] = []
    last = max((k for k, t in enumerate(texts_per_cell) if t), default=-1)
    for k, text in enumerate(texts_per_cell[:last + 1]):
        if k:
            steps.append(P.keys("{TAB}", "Go to the next cell"))
        if text:
            steps.append(type_text(text))
    return steps


def table_number(doc: CorpusDoc, para: int) -> int:
    """Word's number (1-based) of a table that would start at paragraph `para`."""
    return len({p.table for p in doc.view().paragraphs[:para] if p.table is not None}) + 1


@register
class InsertTable(CorpusFamily):
    """A table of given size and contents at a place."""

    id = "InsertTable"
    phrasing_sets = (_EMPTY, _FILLED)
    description = ("Insert a table before a described paragraph (or at the top): empty, of a "
                   "given size (1); small and filled in (2); larger and filled in (3).")
    max_steps = 60
    _SIZES = {1: [(r, c) for r in range(2, 7) for c in range(2, 6)],
              2: [(r, c) for r in (2, 3) for c in (2, 3)],
              3: [(r, c) for r in (4, 5, 6) for c in (3, 4)]}

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        paragraphs = doc.view().paragraphs
        out = [("top", 0)] if paragraphs[0].table is None else []
        for i in range(1, len(paragraphs)):
            if paragraphs[i].table is not None or paragraphs[i - 1].table is not None:
                continue
            if describe(doc, i):
                out.append(("before", i))
            if describe(doc, i - 1):
                out.append(("after", i))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        if difficulty == 1:
            return len(self._SIZES[1]) * phrasings(_EMPTY, split)
        # schemas x row picks (ordered choices of the values) x phrasings, counted by sizes
        total = 0
        for rows, cols in self._SIZES[difficulty]:
            fitting = [s for s in pools.TABLE_SCHEMAS if len(s[0]) >= cols]
            total += len(fitting) * _arrangements(5, rows - 1)
        return total * phrasings(_FILLED, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        kind, i = target
        texts = doc.texts()
        rows, columns = choose(rng, self._SIZES[difficulty])
        place = {"top": "at the very top of the document",
                 "before": f"before {describe(doc, i)}",
                 "after": f"after {describe(doc, i - 1)}"}[kind]
        cells = None
        if difficulty == 1:
            request = phrase(rng, _EMPTY, split, rows=rows, columns=columns, place=place)
        else:
            header, values = choose(rng, [s for s in pools.TABLE_SCHEMAS if len(s[0]) >= columns])
            picks = rng.permutation(len(values[0]))[:rows - 1]
            cells = [list(header[:columns])] + [[values[c][k] for c in range(columns)]
                                                for k in picks]
            request = phrase(rng, _FILLED, split, rows=rows, columns=columns, place=place,
                             cells=show_rows(cells))
        go = [P.keys("^{HOME}")] if kind == "top" else caret_at(texts, i, end=False)
        ui = [*go, P.tab("Insert"), P.click("Table"), P.menu_item("Insert Table..."),
              P.type_into("Number of columns:", str(columns)),
              P.type_into("Number of rows:", str(rows)), P.click("OK")]
        api = [api_select(i, 0), ("insert_table", {"rows": rows, "columns": columns})]
        params = {"rows": rows, "columns": columns}
        if cells is not None:
            ui += fill_cells([t for row in cells for t in row])
            n = table_number(doc, i)
            api += [("set_cell_text", {"table": n, "row": r + 1, "column": c + 1, "text": t})
                    for r, row in enumerate(cells) for c, t in enumerate(row)]
            params["cells"] = cells
        return self.task(split, difficulty, doc, request, [("table", params)], ui, api)


def _arrangements(n: int, k: int) -> int:
    """Ordered choices of k of n items."""
    out = 1
    for m in range(n - k + 1, n + 1):
        out *= m
    return out


_ADD_EMPTY = (
    "Add an empty row at the bottom of {table}.",
    "Insert a new blank row at the end of {table}.",
    "Give {table} one more row at the bottom.",
    "Please append an empty row to {table}.",
    "{table_cap} needs another row at the end; add an empty one.",
    "Add a row below the last row of {table}.",
    "Could you add a blank last row to {table}?",
    "Extend {table} by one empty row.",
)
_ADD_FILLED = (
    "Add a row at the end of {table} with {cells}.",
    "Append a new row to {table}: {cells}",
    "Please add {cells} as a new last row of {table}.",
    "Insert a row at the bottom of {table} containing {cells}.",
    "{table_cap} needs a new row at the end: {cells}",
    "Add the following row to the end of {table}: {cells}",
    "Could you add a row with {cells} at the bottom of {table}?",
    "Extend {table} with one more row: {cells}",
)
_ADD_TWO = (
    "Add two rows at the end of {table}: {cells}",
    "Append these two rows to {table}: {cells}",
    "Please add two new rows at the bottom of {table} with {cells}.",
    "Insert two rows at the end of {table} containing {cells}.",
    "{table_cap} needs two more rows: {cells}",
    "Add the rows {cells} to the bottom of {table}.",
    "Could you add two rows ({cells}) at the end of {table}?",
    "Extend {table} with two rows: {cells}",
)
_ADD_TEMPLATES = {1: _ADD_EMPTY, 2: _ADD_FILLED, 3: _ADD_TWO}


@register
class AddTableRow(CorpusFamily):
    """Add a row to an existing table."""

    id = "AddTableRow"
    phrasing_sets = (_ADD_EMPTY, _ADD_FILLED, _ADD_TWO)
    description = ("Add rows at the end of an existing table with Tab in its last cell: one "
                   "empty row (1), one row with contents (2), two rows with contents (3).")
    max_steps = 30

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        view = doc.view()
        firsts = [t.cells[0][0] for t in view.tables]
        out = []
        for k, table in enumerate(view.tables):
            last = [i for i, p in enumerate(view.paragraphs) if p.table == k
                    and p.cell[0] == table.rows - 1]
            if table.rows < 2 or not last or not firsts[k].strip():
                continue
            name = "the table" if len(view.tables) == 1 else \
                f"the table that starts with {q(firsts[k])}" if firsts.count(firsts[k]) == 1 \
                else None
            if name:
                choices = len(pools.ROW_LABELS)
                for c in range(1, table.columns):
                    choices *= len(_column_values(table, c))
                out.append((k, name, last[-1], choices))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        rows = {1: 0, 2: 1, 3: 2}[difficulty]
        return phrasings(_ADD_TEMPLATES[difficulty], split) * target[3] ** rows

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        k, name, last = target[:3]
        view, texts = doc.view(), doc.texts()
        table = view.tables[k]
        new_rows = [self._row(rng, table) for _ in range({1: 1, 2: 1, 3: 2}[difficulty])]
        if difficulty == 1:
            new_rows = [[""] * table.columns]
        cells = " and ".join(q(" | ".join(r)) for r in new_rows) if difficulty > 1 else ""
        request = phrase(rng, _ADD_TEMPLATES[difficulty], split, table=name,
                         table_cap=name[:1].upper() + name[1:], cells=cells)
        # Tab from the last row's cell `col` walks to the table's end and adds a row there.
        col = view.paragraphs[last].cell[1]
        go = select_span(texts, last, 0, len(texts[last])) if texts[last] else \
            caret_at(texts, last, end=False)
        ui = [*go, P.keys(f"{{TAB {table.columns - col}}}", "Tab past the last cell: a new row")]
        flat = [t for row in new_rows for t in row]
        ui += fill_cells(flat)  # Tab in the new row's last cell adds the second row
        api = [api_select(last, len(texts[last])), *(("next_cell", {}),) * (table.columns - col)]
        for r, row in enumerate(new_rows):
            if r:
                api.append(("next_cell", {}))
            for c, text in enumerate(row):
                if c:
                    api.append(("next_cell", {}))
                if text:
                    api.append(("type_text", {"text": text}))
        goal = [("table_rows", {"index": k, "rows": table.rows + len(new_rows)})]
        if difficulty > 1:
            end = max(i for i, p in enumerate(view.paragraphs) if p.table == k)
            expected = list(texts[:end + 1]) + flat + list(texts[end + 1:])
            goal.append(("texts_equal", {"expected": expected}))
        return self.task(split, difficulty, doc, request, goal, ui, api)

    @staticmethod
    def _row(rng: np.random.Generator, table) -> list[str]:
        """A plausible row: a fresh label, then values other rows have in each column."""
        return [choose(rng, pools.ROW_LABELS)] + [choose(rng, _column_values(table, c))
                                                  for c in range(1, table.columns)]


def _column_values(table, column: int) -> list[str]:
    """The distinct texts below the header in a column ("–" when it is empty)."""
    return sorted({r[column] for r in table.cells[1:] if r[column].strip()}) or ["–"]

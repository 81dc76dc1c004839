"""table and table_rows: a new table of a size and contents; a table grown or shrunk."""

from __future__ import annotations

import io

import docx
import pytest

from rewards import check

from .helpers import damaged, edited, fails, partial, passes, select

AT_END = [select("Closing words of the document."), "end"]


def test_new_table_passes():
    before, after = edited(*AT_END, ("insert_table", {"rows": 2, "columns": 3}),
                           ("type_text", {"text": "Item"}))
    passes("table", before, after, rows=2, columns=3)
    passes("table", before, after, rows=2, columns=3,
           cells=[["Item", "", ""], ["", "", ""]])


def test_no_new_table_fails():
    before, _ = edited()
    result = fails("table", before, before, rows=2, columns=3)
    assert result.score == 0.0 and result.details == ("no new table was inserted",)


def test_wrong_size_or_cells_score_partly():
    before, after = edited(*AT_END, ("insert_table", {"rows": 2, "columns": 2}))
    result = partial("table", before, after, rows=4, columns=2)
    assert result.details == ("the new table is 2 x 2, not 4 x 2",)
    assert result.score == pytest.approx(0.25 + 0.75 * (0.5 + 1) / 2)
    result = partial("table", before, after, rows=2, columns=2, cells=[["A", "B"], ["", ""]])
    assert result.details[0] == "cell (1, 1) of the new table is '', not 'A'"


def test_table_in_the_middle_of_a_paragraph_splits_it():
    before, after = edited(select("growth"), ("insert_table", {"rows": 1, "columns": 1}))
    passes("table", before, after, rows=1, columns=1)


def test_table_with_damage_fails():
    before, after = edited(*AT_END, ("insert_table", {"rows": 2, "columns": 2}),
                           select("growth"), ("type_text", {"text": "decline"}))
    assert damaged(fails("table", before, after, rows=2, columns=2))
    before, after = edited(*AT_END, ("insert_table", {"rows": 2, "columns": 2}),
                           select("Ann"), "insert_row_below")
    result = fails("table", before, after, rows=2, columns=2)
    assert "damage: table 1 has 4 rows instead of 3" in result.details


def test_table_python_docx_wrote():
    def saved(rows: int) -> bytes:
        d = docx.Document()
        d.add_paragraph("Scores below.")
        if rows:
            t = d.add_table(rows=rows, cols=2)
            t.cell(0, 0).text = "Name"
        out = io.BytesIO()
        d.save(out)
        return out.getvalue()

    passes("table", saved(0), saved(3), rows=3, columns=2, cells=[["Name", ""]])


def test_table_rows_grows():
    before, after = edited(select("Ann"), "insert_row_below")
    passes("table_rows", before, after, index=0, rows=4)
    result = fails("table_rows", before, before, index=0, rows=4)
    assert result.score == 0.0 and result.details == ("table 1 has 3 rows, not 4",)


def test_table_rows_partial_and_too_far():
    before, after = edited(select("Ann"), "insert_row_below")
    assert partial("table_rows", before, after, index=0, rows=5).score == pytest.approx(0.5)
    before, after = edited(select("Ann"), "insert_row_below", "insert_row_below")
    assert fails("table_rows", before, after, index=0, rows=4).score == 0.0


def test_table_rows_shrinks():
    before, after = edited(select("Bob"), "delete_row")
    passes("table_rows", before, after, index=0, rows=2)


def test_table_rows_existing_cells_must_stay():
    before, after = edited(select("Ann"), "insert_row_below", select("Bob"),
                           ("type_text", {"text": "Rob"}))
    result = fails("table_rows", before, after, index=0, rows=4)
    assert damaged(result) and "text changed: 'Bob' became 'Rob'" in result.details[0]


def test_table_rows_bad_index_raises():
    before, _ = edited()
    with pytest.raises(ValueError):
        check("table_rows", before, before, {"index": 3, "rows": 2})

"""Every catalogue checker is registered under its exact name, so a typo in a task family's
goal fails at once."""

from __future__ import annotations

import pytest

from rewards import CATALOGUE, CHECKERS, check
from rewards.checks import ASSESSORS

NAMES = ("run_format", "paragraph_format", "texts_equal", "table", "table_rows",
         "page_breaks", "section", "header_footer", "page_number", "comment", "hyperlink",
         "all_runs")


def test_every_catalogue_name_is_registered():
    assert CATALOGUE == NAMES
    for name in NAMES:
        assert name in CHECKERS and name in ASSESSORS


def test_unknown_names_raise():
    with pytest.raises(KeyError, match="unknown checker 'run_fromat'"):
        check("run_fromat", b"", b"", {})

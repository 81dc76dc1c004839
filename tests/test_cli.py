"""The `wordsim` console script: every subcommand is wired and documented."""

from __future__ import annotations

import subprocess
import sys

import pytest

from policies.cli import SUBCOMMANDS, main


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_subcommand_help(name, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    assert "usage: wordsim" in capsys.readouterr().out


def test_module_entry_point():
    out = subprocess.run([sys.executable, "-m", "policies.cli", "--help"], capture_output=True,
                         text=True, check=True).stdout
    assert all(name in out for name in SUBCOMMANDS)

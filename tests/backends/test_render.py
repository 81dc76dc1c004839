"""Pages as PNG pictures through LibreOffice, conversions with one soffice, clear errors, and no
process left behind."""

from __future__ import annotations

import os
import struct
import time

import pytest

from policies.cli import main
from wordsim.backends import render as render_module
from wordsim.backends.render import RenderError, convert, render
from wordsim.document.templates import template_bytes

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_the_five_page_report_renders_as_five_pngs(tmp_path):
    source = tmp_path / "report.docx"
    source.write_bytes(template_bytes("report"))
    assert main(["render", str(source), "--out", str(tmp_path / "pages"), "--dpi", "50"]) == 0
    pages = sorted((tmp_path / "pages").glob("*.png"))
    assert [p.name for p in pages] == [f"report-{k}.png" for k in range(1, 6)]
    for page in pages:
        width, height = _png_size(page.read_bytes())
        # a Letter page at 50 dpi: 8.5 x 11 inches
        assert (abs(width - 425) <= 2, abs(height - 550) <= 2) == (True, True)
        assert page.stat().st_size > 3000  # text on it, not a blank page


def test_render_takes_bytes_and_numbers_pages(tmp_path):
    pages = render(template_bytes("letter"), tmp_path, dpi=30, stem="letter")
    assert [p.name for p in pages] == ["letter-1.png"]


def test_a_missing_or_corrupt_file_is_a_clear_error(tmp_path, capsys):
    assert main(["render", str(tmp_path / "nothing.docx")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.docx"
    bad.write_text("not a document")
    assert main(["render", str(bad)]) == 2
    assert "is not a .docx" in capsys.readouterr().err
    with pytest.raises(ValueError, match="dpi"):
        render(template_bytes("blank"), tmp_path, dpi=0)


def test_missing_libreoffice_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setattr(render_module.shutil, "which", lambda name: None)
    with pytest.raises(RenderError, match="apt-get install"):
        render(template_bytes("blank"), tmp_path)
    with pytest.raises(RenderError, match="not installed"):
        convert({"a": template_bytes("blank")})


def test_convert_saves_many_documents_with_one_soffice():
    saved = convert({"blank": template_bytes("blank"), "letter": template_bytes("letter")})
    assert set(saved) == {"blank", "letter"} and all(d[:2] == b"PK" for d in saved.values())


def test_a_command_that_times_out_leaves_no_process_behind(tmp_path):
    pid_file = tmp_path / "pid"
    with pytest.raises(RenderError, match="took more than"):
        render_module._run(["sh", "-c", f"sleep 60 & echo $! > {pid_file}; wait"], timeout=1)
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"the child {pid} outlived its group")

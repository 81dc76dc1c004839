"""Open documents in real LibreOffice: convert them back to .docx there and read the result."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise RuntimeError("LibreOffice is needed for this test: run `bash tests/run.sh`")
    return path


def roundtrip(files: dict[str, bytes], timeout: float = 180) -> dict[str, object]:
    """name -> python-docx Document of what LibreOffice saves after opening each file.

    One soffice process converts them all, with a throw-away profile."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out")
        src.mkdir()
        for name, data in files.items():
            (src / f"{name}.docx").write_bytes(data)
        subprocess.run(
            [soffice(), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out),
             *sorted(str(p) for p in src.iterdir())],
            check=True, capture_output=True, timeout=timeout,
        )  # fmt: skip
        return {
            name: docx.Document(io.BytesIO((out / f"{name}.docx").read_bytes())) for name in files
        }

"""Documents through LibreOffice's command line: conversions (one soffice for many files, with a
throw-away profile) and pages rendered as PNG pictures for people to look at."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

from .base import BackendError

DOCX_FILTER = "docx:MS Word 2007 XML"
INSTALL_HINT = ("install it with `apt-get install -y --no-install-recommends "
                "libreoffice-writer-nogui poppler-utils` (Debian/Ubuntu)")


class RenderError(BackendError):
    """A document could not be converted or rendered (bad input or a missing tool)."""


def soffice() -> str:
    """The LibreOffice executable, or a RenderError saying how to install it."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise RenderError(f"LibreOffice (soffice) is not installed: {INSTALL_HINT}")
    return path


def check_docx(data: bytes, name: str = "document") -> None:
    """Raise RenderError unless `data` looks like a .docx (a zip holding word/document.xml):
    LibreOffice would otherwise import garbage as plain text without complaint."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            if "word/document.xml" not in z.namelist():
                raise RenderError(f"{name} is not a .docx: it has no word/document.xml")
    except zipfile.BadZipFile:
        raise RenderError(f"{name} is not a .docx: it is not a zip archive") from None


def convert(files: Mapping[str, bytes], to: str = DOCX_FILTER, timeout: float = 300) -> dict:
    """name -> the bytes LibreOffice writes when it opens each .docx of `files` and saves it
    as `to` (a `--convert-to` target such as "pdf" or the default, .docx again). One soffice
    converts them all; its whole process group is gone when this returns, also on errors."""
    for name, data in files.items():
        check_docx(data, name)
    extension = to.split(":", 1)[0]
    with tempfile.TemporaryDirectory(prefix="wordsim-lo-") as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out")
        src.mkdir()
        for name, data in files.items():
            (src / f"{name}.docx").write_bytes(data)
        inputs = sorted(str(src / f"{name}.docx") for name in files)
        # a profile of its own: sharing one with a running instance makes that instance quit
        _run([soffice(), "--headless", "--norestore", "--nologo",
              f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}",
              "--convert-to", to, "--outdir", str(out), *inputs], timeout)
        result = {}
        for name in files:
            target = out / f"{name}.{extension}"
            if not target.is_file():
                raise RenderError(f"LibreOffice could not open {name!r} as a .docx")
            result[name] = target.read_bytes()
        return result


def render(source: str | os.PathLike | bytes, out_dir: str | os.PathLike, dpi: int = 96,
           stem: str | None = None, timeout: float = 300) -> list[Path]:
    """Render every page of a .docx (a path or bytes) as `<stem>-<page>.png` in `out_dir`
    (created if needed) at `dpi`, through LibreOffice's PDF export and pdftoppm; the pages'
    paths in order."""
    if not 10 <= dpi <= 1200:
        raise ValueError(f"dpi must be between 10 and 1200, got {dpi}")
    if isinstance(source, bytes):
        data, stem, name = source, stem or "page", "the document"
    else:
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"no such file: {path}")
        data, stem, name = path.read_bytes(), stem or path.stem, str(path)
    check_docx(data, name)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RenderError(f"pdftoppm (poppler-utils) is not installed: {INSTALL_HINT}")
    pdf = convert({"document": data}, to="pdf", timeout=timeout)["document"]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wordsim-pages-") as tmp:
        Path(tmp, "document.pdf").write_bytes(pdf)
        _run([pdftoppm, "-png", "-r", str(dpi), str(Path(tmp, "document.pdf")),
              str(Path(tmp, "page"))], timeout)
        # pdftoppm pads page numbers to the page count's width: sort by the number itself
        made = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        pages = []
        for k, page in enumerate(made, 1):
            target = out / f"{stem}-{k}.png"
            shutil.move(str(page), target)
            pages.append(target)
    if not pages:
        raise RenderError("LibreOffice produced no pages")
    return pages


def _run(command: list[str], timeout: float) -> None:
    """Run `command` in a process group of its own, killed whole when it times out or fails
    (soffice starts soffice.bin as a child that would otherwise outlive it)."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.communicate()  # reads what is left and closes the pipe
        raise RenderError(f"{Path(command[0]).name} took more than {timeout:.0f} s") from None
    except BaseException:
        _kill_group(proc)
        proc.communicate()
        raise
    _kill_group(proc)  # helpers it started and left running
    if proc.returncode != 0:
        text = output.decode(errors="replace").strip()[-500:]
        raise RenderError(f"{Path(command[0]).name} failed (exit {proc.returncode}): {text}")


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is gone already
    proc.wait()

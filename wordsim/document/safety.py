"""Limits that a .docx must respect before it is parsed, so hostile files fail fast and small."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

MiB = 1024 * 1024


class DocumentLoadError(ValueError):
    """A file that is not a usable .docx; the message names the problem."""


@dataclass(frozen=True)
class LoadLimits:
    """Upper bounds checked from the zip directory before anything is decompressed."""

    max_file_bytes: int = 64 * MiB
    max_entries: int = 2_000
    max_entry_bytes: int = 64 * MiB  # one part, uncompressed
    max_total_bytes: int = 256 * MiB  # all parts, uncompressed
    max_ratio: float = 200.0  # uncompressed / compressed size of one part (zip bombs)
    max_paragraphs: int = 200_000


DEFAULT_LIMITS = LoadLimits()
_REQUIRED = ("[Content_Types].xml",)
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_PROLOG_BYTES = 8192
# what may stand before the root element: declaration, processing instructions, comments, space
_PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)


def validated_zip(data: bytes, limits: LoadLimits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open `data` as a zip and check it against `limits`; raise DocumentLoadError otherwise."""
    if len(data) > limits.max_file_bytes:
        raise DocumentLoadError(
            f"file is too large: {len(data)} bytes (limit {limits.max_file_bytes})"
        )
    if not data.startswith(b"PK"):
        raise DocumentLoadError("not a .docx file: it is not a zip archive")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise DocumentLoadError(f"corrupt .docx: the zip archive cannot be read ({exc})") from None
    if len(infos) > limits.max_entries:
        raise DocumentLoadError(f"too many parts in the archive: {len(infos)} (limit {limits.max_entries})")
    names = {i.filename for i in infos}
    for name in _REQUIRED:
        if name not in names:
            raise DocumentLoadError(f"not a .docx file: the archive has no {name}")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentLoadError(f"encrypted part {info.filename!r} is not supported")
        if info.file_size > limits.max_entry_bytes:
            raise DocumentLoadError(
                f"part {info.filename!r} is too large: {info.file_size} bytes uncompressed "
                f"(limit {limits.max_entry_bytes})"
            )
        if info.file_size > 1 * MiB and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise DocumentLoadError(
                f"part {info.filename!r} looks like a zip bomb: compression ratio "
                f"{info.file_size / max(info.compress_size, 1):.0f}:1 (limit {limits.max_ratio:.0f}:1)"
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise DocumentLoadError(
            f"archive is too large: {total} bytes uncompressed (limit {limits.max_total_bytes})"
        )
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            _check_prolog(zf, info)
    return zf


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a DTD (entity expansion, external entities) by reading only the part's prolog:
    a DTD can only stand before the root element."""
    try:
        with zf.open(info) as f:
            head = f.read(_PROLOG_BYTES)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError) as exc:
        raise DocumentLoadError(f"corrupt .docx: part {info.filename!r} cannot be read ({exc})") from None
    end = _PROLOG.match(head).end()
    if _DTD.match(head, end):
        raise DocumentLoadError(
            f"part {info.filename!r} declares a DTD or entities, which .docx never needs "
            "(possible entity-expansion attack)"
        )
    if end == len(head) and len(head) == _PROLOG_BYTES:
        raise DocumentLoadError(f"part {info.filename!r} has an XML prolog over {_PROLOG_BYTES} bytes")

"""Opening .docx files safely and saving them byte-for-byte deterministically."""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.part import XmlPart
from docx.opc.pkgwriter import _ContentTypesItem
from lxml import etree

from .safety import DEFAULT_LIMITS, DocumentLoadError, LoadLimits, validated_zip
from .xml import W

_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed zip timestamps: same edits ⇒ same bytes
_MAIN_DOCUMENT = RT.OFFICE_DOCUMENT


def read_source(source: str | os.PathLike | bytes | bytearray, limits: LoadLimits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a path or bytes source, refusing files over the size limit before reading."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    path = Path(source)
    if not path.is_file():
        raise DocumentLoadError(f"no such file: {path}")
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise DocumentLoadError(f"file is too large: {size} bytes (limit {limits.max_file_bytes})")
    return path.read_bytes()


def open_docx(data: bytes, limits: LoadLimits = DEFAULT_LIMITS) -> DocxDocument:
    """A python-docx Document from .docx bytes, after the safety checks."""
    validated_zip(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except DocumentLoadError:
        raise
    except KeyError as exc:
        raise DocumentLoadError(f"not a .docx file: missing part {exc}") from None
    except (ValueError, etree.XMLSyntaxError) as exc:
        raise DocumentLoadError(f"not a .docx file or corrupt XML: {exc}") from None
    except Exception as exc:  # python-docx raises many types on malformed packages
        raise DocumentLoadError(f"corrupt .docx: {type(exc).__name__}: {exc}") from None
    body = document.element.body
    if body is None:
        raise DocumentLoadError("corrupt .docx: word/document.xml has no w:body")
    count = sum(1 for _ in body.iter(W.p))
    if count > limits.max_paragraphs:
        raise DocumentLoadError(
            f"document is too large: {count} paragraphs (limit {limits.max_paragraphs})"
        )
    return document


def save_docx(document: DocxDocument, blobs: dict | None = None) -> bytes:
    """Serialize like python-docx does, but with fixed timestamps and order, so equal
    documents give byte-identical files. `blobs` gives parts' serialized XML where the caller
    keeps it (the styles part, per styles version); such blobs and binary parts' (the same
    bytes object every time) are compressed once, not at every save."""
    package = document.part.package
    parts = list(package.iter_parts())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:

        def write(name: str, blob: bytes, kept: bool = False) -> None:
            info = zipfile.ZipInfo(name.lstrip("/"), date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            if not kept or len(blob) < _DEFLATED_MIN:
                zf.writestr(info, blob)
                return
            known = _deflated(blob)
            # what writestr writes, with the compressed data and CRC already known
            info.file_size = len(blob)
            with zf.open(info, "w") as dest:
                dest._compressor = _FLUSHED
                dest._file_size, dest._crc, dest._compress_size = len(blob), known[1], len(known[0])
                zf.fp.write(known[0])

        write(CONTENT_TYPES_URI, _ContentTypesItem.from_parts(parts).blob)
        write(PACKAGE_URI.rels_uri, package.rels.xml)
        for part in parts:
            blob = blobs.get(part) if blobs else None
            if blob is not None:
                write(part.partname, blob, True)
            else:  # a binary part's blob is the same bytes object every time
                write(part.partname, part.blob, not isinstance(part, XmlPart))
            if len(part.rels):
                write(part.partname.rels_uri, part.rels.xml)
    return buffer.getvalue()


_DEFLATED_MIN = 16384  # smaller blobs are compressed every time (cheap)
_DEFLATED_LIMIT = 64
_deflated_cache: dict[int, tuple] = {}  # id(blob) -> (blob, compressed, crc)


def _deflated(blob: bytes) -> tuple[bytes, int]:
    """(raw deflate data as zipfile writes it, CRC-32) of `blob`, kept by identity."""
    hit = _deflated_cache.get(id(blob))
    if hit is None or hit[0] is not blob:
        c = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        if len(_deflated_cache) >= _DEFLATED_LIMIT:
            _deflated_cache.clear()
        hit = _deflated_cache[id(blob)] = (blob, c.compress(blob) + c.flush(), zlib.crc32(blob))
    return hit[1], hit[2]


class _Flushed:
    """A compressor with nothing left to give (the data was written already)."""

    __slots__ = ()

    def flush(self) -> bytes:
        return b""


_FLUSHED = _Flushed()

"""Opening .docx files safely and saving them byte-for-byte deterministically."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
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


def save_docx(document: DocxDocument) -> bytes:
    """Serialize like python-docx does, but with fixed timestamps and order, so equal
    documents give byte-identical files."""
    package = document.part.package
    parts = list(package.iter_parts())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:

        def write(name: str, blob: bytes) -> None:
            info = zipfile.ZipInfo(name.lstrip("/"), date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, blob)

        write(CONTENT_TYPES_URI, _ContentTypesItem.from_parts(parts).blob)
        write(PACKAGE_URI.rels_uri, package.rels.xml)
        for part in parts:
            write(part.partname, part.blob)
            if len(part.rels):
                write(part.partname.rels_uri, part.rels.xml)
    return buffer.getvalue()

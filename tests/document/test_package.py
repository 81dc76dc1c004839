"""Loading from paths, bytes and templates; deterministic saving; hostile input is refused."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import docx
import pytest

from tests.document.conftest import reopen
from wordsim.document import DocumentLoadError, LoadLimits, WordDocument
from wordsim.document.templates import template_bytes, template_names


def _zip(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


BLANK = template_bytes("blank")


def test_open_from_path_bytes_and_template(tmp_path):
    path = tmp_path / "in.docx"
    path.write_bytes(BLANK)
    assert WordDocument.open(path).save() == WordDocument.open(BLANK).save()
    assert WordDocument.open(str(path)).texts() == WordDocument.template("blank").texts()


@pytest.mark.parametrize("name", template_names())
def test_every_template_reopens(name):
    doc = WordDocument.template(name)
    assert reopen(doc).paragraphs is not None
    assert len(doc) >= 1


def test_report_template_is_long_with_structure():
    doc = WordDocument.template("report")
    reread = reopen(doc)
    assert len(reread.tables) == 1
    assert sum(len(p.text.split()) for p in reread.paragraphs) > 1200
    assert reread.sections[0].header.paragraphs[0].text.startswith("Regional Distribution")


def test_save_is_deterministic_and_round_trips(tmp_path):
    a = WordDocument.build("# Title\nHello **world**")
    b = WordDocument.build("# Title\nHello **world**")
    assert a.save() == b.save()
    out = tmp_path / "out.docx"
    data = a.save(out)
    assert out.read_bytes() == data
    assert WordDocument.open(data).save() == data
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_unknown_template():
    with pytest.raises(ValueError, match="unknown template"):
        WordDocument.template("nope")


# ---------------------------------------------------------------- hostile and broken input
def _refused(data: bytes, match: str, limits: LoadLimits | None = None):
    start = time.perf_counter()
    tracemalloc.start()
    try:
        with pytest.raises(DocumentLoadError, match=match):
            WordDocument.open(data, **({"limits": limits} if limits else {}))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 2.0
    assert peak < 64 * 1024 * 1024


def test_not_a_zip():
    _refused(b"%PDF-1.7 this is not a word file", "not a zip archive")


def test_empty_file():
    _refused(b"", "not a zip archive")


def test_missing_file(tmp_path):
    with pytest.raises(DocumentLoadError, match="no such file"):
        WordDocument.open(tmp_path / "missing.docx")


def test_truncated_zip():
    _refused(BLANK[: len(BLANK) // 2], "corrupt")


def test_zip_that_is_not_a_docx():
    _refused(_zip({"hello.txt": b"hi"}), r"no \[Content_Types\].xml")


def test_corrupted_part_bytes():
    data = bytearray(BLANK)
    # flip bytes in the middle of the archive (inside some compressed part)
    for i in range(len(data) // 3, len(data) // 3 + 64):
        data[i] ^= 0x5A
    _refused(bytes(data), "corrupt|not a .docx")


def test_entity_expansion_is_refused():
    entries = _entries(BLANK)
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    entries["word/document.xml"] = lol + entries["word/document.xml"].split(b"?>", 1)[1]
    _refused(_zip(entries), "DTD or entities")


def test_zip_bomb_is_refused_before_decompressing():
    entries = _entries(BLANK)
    entries["word/media/bomb.bin"] = b"\0" * (40 * 1024 * 1024)  # 40 MiB of zeros, ~40 KiB zipped
    _refused(_zip(entries), "zip bomb")


def test_oversized_document_is_refused():
    many = WordDocument.build("\n".join(f"line {i}" for i in range(300))).save()
    _refused(many, "too large: 300 paragraphs", LoadLimits(max_paragraphs=100))


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.docx"
    path.write_bytes(BLANK)
    with pytest.raises(DocumentLoadError, match="file is too large"):
        WordDocument.open(path, limits=LoadLimits(max_file_bytes=1000))


def test_too_many_entries():
    entries = _entries(BLANK)
    entries.update({f"junk/{i}.bin": b"x" for i in range(50)})
    _refused(_zip(entries), "too many parts", LoadLimits(max_entries=40))


def test_a_spreadsheet_is_not_a_word_document():
    entries = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    }
    _refused(_zip(entries), "not a .docx|not a Word file|corrupt")


def test_refusal_writes_nothing(tmp_path):
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DocumentLoadError):
        WordDocument.open(b"garbage")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_python_docx_reads_a_saved_document():
    doc = WordDocument.build("Hello")
    assert docx.Document(io.BytesIO(doc.save())).paragraphs[0].text == "Hello"


def _plain_save(doc: WordDocument) -> bytes:
    """What save wrote before it kept compressed blobs: every entry through zipfile."""
    from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
    from docx.opc.pkgwriter import _ContentTypesItem

    package = doc.docx.part.package
    parts = list(package.iter_parts())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:

        def write(name: str, blob: bytes) -> None:
            info = zipfile.ZipInfo(name.lstrip("/"), date_time=(1980, 1, 1, 0, 0, 0))
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


@pytest.mark.parametrize("name", ["blank", "report"])
def test_kept_blobs_save_the_same_bytes(name):
    """Saves reuse styles.xml per styles version and compressed binary parts: the bytes are
    those of a plain save, across style edits, undo, redo and a restore."""
    doc = WordDocument.template(name)
    snap = doc.snapshot()
    assert doc.save() == _plain_save(doc)
    assert doc.save() == _plain_save(doc)  # kept blobs
    doc.execute("type_text", text="Some words")
    doc.execute("select_all")
    doc.execute("apply_style", style="Heading 2")
    doc.execute("insert_table", rows=2, columns=2)
    version = doc.styles.version
    for style in ("Grid Table 4 Accent 1", "Plain Table 3"):
        doc.execute("table_style", style=style)  # adds Word's definition to styles.xml
        assert doc.save() == _plain_save(doc)
    assert doc.styles.version != version
    doc.execute("bold")
    assert doc.save() == _plain_save(doc)
    doc.execute("select_all")
    doc.execute("font_name", font="Arial")
    assert doc.save() == _plain_save(doc)
    doc.undo()
    assert doc.save() == _plain_save(doc)
    doc.redo()
    assert doc.save() == _plain_save(doc)
    doc.restore(snap)
    assert doc.save() == _plain_save(doc)

"""Build a real .docx from a short text description, for tests, templates and tasks.

One paragraph per line:

    # Heading 1 / ## Heading 2 / ### Heading 3
    Title: text / Subtitle: text / > a quote
    - bullet item / 1. numbered item
    | cell | cell |          consecutive lines form one table
    [page break]
    [header] text / [footer] text
    plain text with **bold**, *italic* and __underlined__ parts

Blank lines are ignored; a line of a single "." makes an empty paragraph."""

from __future__ import annotations

import re

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK

_PREFIXES = (
    ("### ", "Heading 3"),
    ("## ", "Heading 2"),
    ("# ", "Heading 1"),
    ("Title: ", "Title"),
    ("Subtitle: ", "Subtitle"),
    ("> ", "Quote"),
    ("- ", "List Bullet"),
)
_NUMBERED = re.compile(r"^\d+\. ")
_INLINE = re.compile(r"(\*\*.+?\*\*|__.+?__|\*.+?\*)")


def build(spec: str) -> DocxDocument:
    """A python-docx Document made from `spec` (see the module docstring)."""
    document = docx.Document()
    body = document.element.body
    for p in list(body.iterchildren("{*}p")):
        body.remove(p)
    rows: list[list[str]] = []
    for raw in spec.splitlines() + [""]:
        line = raw.rstrip()
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            _add_table(document, rows)
            rows = []
        if not line.strip():
            continue
        _add_line(document, line.strip())
    if not body.findall("{*}p") and not body.findall("{*}tbl"):
        document.add_paragraph()
    return document


def build_bytes(spec: str) -> bytes:
    from .package import save_docx

    return save_docx(build(spec))


def _add_line(document: DocxDocument, line: str) -> None:
    if line == "[page break]":
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        return
    for tag, part in (("[header] ", "header"), ("[footer] ", "footer")):
        if line.startswith(tag):
            target = getattr(document.sections[0], part)
            target.is_linked_to_previous = False
            _add_inline(target.paragraphs[0], line[len(tag) :])
            return
    style = None
    for prefix, name in _PREFIXES:
        if line.startswith(prefix):
            style, line = name, line[len(prefix) :]
            break
    else:
        if _NUMBERED.match(line):
            style, line = "List Number", _NUMBERED.sub("", line, count=1)
    if line == ".":
        line = ""
    _add_inline(document.add_paragraph(style=style), line)


def _add_inline(paragraph, text: str) -> None:
    for piece in _INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            paragraph.add_run(piece[2:-2]).bold = True
        elif piece.startswith("__") and piece.endswith("__") and len(piece) > 4:
            paragraph.add_run(piece[2:-2]).underline = True
        elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
            paragraph.add_run(piece[1:-1]).italic = True
        else:
            paragraph.add_run(piece)


def _add_table(document: DocxDocument, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _add_inline(table.cell(r, c).paragraphs[0], text)

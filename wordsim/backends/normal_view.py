"""A normalised view of a .docx saved by any program (the simulator, LibreOffice, Word): what the
document looks like, with every way of writing the same thing reduced to one.

`normal_view(document)` reads .docx bytes, a `WordDocument` or a python-docx Document into plain
records. It builds on `wordsim.document.query.DocumentView` (texts, styles, lists, tables,
sections, comments) and resolves what that view leaves out or takes as written:

- character formatting per character span, resolved through direct formatting, character style,
  paragraph style, the table style of a cell and the document defaults, with double strike, caps,
  small caps and hidden text; theme fonts and theme colours resolved, so a program that writes the
  defaults out explicitly (LibreOffice does) reads the same as one that inherits them;
- paragraph formatting resolved attribute by attribute through the same layers (a table style's
  spacing applies to its cells' paragraphs, as Word shows it), with keep options and tab stops;
- page breaks as "page breaks before paragraph i": LibreOffice saves a break as a break run at
  the end of the previous paragraph, Word as a break run at the start of the next or as
  `pageBreakBefore`: all three read the same;
- lists without their numbering ids (programs renumber them), keeping kind, level, format and the
  rendered label; comments without ids; fields by name, page-dependent cached results left out;
- first-page and even-page headers only where the section shows them.

Lengths are in points as the file gives them; `compare.py` compares them with a tolerance,
because programs store them in different units (twips, 1/100 mm) and round."""

from __future__ import annotations

from copy import deepcopy

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from wordsim.document import WordDocument
from wordsim.document.fields import fields_in, find_fields
from wordsim.document.headers import _definition  # creates no part
from wordsim.document.page_setup import section_blocks, settings_root
from wordsim.document.query import DocumentView
from wordsim.document.runs import child_text, paragraph_text, text_runs
from wordsim.document.story import block_paragraphs
from wordsim.document.styles import is_on
from wordsim.document.xml import W

from .normalise.layers import Layers, points
from .normalise.records import (
    Comment,
    Field,
    Format,
    HeaderFooter,
    ListItem,
    NormalView,
    Paragraph,
    Section,
    Span,
    Table,
)

__all__ = ["Format", "NormalView", "Paragraph", "normal_view", "open_document"]

_WP_EXTENT = qn("wp:extent")
_INLINE = (qn("wp:inline"), qn("wp:anchor"))
_EMU_PER_PT = 12700
# Fields whose cached result depends on the page the field was last laid out on.
_PAGE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF"}
# Format switches that do not change what a page-number field shows.
_NEUTRAL_SWITCHES = {"\\* MERGEFORMAT", "\\* ARABIC", "\\* Arabic", "\\*MERGEFORMAT"}
_HF_KINDS = (("primary", "default"), ("first", "first"), ("even", "even"))


# ---------------------------------------------------------------------------------- entry
def open_document(document) -> WordDocument:
    """A WordDocument of .docx bytes, a python-docx Document or a WordDocument."""
    if isinstance(document, WordDocument):
        return document
    if isinstance(document, DocxDocument):
        return WordDocument(document)
    if isinstance(document, (bytes, bytearray)):
        return WordDocument.open(bytes(document))
    raise TypeError(f"expected .docx bytes or a document, got {type(document).__name__}")


def normal_view(document) -> NormalView:
    """The normalised view of `document` (.docx bytes, a WordDocument or a python-docx
    Document)."""
    doc = open_document(document)
    view = DocumentView.of(doc)
    layers = Layers(doc)
    story = doc.story.paragraphs
    breaks = _page_breaks(story)
    out = []
    for i, (p, rec) in enumerate(zip(story, view.paragraphs, strict=True)):
        if _section_mark_only(p, rec, breaks[i]):
            continue
        ppr = layers.paragraph(p)
        out.append(Paragraph(
            rec.text, rec.style, ppr["alignment"], ppr["before"], ppr["after"], ppr["line"],
            ppr["rule"], ppr["left"], ppr["right"], ppr["first"], ppr["keepNext"],
            ppr["keepLines"], breaks[i][0] + ppr["pageBreakBefore"], breaks[i][1],
            ppr["tabs"], _spans(layers, p, rec.text), _list(rec.list), rec.hyperlinks,
            _fields(p), _pictures(p), rec.table, rec.cell,
        ))  # fmt: skip
    tables = tuple(Table(*t) for t in view.tables)
    comments = tuple(Comment(c.author, c.text, c.anchor) for c in view.comments)
    return NormalView(tuple(out), tables, _sections(doc, view), comments)


def _section_mark_only(p, rec, breaks) -> bool:
    """An empty paragraph that only carries a section break. Word keeps it (Enter at the start
    of a paragraph, then a section break, leaves one); LibreOffice cannot hold a paragraph for
    the section mark alone and drops it on import, moving the mark to the paragraph before."""
    ppr = p.find(W.pPr)
    return (ppr is not None and ppr.find(W.sectPr) is not None and not rec.text
            and breaks == (0, ()) and not rec.pictures and not rec.fields and rec.table is None)


# ---------------------------------------------------------------------------------- spans
def _spans(layers: Layers, p, text: str) -> tuple[Span, ...]:
    """The paragraph's text cut where the format changes."""
    out: list[Span] = []
    pos = 0
    for r in text_runs(p):
        n = sum(len(child_text(c)) for c in r if c.tag != W.rPr)
        if not n:
            continue
        fmt = layers.run_format(r, p)
        if out and out[-1].format == fmt and out[-1].end == pos:
            out[-1] = out[-1]._replace(end=pos + n)
        else:
            out.append(Span(pos, pos + n, fmt))
        pos += n
    if pos != len(text):  # the two readers disagree on the text: a programming error
        raise AssertionError(f"spans cover {pos} characters of {len(text)}: {text!r}")
    return tuple(out)


# ---------------------------------------------------------------------------------- breaks
def _page_breaks(story: list) -> list[tuple[int, tuple[int, ...]]]:
    """(page breaks before, offsets of breaks strictly inside) for each story paragraph. A
    break at offset 0 is before its paragraph; one at the end of a paragraph's text is before
    the next paragraph of the same container (LibreOffice's way of saving a break)."""
    found = []
    for p in story:
        offsets, pos = [], 0
        for r in text_runs(p):
            for c in r:
                if c.tag == W.br and c.get(W.type) == "page":
                    offsets.append(pos)
                elif c.tag != W.rPr:
                    pos += len(child_text(c))
        found.append((offsets, pos))
    out = [[0, []] for _ in story]
    for i, (offsets, length) in enumerate(found):
        nxt = i + 1 < len(story) and story[i + 1].getparent() is story[i].getparent()
        for offset in offsets:
            if offset == 0:
                out[i][0] += 1
            elif offset == length and nxt:
                out[i + 1][0] += 1
            else:
                out[i][1].append(offset)
    return [(n, tuple(inside)) for n, inside in out]


# ---------------------------------------------------------------------------------- the rest
def _list(info) -> ListItem | None:
    if info is None:
        return None
    return ListItem(info.kind, info.level, info.num_fmt, info.lvl_text, info.label)


def _field(instruction: str, result: str) -> Field:
    words = instruction.split()
    name = words[0].upper() if words else ""
    code = " ".join(words)
    for switch in _NEUTRAL_SWITCHES:
        code = code.replace(switch, "")
    code = " ".join(code.split())
    if name == code.upper():
        code = name
    return Field(name, code, None if name in _PAGE_FIELDS else result)


def _fields(p) -> tuple[Field, ...]:
    return tuple(_field(*f) for f in fields_in(p))


def _text_without_page_numbers(p) -> str:
    """A header or footer paragraph's text with the cached results of page fields left out: a
    program writes the number of whichever page it laid the story out on last (LibreOffice
    the last page of a multi-page document, Word the first)."""
    page_fields = [f for f in find_fields(p) if f.name in _PAGE_FIELDS]
    if not page_fields:
        return paragraph_text(p)
    p = deepcopy(p)  # a header paragraph is small; the document itself is never changed
    for f in find_fields(p):
        if f.name not in _PAGE_FIELDS:
            continue
        if f.first is f.last:  # w:fldSimple: its runs are the result
            runs = list(f.first.iter(W.r))
        else:
            siblings = list(f.first.itersiblings())
            runs = siblings[: siblings.index(f.last)] if f.last in siblings else []
            separate = [i for i, r in enumerate(runs)
                        if any(c.get(W.fldCharType) == "separate" for c in r.iter(W.fldChar))]
            runs = runs[separate[0] + 1 :] if separate else []
        for r in runs:
            for t in r.iter(W.t):
                t.text = ""
    return paragraph_text(p)


def _pictures(p) -> tuple[tuple[float, float], ...]:
    out = []
    for el in p.iter(*_INLINE):
        extent = el.find(_WP_EXTENT)
        if extent is not None:
            out.append((int(extent.get("cx", 0)) / _EMU_PER_PT,
                        int(extent.get("cy", 0)) / _EMU_PER_PT))
    return tuple(out)


def _sections(doc: WordDocument, view: DocumentView) -> tuple[Section, ...]:
    """Sections with the page as laid out (orientation from the page's shape) and the headers
    and footers each shows: first-page ones only with a title page, even-page ones only with
    different odd and even pages (the others are stored but never shown)."""
    blocks = section_blocks(doc)
    settings = settings_root(doc)
    even = settings is not None and is_on(settings.find(W.evenAndOddHeaders))
    out = []
    for k, (rec, (_, sect)) in enumerate(zip(view.sections, blocks, strict=True)):
        found = {c.tag: c for c in sect}
        w, h = rec.page_width_pt, rec.page_height_pt
        orientation = rec.orientation if w is None or h is None else \
            ("landscape" if w > h else "portrait")
        margins = found.get(W.pgMar)
        gutter = points(margins.get(W.gutter)) if margins is not None else 0.0
        cols = found.get(W.cols)
        spacing = None
        if rec.columns > 1:
            spacing = points(cols.get(W.space)) if cols.get(W.space) is not None else 36.0
        title = is_on(found.get(W.titlePg))
        shown = []
        for story in ("header", "footer"):
            for kind, _ in _HF_KINDS:
                if (kind == "first" and not title) or (kind == "even" and not even):
                    continue
                part = _definition(doc, blocks, k, story, kind)[1]
                if part is None:
                    continue
                paras = [p for c in part.element for p in block_paragraphs(c)]
                text = "\n".join(_text_without_page_numbers(q) for q in paras)
                fields = tuple(f for q in paras for f in _fields(q))
                shown.append(HeaderFooter(story, kind, text, fields))
        # the first section's start is the document's: how it would start is never seen; and
        # a "continuous" section on a page of another size or orientation starts a new page
        # in Word too (LibreOffice saves it as a next-page break)
        start = "new_page" if k == 0 else rec.start_type
        if start == "continuous" and out and (out[-1].page_width_pt, out[-1].page_height_pt) \
                != (w, h):
            start = "new_page"
        out.append(Section(
            orientation, w, h, rec.top_margin_pt, rec.bottom_margin_pt, rec.left_margin_pt,
            rec.right_margin_pt, gutter, rec.columns, spacing, start, tuple(shown),
        ))
    return tuple(out)

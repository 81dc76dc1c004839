"""The query view read the slow, obviously correct way: through python-docx's proxy objects.

`proxy_view(document)` returns the same `DocumentView` records as `query.view`, reading
paragraph.text, paragraph.style.name, paragraph_format, run.font with the style hierarchy
walked through python-docx style objects, tables, sections and headers. It is the reference
that `query` is tested against, and the naive baseline of `wordsim bench docmodel`.

python-docx has no API for a few things; those are read from the proxies' own elements (page
breaks, section columns, comment ranges, the document defaults), and list numbering and fields
reuse the document model's helpers (`lists.list_info`, `fields.fields_in`)."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.dml import MSO_COLOR_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.font import Font
from docx.text.hyperlink import Hyperlink as DocxHyperlink
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.parfmt import ParagraphFormat
from docx.text.run import Run as DocxRun
from lxml import etree

from . import query
from .char_values import DEFAULT_FONT_SIZE
from .fields import fields_in
from .lists import list_info
from .query import (
    DEFAULT_ALIGNMENT,
    DEFAULT_LINE_SPACING,
    Comment,
    DocumentView,
    Field,
    Hyperlink,
    Paragraph,
    Run,
    Section,
    Table,
)

_RULES = {WD_LINE_SPACING.EXACTLY: "exact", WD_LINE_SPACING.AT_LEAST: "at_least"}


class _Props:
    """Stands in for an element with a `w:rPr` / `w:pPr` child, so python-docx's Font and
    ParagraphFormat can read the document defaults (python-docx has no proxy for them)."""

    def __init__(self, rPr=None, pPr=None):
        self.rPr = rPr
        self.pPr = pPr


def proxy_view(document: DocxDocument) -> DocumentView:
    """The view of a python-docx Document (or a WordDocument's), read through python-docx
    proxies."""
    from .document import WordDocument

    if isinstance(document, WordDocument):
        document = document.docx
    word = WordDocument(document)  # for the list and field helpers only
    defaults = (*_defaults(document), _theme_fonts(document))
    located: list = []  # (paragraph, table index, (row, column)) in reading order
    tables: list = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxTable):
            _locate_table(item, tables, located)
        else:
            located.append((item, None, None))
    paragraphs = tuple(
        _paragraph(word, par, t, cell, defaults) for par, t, cell in located
    )
    return DocumentView(
        paragraphs,
        tuple(_table(t) for t in tables),
        _sections(document, word, defaults),
        _comments(document, [par for par, _, _ in located]),
        len(document.inline_shapes),
    )


def _defaults(document) -> tuple:
    dd = document.styles.element.find(qn("w:docDefaults"))
    rpr = dd.find(qn("w:rPrDefault") + "/" + qn("w:rPr")) if dd is not None else None
    ppr = dd.find(qn("w:pPrDefault") + "/" + qn("w:pPr")) if dd is not None else None
    return Font(_Props(rPr=rpr)), ParagraphFormat(_Props(pPr=ppr))


def _locate_table(table, tables: list, out: list) -> None:
    """Append `table` to `tables` and its paragraphs, with their table index and cell, to
    `out`, in reading order; nested tables follow the table holding them."""
    index = len(tables)
    tables.append(table)
    for r, row in enumerate(table.rows):
        col = row.grid_cols_before
        for tc in row._tr.tc_lst:  # every w:tc, merged continuation cells included
            cell = _Cell(tc, table)
            for item in cell.iter_inner_content():
                if isinstance(item, DocxTable):
                    _locate_table(item, tables, out)
                else:
                    out.append((item, index, (r, col)))
            col += cell.grid_span


# ---------------------------------------------------------------------------------- paragraphs
def _styles(style):
    """`style` and the styles it is based on, nearest first."""
    seen = set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        yield style
        style = style.base_style


def _formats(paragraph: DocxParagraph, styles: list, defaults) -> list[ParagraphFormat]:
    return [paragraph.paragraph_format, *(s.paragraph_format for s in styles), defaults[1]]


def _first(formats, getter):
    for f in formats:
        value = getter(f)
        if value is not None:
            return value
    return None


def _pt(length) -> float:
    return 0.0 if length is None else length.pt


def _paragraph(word, paragraph: DocxParagraph, table, cell, defaults,
               story: bool = True) -> Paragraph:
    """The record of `paragraph`; `story` False for a header or footer paragraph (no list
    label: numbering counts the main story)."""
    style = paragraph.style  # each python-docx style lookup scans styles.xml: look up once
    styles = list(_styles(style))
    formats = _formats(paragraph, styles, defaults)
    alignment = _first(formats, lambda f: f.alignment)
    spaced = next((f for f in formats if f.line_spacing is not None), None)
    if spaced is None:
        line, rule = DEFAULT_LINE_SPACING
    else:
        rule = _RULES.get(spaced.line_spacing_rule, "multiple")
        line = float(spaced.line_spacing) if rule == "multiple" else spaced.line_spacing.pt
    runs, breaks = [], 0
    for run in _runs(paragraph):
        breaks += sum(1 for br in run._r.findall(qn("w:br")) if br.get(qn("w:type")) == "page")
        if run.text:
            runs.append(_run(run, styles, defaults[0], defaults[2]))
    info = list_info(word, paragraph._p) if story else None
    return Paragraph(
        paragraph.text,
        style.name if style is not None else None,
        alignment.name.lower() if alignment is not None else DEFAULT_ALIGNMENT,
        line,
        rule,
        _pt(_first(formats, lambda f: f.space_before)),
        _pt(_first(formats, lambda f: f.space_after)),
        _pt(_first(formats, lambda f: f.left_indent)),
        _pt(_first(formats, lambda f: f.right_indent)),
        _pt(_first(formats, lambda f: f.first_line_indent)),
        bool(_first(formats, lambda f: f.page_break_before)),
        breaks,
        tuple(runs),
        tuple(Hyperlink(h.address, h.fragment, h.text) for h in paragraph.hyperlinks),
        tuple(Field(*f) for f in fields_in(paragraph._p)),
        sum(len(r._r.xpath("./w:drawing/wp:inline")) for r in paragraph.runs),
        query.list_record(info),
        table,
        cell,
    )


def _runs(paragraph: DocxParagraph):
    for item in paragraph.iter_inner_content():
        if isinstance(item, DocxHyperlink):
            yield from item.runs
        else:
            yield item


def _run(run, paragraph_styles: list, default_font, theme: dict) -> Run:
    fonts = [run.font]
    run_style = run.style
    if run_style is not None:
        fonts += [s.font for s in _styles(run_style)]
    fonts += [s.font for s in paragraph_styles]
    fonts.append(default_font)
    underline = _first(fonts, lambda f: f.underline)
    if underline is True:
        underline = "single"
    elif underline is not None and underline is not False:
        underline = underline.xml_value
    size = _first(fonts, lambda f: f.size)
    colored = next((f for f in fonts if f.color.type is not None), None)
    color = None
    if colored is not None and colored.color.type != MSO_COLOR_TYPE.AUTO:
        color = None if colored.color.rgb is None else str(colored.color.rgb)
    highlight = _first(fonts, lambda f: f.highlight_color)
    return Run(
        run.text,
        bool(_first(fonts, lambda f: f.bold)),
        bool(_first(fonts, lambda f: f.italic)),
        underline or None,
        bool(_first(fonts, lambda f: f.strike)),
        bool(_first(fonts, lambda f: f.subscript)),
        bool(_first(fonts, lambda f: f.superscript)),
        _font_name(fonts, theme),
        DEFAULT_FONT_SIZE if size is None else size.pt,
        color,
        None if highlight is None else highlight.xml_value,
    )


def _font_name(fonts, theme: dict) -> str | None:
    """The nearest Latin font: a theme font (python-docx cannot resolve those) or font.name."""
    for font in fonts:
        rpr = font._element.rPr
        rfonts = None if rpr is None else rpr.rFonts
        if rfonts is None:
            continue
        theme_font = rfonts.get(qn("w:asciiTheme"))
        if theme_font:
            return theme.get("major" if theme_font.startswith("major") else "minor")
        if font.name:
            return font.name
    return None


def _theme_fonts(document) -> dict:
    """{"major": typeface, "minor": typeface} from the theme part (python-docx has no API)."""
    try:
        part = document.part.part_related_by(RT.THEME)
    except KeyError:
        return {}
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    scheme = etree.fromstring(part.blob).find(f".//{a}fontScheme")
    fonts = {}
    for kind in ("major", "minor"):
        latin = None if scheme is None else scheme.find(f"{a}{kind}Font/{a}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface")
    return fonts


# ---------------------------------------------------------------------------------- the rest
def _table(table: DocxTable) -> Table:
    cells = tuple(tuple(c.text for c in row.cells) for row in table.rows)
    style = table.style
    return Table(len(table.rows), len(table.columns), cells, style.name if style else None)


def _story_text(paragraphs) -> str:
    return "\n".join(p.text for p in paragraphs)


def _shown(attr: str, sections: list, k: int):
    """Header or footer `attr` ("header", "first_page_footer" ...) that section k shows,
    following links to earlier sections without creating a definition (python-docx would
    add one to a linked first section); None when none is defined."""
    while k >= 0:
        hf = getattr(sections[k], attr)
        if not hf.is_linked_to_previous:
            return hf
        k -= 1
    return None


def _hf_paragraphs(container) -> list[DocxParagraph]:
    """Paragraphs of a header, footer or cell in reading order, table cells included."""
    out = []
    for item in container.iter_inner_content():
        if isinstance(item, DocxTable):
            for row in item.rows:
                for tc in row._tr.tc_lst:
                    out.extend(_hf_paragraphs(_Cell(tc, item)))
        else:
            out.append(item)
    return out


def _sections(document, word, defaults) -> tuple[Section, ...]:
    sections = list(document.sections)
    out = []
    for k, s in enumerate(sections):
        cols = s._sectPr.find(qn("w:cols"))
        shown = {f"{prefix}{story}": _shown(f"{prefix}{story}", sections, k)
                 for prefix in ("", "first_page_", "even_page_") for story in ("header", "footer")}
        out.append(
            Section(
                s.orientation.name.lower(),
                None if s.page_width is None else s.page_width.pt,
                None if s.page_height is None else s.page_height.pt,
                None if s.top_margin is None else s.top_margin.pt,
                None if s.bottom_margin is None else s.bottom_margin.pt,
                None if s.left_margin is None else s.left_margin.pt,
                None if s.right_margin is None else s.right_margin.pt,
                int(cols.get(qn("w:num"), "1")) if cols is not None else 1,
                s.start_type.name.lower(),
                *(None if hf is None else _story_text(_hf_paragraphs(hf)) for hf in shown.values()),
                *(() if shown[story] is None else tuple(
                    _paragraph(word, par, None, None, defaults, story=False)
                    for par in _hf_paragraphs(shown[story])) for story in ("header", "footer")),
            )
        )
    return tuple(out)


def _comments(document, paragraphs) -> tuple[Comment, ...]:
    if not any(r.reltype == RT.COMMENTS for r in document.part.rels.values()):
        return ()  # document.comments would add an empty comments part
    anchors = _anchors(paragraphs)
    return tuple(
        Comment(c.comment_id, c.author, c.text, anchors.get(c.comment_id, ""))
        for c in document.comments
    )


def _anchors(paragraphs) -> dict[int, str]:
    start, end, r_tag = qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:r")
    texts: dict[int, str] = {}
    open_ids: list[int] = []
    for paragraph in paragraphs:
        for cid in open_ids:
            texts[cid] += "\n"
        items = []
        for child in paragraph._p:
            if child.tag == qn("w:hyperlink"):
                items.extend(child)
            else:
                items.append(child)
        for el in items:
            if el.tag == start:
                cid = int(el.get(qn("w:id")))
                texts[cid] = ""
                open_ids.append(cid)
            elif el.tag == end:
                cid = int(el.get(qn("w:id")))
                if cid in open_ids:
                    open_ids.remove(cid)
            elif el.tag == r_tag:
                text = DocxRun(el, paragraph).text
                for cid in open_ids:
                    texts[cid] += text
    return {cid: t for cid, t in texts.items() if cid not in open_ids}

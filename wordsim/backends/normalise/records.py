"""The records of a normalised document view: plain, immutable, comparable data."""

from __future__ import annotations

from typing import NamedTuple

from wordsim.document.query import Hyperlink

__all__ = ["Comment", "Field", "Format", "HeaderFooter", "Hyperlink", "ListItem", "NormalView",
           "Paragraph", "Section", "Span", "Tab", "Table"]


class Format(NamedTuple):
    """What one character looks like."""

    bold: bool
    italic: bool
    underline: str | None  # "single", "double", ...; None: not underlined
    strike: bool
    double_strike: bool
    vert_align: str  # "baseline", "superscript" or "subscript"
    caps: bool
    small_caps: bool
    hidden: bool
    font: str | None  # the Latin font, theme fonts resolved
    size_pt: float
    color: str | None  # "RRGGBB"; None: automatic
    highlight: str | None  # Word's highlight colour name; None: none


class Span(NamedTuple):
    """Characters [start, end) of a paragraph's text that share one format."""

    start: int
    end: int
    format: Format


class Tab(NamedTuple):
    position_pt: float
    alignment: str  # "left", "center", "right", "decimal", "bar"
    leader: str  # "none", "dot", "hyphen", ...


class ListItem(NamedTuple):
    """A list paragraph as the reader sees it (numbering ids left out: programs renumber)."""

    kind: str  # "bullet" or "number"
    level: int
    num_fmt: str
    lvl_text: str
    label: str  # the label shown: "3.", "b)", "•"


class Field(NamedTuple):
    name: str  # "PAGE", "HYPERLINK", ...
    instruction: str  # the field code, spaces collapsed, neutral switches left out
    result: str | None  # the cached result; None where it depends on the page


class Paragraph(NamedTuple):
    text: str
    style: str | None
    alignment: str
    space_before_pt: float
    space_after_pt: float
    line_spacing: float  # lines for rule "multiple", else points
    line_rule: str
    left_indent_pt: float
    right_indent_pt: float
    first_line_indent_pt: float  # negative: hanging
    keep_with_next: bool
    keep_together: bool
    page_breaks_before: int  # page breaks between the previous paragraph's text and this one's
    breaks_inside: tuple[int, ...]  # offsets of page breaks strictly inside the text
    tabs: tuple[Tab, ...]
    spans: tuple[Span, ...]
    list: ListItem | None
    hyperlinks: tuple[Hyperlink, ...]
    fields: tuple[Field, ...]
    pictures: tuple[tuple[float, float], ...]  # (width, height) in points of each picture
    table: int | None
    cell: tuple[int, int] | None


class Table(NamedTuple):
    rows: int
    columns: int
    cells: tuple[tuple[str, ...], ...]
    style: str | None


class HeaderFooter(NamedTuple):
    story: str  # "header" or "footer"
    kind: str  # "primary", "first" or "even"
    text: str
    fields: tuple[Field, ...]


class Section(NamedTuple):
    orientation: str
    page_width_pt: float | None
    page_height_pt: float | None
    top_margin_pt: float | None
    bottom_margin_pt: float | None
    left_margin_pt: float | None
    right_margin_pt: float | None
    gutter_pt: float
    columns: int
    column_spacing_pt: float | None  # None for one column (the spacing is not shown)
    start_type: str
    headers: tuple[HeaderFooter, ...]  # the headers and footers it shows


class Comment(NamedTuple):
    author: str
    text: str
    anchor: str


class NormalView(NamedTuple):
    paragraphs: tuple[Paragraph, ...]
    tables: tuple[Table, ...]
    sections: tuple[Section, ...]
    comments: tuple[Comment, ...]

"""The query view: equal to what python-docx reads from the saved file, and kept up to date
incrementally after every command, undo and redo."""

from __future__ import annotations

import dataclasses
import struct
import zlib

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX, WD_LINE_SPACING
from docx.shared import Pt, RGBColor
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.document.conftest import reopen
from wordsim.document import CommandError, WordDocument, query
from wordsim.document.lists import list_info
from wordsim.document.proxy_view import proxy_view
from wordsim.document.query import DocumentView, view
from wordsim.document.tables import table_of

SPEC = """Title: Quarterly review
# Overview
Plain text with **bold**, *italic* and __underlined__ words.
- first point
- second point
1. step one
2. step two
3. step three
| Name | Score |
| Ann | 12 |
| Bob | 9 |
[page break]
## Details
> A quoted remark.
Closing words of the document.
[header] Company confidential
[footer] Page footer
"""


def png() -> bytes:
    """A 2x1 pixel PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\x00\x00\xff")
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def differences(a: DocumentView, b: DocumentView) -> list[str]:
    """Readable differences between two views (for assertion messages)."""
    out = []
    for name in ("paragraphs", "tables", "sections", "comments", "pictures"):
        x, y = getattr(a, name), getattr(b, name)
        if x == y:
            continue
        if not isinstance(x, tuple) or len(x) != len(y):
            out.append(f"{name}: {x!r} != {y!r}")
            continue
        for i, (u, w) in enumerate(zip(x, y, strict=True)):
            out += [f"{name}[{i}].{f}: {getattr(u, f)!r} != {getattr(w, f)!r}"
                    for f in u._fields if getattr(u, f) != getattr(w, f)]
    return out


def assert_matches_saved_file(doc: WordDocument) -> DocumentView:
    """The fast view of the live document equals python-docx's reading of its saved bytes."""
    fast = view(doc)
    reference = proxy_view(reopen(doc))
    assert fast == reference, differences(fast, reference)
    return fast


def assert_update_equals_rebuild(before: DocumentView, doc: WordDocument, change) -> DocumentView:
    updated = before.update(doc, change)
    full = view(doc)
    assert updated == full, differences(updated, full)
    return updated


@pytest.fixture
def doc():
    return WordDocument.build(SPEC)


def index_of(doc: WordDocument, text: str) -> int:
    return next(i for i in range(len(doc)) if text in doc.text(i))


def caret_after(doc: WordDocument, text: str) -> None:
    i = index_of(doc, text)
    doc.set_selection((i, len(doc.text(i))))


def select(doc: WordDocument, text: str) -> None:
    i = index_of(doc, text)
    start = doc.text(i).index(text)
    doc.set_selection((i, start), (i, start + len(text)))


# ---------------------------------------------------------------------------- built documents
def test_built_document_matches_saved_file(doc):
    v = assert_matches_saved_file(doc)
    assert [p.text for p in v.paragraphs] == doc.texts()


def test_records_read_what_was_built(doc):
    v = view(doc)
    by_text = {p.text: p for p in v.paragraphs}
    assert by_text["Overview"].style == "Heading 1"
    assert by_text["Details"].style == "Heading 2"
    plain = by_text["Plain text with bold, italic and underlined words."]
    assert [(r.text, r.bold, r.italic, r.underline) for r in plain.runs] == [
        ("Plain text with ", False, False, None),
        ("bold", True, False, None),
        (", ", False, False, None),
        ("italic", False, True, None),
        (" and ", False, False, None),
        ("underlined", False, False, "single"),
        (" words.", False, False, None),
    ]
    assert [p.list.label for p in v.paragraphs if p.list] == ["•", "•", "1.", "2.", "3."]
    assert by_text["step two"].list.kind == "number"
    assert v.tables[0].cells == (("Name", "Score"), ("Ann", "12"), ("Bob", "9"))
    assert v.tables[0].style == "Table Grid"
    assert by_text["Bob"].cell == (2, 0) and by_text["Bob"].table == 0
    assert by_text["9"].in_table and not by_text["Overview"].in_table
    assert sum(p.page_breaks for p in v.paragraphs) == 1
    (section,) = v.sections
    assert (section.header, section.footer) == ("Company confidential", "Page footer")
    assert section.orientation == "portrait" and section.page_width_pt == 612.0
    assert v.comments == () and v.pictures == 0


def test_report_template_matches_saved_file():
    doc = WordDocument.template("report")
    v = assert_matches_saved_file(doc)
    assert len(v.paragraphs) == len(doc) and v.tables and v.sections[0].header


def test_view_of_python_docx_document_equals_view_of_word_document(doc):
    plain = reopen(doc)
    assert view(plain) == view(doc) == DocumentView.of(WordDocument(plain))


def test_view_does_not_change_the_document(doc):
    b0 = doc.save()
    view(doc)
    proxy_view(doc.docx)
    assert doc.save() == b0


def test_records_are_immutable(doc):
    v = view(doc)
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.pictures = 3
    with pytest.raises(AttributeError):
        v.paragraphs[0].text = "changed"
    assert isinstance(v.paragraphs, tuple) and isinstance(v.paragraphs[0].runs, tuple)


def test_places_and_lists_agree_with_the_helpers(doc):
    v = view(doc)
    tables = [b for b in doc.body.iter("{*}tbl")]
    for i, p in enumerate(v.paragraphs):
        place = table_of(doc, i)
        expected = None if place is None else (tables.index(place[0]), (place[1], place[2]))
        assert (None if p.table is None else (p.table, p.cell)) == expected
        assert p.list == query.list_record(list_info(doc, i))


# ---------------------------------------------------------------------------- python-docx documents
def test_style_fallback_per_attribute_and_document_defaults():
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.paragraph_format.space_after = Pt(10)
    normal.paragraph_format.line_spacing = Pt(15)
    normal.font.color.rgb = RGBColor(0x12, 0x34, 0x56)
    p = d.add_paragraph("spaced")
    p.paragraph_format.space_before = Pt(6)  # only before: after still comes from the style
    q = d.add_paragraph("at least")
    q.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    q.paragraph_format.line_spacing = Pt(20)
    q.paragraph_format.first_line_indent = Pt(-12)
    r = d.add_paragraph().add_run("auto colour")
    r.font.color.rgb = None
    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    v = view(d)
    assert v == proxy_view(d), differences(view(d), proxy_view(d))
    first, second, third = v.paragraphs
    assert (first.space_before_pt, first.space_after_pt) == (6.0, 10.0)
    assert (first.line_spacing, first.line_spacing_rule) == (15.0, "exact")
    assert (second.line_spacing, second.line_spacing_rule) == (20.0, "at_least")
    assert second.first_line_indent_pt == -12.0
    assert first.runs[0].color == "123456" and third.runs[0].highlight == "yellow"
    assert first.runs[0].font == "Cambria"  # the theme's minor font, via the document defaults


def test_merged_and_nested_tables():
    d = docx.Document()
    d.add_paragraph("before")
    t = d.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            t.cell(r, c).text = f"{r}{c}"
    t.cell(0, 0).merge(t.cell(0, 1))  # horizontal span
    t.cell(1, 2).merge(t.cell(2, 2))  # vertical merge
    inner = t.cell(2, 0).add_table(rows=1, cols=2)
    inner.cell(0, 1).text = "inner"
    d.add_table(rows=1, cols=1).cell(0, 0).text = "last"
    v = view(d)
    assert v == proxy_view(d), differences(v, proxy_view(d))
    outer, nested, last = v.tables
    assert outer.cells[0] == ("00\n01", "00\n01", "02")
    assert outer.cells[2][2] == outer.cells[1][2] == "12\n22"
    assert nested.cells == (("", "inner"),) and last.cells == (("last",),)
    inner_p = next(p for p in v.paragraphs if p.text == "inner")
    assert (inner_p.table, inner_p.cell) == (1, (0, 1))
    assert next(p for p in v.paragraphs if p.text == "last").table == 2


def test_sections_orientation_and_columns():
    d = docx.Document()
    d.add_paragraph("portrait page")
    section = d.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "landscape header"
    d.add_paragraph("landscape page")
    v = view(d)
    assert v == proxy_view(d), differences(v, proxy_view(d))
    first, second = v.sections
    assert first.orientation == "portrait" and first.header is None
    assert second.orientation == "landscape" and second.page_width_pt == 792.0
    assert second.header == "landscape header" and second.start_type == "new_page"


def test_header_and_footer_paragraph_records(doc):
    """The primary header and footer a section shows come as paragraph records too: text,
    effective alignment, fields (a page number's PAGE), runs; equal to python-docx's reading."""
    (section,) = view(doc).sections
    assert [p.text for p in section.header_paragraphs] == ["Company confidential"]
    assert section.header_paragraphs[0].style == "Header"
    assert section.footer_paragraphs[0].alignment == "left"
    for position, alignment in (("top", "right"), ("bottom", "center")):
        v = assert_update_equals_rebuild(
            view(doc), doc, doc.execute("page_number", position=position, alignment=alignment))
        story = v.sections[0].header_paragraphs if position == "top" \
            else v.sections[0].footer_paragraphs
        (numbered,) = [p for p in story if any(f.instruction.split()[0] == "PAGE"
                                               for f in p.fields)]
        assert numbered.alignment == alignment and numbered.list is None
    assert_matches_saved_file(doc)


def test_header_records_of_a_python_docx_document():
    d = docx.Document()
    d.add_paragraph("body")
    footer = d.sections[0].footer
    footer.paragraphs[0].text = "left line"
    right = footer.add_paragraph("Page ")
    right.alignment = 2  # WD_ALIGN_PARAGRAPH.RIGHT
    run = right.add_run()
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None),
                              (None, None), ("end", None)):
        if kind is not None:
            run._r.append(docx.oxml.parse_xml(
                f'<w:fldChar {docx.oxml.ns.nsdecls("w")} w:fldCharType="{kind}"/>'))
        elif instruction is not None:
            run._r.append(docx.oxml.parse_xml(
                f'<w:instrText {docx.oxml.ns.nsdecls("w")}>{instruction}</w:instrText>'))
        else:
            run._r.append(docx.oxml.parse_xml(f'<w:t {docx.oxml.ns.nsdecls("w")}>7</w:t>'))
    footer.add_table(1, 1, docx.shared.Inches(2)).cell(0, 0).text = "in a cell"
    v = view(d)
    assert v == proxy_view(d), differences(v, proxy_view(d))
    (section,) = v.sections
    assert section.footer == "left line\nPage 7\nin a cell" and section.header_paragraphs == ()
    first, second, cell = section.footer_paragraphs
    assert (first.alignment, second.alignment, cell.text) == ("left", "right", "in a cell")
    assert second.fields == (query.Field("PAGE", "7"),) and second.text == "Page 7"


# ---------------------------------------------------------------------------- after commands
EDITS = [
    ("bold", "Closing", {}, lambda p: p.runs[0].bold),
    ("bold", "Overview", {}, lambda p: not p.runs[0].bold),  # Heading 1 is bold: a toggle
    ("italic", "Closing", {}, lambda p: p.runs[0].italic),
    ("underline", "Closing", {"style": "double"}, lambda p: p.runs[0].underline == "double"),
    ("strikethrough", "Closing", {}, lambda p: p.runs[0].strike),
    ("superscript", "Closing", {}, lambda p: p.runs[0].superscript),
    ("subscript", "Closing", {}, lambda p: p.runs[0].subscript),
    ("font_size", "Closing", {"size": 15}, lambda p: p.runs[0].size_pt == 15.0),
    ("font_name", "Closing", {"font": "Arial"}, lambda p: p.runs[0].font == "Arial"),
    ("font_color", "Closing", {"color": "red"}, lambda p: p.runs[0].color == "FF0000"),
    ("highlight", "Closing", {"color": "yellow"}, lambda p: p.runs[0].highlight == "yellow"),
    ("align", "Closing", {"alignment": "center"}, lambda p: p.alignment == "center"),
    ("align", "Closing", {"alignment": "justify"}, lambda p: p.alignment == "justify"),
    ("line_spacing", "Closing", {"value": 1.5}, lambda p: p.line_spacing == 1.5),
    ("line_spacing", "Closing", {"value": 14, "rule": "exact"},
     lambda p: (p.line_spacing, p.line_spacing_rule) == (14.0, "exact")),
    ("space_before", "Closing", {"points": 18}, lambda p: p.space_before_pt == 18.0),
    ("space_after", "Closing", {"points": 4}, lambda p: p.space_after_pt == 4.0),
    ("left_indent", "Closing", {"points": 36}, lambda p: p.left_indent_pt == 36.0),
    ("right_indent", "Closing", {"points": 12}, lambda p: p.right_indent_pt == 12.0),
    ("first_line_indent", "Closing", {"points": -18}, lambda p: p.first_line_indent_pt == -18.0),
    ("apply_style", "Closing", {"style": "Heading 3"}, lambda p: p.style == "Heading 3"),
    ("bullets", "Closing", {}, lambda p: p.list is not None and p.list.kind == "bullet"),
    ("numbering", "Closing", {"format": "a)"}, lambda p: p.list.label == "a)"),
    ("insert_hyperlink", "Closing", {"address": "https://example.com/x"},
     lambda p: p.hyperlinks[0] == query.Hyperlink("https://example.com/x", "", "Closing")),
    ("type_text", "Closing", {"text": "New "}, lambda p: p.text.startswith("New ")),
    ("clear_formatting", "bold", {}, lambda p: not any(r.bold for r in p.runs)),
]


@pytest.mark.parametrize(("name", "target", "args", "check"), EDITS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EDITS)])
def test_view_after_edit(doc, name, target, args, check):
    before = view(doc)
    select(doc, target)
    i = doc.selection.start.para
    change = doc.execute(name, **args)
    after = assert_update_equals_rebuild(before, doc, change)
    assert check(after.paragraphs[i])
    assert_matches_saved_file(doc)
    assert before.update(doc, doc.undo()) == before == view(doc)


def test_view_after_structure_and_part_edits(doc):
    v = view(doc)
    steps = [
        ("Closing", "insert_table", {"rows": 2, "columns": 3}),
        (None, "set_cell_text", {"table": 2, "row": 1, "column": 2, "text": "cell text"}),
        (None, "page_number", {}),
        (None, "select_text", {"text": "Overview"}),
        (None, "add_comment", {"text": "Check the title", "author": "Ann"}),
        ("Details", "insert_picture", {"data": png(), "width": 1}),
        ("Closing", "section_break", {"kind": "next_page"}),
        ("Closing", "orientation", {"value": "landscape"}),
        ("Closing", "columns", {"count": 2}),
        ("Overview", "margins", {"preset": "narrow"}),
        ("Details", "page_break", {}),
        ("Ann", "enter", {}),
        (None, "replace_all", {"find": "step", "replace": "stage"}),
    ]
    for target, name, args in steps:
        if target is not None:
            caret_after(doc, target)
        v = assert_update_equals_rebuild(v, doc, doc.execute(name, **args))
    assert_matches_saved_file(doc)
    assert v.tables[1].cells[0][1] == "cell text"  # set_cell_text counts from 1
    assert v.comments == (query.Comment(0, "Ann", "Check the title", "Overview"),)
    assert v.pictures == 1
    landscape = [s for s in v.sections if s.orientation == "landscape"]
    assert len(v.sections) == 2 and len(landscape) == 1 and landscape[0].columns == 2
    assert landscape[0].page_width_pt > landscape[0].page_height_pt
    assert v.sections[0].left_margin_pt == 36.0
    assert v.sections[0].footer.endswith("1")  # the PAGE field's cached result
    assert [p.text for p in v.paragraphs if p.list and p.list.kind == "number"][0] == "stage one"
    while (change := doc.undo()) is not None:
        v = assert_update_equals_rebuild(v, doc, change)
    assert v == view(WordDocument.build(SPEC))
    for _ in range(4):
        v = assert_update_equals_rebuild(v, doc, doc.redo())
    assert_matches_saved_file(doc)


def test_comment_anchor_spans_paragraphs(doc):
    i = index_of(doc, "Details")
    doc.set_selection((i, 2), (i + 1, 4))
    doc.execute("add_comment", text="two paragraphs")
    v = assert_matches_saved_file(doc)
    assert v.comments[0].anchor == "tails\nA qu"


def test_update_reads_only_touched_paragraphs(doc, monkeypatch):
    v = view(doc)
    select(doc, "Closing")
    change = doc.execute("bold")
    reads = []
    original = query._Reader.paragraph

    def counting(self, p):
        reads.append(p)
        return original(self, p)

    monkeypatch.setattr(query._Reader, "paragraph", counting)
    v.update(doc, change)
    assert reads == [doc.paragraph(index_of(doc, "Closing"))]


def test_update_after_styles_change_reads_everything(doc):
    v = view(doc)
    select(doc, "Overview")
    change = doc.execute("add_comment", text="adds the comment styles")
    assert doc.styles.part.partname in change.parts
    assert_update_equals_rebuild(v, doc, change)


def test_no_change_keeps_the_view(doc):
    v = view(doc)
    change = doc.execute("select_all")
    assert not change.parts and v.update(doc, change) is v


# ---------------------------------------------------------------------------- random edit sequences
COMMAND_CHOICES = [
    ("bold", {}), ("italic", {}), ("underline", {}), ("strikethrough", {}), ("superscript", {}),
    ("font_size", {"size": 18}), ("font_color", {"color": "blue"}), ("highlight", {}),
    ("align", {"alignment": "right"}), ("line_spacing", {"value": 2}),
    ("space_before", {"points": 12}), ("left_indent", {"points": 18}), ("bullets", {}),
    ("numbering", {}), ("apply_style", {"style": "Heading 2"}), ("apply_style", {"style": "Normal"}),
    ("type_text", {"text": "ab cd"}), ("enter", {}), ("backspace", {}), ("delete", {}),
    ("insert_table", {"rows": 2, "columns": 2}), ("page_break", {}), ("undo", {}), ("redo", {}),
]  # fmt: skip


@settings(max_examples=12, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(COMMAND_CHOICES), st.floats(0, 1), st.floats(0, 1),
                          st.integers(0, 6)), min_size=1, max_size=8))
def test_random_edit_sequences_keep_the_view_exact(steps):
    doc = WordDocument.build(SPEC)
    v = view(doc)
    for (name, args), where, span, extra in steps:
        i = min(int(where * len(doc)), len(doc) - 1)
        start = min(int(span * len(doc.text(i))), len(doc.text(i)))
        doc.set_selection((i, start), (i, min(start + extra, len(doc.text(i)))))
        if name in ("undo", "redo"):
            change = getattr(doc, name)()
        else:
            try:
                change = doc.execute(name, **args)
            except CommandError:
                continue
        if change is not None:
            v = assert_update_equals_rebuild(v, doc, change)
    assert_matches_saved_file(doc)

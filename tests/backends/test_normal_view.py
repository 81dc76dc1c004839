"""The normalised view: effective formatting resolved through every layer, one reading for the
different ways programs write the same thing, and agreement with LibreOffice's round trip of
every corpus document, template and kind of edit."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from envs.tasks.base import document_bytes
from envs.tasks.corpus import corpus
from tests.document.test_libreoffice_reopen import CASES, SPEC
from wordsim.backends.compare import compare
from wordsim.backends.normal_view import Format, normal_view
from wordsim.backends.render import convert
from wordsim.document import WordDocument
from wordsim.document.find import find_all
from wordsim.document.templates import template_bytes, template_names
from wordsim.document.xml import W


def _doc(spec: str = SPEC) -> WordDocument:
    return WordDocument.build(spec)


def _select(doc, text):
    para, start, end = find_all(doc, text, match_case=True)[0]
    doc.set_selection((para, start), (para, end))


def _format(view, para: int, offset: int) -> Format:
    return next(s.format for s in view.paragraphs[para].spans if s.start <= offset < s.end)


# edits beyond those LibreOffice is known to keep (tests/document/test_libreoffice_reopen.py)
EDITS = {
    "double_strike": lambda d: (_select(d, "budget"), d.execute("double_strikethrough")),
    "caps": lambda d: (_select(d, "Hiring"), d.execute("all_caps")),
    "small_caps": lambda d: (_select(d, "Closing"), d.execute("small_caps")),
    "hidden": lambda d: (_select(d, "remarks"), d.execute("hidden")),
    "subscript": lambda d: (_select(d, "May"), d.execute("subscript")),
    "superscript": lambda d: (_select(d, "Monday"), d.execute("superscript")),
    "double_underline": lambda d: (_select(d, "approved"), d.execute("underline", style="double")),
    "font_style": lambda d: (_select(d, "starts"), d.execute("font_style", style="bold italic")),
    "keep_with_next": lambda d: (d.set_selection((1, 0)), d.execute("keep_with_next")),
    "keep_together": lambda d: (d.set_selection((1, 0)), d.execute("keep_lines_together")),
    "page_break_before": lambda d: (d.set_selection((2, 0)), d.execute("page_break_before")),
    "tab_stop": lambda d: (d.set_selection((1, 0)),
                           d.execute("tab_stop", position=2.5, alignment="center", leader="dot")),
    "indents": lambda d: (d.set_selection((1, 0)), d.execute("left_indent", points=36),
                          d.execute("right_indent", points=18),
                          d.execute("first_line_indent", points=-18)),
    "spacing": lambda d: (d.set_selection((2, 0)), d.execute("space_before", points=12),
                          d.execute("space_after", points=6)),
    "exact_line_spacing": lambda d: (d.set_selection((2, 0)),
                                     d.execute("line_spacing", value=18, rule="exact")),
    "justify": lambda d: (d.set_selection((1, 0)), d.execute("align", alignment="justify")),
    "first_page_header": lambda d: (d.execute("different_first_page"),
                                    d.execute("header_text", text="Cover", kind="first"),
                                    d.execute("header_text", text="Running head")),
    "gutter": lambda d: d.execute("gutter", inches=0.5),
    "a4": lambda d: d.execute("page_size", size="A4"),
    "table_style": lambda d: (d.set_selection((3, 0)), d.execute("insert_table", rows=2, columns=2),
                              d.execute("type_text", text="head"),
                              d.execute("table_style", style="Grid Table 4 - Accent 1")),
    "letters": lambda d: (d.set_selection((1, 0), (3, 3)), d.execute("numbering", format="a)")),
    "two_lists": lambda d: (d.set_selection((0, 0)), d.execute("bullets"),
                            d.set_selection((2, 0), (3, 2)), d.execute("numbering")),
    "continuous_section": lambda d: (d.set_selection((2, 0)),
                                     d.execute("section_break", kind="continuous"),
                                     d.execute("orientation", value="landscape")),
    "page_number_right": lambda d: d.execute("page_number", position="top", alignment="right"),
}  # fmt: skip


def _documents() -> dict[str, bytes]:
    files = {f"corpus-{d.split}-{d.name}": document_bytes(d.spec)
             for split in ("train", "test") for d in corpus(split)}
    files.update({f"template-{name}": template_bytes(name) for name in template_names()})
    for name, (edit, _) in {**CASES, **{k: (v, None) for k, v in EDITS.items()}}.items():
        doc = _doc()
        edit(doc)
        files[f"edit-{name}"] = doc.save()
    return files


@pytest.fixture(scope="module")
def round_trips() -> dict[str, tuple[bytes, bytes]]:
    """name -> (the simulator's .docx, LibreOffice's save of it): one soffice for them all."""
    files = _documents()
    saved = convert(files)
    return {name: (files[name], saved[name]) for name in files}


@pytest.mark.parametrize("name", sorted(_documents()))
def test_libreoffice_round_trip_reads_the_same(round_trips, name):
    sim, libreoffice = round_trips[name]
    assert [str(d) for d in compare(sim, libreoffice)] == []


# ---------------------------------------------------------------------------------- units
def _with_xml(doc: WordDocument, para: int, edit) -> bytes:
    """`doc` saved after `edit(w:p)` changed paragraph `para`'s markup directly."""
    edit(doc.story.paragraphs[para])
    return doc.save()


def _parse(xml: str):
    return etree.fromstring(f'<w:root xmlns:w="{W.p[1:W.p.index("}")]}">{xml}</w:root>')[0]


def _break_run():
    return _parse('<w:r><w:br w:type="page"/></w:r>')


def test_formatting_resolves_through_styles_and_direct_formatting():
    doc = _doc("# Heading\nPlain **bold** text.")
    _select(doc, "text")
    doc.execute("italic")
    doc.execute("font_color", color="FF0000")
    view = normal_view(doc.save())
    heading, body = view.paragraphs
    assert heading.style == "Heading 1" and heading.spans[0].format.size_pt > 11
    assert _format(view, 1, 6).bold and not _format(view, 1, 0).bold
    last = _format(view, 1, 12)
    assert last.italic and last.color == "FF0000" and last.font == "Cambria"  # the theme's
    assert body.space_after_pt == 10 and body.line_spacing == pytest.approx(1.15)


def test_character_toggles_beyond_the_query_view():
    doc = _doc("one two three four")
    for word, command in (("one", "double_strikethrough"), ("two", "all_caps"),
                          ("three", "small_caps"), ("four", "hidden")):
        _select(doc, word)
        doc.execute(command)
    view = normal_view(doc)
    assert _format(view, 0, 0).double_strike and _format(view, 0, 4).caps
    assert _format(view, 0, 8).small_caps and _format(view, 0, 14).hidden
    assert not _format(view, 0, 3).double_strike  # the space between keeps its format


def test_a_table_style_formats_its_cells_as_word_shows_them():
    doc = _doc("Text before.\n| a | b |\n| c | d |")
    view = normal_view(doc)
    assert view.paragraphs[0].space_after_pt == 10
    cell = view.paragraphs[1]
    assert cell.table == 0 and (cell.space_after_pt, cell.line_spacing) == (0, 1.0)
    doc.set_selection((1, 0))
    doc.execute("table_style", style="Grid Table 4 - Accent 1")
    view = normal_view(doc)  # Word's look: header row and first column, row bands
    header, first_column, body = (view.paragraphs[i].spans[0].format for i in (1, 3, 4))
    assert header.bold and header.color == "FFFFFF"
    assert first_column.bold and not body.bold and body.color is None


def test_the_three_ways_of_writing_a_page_break_read_the_same():
    spec = "First paragraph.\nSecond paragraph."
    before = WordDocument.build(spec)  # pageBreakBefore on the second paragraph
    before.set_selection((1, 0))
    before.execute("page_break_before")
    at_end = _with_xml(WordDocument.build(spec), 0, lambda p: p.append(_break_run()))
    at_start = _with_xml(WordDocument.build(spec), 1,
                         lambda p: p.insert(1 if p.find(W.pPr) is not None else 0, _break_run()))
    views = [normal_view(x) for x in (before.save(), at_end, at_start)]
    assert [v.paragraphs[1].page_breaks_before for v in views] == [1, 1, 1]
    assert compare(views[0], views[1]) == [] and compare(views[0], views[2]) == []
    middle = _with_xml(WordDocument.build("**First** paragraph."), 0,
                       lambda p: p.find(W.r).addnext(_break_run()))
    inside = normal_view(middle).paragraphs[0]
    assert inside.breaks_inside and inside.page_breaks_before == 0


def test_explicit_defaults_and_theme_fonts_read_as_inherited():
    def explicit(p):
        for r in p.iter(W.r):
            rpr = _parse('<w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/>'
                         '<w:color w:val="auto"/><w:sz w:val="22"/></w:rPr>')
            r.insert(0, rpr)

    plain = WordDocument.build("Some words here.")
    written = _with_xml(WordDocument.build("Some words here."), 0, explicit)
    assert compare(plain.save(), written) == []


def test_lists_read_without_their_numbering_ids():
    doc = _doc("1. one\n1. two\n- dot")
    view = normal_view(doc)
    assert [p.list.label for p in view.paragraphs] == ["1.", "2.", "•"]
    assert view.paragraphs[0].list.kind == "number" and view.paragraphs[2].list.kind == "bullet"
    assert not hasattr(view.paragraphs[0].list, "num_id")


def test_headers_fields_and_shown_kinds():
    doc = _doc()
    doc.execute("page_number", position="bottom", alignment="center")
    doc.execute("header_text", text="Cover", kind="first")
    doc.execute("different_first_page", on=False)  # stored, no longer shown
    section = normal_view(doc).sections[0]
    footer = next(h for h in section.headers if h.story == "footer")
    assert [f.name for f in footer.fields] == ["PAGE"] and footer.fields[0].result is None
    assert [(h.story, h.kind) for h in section.headers] == [("footer", "primary")]
    doc.execute("different_first_page")
    assert ("header", "first", "Cover") in [(h.story, h.kind, h.text)
                                            for h in normal_view(doc).sections[0].headers]


def test_sections_comments_hyperlinks_and_pictures():
    doc = _doc()
    _select(doc, "budget")
    doc.execute("add_comment", text="Check")
    doc.execute("insert_hyperlink", address="https://example.com/")
    doc.execute("orientation", value="landscape")
    doc.execute("gutter", inches=0.5)
    view = normal_view(doc)
    assert view.comments[0].text == "Check" and view.comments[0].anchor == "budget"
    assert view.paragraphs[1].hyperlinks[0].address == "https://example.com/"
    section = view.sections[0]
    assert section.orientation == "landscape" and section.gutter_pt == 36
    assert normal_view(doc) == view  # plain data: equal when read again


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="expected .docx bytes"):
        normal_view("a path")


def test_a_page_number_reads_the_same_whichever_page_it_was_laid_out_on():
    doc = WordDocument.template("report")
    doc.execute("page_number", position="bottom", alignment="center")
    data = doc.save()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buffer, "w") as out:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/footer1.xml":  # the result LibreOffice saves: page 5
                assert body.count(b"<w:t>1</w:t>") == 1
                body = body.replace(b"<w:t>1</w:t>", b"<w:t>5</w:t>")
            out.writestr(item, body)
    a, b = normal_view(data), normal_view(buffer.getvalue())
    assert a.sections == b.sections and compare(data, buffer.getvalue()) == []
    footer = [h for h in a.sections[0].headers if h.story == "footer"][0]
    assert footer.text == "Confidential\n"

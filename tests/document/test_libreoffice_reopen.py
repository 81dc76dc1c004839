"""Every kind of edit, saved by WordSim, opened by real LibreOffice and saved again there: the
edit must still be visible in what LibreOffice wrote."""

from __future__ import annotations

import base64

import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from tests.document.libreoffice import roundtrip
from wordsim.document import WordDocument
from wordsim.document.find import find_all

SPEC = "# Quarterly notes\nThe budget was approved on Monday.\nHiring starts in May.\nClosing remarks."
# a 2x2 red PNG
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDK+mmyAAAAABJRU5ErkJggg=="
)


def _select(doc, text):
    para, start, end = find_all(doc, text, match_case=True)[0]
    doc.set_selection((para, start), (para, end))


def _run_with(document, text):
    for p in document.paragraphs:
        for r in p.runs:
            if text in r.text:
                return r
    raise AssertionError(f"no run holds {text!r}: {[p.text for p in document.paragraphs]}")


def _para_with(document, text):
    return next(p for p in document.paragraphs if text in p.text)


# name -> (edit, check on LibreOffice's re-saved document)
CASES = {
    "bold": (lambda d: (_select(d, "budget"), d.execute("bold")),
             lambda x: _run_with(x, "budget").bold),
    "italic_underline": (lambda d: (_select(d, "approved"), d.execute("italic"), d.execute("underline")),
                         lambda x: _run_with(x, "approved").italic and _run_with(x, "approved").underline),
    "font_size": (lambda d: (_select(d, "Monday"), d.execute("font_size", size=20)),
                  lambda x: _run_with(x, "Monday").font.size == Pt(20)),
    "font_color": (lambda d: (_select(d, "Hiring"), d.execute("font_color", color="FF0000")),
                   lambda x: _run_with(x, "Hiring").font.color.rgb == RGBColor(0xFF, 0, 0)),
    "font_name": (lambda d: (_select(d, "Closing"), d.execute("font_name", font="Liberation Mono")),
                  lambda x: _run_with(x, "Closing").font.name == "Liberation Mono"),
    "highlight": (lambda d: (_select(d, "May"), d.execute("highlight", color="yellow")),
                  lambda x: _run_with(x, "May").font.highlight_color is not None),
    "strike": (lambda d: (_select(d, "remarks"), d.execute("strikethrough")),
               lambda x: _run_with(x, "remarks").font.strike),
    "upper_case": (lambda d: (_select(d, "budget"), d.execute("change_case", mode="UPPERCASE")),
                   lambda x: "BUDGET" in _para_with(x, "BUDGET").text),
    "center": (lambda d: (_select(d, "Hiring"), d.execute("align", alignment="center")),
               lambda x: _para_with(x, "Hiring").alignment == WD_ALIGN_PARAGRAPH.CENTER),
    "line_spacing": (lambda d: (_select(d, "Hiring"), d.execute("line_spacing", value=2.0)),
                     lambda x: _para_with(x, "Hiring").paragraph_format.line_spacing == 2.0),
    "heading": (lambda d: (_select(d, "Closing"), d.execute("apply_style", style="Heading 2")),
                lambda x: _para_with(x, "Closing").style.name == "Heading 2"),
    "bullets": (lambda d: (d.set_selection((1, 0), (2, 3)), d.execute("bullets")),
                lambda x: _para_with(x, "Hiring")._p.pPr.numPr is not None),
    "numbering": (lambda d: (d.set_selection((1, 0), (2, 3)), d.execute("numbering")),
                  lambda x: _para_with(x, "budget")._p.pPr.numPr is not None),
    "table": (lambda d: (d.set_selection((3, 0)), d.execute("insert_table", rows=2, columns=3),
                         d.execute("type_text", text="cell text")),
              lambda x: len(x.tables) == 1 and len(x.tables[0].columns) == 3
              and x.tables[0].cell(0, 0).text == "cell text"),
    "page_break": (lambda d: (d.set_selection((2, 0)), d.execute("page_break")),
                   lambda x: len(x.element.body.xpath('.//w:br[@w:type="page"]')) == 1),
    "landscape": (lambda d: d.execute("orientation", value="landscape"),
                  lambda x: x.sections[0].orientation == WD_ORIENT.LANDSCAPE
                  and x.sections[0].page_width > x.sections[0].page_height),
    "margins": (lambda d: d.execute("margins", preset="Narrow"),
                lambda x: abs(x.sections[0].left_margin.inches - 0.5) < 0.01),
    "columns": (lambda d: d.execute("columns", count=2),
                lambda x: x.sections[0]._sectPr.xpath("./w:cols/@w:num") == ["2"]),
    "header": (lambda d: d.execute("header_text", text="Board copy"),
               lambda x: "Board copy" in x.sections[0].header.paragraphs[0].text),
    "page_number": (lambda d: d.execute("page_number", position="bottom", alignment="center"),
                    lambda x: any("PAGE" in t for t in x.sections[0].footer._element.xpath(".//w:instrText/text()"))),
    "hyperlink": (lambda d: (_select(d, "budget"), d.execute("insert_hyperlink", address="https://example.com/")),
                  lambda x: any(h.address.startswith("https://example.com") for p in x.paragraphs for h in p.hyperlinks)),
    "comment": (lambda d: (_select(d, "budget"), d.execute("add_comment", text="Check the figure")),
                lambda x: any(c.text == "Check the figure" for c in x.comments)),
    "picture": (lambda d: (d.set_selection((3, 0)), d.execute("insert_picture", data=PNG, width=1.0)),
                lambda x: len(x.inline_shapes) == 1),
    "replace_all": (lambda d: d.execute("replace_all", find="Monday", replace="Friday"),
                    lambda x: "Friday" in _para_with(x, "Friday").text),
    "typing": (lambda d: (d.set_selection((3, 0)), d.execute("type_text", text="Final "), d.execute("enter")),
               lambda x: [p.text for p in x.paragraphs][-2:] == ["Final ", "Closing remarks."]),
    "section_break": (lambda d: (d.set_selection((2, 0)), d.execute("section_break", kind="next_page")),
                      lambda x: len(x.sections) == 2),
}  # fmt: skip


@pytest.fixture(scope="module")
def reopened():
    files = {}
    for name, (edit, _) in CASES.items():
        doc = WordDocument.build(SPEC)
        edit(doc)
        files[name] = doc.save()
    return roundtrip(files)


@pytest.mark.parametrize("name", sorted(CASES))
def test_edit_survives_libreoffice(reopened, name):
    assert CASES[name][1](reopened[name])

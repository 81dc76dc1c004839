"""comment and hyperlink."""

from __future__ import annotations

import io

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from rewards import check
from wordsim.document import WordDocument

from .helpers import damaged, edited, fails, partial, passes, select

ROUTING = "dynamic routing"


def test_comment():
    before, after = edited(select(ROUTING), ("add_comment", {"text": "Explain this term"}))
    passes("comment", before, after, anchor=ROUTING, text="Explain this")
    result = fails("comment", before, before, anchor=ROUTING, text="Explain this")
    assert result.score == 0.0
    assert result.details == ("no comment 'Explain this' on 'dynamic routing': the document "
                              "has no comment",)


def test_comment_on_the_wrong_text_or_saying_something_else():
    before, after = edited(select("growth"), ("add_comment", {"text": "Explain this term"}))
    result = partial("comment", before, after, anchor=ROUTING, text="Explain this")
    assert "the nearest comment says 'Explain this term' on 'growth'" in result.details[0]
    before, after = edited(select(ROUTING), ("add_comment", {"text": "Explain"}))
    assert partial("comment", before, after, anchor=ROUTING, text="Explain this").score > 0.8


def test_comment_with_damage_fails():
    before, after = edited(select(ROUTING), ("add_comment", {"text": "Explain"}),
                           select("growth"), ("type_text", {"text": "rise"}))
    assert damaged(fails("comment", before, after, anchor=ROUTING, text="Explain"))


def test_deleting_an_existing_comment_is_damage():
    _, with_comment = edited(select("growth"), ("add_comment", {"text": "Old note"}))
    doc = WordDocument.open(_saved(with_comment))
    doc.execute("delete_comment", number=1)
    doc.execute("select_text", text=ROUTING)
    doc.execute("add_comment", text="New note")
    result = fails("comment", with_comment, doc, anchor=ROUTING, text="New note")
    assert result.details == ("damage: comment 'Old note' was changed or deleted",)


def test_comment_python_docx_wrote():
    d = docx.Document()
    p = d.add_paragraph("Budget for ")
    run = p.add_run("next year")
    start = _saved(d)
    d.add_comment(run, text="Check the figures", author="Ann")
    passes("comment", start, _saved(d), anchor="next year", text="figures")


def test_hyperlink():
    before, after = edited(select(ROUTING), ("insert_hyperlink",
                                             {"address": "https://example.com/routing"}))
    passes("hyperlink", before, after, text=ROUTING, address="https://example.com")
    passes("hyperlink", before, after, text="routing", address="example.com/rout")
    result = fails("hyperlink", before, before, text=ROUTING, address="https://example.com")
    assert result.score == 0.0


def test_hyperlink_to_the_wrong_place_scores_partly():
    before, after = edited(select(ROUTING), ("insert_hyperlink",
                                             {"address": "https://example.com/routing"}))
    result = partial("hyperlink", before, after, text=ROUTING, address="https://other.org")
    assert "goes to 'https://example.com/routing'" in result.details[0]


def test_hyperlink_with_damage_fails():
    before, after = edited(select(ROUTING), ("insert_hyperlink", {"address": "https://x.org"}),
                           select("Closing"), "bold")
    assert damaged(fails("hyperlink", before, after, text=ROUTING, address="https://x.org"))
    # a link typed in as new text changes the paragraph texts
    before, after = edited(select("Closing words of the document."), "end",
                           ("insert_hyperlink", {"address": "https://x.org", "text": " here"}))
    assert damaged(fails("hyperlink", before, after, text="here", address="https://x.org"))


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with_link(kind: str) -> tuple[bytes, bytes]:
    """Two python-docx documents reading "Visit our site.", the second with "our site" a
    link (a w:hyperlink element, or a HYPERLINK field as some programs write)."""
    plain = docx.Document()
    plain.add_paragraph("Visit our site.")
    linked = docx.Document()
    p = linked.add_paragraph("Visit ")
    if kind == "element":
        rid = p.part.relate_to("https://example.org/about", RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rid)
        link.append(p.add_run("our site")._r)
        p._p.append(link)
    else:
        code = ' HYPERLINK "https://example.org/about" '
        for part in ("begin", code, "separate", "our site", "end"):
            run = p.add_run(part if part == "our site" else "")
            if part in ("begin", "separate", "end"):
                mark = OxmlElement("w:fldChar")
                mark.set(qn("w:fldCharType"), part)
                run._r.append(mark)
            elif part == code:
                instr = OxmlElement("w:instrText")
                instr.text = code
                run._r.append(instr)
    p.add_run(".")
    return _saved(plain), _saved(linked)


@pytest.mark.parametrize("kind", ["element", "field"])
def test_hyperlink_python_docx_wrote(kind):
    before, after = _with_link(kind)
    passes("hyperlink", before, after, text="our site", address="https://example.org")
    check_ = check("hyperlink", before, after, {"text": "our site", "address": "https://x.org"})
    assert not check_.success

"""Pictures, hyperlinks and comments: saved, reopened with python-docx, undone byte for byte."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx.oxml.ns import qn
from docx.shared import Emu

from tests.document.conftest import png, refused, reopen
from wordsim.document import Position, Selection
from wordsim.document.xml import W, make

GIF_1X1 = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
           b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def zip_names(doc) -> set[str]:
    return set(zipfile.ZipFile(io.BytesIO(doc.save())).namelist())


def rels_xml(doc) -> str:
    return zipfile.ZipFile(io.BytesIO(doc.save())).read("word/_rels/document.xml.rels").decode()


def undo_restores(doc, b0: bytes) -> None:
    after = doc.save()
    doc.undo()
    assert doc.save() == b0
    doc.redo()
    assert doc.save() == after


def styles_with_id(document, style_id: str) -> list:
    root = document.styles.element
    return [s for s in root.iterchildren(qn("w:style")) if s.get(qn("w:styleId")) == style_id]


# ------------------------------------------------------------------ pictures
def test_picture_with_width_keeps_aspect_ratio_and_adds_image_part(make):
    doc = make("Hello world")
    b0 = doc.save()
    data = png(100, 50)
    doc.set_selection((0, 5))
    doc.execute("insert_picture", data=data, width=2)
    shapes = reopen(doc).inline_shapes
    assert len(shapes) == 1
    assert shapes[0].width.inches == pytest.approx(2.0)
    assert shapes[0].height.inches == pytest.approx(1.0)
    assert "word/media/image1.png" in zip_names(doc)
    blobs = [p.blob for p in reopen(doc).part.related_parts.values()]
    assert data in blobs
    assert doc.texts() == ["Hello world"] and doc.selection == Selection.caret(0, 5)
    undo_restores(doc, b0)


def test_picture_with_both_sizes_and_gif(make):
    doc = make("x")
    doc.execute("insert_picture", data=GIF_1X1, width=1.5, height=0.5)
    shape = reopen(doc).inline_shapes[0]
    assert (shape.width.inches, shape.height.inches) == pytest.approx((1.5, 0.5))
    assert any(n.endswith(".gif") for n in zip_names(doc))


def test_picture_native_size_and_shrunk_to_text_width(make):
    doc = make("small\nlarge")
    doc.execute("insert_picture", data=png(144, 72))  # 72 dpi when the PNG says nothing
    doc.set_selection((1, 5))
    doc.execute("insert_picture", data=png(2000, 1000))
    small, large = reopen(doc).inline_shapes
    assert (small.width.inches, small.height.inches) == pytest.approx((2.0, 1.0))
    section = reopen(doc).sections[0]
    room = Emu(section.page_width - section.left_margin - section.right_margin)
    assert large.width == room and large.height.inches == pytest.approx(room.inches / 2, abs=1e-3)


def test_picture_in_a_table_cell_fits_the_cell(make):
    doc = make("| a | b |")
    doc.execute("insert_picture", data=png(2000, 1000))
    shape = reopen(doc).inline_shapes[0]
    assert shape.width.inches == pytest.approx(3.0 - 0.15)


def test_picture_replaces_the_selection_and_takes_its_formatting(make):
    doc = make("one **two** three")
    doc.set_selection((0, 4), (0, 6))
    doc.execute("insert_picture", data=png(10, 10))
    para = reopen(doc).paragraphs[0]
    assert para.text == "one o three"
    pic_run = next(r for r in para.runs if r._r.find(qn("w:drawing")) is not None)
    assert pic_run.bold is True


def test_two_pictures_share_an_identical_image(make):
    doc = make("x")
    data = png(20, 20)
    doc.execute("insert_picture", data=data)
    doc.execute("insert_picture", data=data)
    assert len(reopen(doc).inline_shapes) == 2
    assert sum(n.startswith("word/media/") for n in zip_names(doc)) == 1


@pytest.mark.parametrize("data", [b"not an image", b"", "text", b"\x89PNG\r\n\x1a\nbroken"])
def test_picture_bad_data_is_an_error(make, data):
    doc = make("x")
    msg = refused(doc, "insert_picture", data=data)
    assert msg.startswith("The picture could not be inserted: ")


@pytest.mark.parametrize("size", [{"width": 0}, {"height": -1}, {"width": 30}, {"width": "2"}])
def test_picture_bad_size_is_an_error(make, size):
    refused(make("x"), "insert_picture", data=png(4, 4), **size)


def test_picture_over_several_paragraphs_is_an_error(make):
    doc = make("one\ntwo")
    doc.set_selection((0, 1), (1, 1))
    refused(doc, "insert_picture", data=png(4, 4))


# ------------------------------------------------------------------ hyperlinks
def test_link_on_selection_keeps_formatting_and_adds_style(make):
    doc = make("Visit **our** site today")
    b0 = doc.save()
    doc.set_selection((0, 6), (0, 14))
    change = doc.execute("insert_hyperlink", address="https://example.com/a?b=1")
    document = reopen(doc)
    para = document.paragraphs[0]
    link = para.hyperlinks[0]
    assert link.address == "https://example.com/a?b=1"
    assert link.text == "our site"
    assert [(r.text, r.bold, r.style.name) for r in link.runs] == [
        ("our", True, "Hyperlink"), (" site", None, "Hyperlink"),
    ]
    assert para.text == "Visit our site today"
    style = styles_with_id(document, "Hyperlink")[0]
    assert style.find(f"{qn('w:rPr')}/{qn('w:color')}").get(qn("w:val")) == "0563C1"
    assert style.find(f"{qn('w:rPr')}/{qn('w:u')}").get(qn("w:val")) == "single"
    assert "/word/styles.xml" in change.parts
    assert doc.selection == Selection.caret(0, 14)
    undo_restores(doc, b0)


def test_link_at_caret_inserts_text_or_address(make):
    doc = make("Go: . Mail:")
    doc.set_selection((0, 4))
    doc.execute("insert_hyperlink", address="http://a.org", text="A")
    doc.set_selection((0, 12))
    doc.execute("insert_hyperlink", address="mailto:me@a.org")
    para = reopen(doc).paragraphs[0]
    assert para.text == "Go: A. Mail:mailto:me@a.org"
    assert [(h.address, h.text) for h in para.hyperlinks] == [
        ("http://a.org", "A"), ("mailto:me@a.org", "mailto:me@a.org"),
    ]


def test_link_text_replaces_selected_text(make):
    doc = make("click *here* now")
    doc.set_selection((0, 6), (0, 10))
    doc.execute("insert_hyperlink", address="https://x.org", text="this link")
    link = reopen(doc).paragraphs[0].hyperlinks[0]
    assert link.text == "this link" and link.runs[0].italic is True


def test_link_www_address_gets_http(make):
    doc = make("site")
    doc.set_selection((0, 0), (0, 4))
    doc.execute("insert_hyperlink", address="www.example.com")
    assert reopen(doc).paragraphs[0].hyperlinks[0].address == "http://www.example.com"


def test_link_to_bookmark(make):
    doc = make("Intro\nSee intro")
    p0 = doc.paragraph(0)
    p0.insert(0, make_bookmark("Start"))
    doc.set_selection((1, 4), (1, 9))
    doc.execute("insert_hyperlink", address="#start")
    link = reopen(doc).paragraphs[1].hyperlinks[0]
    assert link.fragment == "Start" and link.address == "" and link.text == "intro"
    refused(doc, "insert_hyperlink", address="#nowhere")


def make_bookmark(name: str):
    return make("w:bookmarkStart", {"w:id": "7", "w:name": name})


@pytest.mark.parametrize("address", ["", "ftp://x.org", "javascript:alert(1)", "http://", "x.org",
                                     "http://a\nb", None])
def test_link_bad_address_is_an_error(make, address):
    doc = make("text")
    doc.set_selection((0, 0), (0, 4))
    refused(doc, "insert_hyperlink", address=address)


def test_link_across_paragraphs_is_an_error(make):
    doc = make("one\ntwo")
    doc.set_selection((0, 1), (1, 1))
    refused(doc, "insert_hyperlink", address="http://a.org")


def test_link_style_is_added_once(make):
    doc = make("one two")
    doc.set_selection((0, 0), (0, 3))
    doc.execute("insert_hyperlink", address="http://a.org")
    doc.set_selection((0, 4), (0, 7))
    change = doc.execute("insert_hyperlink", address="http://b.org")
    assert "/word/styles.xml" not in change.parts
    assert len(styles_with_id(reopen(doc), "Hyperlink")) == 1


def test_link_inside_a_link_splits_it(make):
    doc = make("alpha beta gamma")
    doc.set_selection((0, 0), (0, 16))
    doc.execute("insert_hyperlink", address="http://old.org")
    doc.set_selection((0, 6), (0, 10))
    doc.execute("insert_hyperlink", address="http://new.org")
    links = reopen(doc).paragraphs[0].hyperlinks
    assert [(h.text, h.address) for h in links] == [
        ("alpha ", "http://old.org"), ("beta", "http://new.org"), (" gamma", "http://old.org"),
    ]


def test_link_at_caret_inside_a_link_edits_it(make):
    doc = make("see docs")
    doc.set_selection((0, 4), (0, 8))
    doc.execute("insert_hyperlink", address="http://old.org")
    doc.set_selection((0, 6))
    doc.execute("insert_hyperlink", address="http://new.org")
    para = reopen(doc).paragraphs[0]
    assert [(h.text, h.address) for h in para.hyperlinks] == [("docs", "http://new.org")]
    assert "old.org" not in rels_xml(doc)  # Word keeps no dangling relationships


def test_remove_link_keeps_text_and_formatting(make):
    doc = make("a **bold** link")
    doc.set_selection((0, 2), (0, 11))
    doc.execute("insert_hyperlink", address="http://a.org")
    b0 = doc.save()
    doc.set_selection((0, 4))
    doc.execute("remove_hyperlink")
    para = reopen(doc).paragraphs[0]
    assert para.hyperlinks == [] and para.text == "a bold link"
    assert [(r.text, r.bold, r.style.name) for r in para.runs] == [
        ("a ", None, "Default Paragraph Font"), ("bold", True, "Default Paragraph Font"),
        (" link", None, "Default Paragraph Font"),
    ]
    assert "a.org" not in rels_xml(doc)
    undo_restores(doc, b0)


def test_remove_link_without_a_link_is_an_error(make):
    doc = make("plain")
    assert "no link" in refused(doc, "remove_hyperlink")


# ------------------------------------------------------------------ comments
def anchored_text(doc, comment_id: int) -> str:
    """Text between a comment's range marks in the saved document."""
    body = reopen(doc).element.body
    out, inside = [], False
    for el in body.iter():
        if el.tag == W.commentRangeStart and el.get(W.id) == str(comment_id):
            inside = True
        elif el.tag == W.commentRangeEnd and el.get(W.id) == str(comment_id):
            return "".join(out)
        elif inside and el.tag == W.t:
            out.append(el.text or "")
        elif inside and el.tag == W.p and out:
            out.append("\n")
    raise AssertionError("no range end")


def test_comment_on_selection(make):
    doc = make("The **quick** brown fox")
    b0 = doc.save()
    doc.set_selection((0, 4), (0, 12))
    change = doc.execute("add_comment", text="Too fast?")
    assert change.message == "Added comment 1."
    assert "/word/comments.xml" in change.parts
    comments = list(reopen(doc).comments)
    assert [(c.text, c.author, c.initials) for c in comments] == [("Too fast?", "WordSim", "WS")]
    assert anchored_text(doc, comments[0].comment_id) == "quick br"
    assert reopen(doc).paragraphs[0].text == "The quick brown fox"
    p = doc.paragraph(0)
    end = p.find(W.commentRangeEnd)
    assert end.getnext().find(W.commentReference) is not None
    assert doc.selection == Selection.span(Position(0, 4), Position(0, 12))
    assert "word/comments.xml" in zip_names(doc)
    undo_restores(doc, b0)
    doc.undo()
    assert "word/comments.xml" not in zip_names(doc)


def test_comment_at_caret_takes_the_word(make):
    doc = make("one twenty three")
    doc.set_selection((0, 6))
    doc.execute("add_comment", text="number", author="Ann", initials="A")
    c = next(iter(reopen(doc).comments))
    assert (c.author, c.initials) == ("Ann", "A")
    assert anchored_text(doc, c.comment_id) == "twenty"


def test_comment_in_empty_paragraph_has_an_empty_range(make):
    doc = make(".")
    doc.execute("add_comment", text="empty here")
    c = next(iter(reopen(doc).comments))
    assert c.text == "empty here" and anchored_text(doc, c.comment_id) == ""


def test_comment_over_two_paragraphs(make):
    doc = make("first line\nsecond line")
    doc.set_selection((0, 6), (1, 6))
    doc.execute("add_comment", text="two lines\nsecond paragraph")
    c = next(iter(reopen(doc).comments))
    assert anchored_text(doc, c.comment_id) == "line\nsecond"
    assert [p.text for p in c.paragraphs] == ["two lines", "second paragraph"]


def test_comment_styles_are_defined(make):
    doc = make("word")
    doc.execute("add_comment", text="c")
    document = reopen(doc)
    assert styles_with_id(document, "CommentReference")
    assert styles_with_id(document, "CommentText")


def test_delete_comment_by_number(make):
    doc = make("alpha beta gamma")
    doc.set_selection((0, 12))
    doc.execute("add_comment", text="on gamma")
    doc.set_selection((0, 1))
    assert doc.execute("add_comment", text="on alpha").message == "Added comment 1."
    b0 = doc.save()
    assert doc.execute("delete_comment", number=2).message == "Deleted comment 2."
    document = reopen(doc)
    assert [c.text for c in document.comments] == ["on alpha"]
    assert len(document.element.body.findall(f".//{W.commentReference}")) == 1
    assert document.paragraphs[0].text == "alpha beta gamma"
    undo_restores(doc, b0)


def test_delete_comment_at_selection(make):
    doc = make("alpha beta")
    doc.set_selection((0, 7))
    doc.execute("add_comment", text="on beta")
    doc.set_selection((0, 8))
    doc.execute("delete_comment")
    document = reopen(doc)
    assert len(document.comments) == 0
    body = document.element.body
    assert not [el for el in body.iter() if el.tag in (W.commentRangeStart, W.commentRangeEnd,
                                                        W.commentReference)]
    assert len(document.paragraphs[0].runs) == 1


def test_delete_comment_errors(make):
    doc = make("alpha beta")
    assert "no comments" in refused(doc, "delete_comment", number=1)
    doc.execute("add_comment", text="x")
    refused(doc, "delete_comment", number=2)
    refused(doc, "delete_comment", number=0)
    doc.set_selection((0, 8))
    assert "no comment" in refused(doc, "delete_comment")

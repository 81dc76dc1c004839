"""UFO's Word API commands through Session.step, with UFO's result strings: insert_table (at the
end of the document, with borders), select_text, select_table, select_paragraph, set_font,
save_as (kept in session.saved; never written outside save_dir)."""

from __future__ import annotations

import io
import os

import docx
import pytest
from docx.oxml.ns import qn

from .helpers import open_session, para, run_at


def test_insert_table_at_the_end_with_ufos_message():
    d = open_session()
    d.select("beta")  # the selection does not matter: UFO inserts at the end of the document
    r = d.step({"function": "insert_table", "args": {"rows": 2, "columns": 3}})
    assert r.message == "Table with 2 rows and 3 columns is inserted."
    assert r.action.action_type == "COM/WORD"
    doc = d.reopen()
    assert [(len(t.rows), len(t.columns)) for t in doc.tables] == [(2, 2), (2, 3)]
    body = list(doc.element.body)
    new = doc.tables[1]._tbl
    last_text = para(doc, "Last line of text.")._p
    assert body.index(new) > body.index(last_text)  # after the last paragraph
    assert body[-1].tag == qn("w:sectPr") and body[-2].tag == qn("w:p")  # Word keeps a ¶ after
    borders = new.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    styled = doc.tables[1].style is not None and doc.tables[1].style.name == "Table Grid"
    assert borders is not None or styled  # t.Borders.Enable = True
    assert "Bold" in d.names()  # nothing else in the window changed


def test_insert_table_call_string_and_refusals():
    d = open_session()
    before = d.s.doc.save()
    assert d.step("insert_table(rows=1, columns=1)").message == \
        "Table with 1 rows and 1 columns is inserted."
    for bad in ("insert_table(rows=0, columns=2)", "insert_table(rows=2)",
                'insert_table(rows="x", columns=2)'):
        after = d.s.doc.save()
        r = d.s.step(bad)
        assert not r.ok and d.s.doc.save() == after
    assert after != before


def test_select_text_found_and_not_found():
    d = open_session()
    r = d.step('select_text(text="gamma delta")')
    assert r.message == "Text gamma delta is selected."
    assert r.ok and not r.edited
    d.keys("^b")
    assert run_at(d.reopen(), "gamma delta").bold is True
    before, selection = d.s.doc.save(), d.s.doc.selection
    r = d.s.step('select_text(text="zebra")')
    assert (r.ok, r.message) == (False, "Text zebra is not found.")
    assert d.s.doc.save() == before and d.s.doc.selection == selection


def test_select_text_takes_the_first_match_and_text_in_tables():
    d = open_session()
    d.step('select_text(text="words")')
    d.keys("^i")
    doc = d.reopen()
    assert [r.italic for r in para(doc, "Second").runs if r.text == "words"] == [True]
    assert not any(r.italic for r in para(doc, "mIxEd").runs)
    d.step('select_text(text="B2")')
    d.keys("^u")
    assert d.reopen().tables[0].cell(1, 1).paragraphs[0].runs[0].underline is True


def test_select_table():
    d = open_session()
    r = d.step("select_table(number=1)")
    assert r.message == "Table 1 is selected."
    assert "Table Design" in d.names()
    d.keys("^b")
    cells = d.reopen().tables[0]._cells
    assert all(run.bold for c in cells for p in c.paragraphs for run in p.runs)
    for n in (2, 0):
        r = d.s.step(f"select_table(number={n})")
        assert (r.ok, r.message) == (False, f"Table number {n} is out of range.")


def test_select_paragraph():
    d = open_session()
    r = d.step({"function": "select_paragraph",
                "args": {"start_index": 3, "end_index": 4, "non_empty": True}})
    assert r.message == "Paragraph from 3 to 4 is selected."
    d.keys("^e")
    doc = d.reopen()
    centred = [p.text for p in doc.paragraphs if p.alignment == 1]
    assert centred == ["Alpha beta gamma delta.", "Second bold and italic words here."]
    r = d.step("select_paragraph(start_index=1, end_index=-1)")
    assert r.message == "Paragraph from 1 to -1 is selected."
    d.keys("^i")
    doc = d.reopen()
    assert all(r.italic for p in doc.paragraphs for r in p.runs)


def test_set_font():
    d = open_session()
    d.select("beta")
    r = d.step({"function": "set_font", "args": {"font_name": "Arial", "font_size": 14}})
    assert r.message == "Font is set to Arial. Font size is set to 14."
    run = run_at(d.reopen(), "beta")
    assert (run.font.name, run.font.size.pt) == ("Arial", 14.0)
    assert d.step('set_font(font_name="Georgia")').message == "Font is set to Georgia."
    assert d.step("set_font(font_size=10.5)").message == "Font size is set to 10.5."
    run = run_at(d.reopen(), "beta")
    assert (run.font.name, run.font.size.pt) == ("Georgia", 10.5)


def test_set_font_without_a_selection():
    d = open_session()
    before = d.s.doc.save()
    r = d.s.step('set_font(font_name="Arial")')
    assert (r.ok, r.message) == (False, "No text is selected to set the font.")
    assert d.s.doc.save() == before


def test_save_as_docx_and_txt_are_kept_in_session_saved():
    d = open_session()
    d.select("beta")
    d.keys("^b")
    r = d.step('save_as(file_dir="C:\\\\Users\\\\me", file_name="report", file_ext=".docx")')
    assert r.message == "Document is saved to C:\\Users\\me\\report.docx."
    data = d.s.saved["C:\\Users\\me\\report.docx"]
    assert data == d.s.doc.save()
    assert run_at(docx.Document(io.BytesIO(data)), "beta").bold is True
    r = d.step({"function": "save_as", "args": {"file_name": "notes", "file_ext": "txt"}})
    assert r.message == "Document is saved to notes.txt."
    text = d.s.saved["notes.txt"].decode()
    assert "Alpha beta gamma delta." in text and "Report title" in text
    r = d.step({"function": "save_as", "args": {"file_ext": ".docx"}})
    assert r.message == "Document is saved to Document1.docx."
    assert set(d.s.saved) == {"C:\\Users\\me\\report.docx", "notes.txt", "Document1.docx"}


@pytest.mark.parametrize("args", [{"file_ext": ".pdf"}, {}, {"file_name": "x", "file_ext": "pdf"}])
def test_save_as_pdf_is_refused_with_a_message(args):
    d = open_session()
    before = d.s.doc.save()
    r = d.s.step({"function": "save_as", "args": args})
    assert not r.ok and ".pdf" in r.message
    assert d.s.saved == {} and d.s.doc.save() == before


HOSTILE_PATHS = [
    {"file_dir": "../../", "file_name": "escape"},
    {"file_dir": "", "file_name": "../../escape"},
    {"file_dir": "..", "file_name": "..\\..\\escape"},
    {"file_dir": "/etc", "file_name": "escape"},
    {"file_dir": "C:\\Windows\\System32", "file_name": "escape"},
    {"file_dir": "sub/../../..", "file_name": "../escape"},
    {"file_name": ".."},
    {"file_name": "../"},
    {"file_name": "\x00evil/../../x"},
    {"file_dir": "~", "file_name": "escape"},
]


@pytest.mark.parametrize("ext", [".docx", ".txt"])
@pytest.mark.parametrize("where", HOSTILE_PATHS, ids=[repr(p) for p in HOSTILE_PATHS])
def test_save_as_never_writes_outside_save_dir(tmp_path, where, ext):
    outside = tmp_path / "outside"
    save_dir = outside / "inside" / "saves"
    save_dir.mkdir(parents=True)
    d = open_session(save_dir=save_dir)
    d.step({"function": "save_as", "args": {**where, "file_ext": ext}})
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written, "nothing was written"
    for p in written:
        assert p.resolve().parent == save_dir.resolve(), p
    assert not (tmp_path / "escape.docx").exists()
    assert not os.path.exists(os.path.expanduser("~/escape" + ext))
    data = written[0].read_bytes()
    assert data == next(iter(d.s.saved.values()))


def test_save_dir_gets_the_file_by_its_base_name(tmp_path):
    d = open_session(save_dir=tmp_path)
    d.step('save_as(file_dir="D:\\\\work", file_name="final", file_ext=".docx")')
    assert (tmp_path / "final.docx").read_bytes() == d.s.doc.save()
    d.keys("^s")
    assert (tmp_path / "Document1.docx").is_file()

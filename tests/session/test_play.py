"""`wordsim play`: one action per input line, in any form; --controls prints UFO's control list
before the first action and after each; --save writes the document when input ends; a bad
--doc is refused with exit code 2 and a clear message."""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import subprocess
import sys
import zipfile

import docx
import pytest

from wordsim.session import play

from .helpers import doc_bytes, run_at

# the `wordsim` console script's module (it moved from wordsim.cli to policies.cli)
CLI = next(m for m in ("policies.cli", "wordsim.cli") if importlib.util.find_spec(m) is not None)

SCRIPT = "\n".join([
    "# a comment line, then a blank one",
    "",
    'select_text(text="beta")',
    json.dumps({"Step": 1, "Subtask": "bold", "ControlLabel": "", "ControlText": "Bold",
                "Function": "click_input", "Args": {"button": "left", "double": False}}),
    '{"function": "keyboard_input", "args": {"keys": "^i"}}',
    'select_text(text="zebra")',
    '{"function": "", "args": {}, "status": "FINISH"}',
    '{"function": "keyboard_input", "args": {"keys": "^u"}}',  # after FINISH: never run
]) + "\n"


def namespace(**kw) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    play.add_arguments(parser)
    args = []
    for k, v in kw.items():
        if v is True:
            args.append(f"--{k}")
        elif v is not None:
            args += [f"--{k}", str(v)]
    return parser.parse_args(args)


@pytest.fixture
def main_docx(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(doc_bytes())
    return path


def test_play_runs_actions_and_saves(main_docx, tmp_path):
    out_path = tmp_path / "out.docx"
    stdout = io.StringIO()
    rc = play.run(namespace(doc=main_docx, save=out_path, controls=True),
                  stdin=io.StringIO(SCRIPT), stdout=stdout)
    assert rc == 0
    lines = stdout.getvalue().splitlines()
    results = [line for line in lines if line.startswith(("ok: ", "error: "))]
    assert results == ["ok: Text beta is selected.", "ok: bold on", "ok: italic on",
                       "error: Text zebra is not found.", "ok: "]
    lists = [json.loads(line) for line in lines if line.startswith("[")]
    assert len(lists) == 1 + len(results)  # before the first action and after each
    assert lists[0][0] == {"label": "1", "control_text": "Save", "control_type": "Button"}
    assert {"label", "control_text", "control_type"} == set(lists[0][0])
    assert any(e["control_text"] == "Cut" for e in lists[1])  # beta is selected
    assert not any(e["control_text"] == "Cut" for e in lists[0])
    assert f"saved {out_path}" in lines
    summary = json.loads(lines[-1])
    assert summary == {"paragraphs": 10, "words": 26}
    run = run_at(docx.Document(str(out_path)), "beta")
    assert (run.bold, run.italic, run.underline) == (True, True, None)
    assert main_docx.read_bytes() == doc_bytes()  # the input file is left alone


def test_play_without_controls_prints_only_results(main_docx):
    stdout = io.StringIO()
    rc = play.run(namespace(doc=main_docx), stdin=io.StringIO('select_text(text="beta")\n'),
                  stdout=stdout)
    assert rc == 0
    assert stdout.getvalue().splitlines() == ["ok: Text beta is selected.",
                                              '{"paragraphs": 10, "words": 26}']


def test_play_blank_document_and_template():
    stdout = io.StringIO()
    assert play.run(namespace(), stdin=io.StringIO("set_edit_text(text='x')\n"),
                    stdout=stdout) == 0
    assert stdout.getvalue().startswith("error: ")  # no control given
    stdout = io.StringIO()
    rc = play.run(namespace(template="letter", controls=True), stdin=io.StringIO(""),
                  stdout=stdout)
    assert rc == 0
    first = json.loads(stdout.getvalue().splitlines()[0])
    assert any(e["control_text"] == "letter" and e["control_type"] == "Document" for e in first)


def test_play_hostile_lines_do_not_stop_it(tmp_path):
    out_path = tmp_path / "out.docx"
    lines = ["__import__('os').system('touch pwned')", "{" * 5000, "x" * 200_000,
             "\x00\x01\x02", "select_text(text=" + "[" * 100 + ")", "exec('1')",
             "keyboard_input(keys='Hi')"]
    stdout = io.StringIO()
    rc = play.run(namespace(save=out_path), stdin=io.StringIO("\n".join(lines) + "\n"),
                  stdout=stdout)
    assert rc == 0
    results = [x for x in stdout.getvalue().splitlines() if x.startswith(("ok", "error"))]
    assert [r.split(":")[0] for r in results] == ["error"] * 6 + ["ok"]
    assert docx.Document(str(out_path)).paragraphs[0].text == "Hi"
    assert not (tmp_path / "pwned").exists()


def hostile_doc(kind: str, tmp_path):
    path = tmp_path / "hostile.docx"
    if kind == "not a zip":
        path.write_text("just some text, not a zip")
    elif kind == "zip bomb":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", b"\x00" * (8 * 1024 * 1024))
    elif kind == "DTD entities":
        with zipfile.ZipFile(io.BytesIO(doc_bytes())) as src, zipfile.ZipFile(path, "w") as z:
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "word/document.xml":
                    data = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                            + data.split(b"?>", 1)[1])
                z.writestr(item, data)
    elif kind == "no parts":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
    elif kind == "missing":
        path = tmp_path / "missing.docx"
    elif kind == "a directory":
        path = tmp_path
    return path


HOSTILE = ["not a zip", "zip bomb", "DTD entities", "no parts", "missing", "a directory"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_play_refuses_a_hostile_doc(kind, tmp_path, capsys):
    path = hostile_doc(kind, tmp_path)
    out_path = tmp_path / "out.docx"
    stdout = io.StringIO()
    rc = play.run(namespace(doc=path, save=out_path), stdin=io.StringIO("select_text(text='a')\n"),
                  stdout=stdout)
    assert rc == 2
    err = capsys.readouterr().err
    assert err.startswith("wordsim play: cannot open the document: ")
    assert len(err) < 500 and "Traceback" not in err
    assert stdout.getvalue() == ""
    assert not out_path.exists()


def test_play_refuses_an_unknown_template(capsys):
    rc = play.run(namespace(template="../../etc/passwd"), stdin=io.StringIO(""),
                  stdout=io.StringIO())
    assert rc == 2
    assert "cannot open the document" in capsys.readouterr().err


def test_play_as_a_subprocess(main_docx, tmp_path):
    out_path = tmp_path / "out.docx"
    proc = subprocess.run(
        [sys.executable, "-m", CLI, "play", "--doc", str(main_docx), "--save",
         str(out_path), "--controls"],
        input=SCRIPT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "ok: bold on" in lines and "ok: italic on" in lines
    assert json.loads(lines[0])[0]["label"] == "1"
    run = run_at(docx.Document(str(out_path)), "beta")
    assert (run.bold, run.italic) == (True, True)

    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 definitely not a zip")
    proc = subprocess.run([sys.executable, "-m", CLI, "play", "--doc", str(bad)],
                          input="", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("wordsim play: cannot open the document: ")
    assert "Traceback" not in proc.stderr

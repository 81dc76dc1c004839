"""The Word adapter's typing, selection moves, Find and Replace and clipboard: the Selection's
own methods and `Range.Find` with Word's constants, on a recording fake of Word."""

from __future__ import annotations

import pytest

from wordsim.backends.word import constants as C
from wordsim.document.commands import CommandError
from wordsim.document.position import Position, Selection

from .fake_com import returns
from .word_helpers import open_word, recorded

MOVE, EXTEND = 0, 1  # wdMove, wdExtend


@pytest.mark.parametrize(("command", "args", "calls", "message"), [
    ("type_text", {"text": "ab\ncd"},
     [("call", "Selection.TypeText", (), {"Text": "ab"}),
      ("call", "Selection.TypeParagraph", (), {}),
      ("call", "Selection.TypeText", (), {"Text": "cd"})], "Typed 5 character(s)."),
    ("enter", {}, [("call", "Selection.TypeParagraph", (), {})], "Inserted a paragraph break."),
    ("tab", {}, [("call", "Selection.Information", (12,), {}),
                 ("call", "Selection.TypeText", (), {"Text": "\t"})], "Typed 1 character(s)."),
    ("backspace", {}, [("call", "Selection.TypeBackspace", (), {})], "Deleted 1 character(s)."),
    ("backspace", {"word": True}, [("call", "Selection.Delete", (), {"Unit": 2, "Count": -1})],
     "Deleted 3 character(s)."),  # "Hello wor|ld": back to the word's start
    ("delete", {}, [("call", "Selection.Delete", (), {"Unit": 1, "Count": 1})],
     "Deleted 1 character(s)."),
    ("delete", {"word": True}, [("call", "Selection.Delete", (), {"Unit": 2, "Count": 1})],
     "Deleted 2 character(s)."),
    ("select_all", {}, [("call", "Selection.WholeStory", (), {})],
     "The whole document is selected."),
    ("move", {"unit": "word", "count": -2},
     [("call", "Selection.MoveLeft", (), {"Unit": 2, "Count": 2, "Extend": MOVE})],
     "Moved -2 word(s)."),
    ("move", {"unit": "character", "count": 3, "extend": True},
     [("call", "Selection.MoveRight", (), {"Unit": 1, "Count": 3, "Extend": EXTEND})],
     "Moved 3 character(s)."),
    ("move", {"unit": "paragraph", "count": 1},
     [("call", "Selection.MoveDown", (), {"Unit": 4, "Count": 1, "Extend": MOVE})],
     "Moved 1 paragraph(s)."),
    ("move", {"unit": "line", "count": -1, "extend": True},
     [("call", "Selection.MoveUp", (), {"Unit": 5, "Count": 1, "Extend": EXTEND})],
     "Moved -1 line(s)."),
    ("move", {"unit": "document", "count": 1},
     [("call", "Selection.EndKey", (), {"Unit": 6, "Extend": MOVE})], "Moved 1 document(s)."),
    ("home", {}, [("call", "Selection.HomeKey", (), {"Unit": 5, "Extend": MOVE})],
     "Moved to the start of the line."),
    ("end", {"extend": True}, [("call", "Selection.EndKey", (), {"Unit": 5, "Extend": EXTEND})],
     "Moved to the end of the line."),
    ("document_start", {}, [("call", "Selection.HomeKey", (), {"Unit": 6, "Extend": MOVE})],
     "Moved to the start of the document."),
    ("document_end", {"extend": True},
     [("call", "Selection.EndKey", (), {"Unit": 6, "Extend": EXTEND})],
     "Moved to the end of the document."),
])
def test_caret_commands(command, args, calls, message):
    w, app = open_word(start=9, end=9)  # "Hello wor|ld"
    assert w.execute(command, **args) == message
    assert recorded(app) == calls


def test_backspace_and_delete_at_the_story_ends_do_nothing():
    w, app = open_word(start=0, end=0)
    assert w.execute("backspace").startswith("Nothing to delete")
    w.select(Selection(Position(0, 11), Position(0, 11)))
    app.clear()
    assert w.execute("delete").startswith("Nothing to delete")
    assert recorded(app) == []


def test_a_selection_is_deleted_whole():
    w, app = open_word(start=0, end=5)
    assert w.execute("backspace") == "Deleted the selection."
    assert recorded(app) == [("call", "Selection.Delete", (), {})]


def _find_setup(path: str, text: str, case: bool, whole: bool, wrap: int) -> list:
    return [("call", f"{path}.ClearFormatting", (), {}), ("set", f"{path}.Text", text),
            ("set", f"{path}.MatchCase", case), ("set", f"{path}.MatchWholeWord", whole),
            ("set", f"{path}.MatchWildcards", False), ("set", f"{path}.Forward", True),
            ("set", f"{path}.Wrap", wrap), ("set", f"{path}.Format", False)]


def test_select_text_is_ufos_find_on_the_whole_document():
    w, app = open_word("Hello world\rworld^s\r")
    assert w.execute("select_text", text="world^s") == "Text world^s is selected."
    find = "Document.Range().Find"
    assert recorded(app) == [
        ("call", "Document.Range", (), {}),
        *_find_setup(find, "world^^s", True, False, C.wdFindStop),  # ^ is literal
        ("call", f"{find}.Execute", (), {}),
        ("call", "Document.Range().Select", (), {})]
    assert w.selection() == Selection(Position(1, 0), Position(1, 7))
    with pytest.raises(CommandError, match="Text nope is not found"):
        w.execute("select_text", text="nope")


def test_find_next_starts_after_the_selection_and_wraps():
    w, app = open_word("world, hello world\r", start=0, end=5)
    assert w.execute("find_next", text="WORLD") == "Text WORLD is selected."
    find = "Document.Range(5, 5).Find"
    assert recorded(app) == [
        ("call", "Document.Range", (5, 5), {}),
        *_find_setup(find, "WORLD", False, False, C.wdFindContinue),
        ("call", f"{find}.Execute", (), {}), ("call", "Document.Range(5, 5).Select", (), {})]
    assert w.selection() == Selection(Position(0, 13), Position(0, 18))
    assert w.execute("find_next", text="world") == "Text world is selected."
    assert w.selection() == Selection(Position(0, 0), Position(0, 5))  # wrapped
    with pytest.raises(CommandError, match="not found"):
        w.execute("find_next", text="World", wrap=False, whole_words=True, match_case=True)


def test_replace_all_is_ufos_replace_all():
    w, app = open_word("a cat, a Cat\r")
    assert w.execute("replace_all", find="cat", replace="dog") == "Replaced 2 occurrences."
    find = "Document.Range().Find"
    assert recorded(app) == [
        ("call", "Document.Range", (), {}),
        *_find_setup(find, "cat", False, False, C.wdFindContinue),
        ("call", f"{find}.Replacement.ClearFormatting", (), {}),
        ("set", f"{find}.Replacement.Text", "dog"),
        ("call", f"{find}.Execute", (), {"Replace": C.wdReplaceAll})]
    assert app.doc.text == "a dog, a dog\r"


def test_replace_replaces_a_selected_match_then_finds_the_next():
    w, app = open_word("cat cat\r", start=0, end=3)
    assert w.execute("replace", find="cat", replace="dog") == \
        "Replaced 1 occurrence. Text cat is selected."
    log = recorded(app)
    assert ("call", "Selection.Range.Find.Execute", (), {"Replace": C.wdReplaceOne}) in log
    assert app.doc.text == "dog cat\r"
    assert w.selection() == Selection(Position(0, 4), Position(0, 7))


def test_replace_without_a_selected_match_only_finds():
    w, app = open_word("x cat\r")
    assert w.execute("replace", find="cat", replace="dog") == \
        "Text cat is selected; Replace again to replace it."
    assert app.doc.text == "x cat\r"
    assert not any(e[2:] == ((), {"Replace": C.wdReplaceOne}) for e in recorded(app))


def test_select_paragraphs_skips_empty_ones_and_leaves_the_last_mark_out():
    w, app = open_word("one\r\rtwo\rthree\r")
    assert w.execute("select_paragraphs", start_index=1, end_index=2) == \
        "Paragraph from 1 to 2 is selected."
    assert recorded(app) == [("call", "Selection.SetRange", (0, 8), {})]
    assert w.selection() == Selection(Position(0, 0), Position(2, 3))
    with pytest.raises(CommandError, match="out of range"):
        w.execute("select_paragraphs", start_index=1, end_index=4)


def test_select_range_is_set_range_and_keeps_a_backwards_selection():
    w, app = open_word("Hello world\r")
    w.execute("select_range", start=[0, 8], end=[0, 2])
    assert recorded(app) == [("call", "Selection.SetRange", (2, 8), {}),
                             ("set", "Selection.StartIsActive", True)]
    assert w.selection() == Selection(Position(0, 8), Position(0, 2))


def test_select_table_is_ufos_tables_select():
    w, app = open_word()
    with pytest.raises(CommandError, match="Table number 1 is out of range"):
        w.execute("select_table", number=1)
    assert recorded(app) == []


def test_copy_cut_and_paste():
    w, app = open_word(start=0, end=5)
    with pytest.raises(CommandError, match="clipboard is empty"):
        w.execute("paste")
    assert w.execute("copy") == "Copied 5 character(s)."
    assert w.execute("cut") == "Cut 5 character(s)."
    assert w.execute("paste") == "Pasted 5 character(s)."
    assert w.execute("paste", keep="text") == "Pasted 5 character(s)."
    assert w.execute("paste", keep="merge") == "Pasted 5 character(s)."
    assert recorded(app) == [
        ("call", "Selection.Copy", (), {}), ("call", "Selection.Cut", (), {}),
        ("call", "Selection.Paste", (), {}),
        ("call", "Selection.PasteAndFormat", (), {"Type": C.wdFormatPlainText}),
        ("call", "Selection.PasteAndFormat", (), {"Type": 20})]


@pytest.mark.parametrize(("command", "method"), [("next_cell", "MoveRight"),
                                                 ("previous_cell", "MoveLeft")])
def test_cells(command, method):
    w, app = open_word("a\ab\a\a\r", in_table=True)
    assert w.execute(command) == ""
    assert recorded(app)[-1] == ("call", f"Selection.{method}", (),
                                 {"Unit": C.wdCell, "Count": 1})
    app.doc.in_table = False
    with pytest.raises(CommandError, match="not in a table"):
        w.execute(command)


def test_tab_in_a_table_is_next_cell():
    w, app = open_word("a\ab\a\a\r", in_table=True)
    assert w.execute("tab") == "Moved to the next cell."
    assert recorded(app)[-1] == ("call", "Selection.MoveRight", (), {"Unit": 12, "Count": 1})


def test_compound_runs_its_steps_in_one_undo_record():
    w, app = open_word(start=0, end=5)
    assert w.execute("compound", steps=[["bold", {}], ["font_size", {"size": 20}]]) == \
        "bold on size 20 pt"
    undo = [e[1] for e in app.log if e[1].startswith("Application.UndoRecord.")]
    assert undo == ["Application.UndoRecord.StartCustomRecord",
                    "Application.UndoRecord.EndCustomRecord"]
    with pytest.raises(CommandError, match="unknown step command"):
        w.execute("compound", steps=[["nope", {}]])


@pytest.mark.parametrize("command", ["undo", "redo"])
def test_undo_and_redo(command):
    w, app = open_word()
    method = getattr(app.doc, command.capitalize())
    returns(method, True)
    assert w.execute(command) == ""
    assert recorded(app) == [("call", f"Document.{command.capitalize()}", (1,), {})]
    returns(method, False)
    assert w.execute(command) == f"Nothing to {command}."


def test_selection_only_commands_record_no_undo_step():
    w, app = open_word()
    w.execute("document_end")
    assert not any(e[1].startswith("Application.UndoRecord.") for e in app.log)

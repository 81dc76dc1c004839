"""Typing and deleting at the caret: text, Enter, Tab, Backspace and Delete, through Writer's
own keyboard commands (.uno:InsertText, .uno:InsertPara, .uno:SwBackspace, .uno:Delete ...),
with the formatting Word gives typed text (see formatting.typing_format)."""

from __future__ import annotations

import formatting
from registry import COMMANDS, AgentError, uno_command


def delete_selection(w) -> None:
    anchor, focus = w.selection()
    if anchor != focus:
        w.dispatch(".uno:Delete")
        w.changed()


def caret(w) -> tuple[int, int]:
    """Adopt the view cursor's caret after a UI command moved it."""
    pos = w.story.locate(w.view_cursor.getEnd())
    w.select(pos, pos, keep_pending=True)
    return pos


def type_plain(w, text: str, values: dict) -> tuple[int, int]:
    """Type `text` at the (collapsed) caret, "\\n" as Enter and "\\v" as a line break, and
    give it `values`; returns the caret after it."""
    start = w.selection()[0]
    for k, line in enumerate(text.split("\n")):
        if k:
            w.dispatch(".uno:InsertPara")
        for j, piece in enumerate(line.split("\v")):
            if j:
                w.dispatch(".uno:InsertLinebreak")
            if piece:
                w.dispatch(".uno:InsertText", Text=piece)
    w.changed()
    end = caret(w)
    if end != start:
        for r in w.ranges(start, end):
            formatting.write(r, values)
    return end


@uno_command("type_text")
def type_text(w, text: str) -> str:
    if not isinstance(text, str) or not text:
        raise AgentError("There is no text to type.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    values = formatting.typing_format(w)
    delete_selection(w)
    end = type_plain(w, text, values)
    w.select(end, end)
    return f"Typed {len(text)} character(s)."


@uno_command("enter")
def enter(w) -> str:
    w.dispatch(".uno:InsertPara")  # deletes a selection first, like Word's Enter
    w.changed()
    caret(w)  # formatting pending at the caret carries over
    return "Inserted a paragraph break."


@uno_command("tab")
def tab(w) -> str:
    """Tab: in a table cell the next cell (when a module provides "next_cell"), else a tab."""
    focus = w.selection()[1]
    if not w.story.paragraphs[focus[0]].getText() == w.doc.getText():
        if "next_cell" not in COMMANDS:
            raise NotImplementedError("Tab in a table cell needs the next_cell command")
        return COMMANDS["next_cell"].fn(w) or "Moved to the next cell."
    return type_text(w, "\t")


def _delete(w, word: bool, back: bool) -> str:
    anchor, focus = w.selection()
    if anchor != focus:
        delete_selection(w)
        caret(w)
        return "Deleted the selection."
    para, offset = focus
    if back and focus == (0, 0):
        return "Nothing to delete: the caret is at the start of the document."
    if not back and focus == w.end_position():
        return "Nothing to delete: the caret is at the end of the document."
    length = len(w.text(para))
    command = {(False, True): "SwBackspace", (True, True): "DelToStartOfWord",
               (False, False): "Delete", (True, False): "DelToEndOfWord"}[word, back]
    w.dispatch(f".uno:{command}")
    w.changed()
    after = caret(w)
    w.pending = None if after != focus else w.pending
    joined = (back and offset == 0) or (not back and offset == length)
    return "Joined paragraphs." if joined else "Deleted character(s)."


@uno_command("backspace")
def backspace(w, word: bool = False) -> str:
    return _delete(w, word, back=True)


@uno_command("delete")
def delete(w, word: bool = False) -> str:
    return _delete(w, word, back=False)

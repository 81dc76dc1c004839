"""Typing and deleting at the caret: text, Enter, Tab, Backspace and Delete, through Writer's
own keyboard commands (.uno:InsertText, .uno:InsertPara, .uno:SwBackspace, .uno:Delete ...),
with the formatting Word gives typed text (see formatting.typing_format)."""

from __future__ import annotations

import formatting
from registry import COMMANDS, AgentError, uno_command
from values import word_stops


def delete_selection(w) -> None:
    anchor, focus = w.selection()
    if anchor != focus:
        w.dispatch(".uno:Delete")
        w.changed()


def caret(w) -> tuple[int, int]:
    """Adopt the view cursor's caret after a UI command moved it."""
    pos = w.story.locate(w.view_cursor.getEnd())
    w.adopt(pos)
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
            formatting.give(r, values)
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


def _same_text(w, a: int, b: int) -> bool:
    paragraphs = w.story.paragraphs
    return paragraphs[a].getText() == paragraphs[b].getText()


def _join(w, first: int) -> bool:
    """Delete the paragraph mark after paragraph `first` through the model (Writer's
    Backspace at a paragraph start does nothing over UNO), unless the next paragraph is in
    another text (a table cell); the joined paragraph keeps the first one's properties, as
    Word's does."""
    if not _same_text(w, first, first + 1):
        return False
    mark = w.cursor((first, len(w.text(first))))
    mark.goRight(1, True)
    mark.setString("")
    w.changed()
    return True


def _delete(w, word: bool, back: bool) -> str:
    """Backspace / Delete with Word's rules (word stops as Ctrl+Left/Right's), on the model."""
    anchor, focus = w.selection()
    if anchor != focus:
        delete_selection(w)
        caret(w)
        return "Deleted the selection."
    para, offset = focus
    text = w.text(para)
    if back and offset > 0:
        start = max(s for s in word_stops(text) if s < offset) if word else offset - 1
        w.range((para, start), focus).setString("")
        w.changed()
        w.select((para, start), (para, start))
        return f"Deleted {offset - start} character(s)."
    if not back and offset < len(text):
        end = min(s for s in word_stops(text) if s > offset) if word else offset + 1
        w.range(focus, (para, end)).setString("")
        w.changed()
        w.select(focus, focus, force=True)
        return f"Deleted {end - offset} character(s)."
    if back and para == 0:
        return "Nothing to delete: the caret is at the start of the document."
    if not back and para + 1 >= len(w):
        return "Nothing to delete: the caret is at the end of the document."
    first = para - 1 if back else para
    caret_at = (first, len(w.text(first)))
    if not _join(w, first):
        return "Nothing deleted: the paragraph is in another table cell."
    w.select(caret_at, caret_at, force=True)
    return "Joined paragraphs."


@uno_command("backspace")
def backspace(w, word: bool = False) -> str:
    return _delete(w, word, back=True)


@uno_command("delete")
def delete(w, word: bool = False) -> str:
    return _delete(w, word, back=False)

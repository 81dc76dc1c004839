"""Typing, moving the selection and the clipboard as Word object-model calls: the keys and
arrow keys are the Selection's own methods (TypeText, TypeParagraph, TypeBackspace,
MoveLeft/Right/Up/Down, HomeKey, EndKey, Copy, Cut, Paste)."""

from __future__ import annotations

from wordsim.document.commands import CommandError
from wordsim.document.position import Position, Selection

from . import constants as C
from . import sim_args as A
from .com_character import Handler


def _caret(w) -> Position | None:
    """The caret's simulator position, None when text is selected."""
    sel = w.sel
    return w.story().locate(sel.Start) if sel.Start == sel.End else None


# ---------------------------------------------------------------------- typing
def type_text(w, text: str) -> str:
    """Selection.TypeText, with TypeParagraph for each "\\n" (Enter)."""
    if not isinstance(text, str) or not text:
        raise CommandError("There is no text to type.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for k, line in enumerate(text.split("\n")):
        if k:
            w.sel.TypeParagraph()
        if line:
            w.sel.TypeText(Text=line)
    return f"Typed {len(text)} character(s)."


def enter(w) -> str:
    w.sel.TypeParagraph()
    return "Inserted a paragraph break."


def tab(w) -> str:
    """Tab: the next cell in a table, else a tab character."""
    if w.in_table():
        return next_cell(w) or "Moved to the next cell."
    w.sel.TypeText(Text="\t")
    return "Typed 1 character(s)."


def backspace(w, word: bool = False) -> str:
    """Backspace (TypeBackspace); Ctrl+Backspace deletes back to the word's start."""
    caret = _caret(w)
    if caret is None:
        w.sel.Delete()
        return "Deleted the selection."
    para, offset = caret
    if para == 0 and offset == 0:
        return "Nothing to delete: the caret is at the start of the document."
    if word:
        w.sel.Delete(Unit=C.wdWord, Count=-1)
    else:
        w.sel.TypeBackspace()
    if offset == 0:
        return "Joined the paragraph with the previous one."
    stop = max(s for s in A.word_stops(w.story().text(para)) if s < offset) if word else offset - 1
    return f"Deleted {offset - stop} character(s)."


def delete(w, word: bool = False) -> str:
    """Delete (Selection.Delete); Ctrl+Delete deletes up to the next word."""
    caret = _caret(w)
    if caret is None:
        w.sel.Delete()
        return "Deleted the selection."
    story = w.story()
    para, offset = caret
    text = story.text(para)
    if offset == len(text) and para == len(story) - 1:
        return "Nothing to delete: the caret is at the end of the document."
    w.sel.Delete(Unit=C.wdWord if word else C.wdCharacter, Count=1)
    if offset == len(text):
        return "Joined the paragraph with the next one."
    stop = min((s for s in A.word_stops(text) if s > offset), default=len(text)) if word \
        else offset + 1
    return f"Deleted {stop - offset} character(s)."


# ---------------------------------------------------------------------- selecting
def select_paragraphs(w, start_index: int, end_index: int, non_empty: bool = True) -> str:
    """UFO's select_paragraph: `Document.Range(first.Start, last.End).Select()`, the final
    paragraph mark left out, as the simulator does; paragraphs counted as the simulator
    counts them (table cells included, end-of-row marks not)."""
    for name, value in (("start_index", start_index), ("end_index", end_index)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise CommandError(f"{name} must be an integer, not {value!r}.")
    story = w.story()
    paras = [i for i in range(len(story)) if not non_empty or story.text(i).strip()]
    first = max(1, start_index)
    if first > len(paras):
        raise CommandError(f"Paragraph {start_index} is out of range ({len(paras)} paragraphs).")
    if end_index == -1:
        last = len(story) - 1
    elif first <= end_index <= len(paras):
        last = paras[end_index - 1]
    else:
        raise CommandError(f"Paragraph range {start_index} to {end_index} is out of range "
                           f"({len(paras)} paragraphs).")
    w.select(Selection(Position(paras[first - 1], 0), Position(last, len(story.text(last)))))
    return f"Paragraph from {start_index} to {end_index} is selected."


def select_table(w, number: int) -> str:
    """UFO's select_table: `Document.Tables(number).Select()`."""
    tables = w.doc.Tables
    if not isinstance(number, int) or isinstance(number, bool) or \
            not 1 <= number <= tables.Count:
        raise CommandError(f"Table number {number} is out of range.")
    tables.Item(number).Select()
    return f"Table {number} is selected."


def select_all(w) -> str:
    w.sel.WholeStory()
    return "The whole document is selected."


def select_range(w, start, end) -> str:
    story = w.story()
    a = A.story_position(story, start, "start")
    f = A.story_position(story, end, "end")
    w.select(Selection(a, f))
    return f"Range from {tuple(a)} to {tuple(f)} is selected."


# the arrow keys: unit -> (Selection method forward, backward, WdUnits)
_KEYS = {
    "character": ("MoveRight", "MoveLeft", C.wdCharacter),
    "word": ("MoveRight", "MoveLeft", C.wdWord),
    "paragraph": ("MoveDown", "MoveUp", C.wdParagraph),
    "line": ("MoveDown", "MoveUp", C.wdLine),
}


def _extend(extend: bool) -> int:
    return C.wdExtend if extend else C.wdMove


def move(w, unit: str, count: int = 1, extend: bool = False) -> str:
    if unit not in A.UNITS:
        raise CommandError(f"Unknown unit {unit!r}; use one of {', '.join(A.UNITS)}.")
    if not isinstance(count, int) or isinstance(count, bool):
        raise CommandError(f"count must be an integer, not {count!r}.")
    if count and unit == "document":
        key = w.sel.EndKey if count > 0 else w.sel.HomeKey
        key(Unit=C.wdStory, Extend=_extend(extend))
    elif count:
        forward, backward, units = _KEYS[unit]
        getattr(w.sel, forward if count > 0 else backward)(Unit=units, Count=abs(count),
                                                           Extend=_extend(extend))
    return f"Moved {count} {unit}(s)."


def key(method: str, unit: int, message: str) -> Handler:
    """Home / End (wdLine) and Ctrl+Home / Ctrl+End (wdStory)."""

    def run(w, extend: bool = False) -> str:
        getattr(w.sel, method)(Unit=unit, Extend=_extend(extend))
        return message

    return run


# ---------------------------------------------------------------------- clipboard
def _copy(w, method: str, verb: str) -> str:
    sel = w.sel
    if sel.Start == sel.End:
        raise CommandError("Nothing is selected: select the text to copy first.")
    count = w.story().count(w.selection())
    getattr(sel, method)()
    w.clipboard = count
    return f"{verb} {count} character(s)."


def copy(w) -> str:
    return _copy(w, "Copy", "Copied")


def cut(w) -> str:
    return _copy(w, "Cut", "Cut")


def paste(w, keep: str = "source") -> str:
    """Ctrl+V (Selection.Paste: keep source formatting) or a Paste Option
    (Selection.PasteAndFormat). Only what this document copied is pasted, as in the simulator:
    the system clipboard may hold anything else."""
    if keep not in A.PASTE_OPTIONS:
        raise CommandError(f"Paste option must be one of {', '.join(A.PASTE_OPTIONS)}, "
                           f"not {keep!r}.")
    if w.clipboard is None:
        raise CommandError("The clipboard is empty: copy or cut something first.")
    if keep == "source":
        w.sel.Paste()
    else:
        w.sel.PasteAndFormat(Type=C.PASTE_FORMATS[keep])
    return f"Pasted {w.clipboard} character(s)."


def next_cell(w) -> str:
    """Tab in a table: MoveRight by wdCell selects the next cell (adding a row after the
    last cell)."""
    if not w.in_table():
        raise CommandError("The caret is not in a table.")
    w.sel.MoveRight(Unit=C.wdCell, Count=1)
    return ""


def previous_cell(w) -> str:
    if not w.in_table():
        raise CommandError("The caret is not in a table.")
    w.sel.MoveLeft(Unit=C.wdCell, Count=1)
    return ""


HANDLERS: dict[str, Handler] = {
    "type_text": type_text,
    "enter": enter,
    "tab": tab,
    "backspace": backspace,
    "delete": delete,
    "select_paragraphs": select_paragraphs,
    "select_table": select_table,
    "select_all": select_all,
    "select_range": select_range,
    "move": move,
    "home": key("HomeKey", C.wdLine, "Moved to the start of the line."),
    "end": key("EndKey", C.wdLine, "Moved to the end of the line."),
    "document_start": key("HomeKey", C.wdStory, "Moved to the start of the document."),
    "document_end": key("EndKey", C.wdStory, "Moved to the end of the document."),
    "copy": copy,
    "cut": cut,
    "paste": paste,
    "next_cell": next_cell,
    "previous_cell": previous_cell,
}
# commands that only move the selection: no undo record, and the story keeps its map
SELECTION_ONLY = frozenset({"select_text", "find_next", "select_paragraphs", "select_table",
                            "select_all", "select_range", "move", "home", "end",
                            "document_start", "document_end", "copy", "previous_cell"})

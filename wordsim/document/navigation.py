"""Caret and selection commands: Find-style selection, arrow keys, Home/End, Ctrl+Home/End.

These commands only move `doc.selection`; they never touch the document, so they make no undo
step. Simplified against Word, because there is no page layout here:
- a "line" is a whole paragraph: Up/Down keep the character offset (clamped to the target
  paragraph), not the on-screen x position, and Home/End go to the paragraph's start/end;
- Up on the first paragraph and Down on the last one stay where they are;
- table cells are plain paragraphs in reading order (Right at the end of a cell goes to the
  start of the next cell's paragraph; no whole-cell selection when a selection crosses cells).
"""

from __future__ import annotations

from .commands import CommandError, command
from .position import Position, Selection
from .word_rules import word_stops
from .xml import W

UNITS = ("character", "word", "paragraph", "line", "document")

def next_word(doc, pos: Position) -> Position:
    """Where Ctrl+Right goes from `pos` (the next word start; past the paragraph mark at the
    end of a paragraph; nowhere at the end of the document)."""
    text = doc.text(pos.para)
    for s in word_stops(text):
        if s > pos.offset:
            return Position(pos.para, s)
    if pos.para + 1 < len(doc):
        return Position(pos.para + 1, 0)
    return Position(pos.para, len(text))


def prev_word(doc, pos: Position) -> Position:
    """Where Ctrl+Left goes from `pos` (the start of the current or previous word; the end of
    the previous paragraph from a paragraph start)."""
    before = [s for s in word_stops(doc.text(pos.para)) if s < pos.offset]
    if before:
        return Position(pos.para, before[-1])
    if pos.para > 0:
        return Position(pos.para - 1, len(doc.text(pos.para - 1)))
    return Position(pos.para, 0)


def _step_character(doc, pos: Position, forward: bool) -> Position:
    if forward:
        if pos.offset < len(doc.text(pos.para)):
            return Position(pos.para, pos.offset + 1)
        return Position(pos.para + 1, 0) if pos.para + 1 < len(doc) else pos
    if pos.offset > 0:
        return Position(pos.para, pos.offset - 1)
    return Position(pos.para - 1, len(doc.text(pos.para - 1))) if pos.para > 0 else pos


def _step_paragraph(doc, pos: Position, forward: bool) -> Position:
    """Ctrl+Down: start of the next paragraph (end of the last one); Ctrl+Up: start of the
    current paragraph, or of the previous one when already at a start."""
    if forward:
        if pos.para + 1 < len(doc):
            return Position(pos.para + 1, 0)
        return Position(pos.para, len(doc.text(pos.para)))
    if pos.offset > 0:
        return Position(pos.para, 0)
    return Position(pos.para - 1, 0) if pos.para > 0 else pos


def _step_line(doc, pos: Position, forward: bool) -> Position:
    para = min(max(pos.para + (1 if forward else -1), 0), len(doc) - 1)
    return Position(para, min(pos.offset, len(doc.text(para))))


def _step_word(doc, pos: Position, forward: bool) -> Position:
    return next_word(doc, pos) if forward else prev_word(doc, pos)


_STEPS = {
    "character": _step_character,
    "word": _step_word,
    "paragraph": _step_paragraph,
    "line": _step_line,
}


def moved(doc, unit: str, count: int, extend: bool = False) -> Selection:
    """The selection that pressing the arrow key for `unit` |count| times would give."""
    if unit not in UNITS:
        raise CommandError(f"Unknown unit {unit!r}; use one of {', '.join(UNITS)}.")
    if not isinstance(count, int) or isinstance(count, bool):
        raise CommandError(f"count must be an integer, not {count!r}.")
    sel = doc.selection
    forward = count > 0
    if count == 0:
        return sel
    if unit == "document":
        target = doc.end_position() if forward else Position(0, 0)
        return Selection(sel.anchor if extend else target, target)
    steps = abs(count)
    if extend:
        pos = sel.focus
    else:
        pos = sel.end if forward else sel.start
        if not sel.collapsed and unit == "character":
            steps -= 1  # Left/Right on a selection first collapses it to that side
    step = _STEPS[unit]
    for _ in range(steps):
        nxt = step(doc, pos, forward)
        if nxt == pos:
            break
        pos = nxt
    return Selection(sel.anchor if extend else pos, pos)


def place(doc, selection: Selection) -> None:
    """Set the selection; formatting chosen at the old caret (Ctrl+B with nothing selected) is
    forgotten once the caret moves, as in Word."""
    if selection != doc.selection:
        doc.pending_rpr = None
    doc.selection = selection


def _select(doc, anchor, focus) -> None:
    place(doc, Selection(Position(*anchor), Position(*focus)))


# --------------------------------------------------------------------- Find-like selection
@command("select_text")
def select_text(doc, text: str) -> str:
    """Select the first occurrence of `text` (exact case, within one paragraph) from the start
    of the document, like Word's Find run on the whole document."""
    if not isinstance(text, str) or not text:
        raise CommandError(f"Text {text} is not found.")
    for i in range(len(doc)):
        k = doc.text(i).find(text)
        if k >= 0:
            _select(doc, (i, k), (i, k + len(text)))
            return f"Text {text} is selected."
    raise CommandError(f"Text {text} is not found.")


@command("select_paragraphs")
def select_paragraphs(doc, start_index: int, end_index: int, non_empty: bool = True) -> str:
    """Select paragraphs start_index..end_index (1-based; end_index -1 = to the end of the
    document). With `non_empty`, indices count only paragraphs with visible text (as UFO's
    select_paragraph). The final paragraph mark is not part of the selection."""
    for name, value in (("start_index", start_index), ("end_index", end_index)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise CommandError(f"{name} must be an integer, not {value!r}.")
    paras = [i for i in range(len(doc)) if not non_empty or doc.text(i).strip()]
    first = max(1, start_index)
    if first > len(paras):
        raise CommandError(f"Paragraph {start_index} is out of range ({len(paras)} paragraphs).")
    if end_index == -1:
        end = doc.end_position()
    elif first <= end_index <= len(paras):
        last = paras[end_index - 1]
        end = Position(last, len(doc.text(last)))
    else:
        raise CommandError(
            f"Paragraph range {start_index} to {end_index} is out of range "
            f"({len(paras)} paragraphs)."
        )
    _select(doc, (paras[first - 1], 0), end)
    return f"Paragraph from {start_index} to {end_index} is selected."


@command("select_table")
def select_table(doc, number: int) -> str:
    """Select top-level table `number` (1-based): its first cell's start to its last cell's end."""
    tables = [b for b, block in enumerate(doc.body) if block.tag == W.tbl]
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= len(tables):
        raise CommandError(f"Table number {number} is out of range.")
    b = tables[number - 1]
    first, stop = doc.story.span_of_blocks(b, b + 1)
    if first == stop:
        raise CommandError(f"Table number {number} is out of range.")
    _select(doc, (first, 0), (stop - 1, len(doc.text(stop - 1))))
    return f"Table {number} is selected."


@command("select_all")
def select_all(doc) -> str:
    """Ctrl+A."""
    _select(doc, (0, 0), doc.end_position())
    return "The whole document is selected."


def _position(doc, value, name: str) -> Position:
    try:
        para, offset = value
    except (TypeError, ValueError):
        raise CommandError(f"{name} must be a (paragraph, offset) pair, not {value!r}.") from None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (para, offset)):
        raise CommandError(f"{name} must be a pair of integers, not {value!r}.")
    if not 0 <= para < len(doc):
        raise CommandError(f"Paragraph {para} is out of range (0 to {len(doc) - 1}).")
    if not 0 <= offset <= len(doc.text(para)):
        raise CommandError(f"Offset {offset} is outside paragraph {para}.")
    return Position(para, offset)


@command("select_range")
def select_range(doc, start, end) -> str:
    """Select from `start` to `end`, each a (paragraph, offset) pair of 0-based story indices;
    `end` before `start` gives a backwards selection (the focus is at `end`)."""
    a, f = _position(doc, start, "start"), _position(doc, end, "end")
    _select(doc, a, f)
    return f"Range from {tuple(a)} to {tuple(f)} is selected."


# --------------------------------------------------------------------- keys
@command("move")
def move(doc, unit: str, count: int = 1, extend: bool = False) -> str:
    """Arrow keys: `unit` character (Left/Right), word (Ctrl+Left/Right), paragraph
    (Ctrl+Up/Down), line (Up/Down) or document (Ctrl+Home/End); negative `count` moves
    left/up/back; `extend` moves only the focus (Shift)."""
    place(doc, moved(doc, unit, count, extend))
    return f"Moved {count} {unit}(s)."


@command("home")
def home(doc, extend: bool = False) -> str:
    """Home: to the start of the line (= paragraph) holding the focus."""
    return _line_edge(doc, extend, at_end=False)


@command("end")
def end(doc, extend: bool = False) -> str:
    """End: to the end of the line (= paragraph) holding the focus."""
    return _line_edge(doc, extend, at_end=True)


def _line_edge(doc, extend: bool, at_end: bool) -> str:
    sel = doc.selection
    para = sel.focus.para
    target = Position(para, len(doc.text(para)) if at_end else 0)
    place(doc, Selection(sel.anchor if extend else target, target))
    return f"Moved to the {'end' if at_end else 'start'} of the line."


@command("document_start")
def document_start(doc, extend: bool = False) -> str:
    """Ctrl+Home."""
    place(doc, moved(doc, "document", -1, extend))
    return "Moved to the start of the document."


@command("document_end")
def document_end(doc, extend: bool = False) -> str:
    """Ctrl+End."""
    place(doc, moved(doc, "document", 1, extend))
    return "Moved to the end of the document."

"""Caret and selection commands: Find-style selection, arrow keys, Home/End, Ctrl+Home/End.

They move the view cursor with LibreOffice's own movements (rendered lines for Up/Down and
Home/End, LibreOffice's word stops for Ctrl+Left/Right), so where LibreOffice moves differently
from the simulator's paragraph-as-line model, the fidelity measure sees it."""

from __future__ import annotations

from registry import AgentError, uno_command

UNITS = ("character", "word", "paragraph", "line", "document")


def find_all(w, text: str, regex: bool, match_case: bool) -> list[tuple[int, int, int]]:
    """Every match of `text` in the story as (paragraph, start, end), in reading order,
    found by LibreOffice's search engine."""
    desc = w.doc.createSearchDescriptor()
    desc.SearchString = text
    desc.SearchRegularExpression = regex
    desc.SearchCaseSensitive = match_case
    found = w.doc.findAll(desc)
    out = []
    for k in range(found.getCount()):
        r = found.getByIndex(k)
        start, end = w.story.locate(r.getStart()), w.story.locate(r.getEnd())
        if start is not None and end is not None and start[0] == end[0]:
            out.append((start[0], start[1], end[1]))
    return sorted(out)


@uno_command("select_text", edits=False)
def select_text(w, text: str) -> str:
    if not isinstance(text, str) or not text:
        raise AgentError(f"Text {text} is not found.")
    matches = find_all(w, text, regex=False, match_case=True)
    if not matches:
        raise AgentError(f"Text {text} is not found.")
    i, s, e = matches[0]
    w.select((i, s), (i, e))
    return f"Text {text} is selected."


def _integer(name: str, value) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise AgentError(f"{name} must be an integer, not {value!r}.")


@uno_command("select_paragraphs", edits=False)
def select_paragraphs(w, start_index: int, end_index: int, non_empty: bool = True) -> str:
    _integer("start_index", start_index)
    _integer("end_index", end_index)
    texts = w.texts()
    paras = [i for i, t in enumerate(texts) if not non_empty or t.strip()]
    first = max(1, start_index)
    if first > len(paras):
        raise AgentError(f"Paragraph {start_index} is out of range ({len(paras)} paragraphs).")
    if end_index == -1:
        end = w.end_position()
    elif first <= end_index <= len(paras):
        last = paras[end_index - 1]
        end = (last, len(texts[last]))
    else:
        raise AgentError(f"Paragraph range {start_index} to {end_index} is out of range "
                         f"({len(paras)} paragraphs).")
    w.select((paras[first - 1], 0), end)
    return f"Paragraph from {start_index} to {end_index} is selected."


@uno_command("select_all", edits=False)
def select_all(w) -> str:
    w.select((0, 0), w.end_position())
    return "The whole document is selected."


def _position(w, value, name: str) -> tuple[int, int]:
    try:
        para, offset = value
    except (TypeError, ValueError):
        raise AgentError(f"{name} must be a (paragraph, offset) pair, not {value!r}.") from None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (para, offset)):
        raise AgentError(f"{name} must be a pair of integers, not {value!r}.")
    if not 0 <= para < len(w):
        raise AgentError(f"Paragraph {para} is out of range (0 to {len(w) - 1}).")
    if not 0 <= offset <= len(w.text(para)):
        raise AgentError(f"Offset {offset} is outside paragraph {para}.")
    return (para, offset)


@uno_command("select_range", edits=False)
def select_range(w, start, end) -> str:
    a, f = _position(w, start, "start"), _position(w, end, "end")
    w.select(a, f)
    return f"Range from {a} to {f} is selected."


# --------------------------------------------------------------------- keys
def follow(w, anchor, extend: bool) -> None:
    """Adopt where the view cursor went: `anchor` stays fixed when extending."""
    start, end = w.story.locate(w.view_cursor.getStart()), w.story.locate(w.view_cursor.getEnd())
    if start is None or end is None:
        return
    if extend and anchor in (start, end):
        focus = end if anchor == start else start
        w.select(anchor, focus)
    else:
        w.select(end if extend else start, end if extend else start)


def _collapse(w, forward: bool) -> None:
    anchor, focus = w.selection()
    target = max(anchor, focus) if forward else min(anchor, focus)
    w.select(target, target)


def _paragraph_step(w, pos, forward: bool):
    para, offset = pos
    if forward:
        return (para + 1, 0) if para + 1 < len(w) else (para, len(w.text(para)))
    if offset > 0:
        return (para, 0)
    return (para - 1, 0) if para > 0 else pos


@uno_command("move", edits=False)
def move(w, unit: str, count: int = 1, extend: bool = False) -> str:
    if unit not in UNITS:
        raise AgentError(f"Unknown unit {unit!r}; use one of {', '.join(UNITS)}.")
    if not isinstance(count, int) or isinstance(count, bool):
        raise AgentError(f"count must be an integer, not {count!r}.")
    message = f"Moved {count} {unit}(s)."
    if count == 0:
        return message
    anchor, focus = w.selection()
    forward, steps = count > 0, abs(count)
    vc = w.view_cursor
    if not extend and anchor != focus:
        _collapse(w, forward)
        if unit == "character":
            steps -= 1  # Left/Right on a selection first collapses it to that side
    if unit == "document":
        vc.gotoEnd(extend) if forward else vc.gotoStart(extend)
    elif unit == "paragraph":
        pos = focus if extend else w.selection()[1]
        for _ in range(steps):
            pos = _paragraph_step(w, pos, forward)
        w.select(anchor if extend else pos, pos)
        return message
    elif unit == "character" and steps:
        vc.goRight(steps, extend) if forward else vc.goLeft(steps, extend)
    elif unit == "line":
        vc.goDown(steps, extend) if forward else vc.goUp(steps, extend)
    elif unit == "word":
        name = ("WordRightSel" if forward else "WordLeftSel") if extend else \
            ("GoToNextWord" if forward else "GoToPrevWord")
        for _ in range(steps):
            w.dispatch(f".uno:{name}")
    follow(w, anchor, extend)
    return message


def _line_edge(w, extend: bool, at_end: bool) -> str:
    anchor, _ = w.selection()
    vc = w.view_cursor
    vc.gotoEndOfLine(extend) if at_end else vc.gotoStartOfLine(extend)
    follow(w, anchor, extend)
    return f"Moved to the {'end' if at_end else 'start'} of the line."


@uno_command("home", edits=False)
def home(w, extend: bool = False) -> str:
    return _line_edge(w, extend, at_end=False)


@uno_command("end", edits=False)
def end(w, extend: bool = False) -> str:
    return _line_edge(w, extend, at_end=True)


@uno_command("document_start", edits=False)
def document_start(w, extend: bool = False) -> str:
    move(w, "document", -1, extend)
    return "Moved to the start of the document."


@uno_command("document_end", edits=False)
def document_end(w, extend: bool = False) -> str:
    move(w, "document", 1, extend)
    return "Moved to the end of the document."

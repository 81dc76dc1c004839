"""Copy, cut and paste through the document controller's transferables (getTransferable /
insertTransferable work headless), with Word's Paste Options: keep source formatting, merge
formatting (the destination's formatting, keeping bold/italic/underline that covered only part
of what was copied) and keep text only (typed like text)."""

from __future__ import annotations

import formatting
from commands_text import caret, delete_selection, type_plain
from registry import AgentError, uno_command

_KEEP = ("source", "merge", "text")
_PLAIN = "text/plain;charset=utf-16"
# Merge Formatting keeps these where they covered only part of the copied text.
_EMPHASIS = ("CharWeight", "CharPosture", "CharUnderline")


def _copy(w) -> int:
    anchor, focus = w.selection()
    if anchor == focus:
        raise AgentError("Nothing is selected: select the text to copy first.")
    spans = w.selected_spans()
    pieces = w.pieces(min(anchor, focus), max(anchor, focus))
    w.clipboard = w.controller.getTransferable()
    # Word's pasted paragraph mark brings its paragraph's style (see _source_paragraph)
    w.clipboard_style = w.story.paragraphs[spans[0][0]].ParaStyleName if len(spans) > 1 \
        else None
    w.clipboard_partial = [name for name in _EMPHASIS
                           if len({str(p.getPropertyValue(name)) for p in pieces}) > 1]
    return sum(e - s for _, s, e in spans) + len(spans) - 1


@uno_command("copy", edits=False)
def copy(w) -> str:
    return f"Copied {_copy(w)} character(s)."


@uno_command("cut")
def cut(w) -> str:
    n = _copy(w)
    delete_selection(w)
    caret(w)
    w.pending = None
    return f"Cut {n} character(s)."


def _plain_text(transferable) -> str:
    flavor = next((f for f in transferable.getTransferDataFlavors() if f.MimeType == _PLAIN),
                  None)
    if flavor is None:
        return ""
    text = transferable.getTransferData(flavor)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unsmart(w, start, before: str, after: str) -> tuple[int, int]:
    """Undo Writer's smart paste and return the caret after the pasted text: pasting whole
    words, Writer adds a space where they would touch a word; Word's paste as the simulator
    models it (smart cut and paste off) does not. The pasted paragraphs must read `before`
    (the text before the caret, then the pasted text) + `after`."""
    lines = before.count("\n")
    first, last = start[0], start[0] + lines
    joined = "\n".join(w.text(i) for i in range(first, last + 1))
    expected = before + after
    s, e = start[1], len(before)
    for spaces in ((), (e,), (s,), (e + 1, s)):  # where extra spaces are, the later first
        rest = joined
        for i in spaces:
            rest = rest[:i] + rest[i + 1:] if rest[i:i + 1] == " " else None
            if rest is None:
                break
        if rest == expected:
            for i in spaces:
                para = first + joined.count("\n", 0, i)
                offset = i - joined.rfind("\n", 0, i) - 1
                w.range((para, offset), (para, offset + 1)).setString("")
            break
    w.changed()
    end = (last, len(before.rsplit("\n", 1)[-1]))
    w.select(end, end, keep_pending=True)
    return end


def _source_paragraph(w, para: int) -> None:
    """The paragraph where a multi-paragraph paste began takes the copied first paragraph's
    style: in Word its paragraph mark is the pasted one."""
    w.story.paragraphs[para].ParaStyleName = w.clipboard_style


@uno_command("paste")
def paste(w, keep: str = "source") -> str:
    if keep not in _KEEP:
        raise AgentError(f"Paste option must be one of {', '.join(_KEEP)}, not {keep!r}.")
    if w.clipboard is None:
        raise AgentError("The clipboard is empty: copy or cut something first.")
    values = formatting.typing_format(w)
    delete_selection(w)
    start = caret(w)
    text = _plain_text(w.clipboard)
    if keep == "text":
        end = type_plain(w, text, values)
    else:
        prefix, suffix = w.text(start[0])[:start[1]], w.text(start[0])[start[1]:]
        w.controller.insertTransferable(w.clipboard)
        w.changed()
        end = _unsmart(w, start, prefix + text, suffix)
        if keep == "merge" and end != start:
            kept = {k: v for k, v in values.items() if k not in w.clipboard_partial}
            for r in w.ranges(start, end):
                formatting.give(r, kept)
        elif w.clipboard_style and end[0] != start[0]:
            _source_paragraph(w, start[0])
    w.select(end, end)
    return f"Pasted {len(text)} character(s)."

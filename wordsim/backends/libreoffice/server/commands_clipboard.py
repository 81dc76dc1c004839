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
        w.controller.insertTransferable(w.clipboard)
        w.changed()
        end = caret(w)
        if keep == "merge" and end != start:
            kept = {k: v for k, v in values.items() if k not in w.clipboard_partial}
            for r in w.ranges(start, end):
                formatting.write(r, kept)
    w.select(end, end)
    return f"Pasted {len(text)} character(s)."

"""`Writer`: the document open in soffice, seen with the simulator's positions and selection.

Command modules (commands_*.py) get a `Writer` and work with these pieces:

- positions are (paragraph, offset) pairs of the simulator (see story.py); `w.text(i)`,
  `w.texts()`, `len(w)`, `w.end_position()`, `w.clamp(pos)`;
- `w.selection()` -> (anchor, focus) read from the document view's cursor, and
  `w.select(anchor, focus)` sets that cursor (UNO dispatches such as ".uno:InsertPara" act on
  it); `w.selected_spans()` -> [(paragraph, start, end)] like the simulator's;
- `w.cursor(pos)` a collapsed XTextCursor, `w.range(start, end)` an XTextCursor over positions
  in one text (the body or one cell), `w.ranges(start, end)` one cursor per text the span
  crosses, `w.pieces(start, end)` one cursor per uniformly formatted text portion piece
  (to read or change each piece's own formatting);
- `w.dispatch(".uno:Command", Name=value, ...)` runs a UI command on the view cursor;
- `w.pending`: character properties chosen at a caret (Ctrl+B outside a word) that the next
  typed text gets; `w.changed()` after editing outside `run` so the story is read again.

`w.run(name, args)` executes a registered command inside one undo context
(UndoManager.enterUndoContext/leaveUndoContext), so `undo` / `redo` step over whole commands
as the simulator's history does, and rolls a failing command back."""

from __future__ import annotations

import inspect

import uno
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.io import XOutputStream
from com.sun.star.uno import RuntimeException
from registry import COMMANDS, AgentError
from story import Story
from tables import select_cells, selected_cells

DOCX_FILTER = "MS Word 2007 XML"

Position = tuple  # (paragraph, offset)


class UnknownCommand(Exception):
    """No command of that name is registered."""


class BadArguments(Exception):
    """The command does not take the arguments it was given."""


def props(**values) -> tuple:
    """UNO PropertyValue sequence from keyword arguments."""
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name, p.Value = name, value
        out.append(p)
    return tuple(out)


class _Collect(unohelper.Base, XOutputStream):
    """An XOutputStream into memory, for saving without a temporary file."""

    def __init__(self):
        self.data = bytearray()

    def writeBytes(self, seq) -> None:
        self.data += seq.value

    def flush(self) -> None:
        pass

    def closeOutput(self) -> None:
        pass


class Writer:
    """The one open document of a soffice instance (see the module docstring)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.smgr = ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        self.doc = None
        self.pending: dict | None = None
        self._story: Story | None = None
        self._sel: tuple[Position, Position] | None = None
        # whether the view cursor is still where `_sel` says: only a UI command, an edit or a
        # command moving the view cursor itself moves it, so reading it back (a dozen UNO
        # calls) is needed only then
        self._trusted = False
        self._dispatcher = None
        self._cells: str | None = None  # the cell range _sel selects ("A2:B3"), if any
        self._history: tuple[list, list] = ([], [])  # (undo, redo) selections before/after
        self.clipboard = None  # the transferable of the last copy or cut
        # slow readings of the open document (its styles ...) kept until undo/redo or a load;
        # a command that changes what it read pops its key
        self.memo: dict = {}

    # ------------------------------------------------------------------ document
    def load(self, data: bytes) -> None:
        self.close()
        stream = self.smgr.createInstanceWithArgumentsAndContext(
            "com.sun.star.io.SequenceInputStream", (uno.ByteSequence(data),), self.ctx)
        doc = self.desktop.loadComponentFromURL(
            "private:stream", "_blank", 0,
            props(InputStream=stream, FilterName=DOCX_FILTER, Hidden=True))  # fmt: skip
        if doc is None or not doc.supportsService("com.sun.star.text.TextDocument"):
            raise RuntimeError("LibreOffice could not open the document as a Writer document")
        self.doc = doc
        self.controller = doc.getCurrentController()
        self.frame = self.controller.getFrame()
        self.view_cursor = self.controller.getViewCursor()
        self.undo_manager = doc.getUndoManager()
        self.select((0, 0), (0, 0), force=True)

    def save(self) -> bytes:
        out = _Collect()
        self._require().storeToURL("private:stream",
                                   props(OutputStream=out, FilterName=DOCX_FILTER))
        return bytes(out.data)

    def close(self) -> None:
        doc, self.doc = self.doc, None
        self._story, self._sel, self.pending, self.clipboard = None, None, None, None
        self._cells = None
        self._history = ([], [])
        self.memo.clear()
        if doc is not None:
            doc.close(True)

    def _require(self):
        if self.doc is None:
            raise RuntimeError("no document is open: load one first")
        return self.doc

    # ------------------------------------------------------------------ story
    @property
    def story(self) -> Story:
        if self._story is None:
            self._story = Story(self._require())
        return self._story

    def changed(self) -> None:
        """The document's paragraphs changed: read the story (and the view cursor, which
        moves with the text around it) again when next needed."""
        self._story = None
        self._trusted = False

    def __len__(self) -> int:
        return len(self.story)

    def text(self, i: int) -> str:
        return self.story.text(i)

    def texts(self) -> list[str]:
        return self.story.texts()

    def end_position(self) -> Position:
        last = len(self.story) - 1
        return (last, len(self.text(last)))

    def clamp(self, pos) -> Position:
        para = min(max(int(pos[0]), 0), len(self.story) - 1)
        return (para, min(max(int(pos[1]), 0), len(self.text(para))))

    # ------------------------------------------------------------------ ranges
    def cursor(self, pos: Position):
        return self.story.cursor(*pos)

    def range(self, start: Position, end: Position):
        """An XTextCursor from `start` to `end` (both in the same text: body or one cell)."""
        c = self.cursor(start)
        c.gotoRange(self.cursor(end), True)
        return c

    def ranges(self, start: Position, end: Position) -> list:
        """One cursor per text the span start..end crosses (the body, each table cell)."""
        paragraphs = self.story.paragraphs
        out, first = [], start
        for i in range(start[0], end[0]):
            if not paragraphs[i].getText() == paragraphs[i + 1].getText():
                out.append(self.range(first, (i, len(self.text(i)))))
                first = (i + 1, 0)
        out.append(self.range(first, end))
        return out

    def spans(self, start: Position, end: Position) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) character ranges of start..end, one per paragraph."""
        if start[0] == end[0]:
            return [(start[0], start[1], end[1])]
        out = [(start[0], start[1], len(self.text(start[0])))]
        out += [(i, 0, len(self.text(i))) for i in range(start[0] + 1, end[0])]
        out.append((end[0], 0, end[1]))
        return out

    def pieces(self, start: Position, end: Position) -> list:
        """A cursor over each uniformly formatted piece of text between start and end."""
        out = []
        for i, s, e in self.spans(start, end):
            at = 0
            for seg in self.story.segments(i):
                a, b = max(s, at), min(e, at + seg.sim)
                if seg.text and a < b:
                    c = self.cursor((i, a))
                    c.goRight(b - a, True)
                    out.append(c)
                at += seg.sim
        return out

    # ------------------------------------------------------------------ selection
    def selection(self) -> tuple[Position, Position]:
        """(anchor, focus) where the view cursor is; the direction is the one last set."""
        if self._cells is not None and selected_cells(self) == self._cells:
            return self._sel
        if self._trusted and self._sel is not None:
            return self._sel
        vc = self.view_cursor
        start, end = self.story.locate(vc.getStart()), self.story.locate(vc.getEnd())
        if start is None or end is None:  # outside the story (a header, a text frame)
            return self._sel or ((0, 0), (0, 0))
        if end < start:
            start, end = end, start
        if self._sel is not None and sorted(self._sel) == [start, end]:
            return self._sel
        return (start, end)

    def selected_spans(self) -> list[tuple[int, int, int]]:
        anchor, focus = self.selection()
        return self.spans(min(anchor, focus), max(anchor, focus))

    def select(self, anchor, focus=None, force: bool = False, keep_pending: bool = False) -> None:
        """Put the view cursor's selection at anchor..focus (clamped). Selecting the current
        selection again changes nothing, so formatting pending at the caret survives."""
        anchor = self.clamp(anchor)
        focus = anchor if focus is None else self.clamp(focus)
        if not force and self._sel is not None and (anchor, focus) == self.selection():
            self._sel, self._trusted = (anchor, focus), True
            return
        vc = self.view_cursor
        self._cells = select_cells(self, anchor, focus) if anchor[0] != focus[0] else None
        if self._cells is None:
            vc.gotoRange(self.cursor(anchor), False)
            if focus != anchor:
                try:
                    vc.gotoRange(self.cursor(focus), True)
                except RuntimeException:
                    # From one text into another (the body into a table cell): LibreOffice's
                    # view cursor cannot hold that selection over UNO. It stays at the anchor,
                    # and the selection read back says so (the mirror records the difference).
                    self._sel, self._trusted = None, False
                    return
        self._sel = (anchor, focus)
        self._trusted = True
        if not keep_pending:
            self.pending = None

    def adopt(self, anchor, focus=None, keep_pending: bool = True) -> None:
        """Record that the view cursor is at anchor..focus, where a UI command just put it
        (read back with story.locate): no UNO call."""
        self._sel = (tuple(anchor), tuple(anchor if focus is None else focus))
        self._trusted = True
        if not keep_pending:
            self.pending = None

    # ------------------------------------------------------------------ UI commands
    def dispatch(self, command: str, **values) -> None:
        """Run UI command `command` (".uno:InsertPara" ...) on the view cursor."""
        if self._dispatcher is None:  # one per process: creating it is a UNO call too
            self._dispatcher = self.smgr.createInstanceWithContext(
                "com.sun.star.frame.DispatchHelper", self.ctx)
        self._trusted = False
        self._dispatcher.executeDispatch(self.frame, command, "", 0, props(**values))

    # ------------------------------------------------------------------ commands and undo
    def run(self, name: str, args: dict) -> str:
        """Execute document command `name` as one undo step; AgentError leaves no trace."""
        cmd = COMMANDS.get(name)
        if cmd is None:
            raise UnknownCommand(name)
        try:
            inspect.signature(cmd.fn).bind(self, **args)
        except TypeError as exc:
            raise BadArguments(f"{name}: {exc}") from None
        self._require()
        self._trusted = False  # a command may move the view cursor by itself
        if not cmd.edits:
            return cmd.fn(self, **args) or ""
        before, pending = self.selection(), self.pending
        undo = self.undo_manager
        count = len(undo.getAllUndoActionTitles())
        undo.enterUndoContext(name)
        try:
            message = cmd.fn(self, **args) or ""
        except BaseException:
            undo.leaveUndoContext()
            if len(undo.getAllUndoActionTitles()) > count:
                undo.undo()
                undo.clearRedo()
            self.changed()
            self.select(*before, force=True)
            self.pending = pending
            raise
        undo.leaveUndoContext()
        trusted = self._trusted  # a command's last select or adopt stands after its edits
        self.changed()
        self._trusted = trusted
        if len(undo.getAllUndoActionTitles()) > count:
            self._history[0].append((before, self.selection()))
            self._history[1].clear()
        return message

    def undo(self) -> str:
        return self._step(forward=False)

    def redo(self) -> str:
        return self._step(forward=True)

    def _step(self, forward: bool) -> str:
        undo = self.undo_manager
        possible = undo.isRedoPossible() if forward else undo.isUndoPossible()
        if not possible:
            return f"Nothing to {'redo' if forward else 'undo'}."
        undo.redo() if forward else undo.undo()
        self.changed()
        self.memo.clear()
        source, target = self._history if not forward else self._history[::-1]
        if source:
            before, after = source.pop()
            target.append((before, after))
            self.select(*(after if forward else before), force=True)
        self.pending = None
        return ""


__all__ = ["AgentError", "BadArguments", "UnknownCommand", "Writer", "props"]

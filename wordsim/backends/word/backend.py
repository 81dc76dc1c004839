"""Real Microsoft Word as a backend: the document commands through COM (pywin32), each one undo
step, with the simulator's positions mapped to Word's character positions.

`WordBackend()` starts or attaches to Word (Windows only; elsewhere a BackendError says what is
needed). `WordBackend(app=...)` drives any object with Word's object model instead — the tests
pass a recording fake."""

from __future__ import annotations

import inspect
import shutil
import tempfile
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wordsim.document.commands import CommandError
from wordsim.document.position import Selection

from ..base import Backend, BackendError, UnsupportedCommand
from ..render import check_docx
from . import constants as C
from .com_commands import COMMANDS, SELECTION_ONLY
from .connect import connect
from .positions import StoryMap, one_per_position, row_mark_candidates


class WordBackend(Backend):
    """One document open in Word.

    `app`: a Word.Application (or a stand-in); without it Word is reached through pywin32.
    `com_error`: the exception type Word's failures raise (pywintypes.com_error for real Word);
    they come out as BackendError. `window`: a `WordWindow` for control-level actions (found
    on first use otherwise)."""

    name = "word"

    def __init__(self, app: Any = None, visible: bool = False,
                 com_error: type[BaseException] | tuple = (), window=None):
        if app is None:
            app, self.started, com_error = connect(visible)
        else:
            self.started = False
        self.app = app
        self.visible = visible
        self.com_error = com_error
        self.doc = None
        self.clipboard: int | None = None  # characters this document copied, for paste
        self._window = window
        self._map: StoryMap | None = None
        # the files Word opens and saves; removed by close(), or when the backend is dropped
        self._tmp: Path | None = Path(tempfile.mkdtemp(prefix="wordsim-word-"))
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._tmp, ignore_errors=True)
        self._files = 0
        self._recording = 0  # depth of undo records (a compound runs commands inside one)

    # -------------------------------------------------------------- plumbing
    @property
    def sel(self):
        return self.app.Selection

    @contextmanager
    def guard(self, what: str):
        """Word's own failures as BackendError (agent mistakes are CommandErrors already)."""
        try:
            yield
        except (CommandError, BackendError):
            raise
        except self.com_error as exc:
            raise BackendError(f"Word failed on {what}: {exc}") from exc

    def _document(self):
        if self.doc is None:
            raise BackendError("no document is open in Word: call load() first")
        return self.doc

    def temp_file(self, stem: str, data: bytes | None = None, suffix: str = "") -> Path:
        """A new path in this backend's folder (Word keeps the files it opened locked)."""
        if self._tmp is None:
            raise BackendError("the Word backend is closed")
        self._files += 1
        path = self._tmp / f"{stem}-{self._files}{suffix}"
        if data is not None:
            path.write_bytes(data)
        return path

    def in_table(self) -> bool:
        return bool(self.sel.Information(C.wdWithInTable))

    # -------------------------------------------------------------- positions
    def story(self) -> StoryMap:
        """The map of the main story as Word has it now (kept until the next edit)."""
        if self._map is None:
            doc = self._document()
            content = doc.Content
            mode = content.TextRetrievalMode
            mode.IncludeFieldCodes = True  # every character that takes a position
            mode.IncludeHiddenText = True
            text = one_per_position(content.Text)
            if len(text) != content.End:
                raise BackendError(f"Word's story text has {len(text)} characters for "
                                   f"{content.End} positions: positions cannot be mapped")
            sections = doc.Sections
            marks = [sections.Item(k).Range.End - 1 for k in range(1, sections.Count)]
            rows = [at for at in row_mark_candidates(text)
                    if doc.Range(at, at).Information(C.wdAtEndOfRowMarker)]
            shapes, comments = doc.InlineShapes, doc.Comments
            objects = [shapes.Item(k).Range.Start for k in range(1, shapes.Count + 1)]
            objects += [comments.Item(k).Reference.Start for k in range(1, comments.Count + 1)]
            self._map = StoryMap.build(text, marks, rows, objects)
        return self._map

    # -------------------------------------------------------------- the interface
    def load(self, data: bytes) -> None:
        check_docx(data)
        with self.guard("load"):
            if self.doc is not None:
                self.doc.Close(SaveChanges=C.wdDoNotSaveChanges)
                self.doc = None
            path = self.temp_file("document", data, ".docx")
            self.doc = self.app.Documents.Open(FileName=str(path), ConfirmConversions=False,
                                               ReadOnly=False, AddToRecentFiles=False,
                                               Visible=self.visible)
            self.doc.Range(0, 0).Select()
            self.doc.UndoClear()
        self._map, self.clipboard = None, None

    def selection(self) -> Selection:
        with self.guard("reading the selection"):
            sel = self.sel
            return self.story().selection(sel.Start, sel.End, bool(sel.StartIsActive))

    def select(self, selection: Selection) -> None:
        """Selection.SetRange (StartIsActive for a backwards selection); nothing when it is
        already there, so formatting pending at the caret survives."""
        if self.selection() == selection:
            return
        try:
            start, end = self.story().span(selection)
        except IndexError as exc:
            raise BackendError(f"Word's document has no position {tuple(selection)}: {exc}") \
                from None
        with self.guard("select"):
            sel = self.sel
            sel.SetRange(start, end)
            if selection.focus < selection.anchor:
                sel.StartIsActive = True

    def execute(self, command: str, /, **args) -> str:
        with self.guard(command):
            if command in ("undo", "redo"):
                done = getattr(self._document(), command.capitalize())(1)
                self._map = None
                return "" if done else f"Nothing to {command}."
            handler = COMMANDS.get(command)
            if handler is None:
                raise UnsupportedCommand(f"the Word backend has no document command {command!r}")
            try:
                inspect.signature(handler).bind(self, **args)
            except TypeError as exc:  # wrong argument names: the agent's mistake, as in Session
                raise CommandError(f"An error occurred: {command}: {exc}") from None
            self._document()
            if command in SELECTION_ONLY:
                return handler(self, **args) or ""
            try:
                with self._undo_record(command):
                    return handler(self, **args) or ""
            finally:
                self._map = None

    @contextmanager
    def _undo_record(self, command: str):
        """One undo step per command: UndoRecord.StartCustomRecord / EndCustomRecord around
        its calls (the outermost only: a compound's steps share its record)."""
        record = self.app.UndoRecord
        if not self._recording:
            record.StartCustomRecord(f"WordSim {command}")
        self._recording += 1
        try:
            yield
        finally:
            self._recording -= 1
            if not self._recording:
                record.EndCustomRecord()

    def save(self) -> bytes:
        with self.guard("save"):
            path = self.temp_file("saved", suffix=".docx")
            self._document().SaveAs2(FileName=str(path), FileFormat=C.wdFormatDocumentDefault)
        return path.read_bytes()

    def commands(self) -> frozenset[str]:
        return frozenset(COMMANDS) | {"undo", "redo"}

    def close(self) -> None:
        """Close the document without saving, and quit Word if this backend started it."""
        try:
            with self.guard("close"):
                if self.doc is not None:
                    doc, self.doc = self.doc, None
                    doc.Close(SaveChanges=C.wdDoNotSaveChanges)
                if self.started:
                    self.started = False
                    self.app.Quit(SaveChanges=C.wdDoNotSaveChanges)
        finally:
            self._tmp = None
            self._cleanup()

    # -------------------------------------------------------------- control-level actions
    def window(self):
        """The Word window showing this document (pywinauto, UI Automation)."""
        if self._window is None:
            from .uia import WordWindow

            with self.guard("finding the window"):
                self._window = WordWindow.attach(self._document().ActiveWindow.Caption)
        return self._window

    def act(self, action):
        """Perform a UFO action on real Word: control actions through UI Automation (the
        control found by its text and type in Word's own tree), Word API commands through
        COM. Returns an ActionResult; agent mistakes are results with ok False."""
        from .actions import act

        try:
            return act(self, action)
        finally:
            self._map = None

"""LibreOffice Writer as a backend: the document commands run through UNO in a headless soffice
that this backend starts and stops (see bridge.py and server/)."""

from __future__ import annotations

import io
import time
import zipfile

from wordsim.document.position import Position, Selection
from wordsim.document.templates import template_bytes

from ..base import Backend, BackendError, UnsupportedCommand, UnsupportedDocument
from .arguments import normalise
from .bridge import Bridge


def _has_comments(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/comments.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


class LibreOfficeBackend(Backend):
    """One soffice per backend, started on first use (or by `start()`), stopped by `close()`.

    A crashed or stuck soffice raises BackendError (after `timeout` seconds at most); the next
    `load` starts a fresh one."""

    name = "libreoffice"

    def __init__(self, data: bytes | None = None, timeout: float = 60.0):
        self.timeout = timeout
        self._bridge: Bridge | None = None
        self._commands: frozenset[str] | None = None
        self._loaded = False
        self.timings: dict[str, float] = {}  # seconds of the last call of each kind
        if data is not None:
            self.load(data)

    # ------------------------------------------------------------------ process
    def start(self) -> None:
        """Start soffice now (otherwise the first call does)."""
        if self._bridge is None or not self._bridge.alive:
            if self._bridge is not None:
                self._bridge.close(orderly=False)
            self._bridge = None
            self._loaded = False
            self._bridge = Bridge(timeout=self.timeout)

    def _call(self, op: str, **fields):
        if self._bridge is None:
            raise BackendError("the LibreOffice backend is closed or was never started")
        t0 = time.perf_counter()
        try:
            return self._bridge.request(op, **fields)
        finally:
            self.timings[op] = time.perf_counter() - t0

    def _document(self) -> None:
        """A blank document when nothing was loaded yet (as the simulator starts)."""
        if not self._loaded:
            self.load(template_bytes("blank"))

    # ------------------------------------------------------------------ Backend
    def load(self, data: bytes) -> None:
        if _has_comments(data):
            # LibreOffice 7.4 aborts (std::terminate) when it opens a .docx with comments in a
            # document view, which a selection and UI commands need.
            raise UnsupportedDocument("LibreOffice 7.4 cannot open documents with comments in a "
                                      "view (soffice aborts); such documents are not supported")
        self.start()
        self._loaded = False
        self._call("load", data=bytes(data))
        self._loaded = True

    def selection(self) -> Selection:
        self._document()
        anchor, focus = self._call("selection")
        return Selection(Position(*anchor), Position(*focus))

    def select(self, selection: Selection) -> None:
        self._document()
        anchor, focus = selection
        self._call("select", anchor=list(anchor), focus=list(focus))

    def execute(self, command: str, /, **args) -> str:
        if command not in self.commands():
            raise UnsupportedCommand(f"the LibreOffice backend has no document command "
                                     f"{command!r}")
        self._document()
        return self._call("execute", command=command, args=normalise(command, args))

    def save(self) -> bytes:
        self._document()
        return self._call("save")

    def texts(self) -> list[str]:
        """Paragraph texts as LibreOffice shows them, in story order (for diagnostics)."""
        self._document()
        return self._call("texts")

    def commands(self) -> frozenset[str]:
        if self._commands is None:
            if self._bridge is None:  # never started; a crashed one must raise, not restart
                self.start()
            self._commands = frozenset(self._call("commands")) | {"undo", "redo"}
        return self._commands

    def close(self) -> None:
        bridge, self._bridge = self._bridge, None
        self._loaded = False
        if bridge is not None:
            bridge.close()

    @property
    def pids(self) -> list[int]:
        """Process groups of the running soffice and bridge (empty when not running)."""
        return [] if self._bridge is None else self._bridge.pids

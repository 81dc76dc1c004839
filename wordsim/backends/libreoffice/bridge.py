"""The client end of the bridge, in the project's Python: starts soffice and the bridge process
(server/main.py under Debian's Python), sends requests with a timeout and turns the answers into
values, CommandError, UnsupportedCommand or BackendError."""

from __future__ import annotations

import os
import selectors
import subprocess
import weakref
from pathlib import Path

from wordsim.document import CommandError

from ..base import BackendError, UnsupportedCommand
from .process import INSTALL_HINT, Soffice, stop_group, uno_python
from .server import protocol

SERVER = Path(__file__).parent / "server" / "main.py"


class _Processes:
    """What a bridge started; `stop` is also its finalizer (garbage collection, interpreter
    exit), so it must not refer to the bridge."""

    def __init__(self):
        self.soffice = Soffice()
        self.relay: subprocess.Popen | None = None

    def stop(self, quit_first: bool = True) -> None:
        relay, self.relay = self.relay, None
        if relay is not None:
            if quit_first and relay.poll() is None:
                try:  # an orderly quit: soffice terminates, then the relay exits
                    relay.stdin.write(b'{"op":"quit"}\n')
                    relay.stdin.flush()
                except OSError:
                    pass
            for stream in (relay.stdin, relay.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
            stop_group(relay, 5.0 if quit_first else 0.0)
        self.soffice.stop(grace=5.0 if quit_first else 0.0)


class Bridge:
    """One soffice and its bridge process; `request(op, **fields)` -> the result."""

    def __init__(self, timeout: float = 60.0, start_timeout: float = 90.0):
        self.timeout = timeout
        self._buffer = b""
        self._procs = _Processes()
        self._finalizer = weakref.finalize(self, self._procs.stop)
        try:
            self._start(start_timeout)
        except BaseException:
            self.close(orderly=False)
            raise

    def _start(self, timeout: float) -> None:
        python = uno_python()
        soffice = self._procs.soffice
        soffice.start()
        self._procs.relay = subprocess.Popen(
            [python, str(SERVER), soffice.pipe, str(timeout)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            start_new_session=True, cwd=str(SERVER.parent),
        )  # fmt: skip
        answer = self._read(timeout, what="starting soffice")
        if answer.get("error") == protocol.MISSING_UNO:
            raise BackendError(f"{answer['message']}: {INSTALL_HINT}")
        if "error" in answer:
            raise BackendError(f"{answer['message']}{self._soffice_log()}")

    @property
    def alive(self) -> bool:
        relay = self._procs.relay
        return relay is not None and relay.poll() is None and self._procs.soffice.alive()

    def request(self, op: str, timeout: float | None = None, **fields):
        """Send one request and wait (at most `timeout` seconds) for its answer."""
        if not self.alive:
            self.close(orderly=False)
            raise BackendError("LibreOffice is not running (it crashed or was closed)")
        line = protocol.dumps({"op": op, **fields}).encode("utf-8") + b"\n"
        try:
            self._procs.relay.stdin.write(line)
            self._procs.relay.stdin.flush()
        except OSError as exc:
            self._fail(f"the bridge process went away: {exc}")
        answer = self._read(self.timeout if timeout is None else timeout, what=op)
        kind = answer.get("error")
        if kind is None:
            return answer.get("result")
        message = answer.get("message", "")
        if kind == protocol.AGENT:
            raise CommandError(message)
        if kind == protocol.UNSUPPORTED:
            raise UnsupportedCommand(message)
        if kind == protocol.ARGUMENTS:
            raise TypeError(message)
        if not self.alive or "stopped answering" in message:
            self._fail(message)
        raise BackendError(f"LibreOffice failed: {message}")

    def _read(self, timeout: float, what: str) -> dict:
        relay = self._procs.relay
        fd = relay.stdout.fileno()
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                if not sel.select(timeout):
                    self._fail(f"no answer to {what!r} within {timeout:g} s")
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    self._fail(f"the bridge process ended during {what!r}")
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return protocol.loads(line.decode("utf-8"))

    def _soffice_log(self) -> str:
        tail = self._procs.soffice.log_tail()
        return f"\nsoffice said:\n{tail}" if tail else ""

    def _fail(self, why: str):
        """soffice or the bridge is gone or stuck: stop everything and raise BackendError."""
        log = self._soffice_log()
        self.close(orderly=False)
        raise BackendError(f"LibreOffice stopped working: {why}{log}")

    def close(self, orderly: bool = True) -> None:
        """Stop soffice and the bridge process (idempotent)."""
        if self._finalizer.alive:
            self._finalizer.detach()
            self._procs.stop(quit_first=orderly)

    @property
    def pids(self) -> list[int]:
        """Process-group ids of what this bridge started (for tests of the cleanup)."""
        procs = [self._procs.relay, self._procs.soffice.proc]
        return [p.pid for p in procs if p is not None]

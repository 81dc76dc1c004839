"""`Server.respond(line) -> line`: one request of the bridge protocol run on the open document."""

from __future__ import annotations

import traceback

import commands  # noqa: F401 - registers the command modules
import protocol
from registry import COMMANDS, AgentError
from writer import BadArguments, UnknownCommand, Writer


class Server:
    """Answers requests (see protocol.py) about the one document of a soffice."""

    def __init__(self, ctx):
        self.writer = Writer(ctx)

    def respond(self, line: str) -> str:
        try:
            request = protocol.loads(line)
            return protocol.dumps(protocol.ok(self.handle(request)))
        except AgentError as exc:
            return protocol.dumps(protocol.error(protocol.AGENT, str(exc)))
        except UnknownCommand as exc:
            return protocol.dumps(protocol.error(
                protocol.UNSUPPORTED, f"LibreOffice backend has no document command {exc}"))
        except BadArguments as exc:
            return protocol.dumps(protocol.error(protocol.ARGUMENTS, str(exc)))
        except Exception as exc:  # a UNO or programming failure inside soffice
            detail = "".join(traceback.format_exception(exc)[-3:])
            return protocol.dumps(protocol.error(protocol.BACKEND, detail))

    def handle(self, request: dict):
        w = self.writer
        op = request["op"]
        if op == "load":
            w.load(request["data"])
            return None
        if op == "save":
            return w.save()
        if op == "selection":
            return w.selection()
        if op == "select":
            w.select(request["anchor"], request["focus"])
            return None
        if op == "execute":
            name = request["command"]
            if name in ("undo", "redo"):
                return getattr(w, name)()
            return w.run(name, request.get("args", {}))
        if op == "texts":
            return w.texts()
        if op == "commands":
            return sorted(COMMANDS)
        if op == "close":
            w.close()
            return None
        raise ValueError(f"unknown request {op!r}")


"""The bridge's wire format: one JSON object per line each way; bytes travel as base64.

A request is {"op": ..., ...}; a response is {"ok": true, "result": ...} or
{"error": KIND, "message": ...} with KIND one of the names below. Standard library only: the
client in the project's Python imports this module too."""

from __future__ import annotations

import base64
import json

AGENT = "agent"  # an agent-level mistake (text not found ...): the document is unchanged
UNSUPPORTED = "unsupported"  # no such document command in this backend
ARGUMENTS = "arguments"  # the command does not take these arguments (a caller's bug)
BACKEND = "backend"  # LibreOffice failed (an exception inside soffice, a lost connection)
MISSING_UNO = "missing_uno"  # the interpreter cannot `import uno`
BYTES = "__bytes__"  # {"__bytes__": "<base64>"} stands for a bytes value in command arguments


def ok(result=None) -> dict:
    return {"ok": True, "result": result}


def error(kind: str, message: str) -> dict:
    return {"error": kind, "message": message}


def dumps(obj) -> str:
    """One line of JSON (bytes values become {"__bytes__": base64})."""
    return json.dumps(obj, default=_encode, ensure_ascii=True, separators=(",", ":"))


def loads(line: str):
    return json.loads(line, object_hook=_decode)


def _encode(value):
    if isinstance(value, (bytes, bytearray)):
        return {BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"{type(value).__name__} cannot travel over the bridge")


def _decode(obj: dict):
    if len(obj) == 1 and BYTES in obj:
        return base64.b64decode(obj[BYTES])
    return obj

"""The bridge process, run as `/usr/bin/python3 main.py PIPE CONNECT_TIMEOUT`: connects to the
soffice listening on PIPE, then answers JSON lines from stdin on stdout, one line per request
(see protocol.py), each request running as UNO calls over the pipe. A request {"op": "quit"}
asks soffice to terminate and ends the process.

Why not run the server inside soffice (its Python loader can activate a component, making a
UNO call microseconds instead of a pipe round trip)? LibreOffice 7.4's loader fails across the
bridge (std::bad_alloc in uno2cpp), so the dependable design wins; a command costs a few ms."""

from __future__ import annotations

import sys
import time

import protocol


def emit(obj) -> None:
    sys.stdout.write(protocol.dumps(obj) + "\n")
    sys.stdout.flush()


def connect(pipe: str, timeout: float):
    """The remote component context, retrying until soffice accepts on `pipe`."""
    import uno
    from com.sun.star.connection import NoConnectException

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def serve(ctx, server) -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        if protocol.loads(line).get("op") == "quit":
            try:
                ctx.ServiceManager.createInstanceWithContext(
                    "com.sun.star.frame.Desktop", ctx).terminate()
            except Exception:  # soffice going away mid-call is the point
                pass
            emit(protocol.ok())
            return
        try:
            emit_line(server.respond(line.strip()))
        except Exception as exc:  # the connection broke: soffice crashed or was killed
            emit(protocol.error(protocol.BACKEND, f"soffice stopped answering: {exc}"))
            return


def emit_line(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    pipe, timeout = argv[1], float(argv[2])
    try:
        import uno  # noqa: F401
    except ImportError as exc:
        emit(protocol.error(protocol.MISSING_UNO, f"{sys.executable} cannot import uno: {exc}"))
        return 2
    try:
        ctx = connect(pipe, timeout)
        from server import Server

        server = Server(ctx)
    except Exception as exc:
        emit(protocol.error(protocol.BACKEND, f"could not start the server in soffice: {exc}"))
        return 1
    emit(protocol.ok({"ready": True}))
    serve(ctx, server)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

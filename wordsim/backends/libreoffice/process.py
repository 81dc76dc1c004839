"""The soffice process behind one LibreOffice backend: a throw-away profile, a named pipe, and a
stop that leaves no process behind (also when the interpreter exits or soffice hangs)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from ..base import BackendError

UNO_PYTHON = "/usr/bin/python3"  # Debian's interpreter, the only one where `import uno` works
INSTALL_HINT = (
    "install LibreOffice and its Python bridge from Debian's packages: apt-get install -y "
    "--no-install-recommends libreoffice-writer-nogui python3-uno fonts-liberation2 "
    "fonts-crosextra-carlito fonts-crosextra-caladea"
)
# Profile settings: Word's 200 undo steps (LibreOffice keeps 100), no comment sidebar.
_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Undo"><prop oor:name="Steps" oor:op="fuse"><value>200</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Display"><prop oor:name="Note" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def soffice_path() -> str:
    """The `soffice` launcher; BackendError saying what to install when there is none."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise BackendError(f"LibreOffice (soffice) is not installed: {INSTALL_HINT}")
    return found


def uno_python() -> str:
    if not os.access(UNO_PYTHON, os.X_OK):
        raise BackendError(f"{UNO_PYTHON} is missing: {INSTALL_HINT}")
    return UNO_PYTHON


def stop_group(proc: subprocess.Popen | None, grace: float) -> None:
    """Wait up to `grace` seconds for `proc` to quit, then end its whole process group (soffice
    is a shell script that starts oosplash, which starts soffice.bin: all share the group)."""
    if proc is None:
        return
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        pass
    for sig, wait in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            break
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and group_alive(proc.pid):
            proc.poll()
            time.sleep(0.02)
        if not group_alive(proc.pid):
            break
    proc.poll()


def group_alive(pgid: int) -> bool:
    """Whether any process of group `pgid` is still running; zombies do not count (where no
    init reaps orphans, as in a container, soffice's exited helpers stay zombies)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return _running_member(pgid)


def _running_member(pgid: int) -> bool:
    proc = Path("/proc")
    if not proc.is_dir():  # no procfs: any member counts
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # it ended meanwhile
            continue
        state, _, group = text[text.rfind(")") + 2:].split()[:3]
        if int(group) == pgid and state != "Z":
            return True
    return False


class Soffice:
    """One headless soffice listening on a private named pipe, with its own profile."""

    def __init__(self):
        self.profile = Path(tempfile.mkdtemp(prefix="wordsim-lo-"))
        self.pipe = f"wordsim-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        exe = soffice_path()
        user = self.profile / "user"
        user.mkdir(parents=True, exist_ok=True)
        (user / "registrymodifications.xcu").write_text(_SETTINGS, encoding="utf-8")
        self.log = open(self.profile / "soffice.log", "wb")  # closed in stop()
        self.proc = subprocess.Popen(
            [exe, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
             "--nolockcheck", f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext",
             f"-env:UserInstallation={self.profile.as_uri()}"],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stop() can end all of it
        )  # fmt: skip

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, limit: int = 600) -> str:
        try:
            text = (self.profile / "soffice.log").read_bytes().decode("utf-8", "replace")
        except OSError:
            return ""
        lines = [ln for ln in text.splitlines() if ln.strip() and "javaldx" not in ln]
        return "\n".join(lines)[-limit:]

    def stop(self, grace: float = 5.0) -> None:
        """End soffice (after `grace` seconds for an orderly quit) and delete the profile."""
        stop_group(self.proc, grace)
        log = getattr(self, "log", None)
        if log is not None:
            log.close()
        shutil.rmtree(self.profile, ignore_errors=True)

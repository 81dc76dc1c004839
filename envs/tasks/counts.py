"""Instance counts of the built-in task families, computed once per version of what they depend
on (the task code, the corpus, the simulator and its data) and kept in a cache file.

Counting reads every corpus document with every family (seconds); the counts are exact and
deterministic functions of those files, so a file named by their digest holds them until any of
them changes. Families registered from outside the package are counted each time."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
# What the counts depend on: the families and their corpus, and the simulator they build with
# (every file of those packages but compiled ones; not the real backends, which task families
# never use), and the libraries that read the documents.
_SOURCES = ("envs/tasks", "wordsim")
_UNUSED = ("wordsim", "backends")
_LIBRARIES = ("python-docx", "lxml")
_BUILT_IN = "envs.tasks.families."
CACHE_ENV = "WORDSIM_CACHE_DIR"


@cache
def fingerprint(root: Path = _ROOT) -> str:
    """A digest of every file under `root` that the built-in families' counts depend on (names
    and contents) and of the versions of the libraries that read the documents."""
    digest = hashlib.sha256()
    for folder in _SOURCES:
        for f in sorted((root / folder).rglob("*")):
            parts = f.relative_to(root).parts
            if f.is_file() and f.suffix != ".pyc" and "__pycache__" not in parts \
                    and parts[:2] != _UNUSED:
                digest.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes() + b"\0")
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=?\0".encode())
    return digest.hexdigest()[:20]


def cache_dir() -> Path | None:
    """$WORDSIM_CACHE_DIR, else $XDG_CACHE_HOME/wordsim, else ~/.cache/wordsim; None when
    there is no home either (the counts are then computed each time)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "wordsim"
    try:
        return Path.home() / ".cache" / "wordsim"
    except RuntimeError:  # no HOME and no user entry to find one in
        return None


def cache_path(families: dict) -> Path | None:
    """The cache file for these files and this set of families (Composite counts pairs of the
    registered families, so a family registered from outside changes built-in counts too)."""
    folder = cache_dir()
    if folder is None:
        return None
    kinds = sorted(f"{k}={type(f).__module__}.{type(f).__qualname__}" for k, f in families.items())
    registered = hashlib.sha256("\n".join(kinds).encode()).hexdigest()[:8]
    return folder / f"instance_counts-{fingerprint()}-{registered}.json"


def instance_counts(families: dict, use_cache: bool = True) -> dict[str, int]:
    """{family id: instance_count()} for `families` (id -> TaskFamily); the built-in ones from
    the cache file when it is there (written when it is not and the folder is writable)."""
    built_in = sorted(k for k, f in families.items() if type(f).__module__.startswith(_BUILT_IN))
    path = cache_path(families) if use_cache else None
    stored: dict[str, int] = {}
    if path is not None:
        try:
            stored = {k: int(v) for k, v in json.loads(path.read_text("utf-8")).items()}
        except (OSError, ValueError, TypeError, AttributeError):
            stored = {}  # missing, unreadable or damaged: counted again (and replaced)
    missing = [k for k in built_in if k not in stored]
    for k in missing:
        stored[k] = int(families[k].instance_count())
    if path is not None and missing:
        _write(path, {k: stored[k] for k in built_in})
    return {k: stored[k] if k in built_in else int(f.instance_count())
            for k, f in sorted(families.items())}


def _write(path: Path, counts: dict[str, int]) -> None:
    """Write atomically (processes counting at once each write a whole file); a folder that
    cannot be written leaves the counts uncached."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False,
                                         encoding="utf-8") as out:
            json.dump(counts, out, sort_keys=True)
        os.replace(out.name, path)
    except OSError:
        pass

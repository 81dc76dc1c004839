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
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
# What the counts depend on: the families and their corpus, and the simulator they build with.
_SOURCES = (("envs/tasks", ("*.py", "*.txt")), ("wordsim", ("*.py", "*.json")))
_BUILT_IN = "envs.tasks.families."
CACHE_ENV = "WORDSIM_CACHE_DIR"


@cache
def fingerprint() -> str:
    """A digest of every file the built-in families' counts depend on (names and contents)."""
    digest = hashlib.sha256()
    for folder, patterns in _SOURCES:
        base = _ROOT / folder
        files = sorted({f for pattern in patterns for f in base.rglob(pattern)})
        for f in files:
            digest.update(str(f.relative_to(_ROOT)).encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    """$WORDSIM_CACHE_DIR, else $XDG_CACHE_HOME/wordsim, else ~/.cache/wordsim."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "wordsim"


def instance_counts(families: dict, use_cache: bool = True) -> dict[str, int]:
    """{family id: instance_count()} for `families` (id -> TaskFamily); the built-in ones from
    the cache file when it is there (written when it is not and the folder is writable)."""
    built_in = sorted(k for k, f in families.items() if type(f).__module__.startswith(_BUILT_IN))
    path = cache_dir() / f"instance_counts-{fingerprint()}.json"
    stored: dict[str, int] = {}
    if use_cache and path.is_file():
        try:
            stored = {k: int(v) for k, v in json.loads(path.read_text("utf-8")).items()}
        except (OSError, ValueError, TypeError, AttributeError):
            stored = {}  # a damaged file is counted again and replaced
    missing = [k for k in built_in if k not in stored]
    for k in missing:
        stored[k] = int(families[k].instance_count())
    if use_cache and missing:
        _write(path, {k: stored[k] for k in built_in})
    return {k: stored[k] if k in stored else int(f.instance_count())
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

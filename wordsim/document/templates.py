"""Built-in starting documents: python-docx's blank template and documents built from data files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import docx

_DATA = resources.files("wordsim") / "data" / "templates"


def template_names() -> list[str]:
    return ["blank", *sorted(Path(str(f)).stem for f in _DATA.iterdir() if f.name.endswith(".txt"))]


@cache
def template_bytes(name: str = "blank") -> bytes:
    """The .docx bytes of built-in template `name` (see `template_names()`)."""
    if name == "blank":
        return (Path(docx.__file__).parent / "templates" / "default.docx").read_bytes()
    spec = _DATA / f"{name}.txt"
    if not spec.is_file():
        raise ValueError(f"unknown template {name!r}; built-in templates: {template_names()}")
    from .builder import build_bytes

    return build_bytes(spec.read_text(encoding="utf-8"))

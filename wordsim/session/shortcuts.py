"""Word's keyboard shortcuts, from data: chord ("Ctrl+B") -> behaviour (command, opens, ...)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from types import MappingProxyType


@cache
def shortcuts() -> MappingProxyType:
    path = resources.files("wordsim") / "data" / "ui" / "shortcuts.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({k: MappingProxyType(v) for k, v in table.items() if not k.startswith("_")})

"""Bounds on untrusted action input, checked before anything is parsed."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from wordsim.actions.errors import InvalidAction

MAX_INPUT_CHARS = 64 * 1024  # one action as text, and any single string inside it
MAX_DEPTH = 16  # nesting of brackets / containers in one action
MAX_ITEMS = 4096  # values in all containers of one action together


def check_length(text: str, what: str = "the action") -> None:
    """Refuse text longer than MAX_INPUT_CHARS."""
    if len(text) > MAX_INPUT_CHARS:
        raise InvalidAction(
            f"{what} is too long ({len(text)} characters; the limit is {MAX_INPUT_CHARS})."
        )


def check_shape(text: str) -> None:
    """Refuse text whose brackets nest deeper than MAX_DEPTH, or that has non-ASCII characters
    outside string literals ('...', "...", and their triple-quoted forms). This runs before
    `json` or `ast` see the text, so neither can be driven into deep recursion, and Python's
    NFKC folding of identifiers ("ｓelect_text" reading as "select_text") never comes into play."""
    depth = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
            continue
        if c in "([{":
            depth += 1
            if depth > MAX_DEPTH:
                raise InvalidAction(f"the action nests brackets deeper than {MAX_DEPTH} levels.")
        elif c in ")]}":
            depth -= 1
        elif not c.isascii():
            raise InvalidAction(
                f"only string literals may hold non-ASCII characters; found {c!r} outside one."
            )
        i += 1


def check_tree(value: Any) -> None:
    """Check that an already-decoded action holds only JSON-like values (dict with str keys,
    list, tuple, str, int, float, bool, None) within the depth, item and length bounds."""
    budget = [MAX_ITEMS]

    def walk(node: Any, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise InvalidAction(f"the action nests values deeper than {MAX_DEPTH} levels.")
        budget[0] -= 1
        if budget[0] < 0:
            raise InvalidAction(f"the action holds more than {MAX_ITEMS} values.")
        if isinstance(node, str):
            check_length(node, "a string in the action")
        elif isinstance(node, float):
            if not math.isfinite(node):
                raise InvalidAction("numbers in an action must be finite.")
        elif node is None or isinstance(node, (bool, int)):
            return
        elif isinstance(node, Mapping):
            for key, item in node.items():
                if not isinstance(key, str):
                    raise InvalidAction(f"keys in an action must be strings, got {key!r}.")
                check_length(key, "a key in the action")
                walk(item, depth + 1)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item, depth + 1)
        else:
            raise InvalidAction(
                f"an action may hold only strings, numbers, booleans, None, lists and dicts, "
                f"got {type(node).__name__}."
            )

    walk(value, 0)

"""Find and Replace with "Use wildcards": Word's wildcard syntax over the main story.

Find: ? (any character), * (any run of characters, shortest), @ (one or more of the previous
character, set or group), {n} {n,} {n,m} (counts; ";" also separates), [abc] [a-z] [!a-z]
(sets), < and > (start and end of a word), ( ) (groups, numbered for the replacement), \\x
(a literal x), ^t ^l ^s ^^ (tab, line break, non-breaking space, caret). Wildcard searches
always match case and never whole words only, as in Word. Replace: \\1..\\9 (a group), ^& (the
found text), ^t ^l ^s ^^, \\x (a literal x). Matches lie within one paragraph."""

from __future__ import annotations

import re
from functools import lru_cache

from .commands import CommandError, command
from .find import (
    _count,
    _matches_from,
    _next_match,
    _replace_in_paragraph,
    _select,
    _selection_is_match,
    replace_every,
)
from .position import Position, Selection

_CARETS = {"t": "\t", "l": "\n", "s": "\u00a0", "^": "^"}
_COUNT = re.compile(r"\{(\d+)(?:([,;])(\d*))?\}")
MAX_PATTERN = 255  # Word's Find what box holds 255 characters


def _set(text: str, i: int) -> tuple[str, int]:
    """The regex class for the set starting at text[i] == "[", and the index past it."""
    end = text.find("]", i + 2 if text[i + 1 : i + 2] == "]" else i + 1)
    if end < 0:
        raise CommandError("Use wildcards: a [ has no closing ].")
    body = text[i + 1 : end]
    negate = body.startswith("!")
    body = body[1:] if negate else body
    if not body:
        raise CommandError("Use wildcards: an empty set [] matches nothing.")
    parts = []
    for k, ch in enumerate(body):
        parts.append("-" if ch == "-" and 0 < k < len(body) - 1 else re.escape(ch))
    return ("[^" if negate else "[") + "".join(parts) + "]", end + 1


@lru_cache(maxsize=128)
def wildcard_pattern(text: str) -> re.Pattern:
    """The compiled regular expression for Word wildcard find text `text`."""
    if not isinstance(text, str) or not text:
        raise CommandError("Type the text to find.")
    if len(text) > MAX_PATTERN:
        raise CommandError("The Find What text is too long.")
    out: list[str] = []
    depth, i = 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            if i + 1 >= len(text):
                raise CommandError("Use wildcards: \\ at the end escapes nothing.")
            out.append(re.escape(text[i + 1]))
            i += 2
            continue
        if ch == "^":
            code = text[i + 1 : i + 2]
            if code not in _CARETS:
                raise CommandError(f"^{code} is not a valid special character with wildcards.")
            out.append(re.escape(_CARETS[code]))
            i += 2
            continue
        if ch == "[":
            cls, i = _set(text, i)
            out.append(cls)
            continue
        if ch == "{":
            m = _COUNT.match(text, i)
            if m is None or not out:
                raise CommandError("Use wildcards: a count must follow a character, as "
                                   "x{2} or x{1,3}.")
            low, sep, high = m.groups()
            out.append("{" + low + ("" if sep is None else "," + high) + "}")
            i = m.end()
            continue
        if ch == "@":
            if not out:
                raise CommandError("Use wildcards: @ must follow a character.")
            out.append("+")
        elif ch == "?":
            out.append(".")
        elif ch == "*":
            out.append(".*?")
        elif ch == "<":
            out.append(r"\b(?=\w)")
        elif ch == ">":
            out.append(r"(?<=\w)\b")
        elif ch == "(":
            depth += 1
            out.append("(")
        elif ch == ")":
            if depth == 0:
                raise CommandError("Use wildcards: a ) has no opening (.")
            depth -= 1
            out.append(")")
        else:
            out.append(re.escape(ch))
        i += 1
    if depth:
        raise CommandError("Use wildcards: a ( has no closing ).")
    try:
        rx = re.compile("".join(out), re.DOTALL)
    except re.error as exc:
        raise CommandError(f"Use wildcards: {text!r} is not a valid pattern ({exc}).") from None
    if rx.fullmatch("") is not None:
        raise CommandError(f"Use wildcards: {text!r} would match empty text.")
    return rx


def wildcard_replacement(text: str, rx: re.Pattern, match: re.Match | None = None) -> str:
    """The replacement for `match` of `rx`: groups, the found text and specials expanded
    (with no match: checked only, as before a Replace All)."""
    out, i = [], 0
    while i < len(text):
        ch, nxt = text[i], text[i + 1 : i + 2]
        if ch == "\\" and nxt.isdigit() and nxt != "0":
            group = int(nxt)
            if group > rx.groups:
                raise CommandError(f"Use wildcards: the find text has no group \\{group}.")
            out.append((match.group(group) or "") if match is not None else "")
            i += 2
        elif ch == "\\" and nxt:
            out.append(nxt)
            i += 2
        elif ch == "^":
            if nxt == "&":
                out.append(match.group(0) if match is not None else "")
            elif nxt in _CARETS:
                out.append(_CARETS[nxt])
            else:
                raise CommandError(f"^{nxt} is not a valid special character for Replace With.")
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


@command("find_wildcards")
def find_wildcards(doc, text: str, wrap: bool = True) -> str:
    """Find Next with Use wildcards: select the next match after the selection."""
    rx = wildcard_pattern(text)
    sel = doc.selection
    match = _next_match(doc, rx, sel.start if sel.collapsed else sel.end, wrap)
    if match is None:
        raise CommandError(f"Text {text} is not found.")
    _select(doc, match)
    return f"Text {doc.text(match[0])[match[1]:match[2]]} is selected."


@command("replace_wildcards")
def replace_wildcards(doc, find: str, replace: str) -> str:
    """Replace with Use wildcards: replace the selection when it is a match, select the next."""
    rx = wildcard_pattern(find)
    current = _selection_is_match(doc, rx)
    if current is None:
        sel = doc.selection
        match = _next_match(doc, rx, sel.start if sel.collapsed else sel.end, True)
        if match is None:
            raise CommandError(f"Text {find} is not found.")
        _select(doc, match)
        return f"Text {doc.text(match[0])[match[1]:match[2]]} is selected; Replace again to " \
               "replace it."
    i, s, e = current
    wildcard_replacement(replace, rx)  # reject bad specials before anything changes
    new = wildcard_replacement(replace, rx, rx.match(doc.text(i), s))
    doc.touch(i)
    _replace_in_paragraph(doc.paragraph(i), [(s, e, new)])
    after = Position(i, s + len(new))
    doc.selection = Selection(after, after)
    match = next((m for m in _matches_from(doc, rx, after, True)
                  if m[0] != i or m[2] <= s or m[1] >= after.offset), None)
    if match is None:
        return "Replaced 1 occurrence. No more matches."
    _select(doc, match)
    return "Replaced 1 occurrence."


@command("replace_all_wildcards")
def replace_all_wildcards(doc, find: str, replace: str) -> str:
    """Replace All with Use wildcards, in the main story; the caret keeps its place."""
    rx = wildcard_pattern(find)
    wildcard_replacement(replace, rx)  # reject bad specials before anything changes
    total = replace_every(doc, rx, lambda m: wildcard_replacement(replace, rx, m))
    if not total:
        raise CommandError(f"Text {find} is not found.")
    return f"Replaced {_count(total)}."

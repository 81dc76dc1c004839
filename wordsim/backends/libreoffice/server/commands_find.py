"""Find and Replace with LibreOffice's search engine. The client turns Word's find text
(^t, ^#, whole words ...) into the regular expression searched here, and Word's replacement
text into pieces around ^& (the found text)."""

from __future__ import annotations

from commands_navigation import find_all
from registry import AgentError, uno_command
from values import adapt_case, map_offset


def _matches(w, regex: str, match_case: bool) -> list[tuple[int, int, int]]:
    return find_all(w, regex, regex=True, match_case=match_case)


def _from(matches, pos, wrap: bool) -> list:
    """Matches at or after `pos`, then (with `wrap`) those before it, in search order."""
    after = [m for m in matches if (m[0], m[1]) >= pos]
    return after + ([m for m in matches if (m[0], m[1]) < pos] if wrap else [])


def _search_start(w):
    anchor, focus = w.selection()
    return min(anchor, focus) if anchor == focus else max(anchor, focus)


@uno_command("find_next", edits=False)
def find_next(w, text: str, regex: str, match_case: bool = False, whole_words: bool = False,
              wrap: bool = True) -> str:
    found = _from(_matches(w, regex, match_case), _search_start(w), wrap)
    if not found:
        raise AgentError(f"Text {text} is not found.")
    i, s, e = found[0]
    w.select((i, s), (i, e))
    return f"Text {text} is selected."


def replace_text(w, i: int, s: int, e: int, new: str) -> None:
    """Replace characters [s, e) of paragraph i with `new`, which takes the formatting of the
    first replaced character (Word's rule): it is typed right after that character, then the
    old text around it goes."""
    if e - s > 1:
        w.range((i, s + 1), (i, e)).setString("")
        w.changed()
    if new:
        c = w.cursor((i, s + 1))
        c.getText().insertString(c, new, False)
        w.changed()
    w.range((i, s), (i, s + 1)).setString("")
    w.changed()


def _new_text(found: str, pieces: list[str], adapt: bool) -> str:
    new = found.join(pieces)
    return adapt_case(new, found) if adapt else new



@uno_command("replace")
def replace(w, find: str, replace: str, regex: str, pieces: list, adapt: bool,
            match_case: bool = False, whole_words: bool = False) -> str:
    matches = _matches(w, regex, match_case)
    anchor, focus = w.selection()
    start, end = min(anchor, focus), max(anchor, focus)
    current = next((m for m in matches if start == (m[0], m[1]) and end == (m[0], m[2])), None)
    if current is None or start == end:
        found = _from(matches, _search_start(w), True)
        if not found:
            raise AgentError(f"Text {find} is not found.")
        i, s, e = found[0]
        w.select((i, s), (i, e))
        return f"Text {find} is selected; Replace again to replace it."
    i, s, e = current
    new = _new_text(w.text(i)[s:e], pieces, adapt)
    replace_text(w, i, s, e, new)
    after = (i, s + len(new))
    rest = [m for m in _from(_matches(w, regex, match_case), after, True)
            if m[0] != i or m[2] <= s or m[1] >= after[1]]
    if not rest:
        w.select(after, after)
        return "Replaced 1 occurrence. No more matches."
    j, a, b = rest[0]
    w.select((j, a), (j, b))
    return f"Replaced 1 occurrence. Text {find} is selected."


@uno_command("replace_all")
def replace_all(w, find: str, replace: str, regex: str, pieces: list, adapt: bool,
                match_case: bool = False, whole_words: bool = False) -> str:
    matches = _matches(w, regex, match_case)
    if not matches:
        raise AgentError(f"Text {find} is not found.")
    anchor, focus = w.selection()
    texts = {i: w.text(i) for i in {m[0] for m in matches}}
    edits: dict[int, list] = {}
    for i, s, e in matches:
        new = _new_text(texts[i][s:e], pieces, adapt)
        edits.setdefault(i, []).append((s, e, new))
    for i, todo in edits.items():
        for s, e, new in reversed(todo):  # back to front: earlier offsets stay right
            replace_text(w, i, s, e, new)
    shifts = {i: [(s, e, len(new)) for s, e, new in todo] for i, todo in edits.items()}

    def moved(pos):
        return (pos[0], map_offset(pos[1], shifts[pos[0]])) if pos[0] in shifts else pos

    w.select(moved(anchor), moved(focus), force=True)
    n = len(matches)
    return f"Replaced {n} occurrence{'' if n == 1 else 's'}."

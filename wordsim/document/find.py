"""Find and Replace over the main story (body and table-cell paragraphs), Word's way.

Matches lie within one paragraph (they may cross run boundaries). The find text understands
Word's special characters ^t (tab), ^l (line break), ^s (non-breaking space), ^? (any
character), ^# (any digit), ^$ (any letter), ^w (white space) and ^^; the replacement text
understands ^t, ^l, ^s, ^& (the found text) and ^^. A "\\n" in the replacement is a line break:
replacing with paragraph marks (^p) is not supported. With "match case" off, Word adapts an
all-lowercase replacement to the found text's case ("Cat" → "Dog", "CAT" → "DOG")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from .commands import CommandError, command
from .position import Position, Selection
from .runs import child_text, isolate, merge_runs, paragraph_text, run_spans, text_elements
from .word_rules import adapt_case
from .word_rules import map_offset as _map_offset
from .xml import W

Match = tuple[int, int, int]  # (story paragraph, start, end)

_FIND_SPECIALS = {
    "t": re.escape("\t"),
    "l": re.escape("\n"),
    "s": "\u00a0",
    "^": re.escape("^"),
    "?": ".",
    "#": "[0-9]",
    "$": r"[^\W\d_]",
    "w": r"[ \t\u00a0]+",
}
_REPLACE_SPECIALS = {"t": "\t", "l": "\n", "s": "\u00a0", "^": "^"}
_WORDLIKE = {"?", "#", "$"}  # specials that match word characters (for "whole words")


# ------------------------------------------------------------------ patterns
@lru_cache(maxsize=256)
def pattern(text: str, match_case: bool = False, whole_words: bool = False) -> re.Pattern:
    """The compiled regular expression for Word find text `text` (CommandError if invalid)."""
    if not text:
        raise CommandError("Type the text to find.")
    parts: list[str] = []
    wordlike: list[bool] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "^":
            code = text[i + 1 : i + 2]
            if code == "p":
                raise CommandError("Finding paragraph marks (^p) is not supported; matches lie "
                                   "within one paragraph.")
            if code not in _FIND_SPECIALS:
                raise CommandError(f"^{code} is not a valid special character for Find What.")
            parts.append(_FIND_SPECIALS[code])
            wordlike.append(code in _WORDLIKE)
            i += 2
        else:
            parts.append(re.escape(ch))
            wordlike.append(ch.isalnum() or ch == "_")
            i += 1
    body = "".join(parts)
    if whole_words:  # a word boundary only where the text itself starts/ends with a word char
        body = ("(?<!\\w)" if wordlike[0] else "") + body + ("(?!\\w)" if wordlike[-1] else "")
    flags = re.DOTALL | (0 if match_case else re.IGNORECASE)
    return re.compile(body, flags)


def replacement(text: str, found: str, match_case: bool) -> str:
    """The text that replaces `found`: specials expanded and, without match case, Word's
    case adaptation of an all-lowercase replacement."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "^":
            code = text[i + 1 : i + 2]
            if code == "&":
                out.append(found)
            elif code in _REPLACE_SPECIALS:
                out.append(_REPLACE_SPECIALS[code])
            elif code == "p":
                raise CommandError("Replacing with paragraph marks (^p) is not supported; "
                                   "use ^l for a line break.")
            else:
                raise CommandError(f"^{code} is not a valid special character for Replace With.")
            i += 2
        else:
            out.append(ch)
            i += 1
    new = "".join(out)
    if match_case or new != new.lower() or "^&" in text:
        return new
    return adapt_case(new, found)


# ------------------------------------------------------------------ searching
def find_all(doc, text: str, match_case: bool = False, whole_words: bool = False) -> list[Match]:
    """Every match of `text` in the main story, in reading order (non-overlapping per paragraph)."""
    rx = pattern(text, match_case, whole_words)
    out = []
    for i, p in enumerate(doc.story.paragraphs):
        out.extend((i, m.start(), m.end()) for m in rx.finditer(paragraph_text(p)))
    return out


def _matches_from(doc, rx: re.Pattern, pos: Position, wrap: bool) -> Iterator[Match]:
    """Matches starting at or after `pos`, then (with `wrap`) those before it, in search order."""
    paras = doc.story.paragraphs
    for i in range(pos.para, len(paras)):
        text = paragraph_text(paras[i])
        start = pos.offset if i == pos.para else 0
        for m in rx.finditer(text, start):
            yield i, m.start(), m.end()
    if not wrap:
        return
    for i in range(0, pos.para + 1):
        for m in rx.finditer(paragraph_text(paras[i])):
            if i == pos.para and m.start() >= pos.offset:
                break
            yield i, m.start(), m.end()


def _next_match(doc, rx: re.Pattern, pos: Position, wrap: bool) -> Match | None:
    return next(_matches_from(doc, rx, pos, wrap), None)


def _select(doc, match: Match) -> None:
    i, s, e = match
    doc.selection = Selection.span(Position(i, s), Position(i, e))


def _selection_is_match(doc, rx: re.Pattern) -> Match | None:
    sel = doc.selection
    if sel.collapsed or sel.start.para != sel.end.para:
        return None
    i, s, e = sel.start.para, sel.start.offset, sel.end.offset
    m = rx.search(doc.text(i), s)
    return (i, s, e) if m is not None and m.start() == s and m.end() == e else None


# ------------------------------------------------------------------ replacing
def replace_text(p, start: int, end: int, text: str) -> None:
    """Replace characters [start, end) of paragraph `p` with `text`, which takes the formatting
    of the first replaced run; the other runs lose their text (and go when left empty)."""
    runs = isolate(p, start, end)
    if not runs:
        return
    first = runs[0]
    for r in runs:
        texts = [c for c in r if c.tag == W.t or child_text(c)]  # page breaks etc. stay
        at = r.index(texts[0]) if texts else len(r)
        for c in texts:
            r.remove(c)
        if r is first:
            first[at:at] = text_elements(text)
        if not any(c.tag != W.rPr for c in r):
            parent = r.getparent()
            parent.remove(r)
            if parent.tag == W.hyperlink and not len(parent):
                parent.getparent().remove(parent)


def _replace_in_text_run(spans: list, start: int, end: int, text: str) -> bool:
    """Fast path: a match inside a run holding one `w:t` is edited in place (no split or
    merge); False when the match needs the general path."""
    for r, s, e in spans:
        if s <= start and end <= e:
            content = [c for c in r if c.tag != W.rPr]
            if len(content) != 1 or content[0].tag != W.t:
                return False
            old = content[0].text or ""
            new = text_elements(old[: start - s] + text + old[end - s :])
            if len(new) != 1 or new[0].tag != W.t:
                return False
            r.replace(content[0], new[0])
            return True
        if s >= end:
            break
    return False


def _replace_in_paragraph(p, matches: list[tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    """Apply (start, end, new text) replacements (ascending) to `p`; return the offset edits."""
    spans = run_spans(p)  # back to front below, so the spans of earlier runs stay right
    merge = False
    for s, e, new in reversed(matches):
        if not _replace_in_text_run(spans, s, e, new):
            replace_text(p, s, e, new)
            merge = True
    if merge:
        merge_runs(p)
    return [(s, e, len(new)) for s, e, new in matches]


def replace_every(doc, rx: re.Pattern, new: Callable[[re.Match], str]) -> int:
    """Replace every match of `rx` in the main story's paragraphs by `new(match)`, the caret
    keeping its place in the text; how many were replaced."""
    sel = doc.selection
    anchor, focus = sel.anchor, sel.focus
    total = 0
    for i, p in enumerate(doc.story.paragraphs):
        found = [(m.start(), m.end(), new(m)) for m in rx.finditer(paragraph_text(p))]
        if not found:
            continue
        doc.touch(i)
        edits = _replace_in_paragraph(p, found)
        total += len(found)
        if anchor.para == i:
            anchor = Position(i, _map_offset(anchor.offset, edits))
        if focus.para == i:
            focus = Position(i, _map_offset(focus.offset, edits))
    if total:
        doc.selection = Selection(anchor, focus)
    return total


def _count(n: int) -> str:
    return f"{n} occurrence" + ("" if n == 1 else "s")


# ------------------------------------------------------------------ commands
@command("find_next")
def find_next(doc, text: str, match_case: bool = False, whole_words: bool = False,
              wrap: bool = True) -> str:
    """Select the next match after the selection (wrapping to the start, like wdFindContinue)."""
    rx = pattern(text, match_case, whole_words)
    sel = doc.selection
    match = _next_match(doc, rx, sel.start if sel.collapsed else sel.end, wrap)
    if match is None:
        raise CommandError(f"Text {text} is not found.")
    _select(doc, match)
    return f"Text {text} is selected."


@command("replace")
def replace_next(doc, find: str, replace: str, match_case: bool = False,
                 whole_words: bool = False) -> str:
    """Word's Replace button: replace the selection when it is a match, then select the next."""
    rx = pattern(find, match_case, whole_words)
    replacement(replace, "", True)  # reject bad specials before anything else
    current = _selection_is_match(doc, rx)
    if current is None:
        sel = doc.selection
        match = _next_match(doc, rx, sel.start if sel.collapsed else sel.end, True)
        if match is None:
            raise CommandError(f"Text {find} is not found.")
        _select(doc, match)
        return f"Text {find} is selected; Replace again to replace it."
    i, s, e = current
    text = doc.text(i)
    new = replacement(replace, text[s:e], match_case)
    doc.touch(i)
    _replace_in_paragraph(doc.paragraph(i), [(s, e, new)])
    after = Position(i, s + len(new))
    doc.selection = Selection(after, after)
    # Like Word, which stops where it started, don't land inside the text just replaced.
    match = next((m for m in _matches_from(doc, rx, after, True)
                  if m[0] != i or m[2] <= s or m[1] >= after.offset), None)
    if match is None:
        return "Replaced 1 occurrence. No more matches."
    _select(doc, match)
    return f"Replaced 1 occurrence. Text {find} is selected."


@command("replace_all")
def replace_all(doc, find: str, replace: str, match_case: bool = False,
                whole_words: bool = False) -> str:
    """Replace every match in the main story; the caret keeps its place in the text."""
    rx = pattern(find, match_case, whole_words)
    replacement(replace, "", True)  # reject bad specials before anything else
    total = replace_every(doc, rx, lambda m: replacement(replace, m.group(), match_case))
    if not total:
        raise CommandError(f"Text {find} is not found.")
    return f"Replaced {_count(total)}."

"""Character formatting checks: run_format (a phrase has some formatting) and all_runs (every
character formatted one way now has another formatting), with the property tests they share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wordsim.document import CommandError
from wordsim.document.char_values import HIGHLIGHTS, parse_color, parse_highlight, parse_underline
from wordsim.document.query import DocumentView, Paragraph, Run

from ..damage import FORMAT_FIELDS, CharSpan, Footprint, align, quote
from .base import Assessment, assess, goal_check
from .texts import occurrences

_TOGGLES = {"bold": "bold", "italic": "italic", "strike": "struck through",
            "subscript": "subscript", "superscript": "superscript"}
_PARTNERS = {"subscript": "superscript", "superscript": "subscript"}  # one turns the other off
_NO = (None, False, "none", "None")
# w:highlight values as stored (and as the view shows them), lower-cased -> stored spelling
_STORED_HIGHLIGHTS = {v.lower(): v for v in HIGHLIGHTS.values() if v is not None}


@dataclass(frozen=True)
class CharTest:
    """One wanted character property: `ok(value of Run field name)` says whether a character
    has it; `label` names the property ("bold", "14 pt"), `negated` when what is wanted is its
    absence ("not bold")."""

    name: str
    index: int
    ok: Callable[[object], bool]
    label: str
    negated: bool = False

    @property
    def wanted(self) -> str:
        return f"not {self.label}" if self.negated else self.label


def char_tests(props: dict) -> tuple[CharTest, ...]:
    """Tests for `props` (keys: the `Run` fields bold ... highlight, see the catalogue)."""
    if not isinstance(props, dict) or not props:
        raise ValueError(f"character props must be a non-empty dict of {FORMAT_FIELDS}")
    out = []
    for key, value in props.items():
        if key not in FORMAT_FIELDS:
            raise ValueError(f"unknown character property {key!r}; use one of {FORMAT_FIELDS}")
        try:
            out.append(_test(key, value))
        except CommandError as exc:
            raise ValueError(f"bad value for {key!r}: {exc}") from None
    return tuple(out)


def _test(key: str, value) -> CharTest:
    index = Run._fields.index(key)
    if key in _TOGGLES:
        if not isinstance(value, bool):
            raise ValueError(f"{key!r} must be True or False, not {value!r}")
        return CharTest(key, index, lambda v: bool(v) == value, _TOGGLES[key], not value)
    if key == "underline":
        if value is True:
            return CharTest(key, index, lambda v: v is not None, "underlined")
        if value in _NO:
            return CharTest(key, index, lambda v: v is None, "underlined", True)
        style = parse_underline(value)
        return CharTest(key, index, lambda v: v is not None and v.lower() == style.lower(),
                        f"underlined ({style})")
    if key == "font":
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"'font' must be a font name, not {value!r}")
        name = value.strip().casefold()
        return CharTest(key, index, lambda v: v is not None and v.casefold() == name, f"in {value}")
    if key == "size_pt":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"'size_pt' must be a number, not {value!r}")
        return CharTest(key, index, lambda v: abs(v - value) < 0.01, f"{value:g} pt")
    if key == "color":
        if value in _NO or str(value).lower() in ("auto", "automatic"):
            return CharTest(key, index, lambda v: v is None, "in the automatic colour")
        code = parse_color(value)
        return CharTest(key, index, lambda v: v is not None and v.upper() == code, f"coloured {code}")
    # highlight: a stored value as the view shows it ("yellow", "green", "darkGreen"), else a
    # Text Highlight Color pen name ("Bright Green", "Teal"); "green" is the stored value
    # (Word's Bright Green pen), not the pen called Green (stored as darkGreen).
    stored = None if value in _NO else _STORED_HIGHLIGHTS.get(str(value).lower()) \
        or parse_highlight(value)
    if stored is None:
        return CharTest(key, index, lambda v: v is None, "highlighted", True)
    return CharTest(key, index, lambda v: v is not None and v.lower() == stored.lower(),
                    f"highlighted {value}")


def allowed_fields(tests: tuple[CharTest, ...]) -> frozenset[str]:
    """The Run fields a goal with these tests may change on its target characters."""
    names = {t.name for t in tests}
    return frozenset(names | {_PARTNERS[n] for n in names if n in _PARTNERS})


def pieces(p: Paragraph, start: int, end: int) -> Iterator[tuple[Run, int]]:
    """(run, how many of its characters fall in [start, end)) for the runs of `p`."""
    pos = 0
    for r in p.runs:
        n = len(r.text)
        overlap = min(end, pos + n) - max(start, pos)
        if overlap > 0:
            yield r, overlap
        pos += n
        if pos >= end:
            return


def tally(view: DocumentView, spans, tests) -> tuple[int, list[int]]:
    """(characters in `spans`, how many of them pass each test)."""
    total, passed = 0, [0] * len(tests)
    for para, start, end in spans:
        for run, n in pieces(view.paragraphs[para], start, end):
            total += n
            for k, t in enumerate(tests):
                if t.ok(run[t.index]):
                    passed[k] += n
    return total, passed


def _progress(total: int, passed: list[int]) -> float:
    return sum(passed) / (total * len(passed)) if total else 0.0


@goal_check("run_format")
def run_format(
    old: DocumentView, new: DocumentView, /, text: str, props: dict, occurrence: int = 1
) -> Assessment:
    """The `occurrence`-th occurrence of `text` (1-based; 0: every one) has all of `props`
    on every character."""
    tests = char_tests(props)
    if not isinstance(text, str) or not text:
        raise ValueError("run_format needs a non-empty `text`")
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 0:
        raise ValueError(f"occurrence must be 0 (every one) or a 1-based count, not {occurrence!r}")
    found = occurrences(new, text)
    targets = found if occurrence == 0 else found[occurrence - 1 : occurrence]
    spans = [(p, s, s + len(text)) for p, s in targets]
    fields = allowed_fields(tests)
    footprint = Footprint(chars=tuple(CharSpan(p, s, e, fields) for p, s, e in spans))
    if not targets:
        where = "" if occurrence <= 1 else f" {occurrence} times (found {len(found)})"
        return assess(0.0, [f"{quote(text)} does not occur in the document{where}"], footprint)
    total, passed = tally(new, spans, tests)
    missing = [_shortfall(quote(text), t, k, total) for t, k in zip(tests, passed, strict=True) if k < total]
    return assess(_progress(total, passed), missing, footprint)


def _shortfall(what: str, t: CharTest, passed: int, total: int) -> str:
    if t.negated:
        return f"{what} should not be {t.label}: {total - passed} of {total} characters {t.label}"
    return f"{what} is not {t.label}: {passed} of {total} characters {t.label}"


@goal_check("all_runs")
def all_runs(old: DocumentView, new: DocumentView, /, where: dict, props: dict) -> Assessment:
    """Every character whose formatting before matched `where` has `props` after (an empty
    `where`: every character, as in "make the whole document Georgia")."""
    if not isinstance(where, dict):
        raise ValueError(f"`where` must be a dict of {FORMAT_FIELDS} ({{}}: every character)")
    selectors, tests = (char_tests(where) if where else ()), char_tests(props)
    spans = []
    for i, j in align(old, new).same():  # edited paragraphs' characters moved: damage says so
        pos = 0
        for r in old.paragraphs[i].runs:
            n = len(r.text)
            if all(s.ok(r[s.index]) for s in selectors):
                if spans and spans[-1][0] == j and spans[-1][2] == pos:
                    spans[-1] = (j, spans[-1][1], pos + n)
                else:
                    spans.append((j, pos, pos + n))
            pos += n
    fields = allowed_fields(tests)
    footprint = Footprint(chars=tuple(CharSpan(p, s, e, fields) for p, s, e in spans))
    if not spans:
        return assess(1.0, (), footprint)
    total, passed = tally(new, spans, tests)
    what = "characters" + (f" that were {' and '.join(s.wanted for s in selectors)}"
                           if selectors else "")
    missing = [
        f"{total - k} of {total} {what} are {'still ' + t.label if t.negated else 'not ' + t.label}"
        for t, k in zip(tests, passed, strict=True) if k < total
    ]  # fmt: skip
    return assess(_progress(total, passed), missing, footprint)

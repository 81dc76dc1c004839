"""Paragraph formatting check: paragraph_format (alignment, spacing, indents, style, lists of
the paragraphs that contain some text)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wordsim.document.query import DocumentView, Paragraph

from ..damage import Footprint, ParagraphScope, quote
from .base import Assessment, assess, goal_check

_ALIGNMENTS = {"left": "left", "center": "center", "centre": "center", "centered": "center",
               "right": "right", "justify": "justify", "justified": "justify", "both": "justify",
               "distribute": "distribute"}
_RULES = ("multiple", "exact", "at_least")
_POINTS = ("space_before_pt", "space_after_pt", "left_indent_pt", "right_indent_pt",
           "first_line_indent_pt")
PARAGRAPH_PROPS = ("alignment", "line_spacing", "line_spacing_rule", *_POINTS, "style",
                   "list_kind")
_POINT_TOLERANCE = 0.05  # one twip
_LINES_TOLERANCE = 0.01


@dataclass(frozen=True)
class ParagraphTest:
    """One wanted paragraph property: `value(p)` reads it, `ok(value)` judges it; `fields`
    are the paragraph fields it may change (None: anything in the paragraph, as a style does)."""

    label: str
    wanted: object
    value: Callable[[Paragraph], object]
    ok: Callable[[object], bool]
    fields: frozenset[str] | None


def paragraph_tests(props: dict) -> tuple[ParagraphTest, ...]:
    if not isinstance(props, dict) or not props:
        raise ValueError(f"paragraph props must be a non-empty dict of {PARAGRAPH_PROPS}")
    unknown = set(props) - set(PARAGRAPH_PROPS)
    if unknown:
        raise ValueError(f"unknown paragraph properties {sorted(unknown)}; use {PARAGRAPH_PROPS}")
    out = []
    for key, value in props.items():
        if key == "line_spacing_rule" and "line_spacing" in props:
            continue  # judged together with line_spacing
        out.append(_test(key, value, props.get("line_spacing_rule")))
    return tuple(out)


def _number(key: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{key!r} must be a number, not {value!r}")
    return float(value)


def _rule(value) -> str:
    rule = "multiple" if value is None else str(value).lower().replace(" ", "_")
    if rule not in _RULES:
        raise ValueError(f"line_spacing_rule must be one of {_RULES}, not {value!r}")
    return rule


def _test(key: str, value, rule) -> ParagraphTest:
    if key == "alignment":
        want = _ALIGNMENTS.get(str(value).lower())
        if want is None:
            raise ValueError(f"unknown alignment {value!r}; use one of {sorted(set(_ALIGNMENTS.values()))}")
        return ParagraphTest(key, want, lambda p: p.alignment, lambda v: v == want,
                             frozenset({"alignment"}))
    spacing = frozenset({"line_spacing", "line_spacing_rule"})
    if key == "line_spacing":
        want, rule = _number(key, value), _rule(rule)
        tolerance = _LINES_TOLERANCE if rule == "multiple" else _POINT_TOLERANCE
        return ParagraphTest(key, (want, rule), lambda p: (p.line_spacing, p.line_spacing_rule),
                             lambda v: v[1] == rule and abs(v[0] - want) <= tolerance, spacing)
    if key == "line_spacing_rule":
        want = _rule(value)
        return ParagraphTest(key, want, lambda p: p.line_spacing_rule, lambda v: v == want, spacing)
    if key in _POINTS:
        want = _number(key, value)
        return ParagraphTest(key, want, lambda p: getattr(p, key),
                             lambda v: abs(v - want) <= _POINT_TOLERANCE, frozenset({key}))
    if key == "style":
        if not isinstance(value, str) or not value:
            raise ValueError(f"'style' must be a style's UI name, not {value!r}")
        want = value.casefold()
        return ParagraphTest(key, value, lambda p: p.style,
                             lambda v: v is not None and v.casefold() == want, None)
    if value not in ("bullet", "number", None):
        raise ValueError(f"list_kind must be 'bullet', 'number' or None, not {value!r}")
    # a list applies List Paragraph and its indents: the paragraph may change as a style does
    return ParagraphTest(key, value, lambda p: None if p.list is None else p.list.kind,
                         lambda v: v == value, None)


def containing(view: DocumentView, contains) -> tuple[list[int], list[str]]:
    """(indices of paragraphs containing any of the strings, the strings no paragraph has)."""
    wanted = [contains] if isinstance(contains, str) else list(contains)
    if not wanted or not all(isinstance(w, str) and w for w in wanted):
        raise ValueError("`contains` must be a non-empty string or a list of them")
    hits = [i for i, p in enumerate(view.paragraphs) if any(w in p.text for w in wanted)]
    absent = [w for w in wanted if not any(w in view.paragraphs[i].text for i in hits)]
    return hits, absent


@goal_check("paragraph_format")
def paragraph_format(old: DocumentView, new: DocumentView, /, contains, props: dict) -> Assessment:
    """Every paragraph whose text contains `contains` (a string or a list) has `props`."""
    tests = paragraph_tests(props)
    targets, absent = containing(new, contains)
    fields: frozenset[str] | None = frozenset()
    for t in tests:
        fields = None if fields is None or t.fields is None else fields | t.fields
    footprint = Footprint(paragraphs=tuple(ParagraphScope(i, fields) for i in targets))
    missing = [f"no paragraph contains {quote(w)}" for w in absent]
    passed = 0
    for i in targets:
        p = new.paragraphs[i]
        for t in tests:
            value = t.value(p)
            if t.ok(value):
                passed += 1
            else:
                missing.append(f"paragraph {i + 1} {quote(p.text)}: {t.label} is {value!r}, "
                               f"not {t.wanted!r}")
    total = len(tests) * (len(targets) + len(absent))
    return assess(passed / total, missing, footprint)

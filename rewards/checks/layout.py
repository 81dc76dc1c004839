"""Layout checks: page_breaks, section (orientation, margins, columns, page size),
header_footer (text in the first section's header or footer) and page_number (a PAGE field)."""

from __future__ import annotations

from wordsim.document.query import DocumentView, Section

from ..damage import PAGE_FIELDS, STORY_FIELDS, Footprint, page_break_count, quote
from .base import Assessment, assess, goal_check, toward
from .texts import containment

# Page sizes of Word's Size gallery, (short side, long side) in points.
PAGE_SIZES = {
    "Letter": (612.0, 792.0),
    "A4": (595.3, 841.9),
    "Legal": (612.0, 1008.0),
    "A5": (419.55, 595.3),
    "Executive": (522.0, 756.0),
}
_SIZE_NAMES = {name.lower(): name for name in PAGE_SIZES}
_SIZE_TOLERANCE = 1.5  # points: twips rounding, and far below the gap between two sizes
_MARGIN_TOLERANCE = 0.01  # inches
SECTION_PROPS = ("orientation", "margins_in", "columns", "page_size")
_SIDES = ("top", "bottom", "left", "right")


@goal_check("page_breaks")
def page_breaks(old: DocumentView, new: DocumentView, /, delta: int = 1,
                before: str | None = None) -> Assessment:
    """The page breaks grew by `delta`; with `before`, a break sits right before the first
    paragraph containing that text (at the end of the paragraph before it, or as its "Page
    break before")."""
    if isinstance(delta, bool) or not isinstance(delta, int) or delta == 0:
        raise ValueError(f"delta must be a non-zero whole number, not {delta!r}")
    start, now = page_break_count(old), page_break_count(new)
    parts = [toward(start, now, start + delta)]
    missing = []
    if now != start + delta:
        missing.append(f"the document has {now} page breaks, expected {start + delta}")
    if before is not None:
        if not isinstance(before, str) or not before:
            raise ValueError("`before` must be a non-empty text or None")
        placed = _break_before(new, before)
        parts.append(float(placed))
        if not placed:
            missing.append(f"no page break right before {quote(before)}")
    footprint = Footprint(texts="split" if delta > 0 else "rejoin", page_breaks=True)
    return assess(sum(parts) / len(parts), missing, footprint)


def _break_before(view: DocumentView, text: str) -> bool:
    paragraphs = view.paragraphs
    for i, p in enumerate(paragraphs):
        if text in p.text:
            return p.page_break_before or (i > 0 and paragraphs[i - 1].page_breaks > 0)
    return False


# ------------------------------------------------------------------------------ sections
def _section_tests(props: dict) -> list[tuple[str, object]]:
    """(what, wanted) pairs: margins count side by side."""
    if not isinstance(props, dict) or not props:
        raise ValueError(f"section props must be a non-empty dict of {SECTION_PROPS}")
    unknown = set(props) - set(SECTION_PROPS)
    if unknown:
        raise ValueError(f"unknown section properties {sorted(unknown)}; use {SECTION_PROPS}")
    out: list[tuple[str, object]] = []
    for key, value in props.items():
        if key == "orientation":
            if str(value).lower() not in ("portrait", "landscape"):
                raise ValueError(f"orientation must be 'portrait' or 'landscape', not {value!r}")
            out.append((key, str(value).lower()))
        elif key == "margins_in":
            if not isinstance(value, dict) or not value or set(value) - set(_SIDES):
                raise ValueError(f"margins_in must be a dict of inches by side {_SIDES}")
            out += [(side, float(inches)) for side, inches in value.items()]
        elif key == "columns":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"columns must be a whole number >= 1, not {value!r}")
            out.append((key, value))
        else:
            name = _SIZE_NAMES.get(str(value).lower())
            if name is None:
                raise ValueError(f"unknown page size {value!r}; use one of {list(PAGE_SIZES)}")
            out.append((key, name))
    return out


def _section_miss(s: Section, what: str, want) -> str | None:
    """Why section `s` fails test (what, want); None when it passes."""
    if what == "orientation":
        return None if s.orientation == want else f"is {s.orientation}, not {want}"
    if what == "columns":
        return None if s.columns == want else f"has {s.columns} columns, not {want}"
    if what == "page_size":
        size = sorted((s.page_width_pt or 0.0, s.page_height_pt or 0.0))
        ok = all(abs(a - b) <= _SIZE_TOLERANCE for a, b in zip(size, PAGE_SIZES[want], strict=True))
        return None if ok else f"page is {size[0]:g} x {size[1]:g} pt, not {want}"
    margin = getattr(s, f"{what}_margin_pt")
    if margin is not None and abs(margin / 72 - want) <= _MARGIN_TOLERANCE:
        return None
    have = "not set" if margin is None else f"{margin / 72:.2f} in"
    return f"{what} margin is {have}, not {want:.2f} in"


@goal_check("section")
def section(old: DocumentView, new: DocumentView, /, props: dict) -> Assessment:
    """Every section has `props`: orientation, margins_in ({side: inches}), columns,
    page_size ("Letter", "A4", "Legal", "A5", "Executive")."""
    tests = _section_tests(props)
    missing, passed = [], 0
    for k, s in enumerate(new.sections):
        for what, want in tests:
            why = _section_miss(s, what, want)
            if why is None:
                passed += 1
            else:
                missing.append(f"section {k + 1} {why}")
    allowed = set()
    for what, _ in tests:
        if what == "orientation":
            allowed.add("orientation")
        elif what == "page_size":
            allowed.update(PAGE_FIELDS)
        elif what == "columns":
            allowed.add("columns")
        else:
            allowed.add(f"{what}_margin_pt")
    total = len(tests) * len(new.sections)
    return assess(passed / total if total else 0.0, missing,
                  Footprint(sections=frozenset(allowed)))


# ------------------------------------------------------------------------------ headers
def _story(part: str) -> str:
    if part not in STORY_FIELDS:
        raise ValueError(f"part must be 'header' or 'footer', not {part!r}")
    return part


@goal_check("header_footer")
def header_footer(old: DocumentView, new: DocumentView, /, text: str,
                  part: str = "header") -> Assessment:
    """The first section's header (or footer) text contains `text`."""
    part = _story(part)
    if not isinstance(text, str) or not text:
        raise ValueError("header_footer needs a non-empty `text`")
    footprint = Footprint(sections=frozenset(STORY_FIELDS[part]))
    shown = getattr(new.sections[0], part) if new.sections else None
    if shown is not None and text in shown:
        return assess(1.0, (), footprint)
    what = "no text" if not shown else quote(shown)
    return assess(containment(text, shown), [f"the {part} has {what}, not {quote(text)}"], footprint)


_POSITIONS = {"bottom": "footer", "top": "header"}
_PN_ALIGNMENTS = ("left", "center", "right")


@goal_check("page_number")
def page_number(old: DocumentView, new: DocumentView, /, position: str = "bottom",
                alignment: str = "center") -> Assessment:
    """The first section's footer (bottom) or header (top) holds a PAGE field in a paragraph
    aligned `alignment` (read from `Section.footer_paragraphs` / `header_paragraphs`, the
    records of the primary story the section shows). Half the score for a page number at the
    right position but aligned otherwise, or aligned so at the other position."""
    if position not in _POSITIONS:
        raise ValueError(f"position must be 'top' or 'bottom', not {position!r}")
    if alignment not in _PN_ALIGNMENTS:
        raise ValueError(f"alignment must be one of {_PN_ALIGNMENTS}, not {alignment!r}")
    story = _POSITIONS[position]
    footprint = Footprint(sections=frozenset(STORY_FIELDS[story]))
    if not new.sections:
        return assess(0.0, ["the document has no section"], footprint)
    here = _page_number_alignments(new.sections[0], story)
    if alignment in here:
        return assess(1.0, (), footprint)
    if here:
        return assess(0.5, [f"the page number in the {story} is aligned {here[0]}, "
                            f"not {alignment}"], footprint)
    other = _STORIES_OTHER[story]
    if alignment in _page_number_alignments(new.sections[0], other):
        return assess(0.5, [f"the page number is in the {other}, not the {story}"], footprint)
    return assess(0.0, [f"the {story} has no page number"], footprint)


_STORIES_OTHER = {"header": "footer", "footer": "header"}


def _page_number_alignments(section: Section, story: str) -> list[str]:
    """Alignments of the paragraphs of `story` holding a PAGE field, in order."""
    return [p.alignment for p in getattr(section, f"{story}_paragraphs")
            if any(_is_page(f.instruction) for f in p.fields)]


def _is_page(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() == "PAGE"

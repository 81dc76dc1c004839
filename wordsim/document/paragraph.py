"""Paragraph formatting commands (alignment, spacing, indents, styles, tab stops), Word's way."""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from .commands import CommandError, command
from .styles import is_on
from .xml import W, make, w_val

TWIPS_PER_POINT = 20
INDENT_STEP = 720  # Word's Increase/Decrease Indent step: the 0.5" default tab stop
MAX_LEVEL = 8  # list levels are 0..8
MAX_POINTS = 1584.0  # 22 inches: Word's limit for indents, spacing and tab positions

# Word's WdParagraphAlignment 0..3, and the w:jc value written for each alignment.
ALIGNMENTS = ("left", "center", "right", "justify")
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_ALIGN_ALIASES = {
    "centre": "center",
    "centered": "center",
    "justified": "justify",
    "both": "justify",
}
# w:jc values as read back (Word 2010+ may write start/end; distribute is a justify flavour).
_READ_JC = {
    "left": "left",
    "start": "left",
    "center": "center",
    "right": "right",
    "end": "right",
    "both": "justify",
    "distribute": "justify",
}

_LINE_RULES = {
    "multiple": "auto",
    "auto": "auto",
    "exact": "exact",
    "exactly": "exact",
    "at_least": "atLeast",
    "atleast": "atLeast",
    "at least": "atLeast",
}
_NAMED_SPACING = {"single": 1.0, "1.5 lines": 1.5, "double": 2.0}  # the dialog's presets
TAB_ALIGNMENTS = ("left", "center", "right", "decimal", "bar")
TAB_LEADERS = {
    "none": "none",
    "dot": "dot",
    "dots": "dot",
    "hyphen": "hyphen",
    "dash": "hyphen",
    "underscore": "underscore",
    "line": "underscore",
    "heavy": "heavy",
    "middle_dot": "middleDot",
    "middledot": "middleDot",
}
_ON_OFF = {"on": True, "true": True, "off": False, "false": False}
_UNITS = {"": 1.0, "pt": 1.0, "in": 72.0, '"': 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4}
_LENGTH = re.compile(r"\s*([-+]?\d+(?:\.\d*)?|[-+]?\.\d+)\s*(pt|in|\"|cm|mm)?\s*")


# ---------------------------------------------------------------------------- values
def to_int(value, default: int) -> int:
    """An integer attribute value, or `default` when missing or malformed."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def number(value, what: str) -> float:
    """A finite number from an int, float or numeric string, else CommandError."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            value = None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise CommandError(f"{what} must be a number, not {value!r}.")
    return float(value)


def to_twips(value, what: str, low: float = -MAX_POINTS, high: float = MAX_POINTS) -> int:
    """Twentieths of a point from points (a number) or a length string ("0.5in", '1"', "2 cm")."""
    if isinstance(value, str):
        m = _LENGTH.fullmatch(value.lower())
        if m is None:
            raise CommandError(
                f"{what} must be a number of points or a length like '0.5in', not {value!r}."
            )
        points = float(m.group(1)) * _UNITS[m.group(2) or ""]
    else:
        points = number(value, what)
    if not low <= points <= high:
        raise CommandError(f"{what} must be between {low:g} and {high:g} points, not {points:g}.")
    return round(points * TWIPS_PER_POINT)


def on_off(value, what: str) -> bool:
    """A check box's state: True/False (or "on"/"off", "true"/"false", 1/0), else CommandError."""
    if isinstance(value, str):
        value = _ON_OFF.get(value.strip().lower(), value)
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise CommandError(f"{what} must be true or false, not {value!r}.")


def _pt(twips: int) -> str:
    return f"{twips / TWIPS_PER_POINT:g} pt"


def _choice(value, choices, what: str, aliases: dict | None = None) -> str:
    key = str(value).strip().lower().replace("-", "_")
    key = (aliases or {}).get(key, key)
    if key not in choices:
        raise CommandError(f"{what} must be one of {', '.join(choices)}, not {value!r}.")
    return key


# ---------------------------------------------------------------------------- reading
def style_ppr(doc, p, tag: str):
    """The element for paragraph property `tag` that `p`'s style chain (then the document
    defaults) gives, ignoring `p`'s direct formatting."""
    styles = doc.styles
    return styles.style_paragraph_property(styles.paragraph_style_id(p), tag)


def _direct(p, tag: str):
    ppr = p.find(W.pPr)
    return None if ppr is None else ppr.find(tag)


def alignment_of(doc, p) -> str:
    """The effective alignment of `p`: left, center, right or justify."""
    return _READ_JC.get(w_val(doc.styles.paragraph_property(p, W.jc)), "left")


def left_indent_of(doc, p) -> int:
    """Effective left indent of `p` in twips (direct, else its style's)."""
    for ind in (_direct(p, W.ind), style_ppr(doc, p, W.ind)):
        if ind is not None:
            value = ind.get(W.left, ind.get(W.start))
            if value is not None:
                return to_int(value, 0)
    return 0


def numbering_ref(doc, p) -> tuple[int, int] | None:
    """(numId, ilvl) of the list `p` belongs to (direct w:numPr, else its style's), or None."""
    num_id = ilvl = None
    direct = _direct(p, W.numPr)
    if direct is not None:
        num_id, ilvl = w_val(direct.find(W.numId)), w_val(direct.find(W.ilvl))
    if num_id is None or ilvl is None:
        inherited = style_ppr(doc, p, W.numPr)
        if inherited is not None:
            num_id = num_id if num_id is not None else w_val(inherited.find(W.numId))
            ilvl = ilvl if ilvl is not None else w_val(inherited.find(W.ilvl))
    num = to_int(num_id, 0)
    return None if num <= 0 else (num, min(max(to_int(ilvl, 0), 0), MAX_LEVEL))


# ---------------------------------------------------------------------------- writing
def set_numbering_ref(p, num_id: int, ilvl: int) -> None:
    numpr = p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().set(W.val, str(ilvl))
    numpr.get_or_add_numId().set(W.val, str(num_id))


def prune_ppr(p) -> None:
    """Drop an emptied w:pPr, as Word does not write one."""
    ppr = p.find(W.pPr)
    if ppr is not None and len(ppr) == 0 and not ppr.attrib:
        p.remove(ppr)


def set_style(doc, p, style_id: str | None) -> None:
    """Give `p` paragraph style `style_id`; the default style (Normal) is written as no w:pStyle."""
    ppr = p.get_or_add_pPr()
    if style_id is None or style_id == doc.styles.default_id("paragraph"):
        ppr._remove_pStyle()
        prune_ppr(p)
    else:
        ppr.get_or_add_pStyle().set(W.val, style_id)


def selected(doc) -> list:
    """The w:p elements of every paragraph the selection touches."""
    rng = doc.selection.paragraphs()
    return doc.story.paragraphs[rng.start : rng.stop]


def _edit(doc, fn: Callable) -> int:
    """Touch the selected paragraphs and call `fn(pPr)` on each; returns how many."""
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    for p in doc.story.paragraphs[rng.start : rng.stop]:
        fn(p.get_or_add_pPr())
    return len(rng)


def _set(el, **attrs) -> None:
    """Set (str value) or remove (None) w:-prefixed attributes of `el`."""
    for name, value in attrs.items():
        key = getattr(W, name)
        if value is None:
            el.attrib.pop(key, None)
        else:
            el.set(key, str(value))


# ---------------------------------------------------------------------------- styles
@cache
def _builtin_styles() -> dict:
    path = resources.files("wordsim") / "data" / "paragraph_styles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k.lower(): (k, v) for k, v in data.items() if not k.startswith("_")}


def _add_builtin(doc, key: str) -> str:
    """Add Word's definition of built-in style `key` to styles.xml; returns its id."""
    ui_name, spec = _builtin_styles()[key]
    styles = doc.styles
    sid, n = spec["id"], 1
    while styles.element(sid) is not None:  # the id is taken by a differently named style
        sid, n = f"{spec['id']}{n}", n + 1
    normal = styles.default_id("paragraph") or "Normal"
    links = f'<w:basedOn w:val="{normal}"/>' if spec["based"] else ""
    links += f'<w:next w:val="{normal}"/>' if spec["next"] else ""
    el = parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{sid}"><w:name w:val="{spec["name"]}"/>'
        f'{links}<w:uiPriority w:val="{spec["priority"]}"/><w:qFormat/>{spec["xml"]}</w:style>'
    )
    doc.touch_part(styles.part)
    styles.part._element.append(el)
    styles.invalidate()
    return sid


def paragraph_style_names(doc) -> list[str]:
    """UI names of the document's paragraph styles and of the built-ins Word can add."""
    root = doc.styles.part._element
    ids = [s.get(W.styleId) for s in root.iterchildren(W.style) if s.get(W.type) == "paragraph"]
    names = {doc.styles.ui_name(sid) for sid in ids} | {v[0] for v in _builtin_styles().values()}
    return sorted(n for n in names if n)


def ensure_style(doc, name: str) -> str:
    """The id of paragraph style `name` (UI name or id), adding a missing Word built-in;
    CommandError naming close matches when there is no such style."""
    if not isinstance(name, str) or not name.strip():
        raise CommandError(f"Style name must be a non-empty string, not {name!r}.")
    name = name.strip()
    sid = doc.styles.style_id(name)
    if sid is not None:
        kind = doc.styles.element(sid).get(W.type)
        if kind != "paragraph":
            raise CommandError(f"Style {name} is a {kind} style, not a paragraph style.")
        return sid
    if name.lower() in _builtin_styles():
        return _add_builtin(doc, name.lower())
    names = paragraph_style_names(doc)
    by_lower = {n.lower(): n for n in names}
    close = [
        by_lower[m] for m in difflib.get_close_matches(name.lower(), by_lower, n=3, cutoff=0.5)
    ]
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise CommandError(f"Style {name} is not found.{hint}")


# ---------------------------------------------------------------------------- commands
@command("align")
def align(doc, alignment, toggle: bool = False) -> str:
    """Left / center / right / justify (or WdParagraphAlignment 0–3). With `toggle`, like
    Ctrl+E/R/J: paragraphs already so aligned go back to left."""
    if isinstance(alignment, int) and not isinstance(alignment, bool) and 0 <= alignment <= 3:
        name = ALIGNMENTS[alignment]
    else:
        name = _choice(alignment, ALIGNMENTS, "Alignment", _ALIGN_ALIASES)
    paras = selected(doc)
    if toggle and name != "left" and all(alignment_of(doc, p) == name for p in paras):
        name = "left"
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    for p in paras:
        ppr = p.get_or_add_pPr()
        inherited = _READ_JC.get(w_val(style_ppr(doc, p, W.jc)), "left")
        if name == "left" and inherited == "left":
            ppr._remove_jc()  # left is what the style gives: no direct formatting, as Word writes
            prune_ppr(p)
        else:
            ppr.get_or_add_jc().set(W.val, _JC[name])
    return f"Paragraph alignment is set to {name}."


def line_spacing_value(value, rule: str = "multiple") -> tuple[int, str, str]:
    """(w:line in twips or 240ths of a line, w:lineRule, the words for it) of a line spacing,
    checked (every backend checks line spacing this way)."""
    rule_val = _LINE_RULES.get(str(rule).strip().lower().replace("-", "_"))
    if rule_val is None:
        raise CommandError(f"Line spacing rule must be multiple, exact or at_least, not {rule!r}.")
    if rule_val == "auto":
        lines = number(_NAMED_SPACING.get(str(value).strip().lower(), value), "Line spacing")
        if not 0.06 <= lines <= 132:
            raise CommandError(f"Line spacing must be between 0.06 and 132 lines, not {lines:g}.")
        return round(lines * 240), rule_val, f"{lines:g} lines"
    line = to_twips(value, "Line spacing", 0.7, MAX_POINTS)
    return line, rule_val, ("exactly " if rule_val == "exact" else "at least ") + _pt(line)


@command("line_spacing")
def line_spacing(doc, value, rule: str = "multiple") -> str:
    """Multiples of a line (1.0, 1.15, 1.5, 2.0 ...) or, with rule "exact"/"at_least", points."""
    line, rule_val, shown = line_spacing_value(value, rule)

    def fn(ppr):
        _set(ppr.get_or_add_spacing(), line=line, lineRule=rule_val)

    _edit(doc, fn)
    return f"Line spacing is set to {shown}."


def _space(doc, side: str, value) -> str:
    twips = to_twips(value, f"Space {side}", 0.0)

    def fn(ppr):
        # Auto spacing and spacing in lines would override the value in points.
        _set(
            ppr.get_or_add_spacing(),
            **{side: twips, f"{side}Autospacing": None, f"{side}Lines": None},
        )

    _edit(doc, fn)
    return f"Space {side} is set to {_pt(twips)}."


@command("space_before")
def space_before(doc, points) -> str:
    return _space(doc, "before", points)


@command("space_after")
def space_after(doc, points) -> str:
    return _space(doc, "after", points)


@command("add_space_before")
def add_space_before(doc) -> str:
    """Line Spacing menu: Add Space Before Paragraph (12 pt)."""
    return _space(doc, "before", 12)


@command("remove_space_before")
def remove_space_before(doc) -> str:
    return _space(doc, "before", 0)


@command("add_space_after")
def add_space_after(doc) -> str:
    """Line Spacing menu: Add Space After Paragraph (12 pt)."""
    return _space(doc, "after", 12)


@command("remove_space_after")
def remove_space_after(doc) -> str:
    """Line Spacing menu: Remove Space After Paragraph (0 pt)."""
    return _space(doc, "after", 0)


def _indent(doc, attr: str, twips: int, drop: tuple[str, ...]) -> None:
    def fn(ppr):
        ind = ppr.get_or_add_ind()
        _set(ind, **{attr: twips}, **dict.fromkeys(drop))

    _edit(doc, fn)


@command("left_indent")
def left_indent(doc, points) -> str:
    twips = to_twips(points, "Left indent")
    _indent(doc, "left", twips, ("start", "leftChars", "startChars"))
    return f"Left indent is set to {_pt(twips)}."


@command("right_indent")
def right_indent(doc, points) -> str:
    twips = to_twips(points, "Right indent")
    _indent(doc, "right", twips, ("end", "rightChars", "endChars"))
    return f"Right indent is set to {_pt(twips)}."


@command("first_line_indent")
def first_line_indent(doc, points) -> str:
    """First-line indent in points; negative is a hanging indent."""
    twips = to_twips(points, "First line indent")
    drop = ("firstLine", "hanging", "firstLineChars", "hangingChars")
    if twips < 0:
        _indent(doc, "hanging", -twips, tuple(d for d in drop if d != "hanging"))
        return f"Hanging indent is set to {_pt(-twips)}."
    _indent(doc, "firstLine", twips, drop[1:])
    return f"First line indent is set to {_pt(twips)}."


def _step_indent(doc, step: int) -> str:
    """Increase (+1) / Decrease (-1) Indent: list paragraphs change level, others move the
    left indent to the next / previous 0.5" stop, never below 0."""
    changes = []
    for p in selected(doc):
        ref = numbering_ref(doc, p)
        if ref is not None:
            level = min(max(ref[1] + step, 0), MAX_LEVEL)
            if level != ref[1]:
                changes.append((p, ref[0], level))
            continue
        left = left_indent_of(doc, p)
        if step > 0:
            new = (left // INDENT_STEP + 1) * INDENT_STEP
        else:
            new = max(0, (left - 1) // INDENT_STEP * INDENT_STEP) if left > 0 else left
        if new != left:
            changes.append((p, None, new))
    if not changes:
        return "The indent cannot be " + (
            "increased further." if step > 0 else "decreased further."
        )
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    for p, num_id, value in changes:
        if num_id is None:
            _set(p.get_or_add_pPr().get_or_add_ind(), left=value, start=None)
        else:
            set_numbering_ref(p, num_id, value)
    return "Indent is " + ("increased." if step > 0 else "decreased.")


@command("increase_indent")
def increase_indent(doc) -> str:
    return _step_indent(doc, 1)


@command("decrease_indent")
def decrease_indent(doc) -> str:
    return _step_indent(doc, -1)


@command("apply_style")
def apply_style(doc, style: str) -> str:
    """Apply a paragraph style by UI name or id (Normal, Title, Heading 1 ...). The argument
    is not called `name`: that is `WordDocument.execute`'s own first parameter."""
    sid = ensure_style(doc, style)
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    for p in doc.story.paragraphs[rng.start : rng.stop]:
        set_style(doc, p, sid)
    return f"Style {doc.styles.ui_name(sid)} is applied."


@command("tab_stop")
def tab_stop(doc, position, alignment: str = "left", leader: str = "none") -> str:
    """Add a tab stop at `position` points (replacing one already there)."""
    pos = to_twips(position, "Tab stop position", 0.0)
    align_val = _choice(alignment, TAB_ALIGNMENTS, "Tab alignment")
    leader_val = TAB_LEADERS[_choice(leader, tuple(TAB_LEADERS), "Tab leader")]

    def fn(ppr):
        tabs = ppr.get_or_add_tabs()
        attrs = {"w:val": align_val, "w:pos": str(pos)}
        if leader_val != "none":
            attrs["w:leader"] = leader_val
        new = make("w:tab", attrs)
        for tab in list(tabs.iterchildren(W.tab)):
            here = to_int(tab.get(W.pos), 0)
            if here == pos:
                tabs.remove(tab)
            elif here > pos:
                tab.addprevious(new)
                return
        tabs.append(new)

    _edit(doc, fn)
    return f"Tab stop ({align_val}) is set at {_pt(pos)}."


@command("clear_tab_stops")
def clear_tab_stops(doc) -> str:
    """Tabs dialog, Clear All: drop direct tab stops and clear the style's."""
    paras = selected(doc)
    if all(_direct(p, W.tabs) is None and style_ppr(doc, p, W.tabs) is None for p in paras):
        return "There are no tab stops to clear."
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    for p in paras:
        ppr = p.get_or_add_pPr()
        ppr._remove_tabs()
        inherited = style_ppr(doc, p, W.tabs)
        stops = [] if inherited is None else inherited.iterchildren(W.tab)
        clears = [
            make("w:tab", {"w:val": "clear", "w:pos": t.get(W.pos)})
            for t in stops
            if t.get(W.val) != "clear"
        ]
        if clears:
            tabs = ppr.get_or_add_tabs()
            for c in clears:
                tabs.append(c)
        prune_ppr(p)
    return "Tab stops are cleared."


# ---------------------------------------------------------------------------- line and page breaks
def _flag(doc, tag: str, on, default: bool, what: str) -> str:
    """Set an on/off paragraph property (a Line and Page Breaks check box) for the selected
    paragraphs, writing it only where the style (else Word's `default`) shows otherwise."""
    on = on_off(on, what)
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    prop = tag[tag.index("}") + 1 :] + "_val"  # python-docx's CT_PPr setter keeps schema order
    for p in doc.story.paragraphs[rng.start : rng.stop]:
        inherited = style_ppr(doc, p, tag)
        shown = default if inherited is None else is_on(inherited)
        setattr(p.get_or_add_pPr(), prop, None if on == shown else on)
        prune_ppr(p)
    return f"{what} is {'on' if on else 'off'}."


@command("keep_with_next")
def keep_with_next(doc, on: bool = True) -> str:
    """Paragraph → Line and Page Breaks → Keep with next."""
    return _flag(doc, W.keepNext, on, False, "Keep with next")


@command("keep_lines_together")
def keep_lines_together(doc, on: bool = True) -> str:
    """Paragraph → Line and Page Breaks → Keep lines together."""
    return _flag(doc, W.keepLines, on, False, "Keep lines together")


@command("page_break_before")
def page_break_before(doc, on: bool = True) -> str:
    """Paragraph → Line and Page Breaks → Page break before."""
    return _flag(doc, W.pageBreakBefore, on, False, "Page break before")


@command("widow_control")
def widow_control(doc, on: bool = True) -> str:
    """Paragraph → Line and Page Breaks → Widow/Orphan control (on unless a style turns it off,
    as in Word)."""
    return _flag(doc, W.widowControl, on, True, "Widow/Orphan control")

"""Paragraph formatting as Word object-model calls: the Selection's ParagraphFormat (alignment,
spacing, indents, tab stops, Line and Page Breaks) and its Style."""

from __future__ import annotations

from wordsim.document.commands import CommandError

from . import constants as C
from . import sim_args as A
from .com_character import Handler


def align(w, alignment, toggle: bool = False) -> str:
    """ParagraphFormat.Alignment; with `toggle` (Ctrl+E/R/J) an alignment already there goes
    back to left."""
    name = A.alignment(alignment)
    fmt = w.sel.ParagraphFormat
    if toggle and name != "left" and fmt.Alignment == C.ALIGNMENTS[name]:
        name = "left"
    fmt.Alignment = C.ALIGNMENTS[name]
    return f"Paragraph alignment is set to {name}."


def line_spacing(w, value, rule: str = "multiple") -> str:
    rule_val = A.LINE_RULES.get(str(rule).strip().lower().replace("-", "_"))
    if rule_val is None:
        raise CommandError(f"Line spacing rule must be multiple, exact or at_least, not {rule!r}.")
    fmt = w.sel.ParagraphFormat
    if rule_val == "auto":
        lines = A.number(A.NAMED_SPACING.get(str(value).strip().lower(), value), "Line spacing")
        if not 0.06 <= lines <= 132:
            raise CommandError(f"Line spacing must be between 0.06 and 132 lines, not {lines:g}.")
        if lines in C.NAMED_LINE_SPACING:  # Single, 1.5 lines, Double: the dialog's presets
            fmt.LineSpacingRule = C.NAMED_LINE_SPACING[lines]
        else:
            fmt.LineSpacingRule = C.wdLineSpaceMultiple
            fmt.LineSpacing = lines * 12  # LinesToPoints: a line is 12 points
        return f"Line spacing is set to {lines:g} lines."
    twips = A.to_twips(value, "Line spacing", 0.7, A.MAX_POINTS)
    fmt.LineSpacingRule = C.LINE_RULES[rule_val]
    fmt.LineSpacing = twips / 20
    shown = ("exactly " if rule_val == "exact" else "at least ") + A.points(twips)
    return f"Line spacing is set to {shown}."


def space(side: str, fixed: float | None = None) -> Handler:
    """ParagraphFormat.SpaceBefore / SpaceAfter (automatic spacing off); `fixed` for the Line
    Spacing menu's Add / Remove Space entries."""
    prop = "Space" + side.capitalize()

    def run(w, points=None) -> str:
        twips = A.to_twips(fixed if fixed is not None else points, f"Space {side}", 0.0)
        fmt = w.sel.ParagraphFormat
        setattr(fmt, prop + "Auto", C.wdFalse)
        setattr(fmt, prop, twips / 20)
        return f"Space {side} is set to {A.points(twips)}."

    if fixed is not None:
        return lambda w: run(w)
    return run


def indent(prop: str, what: str) -> Handler:
    """ParagraphFormat.LeftIndent / RightIndent in points."""

    def run(w, points) -> str:
        twips = A.to_twips(points, what)
        setattr(w.sel.ParagraphFormat, prop, twips / 20)
        return f"{what} is set to {A.points(twips)}."

    return run


def first_line_indent(w, points) -> str:
    """ParagraphFormat.FirstLineIndent: negative is a hanging indent."""
    twips = A.to_twips(points, "First line indent")
    w.sel.ParagraphFormat.FirstLineIndent = twips / 20
    if twips < 0:
        return f"Hanging indent is set to {A.points(-twips)}."
    return f"First line indent is set to {A.points(twips)}."


def step_indent(more: bool) -> Handler:
    """Increase / Decrease Indent: list paragraphs change level (ListIndent / ListOutdent),
    others move to the next tab stop (Paragraphs.Indent / Outdent)."""

    def run(w) -> str:
        sel = w.sel
        lists = sel.Range.ListFormat
        if lists.ListType != C.wdListNoNumbering:
            before = lists.ListLevelNumber
            if more:
                lists.ListIndent()
            else:
                lists.ListOutdent()
            changed = lists.ListLevelNumber != before
        else:
            before = sel.ParagraphFormat.LeftIndent
            if more:
                sel.Paragraphs.Indent()
            else:
                sel.Paragraphs.Outdent()
            changed = sel.ParagraphFormat.LeftIndent != before
        if not changed:
            return "The indent cannot be " + ("increased further." if more else
                                              "decreased further.")
        return "Indent is " + ("increased." if more else "decreased.")

    return run


def style_named(w, name, kinds: tuple[int, ...], what: str):
    """Document.Styles(name) when it is a style of one of `kinds`, else CommandError with the
    simulator's words."""
    if not isinstance(name, str) or not name.strip():
        raise CommandError(f"{what.capitalize()} name must be a non-empty string, not {name!r}.")
    name = name.strip()
    try:
        style = w.doc.Styles(name)
    except w.com_error:
        raise CommandError(f"Style {name} is not found." if what == "style" else
                           f"Table style {name!r} is not found.") from None
    kind = style.Type
    if kind not in kinds:
        raise CommandError(f"Style {name} is a {C.STYLE_TYPE_NAMES.get(kind, 'other')} style, "
                           f"not a {'paragraph' if what == 'style' else 'table'} style.")
    return style


def apply_style(w, style: str) -> str:
    found = style_named(w, style, C.PARAGRAPH_STYLE_TYPES, "style")
    w.sel.Style = found.NameLocal
    return f"Style {found.NameLocal} is applied."


def tab_stop(w, position, alignment: str = "left", leader: str = "none") -> str:
    pos = A.to_twips(position, "Tab stop position", 0.0)
    kind = A.choice(alignment, A.TAB_ALIGNMENTS, "Tab alignment")
    lead = A.TAB_LEADERS[A.choice(leader, tuple(A.TAB_LEADERS), "Tab leader")]
    w.sel.ParagraphFormat.TabStops.Add(Position=pos / 20, Alignment=C.TAB_ALIGNMENTS[kind],
                                       Leader=C.TAB_LEADERS[lead])
    return f"Tab stop ({kind}) is set at {A.points(pos)}."


def clear_tab_stops(w) -> str:
    stops = w.sel.ParagraphFormat.TabStops
    if not stops.Count:
        return "There are no tab stops to clear."
    stops.ClearAll()
    return "Tab stops are cleared."


def flag(prop: str, what: str) -> Handler:
    """A Line and Page Breaks check box: ParagraphFormat.<prop> = on."""

    def run(w, on: bool = True) -> str:
        value = A.on_off(on, what)
        setattr(w.sel.ParagraphFormat, prop, C.word_bool(value))
        return f"{what} is {'on' if value else 'off'}."

    return run



def clear_tab_stop(w, position) -> str:
    """Tabs dialog → Clear: TabStop.Clear on the stop at `position` points (Word lists the
    style's stops among the paragraph's, so those are cleared too, as the simulator does)."""
    pos = A.to_twips(position, "Tab stop position", 0.0)
    stops = w.sel.ParagraphFormat.TabStops
    found = [stop for stop in (stops.Item(k) for k in range(1, stops.Count + 1))
             if round(stop.Position * 20) == pos]
    if not found:
        return f"There is no tab stop at {pos / 20:g} pt to clear."
    for stop in found:
        stop.Clear()
    return f"The tab stop at {pos / 20:g} pt is cleared."


def outline_level(w, level) -> str:
    """Paragraph dialog → Outline level: ParagraphFormat.OutlineLevel (wdOutlineLevel1..9 are
    1..9, Body Text wdOutlineLevelBodyText)."""
    wanted = A.outline_level(level)
    w.sel.ParagraphFormat.OutlineLevel = wanted or C.wdOutlineLevelBodyText
    return f"Outline level {'Level ' + str(wanted) if wanted else 'Body Text'}."


HANDLERS: dict[str, Handler] = {
    "clear_tab_stop": clear_tab_stop,
    "outline_level": outline_level,
    "align": align,
    "line_spacing": line_spacing,
    "space_before": space("before"),
    "space_after": space("after"),
    "add_space_before": space("before", 12),
    "remove_space_before": space("before", 0),
    "add_space_after": space("after", 12),
    "remove_space_after": space("after", 0),
    "left_indent": indent("LeftIndent", "Left indent"),
    "right_indent": indent("RightIndent", "Right indent"),
    "first_line_indent": first_line_indent,
    "increase_indent": step_indent(True),
    "decrease_indent": step_indent(False),
    "apply_style": apply_style,
    "tab_stop": tab_stop,
    "clear_tab_stops": clear_tab_stops,
    "keep_with_next": flag("KeepWithNext", "Keep with next"),
    "keep_lines_together": flag("KeepTogether", "Keep lines together"),
    "page_break_before": flag("PageBreakBefore", "Page break before"),
    "widow_control": flag("WidowControl", "Widow/Orphan control"),
}

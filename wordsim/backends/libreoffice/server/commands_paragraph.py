"""Paragraph formatting of the selected paragraphs, Word's way: alignment, spacing, indents,
Increase/Decrease Indent, Line and Page Breaks options, tab stops and paragraph styles (see
commands_styles.py). Values arrive checked and in twips (arguments_paragraph.py).

LibreOffice cannot do everything Word does here, and says so instead of faking it:
- bar tab stops (a vertical line at a position) do not exist in Writer;
- a heavy tab leader is saved as an underscore leader (Writer's fill characters are . - _ ·);
- exact / at-least line spacing above 928 pt does not fit Writer's 16-bit line height;
- "Page break before" and a hard page break before a paragraph are one property in Writer
  (BreakType), so turning the option off also removes a page break typed before it."""

from __future__ import annotations

import uno
from paragraphs import (
    reset,
    selected,
    selected_range,
    set_flag,
    set_levels,
    style_of,
    to_mm100,
    to_twips,
)
from registry import uno_command

LEFT, RIGHT, BLOCK, CENTER, STRETCH = 0, 1, 2, 3, 4  # com.sun.star.style.ParagraphAdjust
ADJUST = {"left": LEFT, "right": RIGHT, "justify": BLOCK, "center": CENTER}
READ_ADJUST = {LEFT: "left", RIGHT: "right", BLOCK: "justify", CENTER: "center", STRETCH: "justify"}
PROP, MINIMUM, FIX = 0, 1, 3  # com.sun.star.style.LineSpacingMode
LINE_MODES = {"auto": PROP, "atLeast": MINIMUM, "exact": FIX}
MAX_LINE_HEIGHT = 32767  # LineSpacing.Height is a 16-bit number of 1/100 mm (928 pt)
INDENT_STEP = 720  # Word's Increase/Decrease Indent step: the 0.5" default tab stop
MAX_LEVEL = 8  # Word's list levels are 0..8 (Writer has a tenth it never saves)
TAB_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "decimal": "DECIMAL"}
READ_TAB_ALIGN = {v: k for k, v in TAB_ALIGN.items()}
# Word's leaders as Writer's fill characters; "heavy" has none of its own (see the docstring)
FILL = {"none": " ", "dot": ".", "hyphen": "-", "underscore": "_", "heavy": "_",
        "middleDot": "\u00b7"}  # fmt: skip


class NotInLibreOffice(Exception):
    """Word can do this, Writer cannot: a backend failure that says what is missing."""


def _pt(twips: int) -> str:
    return f"{twips / 20:g} pt"


def _each(w, values: dict) -> None:
    for p in selected(w):
        p.setPropertyValues(tuple(values), tuple(values.values()))


# ---------------------------------------------------------------------------- alignment
def alignment_of(p) -> str:
    return READ_ADJUST.get(p.ParaAdjust, "left")


@uno_command("align")
def align(w, alignment, toggle: bool = False, name: str = "left") -> str:
    paras = selected(w)
    if toggle and name != "left" and all(alignment_of(p) == name for p in paras):
        name = "left"
    for p in paras:
        if name == "left" and READ_ADJUST.get(style_of(w, p).ParaAdjust, "left") == "left":
            reset(p, ("ParaAdjust", "ParaLastLineAdjust"))
        else:
            p.setPropertyValues(("ParaAdjust", "ParaLastLineAdjust"), (ADJUST[name], LEFT))
    return f"Paragraph alignment is set to {name}."


# ---------------------------------------------------------------------------- spacing
@uno_command("line_spacing")
def line_spacing(w, value, rule: str = "multiple", line: int = 240, line_rule: str = "auto",
                 shown: str = "") -> str:
    """`line`: 240ths of a line for rule "auto" (Word's w:line), else twips."""
    if line_rule == "auto":
        height = round(line * 100 / 240)  # percent of a single line
    else:
        height = to_mm100(line)
        if height > MAX_LINE_HEIGHT:
            raise NotInLibreOffice("LibreOffice's exact / at-least line spacing is at most "
                                   "928 pt")
    spacing = uno.createUnoStruct("com.sun.star.style.LineSpacing")
    spacing.Mode, spacing.Height = LINE_MODES[line_rule], height
    _each(w, {"ParaLineSpacing": spacing})
    return f"Line spacing is set to {shown}."


def _space(w, side: str, twips: int) -> str:
    prop = "ParaTopMargin" if side == "before" else "ParaBottomMargin"
    _each(w, {prop: to_mm100(twips)})
    return f"Space {side} is set to {_pt(twips)}."


uno_command("space_before")(lambda w, points, twips=0: _space(w, "before", twips))
uno_command("space_after")(lambda w, points, twips=0: _space(w, "after", twips))
uno_command("add_space_before")(lambda w: _space(w, "before", 240))
uno_command("remove_space_before")(lambda w: _space(w, "before", 0))
uno_command("add_space_after")(lambda w: _space(w, "after", 240))
uno_command("remove_space_after")(lambda w: _space(w, "after", 0))


# ---------------------------------------------------------------------------- indents
@uno_command("left_indent")
def left_indent(w, points, twips: int = 0) -> str:
    _each(w, {"ParaLeftMargin": to_mm100(twips)})
    return f"Left indent is set to {_pt(twips)}."


@uno_command("right_indent")
def right_indent(w, points, twips: int = 0) -> str:
    _each(w, {"ParaRightMargin": to_mm100(twips)})
    return f"Right indent is set to {_pt(twips)}."


@uno_command("first_line_indent")
def first_line_indent(w, points, twips: int = 0) -> str:
    """Negative: a hanging indent."""
    _each(w, {"ParaFirstLineIndent": to_mm100(twips)})
    if twips < 0:
        return f"Hanging indent is set to {_pt(-twips)}."
    return f"First line indent is set to {_pt(twips)}."


def in_list(p) -> bool:
    """Whether `p` is a list item (Word's numId > 0): it belongs to a list."""
    return bool(p.ListId) and p.NumberingRules is not None


def _step_indent(w, step: int) -> str:
    """Increase (+1) / Decrease (-1) Indent: list items change level, other paragraphs move
    their left indent to the next / previous 0.5" stop, never below 0."""
    changes, levels = [], []
    rng = selected_range(w)
    for i, p in zip(rng, selected(w), strict=True):
        if in_list(p):
            level = min(max(p.NumberingLevel + step, 0), MAX_LEVEL)
            if level != p.NumberingLevel:
                levels.append((i, level))
            continue
        left = to_twips(p.ParaLeftMargin)
        if step > 0:
            new = (left // INDENT_STEP + 1) * INDENT_STEP
        else:
            new = max(0, (left - 1) // INDENT_STEP * INDENT_STEP) if left > 0 else left
        if new != left:
            changes.append((p, "ParaLeftMargin", to_mm100(new)))
    if not changes and not levels:
        return "The indent cannot be " + ("increased further." if step > 0 else
                                          "decreased further.")
    for p, prop, value in changes:
        p.setPropertyValue(prop, value)
    if levels:
        set_levels(w, levels)
    return "Indent is " + ("increased." if step > 0 else "decreased.")


uno_command("increase_indent")(lambda w: _step_indent(w, 1))
uno_command("decrease_indent")(lambda w: _step_indent(w, -1))


# ---------------------------------------------------------------------------- line and page breaks
def _flag(w, values: dict, on: bool, what: str) -> str:
    for p in selected(w):
        set_flag(w, p, values)
    return f"{what} is {'on' if on else 'off'}."


@uno_command("keep_with_next")
def keep_with_next(w, on: bool = True) -> str:
    return _flag(w, {"ParaKeepTogether": on}, on, "Keep with next")


@uno_command("keep_lines_together")
def keep_lines_together(w, on: bool = True) -> str:
    return _flag(w, {"ParaSplit": not on}, on, "Keep lines together")


@uno_command("page_break_before")
def page_break_before(w, on: bool = True) -> str:
    kind = uno.Enum("com.sun.star.style.BreakType", "PAGE_BEFORE" if on else "NONE")
    return _flag(w, {"BreakType": kind}, on, "Page break before")


@uno_command("widow_control")
def widow_control(w, on: bool = True) -> str:
    """Word's one check box is Writer's widow and orphan line counts (2 lines, or none)."""
    lines = 2 if on else 0
    return _flag(w, {"ParaWidows": lines, "ParaOrphans": lines}, on, "Widow/Orphan control")


# ---------------------------------------------------------------------------- tab stops
def tab_stops(p) -> list:
    """The paragraph's own tab stops (Writer lists its default-interval stop too: left out)."""
    return [t for t in p.ParaTabStops if t.Alignment.value != "DEFAULT"]


def _tab(twips: int, alignment: str, leader: str):
    tab = uno.createUnoStruct("com.sun.star.style.TabStop")
    tab.Position = to_mm100(twips)
    tab.Alignment = uno.Enum("com.sun.star.style.TabAlign", TAB_ALIGN[alignment])
    tab.DecimalChar, tab.FillChar = ".", FILL[leader]
    return tab


@uno_command("tab_stop")
def tab_stop(w, position, alignment: str = "left", leader: str = "none", twips: int = 0) -> str:
    """Add a tab stop at `twips` (replacing one already there); Writer keeps a paragraph's
    stops as one list, the style's included, so the list is read, changed and written back."""
    if alignment == "bar":
        raise NotInLibreOffice("LibreOffice Writer has no bar tab stops")
    new = _tab(twips, alignment, leader)
    for p in selected(w):
        stops = [t for t in tab_stops(p) if to_twips(t.Position) != twips] + [new]
        stops.sort(key=lambda t: t.Position)
        p.ParaTabStops = tuple(stops)
    return f"Tab stop ({alignment}) is set at {_pt(twips)}."


@uno_command("clear_tab_stops")
def clear_tab_stops(w) -> str:
    """Tabs dialog, Clear All."""
    paras = selected(w)
    if not any(tab_stops(p) for p in paras):
        return "There are no tab stops to clear."
    for p in paras:
        p.ParaTabStops = ()
    return "Tab stops are cleared."


__all__ = ["NotInLibreOffice", "in_list", "selected_range"]

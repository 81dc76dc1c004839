"""Paragraph formatting: alignment, line spacing, space before/after and indents."""

from __future__ import annotations

from wordsim.ui import window_model

from .. import plans
from ..registry import register
from ._formatting_common import (
    Path,
    command_items,
    edit_steps,
    popup_items,
    shortcut_path,
)
from .paragraph_targets import ParagraphFamily

POINTS_PER_INCH = 72.0
INDENT_STEP_PT = 36.0  # Increase Indent moves to the next 0.5" stop
# Home > Paragraph alignment buttons (alignment -> name) and the Paragraph dialog's choices.
ALIGN_BUTTONS = {c.behaviour["args"]["alignment"]: c.name
                 for c in window_model().tabs["home"].leaves
                 if c.behaviour.get("command") == "align"}
_ALIGN_FIELD = window_model().dialogs["paragraph"].fields["alignment"]
ALIGN_CHOICES = {value: label for label, value in _ALIGN_FIELD["choices"].items()}
SPACING_MENU = {args["value"]: name for name, (_t, args)
                in command_items("line_spacing_menu", "line_spacing").items()}
# the dialog's Line spacing list: the named multiples (Single, 1.5 lines, Double) by value
SPACING_LIST = {float(b["and_set"]["line"]): name for name, _t, b in popup_items("para_line_list")
                if name in ("Single", "1.5 lines", "Double")}

def number(value: float) -> str:
    return f"{value:g}"


def paragraph_dialog(*inside: dict, opener: tuple[dict, ...] | None = None) -> tuple[dict, ...]:
    """Home > Paragraph Settings (or `opener`), `inside`, OK."""
    opener = opener or (plans.tab("Home"), plans.click("Paragraph Settings"))
    return (*opener, *inside, plans.click("OK"))


@register
class Align(ParagraphFamily):
    id = "Align"
    description = ("Align a paragraph (or several) left, centred, right or justified; level 0: "
                   "the first paragraph, where the caret starts.")
    difficulties = (0, 1, 2, 3)
    templates = (
        "Make {target} {aligned}.",
        "Could you set {target} to be {aligned}?",
        "I'd like {target} {aligned}, please.",
        "Change the alignment of {target} to {alignment}.",
        "Please align {target} {how}.",
        "Can you make {target} {aligned}?",
        "Set the alignment of {target} to {alignment}.",
        "Format {target} so it is {aligned}.",
        "Align {target} {how}, please.",
        "Give {target} {alignment} alignment.",
    )
    _WORDS = {"left": ("left-aligned", "left", "to the left"),
              "center": ("centered", "center", "in the center"),
              "right": ("right-aligned", "right", "to the right"),
              "justify": ("justified", "justified", "justified on both sides")}

    def options(self, target):
        return tuple(a for a in self._WORDS
                     if self.none_has(target, lambda p, a=a: p.alignment == a))

    def option_words(self, option):
        aligned, alignment, how = self._WORDS[option]
        return {"aligned": aligned, "alignment": alignment, "how": how}

    def goal(self, target, option):
        return self.paragraph_goal(target, {"alignment": option})

    def paths(self, option):
        return [Path(1, (plans.tab("Home"), plans.click(ALIGN_BUTTONS[option]))),
                *shortcut_path(2, "align", alignment=option),
                Path(3, paragraph_dialog(plans.click("Alignment:", "ComboBox"),
                                         plans.click(ALIGN_CHOICES[option], "ListItem")))]

    def apply_api(self, target, option):
        return [("align", {"alignment": option})]


@register
class LineSpacing(ParagraphFamily):
    id = "LineSpacing"
    description = "Set the line spacing of a paragraph (or several) to a multiple of a line."
    values = (1.0, 1.15, 1.5, 2.0, 2.5, 3.0, 1.25, 1.75)
    templates = (
        "Set the line spacing of {target} to {spacing}.",
        "Could you give {target} {spacing} line spacing?",
        "I'd like {spacing} line spacing on {target}.",
        "Change the line spacing for {target} to {spacing}.",
        "Use {spacing} line spacing in {target}.",
        "Please apply {spacing} line spacing to {target}.",
        "Can you space the lines of {target} at {spacing}?",
        "Make the line spacing of {target} {spacing}.",
        "Reformat {target} with {spacing} line spacing.",
        "Adjust {target} to {spacing} line spacing.",
    )
    _WORDS = {1.0: "single", 2.0: "double", 3.0: "triple"}

    def options(self, target):
        return tuple(v for v in self.values if self.none_has(
            target, lambda p, v=v: p.line_spacing_rule == "multiple"
            and abs(p.line_spacing - v) < 1e-6))

    def option_words(self, option):
        return {"spacing": self._WORDS.get(option, number(option))}

    def goal(self, target, option):
        return self.paragraph_goal(target, {"line_spacing": option,
                                            "line_spacing_rule": "multiple"})

    def paths(self, option):
        menu = (plans.tab("Home"), plans.click("Line and Paragraph Spacing"))
        at = plans.type_into("At:", number(option))
        paths = [Path(2, paragraph_dialog(at)),
                 Path(3, paragraph_dialog(at, opener=(*menu,
                                                      plans.menu_item("Line Spacing Options...")))),
                 *shortcut_path(2, "line_spacing", value=option)]
        if option in SPACING_MENU:
            paths.append(Path(1, (*menu, plans.menu_item(SPACING_MENU[option]))))
        if option in SPACING_LIST:
            paths.append(Path(3, paragraph_dialog(plans.click("Line spacing:", "ComboBox"),
                                                  plans.click(SPACING_LIST[option], "ListItem"))))
        return paths

    def apply_api(self, target, option):
        return [("line_spacing", {"value": option})]


@register
class ParagraphSpacing(ParagraphFamily):
    id = "ParagraphSpacing"
    description = "Set the space before or after a paragraph (or several), in points."
    values = tuple(("before", v) for v in (0, 6, 12, 18, 24, 30)) \
        + tuple(("after", v) for v in (0, 6, 12, 18, 24))
    # Line and Paragraph Spacing menu items that set one side to a fixed value.
    _MENU = {("before", 12): "Add Space Before Paragraph",
             ("after", 0): "Remove Space After Paragraph"}
    _BOXES = {"before": ("Spacing Before", "Before:"), "after": ("Spacing After", "After:")}
    _TEMPLATES = {
        ("before", True): (
            "Set the spacing before {target} to {points} pt.",
            "Could you put {points} points of space above {target}?",
            "I'd like {points} pt of space before {target}.",
            "Add {points} pt spacing before {target}.",
            "Please add {points} points of space before {target}.",
            "Change the space before {target} to {points} pt.",
            "Can you leave a {points} pt gap above {target}?",
            "Use {points} pt of spacing before {target}.",
            "Make the spacing above {target} {points} points.",
            "Increase the space before {target} to {points} pt.",
        ),
        ("after", True): (
            "Set the spacing after {target} to {points} pt.",
            "Could you put {points} points of space below {target}?",
            "I'd like {points} pt of space after {target}.",
            "Add {points} pt spacing after {target}.",
            "Please add {points} points of space after {target}.",
            "Change the space after {target} to {points} pt.",
            "Can you leave a {points} pt gap below {target}?",
            "Use {points} pt of spacing after {target}.",
            "Make the spacing below {target} {points} points.",
            "Set the gap under {target} to {points} pt.",
        ),
        ("before", False): (
            "Remove the space before {target}.",
            "Could you take away the spacing above {target}?",
            "Set the space before {target} to zero.",
            "I don't want any space before {target}.",
            "Please remove the gap above {target}.",
            "Get rid of the spacing before {target}.",
            "Make the space before {target} 0 pt.",
            "Can you delete the space above {target}?",
            "No spacing before {target}, please.",
            "Clear the space before {target}.",
        ),
        ("after", False): (
            "Remove the space after {target}.",
            "Could you take away the spacing below {target}?",
            "Set the space after {target} to zero.",
            "I don't want any space after {target}.",
            "Please remove the gap below {target}.",
            "Get rid of the spacing after {target}.",
            "Make the space after {target} 0 pt.",
            "Can you delete the space below {target}?",
            "No spacing after {target}, please.",
            "Clear the space after {target}.",
        ),
    }

    def options(self, target):
        return tuple((side, v) for side, v in self.values if self.none_has(
            target, lambda p, side=side, v=v: abs(getattr(p, f"space_{side}_pt") - v) < 1e-6))

    def phrasings(self, target, option):
        side, points = option
        return self._TEMPLATES[(side, points > 0)]

    def phrasing_sets(self):
        return tuple(self._TEMPLATES.values())

    def option_words(self, option):
        return {"points": number(option[1])}

    def goal(self, target, option):
        side, points = option
        return self.paragraph_goal(target, {f"space_{side}_pt": float(points)})

    def paths(self, option):
        side, points = option
        ribbon_box, dialog_box = self._BOXES[side]
        paths = [Path(1, (plans.tab("Layout"), *edit_steps(ribbon_box, number(points)))),
                 Path(2, paragraph_dialog(plans.type_into(dialog_box, number(points))))]
        if option in self._MENU:
            paths.append(Path(1, (plans.tab("Home"), plans.click("Line and Paragraph Spacing"),
                                  plans.menu_item(self._MENU[option]))))
        return paths

    def apply_api(self, target, option):
        side, points = option
        return [(f"space_{side}", {"points": float(points)})]


@register
class Indent(ParagraphFamily):
    id = "Indent"
    description = "Indent a paragraph (or several): Increase Indent, or a left or right indent."
    values = (("increase", 0.0),) + tuple(("left", v) for v in (0.25, 0.5, 0.75, 1.0, 1.5, 2.0)) \
        + tuple(("right", v) for v in (0.5, 1.0))
    _BOXES = {"left": ("Indent Left", "Left:"), "right": ("Indent Right", "Right:")}
    _TEMPLATES = {
        "increase": (
            "Increase the indent of {target}.",
            "Could you indent {target} one more step?",
            "Indent {target} a bit more, please.",
            "Push {target} in by one indent level.",
            "I'd like {target} indented further.",
            "Please move {target} one tab stop to the right.",
            "Can you increase the indentation of {target}?",
            "Indent {target} by another half inch.",
            "Nudge {target} in by one indent step.",
            "Bump up the indent on {target}.",
        ),
        "left": (
            "Set a left indent of {amount} on {target}.",
            "Indent {target} {amount} from the left.",
            "Could you give {target} a {amount} left indent?",
            "I'd like {target} indented {amount} on the left.",
            "Please change the left indent of {target} to {amount}.",
            "Move {target} in by {amount} from the left margin.",
            "Can you indent {target} by {amount}?",
            "Make the left indent of {target} {amount}.",
            "Use a {amount} left indent for {target}.",
            "Set {target} {amount} in from the left.",
        ),
        "right": (
            "Set a right indent of {amount} on {target}.",
            "Indent {target} {amount} from the right.",
            "Could you give {target} a {amount} right indent?",
            "I'd like {target} indented {amount} on the right.",
            "Please change the right indent of {target} to {amount}.",
            "Bring the right edge of {target} in by {amount}.",
            "Can you add a {amount} right indent to {target}?",
            "Make the right indent of {target} {amount}.",
            "Use a {amount} right indent for {target}.",
            "Pull {target} {amount} in from the right margin.",
        ),
    }

    def keep(self, doc, index):
        return doc.view().paragraphs[index].list is None  # lists change level instead

    def options(self, target):
        lefts = {p.left_indent_pt for p in self.paragraphs(target)}
        out = [("increase", 0.0)] if len(lefts) == 1 else []  # one next stop for them all
        for kind, inches in self.values[1:]:
            pts = inches * POINTS_PER_INCH
            if self.none_has(target, lambda p, kind=kind, pts=pts:
                             abs(getattr(p, f"{kind}_indent_pt") - pts) < 1e-6):
                out.append((kind, inches))
        return tuple(out)

    def phrasings(self, target, option):
        return self._TEMPLATES[option[0]]

    def phrasing_sets(self):
        return tuple(self._TEMPLATES.values())

    def option_words(self, option):
        inches = option[1]
        return {"amount": f"{number(inches)} inch" + ("" if inches <= 1 else "es")}

    def goal(self, target, option):
        kind, inches = option
        if kind == "increase":
            left = self.paragraphs(target)[0].left_indent_pt
            stop = (left // INDENT_STEP_PT + 1) * INDENT_STEP_PT
            return self.paragraph_goal(target, {"left_indent_pt": stop})
        return self.paragraph_goal(target, {f"{kind}_indent_pt": inches * POINTS_PER_INCH})

    def paths(self, option):
        kind, inches = option
        if kind == "increase":
            paths = [Path(1, (plans.tab("Home"), plans.click("Increase Indent"))),
                     *shortcut_path(2, "increase_indent")]
        else:
            ribbon_box, dialog_box = self._BOXES[kind]
            paths = [Path(1, (plans.tab("Layout"), *edit_steps(ribbon_box, number(inches)))),
                     Path(2, paragraph_dialog(plans.type_into(dialog_box, f'{number(inches)}"')))]
        return paths

    def apply_api(self, target, option):
        kind, inches = option
        if kind == "increase":
            return [("increase_indent", {})]
        return [(f"{kind}_indent", {"points": inches * POINTS_PER_INCH})]

"""Character formatting that Word toggles: bold, italic, underline (with its styles),
strikethrough, subscript and superscript of a phrase."""

from __future__ import annotations

from .. import plans
from ..registry import register
from ._formatting_common import Path, command_items, dropdown_steps, shortcut_path
from .character_targets import CharacterFamily, all_have


def font_dialog_paths(level: int, *inside: dict) -> list[Path]:
    """The Font dialog, opened from the group's launcher or with Ctrl+D, `inside` done, OK."""
    return [
        Path(level, (plans.tab("Home"), plans.click("Font Settings"), *inside,
                     plans.click("OK"))),
        Path(level, (plans.keys("^d", "Open the Font dialog with Ctrl+D"), *inside,
                     plans.keys("{ENTER}", "Press Enter for OK"))),
    ]


class ToggleFamily(CharacterFamily):
    """Turn one toggle on for the phrase: its ribbon button, its shortcut, or its check box in
    the Font dialog (reached with its Alt access key: UFO does not list check boxes)."""

    prop = ""  # run_format property
    command = ""  # document command
    button = ""  # the Home tab button
    dialog_key = ""  # Alt+key of the Font dialog check box; "" when the dialog has none
    values: tuple = (True,)

    def options(self, target):
        return tuple(v for v in self.values if all_have(target, self.prop_of(v), True) is False)

    def prop_of(self, option) -> str:
        return self.prop

    def goal(self, target, option):
        return self.run_goal(target, {self.prop_of(option): True})

    def paths(self, option) -> list[Path]:
        paths = [Path(1, (plans.tab("Home"), plans.click(self.button))),
                 *shortcut_path(2, self.command)]
        if self.dialog_key:
            tick = plans.keys(f"%{self.dialog_key}",
                              f"Tick {self.button} with Alt+{self.dialog_key.upper()}")
            paths += font_dialog_paths(3, tick)
        return paths

    def apply_api(self, target, option):
        return [(self.command, {})]


@register
class Bold(ToggleFamily):
    id = "Bold"
    description = "Make a phrase bold."
    prop, command, button = "bold", "bold", "Bold"
    span_marker = "**"
    templates = (
        "Could you make {text} bold?",
        "Bold the phrase {text}.",
        "I need {text} to stand out in bold.",
        "Please put {text} in bold.",
        "Make the words {text} bold, please.",
        "Can you bold {text} for me?",
        "Set {text} in bold type.",
        "Apply bold formatting to {text}.",
        "Give {text} some weight by making it bold.",
        "Put the words {text} in boldface.",
    )


@register
class Italic(ToggleFamily):
    id = "Italic"
    description = "Italicize a phrase."
    prop, command, button = "italic", "italic", "Italic"
    span_marker = "*"
    templates = (
        "Could you italicize {text}?",
        "Make {text} italic.",
        "Put {text} in italics, please.",
        "I'd like {text} set in italic type.",
        "Italicise the words {text}.",
        "Can you make the phrase {text} italic?",
        "Apply italic formatting to {text}.",
        "Please emphasise {text} with italics.",
        "Turn {text} into italics.",
        "Slant {text} by making it italic.",
    )


@register
class Strikethrough(ToggleFamily):
    id = "Strikethrough"
    description = "Strike through a phrase."
    prop, command, button, dialog_key = "strike", "strikethrough", "Strikethrough", "k"
    templates = (
        "Strike through {text}.",
        "Cross out {text} with a strikethrough.",
        "Apply strikethrough to {text}.",
        "Could you put a line through {text}?",
        "Mark {text} as removed with strikethrough.",
        "I want {text} struck through.",
        "Please strikethrough the words {text}.",
        "Format {text} with strikethrough.",
        "Show {text} crossed out.",
        "Draw a line through the phrase {text}.",
    )


@register
class SubSuperscript(ToggleFamily):
    id = "SubSuperscript"
    description = "Make a word or phrase subscript or superscript."
    values = ("subscript", "superscript")
    words_by_level = {1: (1,), 2: (2,), 3: (1,)}
    span_marker = None
    _DIALOG_KEYS = {"subscript": "b", "superscript": "p"}
    templates = (
        "Make {text} {position}.",
        "Format {text} as {position}.",
        "Could you set {text} in {position}?",
        "Turn {text} into {position} text.",
        "I need {text} to be {position}.",
        "Apply {position} to {text}.",
        "Please change {text} to {position}.",
        "Put {text} in {position}, please.",
        "Set {text} as {position}.",
        "Can {text} be shown in {position}?",
    )

    def prop_of(self, option):
        return option

    def option_words(self, option):
        return {"position": option}

    def paths(self, option):
        button = option.capitalize()
        return [Path(1, (plans.tab("Home"), plans.click(button))),
                *shortcut_path(2, option),
                *font_dialog_paths(3, plans.keys(f"%{self._DIALOG_KEYS[option]}",
                                                 f"Tick {button}"))]

    def apply_api(self, target, option):
        return [(option, {})]


# Underline styles as the Underline gallery offers them: menu item name -> style.
UNDERLINES = {name: args["style"]
              for name, (_t, args) in command_items("underline_menu", "underline").items()}


@register
class Underline(ToggleFamily):
    id = "Underline"
    description = "Underline a phrase, with a plain line or one of Word's underline styles."
    prop, command, button = "underline", "underline", "Underline"
    span_marker = "__"
    values = tuple(UNDERLINES.values())
    templates = (
        "Underline {text}.",
        "Could you underline the words {text}?",
        "Please put a line under {text}.",
        "I'd like {text} underlined.",
        "Add an underline to {text}.",
        "Can you underline the phrase {text} for me?",
        "Make {text} underlined.",
        "Apply underlining to {text}.",
        "Give {text} an underline.",
        "Mark {text} with an underline.",
    )
    styled_templates = (
        "Give {text} a {style} underline.",
        "Underline {text} with a {style} line.",
        "Could you add a {style} underline under {text}?",
        "I'd like {text} underlined, {style} style.",
        "Put a {style} underline beneath {text}.",
        "Use a {style} underline for {text}.",
        "Apply the {style} underline to {text}.",
        "Please mark {text} with a {style} underline.",
        "Make the underline of {text} {style}.",
        "Add a {style} underline to the words {text}.",
    )

    def options(self, target):
        return tuple(v for v in self.values
                     if all_have(target, "underline", self._value(v)) is False)

    @staticmethod
    def _value(style: str):
        return True if style == "single" else style

    def goal(self, target, option):
        return self.run_goal(target, {"underline": self._value(option)})

    def phrasings(self, target, option):
        return self.templates if option == "single" else self.styled_templates

    def phrasing_sets(self):
        return (self.templates, self.styled_templates)

    def option_words(self, option):
        name = next(n for n, s in UNDERLINES.items() if s == option)
        return {"style": name.removesuffix(" underline").lower()}

    def paths(self, option):
        name = next(n for n, s in UNDERLINES.items() if s == option)
        gallery = Path(2 if option == "single" else 1,
                       (plans.tab("Home"), *dropdown_steps("Underline", name, "MenuItem")))
        return [*super().paths(option), gallery] if option == "single" else [gallery]

    def apply_api(self, target, option):
        return [("underline", {"style": option})]

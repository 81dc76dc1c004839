"""Character formatting with a value: font, font size, font colour and highlight of a phrase."""

from __future__ import annotations

from wordsim.document.char_values import HIGHLIGHTS, name_key

from .. import plans
from ..registry import register
from ._formatting_common import Path, combo_steps, command_items, dropdown_steps
from .character import font_dialog_paths
from .character_targets import CharacterFamily, all_have

# Fonts people ask for that Word lists and LibreOffice has (or substitutes metrically).
FONTS = ("Arial", "Times New Roman", "Courier New", "Georgia", "Verdana", "Calibri", "Cambria",
         "Garamond", "Tahoma", "Trebuchet MS", "Liberation Serif", "Liberation Sans",
         "Liberation Mono", "DejaVu Sans")
SIZES = (8, 9, 10, 10.5, 12, 13, 14, 16, 18, 20, 24, 28, 36)
FONT_LIST = command_items("font_list", "font_name")  # the Font box's drop-down list
SIZE_LIST = {args["size"]: name
             for name, (_t, args) in command_items("font_size_list", "font_size").items()}
# Font Color gallery: (item name, RRGGBB), white left out (invisible on the page).
COLORS = tuple((name, args["color"])
               for name, (ctype, args) in command_items("font_color_menu", "font_color").items()
               if ctype == "ListItem" and args["color"] != "FFFFFF")
# The Text Highlight Color pens (No Color removes highlighting: not a target here).
PENS = tuple(name for name, (ctype, _a) in command_items("highlight_menu", "highlight").items()
             if ctype == "ListItem")


class ValueFamily(CharacterFamily):
    """Set run property `prop` to one of `values` (only values the phrase does not have yet)."""

    prop = ""

    def value_of(self, option):
        return option

    def options(self, target):
        return tuple(v for v in self.values()
                     if all_have(target, self.prop, self.value_of(v)) is False)

    def values(self) -> tuple:
        raise NotImplementedError

    def goal(self, target, option):
        return self.run_goal(target, {self.prop: self.value_of(option)})


def number(value: float) -> str:
    return f"{value:g}"


@register
class FontName(ValueFamily):
    id = "FontName"
    description = "Change the font of a phrase."
    prop = "font"
    templates = (
        "Change the font of {text} to {font}.",
        "Set {text} in {font}.",
        "Could you switch {text} to the {font} font?",
        "Use {font} for {text}.",
        "I'd like {text} in {font}, please.",
        "Apply the {font} typeface to {text}.",
        "Format {text} with the font {font}.",
        "Can you put {text} in {font}?",
        "Please make {text} use {font}.",
        "Switch the typeface of {text} to {font}.",
    )

    def values(self):
        return FONTS

    def option_words(self, option):
        return {"font": option}

    def paths(self, option):
        paths = [Path(1, (plans.tab("Home"), *combo_steps("Font", option))),
                 *font_dialog_paths(3, plans.type_into("Font:", option))]
        if option in FONT_LIST:
            paths.append(Path(2, (plans.tab("Home"), plans.click("Font", "ComboBox"),
                                  plans.click(option, "ListItem", f"Choose {option}"))))
        return paths

    def apply_api(self, target, option):
        return [("font_name", {"font": option})]


@register
class FontSize(ValueFamily):
    id = "FontSize"
    description = "Change the font size of a phrase."
    prop = "size_pt"
    templates = (
        "Make {text} {size} pt.",
        "Change the font size of {text} to {size}.",
        "Set {text} to {size} points.",
        "Could you resize {text} to {size} pt?",
        "I need {text} at size {size}.",
        "Put {text} in {size}-point type.",
        "Use a {size} pt font size for {text}.",
        "Please set the size of {text} to {size} pt.",
        "Can you change {text} to {size} point text?",
        "Resize the words {text} to {size} points.",
    )

    def values(self):
        return SIZES

    def value_of(self, option):
        return float(option)

    def option_words(self, option):
        return {"size": number(option)}

    def paths(self, option):
        size = number(option)
        paths = [Path(1, (plans.tab("Home"), *combo_steps("Font Size", size))),
                 *font_dialog_paths(3, plans.type_into("Size:", size))]
        if option in SIZE_LIST:
            paths.append(Path(2, (plans.tab("Home"), plans.click("Font Size", "ComboBox"),
                                  plans.click(SIZE_LIST[option], "ListItem", f"Choose {size}"))))
        return paths

    def apply_api(self, target, option):
        return [("font_size", {"size": float(option)})]


@register
class FontColor(ValueFamily):
    id = "FontColor"
    description = "Change the font colour of a phrase to a colour of Word's palette."
    prop = "color"
    templates = (
        "Change the colour of {text} to {color}.",
        "Make {text} {color}.",
        "Could you colour the words {text} {color}?",
        "Set the font color of {text} to {color}.",
        "I'd like {text} in {color}.",
        "Please turn {text} {color}.",
        "Use {color} for the text {text}.",
        "Can you change the text colour of {text} to {color}?",
        "Recolour {text} in {color}.",
        "Switch the font colour of {text} to {color}.",
    )

    def values(self):
        return COLORS

    def value_of(self, option):
        return option[1]

    def option_words(self, option):
        name = option[0]
        # Standard colours are said as words; theme colours by the name Word shows for them.
        return {"color": f'the theme colour "{name}"' if "," in name else name.lower()}

    def paths(self, option):
        name, hex_ = option
        paths = [Path(1, (plans.tab("Home"), *dropdown_steps("Font Color", name, "ListItem")))]
        if hex_ == "FF0000":  # the button itself applies red
            paths.append(Path(1, (plans.tab("Home"), plans.click("Font Color"))))
        return paths

    def apply_api(self, target, option):
        return [("font_color", {"color": option[1]})]


@register
class Highlight(ValueFamily):
    id = "Highlight"
    description = "Highlight a phrase with one of Word's highlighter pens."
    prop = "highlight"
    templates = (
        "Highlight {text} in {color}.",
        "Could you highlight {text} with the {color} highlighter?",
        "Mark {text} with {color} highlighting.",
        "Please give {text} a {color} highlight.",
        "I want {text} highlighted {color}.",
        "Apply a {color} text highlight to {text}.",
        "Use the {color} highlighter on {text}.",
        "Can you highlight the phrase {text} in {color}?",
        "Put a {color} highlight on {text}.",
        "Highlight the words {text} using {color}.",
    )

    def values(self):
        return PENS

    def value_of(self, option):
        return HIGHLIGHTS[name_key(option)]

    def option_words(self, option):
        return {"color": option.lower()}

    def paths(self, option):
        paths = [Path(1, (plans.tab("Home"),
                          *dropdown_steps("Text Highlight Color", option, "ListItem")))]
        if option == "Yellow":  # the button itself applies the yellow pen
            paths.append(Path(1, (plans.tab("Home"), plans.click("Text Highlight Color"))))
        return paths

    def apply_api(self, target, option):
        return [("highlight", {"color": option})]

"""Paragraph styles and lists: apply a style from the Styles gallery, bullets, numbering."""

from __future__ import annotations

from wordsim.ui import window_model

from .. import plans
from ..registry import register
from ._formatting_common import Path, shortcut_path
from .paragraph_targets import ParagraphFamily

# The Home tab's Styles gallery (List Paragraph left out: Word applies it with lists).
STYLES = tuple(c.name for c in window_model().tabs["home"].leaves
               if c.behaviour.get("command") == "apply_style" and c.name != "List Paragraph")
MAX_HEADING_WORDS = 12  # a line long enough to be a heading, not a whole paragraph


@register
class HeadingStyle(ParagraphFamily):
    id = "HeadingStyle"
    description = "Apply a paragraph style (Heading 1-3, Title, Subtitle, Quote, ...) to a line."
    places = {1: ("line", "body"), 2: ("heading",), 3: ("line", "body")}
    templates = (
        "Apply the {style} style to {target}.",
        "Format {target} as {style}.",
        "Could you style {target} as {style}?",
        "Give {target} the {style} style.",
        "I'd like {target} to use the {style} style.",
        "Change the style of {target} to {style}.",
        "Set {target} in the {style} style, please.",
        "Use the {style} style for {target}.",
        "Please apply {style} to {target}.",
        "Can you switch {target} to the {style} style?",
    )

    def keep(self, doc, index):
        p = doc.view().paragraphs[index]
        return (p.style or "").startswith("Heading") or len(p.text.split()) <= MAX_HEADING_WORDS

    def options(self, target):
        return tuple(s for s in STYLES if self.none_has(target, lambda p, s=s: p.style == s))

    def option_words(self, option):
        return {"style": option}

    def goal(self, target, option):
        return self.paragraph_goal(target, {"style": option})

    def paths(self, option):
        return [Path(1, (plans.tab("Home"), plans.click(option, "ListItem"))),
                *shortcut_path(2, "apply_style", style=option)]

    def apply_api(self, target, option):
        return [("apply_style", {"style": option})]


class ListFamily(ParagraphFamily):
    """Make plain paragraphs (or items of the other kind of list) a bulleted/numbered list."""

    kind = ""  # ListInfo.kind
    command = ""
    button = ""
    places = {1: ("body", "line"), 2: ("list",), 3: ("body", "line")}

    def options(self, target):
        return (self.kind,) if self.none_has(
            target, lambda p: p.list is not None and p.list.kind == self.kind) else ()

    def goal(self, target, option):
        return self.paragraph_goal(target, {"list_kind": self.kind})

    def paths(self, option):
        return [Path(1, (plans.tab("Home"), plans.click(self.button))),
                *shortcut_path(2, self.command)]

    def apply_api(self, target, option):
        return [(self.command, {})]


@register
class Bullets(ListFamily):
    id = "Bullets"
    description = "Turn a paragraph (or several, or a numbered item) into a bulleted list."
    kind, command, button = "bullet", "bullets", "Bullets"
    templates = (
        "Turn {target} into a bulleted list.",
        "Add bullets to {target}.",
        "Could you put a bullet in front of {target}?",
        "Format {target} as bullet points.",
        "I'd like {target} bulleted.",
        "Please make {target} a bulleted list.",
        "Convert {target} to bullet points.",
        "Can you bullet {target}?",
        "Start a bulleted list with {target}.",
        "Use bullets for {target}.",
    )


@register
class Numbering(ListFamily):
    id = "Numbering"
    description = "Turn a paragraph (or several, or a bulleted item) into a numbered list."
    kind, command, button = "number", "numbering", "Numbering"
    templates = (
        "Turn {target} into a numbered list.",
        "Number {target}.",
        "Could you add numbering to {target}?",
        "Format {target} as a numbered list.",
        "I'd like {target} numbered.",
        "Please make {target} a numbered list.",
        "Convert {target} to numbered points.",
        "Can you put numbers in front of {target}?",
        "Start a numbered list with {target}.",
        "Use numbering for {target}.",
    )

"""Change Case of a phrase, and Clear All Formatting of a phrase that starts out formatted."""

from __future__ import annotations

from functools import cache

from .. import plans
from ..corpus import CorpusDoc
from ..registry import register
from ._formatting_common import (
    MARKERS,
    Path,
    Target,
    can_mark,
    command_items,
    shortcut_path,
)
from .character_targets import CharacterFamily, distinct_runs, phrase_targets

CASE_ITEMS = {args["mode"]: name
              for name, (_t, args) in command_items("change_case", "change_case").items()}
CASE_WORDS = {"upper": "uppercase", "lower": "lowercase", "title": "title case",
              "sentence": "sentence case", "toggle": "toggle case (every letter flipped)"}


def converted(text: str, mode: str) -> str | None:
    """`text` in Word's case `mode`, or None when the mode would not change it or when Word's
    result is not clear-cut (title and sentence case only for plain words)."""
    if mode in ("upper", "lower", "toggle"):
        out = {"upper": text.upper, "lower": text.lower, "toggle": text.swapcase}[mode]()
    else:
        words = text.split(" ")
        if not all(w.isalpha() for w in words):
            return None
        if mode == "title":
            out = " ".join(w[0].upper() + w[1:].lower() for w in words)
        else:
            out = text[0].upper() + text[1:].lower()
    return out if len(out) == len(text) and out != text else None


@register
class ChangeCase(CharacterFamily):
    id = "ChangeCase"
    description = "Change the case of a phrase (UPPERCASE, lowercase, title, sentence, toggle)."
    templates = (
        "Change {text} to {case}.",
        "Could you put {text} in {case}?",
        "Convert {text} to {case}, please.",
        "I need {text} written in {case}.",
        "Switch {text} to {case}.",
        "Make {text} {case}.",
        "Set the case of {text} to {case}.",
        "Use {case} for {text}.",
        "Can you change the capitalisation of {text} to {case}?",
        "Please rewrite {text} in {case}.",
    )

    def options(self, target):
        return tuple(m for m in CASE_ITEMS if converted(target.text, m) is not None)

    def option_words(self, option):
        return {"case": CASE_WORDS[option]}

    def goal(self, target, option):
        texts = list(target.doc.texts())
        i = target.paras[0]
        texts[i] = texts[i].replace(target.text, converted(target.text, option), 1)
        return (("texts_equal", {"expected": texts}),)

    def paths(self, option):
        return [Path(1, (plans.tab("Home"), plans.click("Change Case"),
                         plans.menu_item(CASE_ITEMS[option])))]

    def apply_api(self, target, option):
        return [("change_case", {"mode": option})]


# The formatting Clear All Formatting removes that a starting document may give a phrase.
CLEARED = ("bold", "italic", "underline", "strike")
FORMAT_WORDS = {"bold": "bold", "italic": "italics", "underline": "underline",
                "strike": "strikethrough"}


def _marked(doc: CorpusDoc, words: tuple[int, ...], places, schemes) -> list[Target]:
    """Phrases whose spans start out formatted: each scheme is ((first word marker, rest
    marker)); a marker of None leaves that part plain."""
    out = []
    for n in words:
        for t in phrase_targets(doc, n, places):
            if not can_mark(doc.spec, t.text):
                continue
            cut = len(t.text.split(" ")[0])
            for first, rest in schemes:
                spans = [(0, cut, first)] if rest is None else \
                    [(0, len(t.text), first)] if rest == first else \
                    [(0, cut, first), (cut + 1, len(t.text), rest)]
                out.append(Target(doc, t.paras, t.text, t.place, (), tuple(spans)))
    return out


def _formatted(doc: CorpusDoc) -> list[Target]:
    """Phrases the corpus document itself formats (bold names, italic titles ...)."""
    found = []
    for n in (1, 2, 3):
        for t in phrase_targets(doc, n, ("body", "line")):
            runs = distinct_runs(t)
            if runs and all(any(getattr(r, p) for p in CLEARED) for r in runs):
                found.append(t)
    return found


@cache
def clear_targets(doc: CorpusDoc, level: int) -> tuple[Target, ...]:
    if level == 1:
        return tuple(_marked(doc, (2,), ("body", "line"), [(m, m) for m in MARKERS]))
    if level == 2:
        return tuple(_marked(doc, (3, 4), ("body",), [(m, m) for m in MARKERS])
                     + _formatted(doc))
    pairs = [(a, b) for a in MARKERS for b in MARKERS if a != b]
    return tuple(_marked(doc, (3,), ("body",), pairs))


@register
class ClearFormatting(CharacterFamily):
    id = "ClearFormatting"
    description = "Remove the bold, italic or underline formatting a phrase starts with."
    templates = (
        "Remove the formatting from {text}.",
        "Clear all formatting on {text}.",
        "Could you make {text} plain text again?",
        "Strip the {formats} from {text}.",
        "Take the {formats} off {text}.",
        "Please clear the formatting of {text}.",
        "I want {text} back to normal text, without the {formats}.",
        "Reset {text} to plain, unformatted text.",
        "Can you get rid of the {formats} on {text}?",
        "Remove the {formats} from the words {text}.",
    )

    def targets(self, doc, level):
        return clear_targets(doc, level)

    def options(self, target):
        runs = distinct_runs(target)
        found = tuple(p for p in CLEARED if runs and any(getattr(r, p) for r in runs))
        return (found,) if found else ()

    def option_words(self, option):
        return {"formats": " and ".join(FORMAT_WORDS[p] for p in option)}

    def goal(self, target, option):
        return self.run_goal(target, dict.fromkeys(option, False))

    def paths(self, option):
        return [Path(1, (plans.tab("Home"), plans.click("Clear All Formatting"))),
                *shortcut_path(2, "clear_formatting"),
                Path(3, (plans.tab("Home"), plans.click("More"),
                         plans.menu_item("Clear Formatting")))]

    def apply_api(self, target, option):
        return [("clear_formatting", {})]

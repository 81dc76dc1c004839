"""Headers and footers: HeaderText, FooterText (text typed into the header or footer pane) and
PageNumbers (Insert → Page Number at a position and alignment)."""

from __future__ import annotations

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import Task
from envs.tasks.corpus import CorpusDoc
from envs.tasks.phrasing import choose, phrase
from envs.tasks.registry import register

from . import editing_pools as pools
from ._editing_common import phrasings, q
from .layout import LayoutFamily

_HEADER = (
    "Put {text} in the header.",
    "Add the header text {text}.",
    "Type {text} into the page header.",
    "Please add a header that says {text}.",
    "The header should read {text}.",
    "Insert a header with the words {text}.",
    "Could you add {text} to the header of the document?",
    "Give the document a header: {text}",
)
_FOOTER = (
    "Put {text} in the footer.",
    "Add the footer text {text}.",
    "Type {text} into the page footer.",
    "Please add a footer that says {text}.",
    "The footer should read {text}.",
    "Insert a footer with the words {text}.",
    "Could you add {text} to the footer of the document?",
    "Give the document a footer: {text}",
)


def short_title(doc: CorpusDoc) -> str | None:
    """The document's title (or first line) when it is short enough for a header."""
    for p in doc.view().paragraphs:
        if p.text.strip():
            text = p.text.strip()
            return text if len(text.split()) <= 8 and "\t" not in text else None
    return None


class StoryText(LayoutFamily):
    """Text typed into the header or footer pane; `part` is "header" or "footer"."""

    part = "header"
    pool: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()
    max_steps = 8
    counted = (1, 3)  # 2 asks the same as 1 through "Edit Header/Footer"

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        shown = getattr(doc.view().sections[0], self.part) or ""
        if difficulty < 3:
            return [t for t in self.pool if t not in shown]
        title = short_title(doc)
        return [f"{title} – {v}" for v in pools.VERSIONS if title and f"{title} – {v}" not in shown]

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings(self.templates, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        name = self.part.capitalize()
        request = phrase(rng, self.templates, split, text=q(target))
        item = P.menu_item(f"Edit {name}") if difficulty == 2 else P.click("Blank", "ListItem")
        ui = [P.tab("Insert"), P.click(name), item,
              P.type_into(f"{name} -Section 1-", target), P.click("Close Header and Footer")]
        goal = [("header_footer", {"text": target, "part": self.part})]
        return self.task(split, difficulty, doc, request, goal, ui,
                         [(f"{self.part}_text", {"text": target})])


@register
class HeaderText(StoryText):
    """Header text."""

    id = "HeaderText"
    description = ("Type text into the page header: Insert → Header → Blank (1) or Edit Header "
                   "(2); the document's title with a version (3).")
    pool = pools.HEADERS
    templates = _HEADER
    phrasing_sets = (_HEADER,)


@register
class FooterText(StoryText):
    """Footer text."""

    id = "FooterText"
    description = ("Type text into the page footer: Insert → Footer → Blank (1) or Edit Footer "
                   "(2); the document's title with a version (3).")
    part = "footer"
    pool = pools.FOOTERS
    templates = _FOOTER
    phrasing_sets = (_FOOTER,)


_PAGE_NUMBERS = (
    "Add page numbers {where}.",
    "Number the pages {where}.",
    "Insert page numbers {where}.",
    "Please put the page number {where}.",
    "I need page numbering {where}.",
    "Show the page number {where} on every page.",
    "Could you add page numbers {where}?",
    "Put a plain page number {where}.",
)
_PLACES = {
    ("bottom", "left"): ("at the bottom left", "in the bottom left corner",
                         "in the footer, on the left"),
    ("bottom", "center"): ("at the bottom, centred", "in the middle of the footer",
                           "centered at the bottom of the page"),
    ("bottom", "right"): ("at the bottom right", "in the bottom right corner",
                          "in the footer, on the right"),
    ("top", "left"): ("at the top left", "in the top left corner", "in the header, on the left"),
    ("top", "center"): ("at the top, centred", "in the middle of the header",
                        "centered at the top of the page"),
    ("top", "right"): ("at the top right", "in the top right corner",
                       "in the header, on the right"),
}
_PLAIN = {"left": "Plain Number 1", "center": "Plain Number 2", "right": "Plain Number 3"}


@register
class PageNumbers(LayoutFamily):
    """Page numbers at a position and alignment."""

    id = "PageNumbers"
    phrasing_sets = (_PAGE_NUMBERS,)
    description = ("Add page numbers with Insert → Page Number → Top/Bottom of Page → Plain "
                   "Number 1/2/3 (left, centre, right).")
    max_steps = 8
    difficulties = (1,)
    compose_order = 4  # after header and footer text, which replace what those stories hold

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        return list(_PLACES)

    def variety(self, split: str, difficulty: int, target) -> int:
        return len(_PLACES[target]) * phrasings(_PAGE_NUMBERS, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        position, alignment = target
        request = phrase(rng, _PAGE_NUMBERS, split, where=choose(rng, _PLACES[target]))
        ui = [P.tab("Insert"), P.click("Page Number"),
              P.menu_item("Bottom of Page" if position == "bottom" else "Top of Page"),
              P.click(_PLAIN[alignment], "ListItem")]
        goal = [("page_number", {"position": position, "alignment": alignment})]
        return self.task(split, difficulty, doc, request, goal, ui,
                         [("page_number", {"position": position, "alignment": alignment})])

"""Page layout: Orientation, Margins, Columns and PageSize, through the Layout tab's galleries
and the Page Setup dialog."""

from __future__ import annotations

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import SPLITS, Task
from envs.tasks.corpus import CorpusDoc, corpus
from envs.tasks.phrasing import choose, phrase
from envs.tasks.registry import register
from wordsim.document.page_setup import page_setup_data

from ._editing_common import CorpusFamily, phrasings


class LayoutFamily(CorpusFamily):
    """A page-setup family: one target per setting the document does not have yet. Where
    difficulties differ only in the path through the window (gallery or dialog), the requests
    are the same, so instances are counted at `counted` difficulties only."""

    compose_order = 3
    compose_kind = "page"
    counted: tuple[int, ...] = (1,)

    def instance_count(self) -> int:
        return sum(self.count_on(doc, level) for split in SPLITS for doc in corpus(split)
                   for level in self.counted)


def _setup() -> list[dict]:
    """Layout → the Page Setup group's dialog launcher."""
    return [P.tab("Layout"), P.click("Page Setup Settings")]


_ORIENTATION = (
    "Change the page orientation to {value}.",
    "Make the document {value}.",
    "Switch the pages to {value} orientation.",
    "Please turn the document into {value} format.",
    "Set the orientation to {value}.",
    "I'd like the pages in {value}, please.",
    "Could you make the page layout {value}?",
    "Rotate the pages to {value}.",
)


@register
class Orientation(LayoutFamily):
    """Page orientation."""

    id = "Orientation"
    phrasing_sets = (_ORIENTATION,)
    description = ("Change the page orientation: Layout → Orientation (1), the Page Setup "
                   "dialog (2), Margins → Custom Margins... (3).")
    max_steps = 8

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        current = doc.view().sections[0].orientation
        return ["portrait" if current == "landscape" else "landscape"]

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings(_ORIENTATION, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        name = target.capitalize()
        request = phrase(rng, _ORIENTATION, split, value=target)
        if difficulty == 1:
            ui = [P.tab("Layout"), P.click("Orientation"), P.click(name, "ListItem")]
        else:
            opener = _setup() if difficulty == 2 else \
                [P.tab("Layout"), P.click("Margins"), P.menu_item("Custom Margins...")]
            ui = [*opener, P.click(name, "RadioButton"), P.click("OK")]
        goal = [("section", {"props": {"orientation": target}})]
        return self.task(split, difficulty, doc, request, goal, ui,
                         [("orientation", {"value": target})])


_SIDES = ("top", "bottom", "left", "right")
_PRESET = (
    "Set the margins to {value}.",
    "Use the {value} margins preset.",
    "Change the page margins to {value}.",
    "Please apply {value} margins to the document.",
    "Switch the margins to the {value} setting.",
    "I want {value} margins.",
    "Could you give the document {value} margins?",
    "Make the margins {value}.",
)
_UNIFORM = (
    "Set all four margins to {value} inches.",
    "Make every margin {value}\".",
    "Change the margins to {value} inches on all sides.",
    "Please use {value}-inch margins all round.",
    "Set the top, bottom, left and right margins to {value} in.",
    "I need margins of {value} inches everywhere.",
    "Could you set each page margin to {value} inches?",
    "Margins should be {value}\" on every side.",
)
_MIXED = (
    "Set the top and bottom margins to {tb} inches and the left and right margins to {lr} inches.",
    "Make the top/bottom margins {tb}\" and the side margins {lr}\".",
    "Change the margins: {tb} in at the top and bottom, {lr} in on the left and right.",
    "Please use {lr}-inch left and right margins and {tb}-inch top and bottom margins.",
    "I'd like {tb}\" top and bottom margins, {lr}\" left and right.",
    "Top and bottom margins {tb} inches; left and right {lr} inches.",
    "Could you set the side margins to {lr} inches and the top and bottom ones to {tb}?",
    "Margins: top {tb}, bottom {tb}, left {lr}, right {lr} (inches).",
)
_UNIFORM_VALUES = tuple(k / 10 for k in range(5, 21))
_MIXED_VALUES = tuple((a / 10, b / 10) for a in range(5, 16) for b in range(5, 21) if a != b)


def _margins(doc: CorpusDoc) -> dict:
    s = doc.view().sections[0]
    return {side: round((getattr(s, f"{side}_margin_pt") or 0) / 72, 2) for side in _SIDES}


@register
class Margins(LayoutFamily):
    """Page margins: a preset or custom values."""

    id = "Margins"
    phrasing_sets = (_PRESET, _UNIFORM, _MIXED)
    description = ("Change the page margins: a preset from Layout → Margins (1), the same "
                   "custom value on every side (2), custom top/bottom and left/right values "
                   "through the Page Setup dialog (3).")
    max_steps = 10
    counted = (1, 2, 3)
    compose_order = 4  # after Orientation, which turns the margins with the page

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        now = _margins(doc)
        if difficulty == 1:
            presets = page_setup_data()["margins"]
            return [name for name, spec in presets.items() if not spec.get("mirror")
                    and {side: spec[side] for side in _SIDES} != now]
        if difficulty == 2:
            return [v for v in _UNIFORM_VALUES if set(now.values()) != {v}]
        return [(a, b) for a, b in _MIXED_VALUES
                if (now["top"], now["bottom"], now["left"], now["right"]) != (a, a, b, b)]

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings({1: _PRESET, 2: _UNIFORM, 3: _MIXED}[difficulty], split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        if difficulty == 1:
            spec = page_setup_data()["margins"][target]
            inches = {side: float(spec[side]) for side in _SIDES}
            request = phrase(rng, _PRESET, split, value=target)
            ui = [P.tab("Layout"), P.click("Margins"), P.click(target, "ListItem")]
            api = [("margins", {"preset": target})]
        else:
            tb, lr = (target, target) if difficulty == 2 else target
            inches = {"top": tb, "bottom": tb, "left": lr, "right": lr}
            if difficulty == 2:
                request = phrase(rng, _UNIFORM, split, value=f"{tb:g}")
                opener = [P.tab("Layout"), P.click("Margins"), P.menu_item("Custom Margins...")]
            else:
                request = phrase(rng, _MIXED, split, tb=f"{tb:g}", lr=f"{lr:g}")
                opener = _setup()
            ui = [*opener, *(P.type_into(f"{side.capitalize()}:", f'{inches[side]:g}"')
                             for side in _SIDES), P.click("OK")]
            api = [("margins", dict(inches))]
        goal = [("section", {"props": {"margins_in": inches}})]
        return self.task(split, difficulty, doc, request, goal, ui, api)


_COLUMNS = (
    "Lay the document out in {value} columns.",
    "Split the text into {value} columns.",
    "Change the layout to {value} columns.",
    "Please format the pages with {value} columns.",
    "Set the number of columns to {value}.",
    "I want the text in {value} columns like a newsletter.",
    "Could you put the document into {value} columns?",
    "Use a {value}-column layout.",
)
_ONE_COLUMN = (
    "Put the text back into a single column.",
    "Remove the columns: one column only.",
    "Change the layout to one column.",
    "Please go back to a single-column layout.",
    "Set the number of columns to 1.",
    "I want the text in one column again.",
    "Could you undo the columns and use just one?",
    "Use a one-column layout.",
)
_COUNTS = {1: "One", 2: "Two", 3: "Three"}
_WORDS = {1: "one", 2: "two", 3: "three"}


@register
class Columns(LayoutFamily):
    """Text columns."""

    id = "Columns"
    phrasing_sets = (_COLUMNS, _ONE_COLUMN)
    description = "Lay the text out in one, two or three columns with Layout → Columns."
    max_steps = 6
    difficulties = (1,)

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        current = doc.view().sections[0].columns
        return [n for n in _COUNTS if n != current]

    def variety(self, split: str, difficulty: int, target) -> int:
        if target == 1:
            return phrasings(_ONE_COLUMN, split)
        return 2 * phrasings(_COLUMNS, split)  # the count as a word or as a digit

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        if target == 1:
            request = phrase(rng, _ONE_COLUMN, split)
        else:
            request = phrase(rng, _COLUMNS, split, value=choose(rng, (_WORDS[target], str(target))))
        ui = [P.tab("Layout"), P.click("Columns"), P.click(_COUNTS[target], "ListItem")]
        goal = [("section", {"props": {"columns": target}})]
        return self.task(split, difficulty, doc, request, goal, ui,
                         [("columns", {"count": target})])


_PAGE_SIZE = (
    "Change the paper size to {value}.",
    "Set the page size to {value}.",
    "Make the pages {value} size.",
    "Please switch the document to {value} paper.",
    "Print layout should be {value}; change the page size.",
    "I need this on {value} paper.",
    "Could you change the page size to {value}?",
    "Use {value} as the paper size.",
)


def page_size_name(doc: CorpusDoc) -> str | None:
    """The Size gallery entry the document's page has, if any."""
    s = doc.view().sections[0]
    have = sorted((s.page_width_pt or 0, s.page_height_pt or 0))
    for name, spec in page_setup_data()["page_sizes"].items():
        want = sorted((spec["width"] / 20, spec["height"] / 20))
        if all(abs(a - b) < 1.5 for a, b in zip(have, want, strict=True)):
            return name
    return None


@register
class PageSize(LayoutFamily):
    """Paper size."""

    id = "PageSize"
    phrasing_sets = (_PAGE_SIZE,)
    description = "Change the paper size: Layout → Size (1) or the Page Setup dialog (2)."
    max_steps = 8
    difficulties = (1, 2)

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        current = page_size_name(doc)
        return [name for name in page_setup_data()["page_sizes"] if name != current]

    def variety(self, split: str, difficulty: int, target) -> int:
        return phrasings(_PAGE_SIZE, split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        request = phrase(rng, _PAGE_SIZE, split, value=target)
        if difficulty == 1:
            ui = [P.tab("Layout"), P.click("Size"), P.click(target, "ListItem")]
        else:
            ui = [*_setup(), P.click("Paper", "TabItem"), P.click("Paper size:", "ComboBox"),
                  P.click(target, "ListItem"), P.click("OK")]
        goal = [("section", {"props": {"page_size": target}})]
        return self.task(split, difficulty, doc, request, goal, ui,
                         [("page_size", {"size": target})])

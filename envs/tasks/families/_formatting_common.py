"""Shared machinery of the character and paragraph formatting families: targets, the table of
candidates a family samples from and counts, and the UI plan pieces they have in common."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from wordsim.session.shortcuts import shortcuts
from wordsim.ui import window_model

from .. import plans
from ..base import SPLITS, Task, TaskFamily
from ..corpus import CorpusDoc, body_paragraphs, corpus
from ..phrasing import choose, held_out, phrase

# Markers of the corpus builder's inline markup, and the run property each one sets.
MARKERS = {"**": "bold", "*": "italic", "__": "underline"}
_HEADING_PREFIXES = ("Heading", "Title", "Subtitle")


# ---------------------------------------------------------------------------- targets
@dataclass(frozen=True)
class Target:
    """What a task formats. Phrase targets: `text` is a phrase that occurs once in the document
    (case-insensitively, as Word's Find matches). Paragraph targets: `keys` holds one text per
    paragraph that occurs nowhere else (its opening words), and `text` is the first of them.
    `markup`: (start, end, marker) spans of the phrase that the starting document formats, so
    that a target can start out formatted or span several runs."""

    doc: CorpusDoc
    paras: tuple[int, ...]
    text: str
    place: str
    keys: tuple[str, ...] = ()
    markup: tuple[tuple[int, int, str], ...] = ()

    @property
    def is_phrase(self) -> bool:
        return not self.keys

    def document(self) -> str:
        """The builder spec of the starting document."""
        if not self.markup:
            return self.doc.spec
        return marked_spec(self.doc.spec, self.text, self.markup)


def place_of(doc: CorpusDoc, index: int) -> str:
    """Where paragraph `index` sits: "table", "list", "heading", "body" (an ordinary text
    paragraph) or "line" (a short plain line: an address line, a greeting, a signature)."""
    p = doc.view().paragraphs[index]
    if p.table is not None:
        return "table"
    if p.list is not None:
        return "list"
    style = p.style or "Normal"
    if style.startswith(_HEADING_PREFIXES):
        return "heading"
    if index in _body(doc):
        return "body"
    return "line" if style == "Normal" else "other"


@cache
def _body(doc: CorpusDoc) -> frozenset[int]:
    return frozenset(body_paragraphs(doc))


@cache
def whole_text(doc: CorpusDoc) -> str:
    """The document's paragraph texts, lower-cased and joined (for uniqueness tests)."""
    return "\n".join(doc.texts()).lower()


def is_unique(doc: CorpusDoc, text: str) -> bool:
    """`text` occurs exactly once in the document, ignoring case (Find's default)."""
    return bool(text.strip()) and whole_text(doc).count(text.lower()) == 1


def can_mark(spec: str, text: str) -> bool:
    """Inline markup can wrap parts of `text`: it occurs once in the spec, on a line that has
    no markup of its own (markup does not nest)."""
    if spec.count(text) != 1:
        return False
    start = spec.index(text)
    line_start = spec.rfind("\n", 0, start) + 1
    line_end = spec.find("\n", start)
    line = spec[line_start : len(spec) if line_end < 0 else line_end]
    return "*" not in line and "_" not in line


def marked_spec(spec: str, text: str, markup: Sequence[tuple[int, int, str]]) -> str:
    """`spec` with the spans of `text` wrapped in their markers."""
    at = spec.index(text)
    marked = text
    for start, end, marker in sorted(markup, reverse=True):
        marked = marked[:start] + marker + marked[start:end] + marker + marked[end:]
    return spec[:at] + marked + spec[at + len(text) :]


# ---------------------------------------------------------------------------- the family base
class FormattingFamily(TaskFamily):
    """A formatting family is a recipe: `targets` for a document and difficulty, the `options`
    (parameters) a target does not satisfy yet, and for a (target, option) the goal, the request
    words, the selection and the formatting steps. Sampling and counting live here, over one
    table of candidates, so `instance_count` counts exactly what `sample` can draw."""

    difficulties = (1, 2, 3)
    max_steps = 25
    templates: tuple[str, ...] = ()

    # ---- what a family provides
    def targets(self, doc: CorpusDoc, level: int) -> Sequence[Target]:
        raise NotImplementedError

    def options(self, target: Target) -> Sequence:
        raise NotImplementedError

    def goal(self, target: Target, option) -> tuple:
        raise NotImplementedError

    def words(self, target: Target, option) -> dict:
        """Values for the request template ({text}, {target}, {size} ...)."""
        raise NotImplementedError

    def phrasings(self, target: Target, option) -> Sequence[str]:
        """The request templates for this target and option (the split picks among them)."""
        return self.templates

    def phrasing_sets(self) -> tuple[Sequence[str], ...]:
        """Every template set `phrasings` can return."""
        return (self.templates,)

    def select_ui(self, rng: np.random.Generator, target: Target, level: int) -> list[dict]:
        raise NotImplementedError

    def select_api(self, target: Target) -> list[tuple[str, dict]]:
        raise NotImplementedError

    def paths(self, option) -> Sequence[Path]:
        """The ways a Word user applies `option` once the target is selected, each with the
        lowest difficulty that uses it."""
        raise NotImplementedError

    def apply_ui(self, rng: np.random.Generator, target: Target, option, level: int) -> list[dict]:
        return pick_path(rng, self.paths(option), level)

    def apply_api(self, target: Target, option) -> list[tuple[str, dict]]:
        raise NotImplementedError

    # ---- candidates
    def doc_candidates(self, doc: CorpusDoc, level: int) -> tuple:
        """((target, options), ...): the targets of `level` in `doc` with the options each
        does not already satisfy (targets without any left out). Read per document, when first
        asked for: a first sample reads only the documents it draws."""
        key = (self.id, doc.split, doc.name, level)
        hit = _CANDIDATES.get(key)
        if hit is None:
            cands = []
            for target in self.targets(doc, level):
                options = tuple(self.options(target))
                if options:
                    cands.append((target, options))
            hit = _CANDIDATES[key] = tuple(cands)
        return hit

    def candidates(self, split: str, level: int) -> tuple:
        """((document, ((target, options), ...)), ...): every document of the split that has
        candidates of `level` (see `doc_candidates`)."""
        return tuple((doc, cands) for doc in corpus(split)
                     if (cands := self.doc_candidates(doc, level)))

    def _draw(self, rng: np.random.Generator, split: str, level: int) -> tuple[int, tuple]:
        """(level, candidates of a document) for a sample: a document drawn uniformly among
        those with candidates of `level`, or of the nearest level that has any in this split.
        Documents are drawn until one has candidates, so only the drawn ones are read (the
        same draw as choosing from the table of documents with candidates when all have)."""
        docs = corpus(split)
        for lv in sorted(self.difficulties, key=lambda d: (abs(d - level), d)):
            empty: set[int] = set()
            while len(empty) < len(docs):
                k = int(rng.integers(len(docs)))
                cands = self.doc_candidates(docs[k], lv)
                if cands:
                    return lv, cands
                empty.add(k)
        raise ValueError(f"{self.id}: no document of split {split!r} has a target")

    # ---- the TaskFamily interface
    def sample(self, rng: np.random.Generator, split: str = "train",
               difficulty: int | None = None) -> Task:
        if split not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
        level = int(choose(rng, self.difficulties)) if difficulty is None else int(difficulty)
        if level not in self.difficulties:
            raise ValueError(f"{self.id}: difficulty must be one of {self.difficulties}")
        level, cands = self._draw(rng, split, level)
        return self._task(rng, split, level, cands)

    def sample_on(self, rng: np.random.Generator, split: str, difficulty: int,
                  doc: CorpusDoc) -> Task | None:
        """A task of `difficulty` on corpus document `doc` (None when it has no target there,
        or when `doc` is not a document of the split's corpus)."""
        if _by_name(split).get(doc.name) != doc:
            return None
        cands = self.doc_candidates(doc, difficulty)
        return self._task(rng, split, difficulty, cands) if cands else None

    def _task(self, rng: np.random.Generator, split: str, level: int, cands: tuple) -> Task:
        """A task drawn among a document's candidates."""
        target, options = choose(rng, cands)
        option = choose(rng, options)
        request = phrase(rng, self.phrasings(target, option), split, **self.words(target, option))
        ui = plans.numbered([*self.select_ui(rng, target, level),
                             *self.apply_ui(rng, target, option, level)])
        api = tuple(self.select_api(target)) + tuple(self.apply_api(target, option))
        goal = self.goal(target, option)
        document = target.document()
        digest = hashlib.sha1(json.dumps([request, document, goal], sort_keys=True,
                                         default=str).encode()).hexdigest()[:12]
        return Task(family=self.id, request=request, document=document, goal=goal, ui_plan=ui,
                    api_plan=api, difficulty=level, split=split,
                    uid=f"{self.id}-{split}-{target.doc.name}-{digest}")

    def instance_count(self) -> int:
        """Documents × targets × options × the split's phrasings, over both splits and every
        difficulty (targets of different difficulties never coincide)."""
        total = 0
        for split in SPLITS:
            for level in self.difficulties:
                for _doc, cands in self.candidates(split, level):
                    for target, options in cands:
                        total += sum(len(held_out(self.phrasings(target, o), split))
                                     for o in options)
        return total


_CANDIDATES: dict[tuple[str, str, str, int], tuple] = {}


@cache
def _by_name(split: str) -> dict[str, CorpusDoc]:
    return {doc.name: doc for doc in corpus(split)}


# ---------------------------------------------------------------------------- UI pieces
@dataclass(frozen=True)
class Path:
    """One way to do something in the window; `level` is the lowest difficulty that uses it."""

    level: int
    steps: tuple[dict, ...]


def pick_path(rng: np.random.Generator, paths: Sequence[Path], level: int) -> list[dict]:
    """A path of at most `level` (else the easiest there is), chosen with `rng`."""
    fit = [p for p in paths if p.level <= level] or [min(paths, key=lambda p: p.level)]
    return list(choose(rng, fit).steps)


def find_steps(phrase_: str, opener: dict) -> tuple[dict, ...]:
    """Select `phrase_` with the Find dialog (opened by `opener`), then close the dialog."""
    return (opener, plans.type_into("Find what:", phrase_), plans.click("Find Next"),
            plans.click("Cancel"))


def select_phrase_ui(rng: np.random.Generator, text: str, level: int) -> list[dict]:
    """select_text, or (harder) the Find dialog from the ribbon or from Ctrl+F."""
    return pick_path(rng, (
        Path(1, (plans.select_text(text),)),
        Path(2, find_steps(text, plans.click("Find"))),
        Path(3, find_steps(text, plans.keys("^f", "Open Find with Ctrl+F"))),
    ), level)


def combo_steps(name: str, value: str) -> tuple[dict, ...]:
    """Click a ribbon box, type a value, press Enter (the Font and Font Size boxes)."""
    return (plans.click(name, "ComboBox"), plans.type_into(name, value, "ComboBox"),
            plans.keys("{ENTER}", "Press Enter"))


def edit_steps(name: str, value: str) -> tuple[dict, ...]:
    """Type into a ribbon edit box and press Enter (Layout: Indent Left, Spacing Before ...)."""
    return (plans.type_into(name, value), plans.keys("{ENTER}", "Press Enter"))


def popup_items(popup_id: str) -> tuple[tuple[str, str, dict], ...]:
    """(name, control type, behaviour) of a menu's or gallery's items, from the UI data."""
    return tuple((c.name, c.control_type, dict(c.behaviour))
                 for c in window_model().popups[popup_id].items)


def command_items(popup_id: str, command: str) -> dict[str, tuple[str, dict]]:
    """The items of a popup that run `command`: item name -> (control type, args)."""
    return {name: (ctype, dict(b.get("args", {})))
            for name, ctype, b in popup_items(popup_id) if b.get("command") == command}


@cache
def dropdown_point(button: str, tab: str = "home") -> tuple[float, float]:
    """The window point (fractions, as click_on_coordinates takes them) of the drop-down arrow
    beside ribbon button `button`. Every such arrow is named "More Options", so an arrow that
    is not the first on the tab cannot be reached by its name: a user clicks where it is."""
    model = window_model()
    leaves = model.tabs[tab].leaves
    for i, c in enumerate(leaves[:-1]):
        if c.name == button and leaves[i + 1].id.endswith(".dropdown"):
            x, y = leaves[i + 1].center
            return round(x / model.width, 4), round(y / model.height, 4)
    raise ValueError(f"no drop-down arrow beside {button!r} on the {tab} tab")


def dropdown_steps(button: str, item: str, item_type: str) -> tuple[dict, ...]:
    x, y = dropdown_point(button)
    return (plans.step(f"Click the arrow beside {button}", "click_on_coordinates",
                       {"x": x, "y": y, "button": "left", "double": False}),
            plans.click(item, item_type, f"Choose {item}"))


@cache
def _chords() -> tuple[tuple[str, str, tuple], ...]:
    return tuple((chord, b["command"], tuple(sorted(b.get("args", {}).items())))
                 for chord, b in shortcuts().items() if "command" in b)


def shortcut(command: str, **args) -> str | None:
    """Word's shortcut ("Ctrl+Alt+1") for `command` with (at least) `args`, from the shortcut
    data; None when Word has none."""
    for chord, cmd, cargs in _chords():
        if cmd == command and set(args.items()) <= set(cargs):
            return chord
    return None


def keys_of(chord: str) -> str:
    """A chord of the shortcut data ("Ctrl+Shift+L") in pywinauto key syntax ("^+l")."""
    parts = chord.split("+")
    if chord.endswith("++"):  # "Ctrl++": the key itself is "+"
        parts = [*chord[:-2].split("+"), "+"]
    *mods, key = parts
    prefix = "".join({"Ctrl": "^", "Shift": "+", "Alt": "%"}[m] for m in mods)
    if key == "+":
        key = "{+}"
    elif len(key) == 1:
        key = key.lower()
    else:
        key = "{" + key.upper() + "}"
    return prefix + key


def shortcut_path(level: int, command: str, **args) -> list[Path]:
    """A one-step keyboard path for `command`, when Word has a shortcut for it."""
    chord = shortcut(command, **args)
    return [] if chord is None else [Path(level, (plans.keys(keys_of(chord), f"Press {chord}"),))]


def quoted(text: str) -> str:
    return f'"{text}"'

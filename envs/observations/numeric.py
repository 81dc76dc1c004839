"""The numeric observation: a single-level Dict of arrays that SB3's MultiInputPolicy takes —
"controls" (one row per listed control), "document" (one row per paragraph), "words" (one row
per word of the word window), "task" (family, checks, goal parameters) and "action_mask".

Every piece is rebuilt only when what it shows changed (the control view, the document view, the
selection), and every step hands out fresh copies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

import numpy as np
from gymnasium import spaces

from envs.actions_discrete import catalogue
from envs.spaces import (
    HASH_DIMS,
    MAX_CONTROLS,
    MAX_PARAGRAPHS,
    MAX_TEXT_ARGS,
    MAX_WORDS,
    numeric_observation_space,
)
from wordsim.ui import UIContext, window_model
from wordsim.ui.screen import same

from .canvas import page_size_name
from .features import (
    PARAGRAPH_FEATURES,
    WORD_FEATURES,
    P,
    W,
    hashed,
    paragraph_position,
    paragraph_row,
    word_rows,
)
from .state import Episode

CONTROL_TYPES = tuple(sorted(window_model().ufo_types))
CONTROL_FEATURES = (
    "listed", *(f"type={t}" for t in CONTROL_TYPES), "pressed", "selected", "value", "focused",
    "popup", "dialog", *(f"token#{k}" for k in range(HASH_DIMS)),
    *(f"name#{k}" for k in range(HASH_DIMS)),
)
C = {name: i for i, name in enumerate(CONTROL_FEATURES)}
_PRESSED, _SELECTED = C["pressed"], C["selected"]
_ID = attrgetter("id")
_STATEFUL = ("pressed_from", "pressed_when", "set")
_CONTEXT_FIELDS = frozenset(UIContext.__dataclass_fields__) - {"values", "pressed"}
_TOKEN = re.compile(r"[a-z0-9]+")
_MEMO_LIMIT = 8192


def task_features(families: Sequence[str], checkers: Sequence[str]) -> tuple[str, ...]:
    return (*(f"family={f}" for f in families), *(f"check={c}" for c in checkers),
            "goals", "difficulty", "text_args", "targets",
            *(f"param#{k}" for k in range(2 * HASH_DIMS)))


class NumericObserver:
    """Builds numeric observations for an env whose suite holds `families`."""

    def __init__(self, families: Sequence[str], checkers: Sequence[str]):
        self.families = tuple(families)
        self.checkers = tuple(checkers)
        self.task_names = task_features(self.families, self.checkers)
        self._task_index = {n: i for i, n in enumerate(self.task_names)}
        self.catalogue = catalogue()
        self.space: spaces.Dict = numeric_observation_space(
            len(CONTROL_FEATURES), len(PARAGRAPH_FEATURES), len(WORD_FEATURES),
            len(self.task_names), self.catalogue.n)
        self._control_rows: dict = {}
        self._views: dict = {}  # id(ControlView) -> (view, static rows, stateful controls)
        self._structures: dict = {}  # control ids listed -> (static rows, stateful controls)
        self._model = window_model()

    # ------------------------------------------------------------------ one step
    def observe(self, ep: Episode) -> dict[str, np.ndarray]:
        return {
            "controls": self._controls(ep),
            "document": self._document(ep),
            "words": self._words(ep),
            "task": self._task(ep).copy(),
            "action_mask": self.catalogue.mask(ep),
        }

    # ------------------------------------------------------------------ controls
    def _controls(self, ep: Episode) -> np.ndarray:
        session = ep.session
        view = session.controls()
        built = self._views.get(id(view))
        if built is None or built[0] is not view:  # control views are shared and reused
            if len(self._views) > _MEMO_LIMIT // 16:
                self._views.clear()
            built = self._views[id(view)] = (view, *self._control_base(view))
        _, base, stateful = built
        memo, ui = ep.memo, session.ui
        context, focus = session.context(), ui.focus
        key = memo.get("controls_key")  # compared by identity: a UIContext computes lazily
        if key is None or key[0] is not view or key[1] is not context or key[2] != focus:
            out = base.copy()
            if stateful:
                toggles = _toggles(ep)
                for j, c in stateful:
                    out[j, _PRESSED], out[j, _SELECTED] = _state(c, ui, context, ep, toggles)
            label = view.label_of(focus) if focus else None
            if label is not None and int(label) <= MAX_CONTROLS:
                out[int(label) - 1, C["focused"]] = 1
            memo["controls_key"], memo["controls"] = (view, context, focus), out
        return memo["controls"].copy()

    def _control_base(self, view) -> tuple:
        """(static rows, [(row, control) with a pressed or selected state]) of a view, shared by
        views that list the same controls (the status bar's names change as the agent types)."""
        labelled = view.labelled[:MAX_CONTROLS]
        key = tuple(map(_ID, labelled))
        hit = self._structures.get(key)
        if hit is not None:
            return hit
        if len(self._structures) > _MEMO_LIMIT // 16:
            self._structures.clear()
        base = np.zeros((MAX_CONTROLS, len(CONTROL_FEATURES)), dtype=np.float32)
        if labelled:
            base[: len(labelled)] = np.stack([self._control_row(c) for c in labelled])
        stateful = [(j, c) for j, c in enumerate(labelled)
                    if any(k in c.behaviour for k in _STATEFUL)]
        hit = self._structures[key] = (base, stateful)
        return hit

    def _control_row(self, c) -> np.ndarray:
        key = c.id
        row = self._control_rows.get(key)
        if row is None:
            row = np.zeros(len(CONTROL_FEATURES), dtype=np.float32)
            row[C["listed"]] = 1
            row[C[f"type={c.control_type}"]] = 1
            row[C["popup"]] = c.layer in self._model.popups
            row[C["dialog"]] = c.layer in self._model.dialogs
            b = c.behaviour
            row[C["value"]] = "value_from" in b or ("dialog_field" in b and "set" not in b)
            first = C["token#0"]
            name = c.id if "name_from" in b else c.name.lower()
            row[first : first + HASH_DIMS] = hashed(_TOKEN.findall(name))
            first = C["name#0"]  # a name that follows the document ("Page 2 of 5"): its id
            row[first : first + HASH_DIMS] = hashed([c.id if "name_from" in b else c.name])
            if len(self._control_rows) > _MEMO_LIMIT:
                self._control_rows.clear()
            self._control_rows[key] = row
        return row

    # ------------------------------------------------------------------ paragraphs
    def _document(self, ep: Episode) -> np.ndarray:
        memo, view = ep.memo, ep.view
        if memo.get("document_view") is not view or memo.get("document_targets") != ep.targets:
            rows = ep.entry.rows["paragraph"]
            baseline = ep.entry.canvas.baseline
            base = np.zeros((MAX_PARAGRAPHS, len(PARAGRAPH_FEATURES)), dtype=np.float32)
            for i, p in enumerate(view.paragraphs[:MAX_PARAGRAPHS]):
                row = rows.get(p)
                if row is None:
                    if len(rows) > _MEMO_LIMIT:
                        rows.clear()
                    row = rows[p] = paragraph_row(p, baseline.look(p.style))
                base[i] = row
                if ep.targets and any(t in p.text for t in ep.targets):
                    base[i, P["target"]] = 1
            memo["document_view"], memo["document_base"], memo["document_sel"] = view, base, None
            memo["document_targets"] = ep.targets
        sel = ep.doc.selection
        if memo.get("document_sel") != sel:
            out = memo["document_base"].copy()
            if sel.collapsed:
                if sel.start.para < MAX_PARAGRAPHS:
                    out[sel.start.para, P["caret"]] = 1
            else:
                for i, s, e in ep.doc.selected_spans():
                    if i < MAX_PARAGRAPHS:
                        length = len(ep.words.texts[i]) if i < len(ep.words.texts) else 0
                        out[i, P["selected"]] = (e - s) / length if length else 1.0
            memo["document_sel"], memo["document"] = sel, out
        return memo["document"].copy()

    # ------------------------------------------------------------------ words
    def _words(self, ep: Episode) -> np.ndarray:
        memo, view, words = ep.memo, ep.view, ep.words
        if memo.get("words_view") is not view or memo.get("words_task") != (ep.window, ep.targets):
            rows = ep.entry.rows["word"]
            baseline = ep.entry.canvas.baseline
            base = np.zeros((MAX_WORDS, len(WORD_FEATURES)), dtype=np.float32)
            stop = min(len(words), ep.window + MAX_WORDS)
            targets = words.target_words(ep.targets) if ep.targets else set()
            w = ep.window
            while w < stop:
                para = words.words[w][0]
                p = view.paragraphs[para]
                block = rows.get(p)
                if block is None:
                    if len(rows) > _MEMO_LIMIT:
                        rows.clear()
                    block = rows[p] = word_rows(p, baseline.look(p.style))
                k0 = w - words.first_word[para]
                take = min(len(block) - k0, stop - w)
                at = w - ep.window
                base[at : at + take] = block[k0 : k0 + take]
                base[at : at + take, W["paragraph"]] = paragraph_position(para)
                w += take
            for t in targets:
                if ep.window <= t < stop:
                    base[t - ep.window, W["target"]] = 1
            starts, ends = _positions(words)
            spans = (starts[ep.window : stop], ends[ep.window : stop])
            memo["words_view"], memo["words_base"], memo["words_sel"] = view, base, None
            memo["words_spans"], memo["words_task"] = spans, (ep.window, ep.targets)
        sel = ep.doc.selection
        if memo.get("words_sel") != sel:
            out = memo["words_base"].copy()
            starts, ends = memo["words_spans"]
            lo, hi = _key(*sel.start), _key(*sel.end)
            if sel.collapsed:
                out[: len(starts), W["caret"]] = (starts <= lo) & (lo <= ends)
            else:
                inside = (lo <= starts) & (ends <= hi)
                out[: len(starts), W["selected"]] = inside
                out[: len(starts), W["partly_selected"]] = ~inside & (starts < hi) & (lo < ends)
            memo["words_sel"], memo["words"] = sel, out
        return memo["words"].copy()

    # ------------------------------------------------------------------ task
    def _task(self, ep: Episode) -> np.ndarray:
        hit = ep.memo.get("task")
        if hit is not None:
            return hit
        names = self._task_index
        out = np.zeros(len(self.task_names), dtype=np.float32)
        task = ep.task
        if f"family={task.family}" in names:
            out[names[f"family={task.family}"]] = 1
        tokens = []
        for name, params in task.goal:
            if f"check={name}" in names:
                out[names[f"check={name}"]] = 1
            tokens.append(name)
            tokens.extend(_param_tokens(params))
        out[names["goals"]] = min(1.0, len(task.goal) / 4)
        out[names["difficulty"]] = min(1.0, task.difficulty / 5)
        out[names["text_args"]] = len(ep.text_args) / MAX_TEXT_ARGS
        out[names["targets"]] = min(1.0, len(ep.targets) / 4)
        first = names["param#0"]
        out[first : first + 2 * HASH_DIMS] = hashed(tokens, 2 * HASH_DIMS)
        ep.memo["task"] = out
        return out


def _state(c, ui, context, ep: Episode, toggles: dict) -> tuple[bool, bool]:
    """(pressed, selected) of a control, as `wordsim.ui.screen.control_state` has them, but
    read from the live view where the window would compute them again (formatting at the
    selection, page setup)."""
    b = c.behaviour
    pressed = bool(toggles.get(b["pressed_from"], False)) if "pressed_from" in b else False
    selected = False
    if "pressed_when" in b:
        selected = all(same(_lookup(context, k, ep), v) for k, v in b["pressed_when"].items())
    elif "set" in b and "dialog_field" in b and c.layer == ui.dialog:
        selected = same(ui.fields.get(b["dialog_field"]), ui.shown(b["dialog_field"], b["set"]))
    return pressed, selected


def _toggles(ep: Episode) -> dict[str, bool]:
    """What the toggle buttons show (wordsim.session.facts' `pressed` keys): the formatting of
    the character after the selection's start, the paragraph's alignment and list kind."""
    para, offset = ep.doc.selection.start
    if para >= len(ep.view.paragraphs):
        return {}
    p = ep.view.paragraphs[para]
    run, at = None, 0
    for r in p.runs:
        if at <= offset < at + len(r.text):
            run = r
            break
        at += len(r.text)
        run = r  # at the paragraph's end: the last run
    kind = p.list.kind if p.list is not None else None
    out = {"align_left": p.alignment == "left", "align_center": p.alignment == "center",
           "align_right": p.alignment == "right", "justify": p.alignment == "justify",
           "bullets": kind == "bullet", "numbering": kind == "number", "print_layout": True}
    if run is not None:
        out.update(bold=run.bold, italic=run.italic, underline=run.underline is not None,
                   strikethrough=run.strike, subscript=run.subscript,
                   superscript=run.superscript)
    return out


def _lookup(context, key: str, ep: Episode):
    if key in _CONTEXT_FIELDS:
        return getattr(context, key)
    section = ep.view.sections[0] if ep.view.sections else None
    if section is None:
        return None
    if key == "orientation":
        return section.orientation
    if key == "page_size":
        return page_size_name(section.page_width_pt, section.page_height_pt)
    return None  # other dialog defaults: not shown as selected


def _key(para: int, offset: int) -> int:
    """A document position as one orderable integer."""
    return (para << 32) | offset


def _positions(words) -> tuple[np.ndarray, np.ndarray]:
    """Start and end positions (`_key`) of every word, computed once per text."""
    hit = words.memo.get("positions")
    if hit is None:
        spans = np.array(words.words, dtype=np.int64).reshape(-1, 3)
        hit = words.memo["positions"] = ((spans[:, 0] << 32) | spans[:, 1],
                                         (spans[:, 0] << 32) | spans[:, 2])
    return hit


def _param_tokens(params, prefix: str = "") -> list[str]:
    """"key=value" tokens of a goal's parameters (nested dicts flattened); texts are left out
    (they are marked in the document and word rows instead)."""
    out = []
    for key, value in params.items():
        if isinstance(value, dict):
            out.extend(_param_tokens(value, f"{prefix}{key}."))
        elif isinstance(value, (bool, int, float)) or value is None:
            out.append(f"{prefix}{key}={value}")
        elif isinstance(value, str) and len(value) <= 24 and key not in ("text", "contains",
                                                                       "anchor", "before"):
            out.append(f"{prefix}{key}={value.lower()}")
        else:
            out.append(f"{prefix}{key}")
    return out

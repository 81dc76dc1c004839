"""The numeric observation: a single-level Dict of arrays that SB3's MultiInputPolicy takes —
"controls" (one row per listed control), "document" (one row per paragraph), "words" (one row
per word of the word window), "task" (family, checks, goal parameters) and "action_mask".

Every piece is rebuilt only when what it shows changed (the control view, the document view, the
selection), and every step hands out fresh copies."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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
_CHARACTER_TOGGLES = ("bold", "italic", "underline", "strikethrough", "subscript", "superscript")


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
        self._views: dict = {}  # id(ControlView) -> (view, *its structure's entry)
        self._structures: dict = {}  # control ids listed -> (number, static rows, stateful ...)
        self._serial = 0
        self._shown: dict = {}  # what the control rows show -> the rows (see `_controls`)
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
        memo, ui = ep.memo, session.ui
        context, focus = session.context(), ui.focus
        key = memo.get("controls_key")  # compared by identity: a UIContext computes lazily
        if key is None or key[0] is not view or key[1] is not context or key[2] != focus:
            built = self._views.get(id(view))
            if built is None or built[0] is not view:  # control views are shared and reused
                if len(self._views) > _MEMO_LIMIT // 16:
                    self._views.clear()
                built = self._views[id(view)] = (view, *self._control_base(view))
            _, serial, base, stateful, keys = built
            # what the rows show: the controls listed, the focus and what the stateful
            # controls read (the same few combinations come back again and again)
            shown: tuple = (serial, focus)
            values: tuple = ()
            if stateful:
                dialog, values = ui.dialog, tuple([_lookup(context, k, ep) for k in keys])
                shown += (_toggles(ep), values, dialog,
                          tuple(ui.fields.items()) if dialog is not None else ())
            rows = self._shown.get(shown)
            if rows is None:
                if len(self._shown) > _MEMO_LIMIT // 2:
                    self._shown.clear()
                values_by_key = dict(zip(keys, values, strict=True))
                rows = self._shown[shown] = self._rows(ep, view, base, stateful, values_by_key,
                                                       focus)
            memo["controls_key"], memo["controls"] = (view, context, focus), rows
        return memo["controls"].copy()

    def _rows(self, ep: Episode, view, base: np.ndarray, stateful: list, values: dict,
              focus) -> np.ndarray:
        """The rows of `view` with the states of its stateful controls, which read the
        context `values` by key (as `_controls` looked them up) and the toggles."""
        out = base.copy()
        if stateful:
            ui, toggles = ep.session.ui, dict(_toggles(ep))
            for j, c in stateful:
                out[j, _PRESSED], out[j, _SELECTED] = _state(c, ui, values, toggles)
        label = view.label_of(focus) if focus else None
        if label is not None and int(label) <= MAX_CONTROLS:
            out[int(label) - 1, C["focused"]] = 1
        out.flags.writeable = False  # shared between steps: handed out as copies
        return out

    def _control_base(self, view) -> tuple:
        """(a number naming the structure, static rows, [(row, control) with a pressed or
        selected state], the context keys their `pressed_when` reads) of a view, shared by
        views that list the same controls (the status bar's names change as the agent types)."""
        labelled = view.labelled[:MAX_CONTROLS]
        key = tuple(map(_ID, labelled))
        hit = self._structures.get(key)
        if hit is not None:
            return hit
        if len(self._structures) > _MEMO_LIMIT // 16:
            self._structures.clear()
            self._shown.clear()  # keyed by structure numbers
        base = np.zeros((MAX_CONTROLS, len(CONTROL_FEATURES)), dtype=np.float32)
        made = [self._control_row(c) for c in labelled]
        if made:
            base[: len(made)] = np.stack([row for row, _ in made])
        stateful = [(j, c) for j, (c, (_, has_state)) in enumerate(zip(labelled, made, strict=True))
                    if has_state]
        keys = tuple(sorted({k for _, c in stateful for k in c.behaviour.get("pressed_when", ())}))
        self._serial += 1
        hit = self._structures[key] = (self._serial, base, stateful, keys)
        return hit

    def _control_row(self, c) -> tuple[np.ndarray, bool]:
        """(the static row of control `c`, whether it shows a pressed or selected state)."""
        key = c.id
        hit = self._control_rows.get(key)
        if hit is None:
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
            hit = self._control_rows[key] = (row, any(k in b for k in _STATEFUL))
        return hit

    # ------------------------------------------------------------------ paragraphs
    def _document(self, ep: Episode) -> np.ndarray:
        memo, view = ep.memo, ep.view
        if memo.get("document_view") is not view or memo.get("document_targets") != ep.targets:
            rows, baseline = ep.entry.rows["paragraph"], ep.entry.canvas.baseline
            records = view.paragraphs[:MAX_PARAGRAPHS]
            last = memo.get("document_records")
            targets, column = ep.targets, P["target"]
            if last is not None and len(last) == len(records) \
                    and memo.get("document_targets") == targets:
                # the same paragraphs: new rows only for the records the edits replaced
                base = memo["document_base"].copy()
                for i, p in enumerate(records):
                    if p is not last[i]:
                        base[i] = rows.get(p, baseline)
                        base[i, column] = bool(targets) and any(t in p.text for t in targets)
            else:
                base = np.zeros((MAX_PARAGRAPHS, len(PARAGRAPH_FEATURES)), dtype=np.float32)
                if records:
                    base[: len(records)] = np.stack([rows.get(p, baseline) for p in records])
                for i, p in enumerate(records if targets else ()):
                    base[i, column] = any(t in p.text for t in targets)
            memo["document_view"], memo["document_base"], memo["document_sel"] = view, base, None
            memo["document_targets"], memo["document_records"] = ep.targets, records
        sel = ep.doc.selection
        if memo.get("document_sel") != sel:
            out = memo["document_base"].copy()
            (first, start), (last, end) = sel.start, sel.end
            if sel.collapsed:
                if first < MAX_PARAGRAPHS:
                    out[first, P["caret"]] = 1
            else:  # the part of each paragraph selected, from the texts the words index holds
                texts, column = ep.words.texts, P["selected"]

                def part(i: int, s: int, e: int | None) -> float:
                    length = len(texts[i]) if i < len(texts) else 0
                    return ((length if e is None else e) - s) / length if length else 1.0

                if first < MAX_PARAGRAPHS:
                    out[first, column] = part(first, start, end if first == last else None)
                out[first + 1 : min(last, MAX_PARAGRAPHS), column] = 1.0  # wholly selected
                if first < last < MAX_PARAGRAPHS:
                    out[last, column] = part(last, 0, end)
            memo["document_sel"], memo["document"] = sel, out
        return memo["document"].copy()

    # ------------------------------------------------------------------ words
    def _words(self, ep: Episode) -> np.ndarray:
        memo, view, words = ep.memo, ep.view, ep.words
        task = (ep.window, ep.targets)
        if memo.get("words_view") is not view or memo.get("words_task") != task:
            parts, spans, targets = _word_layout(ep)
            rows, baseline = ep.entry.rows["word"], ep.entry.canvas.baseline
            records = tuple(view.paragraphs[para] for para, _, _, _ in parts)
            column = W["paragraph"]
            if memo.get("words_texts") is words.texts and memo.get("words_task") == task:
                # the same words: new rows only for the paragraphs the edits replaced
                base, last = memo["words_base"].copy(), memo["words_records"]
                for (para, at, k0, take), p, old in zip(parts, records, last, strict=True):
                    if p is not old:
                        base[at : at + take] = rows.get(p, baseline)[k0 : k0 + take]
                        base[at : at + take, column] = paragraph_position(para)
            else:
                base = np.zeros((MAX_WORDS, len(WORD_FEATURES)), dtype=np.float32)
                if parts:
                    blocks = [rows.get(p, baseline)[k0 : k0 + take]
                              for (_, _, k0, take), p in zip(parts, records, strict=True)]
                    total = parts[-1][1] + parts[-1][3]
                    base[:total] = np.concatenate(blocks)
                    base[:total, column] = np.repeat(
                        [paragraph_position(para) for para, _, _, _ in parts],
                        [take for _, _, _, take in parts])
            base[targets, W["target"]] = 1
            memo["words_view"], memo["words_base"], memo["words_sel"] = view, base, None
            memo["words_spans"], memo["words_task"] = spans, task
            memo["words_texts"], memo["words_records"] = words.texts, records
        sel = ep.doc.selection
        if memo.get("words_sel") != sel:
            out = memo["words_base"].copy()
            starts, ends = memo["words_spans"]  # sorted, as words do not overlap
            lo, hi = _key(*sel.start), _key(*sel.end)
            if sel.collapsed:  # the words with start <= lo <= end
                first = bisect_left(ends, lo)
                out[first : bisect_right(starts, lo, first), W["caret"]] = 1
            else:  # inside: lo <= start and end <= hi; partly: the others overlapping (lo, hi)
                a, b = bisect_left(starts, lo), bisect_right(ends, hi)
                c, d = bisect_right(ends, lo), bisect_left(starts, hi)
                out[a:b, W["selected"]] = 1
                out[c : max(c, min(a, d)), W["partly_selected"]] = 1
                out[max(b, c) : d, W["partly_selected"]] = 1
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


def _state(c, ui, values: dict, toggles: dict) -> tuple[bool, bool]:
    """(pressed, selected) of a control, as `wordsim.ui.screen.control_state` has them, but
    read from the live view where the window would compute them again (formatting at the
    selection, page setup): `values` holds what `_lookup` gives for its `pressed_when` keys."""
    b = c.behaviour
    pressed = bool(toggles.get(b["pressed_from"], False)) if "pressed_from" in b else False
    selected = False
    if "pressed_when" in b:
        selected = all(same(values[k], v) for k, v in b["pressed_when"].items())
    elif "set" in b and "dialog_field" in b and c.layer == ui.dialog:
        selected = same(ui.fields.get(b["dialog_field"]), ui.shown(b["dialog_field"], b["set"]))
    return pressed, selected


def _toggles(ep: Episode) -> tuple:
    """What the toggle buttons show (wordsim.session.facts' `pressed` keys), as (key, value)
    pairs, read from the live view as the window reads the document: the focus paragraph's
    alignment and list kind; at a caret, the formatting of the run holding the character after
    it; over a selection, a toggle is pressed only when all the selected text has it. The
    window's own values where it reads elsewhere (formatting pending at a caret, a paragraph
    mark). Kept per view and selection."""
    doc = ep.doc
    sel = doc.selection
    pending = doc.pending_rpr if sel.collapsed else None  # a new element each time it is set
    hit = ep.memo.get("toggles")
    if hit is not None and hit[0] is ep.view and hit[1] == sel and hit[3] is pending:
        return hit[2]
    paragraphs = ep.view.paragraphs
    out: tuple = ()
    if sel.focus.para < len(paragraphs):
        p = paragraphs[sel.focus.para]
        kind = p.list.kind if p.list is not None else None
        out = (("align_left", p.alignment == "left"), ("align_center", p.alignment == "center"),
               ("align_right", p.alignment == "right"), ("justify", p.alignment == "justify"),
               ("bullets", kind == "bullet"), ("numbering", kind == "number"),
               ("print_layout", True))
        runs = [] if pending is not None else _runs_shown(paragraphs, sel)
        if runs:
            out += (("bold", all(r.bold for r in runs)), ("italic", all(r.italic for r in runs)),
                    ("underline", runs[0].underline is not None
                     and all(r.underline == runs[0].underline for r in runs)),
                    ("strikethrough", all(r.strike for r in runs)),
                    ("subscript", all(r.subscript for r in runs)),
                    ("superscript", all(r.superscript for r in runs)))
        else:  # the window shows the pending formatting or a paragraph mark's: ask it
            pressed = ep.session.context().pressed
            out += tuple([(k, bool(pressed.get(k, False))) for k in _CHARACTER_TOGGLES])
    ep.memo["toggles"] = (ep.view, sel, out, pending)
    return out


def _runs_shown(paragraphs, sel) -> list:
    """The view's runs whose formatting the toggles show: at a caret the run holding the
    character after it (the last one at the paragraph's end), else every run holding
    selected text; empty when there is none (a paragraph mark)."""
    (first, start), (last, end) = sel.start, sel.end
    if sel.collapsed:
        shown, at = None, 0
        for r in paragraphs[first].runs:
            if r.text:
                if at <= start < at + len(r.text):
                    return [r]
                shown = r
            at += len(r.text)
        return [shown] if shown is not None else []
    out = []
    for i in range(first, min(last, len(paragraphs) - 1) + 1):
        lo, hi, at = start if i == first else 0, end if i == last else None, 0
        for r in paragraphs[i].runs:
            stop = at + len(r.text)
            if stop > at and (hi is None or at < hi) and stop > lo:
                out.append(r)
            at = stop
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


def _word_layout(ep: Episode) -> tuple:
    """Where the word window's words come from, computed once per texts, window and targets:
    ((paragraph, first row, its first word in the window, words), ...), the words' start and
    end positions (`_key`), and the rows of words a target overlaps."""
    words = ep.words
    key = ("layout", ep.window, ep.targets)
    hit = words.memo.get(key)  # the index drops its memo when a text changes
    if hit is None:
        stop = min(len(words), ep.window + MAX_WORDS)
        firsts, parts, w = words.first_word, [], ep.window
        while w < stop:
            para = words.words[w][0]
            end = firsts[para + 1] if para + 1 < len(firsts) else len(words)
            take = min(end, stop) - w
            parts.append((para, w - ep.window, w - firsts[para], take))
            w += take
        starts, ends = (a[ep.window : stop].tolist() for a in _positions(words))
        targets = sorted(t - ep.window for t in words.target_words(ep.targets)
                         if ep.window <= t < stop) if ep.targets else []
        hit = words.memo[key] = (tuple(parts), (starts, ends), np.array(targets, dtype=np.intp))
    return hit


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

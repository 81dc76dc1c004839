"""The numeric action catalogue: each Discrete index is one concrete UFO action, the list derived
from the window's data (shortcuts.json) and the sizes in envs.spaces, never hand-counted.

Kinds, in index order: click control slot i (label i+1 of the current list); each of Word's
shortcuts; select paragraph k; select word j of the word window; extend the selection's end to
word j; move the selection's start to word j; type text argument m of the task into the focused
control; select target m of the task (the texts its goal is about, as the document and word rows
mark them: the way to point at them without finding their row); FINISH; FAIL. Selections go through UFO's `select_text` (first occurrence), so a word
action is valid only where that lands exactly (see envs.observations.words). `mask(episode)`
gives the valid indices; an invalid index still steps harmlessly, with an error message."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from operator import attrgetter

import numpy as np

from envs.spaces import MAX_CONTROLS, MAX_PARAGRAPHS, MAX_TARGETS, MAX_TEXT_ARGS, MAX_WORDS
from wordsim.actions import Action, Key, format_keys, make_action
from wordsim.document.clipboard import clipboard
from wordsim.session.shortcuts import shortcuts
from wordsim.ui import window_model

KINDS = ("click", "shortcut", "paragraph", "word", "extend", "start", "type", "target",
         "status")
STATUSES = ("FINISH", "FAIL")
_CLICK_ARGS = {"button": "left", "double": False}
_NEEDS_CLIPBOARD = frozenset({"paste"})  # Word greys Paste out while the clipboard is empty
_NEEDS_TABLE = frozenset({"previous_cell"})  # Shift+Tab moves between cells only in a table
_DOCUMENT = "Document"
_ID = attrgetter("id")


@dataclass(frozen=True)
class Slot:
    """One index of the catalogue: its kind, its number within the kind, and for shortcuts
    and statuses their name."""

    kind: str
    index: int
    name: str = ""

    def describe(self) -> str:
        k, i = self.kind, self.index
        if k == "click":
            return f"click control slot {i} (label {i + 1})"
        if k == "shortcut":
            return f"press {self.name}"
        if k == "paragraph":
            return f"select paragraph {i}"
        if k == "word":
            return f"select word {i} of the word window"
        if k == "extend":
            return f"extend the selection's end to word {i} of the word window"
        if k == "start":
            return f"move the selection's start to word {i} of the word window"
        if k == "type":
            return f"type text argument {i} into the focused control"
        if k == "target":
            return f"select target {i} of the task"
        return f"status {self.name}"


def chord_keys(chord: str) -> str:
    """pywinauto keys for a shortcut as shortcuts.json writes it: "Ctrl+Shift+=" -> "^+="."""
    parts = chord.split("+")
    if chord.endswith("++"):
        parts = [*parts[:-2], "+"]
    *mods, name = parts
    name = name.lower() if len(name) == 1 else name.upper()
    return format_keys([Key(name, "Ctrl" in mods, "Shift" in mods, "Alt" in mods)])


class Catalogue:
    """Every discrete action; `n` of them."""

    def __init__(self):
        slots = [Slot("click", i) for i in range(MAX_CONTROLS)]
        self.chords = tuple(shortcuts())
        slots += [Slot("shortcut", i, c) for i, c in enumerate(self.chords)]
        slots += [Slot("paragraph", k) for k in range(MAX_PARAGRAPHS)]
        for kind in ("word", "extend", "start"):
            slots += [Slot(kind, j) for j in range(MAX_WORDS)]
        slots += [Slot("type", m) for m in range(MAX_TEXT_ARGS)]
        slots += [Slot("target", m) for m in range(MAX_TARGETS)]
        slots += [Slot("status", i, s) for i, s in enumerate(STATUSES)]
        self.slots = tuple(slots)
        self.n = len(slots)
        self.first = {k: next(i for i, s in enumerate(slots) if s.kind == k) for k in KINDS}
        self._fixed: dict[int, Action] = {}
        for i, slot in enumerate(slots):
            action = self._fixed_action(slot)
            if action is not None:
                self._fixed[i] = action
        self._paste = [self.first["shortcut"] + i for i, c in enumerate(self.chords)
                       if shortcuts()[c].get("command") in _NEEDS_CLIPBOARD]
        # shortcuts whose command a ribbon button offers only under a condition (Copy needs a
        # selection, Undo something to undo): masked while the window would grey that out
        flags = command_flags()
        self._click_info: dict = {}  # control ids listed -> `_clicks`
        self._click_views: dict = {}  # id(ControlView) -> (view, `_clicks`)
        self._fixed_masks: dict = {}  # what `_fixed_mask` reads -> the mask
        self._made_actions: dict = {}  # see `_made`
        commands = [shortcuts()[c].get("command") for c in self.chords]
        self._conditional = [(self.first["shortcut"] + i, flags[cmd])
                             for i, cmd in enumerate(commands) if cmd in flags]
        self._flags = tuple(sorted({flag for _, flag in self._conditional}))

    @staticmethod
    def _fixed_action(s: Slot) -> Action | None:
        """The action of a slot that does not depend on the document (built once)."""
        if s.kind == "click":
            return make_action("click_input", _CLICK_ARGS, control_label=str(s.index + 1))
        if s.kind == "shortcut":
            return make_action("keyboard_input", {"keys": chord_keys(s.name)})
        if s.kind == "paragraph":
            k = s.index + 1
            return make_action("select_paragraph",
                               {"start_index": k, "end_index": k, "non_empty": False})
        if s.kind == "status":
            return make_action("", {}, status=s.name)
        return None

    # ------------------------------------------------------------------ acting
    def action(self, i: int, ep) -> Action | str:
        """The action index `i` stands for in episode `ep`, or why it is not available now."""
        if not 0 <= i < self.n:
            return f"An error occurred: action {i} is out of range (0..{self.n - 1})."
        s = self.slots[i]
        fixed = self._fixed.get(i)
        if fixed is not None:
            return fixed
        if s.kind == "type":
            return self._type(s.index, ep)
        if s.kind == "target":
            if s.index >= len(ep.targets):
                return f"An error occurred: the task has no target {s.index}."
            return make_action("select_text", {"text": ep.targets[s.index]})
        span = self._span(s, ep)
        if isinstance(span, str):
            return span
        para, start, end = span
        return self._made("select_text", ep.words.text(para, start, end))

    def _made(self, function: str, text: str, clear: bool = False,
              label: str | None = None) -> Action:
        """`make_action` of a selecting or typing action, kept (Actions are read-only, and the
        same few texts come back again and again)."""
        key = (function, text, clear, label)
        hit = self._made_actions.get(key)
        if hit is None:
            if len(self._made_actions) > 4096:
                self._made_actions.clear()
            if function == "select_text":
                hit = make_action(function, {"text": text})
            else:
                hit = make_action(function, {"text": text, "clear_current_text": clear},
                                  control_label=label)
            self._made_actions[key] = hit
        return hit

    def _span(self, s: Slot, ep) -> tuple[int, int, int] | str:
        words = ep.words
        w = ep.window + s.index
        if w >= len(words):
            return f"An error occurred: there is no word {s.index} in the word window."
        para, ws, we = words.words[w]
        sel = ep.doc.selection
        if s.kind == "word":
            span = (para, ws, we)
        elif s.kind == "extend":
            if sel.start.para != para or we <= sel.start.offset:
                return "An error occurred: that word does not end after the selection's start."
            span = (para, sel.start.offset, we)
        else:
            if sel.end.para != para or ws >= sel.end.offset:
                return "An error occurred: that word does not start before the selection's end."
            span = (para, ws, sel.end.offset)
        if not words.lands(*span):
            return (f"An error occurred: select_text would find {words.text(*span)!r} "
                    "earlier in the document.")
        return span

    def _type(self, m: int, ep) -> Action | str:
        if m >= len(ep.text_args):
            return f"An error occurred: the task has no text argument {m}."
        control, label = focused(ep)
        if label is None:
            return "An error occurred: the focused control is not on screen."
        clear = control.control_type != _DOCUMENT  # a box's old value goes; the page keeps its
        return self._made("set_edit_text", ep.text_args[m], clear, label)

    # ------------------------------------------------------------------ masks
    def mask(self, ep) -> np.ndarray:
        """1 for each index that is valid now (int8, length n; a fresh array)."""
        return self.shared_mask(ep).copy()

    def shared_mask(self, ep) -> np.ndarray:
        """`mask(ep)` without the copy: read-only, valid until the next step."""
        memo = ep.memo
        hit = memo.get("mask")
        if hit is not None and hit[0] == ep.steps:  # nothing but a step changes what is valid
            return hit[2]
        fixed, words = self._fixed_mask(ep), word_masks(ep)
        valid, extend, start = words["word"], words["extend"], words["start"]
        targets = target_mask(ep)
        if hit is not None and hit[1] is fixed and hit[3] is valid and hit[4] is extend \
                and hit[5] is start and hit[6] is targets:
            mask = hit[2]
        else:
            mask = fixed.copy()
            first = self.first
            mask[first["word"] : first["word"] + MAX_WORDS] = valid
            mask[first["extend"] : first["extend"] + MAX_WORDS] = extend
            mask[first["start"] : first["start"] + MAX_WORDS] = start
            mask[first["target"] : first["target"] + MAX_TARGETS] = targets
            mask.flags.writeable = False
        memo["mask"] = (ep.steps, fixed, mask, valid, extend, start, targets)
        return mask

    def _fixed_mask(self, ep) -> np.ndarray:
        """The mask without its word actions (read-only): what the control list, the paragraph
        count, the clipboard, the context flags and the focus allow."""
        session, memo = ep.session, ep.memo
        view, context, focus = session.controls(), session.context(), session.ui.focus
        paragraphs = min(len(ep.doc), MAX_PARAGRAPHS)
        clip, texts = bool(clipboard(ep.doc)), len(ep.text_args)
        last = memo.get("fixed_mask")
        if last is not None and last[0] is view and last[1] is context and last[2] == focus \
                and last[3] == (paragraphs, clip, texts):
            return last[4]
        clicks = self._clicks(view)
        flags = tuple([getattr(context, flag) for flag in self._flags])
        typing = texts if focus is not None and view.label_of(focus) is not None else 0
        key = (clicks, paragraphs, clip, flags, typing)
        out = self._fixed_masks.get(key)  # the same few combinations come back again and again
        if out is None:
            if len(self._fixed_masks) > 4096:
                self._fixed_masks.clear()
            out = self._fixed_masks[key] = np.zeros(self.n, dtype=np.int8)
            first = self.first
            out[first["click"] : first["click"] + clicks[0]] = 1
            out[first["shortcut"] : first["shortcut"] + len(self.chords)] = 1
            out[first["paragraph"] : first["paragraph"] + paragraphs] = 1
            out[first["status"] : first["status"] + len(STATUSES)] = 1
            if not clip:
                out[list(clicks[1])] = 0
            values = dict(zip(self._flags, flags, strict=True))
            for i, flag in self._conditional:
                if not values[flag]:
                    out[i] = 0
            out[first["type"] : first["type"] + typing] = 1
            out.flags.writeable = False
        memo["fixed_mask"] = (view, context, focus, (paragraphs, clip, texts), out)
        return out

    def _clicks(self, view) -> tuple[int, tuple[int, ...]]:
        """(controls listed, indices that need the clipboard), shared by views that list the
        same controls."""
        hit = self._click_views.get(id(view))
        if hit is not None and hit[0] is view:
            return hit[1]
        labelled = view.labelled[:MAX_CONTROLS]
        key = tuple(map(_ID, labelled))
        info = self._click_info.get(key)
        if info is None:
            if len(self._click_info) > 512:
                self._click_info.clear()
            paste = [self.first["click"] + j for j, c in enumerate(labelled)
                     if c.behaviour.get("command") in _NEEDS_CLIPBOARD]
            info = self._click_info[key] = (len(labelled), (*paste, *self._paste))
        if len(self._click_views) > 512:
            self._click_views.clear()
        self._click_views[id(view)] = (view, info)
        return info

    def describe(self, i: int) -> str:
        if not 0 <= i < self.n:
            return f"no action {i} (0..{self.n - 1})"
        return self.slots[i].describe()


def command_flags() -> dict[str, str]:
    """Document command -> the UI context flag that enables the buttons running it (from the
    window data's `enabled_if`), plus the table-only cell moves."""
    out = {}
    for c in window_model().by_id.values():
        b = c.behaviour
        if "command" in b and b.get("enabled_if"):
            out[b["command"]] = b["enabled_if"]
    out.update(dict.fromkeys(_NEEDS_TABLE, "in_table"))
    return out


@cache
def catalogue() -> Catalogue:
    return Catalogue()


def focused(ep):
    """(control, its label) of the focused control, or (None, None) when it is not listed."""
    ui = ep.session.ui
    if ui.focus is None:
        return None, None
    view = ep.session.controls()
    label = view.label_of(ui.focus)
    return (view.by_label(label), label) if label is not None else (None, None)


def word_masks(ep) -> dict[str, np.ndarray]:
    """Valid word, extend and start actions over the word window. "word" depends only on the
    texts; "extend" and "start" on the selection too (a longer span from the same end lands
    wherever a shorter one does, so each is one scan that stops at the first landing span)."""
    words, sel = ep.words, ep.doc.selection
    stop = min(len(words), ep.window + MAX_WORDS)
    valid = words.memo.get(("select", ep.window))
    if valid is None:
        valid = np.zeros(MAX_WORDS, dtype=np.int8)
        for w in range(ep.window, stop):
            valid[w - ep.window] = words.lands(*words.words[w])
        words.memo[("select", ep.window)] = valid
    key = ("selection", ep.window, sel)
    spans = words.memo.get(key)
    if spans is None:
        if len(words.memo) > 512:
            words.memo.clear()
        spans = words.memo[key] = _selection_masks(words, sel, ep.window, stop)
    return {"word": valid, "extend": spans[0], "start": spans[1]}


def target_mask(ep) -> np.ndarray:
    """Valid "select target m" actions: targets that select_text finds (inside one paragraph
    of the document as it is now; a header text to add, or a phrase replaced, is not there)."""
    words = ep.words
    key = ("targets", ep.targets)
    hit = words.memo.get(key)
    if hit is None:
        hit = words.memo[key] = np.zeros(MAX_TARGETS, dtype=np.int8)
        for m, target in enumerate(ep.targets[:MAX_TARGETS]):
            hit[m] = bool(target) and any(target in text for text in words.texts)
    return hit


def _selection_masks(words, sel, window: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
    """(extend, start) masks: spans from the selection's start to a word's end, and from a
    word's start to the selection's end, that select_text reaches."""
    extend = np.zeros(MAX_WORDS, dtype=np.int8)
    start = np.zeros(MAX_WORDS, dtype=np.int8)
    para, offset = sel.start
    for w in range(max(window, words.first_word[para]) if para < len(words.first_word)
                   else stop, stop):
        p, _, we = words.words[w]
        if p != para:
            break
        if we > offset and words.lands(para, offset, we):
            extend[w - window : stop - window] = [q == para for q, _, _ in
                                                        words.words[w:stop]]
            break
    para, offset = sel.end
    last = (words.first_word[para + 1] if para + 1 < len(words.first_word) else len(words)) \
        if para < len(words.first_word) else window
    for w in range(min(stop, last) - 1, window - 1, -1):
        p, ws, _ = words.words[w]
        if p != para:
            break
        if ws < offset and words.lands(para, ws, offset):
            begin = max(window, words.first_word[para])
            start[begin - window : w - window + 1] = 1
            break
    return extend, start

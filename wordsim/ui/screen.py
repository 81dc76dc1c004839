"""What the agent sees: the enabled, on-screen controls in tree order, UFO's labelled list of them,
and hit testing for click_on_coordinates.

Layers stack bottom to top: the window, an open dialog, then the open popups in the order they
were opened. A modal dialog hides the window; otherwise a control any higher layer's rectangle
touches is covered and left out, so visible controls never overlap and the topmost control at a
point is the only one there. Views are cached per (tab, popups, dialog, page, context flags)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import chain
from typing import Any

from .data import WindowModel, window_model
from .layout import intersects, place_popup
from .model import Control, Rect, UIContext

_NOWHERE: Rect = (0, 200, 0, 200)  # where a popup whose opener is gone is dropped from


class ControlView:
    """One observation of the window. `controls`: every visible control (CheckBoxes too, which
    UFO does not list but a click can hit); `labelled`: the ones UFO lists, label i+1 being
    labelled[i]; `listing`: UFO's [{"label", "control_text", "control_type"}]. Shared between
    calls while nothing changes: treat as read-only."""

    __slots__ = ("controls", "labelled", "listing", "width", "height", "_labels", "_json")

    def __init__(self, controls: tuple[Control, ...], model: WindowModel):
        self.controls = controls
        self.width, self.height = model.width, model.height
        self.labelled = tuple(c for c in controls if c.control_type in model.ufo_types)[: model.max_controls]
        self.listing = tuple(_entry(i, c) for i, c in enumerate(self.labelled))
        self._labels: dict[str, str] | None = None
        self._json: str | None = None

    def _renamed(self, renames: list[tuple[int, int | None, Control]]) -> ControlView:
        """This view with some controls replaced — (index in controls, index in labelled or
        None, new control) — sharing everything else."""
        new = ControlView.__new__(ControlView)
        new.width, new.height = self.width, self.height
        controls, labelled, listing = list(self.controls), list(self.labelled), list(self.listing)
        for i, j, c in renames:
            controls[i] = c
            if j is not None:
                labelled[j] = c
                listing[j] = _entry(j, c)
        new.controls, new.labelled, new.listing = tuple(controls), tuple(labelled), tuple(listing)
        new._labels, new._json = self._label_map(), None  # renaming keeps the ids
        return new

    def by_label(self, label: Any) -> Control | None:
        """The control labelled `label` ("12" or 12), or None."""
        try:
            i = int(str(label).strip()) - 1
        except ValueError:
            return None
        return self.labelled[i] if 0 <= i < len(self.labelled) else None

    def label_of(self, control: Control | str) -> str | None:
        labels = self._labels if self._labels is not None else self._label_map()
        return labels.get(control if isinstance(control, str) else control.id)

    def _label_map(self) -> dict[str, str]:
        if self._labels is None:
            self._labels = {c.id: str(i + 1) for i, c in enumerate(self.labelled)}
        return self._labels

    def find(self, name: str, control_type: str | None = None) -> list[Control]:
        """Visible controls named `name` (exactly), optionally of one type."""
        return [c for c in self.controls if c.name == name and control_type in (None, c.control_type)]

    def hit_test(self, x: float, y: float) -> Control | None:
        return hit_test(self.controls, x, y, self.width, self.height)

    def to_json(self) -> str:
        """`listing` as the JSON text UFO puts in its prompt (cached)."""
        if self._json is None:
            q = _quoted
            self._json = "[" + ", ".join([
                f'{{"label": "{i}", "control_text": {q.get(c.name) or _quote(c.name)}, '
                f'"control_type": "{c.control_type}"}}' for i, c in enumerate(self.labelled, 1)]) + "]"
        return self._json

    def states(self, state, context: UIContext) -> list[dict[str, Any]]:
        """Per labelled control with a state, {"label", "pressed" | "selected" | "value"}: what
        a screenshot shows but UFO's list does not (toggle state, combo box and field values)."""
        out = []
        for i, c in enumerate(self.labelled):
            s = control_state(c, state, context)
            if s:
                out.append({"label": str(i + 1), **s})
        return out


_quoted: dict[str, str] = {}


def _quote(name: str) -> str:
    """`name` as a JSON string (memoised: the same few hundred names come back every step)."""
    if len(_quoted) > 10000:
        _quoted.clear()
    text = _quoted[name] = json.dumps(name)
    return text


def _entry(i: int, c: Control) -> dict[str, str]:
    return {"label": str(i + 1), "control_text": c.name, "control_type": c.control_type}


# ------------------------------------------------------------------ public functions
def view(state, context: UIContext | None = None) -> ControlView:
    """The current `ControlView` of `state` (a UIState) for the document facts in `context`.
    Costs a tuple comparison when nothing changed; follows the caret out of a table first
    (a contextual tab that is gone falls back to Home)."""
    context = context or UIContext()
    where = (state.tab, state.popups, state.dialog, state.page)
    fast = state._memo_fast
    if fast[0] is context and fast[1] == where and state._memo_key is not None:
        return state._memo_view  # the same context object on the same window: as last time
    model = state.model
    state.follow(context)
    flags = tuple([getattr(context, f) for f in model.flags])
    key = (state.tab, state.popups, state.dialog, state.page, flags,
           context.doc_name, context.page, context.pages, context.words)
    if key == state._memo_key:
        state._memo_fast = (context, key[:4])
        return state._memo_view
    skey = key[:5]
    cache = _cache(model)
    built = cache.get(skey)
    if built is None:
        if len(cache) > 512:
            cache.clear()
        controls = _build(model, *skey)
        base = ControlView(controls, model)
        where = {c.id: j for j, c in enumerate(base.labelled)}
        built = cache[skey] = (base, tuple((i, where.get(c.id), c) for i, c in enumerate(controls)
                                           if "name_from" in c.behaviour), {})
    result, dynamic, variants = built
    if dynamic:
        values = context.names()
        names = tuple([c.behaviour["name_from"].format_map(values) for _, _, c in dynamic])
        hit = variants.get(names)
        if hit is None:
            renames = [(i, j, c.renamed(name)) for (i, j, c), name in zip(dynamic, names, strict=True)
                       if name != c.name]
            hit = result._renamed(renames) if renames else result
            if len(variants) >= 8:  # the word count changes as the agent types: keep a few
                variants.clear()
            variants[names] = hit
        result = hit
    state._memo_key, state._memo_view = key, result
    state._memo_fast = (context, key[:4])
    return result


def window_title(context: UIContext | None = None, model: WindowModel | None = None) -> str:
    """The main window's title, "<doc> - Word"."""
    model = model or window_model()
    return model.title_from.format_map((context or UIContext()).names())


def visible_controls(state, context: UIContext | None = None) -> tuple[Control, ...]:
    """The enabled, on-screen controls in tree order (see the module docstring)."""
    return view(state, context).controls


def control_list(controls: Sequence[Control], model: WindowModel | None = None) -> list[dict[str, str]]:
    """UFO's control list for `controls`: those of UFO's control types, at most 300, labelled
    "1".."N" in order, as fresh dicts {"label", "control_text", "control_type"}."""
    model = model or window_model()
    types = model.ufo_types
    listed = [c for c in controls if c.control_type in types][: model.max_controls]
    return [_entry(i, c) for i, c in enumerate(listed)]


def hit_test(controls: Sequence[Control], x: float, y: float, width: int | None = None,
             height: int | None = None) -> Control | None:
    """The topmost control at window point (x, y) given as fractions 0–1 of the window, as
    UFO's click_on_coordinates takes it; None when the point is on no control."""
    if width is None or height is None:
        model = window_model()
        width, height = model.width, model.height
    px, py = x * width, y * height
    for c in reversed(controls):  # later layers are on top
        left, top, right, bottom = c.rectangle
        if left <= px < right and top <= py < bottom:
            return c
    return None


def control_state(control: Control, state, context: UIContext) -> dict[str, Any]:
    """The dynamic state of one control: pressed toggle, selected gallery item, current value."""
    b = control.behaviour
    out: dict[str, Any] = {}
    if "pressed_from" in b:
        out["pressed"] = bool(context.pressed.get(b["pressed_from"], False))
    if "pressed_when" in b:
        out["selected"] = all(same(context.lookup(k), v) for k, v in b["pressed_when"].items())
    elif "set" in b and "dialog_field" in b and control.layer == state.dialog:
        out["selected"] = same(state.fields.get(b["dialog_field"]), state.shown(b["dialog_field"], b["set"]))
    value = state.value_of(control, context)
    if value is not None and control.control_type != "Spinner":
        out["value"] = value
    return out


def same(a: Any, b: Any) -> bool:
    """Loose equality for shown values: 11 == 11.0 == "11", "arial" == "Arial"."""
    if a == b:
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return a is not None and b is not None and str(a).strip().lower() == str(b).strip().lower()


# ------------------------------------------------------------------ building
_CACHES: dict[int, tuple[WindowModel, dict]] = {}


def _cache(model: WindowModel) -> dict:
    entry = _CACHES.get(id(model))
    if entry is None or entry[0] is not model:
        entry = _CACHES[id(model)] = (model, {})
    return entry[1]


def _build(model: WindowModel, tab, popups, dialog, page, flags) -> tuple[Control, ...]:
    values = dict(zip(model.flags, flags, strict=True))

    def shown(c: Control) -> bool:
        if not c.enabled:
            return False
        b = c.behaviour
        flag = b.get("enabled_if") or b.get("visible_if")
        return flag is None or bool(values.get(flag))

    tab_model = model.tabs.get(tab) or model.tabs["home"]
    base = [c for c in chain(model.before, tab_model.leaves, model.after) if shown(c)]
    layers: list[tuple[Rect | None, list[Control]]] = [(None, base)]
    placed: dict[str, Control] = {}
    if dialog is not None and dialog in model.dialogs:
        d = model.dialogs[dialog]
        leaves = d.page_leaves(page)
        placed.update((c.id, c) for c in leaves)
        if d.modal:
            layers[0] = (None, [])
        layers.append((d.rect, [c for c in leaves if shown(c)]))
    for popup_id, anchor_id in popups:
        anchor = placed.get(anchor_id) or model.by_id.get(anchor_id)
        if anchor is not None and anchor.layer != "window" and anchor_id not in placed:
            anchor = None  # a popup item's stored rectangle is relative: only placed ones count
        rect, items = _place(model, popup_id, anchor)
        placed.update((c.id, c) for c in items)
        layers.append((rect, [c for c in items if shown(c)]))
    screen = (0, 0, model.width, model.height)
    out: list[Control] = []
    for i, (_, controls) in enumerate(layers):
        covers = [r for r, _ in layers[i + 1:] if r is not None]
        for c in controls:
            r = c.rectangle
            if r[0] < screen[0] or r[1] < screen[1] or r[2] > screen[2] or r[3] > screen[3] \
                    or r[2] <= r[0] or r[3] <= r[1]:
                continue  # off screen (a long list running past the bottom of the window)
            if any(intersects(r, cover) for cover in covers):
                continue
            out.append(c)
    return tuple(out)


_PLACED: dict[tuple, tuple[Rect, tuple[Control, ...]]] = {}


def _place(model: WindowModel, popup_id: str, anchor: Control | None) -> tuple[Rect, tuple[Control, ...]]:
    """The popup's window rectangle (clipped to the window) and its items moved into place."""
    popup = model.popups[popup_id]
    anchor_rect = anchor.rectangle if anchor is not None else _NOWHERE
    container = None
    if anchor is not None and popup.placement == "over":
        parent = model.by_id.get(model.parent.get(anchor.id, ""))
        container = parent.rectangle if parent is not None else None
    key = (id(model), popup_id, anchor_rect, container)
    hit = _PLACED.get(key)
    if hit is not None:
        return hit
    if popup.rect is not None:
        x, y = popup.rect[0], popup.rect[1]
    else:
        x, y = place_popup(popup.placement, popup.size, anchor_rect, container, (model.width, model.height))
    w, h = popup.size
    rect = (x, y, min(x + w, model.width), min(y + h, model.height))
    items = tuple(c.moved(x, y) for c in popup.items)
    if len(_PLACED) > 4096:
        _PLACED.clear()
    _PLACED[key] = (rect, items)
    return rect, items

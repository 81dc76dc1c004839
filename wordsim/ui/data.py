"""Loads the Word window described in wordsim/data/ui/*.json (once, cached), checks it and lays it
out into `Control` records: the window chrome, each ribbon tab's controls, popups and dialogs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain
from types import MappingProxyType
from typing import Any

from . import layout
from .model import EMPTY, Control, UIContext

# Every UI Automation control type a node may have (UFO lists only some of them).
UIA_TYPES = frozenset({
    "AppBar", "Button", "Calendar", "CheckBox", "ComboBox", "Custom", "DataGrid", "DataItem",
    "Document", "Edit", "Group", "Header", "HeaderItem", "Hyperlink", "Image", "List", "ListItem",
    "Menu", "MenuBar", "MenuItem", "Pane", "ProgressBar", "RadioButton", "ScrollBar",
    "SemanticZoom", "Separator", "Slider", "Spinner", "SplitButton", "StatusBar", "Tab", "TabItem",
    "Table", "Text", "Thumb", "TitleBar", "ToolBar", "ToolTip", "Tree", "TreeItem", "Window",
})
STRUCTURE_KEYS = frozenset({
    "id", "name", "type", "class", "rect", "children", "enabled", "size", "break", "split",
    "width", "label", "columns", "item_width", "item_height", "side_width", "page", "inline",
    "x", "no_label", "column", "access_key", "default", "slot", "_comment",
})
BEHAVIOUR_KEYS = frozenset({
    "command", "args", "commands", "opens", "open_page", "select_tab", "dialog_page", "dialog_field", "set",
    "step", "dialog_submit", "close", "session", "pressed_from", "pressed_when", "value_from",
    "commit", "enabled_if", "visible_if", "name_from", "focus", "access_key", "default",
    "and_set", "context_menu", "submit_like", "over_dialog", "hand_back", "close_all",
    "submit_scope",
})
SESSION_ACTIONS = frozenset({"save", "save_as", "print", "close_document", "close_app",
                             "minimize", "maximize", "go_to", "go_to_previous"})
_BOOL_CONTEXT = frozenset(k for k, f in UIContext.__dataclass_fields__.items() if f.type == "bool")
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-") or "x"


@dataclass(frozen=True)
class TabModel:
    id: str
    name: str
    item: Control  # the TabItem
    leaves: tuple[Control, ...]  # the tab's controls in tree order
    groups: tuple[Control, ...]  # the Group containers (for the tree)
    visible_if: str | None = None


@dataclass(frozen=True)
class PopupModel:
    """A menu, gallery or drop-down list; its items' rectangles are relative to its top-left
    until it is placed next to the control that opened it."""

    id: str
    container: Control
    items: tuple[Control, ...]
    size: tuple[int, int]
    placement: str = "below"
    rect: tuple[int, int, int, int] | None = None  # fixed placement


@dataclass(frozen=True)
class DialogModel:
    id: str
    container: Control
    modal: bool
    rect: tuple[int, int, int, int]
    pages: tuple[str, ...]  # page ids, first is shown on opening; () for a one-page dialog
    leaves: Mapping[str | None, tuple[Control, ...]]  # per page (None for a one-page dialog)
    fields: Mapping[str, Mapping[str, Any]]

    def page_leaves(self, page: str | None) -> tuple[Control, ...]:
        return self.leaves.get(page if self.pages else None, ())


@dataclass(frozen=True)
class WindowModel:
    width: int
    height: int
    ufo_types: frozenset
    max_controls: int
    title_from: str
    root: Control  # the window tree; the ribbon holds every tab's groups
    before: tuple[Control, ...]  # window leaves before the selected tab's content
    after: tuple[Control, ...]  # and after it
    tabs: Mapping[str, TabModel]
    popups: Mapping[str, PopupModel]
    dialogs: Mapping[str, DialogModel]
    by_id: Mapping[str, Control]  # window controls; popup items with relative rectangles
    parent: Mapping[str, str]  # control id → id of the container it sits in
    flags: tuple[str, ...]  # UIContext booleans that enable or show controls
    pressed_keys: frozenset = field(default=frozenset())  # keys UIContext.pressed should hold
    value_keys: frozenset = field(default=frozenset())  # keys UIContext.values should hold
    command_names: frozenset = field(default=frozenset())

    def tab_id(self, name_or_id: str) -> str | None:
        """A tab's id from its id or its name (case-insensitive; the first tab of that name)."""
        if name_or_id in self.tabs:
            return name_or_id
        key = name_or_id.strip().lower()
        for tab in self.tabs.values():
            if tab.name.lower() == key or tab.id.lower() == key:
                return tab.id
        return None

    def all_controls(self) -> Iterator[Control]:
        """Every leaf control: window (all tabs), popup items, dialog controls (all pages)."""
        yield from self.before
        for tab in self.tabs.values():
            yield from tab.leaves
        yield from self.after
        for popup in self.popups.values():
            yield from popup.items
        for dialog in self.dialogs.values():
            seen = set()
            for leaves in dialog.leaves.values():
                for c in leaves:
                    if c.id not in seen:
                        seen.add(c.id)
                        yield c


def data_dir():
    return resources.files("wordsim") / "data" / "ui"


def read_data() -> dict[str, Any]:
    d = data_dir()
    return {name: json.loads((d / f"{name}.json").read_text("utf-8"))
            for name in ("window", "ribbon", "menus", "dialogs")}


@cache
def window_model() -> WindowModel:
    """The window built from the packaged data (built once per process)."""
    return build_model(read_data())


def build_model(data: Mapping[str, Any]) -> WindowModel:
    """A `WindowModel` from data shaped like wordsim/data/ui (see its README); raises
    ValueError naming the node for anything malformed."""
    return _Builder(data).build()


class _Builder:
    def __init__(self, data):
        win = data["window"]
        self.win = win
        self.ribbon = data["ribbon"]
        self.popup_specs = data["menus"]["popups"]
        self.dialog_specs = data["dialogs"]["dialogs"]
        self.metrics = win["metrics"]
        self.classes = win["class_names"]
        self.width, self.height = win["size"]
        self.by_id: dict[str, Control] = {}
        self.parent: dict[str, str] = {}
        self.flags: set[str] = set()
        self.pressed: set[str] = set()
        self.values: set[str] = set()
        self.commands: set[str] = set()
        self._ids: set[str] = set()
        self.tab_ids = [t["id"] for t in self.ribbon["tabs"]]

    # ------------------------------------------------------------------ nodes
    def _id(self, node, prefix: str, prev: str | None) -> str:
        cid = node.get("id")
        if cid is None:
            base = f"{prev}.dropdown" if node.get("split") and prev else f"{prefix}/{slug(node['name'])}"
            cid, n = base, 2
            while cid in self._ids:
                cid, n = f"{base}-{n}", n + 1
        elif cid in self._ids:
            raise ValueError(f"control id {cid!r} is used twice")
        self._ids.add(cid)
        return cid

    def _check(self, node, where: str, dialog: Mapping | None = None) -> None:
        unknown = set(node) - STRUCTURE_KEYS - BEHAVIOUR_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        name = node.get("name")
        if not isinstance(name, str) or not name:
            raise ValueError(f"{where}: every control needs a name")
        if node.get("type") not in UIA_TYPES:
            raise ValueError(f"{where} {name!r}: unknown control type {node.get('type')!r}")
        target = node.get("opens")
        if target is not None and target not in self.popup_specs and target not in self.dialog_specs:
            raise ValueError(f"{where} {name!r}: opens unknown popup or dialog {target!r}")
        menu = node.get("context_menu")
        if menu is not None and menu not in self.popup_specs:
            raise ValueError(f"{where} {name!r}: context_menu {menu!r} is not a popup")
        tab = node.get("select_tab")
        if tab is not None and tab not in self.tab_ids:
            raise ValueError(f"{where} {name!r}: selects unknown tab {tab!r}")
        for key in ("enabled_if", "visible_if"):
            flag = node.get(key)
            if flag is not None:
                if flag not in _BOOL_CONTEXT:
                    raise ValueError(f"{where} {name!r}: {key} {flag!r} is not a UIContext flag")
                self.flags.add(flag)
        if "pressed_from" in node:
            self.pressed.add(node["pressed_from"])
        self._reads(node.get("value_from"))
        for key in node.get("pressed_when", {}):
            self._reads(key)
        template = node.get("name_from")
        if template is not None:
            try:
                template.format_map(UIContext().names())
            except (KeyError, ValueError, IndexError) as e:
                raise ValueError(f"{where} {name!r}: bad name_from {template!r} ({e})") from None
        session = node.get("session")
        if session is not None and session not in SESSION_ACTIONS:
            raise ValueError(f"{where} {name!r}: unknown session action {session!r}")
        for call in _calls(node):
            self.commands.add(call["command"])
        fields = (dialog or {}).get("fields", {})
        ref = node.get("dialog_field")
        if ref is not None and dialog is not None and ref not in fields:
            raise ValueError(f"{where} {name!r}: dialog has no field {ref!r}")
        like = node.get("submit_like")
        if like is not None and not any(
                n.get("name") == like and "dialog_submit" in n
                for n in chain((dialog or {}).get("controls", ()), (dialog or {}).get("footer", ()))):
            raise ValueError(f"{where} {name!r}: submit_like {like!r} names no submitting button")
        for step in node.get("dialog_submit", ()):
            for value in step.get("args", {}).values():
                ref = value.removeprefix("-") if isinstance(value, str) else ""
                if ref.startswith("$") and ref[1:] not in fields:
                    raise ValueError(f"{where} {name!r}: submit refers to unknown field {value}")
            for key in ("when", "unless"):
                if not set(step.get(key, {})) <= set(fields):
                    raise ValueError(f"{where} {name!r}: {key} names unknown fields "
                                     f"{sorted(step[key])}")
            changed = step.get("if_changed")
            if isinstance(changed, list) and not set(changed) <= set(fields):
                raise ValueError(f"{where} {name!r}: if_changed names unknown fields {changed}")
        if "open_page" in node:
            spec = self.dialog_specs.get(node.get("opens"), {})
            if node["open_page"] not in [p["id"] for p in spec.get("pages", ())]:
                raise ValueError(f"{where} {name!r}: open_page {node['open_page']!r} is not a page of {node.get('opens')!r}")
        page = node.get("page")
        if page is not None and dialog is not None and page not in [p["id"] for p in dialog.get("pages", ())]:
            raise ValueError(f"{where} {name!r}: unknown dialog page {page!r}")

    def _reads(self, key: str | None) -> None:
        """Note a context key the data reads: a UIContext attribute, pressed.<key> or a values key."""
        if key is None or key in UIContext.__dataclass_fields__:
            return
        if key.startswith("pressed."):
            self.pressed.add(key[8:])
        else:
            self.values.add(key)

    def _control(self, node, cid: str, rect, area: str, layer: str, children=()) -> Control:
        behaviour = {k: node[k] for k in BEHAVIOUR_KEYS if k in node}
        kind = node["type"]
        control = Control(
            id=cid, name=node["name"], control_type=kind,
            class_name=node.get("class") or self.classes.get(area, {}).get(kind, ""),
            rectangle=tuple(int(v) for v in rect), enabled=node.get("enabled", True),
            children=tuple(children), behaviour=MappingProxyType(behaviour) if behaviour else EMPTY,
            layer=layer)
        for child in children:
            self.parent[child.id] = cid
        return control

    # ------------------------------------------------------------------ window
    def build(self) -> WindowModel:
        tabs = {t["id"]: self._tab(t) for t in self.ribbon["tabs"]}
        strip_items = [tab.item for tab in tabs.values()]
        leaves: list[Control] = []
        holder = {"marker": None}

        def walk(node, prefix, prev=None):
            if "slot" in node:
                if node["slot"] == "tabs":
                    leaves.extend(strip_items)
                    return list(strip_items)
                if node["slot"] == "tab_content":
                    holder["marker"] = len(leaves)
                    return [g for tab in tabs.values() for g in tab.groups]
                raise ValueError(f"unknown slot {node['slot']!r}")
            self._check(node, "window")
            cid = self._id(node, prefix, prev)
            if "rect" not in node:
                raise ValueError(f"window control {node['name']!r} needs a rect")
            kids, last = [], None
            for child in node.get("children", ()):
                made = walk(child, cid, last)
                kids.extend(made)
                last = made[-1].id if made else last
            control = self._control(node, cid, node["rect"], "window", "window", kids)
            if not node.get("children"):
                leaves.append(control)
            self.by_id[cid] = control
            return [control]

        root = walk(self.win["root"], "window")[0]
        marker = holder["marker"]
        if marker is None:
            raise ValueError("window.json needs a {\"slot\": \"tab_content\"} node")
        popups = {pid: self._popup(pid, spec) for pid, spec in self.popup_specs.items()}
        dialogs = {did: self._dialog(did, spec) for did, spec in self.dialog_specs.items()}
        return WindowModel(
            width=self.width, height=self.height,
            ufo_types=frozenset(self.win["ufo_control_types"]),
            max_controls=self.win["max_controls"], title_from=self.win["title"],
            root=root, before=tuple(leaves[:marker]), after=tuple(leaves[marker:]),
            tabs=MappingProxyType(tabs), popups=MappingProxyType(popups),
            dialogs=MappingProxyType(dialogs), by_id=MappingProxyType(self.by_id),
            parent=MappingProxyType(self.parent), flags=tuple(sorted(self.flags)),
            pressed_keys=frozenset(self.pressed), value_keys=frozenset(self.values),
            command_names=frozenset(self.commands))

    def _tab(self, spec) -> TabModel:
        m = self.metrics
        x = m["tab_x"] + sum(layout.text_width(t["name"], m["tab_padding"])
                             for t in self.ribbon["tabs"][: self.tab_ids.index(spec["id"])])
        w = layout.text_width(spec["name"], m["tab_padding"])
        left, top, right, bottom = m["tab_strip"]
        item_node = {"name": spec["name"], "type": "TabItem"}
        if "opens" in spec:
            item_node["opens"] = spec["opens"]
        else:
            item_node["select_tab"] = spec["id"]
        if "visible_if" in spec:
            item_node["visible_if"] = spec["visible_if"]
        self._check(item_node, f"tab {spec['id']}")
        item_id = f"tab/{spec['id']}"
        self._ids.add(item_id)
        item = self._control(item_node, item_id, (x, top, x + w, bottom), "ribbon", "window")
        self.by_id[item_id] = item
        rtop, rbottom = m["ribbon"][1], m["ribbon"][3]
        content_top = rtop + m["ribbon_padding"]
        gx = m["ribbon"][0] + m["group_gap"]
        groups, leaves = [], []
        for g in spec.get("groups", ()):
            gid = f"{spec['id']}/{slug(g['name'])}"
            nodes = list(g["controls"])
            for i, node in enumerate(nodes):
                self._check(node, f"{gid}[{i}]")
            gw, rects = layout.layout_group(nodes, gx, content_top, m)
            gw = max(gw, layout.text_width(g["name"], 16))
            grect = (gx, rtop, gx + gw, rbottom)
            kids, prev = [], None
            for node, rect in zip(nodes, rects, strict=True):
                cid = self._id(node, gid, prev)
                prev = cid
                if node.get("size") == "gallery":
                    sub = []
                    for child, crect in zip(node["children"], node.pop("_child_rects"), strict=True):
                        self._check(child, cid)
                        c = self._control(child, self._id(child, cid, None), crect, "ribbon", "window")
                        sub.append(c)
                        leaves.append(c)
                        self.by_id[c.id] = c
                    control = self._control(node, cid, rect, "ribbon", "window", sub)
                else:
                    control = self._control(node, cid, rect, "ribbon", "window")
                    leaves.append(control)
                kids.append(control)
                self.by_id[cid] = control
            launcher = g.get("launcher")
            if launcher is not None:
                self._check(launcher, gid)
                s = m["launcher_size"]
                rect = (gx + gw - s - 4, rbottom - s - 6, gx + gw - 4, rbottom - 6)
                control = self._control(launcher, self._id(launcher, gid, None), rect, "ribbon", "window")
                kids.append(control)
                leaves.append(control)
                self.by_id[control.id] = control
            group = self._control({"name": g["name"], "type": "Group"}, gid, grect, "ribbon", "window", kids)
            self._ids.add(gid)
            self.by_id[gid] = group
            groups.append(group)
            gx += gw + m["group_gap"]
        if gx > self.width:
            raise ValueError(f"tab {spec['id']!r} is {gx} pixels wide, wider than the window")
        return TabModel(spec["id"], spec["name"], item, tuple(leaves), tuple(groups),
                        spec.get("visible_if"))

    # ------------------------------------------------------------------ popups
    def _popup(self, pid: str, spec) -> PopupModel:
        if "items" in spec:
            spec = {**spec, "sections": [{"items": spec["items"]}]}
        unknown = set(spec) - {"name", "type", "class", "placement", "width", "sections", "rect",
                               "items", "_comment"}
        if unknown:
            raise ValueError(f"popup {pid}: unknown keys {sorted(unknown)}")
        w, h, rects = layout.layout_popup(spec, self.metrics)
        fixed = spec.get("rect")
        if fixed is not None:
            w, h = fixed[2] - fixed[0], fixed[3] - fixed[1]
        items, prefix = [], f"popup:{pid}"
        nodes = [it for sec in spec["sections"] for it in sec["items"]]
        for i, (node, rect) in enumerate(zip(nodes, rects, strict=True)):
            self._check(node, f"{prefix}[{i}]")
            if "rect" in node:
                rect = node["rect"]
            c = self._control(node, self._id(node, prefix, None), rect, "popup", pid)
            items.append(c)
            self.by_id[c.id] = c
        container = self._control({"name": spec["name"], "type": spec.get("type", "Menu"),
                                   "class": spec.get("class")}, prefix, (0, 0, w, h), "popup", pid, items)
        self._ids.add(prefix)
        return PopupModel(pid, container, tuple(items), (w, h), spec.get("placement", "below"),
                          tuple(fixed) if fixed else None)

    # ------------------------------------------------------------------ dialogs
    def _dialog(self, did: str, spec) -> DialogModel:
        unknown = set(spec) - {"name", "type", "class", "modal", "placement", "rect", "size",
                               "label_width", "pages", "fields", "controls", "footer", "_comment"}
        if unknown:
            raise ValueError(f"dialog {did}: unknown keys {sorted(unknown)}")
        m = self.metrics
        if spec.get("rect"):
            rect = tuple(spec["rect"])
        else:
            w, h = spec["size"]
            left, top = (self.width - w) // 2, (self.height - h) // 2
            rect = (left, top, left + w, top + h)
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        pages = [p["id"] for p in spec.get("pages", ())]
        for name, fs in spec.get("fields", {}).items():
            if fs.get("type", "text") not in ("text", "int", "number", "bool", "length", "choice"):
                raise ValueError(f"dialog {did}: field {name!r} has unknown type {fs.get('type')!r}")
            self._reads(fs.get("default_from"))
        tab_nodes = []
        x = 12
        for p in spec.get("pages", ()):
            pw = layout.text_width(p["name"], 24)
            tab_nodes.append({"name": p["name"], "type": "TabItem", "dialog_page": p["id"],
                              "rect": [x, 36, x + pw, 62], "id": f"{did}/page/{p['id']}"})
            x += pw
        content_top = 74 if pages else 44
        ids = {}
        made: dict[str | None, list[Control]] = {}
        for page in pages or [None]:
            nodes = [n for n in spec.get("controls", ()) if page is None or n.get("page") in (None, page)]
            footer = [n for n in spec.get("footer", ()) if page is None or n.get("page") in (None, page)]
            rects = layout.layout_form(nodes, footer, (w, h), content_top,
                                       spec.get("label_width", 150), m)
            placed = list(zip(nodes + footer, rects, strict=True))
            at = next((i for i, n in enumerate(nodes) if "rect" not in n), len(nodes))
            placed[at:at] = [(n, tuple(n["rect"])) for n in tab_nodes]  # after the title bar's buttons
            out, prev = [], None
            for node, rel in placed:
                c = self._dialog_control(did, spec, node, rel, rect, ids, prev)
                prev = c.id
                out.append(c)
            made[page] = out
        first = made[pages[0] if pages else None]
        container = self._control({"name": spec["name"], "type": spec.get("type", "Window"),
                                   "class": spec.get("class")}, f"dialog:{did}", rect, "dialog", did, first)
        self._ids.add(f"dialog:{did}")
        return DialogModel(did, container, spec.get("modal", True), rect, tuple(pages),
                           MappingProxyType({k: tuple(v) for k, v in made.items()}),
                           MappingProxyType({k: MappingProxyType(v) for k, v in spec.get("fields", {}).items()}))

    def _dialog_control(self, did, spec, node, rel, rect, ids, prev) -> Control:
        key = id(node)
        if key in ids:  # a control shared by several pages, placed again for each page
            cid = ids[key]
        else:
            self._check(node, f"dialog {did}", spec)
            cid = ids[key] = self._id(node, did, prev)
        absolute = layout.translate(rel, rect[0], rect[1])
        c = self._control(node, cid, absolute, "dialog", did)
        self.by_id.setdefault(cid, c)
        return c


def _calls(node) -> Iterator[Mapping[str, Any]]:
    """Every document command a node can run (its command, commands, submit steps, commit)."""
    if "command" in node:
        yield {"command": node["command"], "args": node.get("args", {})}
    yield from node.get("commands", ())
    yield from node.get("dialog_submit", ())
    for name in node.get("submit_scope", {}).get("commands", {}).values():
        yield {"command": name, "args": {"steps": []}}
    if "commit" in node:
        yield {"command": node["commit"]["command"], "args": {}, "arg": node["commit"].get("arg")}


def calls_of(control: Control) -> list[Mapping[str, Any]]:
    """The document command specs a control's behaviour names (for checks and tools)."""
    return list(_calls(control.behaviour))

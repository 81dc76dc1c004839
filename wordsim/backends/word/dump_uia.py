"""Dump a real Word's ribbon (UI Automation) into the ribbon data format of wordsim/data/ui, so
the simulated names, types and widths can be refreshed from a real install.

    python -m wordsim.backends.word.dump_uia OUT_DIR     (Windows, Word running or startable)

selects each ribbon tab in turn, snapshots the window's UIA tree, and writes OUT_DIR/ribbon.json
(load it in place of wordsim/data/ui/ribbon.json) and OUT_DIR/uia_tree.json (the raw snapshots).
Behaviour (commands, popups, toggles) is not in Word's tree: it is carried over from the packaged
data for every control whose tab, group, name and type still match; the rest is listed in
`_comment`. `snapshot` and `ribbon_data` are pure, so the conversion is tested anywhere."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from wordsim.ui.data import BEHAVIOUR_KEYS, UIA_TYPES, read_data, slug

Node = dict[str, Any]  # {"name", "type", "class", "rect": [l, t, r, b], "children": [...]}
ROW_SLACK = 4  # pixels: controls whose tops differ by less share a ribbon row
LAUNCHER_MAX = 20  # a group's dialog box launcher: a small button in its bottom-right corner


def snapshot(element) -> Node:
    """A plain copy of a pywinauto UIA wrapper's subtree (name, type, class, rectangle)."""
    info, r = element.element_info, element.rectangle()
    return {"name": info.name or "", "type": info.control_type or "Custom",
            "class": info.class_name or "", "rect": [r.left, r.top, r.right, r.bottom],
            "enabled": bool(element.is_enabled()),
            "children": [snapshot(child) for child in element.children()]}


def ribbon_groups(window: Node, group_class: str) -> list[Node]:
    """The ribbon's groups shown now: the outermost `Group` nodes of the ribbon's group class."""
    if window["type"] == "Group" and window.get("class", "") == group_class:
        return [window]
    return [g for child in window.get("children", ()) for g in ribbon_groups(child, group_class)]


def _leaves(node: Node) -> Iterable[tuple[Node, Node, bool]]:
    """(leaf, what it sizes by, is the drop-down half of a split button) in tree order: a split
    button's halves size by the whole button; galleries stay whole."""
    split = node.get("type") == "SplitButton"
    for k, child in enumerate(node.get("children", ())):
        if not child.get("children") or _is_gallery(child):
            yield child, node if split else child, split and k > 0
        else:
            yield from _leaves(child)


def _is_gallery(node: Node) -> bool:
    return node["type"] == "List" and any(c["type"] == "ListItem" for c in node["children"])


def _height(node: Node) -> int:
    return node["rect"][3] - node["rect"][1]


def _width(node: Node) -> int:
    return node["rect"][2] - node["rect"][0]


def _base(node: Node) -> Node:
    out = {"name": node["name"] or "(unnamed)",
           "type": node["type"] if node["type"] in UIA_TYPES else "Custom"}
    if node.get("class"):
        out["class"] = node["class"]
    if node.get("enabled") is False:
        out["enabled"] = False
    return out


def _gallery(node: Node) -> Node:
    items = [c for c in node["children"] if c["type"] == "ListItem"]
    first = items[0]
    out = {**_base(node), "size": "gallery", "columns": len({c["rect"][0] for c in items}),
           "item_width": _width(first), "item_height": _height(first),
           "children": [_base(c) for c in node["children"]]}
    others = [c for c in node["children"] if c["type"] != "ListItem"]
    if others:
        out["side_width"] = max(_width(c) for c in others)
    return out


def _is_launcher(leaf: Node, group: Node) -> bool:
    left, top, right, bottom = leaf["rect"]
    return (leaf["type"] == "Button" and right - left <= LAUNCHER_MAX
            and bottom - top <= LAUNCHER_MAX and group["rect"][2] - right <= LAUNCHER_MAX
            and group["rect"][3] - bottom <= LAUNCHER_MAX)


def convert_group(group: Node) -> dict:
    """A ribbon group's data: its controls with their real widths, large ones where they fill
    most of the group's height, rows ("break") and blocks ("column") from where they sit."""
    controls, launcher = [], None
    previous: Node | None = None  # the last small control of the current block
    for leaf, outer, split in _leaves(group):
        if launcher is None and _is_launcher(leaf, group):
            launcher = _base(leaf)
            continue
        if _is_gallery(leaf):
            controls.append(_gallery(leaf))
            previous = None
            continue
        node = {**_base(leaf), "width": _width(leaf)}
        if split:
            node["split"] = True
        if _height(outer) * 2 >= _height(group):
            node["size"] = "large"
            previous = None
        elif previous is not None and not split:
            if leaf["rect"][1] > previous["rect"][1] + ROW_SLACK:
                node["break"] = True
            elif leaf["rect"][1] < previous["rect"][1] - ROW_SLACK:
                node["column"] = True
        if "size" not in node:
            previous = leaf
        controls.append(node)
    out = {"name": group["name"], "controls": controls}
    if launcher is not None:
        out["launcher"] = launcher
    return out


def _tab_key(name: str) -> str:
    """Word names the File tab "File Tab" in UIA; the data says "File"."""
    return name.removesuffix(" Tab").strip().lower()


def _carry(new: Node, old: Mapping | None) -> Node:
    """`new` with the behaviour (and explicit id) of the packaged control it replaces."""
    if old is None:
        return new
    kept = {k: v for k, v in old.items() if k in BEHAVIOUR_KEYS or k == "id"}
    if "children" in new and "children" in old:
        new["children"] = _carry_all(new["children"], old["children"])
    return {**new, **kept}


def _carry_all(new: Sequence[Node], old: Sequence[Mapping]) -> list[Node]:
    """Match controls by (name, type, occurrence) and carry each one's behaviour over."""
    index: dict[tuple, Mapping] = {}
    seen: Counter = Counter()
    for o in old:
        key = (o["name"], o["type"])
        index[(*key, seen[key])] = o
        seen[key] += 1
    seen.clear()
    out = []
    for n in new:
        key = (n["name"], n["type"])
        out.append(_carry(n, index.get((*key, seen[key]))))
        seen[key] += 1
    return out


def ribbon_data(tabs: Sequence[tuple[Node, Node | None]], packaged: Mapping,
                group_class: str) -> dict:
    """ribbon.json from the dump: for each tab, its TabItem and the window snapshotted while it
    was selected (None for a tab that opens something else, as File opens Backstage).
    `packaged` is the current ribbon data: ids, popups and commands are carried over; tabs it
    has that the dump lacks (contextual tabs not shown at the time) are kept as they are."""
    old_tabs: dict[tuple[str, int], Mapping] = {}
    seen: Counter = Counter()
    for t in packaged["tabs"]:
        old_tabs[(_tab_key(t["name"]), seen[_tab_key(t["name"])])] = t
        seen[_tab_key(t["name"])] += 1
    seen.clear()
    out, used, fresh = [], set(), []
    for item, window in tabs:
        key = _tab_key(item["name"])
        old = old_tabs.get((key, seen[key]))
        seen[key] += 1
        tab: dict[str, Any] = {"id": old["id"] if old else slug(item["name"]),
                               "name": item["name"]}
        if old is None:
            fresh.append(item["name"])
        for extra in ("opens", "visible_if"):
            if old is not None and extra in old:
                tab[extra] = old[extra]
        if window is not None:
            groups = [convert_group(g) for g in ribbon_groups(window, group_class)]
            old_groups = {g["name"]: g for g in (old or {}).get("groups", ())}
            for g in groups:
                before = old_groups.get(g["name"], {})
                g["controls"] = _carry_all(g["controls"], before.get("controls", ()))
                if "launcher" in g:
                    g["launcher"] = _carry(g["launcher"], before.get("launcher"))
            tab["groups"] = groups
        used.add(tab["id"])
        out.append(tab)
    kept = [t for t in packaged["tabs"] if t["id"] not in used]
    note = (f"Dumped from Word's UI Automation tree. Tabs new to the data: {fresh or 'none'}; "
            f"kept from the packaged data (not shown at dump time): "
            f"{[t['id'] for t in kept] or 'none'}.")
    return {"_comment": note, "tabs": out + kept}


# ---------------------------------------------------------------------- Windows
def dump(out_dir: Path, pause: float = 0.6) -> dict:
    """Select each ribbon tab of the running (or a new) Word, snapshot, convert, write."""
    from .backend import WordBackend
    from .uia import WordWindow

    data = read_data()
    tab_class = data["window"]["class_names"]["ribbon"]["TabItem"]
    group_class = data["window"]["class_names"]["ribbon"]["Group"]
    opens = {_tab_key(t["name"]) for t in data["ribbon"]["tabs"] if "opens" in t}
    with WordBackend(visible=True) as word:
        word.doc = word.app.Documents.Add()
        root = WordWindow.attach(word.doc.ActiveWindow.Caption).root
        items = [e for e in root.descendants() if e.element_info.control_type == "TabItem"
                 and e.element_info.class_name == tab_class]
        tabs = []
        for item in items:
            window = None
            if _tab_key(item.element_info.name) not in opens:
                item.select()
                time.sleep(pause)  # the ribbon redraws the tab's groups
                window = snapshot(root)
            tabs.append((snapshot(item), window))
    ribbon = ribbon_data(tabs, data["ribbon"], group_class)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "ribbon.json").write_text(json.dumps(ribbon, indent=1, ensure_ascii=False),
                                         "utf-8")
    (out_dir / "uia_tree.json").write_text(json.dumps(tabs, ensure_ascii=False), "utf-8")
    return ribbon


def main(argv: Sequence[str] | None = None) -> int:
    from ..base import BackendError

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m wordsim.backends.word.dump_uia OUT_DIR", file=sys.stderr)
        return 2
    try:
        ribbon = dump(Path(args[0]))
    except BackendError as exc:
        print(f"dump_uia: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(ribbon['tabs'])} tabs to {Path(args[0]) / 'ribbon.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

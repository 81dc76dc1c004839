"""Deterministic rectangles for the synthetic 1920x1080 window: widths from names, groups left to
right, small buttons in rows, menus stacked, dialogs as forms. Every rule is a few lines so the
layout stays predictable; an explicit "rect" in the data always wins."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

Rect = tuple[int, int, int, int]
CHAR_W = 7  # average text width in pixels of Word's 9 pt UI font at 100%


def text_width(name: str, pad: int) -> int:
    return CHAR_W * len(name) + pad


def translate(rect: Rect, dx: int, dy: int) -> Rect:
    left, top, right, bottom = rect
    return (left + dx, top + dy, right + dx, bottom + dy)


def intersects(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(a: Rect, outer: Rect) -> bool:
    return outer[0] <= a[0] and outer[1] <= a[1] and a[2] <= outer[2] and a[3] <= outer[3]


# ------------------------------------------------------------------ ribbon
def small_width(node: Mapping[str, Any]) -> int:
    if "width" in node:
        return node["width"]
    if node.get("split"):
        return 14
    kind = node["type"]
    if kind == "ComboBox":
        return 100
    if kind in ("Edit", "Spinner"):
        return 80
    if kind == "CheckBox":
        return text_width(node["name"], 26)
    if node.get("label"):
        return text_width(node["name"], 30)
    return 28


def large_width(node: Mapping[str, Any]) -> int:
    return node.get("width", max(44, text_width(node["name"], 14)))


def layout_group(nodes: list[dict], x0: int, top: int, metrics: Mapping[str, int]) -> tuple[int, list[Rect]]:
    """Rectangles for a ribbon group's controls starting at x0: "large" controls take a full
    column (a "split" drop-down under a large button takes its bottom third), small ones flow
    row by row into a block of `rows` rows ("break" starts the next row), a "gallery" lays its
    items in a grid with its buttons in a narrow column on the right. Returns (width, rects)
    where rects[i] is for nodes[i] (a gallery's children follow in node["_child_rects"])."""
    row_h, rows, gap = metrics["row_height"], metrics["rows"], metrics["gap"]
    full = row_h * rows
    x = x0 + metrics["group_padding"]
    rects: list[Rect] = []
    block: list[int] | None = None  # x where each row of the current small block has reached
    block_x = row = 0
    for i, node in enumerate(nodes):
        size = node.get("size", "small")
        if block is not None and (size != "small" or node.get("column")):
            x = block_x + max(r - block_x for r in block) + gap
            block = None
        if size == "large":
            if node.get("split"):
                left, _, right, _ = rects[i - 1]
                cut = top + full * 2 // 3
                rects[i - 1] = (left, top, right, cut)
                rects.append((left, cut, right, top + full))
                continue
            w = large_width(node)
            rects.append((x, top, x + w, top + full))
            x += w + gap
        elif size == "gallery":
            cols, iw, ih = node["columns"], node["item_width"], node["item_height"]
            items = [c for c in node["children"] if c["type"] == "ListItem"]
            others = [c for c in node["children"] if c["type"] != "ListItem"]
            child_rects = []
            for k in range(len(items)):
                r, c = divmod(k, cols)
                child_rects.append((x + c * iw, top + r * ih, x + (c + 1) * iw, top + (r + 1) * ih))
            grid_w = cols * iw
            side = node.get("side_width", 18)
            for k in range(len(others)):
                child_rects.append((x + grid_w, top + k * row_h, x + grid_w + side, top + (k + 1) * row_h))
            grid_h = max(math.ceil(len(items) / cols) * ih, len(others) * row_h)
            if grid_h > full:
                raise ValueError(f"gallery {node['name']!r} is taller than the ribbon")
            node["_child_rects"] = child_rects
            rects.append((x, top, x + grid_w + side, top + grid_h))
            x += grid_w + side + gap
        else:
            if block is None:
                block, block_x, row = [x] * rows, x, 0
            elif node.get("break"):
                row += 1
                if row >= rows:
                    raise ValueError(f"ribbon control {node['name']!r}: more than {rows} rows")
            w = small_width(node)
            y = top + row * row_h
            rects.append((block[row], y + 2, block[row] + w, y + row_h - 2))
            block[row] += w + (0 if nodes[i + 1:i + 2] and nodes[i + 1].get("split") else 2)
    if block is not None:
        x = block_x + max(r - block_x for r in block) + gap
    return x - x0 + metrics["group_padding"] - gap, rects


# ------------------------------------------------------------------ popups
def layout_popup(spec: Mapping[str, Any], metrics: Mapping[str, int]) -> tuple[int, int, list[Rect]]:
    """(width, height, item rects relative to the popup's top-left) for a menu: sections one
    under the other, each a list (full-width items) or a grid of `columns` swatches."""
    pad = 4
    items = [it for sec in spec["sections"] for it in sec["items"]]
    width = spec.get("width") or max([140] + [text_width(it["name"], 56) for it in items
                                              if not _in_grid(spec, it)])
    rects: list[Rect] = []
    y = pad
    for sec in spec["sections"]:
        if sec.get("heading"):
            y += metrics["heading_height"]
        h = sec.get("item_height", metrics["menu_item_height"])
        cols = sec.get("columns")
        if cols:
            cw = (width - 2 * pad) // cols
            for k in range(len(sec["items"])):
                r, c = divmod(k, cols)
                left = pad + c * cw
                rects.append((left, y + r * h, left + cw, y + (r + 1) * h))
            y += math.ceil(len(sec["items"]) / cols) * h
        else:
            for _ in sec["items"]:
                rects.append((pad, y, width - pad, y + h))
                y += h
        y += pad
    return width, y, rects


def _in_grid(spec, item) -> bool:
    return any(sec.get("columns") and item in sec["items"] for sec in spec["sections"])


def place_popup(placement: str, size: tuple[int, int], anchor: Rect, container: Rect | None,
                window: tuple[int, int]) -> tuple[int, int]:
    """Top-left of a popup of `size`: "below" its anchor (above it when there is no room below
    and there is above), "right" of it (left when no room), "over" the anchor's container."""
    w, h = size
    width, height = window
    if placement == "right":
        x, y = anchor[2], anchor[1]
        if x + w > width:
            x = anchor[0] - w
        return max(0, x), max(0, min(y, height - h))
    if placement == "over" and container is not None:
        x, y = container[0], container[1]
    else:
        x, y = anchor[0], anchor[3]
        if y + h > height and anchor[1] - h >= 0:
            y = anchor[1] - h
    return max(0, min(x, width - w)), y


# ------------------------------------------------------------------ dialogs
def field_width(node: Mapping[str, Any]) -> int:
    if "width" in node:
        return node["width"]
    kind = node["type"]
    if node.get("split"):
        return 18
    if kind in ("CheckBox", "RadioButton"):
        return text_width(node["name"], 26)
    if kind == "Button":
        return max(88, text_width(node["name"], 24))
    if kind == "TabItem":
        return text_width(node["name"], 24)
    if kind == "ListItem":
        return 220
    return 180


def has_label(node: Mapping[str, Any]) -> bool:
    """Edit boxes and combo boxes have their name written to their left (a static text)."""
    return node["type"] in ("Edit", "ComboBox", "Spinner") and not node.get("split") \
        and not node.get("no_label")


def layout_form(nodes: list[dict], footer: list[dict], size: tuple[int, int], top: int,
                label_width: int, metrics: Mapping[str, int]) -> list[Rect]:
    """Rects relative to the dialog for one page: content rows from `top` (each control starts a
    row unless "inline"; edit boxes leave `label_width` for their label; a "split" spinner sits
    just right of its box), then the footer buttons right-aligned on the bottom row."""
    w, h = size
    pitch, row_h = metrics["dialog_row_pitch"], metrics["dialog_row_height"]
    rects: list[Rect] = []
    y = top - pitch
    for node in nodes:
        if "rect" in node:
            rects.append(tuple(node["rect"]))
            continue
        fw = field_width(node)
        if node.get("split"):
            left = rects[-1][2]
        elif node.get("inline"):
            left = node.get("x", rects[-1][2] + 12 + (label_width if has_label(node) else 0))
        else:
            y += pitch
            left = node.get("x", 16 + (label_width if has_label(node) else 0))
        rects.append((left, y, left + fw, y + row_h))
    if nodes and y + row_h > h - metrics["footer_height"]:
        raise ValueError("dialog content does not fit above its buttons")
    right = w - 16
    bottom = h - 14
    placed: list[Rect] = []
    for node in reversed(footer):
        fw = field_width(node)
        placed.append((right - fw, bottom - row_h - 4, right, bottom))
        right -= fw + 8
    rects.extend(reversed(placed))
    return rects

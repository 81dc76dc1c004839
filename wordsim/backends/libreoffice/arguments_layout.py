"""Arguments of the table, page layout, header and picture commands, checked with the
simulator's own parsers and data (paper sizes, margin presets, table styles, image headers) and
sent to the server as plain numbers: lengths in twips, picture sizes in EMU."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from wordsim.document import COMMANDS, CommandError
from wordsim.document.compound import compound_steps
from wordsim.document.headers import _ALIGNMENTS, _KINDS, _POSITIONS, _pick
from wordsim.document.inserts import _length, _target, read_image
from wordsim.document.page_setup import (
    _BREAK_KINDS,
    _INCH,
    _choice,
    _inches,
    page_setup_data,
    whole_number,
)
from wordsim.document.paragraph import on_off
from wordsim.document.safety import DEFAULT_LIMITS
from wordsim.document.tables import _MAX_COLUMNS, _MAX_ROWS, _UI_DASH, _table_style_data


def _insert_table(a: dict) -> dict:
    rows = whole_number(a["rows"], "number of rows", 1, _MAX_ROWS)
    columns = whole_number(a["columns"], "number of columns", 1, _MAX_COLUMNS)
    at = a.get("at", "caret")
    if at not in ("caret", "end"):
        raise CommandError(f"Unknown table position {at!r}; use 'caret' or 'end'.")
    return {"rows": rows, "columns": columns, "at": at, "limit": DEFAULT_LIMITS.max_paragraphs}


def _table_style(a: dict) -> dict:
    """The style as the simulator resolves it: `key` to look up in the document, and Word's
    built-in definition when there is one (`builtin`: UI name, id and spec)."""
    name = a["style"]
    if not isinstance(name, str) or not name.strip():
        raise CommandError(f"Table style name must be a non-empty string, not {name!r}.")
    key = _UI_DASH.sub(" ", name.strip())
    found = _table_style_data()[0].get(key.lower())
    builtin = None if found is None else {"name": found[0], "id": found[1]["id"],
                                          "spec": found[1]}
    return {"style": name, "key": key, "builtin": builtin}


def _orientation(a: dict) -> dict:
    return {"value": _choice(a["value"], ("portrait", "landscape"), "orientation")}


def _margins(a: dict) -> dict:
    sides = ("top", "bottom", "left", "right")
    custom = {side: a[side] for side in sides if a.get(side) is not None}
    preset = a.get("preset")
    if preset is None and not custom:
        raise CommandError("Give a margins preset or at least one margin in inches.")
    values, mirror = {}, None
    if preset is not None:
        presets = page_setup_data()["margins"]
        spec = presets[_choice(preset, list(presets), "margins preset")]
        mirror = bool(spec.get("mirror"))
        values = {side: round(spec[side] * _INCH) for side in sides}
    values.update({side: _inches(v, f"{side} margin") for side, v in custom.items()})
    return {"values": values, "preset": preset is not None, "mirror": mirror}


def _page_size(a: dict) -> dict:
    sizes = page_setup_data()["page_sizes"]
    spec = sizes[_choice(a["size"], list(sizes), "page size")]
    return {"width": spec["width"], "height": spec["height"]}


def _columns(a: dict) -> dict:
    return {"count": whole_number(a["count"], "number of columns", 1, 45),
            "spacing": _inches(a.get("spacing", 0.5), "column spacing")}


def _section_break(a: dict) -> dict:
    kind = a.get("kind", "next_page")
    if kind not in _BREAK_KINDS:
        raise CommandError(f"Unknown section break {kind!r}; use one of {sorted(_BREAK_KINDS)}.")
    return {"kind": kind}


def _header_kind(story: str) -> Callable[[dict], dict]:
    def check(a: dict) -> dict:
        _pick(a.get("kind", "primary"), _KINDS, f"{story} kind")
        return {"text": str(a["text"]), "kind": a.get("kind", "primary")}

    return check


def _page_number(a: dict) -> dict:
    out = {"position": _pick(a.get("position", "bottom"), _POSITIONS, "page number position"),
           "alignment": _pick(a.get("alignment", "center"), _ALIGNMENTS,
                              "page number alignment")}
    _pick(a.get("fmt", "plain"), ("plain",), "page number format")
    return out


def _picture(a: dict) -> dict:
    """The image read as the simulator reads it; its size in EMU as asked or native (`fit`:
    the server shrinks it to the column, which only the document knows)."""
    data, image = read_image(a["data"])
    width, height = a.get("width"), a.get("height")
    cx, cy = image.scaled_dimensions(_length(width, "width"), _length(height, "height"))
    return {"data": data, "cx": int(cx), "cy": max(int(cy), 1),
            "fit": width is None and height is None}


def _hyperlink(a: dict) -> dict:
    """The address checked as the simulator checks it; a #bookmark is looked up by the server
    (only the document knows its bookmarks)."""
    address = a["address"]
    text = a.get("text")
    stripped = address.strip() if isinstance(address, str) else ""
    if stripped.startswith("#") and all(ord(c) >= 32 for c in stripped):
        return {"url": None, "bookmark": stripped[1:], "text": text, "shown": ""}
    url, _ = _target(None, address)  # the document is only read for bookmarks
    return {"url": url, "bookmark": None, "text": text, "shown": stripped}


def _compound(a: dict) -> dict:
    """Every step checked as the simulator checks it, its arguments normalised for the server
    (a step with bad arguments refuses the whole compound, which leaves the document as the
    simulator's rollback does)."""
    from .arguments import normalise  # arguments.py imports this module

    return {"steps": [[name, normalise(name, dict(args))]
                      for name, args in compound_steps(a["steps"])]}


def _checked(name: str, fn: Callable[[dict], dict]) -> Callable[[dict], dict]:
    """`fn` after the arguments bind to the simulator's command (TypeError as the simulator
    gives for a missing or unknown argument), since `fn` passes on only what the server takes."""
    signature = inspect.signature(COMMANDS[name])

    def check(a: dict) -> dict:
        signature.bind(None, **a)
        return fn(a)

    return check


_NORMALISE: dict[str, Callable[[dict], dict]] = {
    "insert_table": _insert_table,
    "table_style": _table_style,
    "orientation": _orientation,
    "margins": _margins,
    "gutter": lambda a: {"twips": _inches(a["inches"], "gutter")},
    "page_size": _page_size,
    "columns": _columns,
    "section_break": _section_break,
    "header_text": _header_kind("header"),
    "footer_text": _header_kind("footer"),
    "page_number": _page_number,
    "insert_picture": _picture,
    "insert_hyperlink": _hyperlink,
    "compound": _compound,
    "whole_document": _compound,  # the same steps, run with the whole story selected
    "different_first_page": lambda a: {"on": on_off(a.get("on", True), "Different first page")},
    "different_odd_even": lambda a: {"on": on_off(a.get("on", True), "Different odd and even")},
}
NORMALISE = {name: _checked(name, fn) for name, fn in _NORMALISE.items()}

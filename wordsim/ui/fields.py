"""Values of edit boxes, spinners, combo boxes and check boxes: shown as text, converted by type.

A field spec (from the data) has a `type` — text, int, number, bool, length or choice — and for
lengths a `unit` (what the command takes: "pt" or "in") and a `display` unit (what the box shows
and what a bare number means), as Word's boxes read "0.5"" or "12 pt"; numbers may have a
`suffix` the box shows after them and reads past (the Font dialog's Scale: "90%")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

POINTS_PER = {"pt": 1.0, "in": 72.0, '"': 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pi": 12.0,
              "li": 12.0, "inch": 72.0, "inches": 72.0, "point": 1.0, "points": 1.0}
_LENGTH = re.compile(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z\"]*)\s*$", re.IGNORECASE)


def parse_length(text: Any, default_unit: str = "pt") -> float | None:
    """Points in `text` ("1.5"", "2 cm", "12 pt", "0.5" = `default_unit`); None if unreadable."""
    if isinstance(text, bool):
        return None
    if isinstance(text, (int, float)):
        return float(text) * POINTS_PER[default_unit]
    m = _LENGTH.match(str(text))
    if not m:
        return None
    unit = (m.group(2) or default_unit).lower()
    if unit not in POINTS_PER:
        return None
    return float(m.group(1)) * POINTS_PER[unit]


def _number_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def display(spec: Mapping[str, Any], value: Any) -> Any:
    """The text (or bool) a field shows for `value` given in the command's unit."""
    kind = spec.get("type", "text")
    if value is None:
        return "" if kind != "bool" else False
    if kind == "bool":
        return bool(value)
    if kind == "length":
        shown = float(value) * POINTS_PER[spec.get("unit", "pt")] / POINTS_PER[spec.get("display", "pt")]
        return _number_text(round(shown, 2)) + ('"' if spec.get("display") == "in" else " pt")
    if kind == "choice":
        for label, v in spec["choices"].items():
            if v == value or label == value:
                return label
        return str(value)
    if kind in ("int", "number") and isinstance(value, (int, float)):
        return _number_text(float(value)) + spec.get("suffix", "")
    return str(value)


def convert(spec: Mapping[str, Any], shown: Any) -> Any:
    """The command argument for a field showing `shown`; text that does not parse is passed on
    unchanged so the command reports the mistake in its own words."""
    kind = spec.get("type", "text")
    if kind == "text":
        return "" if shown is None else str(shown)
    if kind == "bool":
        return bool(shown)
    if kind == "choice":
        choices = spec["choices"]
        key = str(shown).strip().lower()
        for label, value in choices.items():
            if label.lower() == key or str(value).lower() == key:
                return value
        return shown
    if kind == "length":
        points = parse_length(shown, spec.get("display", "pt"))
        if points is None:
            return shown
        return round(points / POINTS_PER[spec.get("unit", "pt")], 4)
    text = str(shown).strip()
    suffix = spec.get("suffix")
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    try:
        number = float(text)
    except ValueError:
        return shown
    if kind == "int":
        return int(number) if number.is_integer() else shown
    return int(number) if number.is_integer() else number


def problem(spec: Mapping[str, Any], shown: Any) -> str | None:
    """What Word's message box says when OK meets `shown` in a number or measurement box that
    does not read as one, or lies outside the box's `min`..`max` (in the command's unit); None
    when the value is fine. Text, check boxes and lists never complain."""
    kind = spec.get("type", "text")
    if kind not in ("int", "number", "length"):
        return None
    value = convert(spec, shown)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return "This is not a valid measurement." if kind == "length" else \
            "This is not a valid number."
    low, high = spec.get("min"), spec.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        return f"The entry must be between {display(spec, low)} and {display(spec, high)}."
    return None


def stepped(spec: Mapping[str, Any], shown: Any, step: float) -> Any:
    """The text a spinner shows after one click (`step` in the field's display unit)."""
    value = convert(spec, shown)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        value = spec.get("min", 0)
    if spec.get("type") == "length":
        value += step * POINTS_PER[spec.get("display", "pt")] / POINTS_PER[spec.get("unit", "pt")]
    else:
        value += step
    low, high = spec.get("min"), spec.get("max")
    if low is not None:
        value = max(low, value)
    if high is not None:
        value = min(high, value)
    return display(spec, value)

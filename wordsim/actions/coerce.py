"""Checking and coercing one argument value against its declared type ("3" -> 3 for an int)."""

from __future__ import annotations

import math
import re
from typing import Any

from wordsim.actions.errors import InvalidAction
from wordsim.actions.spec import Param

INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # Word's COM Long
_INT_TEXT = re.compile(r"[+-]?\d{1,10}")
_FLOAT_TEXT = re.compile(r"[+-]?(\d{1,10}(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?")
_BOOL_TEXT = {"true": True, "false": False}


def coerce(value: Any, param: Param, function: str) -> Any:
    """`value` as `param` declares it, converting only where the meaning is unambiguous:
    "3" or 3.0 -> 3 for an int, "0.5" -> 0.5 for a float, "true" or 1 -> True for a bool,
    7 -> "7" for a str, a tuple or ints -> a list of str for a label list. Choices match
    case-insensitively ("Left" -> "left"). Raises InvalidAction naming the argument."""
    where = f"argument {param.name!r} of {function}"
    if value is None:
        if param.nullable:
            return None
        raise InvalidAction(f"{where} must be {_kind(param)}, got None.")
    converted = _CONVERTERS[param.type](value)
    if converted is _REFUSED:
        raise InvalidAction(f"{where} must be {_kind(param)}, got {_show(value)}.")
    if param.choices:
        converted = _choice(converted, param, where)
    if param.check is not None:
        reason = param.check(converted)
        if reason:
            raise InvalidAction(reason)
    return converted


_REFUSED = object()


def _to_str(value: Any) -> Any:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _REFUSED


def _to_int(value: Any) -> Any:
    if isinstance(value, bool):
        return _REFUSED
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and _INT_TEXT.fullmatch(value.strip()):
        value = int(value.strip())
    if isinstance(value, int) and INT_MIN <= value <= INT_MAX:
        return value
    return _REFUSED


def _to_float(value: Any) -> Any:
    if isinstance(value, bool):
        return _REFUSED
    if isinstance(value, str):
        text = value.strip()
        if _INT_TEXT.fullmatch(text):
            return _to_int(text)
        if not _FLOAT_TEXT.fullmatch(text):
            return _REFUSED
        value = float(text)
    if isinstance(value, int):
        return _to_int(value)
    if isinstance(value, float) and math.isfinite(value):
        return value
    return _REFUSED


def _to_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        return _BOOL_TEXT.get(value.strip().lower(), _REFUSED)
    return _REFUSED


def _to_str_list(value: Any) -> Any:
    if not isinstance(value, (list, tuple)):
        return _REFUSED
    items = [_to_str(item) for item in value]
    return _REFUSED if any(item is _REFUSED for item in items) else items


_CONVERTERS = {
    "str": _to_str,
    "int": _to_int,
    "float": _to_float,
    "bool": _to_bool,
    "list[str]": _to_str_list,
}


def _choice(value: str, param: Param, where: str) -> str:
    for choice in param.choices:
        if value.lower() == choice:
            return choice
    options = ", ".join(repr(c) for c in param.choices)
    raise InvalidAction(f"{where} must be one of {options}, got {_show(value)}.")


def _kind(param: Param) -> str:
    kind = {"str": "a string", "int": "an integer", "float": "a number", "bool": "True or False",
            "list[str]": "a list of strings"}[param.type]
    return f"{kind} or None" if param.nullable else kind


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."

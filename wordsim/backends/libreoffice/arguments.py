"""Command arguments checked and normalised with the simulator's own parsers before they cross
the bridge, so bad values give the simulator's CommandError messages and the server (which
cannot import wordsim) receives plain values: "Dark Red" -> "C00000", "14pt" -> 14.0, ..."""

from __future__ import annotations

from collections.abc import Callable

from wordsim.document import CommandError
from wordsim.document.char_values import (
    parse_case,
    parse_color,
    parse_highlight,
    parse_points,
    parse_underline,
)
from wordsim.document.find import pattern, replacement

from .arguments_layout import NORMALISE as _LAYOUT
from .arguments_paragraph import NORMALISE as PARAGRAPH_ARGS


def _find_args(args: dict, text_key: str) -> dict:
    """Word find text as the regular expression the server searches with (ICU, as
    LibreOffice's search engine speaks it; the simulator's translation of ^t, ^# ...)."""
    match_case = bool(args.get("match_case", False))
    whole_words = bool(args.get("whole_words", False))
    rx = pattern(args[text_key], match_case, whole_words)
    return {**args, "regex": rx.pattern}


def _replace_args(args: dict) -> dict:
    out = _find_args(args, "find")
    text = args["replace"]
    if not isinstance(text, str):
        raise CommandError(f"Replace With must be text, not {text!r}.")
    replacement(text, "", True)  # bad specials are refused before anything else
    # pieces between ^& (the found text), specials expanded; case adaptation is the server's
    pieces = [replacement(part, "", True) for part in text.replace("^^", "\0").split("^&")]
    out["pieces"] = [p.replace("\0", "^") for p in pieces]
    out["adapt"] = not args.get("match_case", False) and "^&" not in text and \
        replacement(text, "", True) == replacement(text, "", True).lower()
    return out


def _font(args: dict) -> dict:
    font = args["font"]
    if not isinstance(font, str) or not font.strip() or any(ord(c) < 32 for c in font):
        raise CommandError(f"invalid font name {font!r}")
    if len(font.strip()) > 255:
        raise CommandError("font name is too long")
    return {**args, "font": font.strip()}


NORMALISE: dict[str, Callable[[dict], dict]] = {
    "font_color": lambda a: {**a, "color": parse_color(a["color"])},
    "highlight": lambda a: {**a, "color": parse_highlight(a.get("color", "yellow"))},
    "underline": lambda a: {**a, "style": parse_underline(a.get("style", "single"))},
    "underline_style": lambda a: {**a, "style": None if str(a["style"]).strip().lower() in
                                  ("none", "(none)", "") else parse_underline(a["style"])},
    "font_size": lambda a: {**a, "size": parse_points(a["size"])},
    "change_case": lambda a: {**a, "key": parse_case(a["mode"])},
    "font_name": _font,
    "find_next": lambda a: _find_args(a, "text"),
    "replace": _replace_args,
    "replace_all": _replace_args,
}
NORMALISE.update(_LAYOUT)
NORMALISE.update(PARAGRAPH_ARGS)


def normalise(command: str, args: dict) -> dict:
    """`args` as the server's command `command` takes them (CommandError for bad values)."""
    fn = NORMALISE.get(command)
    if fn is None:
        return args
    try:
        return fn(dict(args))
    except KeyError as exc:  # a required argument is missing: the caller's bug, as in the sim
        raise TypeError(f"{command}() missing required argument {exc}") from None

"""pywinauto key syntax (`^b{ENTER}+{RIGHT 3}`) parsed into key chords and typed text, and back."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from wordsim.actions.errors import ActionError, InvalidAction
from wordsim.actions.key_codes import (
    CODES,
    KEY_NAMES,
    MODIFIER_CHARS,
    MODIFIER_FLAGS,
    MODIFIER_KEY_NAMES,
    SPELLINGS,
)
from wordsim.actions.limits import MAX_INPUT_CHARS

MAX_EVENTS = 10_000  # key events one sequence may expand to ({DOWN 500} is fine, {DOWN 10**9} not)
_SPECIAL = "+^%~(){}"  # characters that must be escaped as {+} ... to be typed
_FLAGS = ("ctrl", "shift", "alt")


@dataclass(frozen=True)
class Key:
    """One key pressed with modifiers held. `name` is one character ("b", "=", "]"; letters in
    lower case) or a key name from `key_codes.KEY_NAMES` ("ENTER", "F4", "CONTROL")."""

    name: str
    ctrl: bool = False
    shift: bool = False
    alt: bool = False

    @property
    def chord(self) -> str:
        """Word's way of writing the shortcut: "Ctrl+B", "Ctrl+Shift+=", "Alt+F4", "Enter"."""
        labels = zip(_FLAGS, ("Ctrl", "Shift", "Alt"), strict=True)
        mods = [label for flag, label in labels if getattr(self, flag)]
        name = self.name.upper() if len(self.name) == 1 else self.name.capitalize()
        return "+".join([*mods, name])


@dataclass(frozen=True)
class Text:
    """Characters typed as text, with no modifier held."""

    text: str


@dataclass(frozen=True)
class Pause:
    """`{PAUSE 0.5}`: wait, in seconds."""

    seconds: float


KeyEvent = Key | Text | Pause


def parse_keys(
    keys: str,
    *,
    with_spaces: bool = False,
    with_tabs: bool = False,
    with_newlines: bool = False,
    strict: bool = False,
) -> list[KeyEvent] | ActionError:
    """Parse pywinauto's `type_keys` syntax into key chords and typed text.

    `^` Ctrl, `+` Shift, `%` Alt modify the next key, `{...}` group or `(...)` group; `~` is
    Enter; `{NAME}` names a key (`{ENTER}`, `{F4}`, `{VK_CONTROL}`), `{NAME n}` repeats it,
    `{PAUSE s}` waits, `{X down}` / `{X up}` hold and release a key; `{+}` `{^}` `{%}` `{~}` `{(}`
    `{)}` `{{}` `{}}` type the character. Spaces, tabs and newlines are dropped unless the
    matching `with_*` flag is set, as in pywinauto. Shift with a letter types the capital.

    By default the syntax means what UFO's prompt says it means: a modifier key named in braces
    (`{VK_CONTROL}c`) holds for the next key, and `+(abc)` shifts every key in the group.
    `strict=True` reproduces what pywinauto 0.6 actually sends: `{VK_CONTROL}` is a tap of Ctrl
    on its own (so `{VK_CONTROL}c` types "c"), a group's modifiers are released after its first
    key, and whitespace inside groups and repetitions is always dropped.

    Returns the events, or an `ActionError` whose message is pywinauto's error as UFO reports it.
    """
    if not isinstance(keys, str):
        return ActionError.from_reason(f"keys must be a string, got {type(keys).__name__}.", keys)
    if len(keys) > MAX_INPUT_CHARS:
        return ActionError.from_reason(f"the key sequence is too long ({len(keys)} characters).")
    parser = _Parser(with_spaces, with_tabs, with_newlines, strict)
    try:
        parser.sequence(keys, base=(), pending=[], top=True)
    except InvalidAction as error:
        return ActionError.from_reason(str(error), keys)
    return _merge_text(parser.events)


def format_keys(events: Iterable[KeyEvent], *, with_spaces: bool = False) -> str:
    """Write events back in pywinauto syntax: `parse_keys(format_keys(e), strict=m)` gives `e`
    back for any `e` that `parse_keys(..., strict=m)` produced. Spaces are written `{ }` so they
    survive `with_spaces=False`, unless `with_spaces` is set."""
    out: list[str] = []
    events = list(events)
    i = 0
    while i < len(events):
        event = events[i]
        i += 1
        if isinstance(event, Text):
            out.extend(_format_char(c, with_spaces) for c in event.text)
        elif isinstance(event, Pause):
            out.append(f"{{PAUSE {event.seconds!r}}}")
        else:
            prefix = "".join(c for c, flag in (("^", "ctrl"), ("+", "shift"), ("%", "alt"))
                             if getattr(event, flag))
            if len(event.name) == 1:  # whitespace always braced: a bare one would be dropped
                out.append(prefix + _format_char(event.name, with_spaces=False))
                continue
            count = 1
            while i < len(events) and events[i] == event:
                count, i = count + 1, i + 1
            repeat = f" {count}" if count > 1 else ""
            out.append(f"{prefix}{{{SPELLINGS[event.name]}{repeat}}}")
    return "".join(out)


def _format_char(c: str, with_spaces: bool) -> str:
    if c in _SPECIAL or (c.isspace() and not (c == " " and with_spaces)):
        return "{" + c + "}"
    return c


class _Parser:
    """pywinauto's `parse_keys` walk, emitting `Key`s (single characters unmerged) and `Pause`s."""

    def __init__(self, with_spaces: bool, with_tabs: bool, with_newlines: bool, strict: bool):
        self.whitespace = {" ": with_spaces, "\t": with_tabs, "\n": with_newlines}
        self.strict = strict
        self.held: dict[str, int] = dict.fromkeys(_FLAGS, 0)  # {VK_SHIFT down} ... {VK_SHIFT up}
        self.events: list[Key | Pause] = []

    def sequence(self, text: str, base: tuple[str, ...], pending: list[str], top: bool) -> None:
        """Parse `text`. `base` modifiers apply to every element (a group, in the default mode);
        `pending` ones to the first element only (pywinauto's shared modifier list)."""
        modifiers = [*base, *pending]
        i = 0
        while i < len(text):
            c = text[i]
            i += 1
            if c in MODIFIER_CHARS:
                modifiers.append(MODIFIER_CHARS[c])
                continue
            if c == "(":
                end = text.find(")", i)
                if end == -1:
                    raise InvalidAction("`)` not found")
                if self.strict:  # pywinauto shares its modifier list with the group
                    self.sequence(text[i:end], base=(), pending=modifiers, top=False)
                else:
                    self.sequence(text[i:end], base=tuple(modifiers), pending=[], top=False)
                i = end + 1
            elif c == "{":
                end = text.find("}", i + 1)  # from i + 1 so that {}} is the escaped "}"
                if end == -1:
                    raise InvalidAction("`}` not found")
                code, i = text[i:end], end + 1
                if self._code(code, modifiers):
                    continue  # a modifier key named in braces holds for the next element
            elif c == ")":
                raise InvalidAction("`)` should be preceded by `(`")
            elif c == "}":
                raise InvalidAction("`}` should be preceded by `{`")
            elif c in self.whitespace and not (self.whitespace[c] and (top or not self.strict)):
                continue  # skipped whitespace keeps the modifiers for the next key
            elif c in "~\n":
                self._emit("ENTER", modifiers)
            else:
                self._emit(c, modifiers)
            modifiers = list(base)
        if len(modifiers) > len(base):  # modifiers left with nothing to modify: a bare tap
            extra = modifiers[len(base):]
            self._emit(MODIFIER_KEY_NAMES[extra[-1]], [*base, *extra[:-1]])

    def _code(self, code: str, modifiers: list[str]) -> bool:
        """Handle `{code}`; True when it was a modifier key that stays pending."""
        if any(event in code.lower() for event in (" up", " down")):
            parts = code.split(" ")
            if len(parts) != 2:
                raise InvalidAction(f"invalid key event: {{{code}}}")
            self._press_or_release(parts[0], up=parts[1].strip() == "up", modifiers=modifiers)
            return False
        if code in CODES:
            vk = CODES[code]
            if vk in MODIFIER_FLAGS and not self.strict:
                modifiers.append(MODIFIER_FLAGS[vk])
                return True
            self._emit(KEY_NAMES[vk], modifiers)
            return False
        if len(code) == 1:
            self._emit(code, modifiers)
            return False
        parts = code.rsplit(None, 1)
        if len(parts) != 2:
            raise InvalidAction(_unknown(code))
        to_repeat, count = parts
        if to_repeat == "PAUSE":
            self._pause(count)
        else:
            self._repeat(to_repeat, count, modifiers)
        return False

    def _press_or_release(self, name: str, up: bool, modifiers: list[str]) -> None:
        if name in CODES and CODES[name] in MODIFIER_FLAGS:
            flag = MODIFIER_FLAGS[CODES[name]]
            self.held[flag] = max(0, self.held[flag] + (-1 if up else 1))
        elif name in CODES or len(name) == 1:
            if not up:  # the key goes down once; its release adds nothing
                self._emit(KEY_NAMES[CODES[name]] if name in CODES else name, modifiers)
        else:
            raise InvalidAction(_unknown(name))

    def _pause(self, count: str) -> None:
        try:
            seconds = float(count)
        except ValueError:
            raise InvalidAction(f"invalid pause time {count}") from None
        if not math.isfinite(seconds):
            raise InvalidAction(f"invalid pause time {count}")
        self.events.append(Pause(seconds))

    def _repeat(self, to_repeat: str, count: str, modifiers: list[str]) -> None:
        try:
            n = int(count)
        except ValueError:
            raise InvalidAction(f"invalid repetition count {count}") from None
        if n > MAX_EVENTS:
            raise InvalidAction(f"repetition count {n} is too large (at most {MAX_EVENTS}).")
        if to_repeat in CODES:
            for _ in range(n):
                self._emit(KEY_NAMES[CODES[to_repeat]], modifiers)
            return
        # pywinauto parses the repeated text with its default flags: whitespace dropped.
        flags = (False,) * 3 if self.strict else tuple(self.whitespace.values())
        inner = _Parser(*flags, strict=self.strict)
        inner.sequence(to_repeat, base=(), pending=[], top=True)
        for _ in range(n):
            for event in inner.events:
                if isinstance(event, Key):
                    flags = [f for f in _FLAGS if getattr(event, f)]
                    self._emit(event.name, [*modifiers, *flags])
                else:
                    self._append(event)

    def _emit(self, name: str, modifiers: Iterable[str]) -> None:
        flags = set(modifiers) | {flag for flag, count in self.held.items() if count}
        if len(name) == 1 and name.isalpha() and flags & {"ctrl", "alt", "shift"}:
            name = name.lower()
        self._append(Key(name, "ctrl" in flags, "shift" in flags, "alt" in flags))

    def _append(self, event: Key | Pause) -> None:
        if len(self.events) >= MAX_EVENTS:
            raise InvalidAction(f"the key sequence expands to more than {MAX_EVENTS} keys.")
        self.events.append(event)


def _unknown(code: str) -> str:
    hint = f" (key names are upper case: {{{code.upper()}}})" if code.upper() in CODES else ""
    return f"Unknown code: {code}{hint}"


def _merge_text(events: list[Key | Pause]) -> list[KeyEvent]:
    """Single characters with no modifier (or Shift with a letter) become typed `Text`."""
    out: list[KeyEvent] = []
    for event in events:
        char = _typed_char(event)
        if char is None:
            out.append(event)
        elif out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + char)
        else:
            out.append(Text(char))
    return out


def _typed_char(event: Key | Pause) -> str | None:
    if not isinstance(event, Key) or len(event.name) != 1 or event.ctrl or event.alt:
        return None
    if not event.shift:
        return event.name
    return event.name.upper() if event.name.isalpha() else None

"""Word's real window through UI Automation (pywinauto, backend "uia"): UFO's control list, the
control an action names, and UFO's executor calls on it (click_input, type_keys, texts ...).

`WordWindow(root)` works on any object with pywinauto's wrapper interface (`element_info`,
`descendants()`, `is_enabled()`, `is_visible()`, `click_input()`, `type_keys()`, ...);
`WordWindow.attach(caption)` finds the running Word window (class OpusApp) on Windows."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from wordsim.actions import match_control
from wordsim.ui.data import data_dir

from .connect import require

WINDOW_CLASS = "OpusApp"  # Word's main window; its document area is class _WwG
_ESCAPED = re.compile(r"([{}+^%~()\[\]])")  # pywinauto's special characters, typed literally


class ControlNotFound(LookupError):
    """The action names no control on screen now (an agent mistake)."""


@cache
def ufo_listing() -> tuple[frozenset, int]:
    """UFO's control types and cap, from the window data (one source with the simulator)."""
    window = json.loads((data_dir() / "window.json").read_text("utf-8"))
    return frozenset(window["ufo_control_types"]), int(window["max_controls"])


def typed(text: str) -> str:
    """`text` for pywinauto's type_keys: special characters escaped, Enter and Tab as keys."""
    text = _ESCAPED.sub(r"{\1}", text)
    return text.replace("\r\n", "\n").replace("\n", "{ENTER}").replace("\t", "{TAB}")


class WordWindow:
    def __init__(self, root: Any):
        self.root = root

    @classmethod
    def attach(cls, caption: str) -> WordWindow:
        """The Word window whose title starts with the document window's caption."""
        desktop = require("pywinauto").Desktop(backend="uia")
        window = desktop.window(class_name=WINDOW_CLASS, title_re=f"^{re.escape(caption)}")
        return cls(window.wrapper_object())

    # -------------------------------------------------------------- controls
    def controls(self) -> list[dict]:
        """UFO's control list: enabled, on-screen descendants of UFO's control types, in tree
        order, labelled "1".."N", at most the cap (each entry keeps its element)."""
        types, cap = ufo_listing()
        out: list[dict] = []
        for element in self.root.descendants():
            info = element.element_info
            if info.control_type not in types or not element.is_enabled() or \
                    not element.is_visible():
                continue
            out.append({"label": str(len(out) + 1), "control_text": info.name,
                        "control_type": info.control_type, "element": element})
            if len(out) == cap:
                break
        return out

    def find(self, control_text: str | None = None, control_type: str | None = None,
             label: str | None = None):
        """The control an action names: by its text (UFO dataflow's fuzzy match, the type
        breaking ties), else by its label in this window's own list."""
        listing = self.controls()
        if control_text:
            entry = match_control(listing, control_text, control_type=control_type)
            if entry is None:
                raise ControlNotFound(f"An error occurred: no control on screen matches "
                                      f"{control_text!r}.")
        elif label:
            entry = next((e for e in listing if e["label"] == str(label)), None)
            if entry is None:
                raise ControlNotFound(f"An error occurred: there is no control with label "
                                      f"{label!r} on screen now.")
        else:
            raise ControlNotFound("An error occurred: the action names no control.")
        if control_type and entry["control_type"] != control_type:
            raise ControlNotFound(f"An error occurred: {entry['control_text']!r} is a "
                                  f"{entry['control_type']}, not a {control_type}.")
        return entry["element"]

    # -------------------------------------------------------------- UFO's executor
    def click(self, element, button: str = "left", double: bool = False,
              pressed: str | None = None) -> str:
        kwargs = {"button": button, "double": double}
        if pressed:
            kwargs["pressed"] = pressed
        element.click_input(**kwargs)
        return ""

    def set_text(self, element, text: str, clear: bool = False) -> str:
        """UFO types text (type_keys, spaces kept); clearing selects all and deletes first."""
        if clear:
            element.type_keys("^a{DELETE}")
        element.type_keys(typed(text), with_spaces=True)
        return ""

    def keys(self, element, keys: str) -> str:
        """keyboard_input: pywinauto key syntax, to the control (or the window)."""
        (element or self.root).type_keys(keys)
        return ""

    def wheel(self, element, distance: int) -> str:
        (element or self.root).wheel_mouse_input(wheel_dist=distance)
        return ""

    def texts(self, element) -> str:
        return "\n".join(str(t) for t in element.texts())

    def point(self, x: float, y: float) -> tuple[int, int]:
        """Screen coordinates of a point given as fractions of the window."""
        rect = self.root.rectangle()
        return (round(rect.left + x * (rect.right - rect.left)),
                round(rect.top + y * (rect.bottom - rect.top)))

    def click_at(self, x: float, y: float, button: str = "left", double: bool = False) -> str:
        self.root.click_input(button=button, coords=self.point(x, y), double=double,
                              absolute=True)
        return ""

    def drag(self, start: tuple[float, float], end: tuple[float, float], button: str = "left",
             key_hold: str | None = None) -> str:
        self.root.drag_mouse_input(dst=self.point(*end), src=self.point(*start), button=button,
                                   pressed=key_hold or "", absolute=True)
        return ""

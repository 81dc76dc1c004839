"""The records the window is made of: a control, the document facts the UI shows, a call."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

Rect = tuple[int, int, int, int]  # left, top, right, bottom in window pixels
EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True, eq=False)
class Control:
    """One UI Automation element of the synthetic window.

    `behaviour` is the control's declarative data from wordsim/data/ui (see its README):
    what a click does (`command`, `opens`, `select_tab`, `dialog_field`, `dialog_submit`,
    `close`, ...) and where its state comes from (`pressed_from`, `value_from`)."""

    id: str
    name: str
    control_type: str
    class_name: str = ""
    rectangle: Rect = (0, 0, 0, 0)
    enabled: bool = True
    children: tuple[Control, ...] = ()
    behaviour: Mapping[str, Any] = field(default_factory=lambda: EMPTY)
    layer: str = "window"  # "window", or the id of the popup or dialog that holds it

    def __repr__(self) -> str:
        return f"Control({self.control_type} {self.name!r} id={self.id!r} rect={self.rectangle})"

    def renamed(self, name: str) -> Control:
        """This control under another name (a status bar or title that follows the document)."""
        return Control(self.id, name, self.control_type, self.class_name, self.rectangle,
                       self.enabled, self.children, self.behaviour, self.layer)

    def moved(self, dx: int, dy: int) -> Control:
        """This control shifted by (dx, dy) pixels (a popup item placed next to its opener)."""
        left, top, right, bottom = self.rectangle
        return Control(self.id, self.name, self.control_type, self.class_name,
                       (left + dx, top + dy, right + dx, bottom + dy), self.enabled, self.children,
                       self.behaviour, self.layer)

    @property
    def center(self) -> tuple[float, float]:
        left, top, right, bottom = self.rectangle
        return (left + right) / 2, (top + bottom) / 2


@dataclass(frozen=True)
class UIContext:
    """What the window shows about the document, filled by the session from the document.

    `pressed` maps the keys named by `pressed_from` in the data (see `window_model().pressed_keys`)
    to the effective formatting at the selection; `values` holds the current values dialogs start
    from (`default_from`, e.g. "left_indent" in points, "margin_top" in inches)."""

    doc_name: str = "Document1"
    in_table: bool = False
    has_selection: bool = False  # a non-empty selection: Cut and Copy are enabled
    can_undo: bool = False
    can_redo: bool = False
    on_comment: bool = False  # the selection touches a comment: Review → Delete is enabled
    pressed: Mapping[str, bool] = field(default_factory=lambda: EMPTY)
    font_name: str = "Calibri"
    font_size: float | None = 11.0
    style_name: str = "Normal"
    page: int = 1
    pages: int = 1
    words: int = 0
    values: Mapping[str, Any] = field(default_factory=lambda: EMPTY)

    def names(self) -> dict[str, Any]:
        """The values `name_from` templates are formatted with."""
        words = self.words
        return {"doc_name": self.doc_name, "page": self.page, "pages": self.pages, "words": words,
                "word_count": f"{words} word" if words == 1 else f"{words} words"}

    def lookup(self, key: str, default: Any = None) -> Any:
        """A context value by key: an attribute, "pressed.<key>" or a key of `values`."""
        if key.startswith("pressed."):
            return bool(self.pressed.get(key[8:], False))
        if key in _FIELDS:
            return getattr(self, key)
        return self.values.get(key, default)


_FIELDS = frozenset(UIContext.__dataclass_fields__)


class Call(NamedTuple):
    """What a UI action asks the session to do: a document command (`kind` "command"; "undo"
    and "redo" name the document's methods), a session action (`kind` "session": save, ...) or
    the report of a message box the UI put up (`kind` "alert": args `message`, `field`)."""

    name: str
    args: Mapping[str, Any] = EMPTY
    kind: str = "command"

"""A fake of pywinauto's UI Automation wrappers (element_info, descendants, children,
is_enabled, is_visible, rectangle, click_input, type_keys, select): a tree of controls that
records what is done to them, for the Word window and UIA dump tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Rect(NamedTuple):
    left: int
    top: int
    right: int
    bottom: int


@dataclass
class Info:
    name: str
    control_type: str
    class_name: str = ""


@dataclass(eq=False)
class FakeElement:
    name: str
    control_type: str
    rect: tuple[int, int, int, int] = (0, 0, 10, 10)
    kids: list[FakeElement] = field(default_factory=list)
    class_name: str = ""
    enabled: bool = True
    visible: bool = True
    log: list = field(default_factory=list)  # shared by the whole tree (see `tree`)

    @property
    def element_info(self) -> Info:
        return Info(self.name, self.control_type, self.class_name)

    def children(self) -> list[FakeElement]:
        return list(self.kids)

    def descendants(self) -> list[FakeElement]:
        return [d for k in self.kids for d in (k, *k.descendants())]

    def is_enabled(self) -> bool:
        return self.enabled

    def is_visible(self) -> bool:
        return self.visible

    def rectangle(self) -> Rect:
        return Rect(*self.rect)

    def click_input(self, **kwargs) -> None:
        self.log.append(("click_input", self.name, kwargs))

    def type_keys(self, keys, **kwargs) -> None:
        self.log.append(("type_keys", self.name, keys, kwargs))

    def select(self) -> None:
        self.log.append(("select", self.name))


def tree(root: FakeElement) -> FakeElement:
    """`root` with one log shared by every element under it."""
    for element in root.descendants():
        element.log = root.log
    return root

"""Edit records: what one command changed, so it can be undone, redone and reported."""

from __future__ import annotations

from collections import deque
from copy import deepcopy
from dataclasses import dataclass, field

from .position import Selection


@dataclass(frozen=True)
class Change:
    """What one command did: parts and story paragraphs it touched, and its message."""

    name: str
    parts: frozenset = frozenset()  # partnames, e.g. "/word/document.xml"
    paragraphs: frozenset = frozenset()  # story indices after the edit
    structure: bool = False  # paragraphs or blocks were added, removed or replaced
    selection_moved: bool = False
    message: str = ""

    @property
    def edited(self) -> bool:
        return bool(self.parts)


def replace_content(root, source) -> None:
    """Make `root` equal to `source` in place (children, text and attributes), keeping
    `root`'s identity so proxies and caches holding it stay valid."""
    root.attrib.clear()
    root.attrib.update(source.attrib)
    root.text = source.text
    root[:] = list(source)


@dataclass
class BodySplice:
    """Top-level body blocks [start, start+len(before)) became [start, start+len(after))."""

    start: int
    before: list
    after: list = field(default_factory=list)


@dataclass
class PartState:
    """A whole XML part before and after the edit (styles, numbering, headers, comments ...)."""

    part: object
    before: object
    after: object = None


@dataclass
class RelsState:
    """A part's relationships before and after (new headers, pictures, hyperlinks)."""

    part: object
    before: tuple
    after: tuple = ()


def rels_state(part) -> tuple:
    return dict(part.rels), dict(part.rels._target_parts_by_rId)


def set_rels(part, state: tuple) -> None:
    rels, targets = state
    part.rels.clear()
    part.rels.update(rels)
    part.rels._target_parts_by_rId.clear()
    part.rels._target_parts_by_rId.update(targets)


@dataclass
class Edit:
    """One undoable step."""

    name: str
    selection_before: Selection
    selection_after: Selection | None = None
    body: BodySplice | None = None
    parts: dict = field(default_factory=dict)  # id(part) -> PartState
    rels: dict = field(default_factory=dict)  # id(part) -> RelsState

    def apply(self, body, forward: bool) -> None:
        """Put the document into this edit's after state (forward) or before state."""
        if self.body is not None:
            s = self.body
            src, cur = (s.after, s.before) if forward else (s.before, s.after)
            body[s.start : s.start + len(cur)] = [deepcopy(b) for b in src]
        for st in self.parts.values():
            replace_content(st.part._element, deepcopy(st.after if forward else st.before))
        for st in self.rels.values():
            set_rels(st.part, st.after if forward else st.before)


class History:
    """Undo and redo stacks with a depth limit."""

    def __init__(self, limit: int = 200):
        self.undo_stack: deque[Edit] = deque(maxlen=limit)
        self.redo_stack: list[Edit] = []

    def push(self, edit: Edit) -> None:
        self.undo_stack.append(edit)
        self.redo_stack.clear()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.redo_stack.clear()

"""Episode reset: a copy of the document taken once, of which only what changed is restored."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass

from docx.opc.part import XmlPart

from .history import rels_state, replace_content, set_rels
from .position import Selection


@dataclass(eq=False)
class Snapshot:
    blocks: list  # detached copies of the body's top-level blocks
    # id(part) -> copy of its root element as it was at the snapshot, taken lazily the first
    # time an edit touches the part (styles.xml alone is ~1 MB of lxml: most never change)
    parts: dict
    rels: dict  # id(part) -> relationships state
    selection: Selection

    @classmethod
    def take(cls, doc) -> Snapshot:
        rels = {id(part): rels_state(part) for part in doc.part.package.iter_parts()}
        return cls([deepcopy(b) for b in doc.body], {}, rels, doc.selection)

    def keep_part(self, part) -> None:
        """Called before an edit changes `part`: copy it now if this snapshot has not yet."""
        if id(part) in self.rels and id(part) not in self.parts and isinstance(part, XmlPart):
            self.parts[id(part)] = deepcopy(part._element)

    def restore(self, doc, origin: list, dirty_parts, dirty_rels) -> None:
        """`origin[i]` is the snapshot block that body block i still is unchanged, or None."""
        n, m = len(origin), len(self.blocks)
        head = 0
        while head < n and origin[head] == head:
            head += 1
        tail = 0  # unchanged blocks at the end
        while tail < n - head and tail < m - head and origin[n - 1 - tail] == m - 1 - tail:
            tail += 1
        if head < n or n != m:
            doc.body[head : n - tail] = [deepcopy(b) for b in self.blocks[head : m - tail]]
            doc.story.splice(head, n - tail - head, m - tail - head)
        for part in dirty_parts:
            saved = self.parts.get(id(part))
            if saved is not None:
                replace_content(part._element, deepcopy(saved))
        for part in dirty_rels:
            saved = self.rels.get(id(part))
            if saved is not None:
                set_rels(part, saved)
        doc.styles.invalidate()

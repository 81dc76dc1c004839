"""Episode reset: a copy of the document taken once, of which only what changed is restored."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass

from docx.opc.part import XmlPart

from .history import rels_state, replace_content, set_rels
from .position import Selection


@dataclass
class Snapshot:
    body: object  # a detached copy of w:body
    parts: dict  # id(part) -> copy of its root element (XML parts other than the main one)
    rels: dict  # id(part) -> relationships state
    selection: Selection

    @classmethod
    def take(cls, doc) -> Snapshot:
        parts, rels = {}, {}
        for part in doc.part.package.iter_parts():
            rels[id(part)] = rels_state(part)
            if isinstance(part, XmlPart) and part is not doc.part:
                parts[id(part)] = deepcopy(part._element)
        return cls(deepcopy(doc.body), parts, rels, doc.selection)

    def restore(self, doc, body_dirty: bool, dirty_parts, dirty_rels) -> None:
        if body_dirty:
            doc.body[:] = list(deepcopy(self.body))
            doc.story.refresh()
        for part in dirty_parts:
            saved = self.parts.get(id(part))
            if saved is not None:
                replace_content(part._element, deepcopy(saved))
        for part in dirty_rels:
            saved = self.rels.get(id(part))
            if saved is not None:
                set_rels(part, saved)
        doc.styles.invalidate()

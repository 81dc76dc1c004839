"""WordDocument: a python-docx document with Word's caret, selection, commands and undo."""

from __future__ import annotations

import os
from copy import deepcopy
from datetime import datetime, timezone
from pathlib import Path
from weakref import WeakSet

from docx.document import Document as DocxDocument

from . import package
from .commands import COMMANDS
from .history import (
    BodySplice,
    Change,
    Edit,
    History,
    PartState,
    RelsState,
    rels_state,
    replace_content,
    set_rels,
)
from .position import Position, Selection
from .runs import paragraph_text
from .safety import DEFAULT_LIMITS, LoadLimits
from .snapshot import Snapshot
from .story import Story
from .styles import StyleSheet
from .xml import make

BODY_PART = "/word/document.xml"
FIXED_TIME = datetime(2025, 1, 1, 9, 0, tzinfo=timezone.utc)


class _Transaction:
    def __init__(self, doc: WordDocument, name: str):
        self.edit = Edit(name, doc.selection)
        self.orig_len = len(doc.body)
        self.start = self.end = 0  # touched blocks, in original indices
        self.synced = 0  # blocks of [start, ...) the story currently reflects
        self.depth = 0


class WordDocument:
    """A .docx being edited the way Word edits it.

    Edits go through `execute(name, **args)` (see `COMMANDS`); each is one undo step and
    returns a `Change` naming the parts and paragraphs it touched."""

    def __init__(self, document: DocxDocument, undo_limit: int = 200):
        self.docx = document
        self.part = document.part
        self.body = document.element.body
        self.story = Story(self.body)
        if not len(self.story):  # Word always has a paragraph to put the caret in
            self.body.insert(0, make("w:p"))
            self.story.refresh()
        self.styles = StyleSheet(self.part)
        self.history = History(undo_limit)
        self.selection = Selection.caret(0, 0)
        self.pending_rpr = None  # formatting set at a collapsed caret, for the next typed text
        self.now = FIXED_TIME  # stamped on comments; fixed so the same edits give the same bytes
        self._tx: _Transaction | None = None
        self._dirty_parts: dict[int, object] = {}
        self._dirty_rels: dict[int, object] = {}
        self._snapshots: WeakSet = WeakSet()  # live snapshots copy a part before its first edit
        # Body block i came unchanged from snapshot block origin[i] (None: edited or new), so a
        # reset copies back only the span that an episode changed.
        self._origin: list = list(range(len(self.body)))

    # ----------------------------------------------------------------- construction
    @classmethod
    def open(cls, source: str | os.PathLike | bytes, limits: LoadLimits = DEFAULT_LIMITS) -> WordDocument:
        """From a path or .docx bytes; hostile or broken files raise DocumentLoadError."""
        return cls(package.open_docx(package.read_source(source, limits), limits))

    @classmethod
    def template(cls, name: str = "blank") -> WordDocument:
        from .templates import template_bytes

        return cls.open(template_bytes(name))

    @classmethod
    def build(cls, spec: str) -> WordDocument:
        """From the builder's short text description (see `builder.build`)."""
        from .builder import build

        return cls(build(spec))

    def save(self, path: str | os.PathLike | None = None) -> bytes:
        """The .docx bytes (deterministic); also written to `path` when given."""
        data = package.save_docx(self.docx, {self.styles.part: self.styles.blob()})
        if path is not None:
            Path(path).write_bytes(data)
        return data

    # ----------------------------------------------------------------- reading
    def __len__(self) -> int:
        return len(self.story)

    def paragraph(self, i: int):
        return self.story.paragraphs[i]

    def text(self, i: int) -> str:
        return paragraph_text(self.story.paragraphs[i])

    def texts(self) -> list[str]:
        return [paragraph_text(p) for p in self.story.paragraphs]

    def end_position(self) -> Position:
        last = len(self.story) - 1
        return Position(last, len(self.text(last)))

    def clamp(self, pos) -> Position:
        para = min(max(pos[0], 0), len(self.story) - 1)
        offset = pos[1]
        if offset < 0 or (offset > 0 and offset >= len(self.text(para))):
            offset = min(max(offset, 0), len(self.text(para)))
        return Position(para, offset)

    def selected_spans(self) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) character ranges the selection covers, one per paragraph."""
        start, end = self.selection.start, self.selection.end
        if start.para == end.para:
            return [(start.para, start.offset, end.offset)]
        spans = [(start.para, start.offset, len(self.text(start.para)))]
        spans += [(i, 0, len(self.text(i))) for i in range(start.para + 1, end.para)]
        spans.append((end.para, 0, end.offset))
        return spans

    def set_selection(self, anchor, focus=None) -> None:
        a = self.clamp(anchor)
        self.selection = Selection(a, a if focus is None or focus == anchor else self.clamp(focus))

    # ----------------------------------------------------------------- commands
    def execute(self, name: str, /, **args) -> Change:
        """Run document command `name`; a CommandError leaves the document untouched."""
        try:
            fn = COMMANDS[name]
        except KeyError:
            raise KeyError(f"unknown document command {name!r}; known: {sorted(COMMANDS)}") from None
        if self._tx is not None:  # a command composed of other commands: one undo step
            self._tx.depth += 1
            try:
                return Change(name, message=fn(self, **args) or "")
            finally:
                self._tx.depth -= 1
        self._tx = _Transaction(self, name)
        try:
            message = fn(self, **args) or ""
        except BaseException:
            self._rollback()
            raise
        return self._commit(message)

    # The touch_* calls declare, before mutating, what a command is about to change.
    def touch(self, first: int, last: int | None = None) -> None:
        """Story paragraphs first..last (inclusive) are about to change."""
        last = first if last is None else last
        top = self.story.top
        self.touch_blocks(self._current_block(top[first]), self._current_block(top[last]) + 1)

    def _current_block(self, b: int) -> int:
        """Body index now of block `b` as the (possibly not yet synced) story knows it."""
        tx = self._tx
        if tx is None or tx.edit.body is None or b < tx.start + tx.synced:
            return b
        now = (tx.end - tx.start) + len(self.body) - tx.orig_len
        return b + now - tx.synced

    def touch_selection(self) -> None:
        sel = self.selection
        self.touch(sel.start.para, sel.end.para)

    def touch_body(self) -> None:
        self.touch_blocks(0, len(self.body))

    def touch_blocks(self, start: int, stop: int) -> None:
        """Top-level body blocks [start, stop) (current indices) are about to change."""
        tx = self._require_tx()
        body = self.body
        splice = tx.edit.body
        if splice is None:
            tx.edit.body = BodySplice(start, [deepcopy(b) for b in body[start:stop]])
            tx.start, tx.end, tx.synced = start, stop, stop - start
            return
        delta = len(body) - tx.orig_len
        if start < tx.start:
            splice.before[:0] = [deepcopy(b) for b in body[start : tx.start]]
            tx.synced += tx.start - start
            tx.start = splice.start = start
        if stop > tx.end + delta:
            splice.before.extend(deepcopy(b) for b in body[tx.end + delta : stop])
            tx.synced += stop - (tx.end + delta)
            tx.end = stop - delta

    def touch_part(self, part) -> None:
        """An XML part other than the body (styles, numbering, a header ...) is about to change."""
        edit = self._require_tx().edit
        if id(part) not in edit.parts:
            for snap in self._snapshots:
                snap.keep_part(part)
            edit.parts[id(part)] = PartState(part, deepcopy(part._element))

    def touch_rels(self, part) -> None:
        """`part`'s relationships are about to change (a new header, picture or link)."""
        edit = self._require_tx().edit
        if id(part) not in edit.rels:
            edit.rels[id(part)] = RelsState(part, rels_state(part))

    def sync(self) -> None:
        """Re-index the story in the middle of a command that added or removed paragraphs."""
        tx = self._require_tx()
        if tx.edit.body is not None:
            now = (tx.end - tx.start) + len(self.body) - tx.orig_len
            self.story.splice(tx.start, tx.synced, now)
            tx.synced = now

    def _require_tx(self) -> _Transaction:
        if self._tx is None:
            raise RuntimeError("touch_* is only valid inside a command run by WordDocument.execute")
        return self._tx

    def _commit(self, message: str) -> Change:
        tx, self._tx = self._tx, None
        edit = tx.edit
        parts, paragraphs, structure = set(), frozenset(), False
        if edit.body is not None:
            now = (tx.end - tx.start) + len(self.body) - tx.orig_len
            edit.body.after = [deepcopy(b) for b in self.body[tx.start : tx.start + now]]
            old_paras = len(self.story)
            first, last = self.story.splice(tx.start, tx.synced, now)
            structure = now != tx.end - tx.start or len(self.story) != old_paras
            paragraphs = frozenset(range(first, last))
            parts.add(BODY_PART)
            self._origin[tx.start : tx.end] = [None] * now
        for st in edit.parts.values():
            st.after = deepcopy(st.part._element)
            parts.add(str(st.part.partname))
            self._dirty_parts[id(st.part)] = st.part
            if st.part is self.styles.part:
                self.styles.invalidate()
        for st in edit.rels.values():
            st.after = rels_state(st.part)
            parts.add(str(st.part.partname))
            parts.update(str(p.partname) for p in st.after[1].values() if p not in st.before[1].values())
            self._dirty_rels[id(st.part)] = st.part
        if structure or self.selection != edit.selection_before:
            self.set_selection(*self.selection)  # commands may leave it past a paragraph's end
        edit.selection_after = self.selection
        if parts:
            self.history.push(edit)
        moved = self.selection != edit.selection_before
        return Change(edit.name, frozenset(parts), paragraphs, structure, moved, message)

    def _rollback(self) -> None:
        tx, self._tx = self._tx, None
        edit = tx.edit
        if edit.body is not None:
            now = (tx.end - tx.start) + len(self.body) - tx.orig_len
            self.body[tx.start : tx.start + now] = edit.body.before
            self._origin[tx.start : tx.end] = [None] * (tx.end - tx.start)
            self.story.refresh()
        for st in edit.parts.values():
            replace_content(st.part._element, st.before)
        for st in edit.rels.values():
            set_rels(st.part, st.before)
        self.styles.invalidate()
        self.selection = edit.selection_before

    # ----------------------------------------------------------------- undo / redo
    def undo(self) -> Change | None:
        return self._step(self.history.undo_stack, self.history.redo_stack, forward=False)

    def redo(self) -> Change | None:
        return self._step(self.history.redo_stack, self.history.undo_stack, forward=True)

    def _step(self, source, target, forward: bool) -> Change | None:
        if not source:
            return None
        edit = source.pop()
        edit.apply(self.body, forward)
        paragraphs = frozenset()
        parts = set()
        if edit.body is not None:
            s = edit.body
            old, new = (s.before, s.after) if forward else (s.after, s.before)
            first, last = self.story.splice(s.start, len(old), len(new))
            paragraphs = frozenset(range(first, last))
            parts.add(BODY_PART)
            self._origin[s.start : s.start + len(old)] = [None] * len(new)
        for st in edit.parts.values():
            parts.add(str(st.part.partname))
            self._dirty_parts[id(st.part)] = st.part
        for st in edit.rels.values():
            parts.add(str(st.part.partname))
            self._dirty_rels[id(st.part)] = st.part
        self.styles.invalidate()
        self.selection = edit.selection_after if forward else edit.selection_before
        self.pending_rpr = None
        target.append(edit)
        name = ("redo " if forward else "undo ") + edit.name
        return Change(name, frozenset(parts), paragraphs, True, True)

    # ----------------------------------------------------------------- reset
    def snapshot(self) -> Snapshot:
        """The current state, to `restore` cheaply at the start of every episode."""
        self._dirty_parts.clear()
        self._dirty_rels.clear()
        self._origin = list(range(len(self.body)))
        snap = Snapshot.take(self)
        self._snapshots.add(snap)
        return snap

    def restore(self, snap: Snapshot) -> None:
        """Back to `snap`, copying back only what changed since it was taken."""
        snap.restore(self, self._origin, self._dirty_parts.values(), self._dirty_rels.values())
        self._dirty_parts.clear()
        self._dirty_rels.clear()
        self._origin = list(range(len(self.body)))
        self.history.clear()
        self.pending_rpr = None
        self.selection = snap.selection


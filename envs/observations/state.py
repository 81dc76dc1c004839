"""What observations, discrete actions and rewards read about the running episode: the session,
the live document view, the task's targets and texts, and the starting documents kept open."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from copy import copy

from envs.spaces import MAX_TEXT_ARGS
from envs.tasks.base import Task, document_bytes
from wordsim.document import WordDocument
from wordsim.document.query import DocumentView
from wordsim.session import Session

from .canvas import Canvas
from .features import RowCache, paragraph_row, word_rows
from .words import WordIndex

# Goal parameters naming text that is already in the document (what the task is about).
_TARGET_KEYS = ("text", "contains", "anchor", "before")
# Plan arguments holding text the agent has to type.
_TYPED_KEYS = ("text", "replace", "address")


class DocumentEntry:
    """One starting document, opened once: a session on it, the snapshot every episode starts
    from, the view before any edit (the checkers' "before") and its canvas."""

    def __init__(self, data: bytes, name: str):
        self.session = Session(WordDocument.open(data), name=name)
        self.before: DocumentView = self.session.view()
        self.snapshot = self.session.snapshot()  # restoring it makes `before` the view again
        self.canvas = Canvas(self.before)
        self.words = WordIndex(p.text for p in self.before.paragraphs)
        self.dirty = False
        self.checks: dict = {}  # goal key -> CheckResult of the untouched document
        # numeric rows by paragraph record
        self.rows = {"paragraph": RowCache(paragraph_row), "word": RowCache(word_rows)}
        self.reset_memo: dict = {}  # an episode's memo at its start, for the next episode

    def restore(self) -> None:
        """Back to the starting document with a fresh window."""
        if self.dirty:
            self.session.restore(self.snapshot)
            self.dirty = False


class DocumentCache:
    """A few starting documents kept open (opening a .docx costs ~5 ms; restoring ~0.03 ms)."""

    def __init__(self, size: int = 8):
        self.size = size
        self._entries: OrderedDict[str, DocumentEntry] = OrderedDict()

    def entry(self, task: Task) -> DocumentEntry:
        if task.document_bytes is not None:
            key = "sha1:" + hashlib.sha1(task.document_bytes).hexdigest()
        else:
            key = task.document
        hit = self._entries.get(key)
        if hit is None:
            data = task.document_bytes if task.document_bytes is not None \
                else document_bytes(task.document)
            hit = self._entries[key] = DocumentEntry(data, _name(task))
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        else:
            self._entries.move_to_end(key)
        hit.restore()
        return hit

    def clear(self) -> None:
        self._entries.clear()


def _name(task: Task) -> str:
    if task.document.startswith("template:"):
        return task.document.split(":", 1)[1]
    return "Document1"


class Episode:
    """The running episode. `view` is the session's view of the document as of the last
    `follow()`."""

    def __init__(self, task: Task, entry: DocumentEntry):
        self.task = task
        self.entry = entry
        self.session = entry.session
        self.doc = entry.session.doc
        self.view = self.session.view()  # entry.before: the document was just restored
        self.targets = goal_targets(task.goal)
        self.text_args = text_args(task)
        self.words = copy(entry.words)  # shares the untouched document's word lists
        self.window = self.words.window_start(self.targets)
        self.steps = 0
        # what observers and masks keep between steps; it starts from what the last episode on
        # this document had at its start (each entry checks what it was computed from)
        self.memo: dict = dict(entry.reset_memo)
        entry.dirty = True

    def follow(self, changes: Iterable = ()) -> bool:
        """Bring the view up to date with the document; True when the document changed. The
        session records every change it runs (an action's, or a command run on it directly),
        so `changes`, what the caller ran, needs no reading."""
        view = self.session.view()
        if view is self.view:
            return False
        self.view = view
        self.words.update(p.text for p in view.paragraphs)
        return True


# ------------------------------------------------------------------ what a task is about
def goal_targets(goal) -> tuple[str, ...]:
    """Texts of the starting document that the goal is about, in the goal's order."""
    out: list[str] = []
    for _, params in goal:
        for key in _TARGET_KEYS:
            for value in _strings(params.get(key)):
                if value and value not in out:
                    out.append(value)
    return tuple(out)


def text_args(task: Task) -> tuple[str, ...]:
    """Texts the task asks to type, at most MAX_TEXT_ARGS: what its UI plan types, then the
    text arguments of its API plan."""
    out: list[str] = []
    for step in task.ui_plan:
        if step.get("Function") == "set_edit_text":
            out.extend(_strings(step.get("Args", {}).get("text")))
    for _, args in task.api_plan:
        for key in _TYPED_KEYS:
            out.extend(_strings(args.get(key)))
    unique = list(dict.fromkeys(t for t in out if t))
    return tuple(unique[:MAX_TEXT_ARGS])


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, Mapping):
        return []
    return []

"""A real word processor beside the env's simulator: it follows every document command of the
episode and, at the episode's end, its own saved document is judged by the task's checker."""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from rewards import evaluate_joint
from wordsim.backends import Backend, BackendError, Mirror, open_backend
from wordsim.backends.compare import compare
from wordsim.document import WordDocument
from wordsim.document.query import DocumentView

_BEFORE_VIEWS = 32  # starting documents whose backend view is kept


class BackendJudge:
    """Runs `backend` (a name for `open_backend`, or a Backend the caller owns) in step with one
    session at a time. The checker judges the backend's document against the backend's own
    reading of the starting document: a program that writes an untouched paragraph differently
    (LibreOffice renumbers lists) must not read as damage it did."""

    def __init__(self, backend: str | Backend):
        self.owned = isinstance(backend, str)
        self.backend: Backend = open_backend(backend) if self.owned else backend
        self.mirror = Mirror(self.backend)
        self._session = None
        self._befores: OrderedDict[str, DocumentView] = OrderedDict()
        self.before: DocumentView | None = None

    @property
    def name(self) -> str:
        return self.backend.name or type(self.backend).__name__

    def detach(self) -> None:
        """Stop following the current session (before it is restored for a new episode, so
        that the restore does not load the backend for nothing)."""
        if self._session is not None:
            self._session.mirror = None
            self._session = None

    def attach(self, session) -> None:
        """Follow `session` from its document as it is now: an episode's start."""
        self.detach()
        data = session.doc.save()
        self.mirror.load(data)
        session.mirror = self.mirror
        self._session = session
        if not self.mirror.loaded:
            self.before = None
            return
        key = hashlib.sha1(data).hexdigest()
        before = self._befores.get(key)
        if before is None:
            try:
                before = DocumentView.of(WordDocument.open(self.backend.save()))
            except BackendError as exc:
                self.mirror.fail("save", {}, exc)
                self.before = None
                return
            self._befores[key] = before
            while len(self._befores) > _BEFORE_VIEWS:
                self._befores.popitem(last=False)
        else:
            self._befores.move_to_end(key)
        self.before = before

    def judge(self, goal, sim_doc: WordDocument, sim_success: bool) -> dict:
        """The backend's verdict on its document and how it compares with the simulator's:
        {"name", "success", "sim_success", "agrees", "disagreements" (every difference in
        words), "differences" (the documents', as JSON), "mirror" (the commands the backend
        did not do as the simulator did)}. `agrees`: same documents and same verdict."""
        data = None
        if self.mirror.loaded:
            try:
                data = self.backend.save()
            except BackendError as exc:  # it crashed: no document of its own, no success
                self.mirror.fail("save", {}, exc)
        if data is None:  # why is in the mirror's disagreements ("failed" or "unsupported")
            success, details, differences, words = False, ["no backend document"], [], []
        else:
            check = evaluate_joint(goal, self.before, DocumentView.of(WordDocument.open(data)))
            success, details = bool(check.success), list(check.details)
            differences = compare(sim_doc, data)
            words = [str(d) for d in differences]
        if success != sim_success:
            words.append(f"verdict: sim {sim_success}, backend {success}")
        mirrored = self.mirror.disagreements
        words += [f"{d.command}: {d.kind}: {d.detail}" for d in mirrored]
        return {
            "name": self.name,
            "success": success,
            "sim_success": bool(sim_success),
            "agrees": data is not None and not differences and success == sim_success,
            "disagreements": words,
            "differences": [d.to_json() for d in differences],
            "mirror": [d.to_json() for d in mirrored],
            "details": details,
        }

    def close(self) -> None:
        self.detach()
        if self.owned:
            self.backend.close()

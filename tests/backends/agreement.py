"""Run the same document commands on the simulator and on a real backend and say where they differ.

Usage (with the session-scoped `lo` fixture of tests/backends/conftest.py)::

    from tests.backends.agreement import assert_agree, run_both

    def test_bold_word(lo):
        assert_agree(lo, "Hello world", ("bold", {}), at=((0, 2), (0, 2)))

    def test_known_difference(lo):
        result = run_both(lo, SPEC, ("some_command", {...}))
        assert result.properties() == {"space_after"}   # assert the difference, never skip

- `document`: a builder spec (`WordDocument.build`, "# Title\\nBody\\n|a|b|"), .docx bytes or a
  `WordDocument`; both sides load the same saved bytes.
- `steps`: `(command, args)` pairs (or bare command names) run in order on both, each one
  document command (same names and arguments as `wordsim.document.COMMANDS`, plus "undo" and
  "redo"); use several steps to check sequences (Ctrl+B at a caret, then typing).
- `at`: the selection before the first step, `((para, offset), (para, offset))` as anchor and
  focus (a single `(para, offset)` is a caret); the default is the start of the document.

Both documents are saved and compared with `wordsim.backends.compare.compare` (the normalised
view built on `wordsim.document.query.DocumentView`: paragraph texts, effective character
formatting per character span, paragraph properties, lists, tables, sections), the same
comparison `wordsim fidelity` uses. The selections after the last step are compared too, and a
step the simulator refuses (CommandError) must be refused by the backend as well, with both
documents left as they were.

Commands that only move the selection (navigation, find) can be checked many at a time on one
loaded document with `assert_moves_agree(backend, document, [(step, at), ...])`: each step runs
from its own `at`, the selections after each are compared, and the documents once at the end
(a load costs more than a command)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from wordsim.backends import Backend, SimBackend
from wordsim.backends.compare import Difference, compare
from wordsim.document import CommandError, WordDocument
from wordsim.document.position import Position, Selection

Step = tuple[str, dict] | str


@dataclass
class Agreement:
    """What one run on both sides gave."""

    sim_saved: bytes
    backend_saved: bytes
    sim_selection: Selection
    backend_selection: Selection
    differences: list[Difference]
    # (step index, message) of the steps each side refused with CommandError
    sim_refused: list[tuple[int, str]] = field(default_factory=list)
    backend_refused: list[tuple[int, str]] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return (not self.differences and self.sim_selection == self.backend_selection
                and [i for i, _ in self.sim_refused] == [i for i, _ in self.backend_refused])

    def properties(self) -> set[str]:
        """The names of the properties that differ (for tests of known differences)."""
        return {d.property for d in self.differences}

    def report(self) -> str:
        lines = [str(d) for d in self.differences]
        if self.sim_selection != self.backend_selection:
            lines.append(f"selection: sim {tuple(self.sim_selection)}, "
                         f"backend {tuple(self.backend_selection)}")
        if [i for i, _ in self.sim_refused] != [i for i, _ in self.backend_refused]:
            lines.append(f"refusals: sim {self.sim_refused}, backend {self.backend_refused}")
        return "\n".join(lines) or "agree"


def docx_bytes(document: str | bytes | WordDocument) -> bytes:
    """.docx bytes of a builder spec, bytes or a WordDocument."""
    if isinstance(document, WordDocument):
        return document.save()
    if isinstance(document, (bytes, bytearray)):
        return bytes(document)
    return _built(document)


@cache
def _built(spec: str) -> bytes:  # tests build the same few specs again and again
    return WordDocument.build(spec).save()


def selection_of(at) -> Selection:
    """A Selection from `(para, offset)` (a caret) or `((para, offset), (para, offset))`."""
    if isinstance(at, Selection):
        return at
    if isinstance(at[0], int):
        return Selection.caret(*at)
    return Selection(Position(*at[0]), Position(*at[1]))


def _steps(steps: tuple[Step, ...]) -> list[tuple[str, dict]]:
    return [(s, {}) if isinstance(s, str) else (s[0], dict(s[1])) for s in steps]


def _execute(backend: Backend, command: str, args: dict) -> str | None:
    """Run one step; the message of a CommandError, None when it ran."""
    try:
        backend.execute(command, **args)
    except CommandError as exc:
        return str(exc)
    return None


def _run(backend: Backend, data: bytes, at: Selection, steps) -> list[tuple[int, str]]:
    """Load, select and run `steps` on `backend`; the steps it refused. (A refusal must leave
    the document as it was: the simulator's does, so the final comparison checks it.)"""
    backend.load(data)
    backend.select(at)
    refused = [(i, _execute(backend, command, args)) for i, (command, args) in enumerate(steps)]
    return [(i, message) for i, message in refused if message is not None]


def run_both(backend: Backend, document: str | bytes | WordDocument, *steps: Step,
             at=(0, 0)) -> Agreement:
    """Run `steps` from selection `at` on the simulator and on `backend` (see the module
    docstring); the documents, selections and refusals of both."""
    data, selection, todo = docx_bytes(document), selection_of(at), _steps(steps)
    sim = SimBackend(data)
    sim_refused = _run(sim, data, selection, todo)
    backend_refused = _run(backend, data, selection, todo)
    sim_saved, backend_saved = sim.save(), backend.save()
    return Agreement(sim_saved, backend_saved, sim.selection(), backend.selection(),
                     compare(sim_saved, backend_saved), sim_refused, backend_refused)


def assert_agree(backend: Backend, document: str | bytes | WordDocument, *steps: Step,
                 at=(0, 0)) -> Agreement:
    """`run_both`, failing with every difference listed unless both sides agree."""
    result = run_both(backend, document, *steps, at=at)
    assert result.agrees, f"{backend.name} disagrees with the simulator:\n{result.report()}"
    return result


def assert_moves_agree(backend: Backend, document: str | bytes | WordDocument,
                       cases: list[tuple[Step, object]]) -> None:
    """Each `(step, at)` from selection `at` on one loaded document (for commands that only
    move the selection): same selection after each, same refusals, same document at the end."""
    data = docx_bytes(document)
    sim = SimBackend(data)
    backend.load(data)
    wrong = []
    for step, at in cases:
        (command, args), = _steps((step,))
        outcomes = []
        for side in (sim, backend):
            side.select(selection_of(at))
            refused = _execute(side, command, args) is not None
            outcomes.append((refused, side.selection()))
        if outcomes[0] != outcomes[1]:
            wrong.append(f"{command}({args}) from {at}: sim {outcomes[0]}, "
                         f"{backend.name} {outcomes[1]}")
    wrong += [str(d) for d in compare(sim.save(), backend.save())]
    assert not wrong, f"{backend.name} disagrees with the simulator:\n" + "\n".join(wrong)

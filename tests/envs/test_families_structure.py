"""The editing, structure, layout, header/footer, annotation, composite and whole-document task
families: deterministic sampling, a starting document that fails its goal, an oracle that
reaches it through the window (controls found by name and type, as UFO's executor does) and
through the document API, held-out documents and phrasings for the test split, JSON round trips
and honest instance counts."""

from __future__ import annotations

import json
import re
from functools import cache

import numpy as np
import pytest

from envs.tasks.base import SPLITS, Task, document_bytes
from envs.tasks.corpus import corpus
from envs.tasks.families._editing_common import select_span, sentences
from envs.tasks.phrasing import held_out
from envs.tasks.registry import get_family
from rewards import evaluate_joint
from wordsim.document import WordDocument
from wordsim.document.query import DocumentView
from wordsim.session import Session

FAMILIES = (
    "TypeText", "DeleteText", "ReplaceText", "ReplaceAll", "MoveSentence", "InsertTable",
    "AddTableRow", "PageBreak", "BlankPage", "Orientation", "Margins", "Columns", "PageSize",
    "HeaderText", "FooterText", "PageNumbers", "Comment", "Hyperlink", "Composite",
    "WholeDocument",
)  # fmt: skip
SEEDS = range(50)
MIN_SUCCESS = 0.99


@cache
def tasks(family: str, split: str) -> tuple[Task, ...]:
    fam = get_family(family)
    return tuple(fam.sample(np.random.default_rng(seed), split) for seed in SEEDS)


def run_ui(task: Task) -> tuple[bool, str]:
    """Play the UI plan in a fresh window: each step's control is looked up by its exact text
    and type in the control list shown at that moment; every step must succeed."""
    session = Session(task.start_document())
    for step in task.ui_plan:
        step = dict(step)
        if step["ControlText"]:
            hits = [c for c in session.control_list() if c["control_text"] == step["ControlText"]
                    and c["control_type"] == step["ControlType"]]
            if not hits:
                return False, f"step {step['Step']}: {step['ControlText']!r} is not on screen"
            step["ControlLabel"] = hits[0]["label"]
        result = session.step(step)
        if not result.ok:
            return False, f"step {step['Step']} {step['Subtask']}: {result.message}"
    return _judged(task, session.doc)


def run_api(task: Task) -> tuple[bool, str]:
    session = Session(task.start_document())
    for name, args in task.api_plan:
        session.execute(name, **args)
    return _judged(task, session.doc)


def _judged(task: Task, doc: WordDocument) -> tuple[bool, str]:
    result = evaluate_joint(task.goal, start_view(task.document), doc)
    return result.success, "; ".join(result.details)


@cache
def start_view(document: str) -> DocumentView:
    return DocumentView.of(WordDocument.open(document_bytes(document)))


def _rate(family: str, runner) -> tuple[float, list[str]]:
    failures = []
    for split in SPLITS:
        for seed, task in zip(SEEDS, tasks(family, split), strict=True):
            ok, why = runner(task)
            if not ok:
                failures.append(f"{split} seed {seed}: {task.request!r}: {why}")
    return 1 - len(failures) / (2 * len(SEEDS)), failures


def _pattern(template: str) -> re.Pattern:
    """A request made from `template`: its words, anything for each {placeholder}, and
    possibly more after it (notes a family appends)."""
    body = template.rstrip(".?!")
    parts = re.split(r"\{\w+\}", body)
    return re.compile("(?s)" + "(.+)".join(re.escape(p) for p in parts) + r".*")


# ------------------------------------------------------------------------------ per family
@pytest.mark.parametrize("family", FAMILIES)
def test_family_is_registered_and_counted(family):
    fam = get_family(family)
    assert fam.id == family and fam.description and fam.max_steps > 0
    assert fam.phrasing_sets and all(len(s) >= 6 for s in fam.phrasing_sets)
    assert fam.instance_count() > 0


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("family", FAMILIES)
def test_sampling_is_deterministic_and_well_formed(family, split):
    fam = get_family(family)
    for seed, task in zip(SEEDS, tasks(family, split), strict=True):
        assert fam.sample(np.random.default_rng(seed), split) == task
        assert task.family == family and task.split == split
        assert task.difficulty in fam.difficulties
        assert 0 < len(task.ui_plan) <= fam.max_steps and task.api_plan and task.goal
        assert [s["Step"] for s in task.ui_plan] == list(range(1, len(task.ui_plan) + 1))
    assert len({t.uid for t in tasks(family, split)}) > 1


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("family", FAMILIES)
def test_starting_document_fails_the_goal(family, split):
    for task in tasks(family, split):
        view = start_view(task.document)
        assert not evaluate_joint(task.goal, view, view).success, task.request


@pytest.mark.parametrize("family", FAMILIES)
def test_ui_oracle_reaches_the_goal(family):
    rate, failures = _rate(family, run_ui)
    assert rate >= MIN_SUCCESS, "\n".join(failures)


@pytest.mark.parametrize("family", FAMILIES)
def test_api_oracle_reaches_the_goal(family):
    rate, failures = _rate(family, run_api)
    assert rate >= MIN_SUCCESS, "\n".join(failures)


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("family", FAMILIES)
def test_split_keeps_documents_and_phrasings_apart(family, split):
    fam = get_family(family)
    own = {tuple(d.texts()) for d in corpus(split)}
    other = {tuple(d.texts()) for d in corpus("test" if split == "train" else "train")}
    allowed = [_pattern(t) for s in fam.phrasing_sets for t in held_out(s, split)]
    for task in tasks(family, split):
        texts = tuple(task.start_document().texts())
        assert texts in own and texts not in other, task.request
        assert any(p.fullmatch(task.request) for p in allowed), task.request


@pytest.mark.parametrize("family", FAMILIES)
def test_json_round_trip(family):
    for task in tasks(family, "train")[:10] + tasks(family, "test")[:10]:
        data = json.loads(json.dumps(task.to_json()))
        assert Task.from_json(data) == task
        assert Task.from_json(json.dumps(data)).start_document().texts() == \
            task.start_document().texts()


# ------------------------------------------------------------------------------ details
def test_difficulties_change_what_is_asked():
    """Levels are not labels only: DeleteText goes word → phrase → sentence, InsertTable from
    an empty table to filled ones, Composite from two goals to four."""
    delete, table, composite = (get_family(f) for f in ("DeleteText", "InsertTable", "Composite"))
    rng = np.random.default_rng
    removed = [len(delete.sample(rng(3), "train", d).request) for d in (1, 2, 3)]
    assert removed[0] < removed[2]
    assert "cells" not in dict(table.sample(rng(3), "train", 1).goal)["table"]
    assert "cells" in dict(table.sample(rng(3), "train", 3).goal)["table"]
    for level in (1, 2, 3):
        assert len(composite.sample(rng(level), "train", level).goal) >= 2
    assert len(composite.sample(rng(5), "train", 3).goal) >= 3


def test_select_span_selects_exactly_the_span():
    """The selection steps land on the span even when its text occurs more than once."""
    texts = ["Alpha beta gamma.", "Delta beta gamma and beta."]
    for para, start, end in ((1, 6, 10), (1, 21, 25), (0, 6, 10), (1, 0, 5)):
        session = Session(WordDocument.open(_docx(texts)))
        for step in select_span(texts, para, start, end):
            assert session.step(step).ok
        sel = session.doc.selection
        assert (sel.start, sel.end) == ((para, start), (para, end))


def test_sentences_skip_abbreviations():
    text = "Dr. Lee arrived at 9 a.m. on Monday. The meeting ran late! Everyone left."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Dr. Lee arrived at 9 a.m. on Monday.", "The meeting ran late!", "Everyone left."]


def _docx(texts) -> bytes:
    from wordsim.document.builder import build_bytes

    return build_bytes("\n".join(texts))

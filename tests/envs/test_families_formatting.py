"""The character and paragraph formatting families: sampling is deterministic, every request is
real, every starting document fails its goal, and the UI-level plan (run in a simulated Word
window, each control found by its exact name and type at that moment) and the API-level plan
both meet the goal; the test split holds out documents and phrasings; tasks round-trip JSON."""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from functools import cache

import numpy as np
import pytest

from envs.tasks import Task
from envs.tasks.corpus import corpus
from envs.tasks.families._formatting_common import can_mark, keys_of, marked_spec, shortcut
from envs.tasks.families.character_case import converted
from envs.tasks.families.character_targets import is_content, is_whole_words
from envs.tasks.families.paragraph_targets import describe, paragraph_key
from envs.tasks.phrasing import held_out
from envs.tasks.registry import get_family
from rewards import evaluate_goal
from wordsim.document.query import DocumentView
from wordsim.session import Session

FAMILY_IDS = ("Bold", "Italic", "Underline", "Strikethrough", "SubSuperscript", "FontName",
              "FontSize", "FontColor", "Highlight", "ChangeCase", "ClearFormatting", "Align",
              "LineSpacing", "ParagraphSpacing", "Indent", "HeadingStyle", "Bullets", "Numbering")
SEEDS = range(50)
SPLITS = ("train", "test")
MIN_SUCCESS = 0.99


@dataclass(frozen=True)
class Outcome:
    split: str
    seed: int
    task: Task
    start_met: bool  # the starting document already meets the goal (it must not)
    ui: str  # "" when the UI plan met the goal, else why not
    api: str  # the same for the API plan


def resolve(session: Session, step: dict) -> dict:
    """The step with the label of the control listed now under exactly its text and type."""
    if not step.get("ControlText"):
        return step
    for entry in session.control_list():
        if entry["control_text"] == step["ControlText"] \
                and entry["control_type"] == step["ControlType"]:
            return {**step, "ControlLabel": entry["label"]}
    raise LookupError(f"no {step['ControlType']} {step['ControlText']!r} on screen")


def run_ui(session: Session, task: Task, start: DocumentView) -> str:
    for step in task.ui_plan:
        try:
            result = session.step(resolve(session, step))
        except LookupError as exc:
            return f"step {step['Step']} ({step['Subtask']}): {exc}"
        if not result.ok:
            return f"step {step['Step']} ({step['Subtask']}): {result.message}"
    return verdict(task, start, session)


def run_api(session: Session, task: Task, start: DocumentView) -> str:
    for command, args in task.api_plan:
        session.execute(command, **args)
    return verdict(task, start, session)


def verdict(task: Task, start: DocumentView, session: Session) -> str:
    result = evaluate_goal(task.goal, start, session.doc)
    return "" if result.success else "; ".join(result.details) or "goal not met"


@cache
def outcomes(family_id: str) -> tuple[Outcome, ...]:
    """Each seed's task, judged on its starting document and after each plan (the session
    goes back to the starting document between the plans, as an env reset does)."""
    family = get_family(family_id)
    out = []
    for split in SPLITS:
        for seed in SEEDS:
            task = family.sample(np.random.default_rng(seed), split)
            session = Session(task.start_document())
            start, snap = DocumentView.of(session.doc), session.snapshot()
            met = evaluate_goal(task.goal, start, start).success
            ui = run_ui(session, task, start)
            session.restore(snap)
            out.append(Outcome(split, seed, task, met, ui, run_api(session, task, start)))
    return tuple(out)


def failures(family_id: str, field: str) -> list[str]:
    return [f"{o.split}/{o.seed}: {o.task.request} -> {getattr(o, field)}"
            for o in outcomes(family_id) if getattr(o, field)]


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_family_is_registered_and_described(family_id):
    family = get_family(family_id)
    assert family.id == family_id and family.description and family.max_steps > 0
    # Align adds level 0 (the paragraph the caret starts in: a first level for RL agents)
    assert tuple(family.difficulties) == ((0, 1, 2, 3) if family_id == "Align" else (1, 2, 3))


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_sample_is_deterministic(family_id):
    family = get_family(family_id)
    for split in SPLITS:
        for seed in SEEDS:
            a = family.sample(np.random.default_rng(seed), split)
            b = family.sample(np.random.default_rng(seed), split)
            assert a == b and a.to_json() == b.to_json(), (split, seed)


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_request_given_and_start_fails_goal(family_id):
    for o in outcomes(family_id):
        assert o.task.request.strip(), (o.split, o.seed)
        assert o.task.family == family_id and o.task.split == o.split
        assert not o.start_met, f"{o.split}/{o.seed}: the start already meets {o.task.goal}"


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_ui_plan_meets_goal(family_id):
    bad = failures(family_id, "ui")
    rate = 1 - len(bad) / len(outcomes(family_id))
    assert rate >= MIN_SUCCESS, "\n".join(bad)


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_api_plan_meets_goal(family_id):
    bad = failures(family_id, "api")
    rate = 1 - len(bad) / len(outcomes(family_id))
    assert rate >= MIN_SUCCESS, "\n".join(bad)


def _pattern(template: str) -> re.Pattern:
    parts = [re.escape(literal) + ("(.+)" if field is not None else "")
             for literal, field, _spec, _conv in string.Formatter().parse(template)]
    return re.compile("".join(parts), re.DOTALL)


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_test_split_holds_out_documents_and_phrasings(family_id):
    family = get_family(family_id)
    texts = {split: {tuple(d.texts()): d.name for d in corpus(split)} for split in SPLITS}
    for o in outcomes(family_id):
        start = tuple(o.task.start_document().texts())
        assert start in texts[o.split], f"{o.split}/{o.seed}: not a {o.split} document"
        assert f"-{texts[o.split][start]}-" in o.task.uid
        own = [_pattern(t) for s in family.phrasing_sets() for t in held_out(s, o.split)]
        assert any(p.fullmatch(o.task.request) for p in own), o.task.request
    for templates in family.phrasing_sets():
        assert len(held_out(templates, "train")) >= 6 and held_out(templates, "test")
        assert not set(held_out(templates, "train")) & set(held_out(templates, "test"))


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_json_round_trip(family_id):
    for o in outcomes(family_id)[::7]:
        data = o.task.to_json()
        back = Task.from_json(json.loads(json.dumps(data)))
        assert back == o.task
        assert back.start_document().texts() == o.task.start_document().texts()
        assert data["instantiation_result"]["prefill"]["instantiated_request"] == o.task.request


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_difficulty_is_honoured(family_id):
    family = get_family(family_id)
    for level in family.difficulties:
        for seed in range(5):
            task = family.sample(np.random.default_rng(seed), "train", level)
            assert task.difficulty == level
    with pytest.raises(ValueError):
        family.sample(np.random.default_rng(0), "train", 9)


def test_align_level_0_is_the_paragraph_the_caret_starts_in():
    """Level 0 names the first paragraph, whatever it is, and the UI plan is the command alone:
    run from the caret a fresh document starts with, it meets the goal."""
    family = get_family("Align")
    places = set()
    for split in SPLITS:
        for seed in range(30):
            task = family.sample(np.random.default_rng(seed), split, 0)
            session = Session(task.start_document())
            start = session.view()
            (_, params), = task.goal
            assert start.paragraphs[0].text.startswith(params["contains"]), task.request
            places.add(start.paragraphs[0].style or "Normal")
            assert not {"select_text", "select_paragraph"} & {s["Function"] for s in task.ui_plan}
            assert run_ui(session, task, start) == "", (split, seed, task.request)
    assert len(places) > 1  # headings, titles and plain lines alike


@pytest.mark.parametrize("family_id", FAMILY_IDS)
def test_instance_count_positive(family_id):
    assert get_family(family_id).instance_count() > 0


def test_instance_count_totals_tens_of_thousands():
    assert sum(get_family(f).instance_count() for f in FAMILY_IDS) > 50_000


# ------------------------------------------------------------------ helpers
def test_shortcut_keys_come_from_the_shortcut_data():
    assert shortcut("bold") == "Ctrl+B" and keys_of("Ctrl+B") == "^b"
    assert keys_of("Ctrl+Alt+1") == "^%1" and keys_of("Ctrl+Shift+=") == "^+="
    assert keys_of("Ctrl+Space") == "^{SPACE}" and keys_of("Ctrl++") == "^{+}"
    assert shortcut("align", alignment="center") == "Ctrl+E"
    assert shortcut("numbering") is None


def test_markup_wraps_one_place_only():
    spec = "# Title here\nplain words in a line\n**bold** words in a line"
    assert can_mark(spec, "plain words") and not can_mark(spec, "words in a line")
    assert not can_mark(spec, "bold** words")
    assert marked_spec(spec, "plain words", [(0, 5, "*"), (6, 11, "__")]) \
        == "# Title here\n*plain* __words__ in a line\n**bold** words in a line"


def test_case_conversions_follow_word():
    assert converted("quarterly results", "upper") == "QUARTERLY RESULTS"
    assert converted("Quarterly Results", "lower") == "quarterly results"
    assert converted("quarterly results", "title") == "Quarterly Results"
    assert converted("quarterly Results", "sentence") == "Quarterly results"
    assert converted("Quarterly", "toggle") == "qUARTERLY"
    assert converted("QUARTERLY", "upper") is None  # no change: not a task
    assert converted("children's books", "title") is None  # Word's result is not clear-cut


def test_phrases_are_whole_content_words():
    assert is_whole_words("The fête is back", "fête is back")
    assert not is_whole_words("The fête is back", "te is back")  # "te" ends "fête"
    assert not is_whole_words("Quarterly results", "Quarterly result")
    assert is_content("quarterly results") and not is_content("results for the")


def test_paragraphs_are_named_by_unique_openings():
    for doc in corpus("train")[:3]:
        texts = doc.texts()
        for i, text in enumerate(texts):
            key = paragraph_key(doc, i)
            if key is None:
                continue
            assert key in text and sum(key.lower() in t.lower() for t in texts) == 1
            assert text.lstrip(' "“‘(').startswith(key)


def test_description_names_every_paragraph_of_a_group():
    family = get_family("Align")
    target = next(t for d in corpus("train") for t in family.targets(d, 3))
    words = describe(target)
    assert words.startswith("the two paragraphs") or words.startswith("the three paragraphs")
    assert all(f'"{k}"' in words for k in target.keys)

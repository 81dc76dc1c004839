"""Spaces, the charset, the numeric arrays and the discrete action catalogue with its masks."""

from __future__ import annotations

import string

import numpy as np
import pytest
from gymnasium import spaces

from envs.actions_discrete import KINDS, Catalogue, catalogue, chord_keys
from envs.observations import CONTROL_FEATURES
from envs.observations.features import PARAGRAPH_FEATURES, WORD_FEATURES
from envs.spaces import (
    MAX_CONTROLS,
    MAX_PARAGRAPHS,
    MAX_TARGETS,
    MAX_TEXT_ARGS,
    MAX_WORDS,
    TEXT_LIMITS,
    TRUNCATED,
    charset,
    clean,
)
from envs.tasks.base import Task
from envs.tasks.corpus import corpus
from envs.word_env import WordEnv
from wordsim.actions import parse_keys
from wordsim.document.builder import build_bytes
from wordsim.session import Session
from wordsim.session.shortcuts import shortcuts


# ------------------------------------------------------------------ text
def test_charset_holds_what_documents_and_the_canvas_use():
    chars = charset()
    assert set(string.printable) - set("\r\x0b\x0c") <= chars
    assert {"\n", "\t", "«", "»", "|", "•", "é", "£", "–", "’", "“"} <= chars
    for split in ("train", "test"):
        for doc in corpus(split):
            assert {c for c in doc.spec if c.isprintable()} <= chars, doc.name
    assert not {"\r", "\x00", "😀"} & chars


def test_clean_replaces_strangers_and_truncates():
    assert clean("a😀b\x00c\r", 100) == "a?b?c?"
    long = clean("x" * 500, 100)
    assert len(long) == 100 and long.endswith(TRUNCATED)
    assert clean("plain text", 100) == "plain text"


def test_text_observations_stay_inside_their_space():
    spec = "Emoji 😀 and 漢字 characters.\n" + "Long paragraph " * 6000
    task = Task("Custom", "Bold the 😀 " * 400, "custom", (("run_format", {"text": "Emoji",
                                                         "props": {"bold": True}}),),
                document_bytes=build_bytes(spec))
    env = WordEnv(task)
    obs, _ = env.reset()
    assert env.observation_space.contains(obs)
    assert obs["document"].endswith(TRUNCATED) and len(obs["document"]) == TEXT_LIMITS["document"]
    assert "?" in obs["request"] and "😀" not in obs["request"]
    obs, *_ = env.step("nonsense 😀" * 3000)
    assert env.observation_space.contains(obs)
    for space in env.observation_space.values():
        assert isinstance(space, spaces.Text) and space.min_length == 0


# ------------------------------------------------------------------ numeric
def test_numeric_space_is_what_sb3_takes():
    env = WordEnv("Bold", obs_mode="numeric")
    space = env.observation_space
    assert isinstance(space, spaces.Dict) and isinstance(env.action_space, spaces.Discrete)
    for key, sub in space.items():  # one level of Box / MultiBinary, nothing else
        assert isinstance(sub, (spaces.Box, spaces.MultiBinary)), key
    assert space["controls"].shape == (MAX_CONTROLS, len(CONTROL_FEATURES))
    assert space["document"].shape == (MAX_PARAGRAPHS, len(PARAGRAPH_FEATURES))
    assert space["words"].shape == (MAX_WORDS, len(WORD_FEATURES))
    assert space["action_mask"].n == env.action_space.n == catalogue().n
    obs, _ = env.reset(seed=0)
    assert space.contains(obs)
    assert obs["task"].shape == space["task"].shape and obs["task"].max() == 1.0
    assert np.array_equal(obs["action_mask"].astype(bool), env.action_masks())
    # every env id shares one shape: the family one-hot covers every registered family
    assert WordEnv("Italic", obs_mode="numeric").observation_space == space


def test_numeric_rows_follow_the_document_and_the_selection():
    env = WordEnv("Bold", obs_mode="numeric")
    obs, _ = env.reset(seed=4)
    from envs.observations.features import P, W

    target = env.task.goal[0][1]["text"]
    words = env._ep.words
    assert obs["document"][: len(env._ep.view.paragraphs), P["present"]].all()
    targeted = np.flatnonzero(obs["words"][:, W["target"]])
    others, bold = obs["words"][:, W["target"]] == 0, obs["words"][:, W["bold"]]
    assert " ".join(words.word_text(env._ep.window + j) for j in targeted) == target
    for step in env.task.ui_plan:
        obs, *_ = env.step(step)
    assert obs["words"][targeted, W["bold"]].all() and obs["words"][targeted, W["selected"]].all()
    assert np.array_equal(obs["words"][others, W["bold"]], bold[others])  # headings stay as were


def test_control_list_of_every_window_state_fits():
    """The longest control list over every tab, popup and dialog page of the window data."""
    session = Session()
    model, longest = session.ui.model, 0
    states = [("tab", t) for t in model.tabs if t != "file"] + \
        [("popup", p) for p in model.popups] + \
        [("dialog", d, page) for d in model.dialogs for page in (model.dialogs[d].pages or [None])]
    for state in states:
        session.ui.reset()
        if state[0] == "tab":
            session.ui.tab = state[1]
        elif state[0] == "popup":
            session.ui.popups = ((state[1], None),)
        else:
            session.ui.open_dialog(state[1], session.context(), state[2])
        longest = max(longest, len(session.control_list()))
    assert 100 < longest <= MAX_CONTROLS


# ------------------------------------------------------------------ the action catalogue
def test_catalogue_is_derived_from_data():
    cat = Catalogue()
    counts = {k: sum(s.kind == k for s in cat.slots) for k in KINDS}
    assert counts == {"click": MAX_CONTROLS, "shortcut": len(shortcuts()),
                      "paragraph": MAX_PARAGRAPHS, "word": MAX_WORDS, "extend": MAX_WORDS,
                      "start": MAX_WORDS, "type": MAX_TEXT_ARGS, "target": MAX_TARGETS,
                      "status": 2}
    assert cat.n == len(cat.slots) == sum(counts.values())
    assert [s.kind for s in cat.slots] == sorted((s.kind for s in cat.slots), key=KINDS.index)


def test_every_shortcut_becomes_the_keys_that_press_it():
    for chord in shortcuts():
        (event,) = parse_keys(chord_keys(chord))
        assert event.chord == chord


def test_masked_valid_actions_step_ok_in_a_fresh_env():
    env = WordEnv("WordSim-v0", obs_mode="numeric")
    for family in ("Bold", "InsertTable", "Margins", "HeaderText", "ReplaceText"):
        for seed in (0, 1):
            env = WordEnv(family, obs_mode="numeric")
            env.reset(seed=seed)
            task, valid = env.task, np.flatnonzero(env.action_masks())
            assert len(valid) > 100
            for i in valid:
                env.reset(options={"task": task})
                _, _, _, _, info = env.step(int(i))
                assert info["ok"], (family, env.describe_action(int(i)), info["message"])


def test_invalid_indices_are_harmless():
    env = WordEnv("Bold", obs_mode="numeric")
    obs, _ = env.reset(seed=0)
    before = env.document_bytes()
    invalid = np.flatnonzero(obs["action_mask"] == 0)
    for i in [*invalid[:: max(1, len(invalid) // 40)], -1, env.action_space.n, 10**9]:
        obs, reward, terminated, _, info = env.step(i)
        kind = env.catalogue.slots[i].kind if 0 <= i < env.action_space.n else None
        if kind not in ("shortcut", "click"):  # greyed-out commands answer in Word's words
            assert not info["ok"] and info["message"]
        assert reward == 0.0 and not terminated and env.observation_space.contains(obs)
    assert env.document_bytes() == before


def test_word_actions_reach_a_phrase_whose_words_occur_earlier():
    """select paragraph, move the start to the first word, extend to the last: select_text of
    the phrase itself, though its first word alone would be found earlier."""
    spec = "The cat sat.\nThe dog and the cat ran."
    task = Task("Custom", "Bold 'the cat'.", "custom",
                (("run_format", {"text": "the cat", "props": {"bold": True}}),),
                document_bytes=build_bytes(spec))
    env = WordEnv(task, obs_mode="numeric")
    env.reset()
    cat, words = env.catalogue, env._ep.words
    index = {words.word_text(j) + str(words.words[j][0]): j - env._ep.window
             for j in range(len(words))}
    the, cat_ = index["the1"], index["cat1"]
    assert not env.action_masks()[cat.first["word"] + index["cat1"]]  # "cat" is in paragraph 0
    env.step(cat.first["paragraph"] + 1)
    assert env.action_masks()[cat.first["start"] + the]
    env.step(cat.first["start"] + the)
    _, _, _, _, info = env.step(cat.first["extend"] + cat_)
    assert info["step_log"]["Action"] == "select_text(text='the cat')" and info["ok"]
    sel = env._ep.doc.selection
    assert (sel.start, sel.end) == ((1, 12), (1, 19))
    _, reward, terminated, _, info = env.step(cat.first["shortcut"])  # Ctrl+B, the first chord
    assert info["score"] == 1.0


def test_type_actions_type_the_tasks_texts_into_the_focused_control():
    env = WordEnv("HeaderText", obs_mode="numeric")
    env.reset(seed=0)
    assert env._ep.text_args
    i = env.catalogue.first["type"]
    assert env.action_masks()[i]
    _, _, _, _, info = env.step(i)
    assert info["ok"] and info["action"]["args"]["text"] == env._ep.text_args[0]
    assert env._ep.text_args[0] in "\n".join(env._ep.doc.texts())  # typed at the caret
    assert env.describe_action(i).startswith("type text argument 0")
    assert len(env._ep.text_args) < MAX_TEXT_ARGS
    assert not env.action_masks()[i + len(env._ep.text_args)]


def test_target_actions_select_what_the_task_is_about():
    """"select target m" points at the m-th text the goal names (the phrase to format, the
    paragraph to align): select target, then the command, whatever row the target is on."""
    env = WordEnv("Bold", obs_mode="numeric", difficulty=1)
    env.reset(seed=4)
    i = env.catalogue.first["target"]
    targets = env.unwrapped._ep.targets
    assert len(targets) == 1 and env.action_masks()[i] and not env.action_masks()[i + 1]
    assert env.describe_action(i) == \
        f"select target 0 of the task: select_text(text={targets[0]!r})"
    _, _, _, _, info = env.step(i)
    doc = env.session.doc
    assert info["ok"] and "".join(doc.text(i)[a:b] for i, a, b in doc.selected_spans()) \
        == targets[0]
    _, _, _, _, info = env.step(env.catalogue.first["shortcut"])  # Ctrl+B
    assert info["success"]
    assert "no target 1" in env.step(i + 1)[4]["message"]


@pytest.mark.parametrize("mode", ["text", "numeric"])
def test_action_masks_only_in_numeric_mode(mode):
    env = WordEnv("Bold", obs_mode=mode)
    env.reset(seed=0)
    if mode == "text":
        with pytest.raises(ValueError):
            env.action_masks()
    else:
        assert env.action_masks().dtype == bool

"""What the env keeps between steps — the word index patched paragraph by paragraph, the
numeric rows and masks rebuilt only where something changed, the canvas — always equals what
a fresh build from the document gives."""

from __future__ import annotations

import json

import numpy as np

from envs.actions_discrete import Catalogue
from envs.observations import NumericObserver, TextObserver
from envs.observations.canvas import Canvas
from envs.observations.features import (
    _CHAR_P,
    _CHAR_W,
    P,
    RowCache,
    W,
    _character,
    paragraph_row,
    word_rows,
)
from envs.observations.numeric import C, _key, _positions
from envs.observations.words import WORD, WordIndex
from envs.spaces import MAX_CONTROLS, MAX_WORDS
from envs.word_env import WordEnv
from wordsim.document.query import DocumentView
from wordsim.ui.screen import control_state


def _same_index(a: WordIndex, b: WordIndex) -> bool:
    return (a.texts, a.words, a.first_word, a.offsets, a.joined) == \
        (b.texts, b.words, b.first_word, b.offsets, b.joined)


def test_the_word_index_patched_paragraph_by_paragraph_equals_a_fresh_one():
    rng = np.random.default_rng(0)
    vocab = ["alpha", "beta", "x-ray", "o'neil", "", "  ", "fin.", "12", "über", "a\nb"]

    def text() -> str:
        return " ".join(rng.choice(vocab, size=int(rng.integers(0, 6))))

    for _ in range(200):
        texts = [text() for _ in range(int(rng.integers(1, 12)))]
        index = WordIndex(texts)
        for _ in range(8):
            if rng.random() < 0.3:  # a paragraph more or less: indexed again
                texts = texts + [text()] if rng.random() < 0.5 or len(texts) < 2 else texts[:-1]
            else:
                for _ in range(int(rng.integers(1, 4))):
                    texts[int(rng.integers(len(texts)))] = text()
            index.update(list(texts))
            assert _same_index(index, WordIndex(texts))


def _fresh_numeric(env: WordEnv) -> dict:
    """The numeric observation built with nothing kept: new observer, memo, rows and index."""
    ep = env.unwrapped._ep
    kept = ep.memo, ep.entry.rows, ep.words
    ep.memo = {}
    ep.entry.rows = {"paragraph": RowCache(paragraph_row), "word": RowCache(word_rows)}
    ep.words = WordIndex(ep.doc.texts())
    try:
        observer = env.unwrapped._numeric
        return NumericObserver(observer.families, observer.checkers).observe(ep)
    finally:
        ep.memo, ep.entry.rows, ep.words = kept


def _selection_columns(ep) -> np.ndarray:
    """The caret / selected / partly selected word columns, as whole-array comparisons."""
    words = ep.words
    stop = min(len(words), ep.window + MAX_WORDS)
    starts, ends = (a[ep.window : stop] for a in _positions(words))
    sel = ep.doc.selection
    lo, hi = _key(*sel.start), _key(*sel.end)
    out = np.zeros((MAX_WORDS, 3), dtype=np.float32)
    if sel.collapsed:
        out[: len(starts), 0] = (starts <= lo) & (lo <= ends)
    else:
        inside = (lo <= starts) & (ends <= hi)
        out[: len(starts), 1] = inside
        out[: len(starts), 2] = ~inside & (starts < hi) & (lo < ends)
    return out


def test_numeric_and_text_observations_equal_fresh_builds_along_random_episodes():
    env = WordEnv("WordSim-v0", obs_mode="numeric", info_obs=True)
    rng = np.random.default_rng(3)
    columns = [W["caret"], W["selected"], W["partly_selected"]]
    for episode in range(8):
        env.reset(seed=episode)
        for _ in range(25):
            mask = env.action_masks()
            obs, _, terminated, _, info = env.step(int(rng.choice(np.flatnonzero(mask))))
            ep = env._ep
            assert ep.view == DocumentView.of(ep.doc)
            fresh = _fresh_numeric(env)
            for key, value in obs.items():
                assert np.array_equal(value, fresh[key]), key
            assert np.array_equal(obs["words"][:, columns], _selection_columns(ep))
            assert obs["action_mask"].flags.writeable  # a fresh array each step
            text = info["obs_text"]
            assert text["document"] == Canvas(ep.entry.before).text(ep.view, ep.doc.selection)
            assert json.loads(text["controls"]) == ep.session.control_list()
            if terminated:
                break


def _fresh_text(env: WordEnv) -> dict:
    """The text observation made from scratch: a new observer fed the same step logs, a new
    canvas of the starting document."""
    inner = env.unwrapped
    ep = inner._ep
    observer = TextObserver(inner._text.history_size)
    for log, _ in inner._text._history:
        observer.record(log)
    observer._result = inner._text._result
    out = observer.observe(ep)
    out["document"] = Canvas(ep.entry.before).text(ep.view, ep.doc.selection)
    return out


def test_observations_equal_fresh_builds_across_undo_and_episodes_on_one_document():
    """Random masked actions with many undos (Ctrl+Z) and redos, episodes restarting on the
    same few documents (restore): both observation modes equal fresh builds at every step, and
    a second env given the same seeds and actions observes exactly the same."""
    envs = [WordEnv("WordSim-v0", obs_mode="numeric", info_obs=True) for _ in range(2)]
    rng = np.random.default_rng(11)
    first = envs[0].catalogue.first["shortcut"]
    chords = envs[0].catalogue.chords
    undo, redo = first + chords.index("Ctrl+Z"), first + chords.index("Ctrl+Y")
    tasks = []
    for episode in range(10):
        if episode < 4:
            obs = [env.reset(seed=100 + episode)[0] for env in envs]
            tasks.append(envs[0].task)
        else:  # back on a document kept open: restored from its snapshot
            task = tasks[episode % len(tasks)]
            obs = [env.reset(options={"task": task})[0] for env in envs]
        for key in obs[0]:
            assert np.array_equal(obs[0][key], obs[1][key]), key
        for _ in range(20):
            mask = envs[0].action_masks()
            r = rng.random()
            action = undo if r < 0.2 else redo if r < 0.25 else \
                int(rng.choice(np.flatnonzero(mask)))
            out = [env.step(action) for env in envs]
            (obs, _, terminated, _, info), (obs2, *_, info2) = out
            ep = envs[0]._ep
            assert ep.view == DocumentView.of(ep.doc)
            fresh = _fresh_numeric(envs[0])
            for key, value in obs.items():
                assert np.array_equal(value, fresh[key]), key
                assert np.array_equal(value, obs2[key]), key
            assert info["obs_text"] == _fresh_text(envs[0]) == info2["obs_text"]
            assert info["action"] == info2["action"]
            if terminated:
                break


def test_control_states_and_masks_equal_the_windows_and_a_new_catalogues():
    """The pressed / selected columns of the control rows are what the window itself shows
    (`control_state`), and the action mask is what a new catalogue, with none of the shared
    catalogue's memos, computes — along random episodes of masked actions."""
    env = WordEnv("WordSim-v0", obs_mode="numeric")
    fresh = Catalogue()
    rng = np.random.default_rng(7)
    for episode in range(10):
        obs, _ = env.reset(seed=200 + episode)
        for _ in range(25):
            session = env.session
            context = session.context()
            for j, c in enumerate(session.controls().labelled[:MAX_CONTROLS]):
                state = control_state(c, session.ui, context)
                shown = (bool(obs["controls"][j, C["pressed"]]),
                         bool(obs["controls"][j, C["selected"]]))
                assert shown == (state.get("pressed", False), state.get("selected", False)), c.id
            assert np.array_equal(obs["action_mask"], fresh.mask(env._ep))
            obs, _, terminated, _, _ = env.step(int(rng.choice(np.flatnonzero(obs["action_mask"]))))
            if terminated:
                break


def _by_character(p, look) -> list[tuple]:
    """Each character's formatting flags and size, from the paragraph's runs."""
    return [(_character(r, look), r.size_pt) for r in p.runs for _ in r.text]


def test_feature_rows_equal_per_character_counts_on_edited_documents():
    """Paragraph rows hold the fraction of characters with each flag and their mean size; word
    rows a flag when every character of the word has it — recounted here character by
    character on documents random actions formatted."""
    env = WordEnv("WordSim-v0", obs_mode="numeric")
    rng = np.random.default_rng(13)
    for episode in range(6):
        env.reset(seed=300 + episode)
        for _ in range(30):
            env.step(int(rng.choice(np.flatnonzero(env.action_masks()))))
        ep = env._ep
        baseline = ep.entry.canvas.baseline
        for p in ep.view.paragraphs:
            look = baseline.look(p.style)
            chars = _by_character(p, look)
            row, words = paragraph_row(p, look), word_rows(p, look)
            if chars:
                flags = np.array([f for f, _ in chars], dtype=np.float32)
                counts = flags.sum(axis=0)
                assert np.array_equal(row[_CHAR_P], counts / np.float32(len(chars)))
                mean = sum(s for _, s in chars) / len(chars)
                assert row[P["size"]] == np.float32(max(-1.0, min(1.0, mean / 48)))
            spans = [(m.start(), m.end()) for m in WORD.finditer(p.text)]
            assert len(words) == len(spans)
            for j, (s, e) in enumerate(spans):
                inside = [f for f, _ in chars[s:e]]
                if inside:  # run texts make up the paragraph text
                    assert tuple(words[j, _CHAR_W]) == tuple(float(all(k)) for k in zip(*inside, strict=True))

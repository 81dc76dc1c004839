"""What the env keeps between steps — the word index patched paragraph by paragraph, the
numeric rows and masks rebuilt only where something changed, the canvas — always equals what
a fresh build from the document gives."""

from __future__ import annotations

import json

import numpy as np

from envs.observations import NumericObserver
from envs.observations.canvas import Canvas
from envs.observations.features import RowCache, W, paragraph_row, word_rows
from envs.observations.numeric import _key, _positions
from envs.observations.words import WordIndex
from envs.spaces import MAX_WORDS
from envs.word_env import WordEnv
from wordsim.document.query import DocumentView


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

"""WordEnv's spaces: the sizes of the numeric arrays, the text charset, and the space builders."""

from __future__ import annotations

import re
import string
from functools import cache

import numpy as np
from gymnasium import spaces

# ------------------------------------------------------------------ numeric sizes
MAX_CONTROLS = 128  # the longest control list of the window data is 118 (the font list)
MAX_PARAGRAPHS = 64  # the longest corpus document has 55 story paragraphs
MAX_WORDS = 128  # a window of the document's words, placed at the task's target
MAX_TEXT_ARGS = 4  # texts the task asks to type (from its plan and goal), one action each
MAX_TARGETS = 4  # texts of the document the task is about, one selecting action each
HASH_DIMS = 16  # width of each hashed bag of names / goal parameters

# ------------------------------------------------------------------ text sizes
TEXT_LIMITS = {
    "request": 2048,
    "controls": 32768,  # UFO's list JSON: 300 controls at most, ~80 characters each
    "document": 65536,
    "result": 4096,
    "history": 16384,
}
ACTION_TEXT_LIMIT = 4096
TRUNCATED = "\n[... truncated]"
REPLACEMENT = "?"

# Beyond printable ASCII and Latin-1: what office text commonly holds, and the canvas's marks.
_EXTRA = (
    "–—‐‑‘’‚‛“”„‟…•·‣◦▪●○■□¶§†‡‰′″‹›«»€£¥¢©®™°±×÷µ¹²³¼½¾"
    "←→↑↓↔⇒✓✔✗✘☐☑☒★☆♦♣♠♥"
    "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
    "ĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽž"
)


@cache
def charset() -> frozenset[str]:
    """Every character a text observation may hold; anything else is shown as "?". Built once
    from printable ASCII, tab and newline, Latin-1, common office punctuation, Greek, Latin
    Extended-A letters and every character of the built-in corpus."""
    chars = set(string.printable) - set("\r\x0b\x0c")
    chars |= {chr(c) for c in range(0xA0, 0x100)}
    chars |= set(_EXTRA)
    chars |= _corpus_chars()
    return frozenset(chars)


def _corpus_chars() -> set[str]:
    from envs.tasks.corpus import corpus

    out: set[str] = set()
    for split in ("train", "test"):
        for doc in corpus(split):
            out.update(doc.spec)
    return {c for c in out if c.isprintable()}


@cache
def _outside() -> re.Pattern:
    """A pattern matching one character outside `charset()`."""
    ranges = "".join(re.escape(c) for c in sorted(charset()))
    return re.compile(f"[^{ranges}]")


def clean(text: str, limit: int) -> str:
    """`text` made to fit a Text space: characters outside the charset become "?", and text
    longer than `limit` is cut, ending in a truncation mark."""
    if _outside().search(text) is not None:
        text = _outside().sub(REPLACEMENT, text)
    if len(text) > limit:
        text = text[: limit - len(TRUNCATED)] + TRUNCATED
    return text


# ------------------------------------------------------------------ spaces
def text(limit: int) -> spaces.Text:
    return spaces.Text(max_length=limit, min_length=0, charset=charset())


def text_observation_space() -> spaces.Dict:
    return spaces.Dict({key: text(limit) for key, limit in TEXT_LIMITS.items()})


def text_action_space() -> spaces.Text:
    """Any action form as a string (dicts are accepted too: `Session.step` parses both)."""
    return text(ACTION_TEXT_LIMIT)


def box(rows: int | None, columns: int) -> spaces.Box:
    shape = (columns,) if rows is None else (rows, columns)
    return spaces.Box(low=-1.0, high=1.0, shape=shape, dtype=np.float32)


def numeric_observation_space(control_features: int, paragraph_features: int,
                              word_features: int, task_features: int,
                              actions: int) -> spaces.Dict:
    """A single-level Dict of Box and MultiBinary, as SB3's MultiInputPolicy takes it."""
    return spaces.Dict({
        "controls": box(MAX_CONTROLS, control_features),
        "document": box(MAX_PARAGRAPHS, paragraph_features),
        "words": box(MAX_WORDS, word_features),
        "task": box(None, task_features),
        "action_mask": spaces.MultiBinary(actions),
    })

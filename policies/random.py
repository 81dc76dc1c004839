"""The random policy: uniform over the valid discrete actions (numeric mode), or random actions an
agent could send (text mode): a click on a listed control, a shortcut or navigation key, a
select_text of words of the document, typing a word into a text box; now and then FINISH."""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

from policies.base import finish

_CLICK_ARGS = {"button": "left", "double": False}
# Keys a user presses besides Word's shortcuts (pywinauto syntax).
NAVIGATION = ("{LEFT}", "{RIGHT}", "{UP}", "{DOWN}", "{HOME}", "{END}", "+{RIGHT}", "+{LEFT}",
              "+{END}", "+{HOME}", "^{HOME}", "^{END}", "{ESC}", "{TAB}", "{ENTER}", "{BACKSPACE}")
# Kinds of text action and how often each is drawn.
TEXT_KINDS = ("click", "keys", "select", "type")
TEXT_WEIGHTS = (0.45, 0.25, 0.2, 0.1)
_TEXT_TYPES = frozenset({"Edit", "ComboBox", "Document"})


@cache
def key_choices() -> tuple[str, ...]:
    """Every Word shortcut (from the window data) and the navigation keys, as pywinauto keys."""
    from envs.actions_discrete import chord_keys
    from wordsim.session.shortcuts import shortcuts

    return (*(chord_keys(c) for c in shortcuts()), *NAVIGATION)


class RandomPolicy:
    """Random actions drawn only from this policy's own numpy Generator.

    `seed` seeds it; `reset(env, seed)` with an episode seed re-seeds it from (seed, episode
    seed), so an episode's actions depend only on those two, not on the episodes before it.
    `mode`: "numeric" (indices where `action_masks()` is true), "text" (action dicts), or None
    for the env's `obs_mode`. `finish_prob`: the chance of FINISH at each text-mode step (in
    numeric mode FINISH is one valid index among the others)."""

    name = "random"

    def __init__(self, seed: int | None = None, mode: str | None = None,
                 finish_prob: float = 0.05):
        if mode not in (None, "text", "numeric"):
            raise ValueError(f"mode must be None, 'text' or 'numeric', got {mode!r}")
        self.seed, self.mode, self.finish_prob = seed, mode, finish_prob
        self.rng = np.random.default_rng(seed)

    def reset(self, env, seed: int | None = None) -> None:
        if seed is not None:
            entropy = [seed] if self.seed is None else [self.seed, seed]
            self.rng = np.random.default_rng(entropy)

    def act(self, env, observation: Any) -> Any:
        unwrapped = env.unwrapped
        if (self.mode or unwrapped.obs_mode) == "numeric":
            valid = np.flatnonzero(unwrapped.action_masks())
            return int(valid[self.rng.integers(len(valid))])
        return self.text_action(unwrapped.session)

    # ------------------------------------------------------------------ text mode
    def text_action(self, session) -> dict[str, Any]:
        """One random action in the contract's dict form (or FINISH)."""
        rng = self.rng
        if rng.random() < self.finish_prob:
            return finish("I think the request is done.")
        kind = TEXT_KINDS[rng.choice(len(TEXT_KINDS), p=TEXT_WEIGHTS)]
        controls = session.control_list()
        if kind == "click" and controls:
            c = controls[rng.integers(len(controls))]
            return _on(c, "click_input", dict(_CLICK_ARGS))
        if kind == "type":
            boxes = [c for c in controls if c["control_type"] in _TEXT_TYPES]
            words = self._words(session, 1)
            if boxes and words:
                c = boxes[rng.integers(len(boxes))]
                return _on(c, "set_edit_text", {"text": words})
        if kind == "select":
            words = self._words(session, 1 + int(rng.integers(3)))
            if words:
                return {"function": "select_text", "args": {"text": words}}
        keys = key_choices()
        return {"function": "keyboard_input", "args": {"keys": keys[rng.integers(len(keys))]}}

    def _words(self, session, n: int) -> str:
        """Up to `n` consecutive words of a random non-empty paragraph ("" if none)."""
        paragraphs = [t for t in session.doc.texts() if t.strip()]
        if not paragraphs:
            return ""
        words = paragraphs[self.rng.integers(len(paragraphs))].split()
        start = int(self.rng.integers(len(words)))
        return " ".join(words[start:start + n])


def _on(control: dict, function: str, args: dict) -> dict[str, Any]:
    return {"control_label": control["label"], "control_text": control["control_text"],
            "function": function, "args": args}

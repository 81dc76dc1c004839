"""Word's text rules for the server's commands, the simulator's own: wordsim/document/
word_rules.py loaded by its path (this process cannot import the wordsim package, and that file
needs only the standard library), so both sides step font sizes, find words and adapt case
alike."""

from __future__ import annotations

import importlib.util
import os

_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir,
                     os.pardir, "document", "word_rules.py")
_spec = importlib.util.spec_from_file_location("word_rules", _PATH)
_rules = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rules)

FONT_SIZES = _rules.FONT_SIZES
MIN_FONT_SIZE, MAX_FONT_SIZE = _rules.MIN_FONT_SIZE, _rules.MAX_FONT_SIZE
adapt_case = _rules.adapt_case
is_word_char = _rules.is_word_char
map_offset = _rules.map_offset
step_size = _rules.step_size
word_around = _rules.word_around
word_stops = _rules.word_stops

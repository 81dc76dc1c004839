"""What the agent observes: the text canvas an LLM agent reads and the numeric arrays an RL policy
reads, both built incrementally from the running episode's state."""

from .numeric import CONTROL_FEATURES, NumericObserver
from .state import DocumentCache, DocumentEntry, Episode
from .text import TextObserver, step_log

__all__ = [
    "CONTROL_FEATURES",
    "DocumentCache",
    "DocumentEntry",
    "Episode",
    "NumericObserver",
    "TextObserver",
    "step_log",
]

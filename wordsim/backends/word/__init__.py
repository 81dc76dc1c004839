"""Real Microsoft Word behind the backend interface (Windows): COM for the document commands,
UI Automation for control-level actions. Nothing Windows-only is imported until Word is used."""

from .backend import WordBackend
from .connect import INSTALL
from .positions import StoryMap

__all__ = ["INSTALL", "StoryMap", "WordBackend"]

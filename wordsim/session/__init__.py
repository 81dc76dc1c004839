"""The simulated Word session: a document, its window, and the UFO actions applied to them."""

from .result import ActionResult
from .session import Session

__all__ = ["ActionResult", "Session"]

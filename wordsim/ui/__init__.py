"""The synthetic Word window: control tree, UI state and the UFO control list, built from data."""

from .data import window_model
from .fields import parse_length
from .model import Call, Control, UIContext
from .screen import ControlView, control_list, hit_test, view, visible_controls, window_title
from .state import UIState

__all__ = [
    "Call",
    "Control",
    "ControlView",
    "UIContext",
    "UIState",
    "control_list",
    "hit_test",
    "parse_length",
    "view",
    "visible_controls",
    "window_model",
    "window_title",
]

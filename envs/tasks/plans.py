"""Building blocks for oracle plans: UFO dataflow steps for the window, commands for the API."""

from __future__ import annotations


def step(subtask: str, function: str, args: dict | None = None, control_text: str = "",
         control_type: str = "") -> dict:
    """One UFO dataflow plan step; ControlLabel stays empty (found on screen when run)."""
    return {"Step": 0, "Subtask": subtask, "ControlLabel": "", "ControlText": control_text,
            "ControlType": control_type, "Function": function, "Args": dict(args or {})}


def click(name: str, control_type: str = "Button", subtask: str = "") -> dict:
    return step(subtask or f"Click {name}", "click_input", {"button": "left", "double": False},
                name, control_type)


def tab(name: str) -> dict:
    return click(name, "TabItem", f"Open the {name} tab")


def menu_item(name: str, control_type: str = "MenuItem") -> dict:
    return click(name, control_type, f"Choose {name}")


def type_into(name: str, text: str, control_type: str = "Edit") -> dict:
    return step(f"Type {text!r} into {name}", "set_edit_text",
                {"text": text, "clear_current_text": True}, name, control_type)


def keys(keys_: str, subtask: str = "") -> dict:
    return step(subtask or f"Press {keys_}", "keyboard_input", {"keys": keys_, "control_focus": True})


def select_text(text: str) -> dict:
    return step(f"Select {text!r}", "select_text", {"text": text})


def numbered(steps) -> tuple[dict, ...]:
    """The steps with Step = 1, 2, ... as UFO numbers them."""
    return tuple({**s, "Step": i} for i, s in enumerate(steps, 1))

"""Key presses in the Word window: dialogs and menus take their keys first, then Word's
shortcuts, then the document (typed text)."""

from __future__ import annotations

from wordsim.actions import Key, Pause, Text

from .paging import page_key
from .shortcuts import shortcuts

_TEXT_TYPES = ("Edit", "ComboBox")


def press(session, event) -> str:
    """Apply one parsed key event; returns what happened (may be empty)."""
    ui = session.ui
    if isinstance(event, Pause):
        return ""
    focused = ui.model.by_id.get(ui.focus) if ui.focus else None
    if isinstance(event, Text):
        if focused is not None and focused.control_type in _TEXT_TYPES:
            calls = ui.set_text(focused, event.text, session.context())
            return session.run_calls(calls or [])
        if ui.dialog is not None:
            return "The dialog is open: click a box in it before typing."
        ui.close_popups()
        return session.execute("type_text", text=event.text)
    return _press_key(session, event)


def _press_key(session, key: Key) -> str:
    ui, chord = session.ui, key.chord
    if chord == "Esc":
        return "Closed." if ui.escape() else ""
    if chord == "Enter":
        calls = ui.enter(session.context())
        if calls is not None:
            return session.run_calls(calls)
    if ui.dialog is not None:
        if key.alt and not key.ctrl and len(key.name) == 1:
            calls = ui.access_key(key.name, session.context())
            if calls is not None:
                return session.run_calls(calls)
        return f"{chord} does nothing while the dialog is open."
    if ui.popups:
        ui.close_popups()  # a key that is not for the menu closes it, then goes to the document
    behaviour = shortcuts().get(chord)
    if behaviour is None:
        return f"{chord} does nothing in the document."
    if "opens" in behaviour:
        target = behaviour["opens"]
        if target in ui.model.dialogs:
            ui.open_dialog(target, session.context(), behaviour.get("open_page"))
        else:
            ui.open_popup(target)
        return ""
    if "session" in behaviour:
        return session.session_action(behaviour["session"])
    if "command" in behaviour:
        return session.execute(behaviour["command"], **dict(behaviour.get("args", {})))
    if "page" in behaviour:  # Page Up / Page Down through the page layout
        return page_key(session, behaviour["page"], behaviour.get("extend", False))
    return ""

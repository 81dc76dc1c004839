"""A UFO action on real Word: control actions through the window's UI Automation tree, Word API
commands (insert_table, select_text, ...) through COM as UFO's Word client runs them."""

from __future__ import annotations

import ntpath

from wordsim.actions import COM_WORD, Action
from wordsim.document.commands import CommandError
from wordsim.session.result import ActionResult
from wordsim.session.word_api import SAVE_FORMATS

from .uia import ControlNotFound


def act(w, action: Action) -> ActionResult:
    """ActionResult(ok, message, action) for `action` on backend `w`."""
    try:
        if action.spec.kind == COM_WORD:
            message = word_api(w, action)
        else:
            message = control_action(w, action)
        ok = True
    except (CommandError, ControlNotFound) as exc:
        message, ok = str(exc), False
    return ActionResult(ok, message, action, (), action.status)


def control_action(w, action: Action) -> str:
    fn, args = action.function, action.args
    if fn in ("", "summary", "annotation"):
        return args.get("text", "") if fn == "summary" else ""
    window = w.window()
    if fn == "click_on_coordinates":
        return window.click_at(args["x"], args["y"], args["button"], args["double"])
    if fn == "drag_on_coordinates":
        return window.drag((args["start_x"], args["start_y"]), (args["end_x"], args["end_y"]),
                           args["button"], args.get("key_hold"))
    named = bool(action.control_text or action.control_label)
    if fn in ("keyboard_input", "wheel_mouse_input") and not named:
        element = None  # the keys (or the wheel) go to the window
    else:
        element = window.find(action.control_text, action.control_type, action.control_label)
    if fn == "click_input":
        return window.click(element, args["button"], args["double"], args.get("pressed"))
    if fn == "set_edit_text":
        return window.set_text(element, args["text"], args.get("clear_current_text", False))
    if fn == "keyboard_input":
        return window.keys(element if args.get("control_focus", True) else None, args["keys"])
    if fn == "wheel_mouse_input":
        return window.wheel(element, args["wheel_dist"])
    if fn == "texts":
        return window.texts(element)
    raise CommandError(f"An error occurred: {fn} is not supported.")


def word_api(w, action: Action) -> str:
    """UFO's Word API commands, as the simulator's session maps them to document commands."""
    name, a = action.function, action.args
    if name == "insert_table":
        return w.execute("insert_table", rows=a["rows"], columns=a["columns"], at="end")
    if name == "select_text":
        return w.execute("select_text", text=a["text"])
    if name == "select_table":
        return w.execute("select_table", number=a["number"])
    if name == "select_paragraph":
        return w.execute("select_paragraphs", start_index=a["start_index"],
                         end_index=a["end_index"], non_empty=a["non_empty"])
    if name == "set_font":
        if w.sel.Start == w.sel.End:
            raise CommandError("No text is selected to set the font.")
        parts = []
        if a.get("font_name"):
            w.execute("font_name", font=a["font_name"])
            parts.append(f"Font is set to {a['font_name']}.")
        if a.get("font_size"):
            w.execute("font_size", size=a["font_size"])
            parts.append(f"Font size is set to {a['font_size']}.")
        return " ".join(parts)
    if name == "save_as":
        return save_as(w, a.get("file_dir") or "", a.get("file_name") or "",
                       a.get("file_ext") or "")
    raise CommandError(f"An error occurred: {name} is not a Word API command.")


def save_as(w, file_dir: str, file_name: str, file_ext: str) -> str:
    """UFO's save_as: Document.SaveAs2 at the agent's path in the format its extension names."""
    ext = (file_ext or ".pdf").lower()
    ext = ext if ext.startswith(".") else "." + ext
    if ext not in SAVE_FORMATS:
        raise CommandError(f"An error occurred: unsupported file format {ext}; "
                           f"supported: {', '.join(SAVE_FORMATS)}.")
    name = file_name or ntpath.splitext(w.doc.Name)[0]
    path = ntpath.join(file_dir, name + ext) if file_dir else name + ext
    with w.guard("save_as"):
        w.doc.SaveAs2(FileName=path, FileFormat=SAVE_FORMATS[ext])
    return f"Document is saved to {path}."

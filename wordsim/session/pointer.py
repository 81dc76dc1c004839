"""The mouse in the document area, as Word treats it: a click puts the caret at the character
under the pointer, a double click selects the word (with its trailing spaces), a click right
after a double click at the same place (a triple click) selects the paragraph, Ctrl+click the
sentence, Shift+click and a drag select from one point to another, a right click opens the context menu, the wheel
scrolls. Points are placed with the deterministic layout of `page_layout` (read its limits).

Every selection goes through the `select_range` document command, so a mirrored backend
follows it."""

from __future__ import annotations

from wordsim.document import CommandError
from wordsim.document.char_values import word_around
from wordsim.ui import Control

from .page_layout import WHEEL_PX, PageLayout

_SHIFT = frozenset({"shift", "vk_shift", "{vk_shift}", "lshift", "rshift", "vk_lshift",
                    "vk_rshift"})
_CONTROL = frozenset({"control", "ctrl", "vk_control", "{vk_control}", "lcontrol", "rcontrol",
                      "vk_lcontrol", "vk_rcontrol"})
_ENDS = ".!?"


class PointerError(CommandError):
    """A mouse action the document area does not take (the message is for the agent)."""


class Pointer:
    """One window's mouse state: how far the document is scrolled, the layout of the document
    as it was last laid out (kept while the document is unchanged), and where the last double
    click selected a word (for a triple click)."""

    def __init__(self):
        self.scroll = 0
        self._layout: PageLayout | None = None
        self._laid: tuple = (None, None)  # (DocumentView, area) the layout is of
        self._double: tuple | None = None  # `_moment` right after a double click

    def reset(self) -> None:
        self.scroll = 0
        self._double = None

    def layout(self, session, area) -> PageLayout:
        view = session.view()
        if self._laid[0] is not view or self._laid[1] != area or self._layout is None:
            self._layout = PageLayout(view, area)
            self._laid = (view, area)
            self.scroll = min(self.scroll, self._layout.max_scroll())
        return self._layout

    def document_at(self, session, px: float, py: float) -> Control | None:
        """The Document control under window pixel (px, py) where no visible control is: a
        menu open over the page hides the Document from the control list, yet a click on the
        page beside the menu still lands in the text (and closes the menu). None under a modal
        dialog, or off the document area."""
        ui = session.ui
        if ui.dialog is not None and ui.model.dialogs[ui.dialog].modal:
            return None
        document = ui.model.by_id.get("document")
        if document is None:
            return None
        left, top, right, bottom = document.rectangle
        return document if left <= px < right and top <= py < bottom else None

    def position(self, session, control: Control, px: float, py: float) -> tuple[int, int]:
        layout = self.layout(session, control.rectangle)
        return layout.position_at(px, py, self.scroll)

    # ------------------------------------------------------------------ actions
    def click(self, session, control: Control, args: dict, point: tuple[float, float] | None) -> str:
        """A click on the Document control at window pixel `point` (its centre when None, as
        pywinauto's click_input clicks)."""
        button = args.get("button", "left")
        px, py = point if point is not None else control.center
        context = session.context()
        session.ui.activate(control, context)  # focus; a click outside open menus closes them
        pos = self.position(session, control, px, py)
        doc = session.doc
        if button == "right":
            sel = doc.selection
            if not _inside(sel, pos):  # Word keeps a selection right-clicked inside it
                session.execute("select_range", start=pos, end=pos)
            menu = control.behaviour.get("context_menu")
            if menu is None:
                raise PointerError(f"An error occurred: {control.name} has no context menu.")
            session.ui.open_popup(menu, control)
            self._double = None
            return ""
        if button != "left":
            raise PointerError(f"An error occurred: a {button} click does nothing in the document.")
        key = (round(px), round(py))
        if args.get("double"):
            text = doc.text(pos[0])
            span = word_around(text, pos[1], strict=False)
            if span is None:  # on a space or punctuation: that one character
                span = (pos[1], min(pos[1] + 1, len(text)))
            start, end = span
            while end < len(text) and text[end] == " ":
                end += 1
            session.execute("select_range", start=(pos[0], start), end=(pos[0], end))
            self._double = _moment(session, key)
            return ""
        if self._double is not None and self._double == _moment(session, key):
            self._double = None  # the third click of a triple click: the whole paragraph
            para = pos[0]
            end = (para + 1, 0) if para + 1 < len(doc) else (para, len(doc.text(para)))
            session.execute("select_range", start=(para, 0), end=end)
            return ""
        self._double = None
        held = str(args.get("pressed") or "").strip().lower()
        if held in _CONTROL:  # Ctrl+click: the sentence
            start, end = _sentence(doc.text(pos[0]), pos[1])
            session.execute("select_range", start=(pos[0], start), end=(pos[0], end))
            return ""
        if held in _SHIFT:
            session.execute("select_range", start=tuple(doc.selection.anchor), end=pos)
            return ""
        session.execute("select_range", start=pos, end=pos)
        return ""

    def drag(self, session, control: Control, args: dict, start: tuple[float, float],
             end: tuple[float, float]) -> str:
        """drag_on_coordinates from `start` (on the Document control) to `end` (window pixels):
        selects the text between them (from the current anchor with Shift held)."""
        if args.get("button", "left") != "left":
            raise PointerError("An error occurred: only a left-button drag selects text.")
        session.ui.activate(control, session.context())
        left, top, right, bottom = control.rectangle
        ex = min(max(end[0], left), right - 1)  # past the area's edge: its edge (no autoscroll)
        ey = min(max(end[1], top), bottom - 1)
        a = self.position(session, control, *start)
        f = self.position(session, control, ex, ey)
        if str(args.get("key_hold") or "").strip().lower() in _SHIFT:
            a = tuple(session.doc.selection.anchor)
        self._double = None
        session.execute("select_range", start=a, end=f)
        return ""

    def wheel(self, session, control: Control, notches: int) -> str:
        """wheel_mouse_input: positive notches scroll up (towards the first page)."""
        layout = self.layout(session, control.rectangle)
        self.scroll = max(0, min(self.scroll - int(notches) * WHEEL_PX, layout.max_scroll()))
        return ""


def _sentence(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence around `offset`: after the last ".", "!" or "?" that is
    followed by a space before it, through the next one and its trailing spaces."""
    start = 0
    for i in range(min(offset, len(text)) - 1, 0, -1):
        if text[i] == " " and text[i - 1] in _ENDS:
            start = i + 1
            break
    while start < len(text) and text[start] == " ":
        start += 1
    end = len(text)
    for i in range(max(offset, start), len(text)):
        if text[i] in _ENDS and (i + 1 == len(text) or text[i + 1] == " "):
            end = i + 1
            break
    while end < len(text) and text[end] == " ":
        end += 1
    return start, end


def _moment(session, point) -> tuple:
    """What must not have changed between a double click and the click that makes it a triple
    click: the point, the selection, the document (its undo stacks) and the window."""
    doc, ui = session.doc, session.ui
    return (point, doc.selection, len(doc.history.undo_stack), len(doc.history.redo_stack),
            ui.tab, ui.popups, ui.dialog)


def _inside(sel, pos) -> bool:
    if sel.collapsed:
        return False
    return tuple(sel.start) <= tuple(pos) <= tuple(sel.end)

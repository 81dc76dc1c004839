"""A Word window over one document: applies UFO actions in any accepted form, keeps the UI
state, and reports every result as data (agent mistakes are results, never exceptions)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from wordsim.actions import COM_WORD, Action, ActionError, match_control, parse_action, parse_keys
from wordsim.backends.mirror import Mirror
from wordsim.document import CommandError, WordDocument, clipboard
from wordsim.document.query import DocumentView, Edits
from wordsim.document.snapshot import Snapshot
from wordsim.ui import Call, Control, UIContext, UIState, view
from wordsim.ui.state import ALERT

from . import keyboard
from .facts import Facts, settle
from .paging import go_to
from .picture import placeholder_png
from .pointer import Pointer
from .result import ActionResult
from .word_api import run_word_api, save_as

_TEXT_TYPES = ("Edit", "ComboBox")
_PARSED_LIMIT = 4096  # action texts whose parse is kept (agents repeat their actions)
_EDITS_LIMIT = 4096  # changed paragraphs remembered for the view before it is dropped


class Session:
    """One document in one simulated Word window.

    `step(action)` accepts a dict, UFO AppAgent JSON, LAM JSON, a call string or a dataflow
    plan step (see `wordsim.actions.parse_action`). Labels refer to the control list the
    agent was last shown, which is `control_list()` now: nothing changes between steps."""

    def __init__(self, doc: WordDocument | None = None, name: str = "Document1",
                 save_dir: str | Path | None = None, picture: bytes | None = None,
                 keys_with_spaces: bool = False, mirror: Mirror | None = None):
        self.doc = doc if doc is not None else WordDocument.template("blank")
        self.name = name
        self.ui = UIState()
        self.saved: dict[str, bytes] = {}  # what save / save_as produced, by the agent's path
        self.save_dir = Path(save_dir) if save_dir is not None else None
        self.picture = picture or placeholder_png()
        # pywinauto drops spaces from type_keys unless asked (UFO does not ask): keep it so
        # that trajectories replay on real Word the same way
        self.keys_with_spaces = keys_with_spaces
        self.closed = False
        # a real backend that runs every document command this window runs (see `Mirror`)
        self.mirror = mirror
        if mirror is not None:
            mirror.load(self.doc.save())
        self._facts = Facts()
        self._context: UIContext | None = None
        self._changes: list = []
        self._view: DocumentView | None = None  # built on first use, then kept up to date
        self._edits = Edits()  # what changed since `_view` was brought up to date
        self._restored = False  # `_view` is a snapshot's, restored since
        self._parsed: dict[str, Action | ActionError] = {}
        self.pointer = Pointer()  # the mouse in the document area: scrolling, page layout

    # ------------------------------------------------------------------ episodes
    def snapshot(self) -> SessionSnapshot:
        """The document and what the window shows of it now, to `restore` at each episode."""
        context = settle(self.context())  # read the lazy parts once, here
        view = self.view() if self._view is not None else None
        return SessionSnapshot(self.doc.snapshot(), context, view)

    def restore(self, snap: SessionSnapshot) -> None:
        """Back to `snap` with a fresh window (Home tab, no menus or dialogs, nothing saved,
        an empty clipboard)."""
        kept = self.doc.styles.kept()
        self.doc.restore(snap.document)
        self.doc.styles.resume(kept)  # a restore that did not touch the styles keeps their caches
        self.ui.reset()
        self.pointer.reset()
        self.saved.clear()
        self.closed = False
        clipboard.clear(self.doc)
        self._facts.restored(self.doc, self.name, snap.context)
        self._context = snap.context
        self._view, self._edits = snap.view, Edits()
        self._restored = True  # the view's paragraphs are copies now (`DocumentView.apply`)
        if self.mirror is not None:
            self.mirror.load(self.doc.save())

    # ------------------------------------------------------------------ observing
    def context(self) -> UIContext:
        if self._context is None:
            self._context = self._facts.context(self.doc, self.name, self.view)
        return self._context

    def view(self) -> DocumentView:
        """The document as a `DocumentView`, brought up to date with what changed since it was
        last asked for (only the touched paragraphs are read again). Read-only plain data."""
        if self._view is None:
            self._view, self._edits, self._restored = DocumentView.of(self.doc), Edits(), False
        elif self._edits:
            self._view = self._view.apply(self.doc, self._edits, self._restored)
            self._edits, self._restored = Edits(), False
        return self._view

    def controls(self):
        """The current ControlView: visible controls, labels, UFO's listing."""
        return view(self.ui, self.context())

    def control_list(self) -> list[dict]:
        """UFO's control list: [{"label", "control_text", "control_type"}, ...]."""
        return list(self.controls().listing)

    # ------------------------------------------------------------------ acting
    def step(self, action) -> ActionResult:
        parsed = action if isinstance(action, Action) else self._parse(action)
        if isinstance(parsed, ActionError):
            return ActionResult(False, parsed.message)
        self._changes = []
        try:
            message = self._dispatch(parsed)
            ok = True
        except CommandError as exc:
            message, ok = str(exc), False
        except _Mistake as exc:
            message, ok = str(exc), False
        return ActionResult(ok, message, parsed, tuple(self._changes), parsed.status)

    def execute(self, command: str, /, **args) -> str:
        """Run a document command (or undo/redo) and record what it changed."""
        # undo, redo and a failed command's rollback invalidate the styles even where they
        # leave them alone: keep their caches then (`StyleSheet.resume` checks)
        styles = self.doc.styles
        kept = styles.kept()
        before = self.doc.selection
        if command in ("undo", "redo"):
            change = getattr(self.doc, command)()
            styles.resume(kept)
            if change is None:
                return f"Nothing to {command}."
        else:
            if command == "insert_picture" and "data" not in args:
                args["data"] = self.picture
            try:
                change = self.doc.execute(command, **args)
            except TypeError as exc:  # wrong argument names or types from the agent
                styles.resume(kept)
                raise CommandError(f"An error occurred: {command}: {exc}") from None
            except CommandError:
                styles.resume(kept)
                raise
        self._changes.append(change)
        if self.mirror is not None:  # a dialog's compound OK: the backend runs its steps
            for name, step_args in args["steps"] if command == "compound" else [(command, args)]:
                self.mirror.follow(name, step_args, before, self.doc.selection)
        self._context = None
        if change.parts:
            self._facts.edited(self.doc, change)
            if self._view is not None:
                self._edits.add(self.doc, change)
                if len(self._edits) > _EDITS_LIMIT:  # nobody reads the view: stop following
                    self._view, self._edits, self._restored = None, Edits(), False
        return change.message

    def _parse(self, action) -> Action | ActionError:
        """`parse_action`, kept for action texts (parsing is pure; Actions are read-only)."""
        if not isinstance(action, str):
            return parse_action(action)
        hit = self._parsed.get(action)
        if hit is None:
            if len(self._parsed) >= _PARSED_LIMIT:
                self._parsed.clear()
            hit = self._parsed[action] = parse_action(action)
        return hit

    def run_calls(self, calls: list[Call]) -> str:
        """Run what a UI action asked for, in order; the messages joined."""
        messages = []
        for call in calls:
            if call.kind == ALERT:  # OK met a bad value: the message box is up, nothing ran
                raise _Mistake(f"Microsoft Word: {call.args['message']} Click OK to return to "
                               "the dialog.")
            if call.kind == "session":
                messages.append(self.session_action(call.name, call.args))
            else:
                messages.append(self.execute(call.name, **dict(call.args)))
        return " ".join(m for m in messages if m)

    def session_action(self, name: str, args: Mapping | None = None) -> str:
        """Window-level actions that are not document commands (Save, Close, ...; Go To with
        the Find and Replace dialog's boxes as `args`)."""
        if name in ("go_to", "go_to_previous"):
            args = args or {}
            return go_to(self, args.get("goto_what", "page"), args.get("goto", ""),
                         -1 if name == "go_to_previous" else 1)
        if name == "save":
            return save_as(self, "", self.name, ".docx")
        if name == "save_as":
            return save_as(self, "", self.name, ".docx")
        if name in ("close_document", "close_app"):
            self.closed = True
            return "The document is closed."
        if name in ("minimize", "maximize"):
            return ""
        return f"{name.replace('_', ' ').capitalize()} is not simulated."

    # ------------------------------------------------------------------ dispatch
    def _dispatch(self, action: Action) -> str:
        fn, args = action.function, action.args
        if action.spec.kind == COM_WORD:
            return run_word_api(self, action)
        if fn in ("", "summary", "annotation"):
            return args.get("text", "") if fn == "summary" else ""
        if fn == "wheel_mouse_input":
            return self.pointer.wheel(self, self.ui.model.by_id["document"], args["wheel_dist"])
        if fn == "click_on_coordinates":
            control = self.controls().hit_test(args["x"], args["y"]) or \
                self.pointer.document_at(self, *self._pixel(args["x"], args["y"]))
            if control is None:
                raise _Mistake(f"An error occurred: no control at ({args['x']}, {args['y']}).")
            return self._click(control, args, self._pixel(args["x"], args["y"]))
        if fn == "drag_on_coordinates":
            control = self.controls().hit_test(args["start_x"], args["start_y"]) or \
                self.pointer.document_at(self, *self._pixel(args["start_x"], args["start_y"]))
            if control is None or control.control_type != "Document":
                raise _Mistake("An error occurred: a drag only selects text in the document; "
                               f"({args['start_x']}, {args['start_y']}) is not on its text.")
            return self.pointer.drag(self, control, args,
                                     self._pixel(args["start_x"], args["start_y"]),
                                     self._pixel(args["end_x"], args["end_y"]))
        if fn == "keyboard_input":
            if action.control_label or action.control_text:
                if args.get("control_focus", True):
                    self._focus(self._resolve(action))
            return self._keys(args["keys"])
        control = self._resolve(action)
        if fn == "click_input":
            return self._click(control, args)
        if fn == "set_edit_text":
            return self._set_text(control, args["text"], args.get("clear_current_text", False))
        if fn == "texts":
            return self._texts(control)
        raise _Mistake(f"An error occurred: {fn} is not supported.")

    def _resolve(self, action: Action) -> Control:
        current = self.controls()
        if action.control_label not in (None, ""):
            control = current.by_label(action.control_label)
            if control is None:
                raise _Mistake(f"An error occurred: there is no control with label "
                               f"{action.control_label!r} on screen now.")
            if action.control_type and action.control_type != control.control_type:
                raise _Mistake(f"An error occurred: control {action.control_label} is a "
                               f"{control.control_type}, not a {action.control_type}.")
            return control
        entry = match_control(current.listing, action.control_text,
                              control_type=action.control_type)
        if entry is None:
            raise _Mistake(f"An error occurred: no control on screen matches "
                           f"{action.control_text!r}.")
        return current.by_label(entry["label"])

    def _pixel(self, x: float, y: float) -> tuple[float, float]:
        model = self.ui.model
        return x * model.width, y * model.height

    def _click(self, control: Control, args: dict, point: tuple[float, float] | None = None) -> str:
        if control.control_type == "Document":  # the caret goes where the pointer is
            return self.pointer.click(self, control, args, point)
        if args.get("button", "left") != "left":
            raise _Mistake(f"An error occurred: {args['button']}-click menus are not simulated.")
        return self.run_calls(self.ui.activate(control, self.context()))

    def _focus(self, control: Control) -> None:
        if control.control_type in _TEXT_TYPES or control.control_type == "Document":
            self.ui.activate(control, self.context())

    def _set_text(self, control: Control, text: str, clear: bool) -> str:
        if control.control_type == "Document":
            self.ui.activate(control, self.context())
            if clear:
                self.execute("select_all")
                self.execute("delete")
            # "\t" is the Tab key, as pywinauto types it: in a table it moves to the next cell
            messages = []
            for i, piece in enumerate(str(text).split("\t")):
                if i:
                    messages.append(self.execute("tab"))
                if piece:
                    messages.append(self.execute("type_text", text=piece))
            return " ".join(m for m in messages if m)
        calls = self.ui.set_text(control, str(text), self.context(), clear=clear)
        if calls is None:
            raise _Mistake(f"An error occurred: {control.name} ({control.control_type}) "
                           "does not take text.")
        return self.run_calls(calls)

    def _texts(self, control: Control) -> str:
        if control.control_type == "Document":
            return "\n".join(self.doc.texts())
        value = self.ui.value_of(control, self.context())
        if value is None:
            raise _Mistake(f"An error occurred: {control.name} ({control.control_type}) has no text.")
        return str(value)

    def _keys(self, keys: str) -> str:
        events = parse_keys(keys, with_spaces=self.keys_with_spaces)
        if isinstance(events, ActionError):
            raise _Mistake(events.message)
        messages = [keyboard.press(self, e) for e in events]
        return " ".join(m for m in messages if m)


class SessionSnapshot(NamedTuple):
    document: Snapshot
    context: UIContext
    view: DocumentView | None = None  # the document's view then, when one had been built


class _Mistake(Exception):
    """An agent mistake found by the session (not by a document command)."""

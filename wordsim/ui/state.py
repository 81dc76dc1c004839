"""The window's UI state — selected tab, open popups, open dialog and its field values, focus —
and what clicking, typing and Enter/Esc/Alt+key do to it according to the controls' behaviour
data. Document edits are returned as `Call`s for the session to run; nothing here touches the
document."""

from __future__ import annotations

from typing import Any

from .data import WindowModel, window_model
from .fields import convert, display, stepped
from .model import Call, Control, UIContext
from .submit import InvalidEntry, submit_calls

DOCUMENT_ID = "document"
MESSAGE_BOX = "message_box"  # the dialog Word's message boxes are drawn with
ALERT = "alert"  # the Call kind that reports a message box to the session
_EDITABLE = frozenset({"Edit", "ComboBox", "Spinner", "Document"})
_DEFAULT_CONTEXT = UIContext()


class UIState:
    """Selected tab, the stack of open popups (popup id, id of the control that opened it), the
    open dialog with its current page and field values (as shown: text, or bool for check
    boxes), the focused control and text typed into ribbon boxes but not yet committed."""

    def __init__(self, model: WindowModel | None = None):
        self.model = model or window_model()
        self.reset()

    def reset(self) -> None:
        """Word as it opens a document: Home tab, nothing open, the caret in the document."""
        self.tab = "home"
        self.popups: tuple[tuple[str, str | None], ...] = ()
        self.dialog: str | None = None
        self.page: str | None = None
        self.fields: dict[str, Any] = {}
        self.initial: dict[str, Any] = {}
        self.focus: str | None = DOCUMENT_ID
        self.pending: dict[str, str] = {}
        # dialogs open under the open one (a message box, Format Text Effects over Font): each
        # (id, page, fields, initial values, focus), back in turn as the ones above close;
        # and the text of the message box when one is up
        self.behind: tuple[tuple, ...] = ()
        self.message: str | None = None
        # the last view (see screen.view): its key, and the context object and window state
        # it was drawn for
        self._memo_key = self._memo_view = None
        self._memo_fast: tuple = (None, None)

    def copy(self) -> UIState:
        new = UIState.__new__(UIState)
        new.__dict__.update(self.__dict__)
        new.fields, new.initial, new.pending = dict(self.fields), dict(self.initial), dict(self.pending)
        return new

    def __repr__(self) -> str:
        return (f"UIState(tab={self.tab!r}, popups={[p for p, _ in self.popups]}, "
                f"dialog={self.dialog!r}, page={self.page!r}, focus={self.focus!r})")

    # ------------------------------------------------------------------ tabs, popups, dialogs
    def select_tab(self, tab: str) -> bool:
        """Select a ribbon tab by id or name; closes popups. False for an unknown tab."""
        tab_id = self.model.tab_id(tab)
        if tab_id is None or tab_id == "file":
            return False
        self.tab = tab_id
        self.popups = ()
        return True

    def follow(self, context: UIContext) -> None:
        """Contextual tabs leave with the caret: back to Home when the selected one is gone."""
        flag = self.model.tabs[self.tab].visible_if if self.tab in self.model.tabs else "?"
        if flag is not None and not getattr(context, flag, False):
            self.tab = "home"
            self.popups = ()

    def open_popup(self, popup_id: str, anchor: Control | str | None = None) -> None:
        if popup_id not in self.model.popups:
            raise KeyError(f"unknown popup {popup_id!r}")
        anchor_id = anchor.id if isinstance(anchor, Control) else anchor
        self.popups = self.popups + ((popup_id, anchor_id),)

    def close_popup(self) -> bool:
        """Close the innermost popup (one Esc)."""
        if not self.popups:
            return False
        self.popups = self.popups[:-1]
        return True

    def close_popups(self) -> bool:
        had = bool(self.popups)
        self.popups = ()
        return had

    def open_dialog(self, dialog_id: str, context: UIContext | None = None, page: str | None = None) -> None:
        """Open a dialog with its fields at their defaults (read from `context` where the data
        names a `default_from`); focus goes to its first edit box."""
        d = self.model.dialogs.get(dialog_id)
        if d is None:
            raise KeyError(f"unknown dialog {dialog_id!r}")
        context = context or _DEFAULT_CONTEXT
        self.popups = ()
        self.pending.clear()
        self.dialog = dialog_id
        self.page = page if page in d.pages else (d.pages[0] if d.pages else None)
        fields = {}
        for name, spec in d.fields.items():
            value = context.lookup(spec["default_from"]) if "default_from" in spec else None
            fields[name] = display(spec, spec.get("default") if value is None else value)
        self.fields, self.initial = fields, dict(fields)
        self.focus = next((c.id for c in d.page_leaves(self.page) if c.control_type == "Edit"), None)

    def open_over(self, dialog_id: str, context: UIContext | None = None,
                  focus: str | None = None) -> None:
        """Open `dialog_id` over the open dialog, which comes back as it was (focus on `focus`)
        when this one closes. Fields the two share start with the values shown below."""
        below = dict(self.fields)
        self.behind = self.behind + ((self.dialog, self.page, below, self.initial,
                                      focus or self.focus),)
        self.open_dialog(dialog_id, context)
        for name in self.fields.keys() & below.keys():
            self.fields[name] = self.initial[name] = below[name]

    def alert(self, message: str, focus: str | None = None) -> None:
        """Show Word's message box `message` over the open dialog (modal: only its OK and Close
        are available); closing it returns to the dialog as it was, focus on `focus`."""
        self.open_over(MESSAGE_BOX, None, focus)
        self.message = message

    def hand_back(self, names) -> None:
        """The dialog below takes this one's values of fields `names` (as its OK closes)."""
        if self.behind:
            dialog, page, fields, initial, focus = self.behind[-1]
            fields = {**fields, **{n: self.fields[n] for n in names if n in self.fields}}
            self.behind = self.behind[:-1] + ((dialog, page, fields, initial, focus),)

    def close_dialog(self) -> bool:
        if self.dialog is None:
            return False
        if self.behind:  # back to the dialog this one was opened over
            self.dialog, self.page, fields, initial, self.focus = self.behind[-1]
            self.fields, self.initial = dict(fields), dict(initial)
            self.behind, self.message = self.behind[:-1], None
            self.popups = ()
            return True
        self.dialog = self.page = None
        self.fields, self.initial = {}, {}
        self.popups = ()
        self.focus = DOCUMENT_ID
        return True

    def escape(self) -> bool:
        """{ESC}: close the innermost popup, else the dialog, else drop typing in a ribbon box.
        False when there was nothing to close (the key then does nothing)."""
        if self.close_popup():
            return True
        if self.close_dialog():
            return True
        if self.focus in self.pending:
            del self.pending[self.focus]
            self.focus = DOCUMENT_ID
            return True
        return False

    # ------------------------------------------------------------------ clicks and keys
    def activate(self, control: Control, context: UIContext | None = None) -> list[Call]:
        """A left click on `control` (one of the current view's controls): changes the UI state
        as its behaviour says and returns the document commands / session actions to run."""
        context = context or _DEFAULT_CONTEXT
        b = control.behaviour
        layer = control.layer
        depth = self._depth(layer)
        target = b.get("opens")
        was_open = (target, control.id) in self.popups  # clicking the opener again closes it
        if depth is None:  # a click outside the open menus dismisses them
            self.popups = ()
        else:
            self.popups = self.popups[: depth + 1]
        if control.control_type in _EDITABLE or b.get("focus"):
            self.focus = control.id
        calls: list[Call] = []
        if "select_tab" in b:
            self.select_tab(b["select_tab"])
        if "dialog_page" in b and layer == self.dialog:
            self.page = b["dialog_page"]
            self.focus = None
        field = b.get("dialog_field")
        if field is not None and self.dialog is not None and field in self.fields:
            spec = self.model.dialogs[self.dialog].fields[field]
            if "set" in b:
                self.fields[field] = display(spec, b["set"])
            elif "step" in b:
                self.fields[field] = stepped(spec, self.fields[field], b["step"])
            elif spec.get("type") == "bool":
                self.fields[field] = not self.fields[field]
            for other, value in b.get("and_set", {}).items():  # exclusive boxes, paired lists
                if other in self.fields:
                    self.fields[other] = display(self.model.dialogs[self.dialog].fields[other], value)
        if "step" in b and "commit" in b:  # a ribbon spinner: one click steps the value up
            spec = b["commit"]
            shown = display(spec, context.lookup(b.get("value_from", ""), None))
            calls.append(Call(spec["command"], {spec["arg"]: convert(spec, stepped(spec, shown, b["step"]))}))
        steps = self._submit_steps(b) if layer == self.dialog else None
        if steps is not None:  # before `opens`: Tabs... applies the Paragraph dialog first
            try:
                calls.extend(self.submit_calls(steps, b.get("submit_scope")))
            except InvalidEntry as bad:  # Word's message box; the dialog stays open under it
                box = next((c.id for c in self.model.dialogs[self.dialog].page_leaves(self.page)
                            if c.behaviour.get("dialog_field") == bad.field
                            and c.control_type in ("Edit", "ComboBox")), None)
                self.alert(bad.message, box)
                return [Call(ALERT, {"message": bad.message, "field": bad.field}, ALERT)]
            if not b.get("close"):  # applied and still open (Set, Clear): OK starts from here
                self.initial = dict(self.fields)
        if target is not None:
            if target in self.model.popups:
                if not was_open:
                    self.popups = self.popups + ((target, control.id),)
            elif b.get("over_dialog") and layer == self.dialog:
                self.open_over(target, context)
            else:
                self.open_dialog(target, context, b.get("open_page"))
        if "command" in b:
            calls.append(Call(b["command"], dict(b.get("args", {}))))
        for step in b.get("commands", ()):
            calls.append(Call(step["command"], dict(step.get("args", {}))))
        if "session" in b:  # from a dialog, with what its boxes show (Go To's Next)
            calls.append(Call(b["session"], dict(self.fields) if layer == self.dialog else {},
                              "session"))
        if "hand_back" in b and layer == self.dialog:
            self.hand_back(b["hand_back"])
        if b.get("close_all") and layer == self.dialog:  # and the dialogs under it
            self.behind = ()
            self.close_dialog()
        elif b.get("close"):
            if layer == self.dialog:
                self.close_dialog()
            elif depth is not None:
                self.popups = self.popups[:depth]
        elif depth is not None and (target is None or target not in self.model.popups) \
                and self.model.popups[layer].container.control_type in ("Menu", "List"):
            self.popups = ()  # choosing a menu item closes the menus, as in Word
        return calls

    def set_text(self, control: Control, text: str, context: UIContext | None = None,
                 clear: bool = False, enter: bool = False) -> list[Call] | None:
        """set_edit_text on `control`: a dialog box gets `text` appended to its value (or
        replacing it with `clear`); a ribbon box (Font, Font Size, Indent Left, ...) holds the
        typed text until Enter (`enter=True` presses it); the Document turns it into a typing
        command. None when the control does not take text."""
        b = control.behaviour
        field = b.get("dialog_field")
        if field is not None and "set" not in b and control.layer == self.dialog and self.dialog:
            spec = self.model.dialogs[self.dialog].fields[field]
            if spec.get("type") == "bool":
                return None
            self.fields[field] = ("" if clear else str(self.fields.get(field, ""))) + text
            for other, value in b.get("and_set", {}).items():  # typing a Width: Custom size
                if other in self.fields:
                    self.fields[other] = self.shown(other, value)
            self.focus = control.id
            return (self.enter(context) or []) if enter else []
        commit = b.get("commit")
        if commit is None:
            return None
        self.popups = () if self._depth(control.layer) is None else self.popups
        if commit.get("on") == "set":
            self.focus = control.id
            return [Call(commit["command"], {commit["arg"]: text})]
        self.pending[control.id] = ("" if clear else self.pending.get(control.id, "")) + text
        self.focus = control.id
        return (self.enter(context) or []) if enter else []

    def enter(self, context: UIContext | None = None) -> list[Call] | None:
        """{ENTER}: commit a ribbon box being typed in, or press the dialog's default button.
        None when the UI does not take the key (the document gets it)."""
        if self.focus in self.pending:
            control = self.model.by_id.get(self.focus)
            text = self.pending.pop(self.focus)
            self.focus = DOCUMENT_ID
            if control is None:
                return []
            spec = control.behaviour["commit"]
            return [Call(spec["command"], {spec["arg"]: convert(spec, text)})]
        if self.dialog is not None:
            d = self.model.dialogs[self.dialog]
            for c in d.page_leaves(self.page):
                if c.behaviour.get("default") and c.enabled:
                    return self.activate(c, context)
            return []
        if self.popups:
            return []
        return None

    def access_key(self, key: str, context: UIContext | None = None) -> list[Call] | None:
        """Alt+`key` in a dialog: focus the box or press the button/check box with that access
        key (check boxes work this way although UFO does not list them). None if no match."""
        if self.dialog is None:
            return None
        key = key.lower()
        for c in self.model.dialogs[self.dialog].page_leaves(self.page):
            if c.behaviour.get("access_key") == key and c.enabled:
                if c.control_type in ("Edit", "ComboBox"):
                    self.focus = c.id
                    return []
                return self.activate(c, context)
        return None

    # ------------------------------------------------------------------ values
    def submit_calls(self, steps, scope=None) -> list[Call]:
        """The document commands a dialog_submit list makes of the current field values (see
        `wordsim.ui.submit`: only changed fields, one undo step)."""
        return submit_calls(self.model.dialogs[self.dialog], self.fields, self.initial, steps,
                            scope)

    def _submit_steps(self, behaviour):
        """The dialog_submit list a click on a control of the open dialog runs: its own, or
        with `submit_like` that of the dialog's button so named (Tabs... applies as OK)."""
        steps = behaviour.get("dialog_submit")
        like = behaviour.get("submit_like")
        if steps is None and like is not None and self.dialog is not None:
            steps = next((c.behaviour["dialog_submit"]
                          for c in self.model.dialogs[self.dialog].page_leaves(self.page)
                          if c.name == like and "dialog_submit" in c.behaviour), None)
        return steps

    def shown(self, field: str, value: Any) -> Any:
        """How the open dialog's `field` shows `value`."""
        spec = self.model.dialogs[self.dialog].fields[field]
        return display(spec, value)

    def value_of(self, control: Control, context: UIContext | None = None) -> Any:
        """The text (or check state) a box shows: a dialog field, a ribbon box being typed in,
        or the document's value at the selection (Font shows the font name); else None."""
        b = control.behaviour
        field = b.get("dialog_field")
        if field is not None and "set" not in b:
            return self.fields.get(field) if control.layer == self.dialog else None
        if control.id in self.pending:
            return self.pending[control.id]
        source = b.get("value_from")
        if source is not None and "commit" in b:  # blank when the selection mixes values
            return display(b["commit"], (context or _DEFAULT_CONTEXT).lookup(source))
        return None

    def _depth(self, layer: str) -> int | None:
        for i, (popup_id, _) in enumerate(self.popups):
            if popup_id == layer:
                return i
        return None

"""`render_mode="ansi"`: the Word window as text — title, tab row, the open menus and dialog with
their labelled controls and field values — above the page (the document canvas)."""

from __future__ import annotations

from wordsim.ui import window_title
from wordsim.ui.screen import control_state

from .state import Episode

_RULE = "-" * 100


def ansi(ep: Episode) -> str:
    session = ep.session
    ui, context = session.ui, session.context()
    view = session.controls()
    model = ui.model
    selected = model.tabs[ui.tab].name if ui.tab in model.tabs else ui.tab
    tabs = [c.name for c in view.labelled if c.control_type == "TabItem" and c.layer == "window"]
    lines = [f"== {window_title(context, model)} ==",
             " ".join(f"[{t}]" if t == selected else t for t in tabs)]
    layers = [(popup, "menu") for popup, _ in ui.popups]
    if ui.dialog is not None:
        layers.insert(0, (ui.dialog, "dialog"))
    for layer, kind in layers:
        name = _layer_name(model, layer, kind)
        items = []
        for c in view.labelled:
            if c.layer == layer:
                state = control_state(c, ui, context)
                shown = f" = {state['value']!r}" if "value" in state else ""
                if state.get("pressed") or state.get("selected"):
                    shown += " (on)"
                items.append(f"  {view.label_of(c)}: {c.name} [{c.control_type}]{shown}")
        lines.append(f"{kind} {name}:")
        lines.extend(items)
    sel = ep.doc.selection
    status = f"caret at paragraph {sel.start.para + 1}, character {sel.start.offset}" \
        if sel.collapsed else f"selection from {tuple(sel.start)} to {tuple(sel.end)}"
    lines += [f"{len(view.labelled)} controls listed; {status}", _RULE,
              ep.entry.canvas.text(ep.view, sel), _RULE]
    return "\n".join(lines) + "\n"


def _layer_name(model, layer: str, kind: str) -> str:
    table = model.dialogs if kind == "dialog" else model.popups
    container = table[layer].container if layer in table else None
    return repr(container.name) if container is not None and container.name else layer

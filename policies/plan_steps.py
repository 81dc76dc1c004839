"""Turning an oracle plan step (UFO dataflow form, no label) into the action an agent would
send now: the control is looked up by name and type in the control list on screen."""

from __future__ import annotations

from wordsim.actions import match_control


def resolve_step(controls: list[dict], step: dict) -> dict:
    """The concrete action for `step` given the current UFO control list.

    Exact name and type first (what a careful agent does), then UFO's fuzzy match; a step
    whose control is not on screen is sent as it is (the session reports the mistake)."""
    name, ctype = step.get("ControlText", ""), step.get("ControlType", "")
    action = {"function": step["Function"], "args": dict(step.get("Args", {}))}
    if not name:
        return action
    if ctype == "Document":  # the document area is named after the document, whatever it is
        label = next((c["label"] for c in controls if c["control_type"] == "Document"), None)
    else:
        label = next((c["label"] for c in controls
                      if c["control_text"] == name and (not ctype or c["control_type"] == ctype)),
                     None)  # fmt: skip
    if label is None:
        entry = match_control(controls, name, control_type=ctype or None)
        label = entry["label"] if entry is not None else None
    if label is None:
        return {**action, "control_label": "", "control_text": name}
    return {**action, "control_label": label, "control_text": name}

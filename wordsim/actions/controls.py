"""UFO's control types: those it lists to the model, and the constructors call strings may use."""

from __future__ import annotations

# UFO's `CONTROL_LIST` (config.yaml), in its order. `Button("20")`, `Edit("5")`, ... in a call
# string name a control of one of these types.
CONTROL_TYPES: tuple[str, ...] = (
    "Button",
    "Edit",
    "TabItem",
    "Document",
    "ListItem",
    "MenuItem",
    "ScrollBar",
    "TreeItem",
    "Hyperlink",
    "ComboBox",
    "RadioButton",
    "DataItem",
    "Spinner",
)

"""The action vocabulary, declared once: UFO's control actions and its Word API commands."""

from __future__ import annotations

from collections.abc import Iterable

from wordsim.actions.errors import ActionError
from wordsim.actions.keys import parse_keys
from wordsim.actions.spec import COM_WORD, REQUIRED, UI_CONTROL, ActionSpec, Param

BUTTONS = ("left", "right", "middle", "x")


def _check_keys(keys: str) -> str | None:
    parsed = parse_keys(keys)
    return parsed.reason if isinstance(parsed, ActionError) else None


def _coordinate(name: str, what: str) -> Param:
    return Param(name, "float", REQUIRED,
                 f"The {what}, as a fraction of the window from 0.0 to 1.0; the origin is the "
                 "top-left corner of the application window.")


def _button(verb: str) -> Param:
    return Param("button", "str", "left", f"The mouse button to {verb} with.", choices=BUTTONS)


_UI_ACTIONS = (
    ActionSpec(
        name="click_input",
        kind=UI_CONTROL,
        summary='"click_input" clicks the selected control item with the mouse.',
        params=(
            Param("button", "str", "left", "The mouse button to click.", choices=BUTTONS,
                  aliases=("how",)),
            Param("double", "bool", False, "Whether to double-click."),
            Param("pressed", "str", None,
                  "A keyboard key held down while clicking, e.g. 'CONTROL'."),
        ),
        control="required",
        examples=('click_input(button="left", double=False)',
                  'click_input(button="right", double=True, pressed="CONTROL")'),
        aliases=("click",),
    ),
    ActionSpec(
        name="click_on_coordinates",
        kind=UI_CONTROL,
        summary='"click_on_coordinates" clicks a point of the application window given as '
                "fractions of its width and height; use it when the target is not in the "
                "control list.",
        params=(_coordinate("x", "horizontal position"), _coordinate("y", "vertical position"),
                _button("click"), Param("double", "bool", False, "Whether to double-click.")),
        examples=('click_on_coordinates(x=0.5, y=0.5, button="left", double=False)',),
    ),
    ActionSpec(
        name="drag_on_coordinates",
        kind=UI_CONTROL,
        summary='"drag_on_coordinates" drags from one point of the application window to '
                "another, both given as fractions of its width and height.",
        params=(
            _coordinate("start_x", "horizontal position of the starting point"),
            _coordinate("start_y", "vertical position of the starting point"),
            _coordinate("end_x", "horizontal position of the end point"),
            _coordinate("end_y", "vertical position of the end point"),
            _button("drag"),
            Param("duration", "float", 1.0, "How long the drag takes, in seconds."),
            Param("key_hold", "str", None, "A keyboard key held during the drag, e.g. 'shift'."),
        ),
        examples=("drag_on_coordinates(start_x=0.1, start_y=0.1, end_x=0.9, end_y=0.9, "
                  'button="left", duration=1.0, key_hold="shift")',),
    ),
    ActionSpec(
        name="set_edit_text",
        kind=UI_CONTROL,
        summary='"set_edit_text" types text into an Edit or Document control item. The text is '
                "added after any text already there; \\n starts a new paragraph and \\t is a tab.",
        params=(
            Param("text", "str", REQUIRED, "The text to type."),
            Param("clear_current_text", "bool", False,
                  "Whether to clear the control's current text first."),
        ),
        control="required",
        control_types=("Edit", "Document"),
        examples=('set_edit_text(text="Hello World.\\nA second paragraph.")',
                  'set_edit_text(text="Quarterly report", clear_current_text=True)'),
    ),
    ActionSpec(
        name="keyboard_input",
        kind=UI_CONTROL,
        summary='"keyboard_input" presses keys, such as shortcuts, in pywinauto syntax: ^ is '
                "Ctrl, + is Shift, % is Alt, {ENTER} {TAB} {HOME} name keys and {TAB 2} repeats "
                "one; {+} {^} {%} {~} {{} {}} type those characters.",
        params=(
            Param("keys", "str", REQUIRED, "The keys to press, e.g. \"^b\" or \"{VK_CONTROL}c\".",
                  check=_check_keys),
            Param("control_focus", "bool", True,
                  "Whether to focus the selected control item first; if False the keys go to "
                  "the application window."),
        ),
        control="optional",
        examples=('keyboard_input(keys="^b")', 'keyboard_input(keys="{TAB 2}")',
                  'keyboard_input(keys="{VK_CONTROL}c", control_focus=False)'),
    ),
    ActionSpec(
        name="wheel_mouse_input",
        kind=UI_CONTROL,
        summary='"wheel_mouse_input" scrolls the selected control item (or the window) with the '
                "mouse wheel.",
        params=(Param("wheel_dist", "int", REQUIRED,
                      "Wheel notches to scroll: positive scrolls up, negative scrolls down."),),
        control="optional",
        examples=("wheel_mouse_input(wheel_dist=-5)", "wheel_mouse_input(wheel_dist=3)"),
    ),
    ActionSpec(
        name="texts",
        kind=UI_CONTROL,
        summary='"texts" returns the text of an Edit or Document control item.',
        control="required",
        control_types=("Edit", "Document"),
        examples=("texts()",),
        returns="The text of the control item.",
    ),
    ActionSpec(
        name="summary",
        kind=UI_CONTROL,
        summary='"summary" records your own description of what you observe; it changes '
                "nothing.",
        params=(Param("text", "str", REQUIRED, "Your description."),),
        examples=('summary(text="The document has a title and two paragraphs.")',),
        returns="The text given.",
    ),
    ActionSpec(
        name="annotation",
        kind=UI_CONTROL,
        summary='"annotation" re-draws the labels of some control items on the screenshot.',
        params=(Param("control_labels", "list[str]", (),
                      "The labels to annotate; an empty list annotates every control item."),),
        examples=('annotation(control_labels=["1", "2", "36"])',),
    ),
    ActionSpec(
        name="",
        kind=UI_CONTROL,
        summary="No action: the empty function, used with Status FINISH when the task is done.",
        returns="An empty string.",
    ),
)

_WORD_COMMANDS = (
    ActionSpec(
        name="insert_table",
        kind=COM_WORD,
        summary='"insert_table" inserts a table with borders at the end of the document.',
        params=(Param("rows", "int", REQUIRED, "The number of rows."),
                Param("columns", "int", REQUIRED, "The number of columns.")),
        examples=("insert_table(rows=3, columns=3)",),
        returns="Table with {rows} rows and {columns} columns is inserted.",
    ),
    ActionSpec(
        name="select_text",
        kind=COM_WORD,
        summary='"select_text" selects the first occurrence of a text in the document, for '
                "later formatting or editing.",
        params=(Param("text", "str", REQUIRED, "The exact text to select."),),
        examples=('select_text(text="Hello")',),
        returns="Text {text} is selected. / Text {text} is not found.",
    ),
    ActionSpec(
        name="select_table",
        kind=COM_WORD,
        summary='"select_table" selects a whole table of the document.',
        params=(Param("number", "int", REQUIRED, "The table's number, counting from 1."),),
        examples=("select_table(number=1)",),
        returns="Table {number} is selected. / Table number {number} is out of range.",
    ),
    ActionSpec(
        name="select_paragraph",
        kind=COM_WORD,
        summary='"select_paragraph" selects a range of paragraphs of the document.',
        params=(
            Param("start_index", "int", REQUIRED, "The first paragraph, counting from 1."),
            Param("end_index", "int", REQUIRED,
                  "The last paragraph, counting from 1; -1 selects to the end of the document."),
            Param("non_empty", "bool", True, "Whether to count only non-empty paragraphs."),
        ),
        examples=("select_paragraph(start_index=1, end_index=3, non_empty=True)",),
        returns="Paragraph from {start_index} to {end_index} is selected.",
    ),
    ActionSpec(
        name="set_font",
        kind=COM_WORD,
        summary='"set_font" sets the font name and/or size of the selected text; select the '
                "text first.",
        params=(
            Param("font_name", "str", None,
                  'The font name, e.g. "Arial"; None leaves the font unchanged.'),
            Param("font_size", "float", None,
                  "The size in points, e.g. 12 or 10.5; None leaves the size unchanged."),
        ),
        examples=('set_font(font_name="Times New Roman")',
                  'set_font(font_name="Arial", font_size=14)'),
        returns="Font is set to {font_name}. Font size is set to {font_size}. / "
                "No text is selected to set the font.",
    ),
    ActionSpec(
        name="save_as",
        kind=COM_WORD,
        summary='"save_as" saves or exports the document in one step.',
        params=(
            Param("file_dir", "str", "",
                  "The folder to save in; empty means the document's current folder."),
            Param("file_name", "str", "",
                  "The file name without extension; empty means the document's current name."),
            Param("file_ext", "str", "",
                  'The extension: ".docx", ".pdf", ".txt", ".rtf" or ".html"; empty means '
                  '".pdf".'),
        ),
        examples=('save_as(file_dir="", file_name="", file_ext=".pdf")',
                  'save_as(file_name="report", file_ext=".docx")'),
        returns="Document is saved to {path}.",
    ),
)

VOCABULARY: dict[str, ActionSpec] = {spec.name: spec for spec in (*_UI_ACTIONS, *_WORD_COMMANDS)}
"""Every action by its UFO name, in UFO's order: control actions, then Word API commands."""

SUBSETS: dict[str, tuple[str, ...]] = {
    "all": tuple(VOCABULARY),
    "ui": tuple(name for name, spec in VOCABULARY.items() if spec.kind == UI_CONTROL),
    "word": tuple(name for name, spec in VOCABULARY.items() if spec.kind == COM_WORD),
}
"""Named subsets of the vocabulary (BrowserGym's habit): an agent may be offered only some."""


def select_specs(
    selection: str | Iterable[str | ActionSpec] | None = None,
) -> tuple[ActionSpec, ...]:
    """The specs of a named subset ("all", "ui", "word"), of the given action names, the given
    specs themselves (to derive prompts and schemas from a modified vocabulary), or all."""
    if selection is None:
        selection = "all"
    if isinstance(selection, str):
        if selection not in SUBSETS:
            raise KeyError(f"unknown subset {selection!r}; subsets: {', '.join(SUBSETS)}")
        selection = SUBSETS[selection]
    return tuple(s if isinstance(s, ActionSpec) else VOCABULARY[s] for s in selection)

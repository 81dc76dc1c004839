"""Apply Style with Word's style names in Writer, adding Word's built-ins a document lacks.

Writer renames some Word styles when it opens a .docx and names them back when it saves one
("Normal" is Writer's "Standard", shown as "Default Paragraph Style"; "Body Text" is "Text body";
"TOC Heading" is "Contents Heading"); the others keep their names. A style counts as the
document's when it came from the .docx (Writer keeps Word's attributes of it in a grab bag) or
was added to it: Writer's own built-ins that the .docx lacks ("Heading 10", "Quotations" ...)
are not Word styles. A Word built-in the document lacks is added with Word's definition (sent by
the client, see arguments_paragraph.py) as Word does, over Writer's own style of that name if
there is one. Not carried over from such a definition: paragraph borders (Intense Quote's)."""

from __future__ import annotations

import difflib

import uno
from com.sun.star.beans import UnknownPropertyException
from paragraphs import paragraph_styles, selected, to_mm100
from registry import AgentError, uno_command

# Writer's name -> the name it saves (only those that differ by more than case)
SAVED_NAMES = {"Standard": "Normal", "Text body": "Body Text", "Contents Heading": "TOC Heading",
               "Text body indent": "Body Text Indent", "Footnote": "Footnote Text",
               "Endnote": "Endnote Text"}  # fmt: skip
# python-docx's BabelFish: stored names Word shows capitalised (the simulator's UI names)
_UI_NAMES = {n: n.capitalize() for n in ("caption", "footer", "header")}
_UI_NAMES.update({f"heading {k}": f"Heading {k}" for k in range(1, 10)})
_ADJUST = {"left": 0, "right": 1, "both": 2, "center": 3}
BOLD, ITALIC = 150.0, uno.Enum("com.sun.star.awt.FontSlant", "ITALIC")


def ui_name(lo_name: str) -> str:
    """The name Word shows for Writer's style `lo_name` once saved."""
    saved = SAVED_NAMES.get(lo_name, lo_name)
    return _UI_NAMES.get(saved.lower(), saved)


def _from_document(style) -> bool:
    if style.isUserDefined():
        return True
    try:  # one UNO call, where asking getPropertySetInfo first would be two
        return bool(style.getPropertyValue("StyleInteropGrabBag"))
    except UnknownPropertyException:
        return False


def _keys(name: str) -> set[str]:
    """How a style can be asked for: its UI name or its id (the name without spaces)."""
    return {name.lower(), name.lower().replace(" ", "")}


def document_styles(w) -> dict[str, str]:
    """{Word UI name: Writer name} of the document's paragraph styles (a few UNO calls per
    style of Writer's hundred or so, so read once per document: see Writer.memo)."""
    found = w.memo.get("paragraph_styles")
    if found is None:
        family = paragraph_styles(w)
        found = w.memo["paragraph_styles"] = {
            ui_name(n): n for n in family.getElementNames()
            if _from_document(family.getByName(n))}  # fmt: skip
    return found


def find_style(w, name: str) -> str | None:
    """Writer's name of the document's paragraph style called `name` (UI name or id)."""
    key = name.lower()
    return next((lo for ui, lo in document_styles(w).items()
                 if key in _keys(ui) | _keys(lo)), None)  # fmt: skip


def _character_style(w, name: str) -> bool:
    family = w.doc.getStyleFamilies().getByName("CharacterStyles")
    key = name.lower()
    return any(key in _keys(n) and _from_document(family.getByName(n))
               for n in family.getElementNames())  # fmt: skip


def add_builtin(w, spec: dict) -> str:
    """Add Word's built-in style `spec` (from the client) to the document; its Writer name."""
    family = paragraph_styles(w)
    name = spec["name"]
    lo_name = next((n for n in family.getElementNames() if n.lower() == name.lower()), None)
    if lo_name is None:
        style = w.doc.createInstance("com.sun.star.style.ParagraphStyle")
        family.insertByName(name, style)
        lo_name = name
    w.memo.pop("paragraph_styles", None)
    style = family.getByName(lo_name)
    if spec.get("based"):
        style.ParentStyle = "Standard"
    if spec.get("next"):
        style.FollowStyle = "Standard"
    values = _style_values(spec)
    style.setPropertyValues(tuple(values), tuple(values.values()))
    return lo_name


def _style_values(spec: dict) -> dict:
    """Writer's properties for the neutral values of a Word style definition."""
    out: dict = {}
    for key, prop in (("before", "ParaTopMargin"), ("after", "ParaBottomMargin"),
                      ("left", "ParaLeftMargin"), ("right", "ParaRightMargin")):
        if key in spec:
            out[prop] = to_mm100(spec[key])
    if "line" in spec:
        spacing = uno.createUnoStruct("com.sun.star.style.LineSpacing")
        spacing.Mode, spacing.Height = 0, round(spec["line"] * 100 / 240)
        out["ParaLineSpacing"] = spacing
    flags = (("keepNext", "ParaKeepTogether", True), ("keepLines", "ParaSplit", False),
             ("contextualSpacing", "ParaContextMargin", True))
    for key, prop, on in flags:
        if key in spec:
            out[prop] = spec[key] == on
    if "jc" in spec:
        out["ParaAdjust"] = _ADJUST.get(spec["jc"], 0)
    if "outline" in spec:
        out["OutlineLevel"] = spec["outline"] + 1
    if spec.get("bold"):
        out["CharWeight"] = out["CharWeightComplex"] = BOLD
    if spec.get("italic"):
        out["CharPosture"] = out["CharPostureComplex"] = ITALIC
    if "size" in spec:
        out["CharHeight"] = out["CharHeightComplex"] = float(spec["size"])
    if "color" in spec:
        out["CharColor"] = int(spec["color"], 16)
    if "font" in spec:
        out["CharFontName"] = spec["font"]
    if "char_spacing" in spec:
        out["CharKerning"] = to_mm100(spec["char_spacing"])
    return out


def _not_found(w, name: str, builtins: list[str]) -> AgentError:
    names = sorted(set(document_styles(w)) | set(builtins))
    by_lower = {n.lower(): n for n in names}
    close = [by_lower[m] for m in
             difflib.get_close_matches(name.lower(), by_lower, n=3, cutoff=0.5)]  # fmt: skip
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    return AgentError(f"Style {name} is not found.{hint}")


@uno_command("apply_style")
def apply_style(w, style: str, builtin: dict | None = None, builtins: list | None = None) -> str:
    """Apply a paragraph style by Word's UI name or id; direct formatting stays, as in Word."""
    lo_name = find_style(w, style)
    if lo_name is None and _character_style(w, style):
        raise AgentError(f"Style {style} is a character style, not a paragraph style.")
    if lo_name is None and builtin is not None:
        lo_name = add_builtin(w, builtin)
    if lo_name is None:
        raise _not_found(w, style, builtins or [])
    for p in selected(w):
        p.ParaStyleName = lo_name
    return f"Style {ui_name(lo_name)} is applied."

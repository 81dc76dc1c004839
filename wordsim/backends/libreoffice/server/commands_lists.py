"""Bulleted and numbered lists, Word's way, as Writer list styles: the Bullets and Numbering
buttons (toggle; continue the list just above when it looks the same), Restart at 1, Set
Numbering Value and Continue Numbering.

Word's lists are numbering definitions that paragraphs point to (w:numId); Writer's are list
styles with list ids. A new list here is a new list style holding Word's nine levels (the client
sends them, from the simulator's Bullet and Numbering Libraries), which Writer saves as one
w:abstractNum and w:num. A restart is Writer's restart flag and start value on the paragraph,
saved as a new w:num with a start override, as Word writes it. So "the list" of a paragraph (the
simulator's numId) is, in Writer, its list id from the last restart on."""

from __future__ import annotations

import re

import uno
from commands_paragraph import in_list
from commands_styles import add_builtin, find_style
from paragraphs import reset, selected_range, to_mm100
from registry import AgentError, uno_command

# Word's w:numFmt <-> Writer's com.sun.star.style.NumberingType (the "_N" letter kinds count
# a..z, aa, bb ... as Word does)
NUMBER_TYPES = {"upperLetter": 9, "lowerLetter": 10, "upperRoman": 2, "lowerRoman": 3,
                "decimal": 4, "none": 5, "bullet": 6}  # fmt: skip
READ_TYPES = {v: k for k, v in NUMBER_TYPES.items()} | {0: "upperLetter", 1: "lowerLetter"}
ADJUST = {"left": 3, "right": 1, "center": 2}  # com.sun.star.text.HoriOrientation
LEVELS = 10  # Writer's list levels (Word has 9; the tenth is never saved)
LABEL_ALIGNMENT, LISTTAB = 1, 0  # PositionAndSpaceMode, LabelFollowedBy: Word's model
# soffice 7.4 aborts (a use after free) when the last reference to a numbering style made
# through the API, once inserted, goes away: the bridge process keeps each one for good.
_KEPT: list = []


def _level(rules, k: int) -> dict:
    return {p.Name: p.Value for p in rules.getByIndex(k)}


def level_text(level: dict) -> str:
    """Word's w:lvlText of a Writer list level ("%1." for ListFormat "%1%.")."""
    if level.get("NumberingType") == NUMBER_TYPES["bullet"]:
        return level.get("BulletChar", "")
    fmt = level.get("ListFormat")
    if fmt:
        return re.sub(r"%(\d)%", r"%\1", fmt)
    return f"{level.get('Prefix', '')}%1{level.get('Suffix', '')}"


def level_format(level: dict) -> str:
    return READ_TYPES.get(level.get("NumberingType"), "decimal")


def signature(p) -> tuple[str, str] | None:
    """(numFmt, lvlText) of the first level of `p`'s list: which library item it is."""
    if not in_list(p):
        return None
    first = _level(p.NumberingRules, 0)
    return level_format(first), level_text(first)


# ---------------------------------------------------------------------------- new lists
def _set_level(rules, k: int, values: dict) -> None:
    current = list(rules.getByIndex(k))
    names = [pv.Name for pv in current]
    for name, value in values.items():
        if name in names:
            current[names.index(name)].Value = value
        else:
            pv = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
            pv.Name, pv.Value = name, value
            current.append(pv)
    seq = uno.Any("[]com.sun.star.beans.PropertyValue", tuple(current))
    uno.invoke(rules, "replaceByIndex", (k, seq))


def _level_values(fmt: str, text: str, jc: str, hanging: int, font: str | None, k: int) -> dict:
    indent = to_mm100(720 * (k + 1))
    values = {
        "NumberingType": NUMBER_TYPES.get(fmt, 4), "StartWith": 1, "ParentNumbering": 1,
        "PositionAndSpaceMode": LABEL_ALIGNMENT, "LabelFollowedBy": LISTTAB,
        "IndentAt": indent, "ListtabStopPosition": indent, "FirstLineIndent": -to_mm100(hanging),
        "Adjust": ADJUST.get(jc, 3), "Prefix": "", "Suffix": "",
    }  # fmt: skip
    if fmt == "bullet":
        values["BulletChar"] = text
        values["ListFormat"] = text
    else:
        values["ListFormat"] = re.sub(r"%(\d)", r"%\1%", text)
    if font is not None:
        descriptor = uno.createUnoStruct("com.sun.star.awt.FontDescriptor")
        descriptor.Name = font
        values["BulletFont"] = descriptor
    return values


def new_list_style(w, levels: list) -> str:
    """A new list style with Word's `levels` [(numFmt, lvlText, lvlJc, hanging, font)]."""
    family = w.doc.getStyleFamilies().getByName("NumberingStyles")
    n = 1
    while family.hasByName(f"WordSim List {n}"):
        n += 1
    name = f"WordSim List {n}"
    created = w.doc.createInstance("com.sun.star.style.NumberingStyle")
    _KEPT.append(created)
    family.insertByName(name, created)
    style = family.getByName(name)
    rules = style.NumberingRules
    for k in range(LEVELS):
        _set_level(rules, k, _level_values(*levels[min(k, len(levels) - 1)], k))
    style.NumberingRules = rules
    return name


def _join(p, source, level: int) -> None:
    """Make `p` an item of `source`'s list at `level`."""
    p.NumberingStyleName = source.NumberingStyleName
    p.ListId = source.ListId
    p.NumberingLevel = level
    if p.ParaIsNumberingRestart:
        p.ParaIsNumberingRestart = False


def _toggle_list(w, target: tuple, levels: list, list_style: dict, what: str) -> str:
    """Bullets/Numbering button: remove the list when every selected paragraph is already in a
    list of this kind, else put them all in one (continuing the list just above if it matches)."""
    rng = selected_range(w)
    paras = w.story.paragraphs[rng.start : rng.stop]
    if all(signature(p) == target for p in paras):
        list_paragraph = find_style(w, "List Paragraph")
        for p in paras:
            p.NumberingStyleName = ""
            reset(p, ("NumberingStyleName", "ListId"))
            if p.NumberingStyleName:  # the paragraph style's list: switch it off
                p.NumberingStyleName = ""
            if list_paragraph is not None and p.ParaStyleName == list_paragraph:
                p.ParaStyleName = "Standard"
        return f"{what} are removed."
    levels_before = [p.NumberingLevel if in_list(p) else 0 for p in paras]
    if any(p.ParaStyleName == "Standard" for p in paras):
        # Word gives plain paragraphs the List Paragraph style
        name = find_style(w, "List Paragraph") or add_builtin(w, list_style)
        for p in paras:
            if p.ParaStyleName == "Standard":
                p.ParaStyleName = name
    above = w.story.paragraphs[rng.start - 1] if rng.start > 0 else None
    if above is not None and signature(above) == target:
        source = above
    else:
        paras[0].NumberingStyleName = new_list_style(w, levels)
        paras[0].NumberingLevel = levels_before[0]
        source = paras[0]
    for p, level in zip(paras, levels_before, strict=True):
        _join(p, source, level)
    return f"{what} are applied."


@uno_command("bullets")
def bullets(w, style: str = "•", levels: list | None = None,
            list_style: dict | None = None) -> str:
    fmt, text = levels[0][0], levels[0][1]
    return _toggle_list(w, (fmt, text), levels, list_style, "Bullets")


@uno_command("numbering")
def numbering(w, format: str = "1.", levels: list | None = None,
              list_style: dict | None = None) -> str:
    fmt, text = levels[0][0], levels[0][1]
    return _toggle_list(w, (fmt, text), levels, list_style, "Numbers")


# ---------------------------------------------------------------------------- restart, continue
def list_keys(w) -> list:
    """For each story paragraph, the list it is an item of as Word sees it (the simulator's
    numId): Writer's list id and the last restart of that list at or before it; None outside
    lists."""
    out, restarts = [], {}
    for i, p in enumerate(w.story.paragraphs):
        if not in_list(p):
            out.append(None)
            continue
        if p.ParaIsNumberingRestart:
            restarts[p.ListId] = i
        out.append((p.ListId, restarts.get(p.ListId, -1)))
    return out


def _numbered(p) -> bool:
    return level_format(_level(p.NumberingRules, p.NumberingLevel)) != "bullet"


def _current_number_list(w) -> int:
    """Story index of the paragraph at the selection start, which must be a numbered item."""
    anchor, focus = w.selection()
    i = min(anchor, focus)[0]
    p = w.story.paragraphs[i]
    if not in_list(p) or not _numbered(p):
        raise AgentError("The selection is not in a numbered list.")
    return i


def _restart(w, value: int) -> None:
    """Word's Restart at 1 / Set Numbering Value: this item shows `value`, later items of its
    list count on from it."""
    p = w.story.paragraphs[_current_number_list(w)]
    p.setPropertyValues(("ParaIsNumberingRestart", "NumberingStartValue"), (True, value))


@uno_command("restart_numbering")
def restart_numbering(w) -> str:
    _restart(w, 1)
    return "Numbering restarts at 1."


@uno_command("set_numbering_value")
def set_numbering_value(w, n, value: int = 1) -> str:
    _restart(w, value)
    return f"Numbering value is set to {value}."


@uno_command("continue_numbering")
def continue_numbering(w) -> str:
    """Continue Numbering: the selected list joins the numbered list before it."""
    i = _current_number_list(w)
    keys, paras = list_keys(w), w.story.paragraphs
    first, previous = i, None
    for j in range(i - 1, -1, -1):
        if keys[j] is None:
            continue
        if keys[j] == keys[i]:
            first = j  # earlier items of the same list join too
            continue
        if _numbered(paras[j]):
            previous = paras[j]
            break
    if previous is None:
        raise AgentError("There is no previous numbered list to continue.")
    for j in range(first, len(paras)):
        if keys[j] == keys[i]:
            _join(paras[j], previous, paras[j].NumberingLevel)
    return "Numbering continues from the previous list."

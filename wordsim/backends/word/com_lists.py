"""Bullets and numbering as Word object-model calls: ListTemplates built like the simulator's
list definitions, applied, continued, restarted or removed through the Range's ListFormat."""

from __future__ import annotations

from wordsim.document.commands import CommandError

from . import constants as C
from . import sim_args as A
from .com_character import Handler


def _signature(list_format) -> tuple | None:
    """(NumberStyle, NumberFormat) of a paragraph's list at level 1, None outside lists."""
    if list_format.ListType == C.wdListNoNumbering:
        return None
    level = list_format.ListTemplate.ListLevels(1)
    return level.NumberStyle, level.NumberFormat


def _new_template(w, levels: list[tuple]):
    """A nine-level list template like the simulator's definition (`bullet_levels` /
    `number_levels`: format, level text, alignment, hanging indent in twips, font)."""
    template = w.doc.ListTemplates.Add(OutlineNumbered=True)
    for k, (fmt, text, jc, hanging, font) in enumerate(levels, 1):
        level = template.ListLevels(k)
        level.NumberFormat = text
        level.NumberStyle = C.NUMBER_STYLES[fmt]
        level.TrailingCharacter = C.wdTrailingTab
        level.Alignment = C.wdListLevelAlignRight if jc == "right" else C.wdListLevelAlignLeft
        level.TextPosition = 36 * k  # 0.5" per level, as the simulator's w:ind left
        level.TabPosition = 36 * k
        level.NumberPosition = 36 * k - hanging / 20
        level.StartAt = 1
        if font is not None:
            level.Font.Name = font
    return template


def _toggle_list(w, signature: tuple, levels: list[tuple], what: str) -> str:
    """Bullets / Numbering button: remove the list when every selected paragraph is in one of
    this kind, else apply it (continuing the list just above when it is of this kind)."""
    sel = w.sel
    paras = sel.Paragraphs
    shown = [_signature(paras.Item(k).Range.ListFormat) for k in range(1, paras.Count + 1)]
    if all(s == signature for s in shown):
        sel.Range.ListFormat.RemoveNumbers()
        return f"{what} are removed."
    above = paras.Item(1).Previous()
    above_format = above.Range.ListFormat if above is not None else None
    if above_format is not None and _signature(above_format) == signature:
        template, carry_on = above_format.ListTemplate, True
    else:
        template, carry_on = _new_template(w, levels), False
    sel.Range.ListFormat.ApplyListTemplate(ListTemplate=template, ContinuePreviousList=carry_on,
                                           ApplyTo=C.wdListApplyToSelection)
    return f"{what} are applied."


def bullets(w, style: str = "•") -> str:
    key = A.bullet_key(style)
    char = A.BULLETS[key][0]
    return _toggle_list(w, (C.wdListNumberStyleBullet, char), A.bullet_levels(key), "Bullets")


def numbering(w, format: str = "1.") -> str:
    key = A.number_key(format)
    fmt, before, after = A.NUMBER_FORMATS[key]
    return _toggle_list(w, (C.NUMBER_STYLES[fmt], f"{before}%1{after}"), A.number_levels(key),
                        "Numbers")


def _numbered(w):
    """The ListFormat of the numbered list at the selection, else CommandError."""
    found = w.sel.Range.ListFormat
    if found.ListType in (C.wdListNoNumbering, C.wdListBullet, C.wdListPictureBullet):
        raise CommandError("The selection is not in a numbered list.")
    return found


def _restart(list_format) -> None:
    list_format.ApplyListTemplate(ListTemplate=list_format.ListTemplate,
                                  ContinuePreviousList=False,
                                  ApplyTo=C.wdListApplyToThisPointForward)


def restart_numbering(w) -> str:
    _restart(_numbered(w))
    return "Numbering restarts at 1."


def set_numbering_value(w, n) -> str:
    """Set Numbering Value → Start new list: restart here, at `n`."""
    value = A.number(n, "Numbering value")
    if value != int(value) or not 0 <= value <= 32767:
        raise CommandError(f"Numbering value must be a whole number from 0 to 32767, not {n!r}.")
    found = _numbered(w)
    _restart(found)
    found.ListTemplate.ListLevels(found.ListLevelNumber).StartAt = int(value)
    return f"Numbering value is set to {int(value)}."


def continue_numbering(w) -> str:
    found = _numbered(w)
    template = found.ListTemplate
    if found.CanContinuePreviousList(ListTemplate=template) == C.wdContinueDisabled:
        raise CommandError("There is no previous numbered list to continue.")
    found.ApplyListTemplate(ListTemplate=template, ContinuePreviousList=True,
                            ApplyTo=C.wdListApplyToWholeList)
    return "Numbering continues from the previous list."



HANDLERS: dict[str, Handler] = {
    "bullets": bullets,
    "numbering": numbering,
    "restart_numbering": restart_numbering,
    "set_numbering_value": set_numbering_value,
    "continue_numbering": continue_numbering,
}

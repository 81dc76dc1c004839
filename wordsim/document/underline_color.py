"""The Font dialog's Underline color: the colour of the underline of the selected text
(w:u/@w:color), set where the text is underlined, as Word greys the box out elsewhere."""

from __future__ import annotations

from .char_rpr import Lookup, get_rpr, set_prop
from .char_values import parse_color
from .character import _format_each
from .commands import CommandError, command
from .xml import W


@command("underline_color")
def underline_color(doc, color: str) -> str:
    """Colour the underline of the selected underlined text: RRGGBB hex or a palette name
    ("Automatic" follows the font colour). Refused when none of it is underlined."""
    value = parse_color(color)
    look = Lookup(doc)
    coloured = []

    def apply(owner, p):
        u = look.effective(get_rpr(owner), p, "u")
        style = None if u is None else u.get(W.val, "single")
        if style in (None, "none"):
            return
        el = set_prop(get_rpr(owner, create=True), "u", style)
        if value == "auto":
            el.attrib.pop(W.color, None)
        else:
            el.set(W.color, value)
        coloured.append(owner)

    message = _format_each(doc, apply, f"underline colour {value}")
    if not coloured:  # the command's changes roll back with the error
        raise CommandError("Underline color needs underlined text: choose an underline "
                           "style first.")
    return message

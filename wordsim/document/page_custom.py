"""Page Setup → Paper → Custom size: a page of any width and height (0.1" to 22") for the
selected sections, its orientation following its shape as in Word."""

from __future__ import annotations

from docx.enum.section import WD_ORIENTATION
from docx.shared import Twips

from .commands import CommandError, command
from .page_setup import _check_fits, _margins_of, selected_sections, touch_sections
from .xml import W

_INCH = 1440
_MIN, _MAX = _INCH // 10, 22 * _INCH


def _length(value, what: str) -> int:
    """Inches (a number or a numeric string) as twips within Word's page size limits."""
    try:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise ValueError
        twips = round(float(value) * _INCH)
    except (ValueError, OverflowError):
        raise CommandError(f"The page {what} must be a number of inches.") from None
    if not _MIN <= twips <= _MAX:
        raise CommandError(f'The page {what} must be between 0.1" and 22".')
    return twips


@command("page_dimensions")
def page_dimensions(doc, width, height) -> str:
    """Set the page `width` and `height` (inches) of the selected sections; a page wider than
    tall is landscape. The paper code of a named size is dropped."""
    w, h = _length(width, "width"), _length(height, "height")
    sections = selected_sections(doc)
    for _, sect in sections:
        gutter = 0 if sect.gutter is None else sect.gutter.twips
        _check_fits(w, h, _margins_of(sect), gutter)
    touch_sections(doc, sections)
    for _, sect in sections:
        sect.page_width, sect.page_height = Twips(w), Twips(h)
        sect.pgSz.attrib.pop(W.code, None)
        sect.orientation = WD_ORIENTATION.LANDSCAPE if w > h else WD_ORIENTATION.PORTRAIT
    return f'The page is {w / _INCH:g}" by {h / _INCH:g}".'

"""Sections and page setup: page and section breaks, orientation, margins, paper size, columns.

A section's properties live in a `w:sectPr`: the body's last child for the last section and, for
every earlier section, the `w:pPr` of the paragraph that ends it (the section-break mark)."""

from __future__ import annotations

import json
from bisect import bisect_left
from copy import deepcopy
from functools import cache
from importlib import resources

from docx.enum.section import WD_ORIENTATION, WD_SECTION_START
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Twips

from .commands import CommandError, command
from .text_input import delete_selection, enter_at
from .xml import W, make

_LETTER = (12240, 15840)  # Word's page size when a sectPr names none (twips)
_INCH = 1440
_BREAK_KINDS = {
    "next_page": WD_SECTION_START.NEW_PAGE,
    "continuous": WD_SECTION_START.CONTINUOUS,
    "even_page": WD_SECTION_START.EVEN_PAGE,
    "odd_page": WD_SECTION_START.ODD_PAGE,
}
# CT_SectPr children that follow w:cols, and CT_Settings children that precede w:mirrorMargins.
_AFTER_COLS = ("w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
               "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")
_BEFORE_MIRROR = {W.writeProtection, W.view, W.zoom, W.removePersonalInformation,
                  W.removeDateAndTime, W.doNotDisplayPageBoundaries, W.displayBackgroundShape,
                  W.printPostScriptOverText, W.printFractionalCharacterWidth, W.printFormsData,
                  W.embedTrueTypeFonts, W.embedSystemFonts, W.saveSubsetFonts, W.saveFormsData}
_MAX_MARGIN = 22 * _INCH  # Word's largest margin
# Portrait margin → the side it becomes in landscape (the page turns counter-clockwise).
_TO_LANDSCAPE = {"top": "left", "left": "bottom", "bottom": "right", "right": "top"}


@cache
def page_setup_data() -> dict:
    """Word's margin presets (inches) and paper sizes (twips) from wordsim/data/page_setup.json."""
    return json.loads((resources.files("wordsim") / "data" / "page_setup.json").read_text("utf-8"))


# ------------------------------------------------------------------ sections
def section_blocks(doc) -> list[tuple[int, object]]:
    """(body block index, w:sectPr) of every section in order, as python-docx's `sections`."""
    out = []
    for b, block in enumerate(doc.body):
        tag = block.tag
        if tag == W.p:
            ppr = block.find(W.pPr)
            sect = ppr.find(W.sectPr) if ppr is not None else None
            if sect is not None:
                out.append((b, sect))
        elif tag == W.sectPr:
            out.append((b, block))
    return out


def ensure_final_section(doc) -> None:
    """Give the body its final `w:sectPr` when a (non-Word) file left it out."""
    body = doc.body
    if not len(body) or body[-1].tag != W.sectPr:
        doc.touch_blocks(len(body), len(body))
        body.get_or_add_sectPr()


def section_index(blocks: list, doc, para: int) -> int:
    """Index in `blocks` of the section holding story paragraph `para`."""
    i = bisect_left([b for b, _ in blocks], doc.story.top[para])
    return min(i, len(blocks) - 1)


def selected_sections(doc) -> list[tuple[int, object]]:
    """The sections the selection touches (creating the final sectPr if missing)."""
    ensure_final_section(doc)
    blocks = section_blocks(doc)
    sel = doc.selection
    first = section_index(blocks, doc, sel.start.para)
    return blocks[first : section_index(blocks, doc, sel.end.para) + 1]


def touch_sections(doc, sections: list) -> None:
    doc.touch_blocks(min(b for b, _ in sections), max(b for b, _ in sections) + 1)


def _twips(value, default: int) -> int:
    return default if value is None else value.twips


def page_size_of(sect) -> tuple[int, int]:
    """(width, height) in twips, Letter when unset."""
    return _twips(sect.page_width, _LETTER[0]), _twips(sect.page_height, _LETTER[1])


def _margins_of(sect) -> dict[str, int]:
    return {side: _twips(getattr(sect, f"{side}_margin"), _INCH)
            for side in ("top", "bottom", "left", "right")}


def text_width(sect) -> int:
    """Width between the left and right margins (less the gutter), in twips."""
    m = _margins_of(sect)
    return page_size_of(sect)[0] - m["left"] - m["right"] - _twips(sect.gutter, 0)


# ------------------------------------------------------------------ breaks
def plain_copy(p):
    """An empty paragraph formatted like `p`, without its list numbering or section mark."""
    new = make("w:p")
    ppr = p.find(W.pPr)
    if ppr is not None:
        ppr = deepcopy(ppr)
        for tag in (W.sectPr, W.numPr):
            el = ppr.find(tag)
            if el is not None:
                ppr.remove(el)
        new.append(ppr)
    return new


@command("page_break")
def page_break(doc) -> None:
    """Ctrl+Enter (Word 2013+): the selection is replaced by a paragraph holding a page break,
    splitting the paragraph at the caret; the caret goes to the text after the break."""
    caret = delete_selection(doc)
    doc.touch(caret.para)
    if caret.offset:
        caret = enter_at(doc, caret)
    after = doc.paragraph(caret.para)
    brk = plain_copy(after)
    run = make("w:r")
    run.append(make("w:br", {"w:type": "page"}))
    brk.append(run)
    after.addprevious(brk)
    doc.sync()
    doc.set_selection((caret.para + 1, 0))


@command("section_break")
def section_break(doc, kind: str = "next_page") -> None:
    """Layout → Breaks → Section Breaks: Next Page, Continuous, Even Page or Odd Page at the
    caret. The paragraph before the caret ends a new section with the current one's settings;
    the section after the break starts as `kind` and links to the previous headers, as in Word."""
    start = _BREAK_KINDS.get(kind)
    if start is None:
        raise CommandError(f"Unknown section break {kind!r}; use one of {sorted(_BREAK_KINDS)}.")
    if doc.story.cell_of(doc.selection.start.para) is not None:
        raise CommandError("A section break cannot be inserted in a table.")
    caret = delete_selection(doc)
    ensure_final_section(doc)
    blocks = section_blocks(doc)
    k = section_index(blocks, doc, caret.para)
    doc.touch_blocks(doc.story.top[caret.para], blocks[k][0] + 1)
    p = doc.paragraph(caret.para)
    after = enter_at(doc, caret)
    current = section_blocks(doc)[k][1]  # splitting may have moved its paragraph mark
    new = current.clone()
    for ref in current.findall(W.headerReference) + current.findall(W.footerReference):
        current.remove(ref)
    current.start_type = start
    p.get_or_add_pPr()._insert_sectPr(new)
    doc.set_selection(after)


# ------------------------------------------------------------------ page setup
def whole_number(value, what: str, low: int, high: int) -> int:
    """`value` as an int in [low, high] (digit strings too, as agents write "3")."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise CommandError(f"The {what} must be a whole number from {low} to {high}.")
    return value


def _choice(value, options, what: str) -> str:
    key = str(value).strip().lower().replace("_", " ")
    for option in options:
        if option.lower() == key:
            return option
    raise CommandError(f"Unknown {what} {value!r}; use one of {list(options)}.")


def _set_margins(sect, margins: dict[str, int]) -> None:
    for side, twips in margins.items():
        setattr(sect, f"{side}_margin", Twips(twips))


def _check_fits(width: int, height: int, m: dict[str, int], gutter: int = 0) -> None:
    if m["left"] + m["right"] + gutter >= width or m["top"] + m["bottom"] >= height:
        raise CommandError("The margins are too large for the page size.")


@command("orientation")
def orientation(doc, value: str) -> None:
    """Layout → Orientation for the selected sections; Word swaps the page's width and height
    and turns the margins with the page."""
    landscape = _choice(value, ("portrait", "landscape"), "orientation") == "landscape"
    targets = [(b, s) for b, s in selected_sections(doc)
               if (s.orientation == WD_ORIENTATION.LANDSCAPE) != landscape]
    if not targets:
        return
    touch_sections(doc, targets)
    for _, sect in targets:
        width, height = page_size_of(sect)
        m = _margins_of(sect)
        sect.page_width, sect.page_height = Twips(height), Twips(width)
        if sect.pgMar is not None:  # the margins turn with the page, counter-clockwise
            turn = _TO_LANDSCAPE if landscape else {v: k for k, v in _TO_LANDSCAPE.items()}
            _set_margins(sect, {new: m[old] for old, new in turn.items()})
        sect.orientation = WD_ORIENTATION.LANDSCAPE if landscape else WD_ORIENTATION.PORTRAIT


def settings_element(doc):
    """The settings part's root, declared as about to change (created if the file has none)."""
    try:
        part = doc.part.part_related_by(RT.SETTINGS)
    except KeyError:
        doc.touch_rels(doc.part)
        part = doc.part._settings_part
    doc.touch_part(part)
    return part.element


def settings_root(doc):
    """The settings part's root for reading, or None when the file has none (creates nothing)."""
    try:
        return doc.part.part_related_by(RT.SETTINGS).element
    except KeyError:
        return None


def _set_mirror(doc, on: bool) -> None:
    root = settings_root(doc)
    if (root is not None and root.find(W.mirrorMargins) is not None) == on:
        return
    settings = settings_element(doc)
    if not on:
        settings.remove(settings.find(W.mirrorMargins))
        return
    anchor = None
    for c in settings:
        if c.tag in _BEFORE_MIRROR:
            anchor = c
    mirror = make("w:mirrorMargins")
    if anchor is None:
        settings.insert(0, mirror)
    else:
        anchor.addnext(mirror)


def _inches(value, what: str) -> int:
    """A length given in inches (a number or a numeric string), in twips."""
    try:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise ValueError
        twips = round(float(value) * _INCH)
    except (ValueError, OverflowError):
        raise CommandError(f"The {what} must be a number of inches.") from None
    if not 0 <= twips <= _MAX_MARGIN:
        raise CommandError(f"The {what} must be between 0 and 22 inches.")
    return twips


@command("margins")
def margins(doc, preset: str | None = None, top=None, bottom=None, left=None, right=None) -> None:
    """Layout → Margins: a preset by name (Normal, Narrow, Moderate, Wide, Mirrored,
    Office 2003 Default) or custom margins in inches, for the selected sections."""
    custom = {k: v for k, v in (("top", top), ("bottom", bottom), ("left", left), ("right", right))
              if v is not None}
    if preset is None and not custom:
        raise CommandError("Give a margins preset or at least one margin in inches.")
    mirror = None
    if preset is not None:
        presets = page_setup_data()["margins"]
        spec = presets[_choice(preset, list(presets), "margins preset")]
        mirror = bool(spec.get("mirror"))
        values = {side: round(spec[side] * _INCH) for side in ("top", "bottom", "left", "right")}
    else:
        values = {}
    values.update({side: _inches(v, f"{side} margin") for side, v in custom.items()})
    sections = selected_sections(doc)
    for _, sect in sections:
        binding = 0 if preset is not None else _twips(sect.gutter, 0)  # presets reset the gutter
        _check_fits(*page_size_of(sect), {**_margins_of(sect), **values}, binding)
    touch_sections(doc, sections)
    for _, sect in sections:
        _set_margins(sect, values)
        if preset is not None:
            sect.gutter = Twips(0)
    if mirror is not None:  # the gallery's presets also set Multiple pages (mirrored or normal)
        _set_mirror(doc, mirror)


@command("gutter")
def gutter(doc, inches) -> str:
    """Page Setup → Margins → Gutter: extra binding margin (inches) on the left of the pages of
    the selected sections."""
    twips = _inches(inches, "gutter")
    sections = selected_sections(doc)
    for _, sect in sections:
        _check_fits(*page_size_of(sect), _margins_of(sect), twips)
    touch_sections(doc, sections)
    for _, sect in sections:
        sect.gutter = Twips(twips)
    return f'Gutter is set to {twips / _INCH:g}".'


@command("page_size")
def page_size(doc, size: str) -> None:
    """Layout → Size: Letter, Legal, Executive, A4 or A5, keeping each section's orientation.
    (Not `name`: that is execute's own parameter.)"""
    sizes = page_setup_data()["page_sizes"]
    spec = sizes[_choice(size, list(sizes), "page size")]
    sections = selected_sections(doc)
    for _, sect in sections:
        width, height = spec["width"], spec["height"]
        if sect.orientation == WD_ORIENTATION.LANDSCAPE:
            width, height = height, width
        _check_fits(width, height, _margins_of(sect), _twips(sect.gutter, 0))
    touch_sections(doc, sections)
    for _, sect in sections:
        landscape = sect.orientation == WD_ORIENTATION.LANDSCAPE
        width, height = spec["width"], spec["height"]
        sect.page_width, sect.page_height = Twips(height if landscape else width), Twips(
            width if landscape else height)
        sect.pgSz.set(W.code, str(spec["code"]))


@command("columns")
def columns(doc, count: int, spacing: float = 0.5) -> None:
    """Layout → Columns: `count` equal columns `spacing` inches apart in the selected sections."""
    count = whole_number(count, "number of columns", 1, 45)
    space = _inches(spacing, "column spacing")
    sections = selected_sections(doc)
    for _, sect in sections:
        if (text_width(sect) - (count - 1) * space) / count < _INCH / 2:
            raise CommandError("Columns must be at least 0.5 inch wide; use fewer columns.")
    touch_sections(doc, sections)
    for _, sect in sections:
        cols = sect.find(W.cols)
        if cols is None:
            cols = sect.insert_element_before(make("w:cols"), *_AFTER_COLS)
        cols[:] = []  # explicit column widths give way to equal columns, as in the gallery
        for attr in (W.equalWidth, W.num):
            cols.attrib.pop(attr, None)
        if count > 1:
            cols.set(W.num, str(count))
        cols.set(W.space, str(space))

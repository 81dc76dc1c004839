"""Headers and footers, page numbers, breaks and page setup as Word object-model calls
(Sections(1).Headers(1), Fields.Add, InsertBreak, PageSetup, TextColumns.SetCount)."""

from __future__ import annotations

from wordsim.document.commands import CommandError

from . import constants as C
from . import sim_args as A
from .com_character import Handler


# ---------------------------------------------------------------------- headers and footers
def _stories(section, story: str):
    return section.Headers if story == "header" else section.Footers


def story_text(story: str) -> Handler:
    """The caret section's header or footer (primary, first or even) gets `text`; first and
    even turn on Different First Page / Odd & Even Pages, as in Word."""

    def run(w, text: str, kind: str = "primary") -> str:
        kind = A.pick(kind, A.HEADER_KINDS, f"{story} kind")
        section = w.sel.Sections(1)
        if kind == "first":
            section.PageSetup.DifferentFirstPageHeaderFooter = C.wdTrue
        elif kind == "even":
            w.doc.PageSetup.OddAndEvenPagesHeaderFooter = C.wdTrue
        _stories(section, story)(C.HEADER_KINDS[kind]).Range.Text = str(text).replace("\n", "\r")
        return ""

    return run


def _page_fields(w, stories=("header", "footer")) -> list:
    """The PAGE fields of every header and footer the caret's section has."""
    section = w.sel.Sections(1)
    out = []
    for story in stories:
        for kind in C.HEADER_KINDS.values():
            part = _stories(section, story)(kind)
            if not part.Exists:
                continue
            fields = part.Range.Fields
            out += [f for f in (fields.Item(k) for k in range(1, fields.Count + 1))
                    if f.Type == C.wdFieldPage]
    return out


def page_number(w, position: str = "bottom", alignment: str = "center",
                fmt: str = "plain") -> str:
    """Insert → Page Number → Top/Bottom of Page → Plain Number: a paragraph in the Header or
    Footer style, aligned, holding a PAGE field (Fields.Add), in place of an earlier one."""
    story = A.PAGE_NUMBER_POSITIONS[A.pick(position, A.PAGE_NUMBER_POSITIONS,
                                           "page number position")]
    align = A.pick(alignment, A.PAGE_NUMBER_ALIGNMENTS, "page number alignment")
    A.pick(fmt, ("plain",), "page number format")
    part = _stories(w.sel.Sections(1), story)(C.wdHeaderFooterPrimary)
    for field in _page_fields(w, (story,)):
        field.Delete()
    content = part.Range
    if (content.Text or "").strip():
        content.InsertParagraphAfter()
    else:
        content.Text = ""
    paragraph = part.Range.Paragraphs.Last
    paragraph.Style = C.wdStyleHeader if story == "header" else C.wdStyleFooter
    paragraph.Alignment = C.ALIGNMENTS[align]
    at = paragraph.Range
    at.Collapse(C.wdCollapseStart)
    w.doc.Fields.Add(Range=at, Type=C.wdFieldPage)
    return ""


def remove_page_numbers(w) -> str:
    fields = _page_fields(w)
    for field in fields:
        field.Delete()
    return "" if fields else "There are no page numbers to remove."


def remove_story(story: str) -> Handler:
    """Insert → Header/Footer → Remove: every header (footer) of the caret's section with
    text is emptied."""

    def run(w) -> str:
        section = w.sel.Sections(1)
        parts = [p for p in (_stories(section, story)(k) for k in C.HEADER_KINDS.values())
                 if p.Exists and (p.Range.Text or "").strip()]
        if not parts:
            return f"There is no {story} to remove."
        for part in parts:
            part.Range.Delete()
        return ""

    return run


def different_first_page(w, on: bool = True) -> str:
    on = A.on_off(on, "Different first page")
    w.sel.PageSetup.DifferentFirstPageHeaderFooter = C.word_bool(on)
    return f"Different first page is {'on' if on else 'off'}."


def different_odd_even(w, on: bool = True) -> str:
    on = A.on_off(on, "Different odd and even")
    w.doc.PageSetup.OddAndEvenPagesHeaderFooter = C.word_bool(on)
    return f"Different odd and even is {'on' if on else 'off'}."


# ---------------------------------------------------------------------- breaks and page setup
def page_break(w) -> str:
    w.sel.InsertBreak(C.wdPageBreak)  # Ctrl+Enter
    return ""


def section_break(w, kind: str = "next_page") -> str:
    if kind not in C.SECTION_BREAKS:
        raise CommandError(f"Unknown section break {kind!r}; use one of "
                           f"{sorted(C.SECTION_BREAKS)}.")
    if w.in_table():
        raise CommandError("A section break cannot be inserted in a table.")
    w.sel.InsertBreak(C.SECTION_BREAKS[kind])
    return ""


def orientation(w, value: str) -> str:
    landscape = A.page_choice(value, ("portrait", "landscape"), "orientation") == "landscape"
    w.sel.PageSetup.Orientation = C.wdOrientLandscape if landscape else C.wdOrientPortrait
    return ""


def _check_fits(width: float, height: float, margins: dict, gutter: float) -> None:
    """Points; the simulator's rule (Word would refuse with an error dialog)."""
    if margins["left"] + margins["right"] + gutter >= width or \
            margins["top"] + margins["bottom"] >= height:
        raise CommandError("The margins are too large for the page size.")


_SIDES = {"top": "TopMargin", "bottom": "BottomMargin", "left": "LeftMargin",
          "right": "RightMargin"}


def _page(w) -> tuple:
    """(PageSetup, width, height, margins, gutter) of the selection's sections, in points."""
    setup = w.sel.PageSetup
    margins = {side: getattr(setup, prop) for side, prop in _SIDES.items()}
    return setup, setup.PageWidth, setup.PageHeight, margins, setup.Gutter


def margins(w, preset: str | None = None, top=None, bottom=None, left=None, right=None) -> str:
    """Layout → Margins: a preset (which also sets Mirror Margins and clears the gutter) or
    custom margins in inches."""
    custom = {k: v for k, v in (("top", top), ("bottom", bottom), ("left", left),
                                ("right", right)) if v is not None}
    if preset is None and not custom:
        raise CommandError("Give a margins preset or at least one margin in inches.")
    values, mirror = {}, None
    if preset is not None:
        presets = A.page_setup_data()["margins"]
        spec = presets[A.page_choice(preset, list(presets), "margins preset")]
        mirror = bool(spec.get("mirror"))
        values = {side: spec[side] * 72 for side in _SIDES}
    values.update({side: A.inches_twips(v, f"{side} margin") / 20 for side, v in custom.items()})
    setup, width, height, current, gutter = _page(w)
    _check_fits(width, height, {**current, **values}, 0 if preset is not None else gutter)
    for side, value in values.items():
        setattr(setup, _SIDES[side], value)
    if preset is not None:
        setup.Gutter = 0
        setup.MirrorMargins = C.word_bool(mirror)
    return ""


def gutter(w, inches) -> str:
    twips = A.inches_twips(inches, "gutter")
    setup, width, height, current, _ = _page(w)
    _check_fits(width, height, current, twips / 20)
    setup.Gutter = twips / 20
    return f'Gutter is set to {twips / 1440:g}".'


def page_size(w, size: str) -> str:
    """Layout → Size: PageSetup.PaperSize (Word keeps the orientation)."""
    sizes = A.page_setup_data()["page_sizes"]
    name = A.page_choice(size, list(sizes), "page size")
    setup, width, height, current, gutter_pt = _page(w)
    short, long_ = sorted((sizes[name]["width"] / 20, sizes[name]["height"] / 20))
    landscape = setup.Orientation == C.wdOrientLandscape
    _check_fits(long_ if landscape else short, short if landscape else long_, current, gutter_pt)
    setup.PaperSize = C.PAPER_SIZES[name]
    return ""


def columns(w, count: int, spacing: float = 0.5) -> str:
    """Layout → Columns: TextColumns.SetCount, evenly spaced `spacing` inches apart."""
    count = A.whole_number(count, "number of columns", 1, 45)
    space = A.inches_twips(spacing, "column spacing") / 20
    _, width, _, current, gutter_pt = _page(w)
    text_width = width - current["left"] - current["right"] - gutter_pt
    if (text_width - (count - 1) * space) / count < 36:
        raise CommandError("Columns must be at least 0.5 inch wide; use fewer columns.")
    text_columns = w.sel.PageSetup.TextColumns
    text_columns.SetCount(NumColumns=count)
    text_columns.EvenlySpaced = C.wdTrue
    if count > 1:
        text_columns.Spacing = space
    return ""



HANDLERS: dict[str, Handler] = {
    "header_text": story_text("header"),
    "footer_text": story_text("footer"),
    "page_number": page_number,
    "remove_page_numbers": remove_page_numbers,
    "remove_header": remove_story("header"),
    "remove_footer": remove_story("footer"),
    "different_first_page": different_first_page,
    "different_odd_even": different_odd_even,
    "page_break": page_break,
    "section_break": section_break,
    "orientation": orientation,
    "margins": margins,
    "gutter": gutter,
    "page_size": page_size,
    "columns": columns,
}

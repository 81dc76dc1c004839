"""What the Font, Paragraph, Page Setup and Find dialogs do beyond the ribbon, as Word
object-model calls: Set As Default (the Normal style), text effects, underline colour, a custom
page size, Find and Replace with wildcards, and Apply to: Whole document."""

from __future__ import annotations

from collections.abc import Sequence

from wordsim.document.char_values import parse_color
from wordsim.document.commands import CommandError
from wordsim.document.defaults import font_default_values, paragraph_default_values
from wordsim.document.find import _count
from wordsim.document.find_wildcards import wildcard_pattern, wildcard_replacement
from wordsim.document.page_custom import _length as page_length

from . import constants as C
from .com_character import Handler, bgr, toggle
from .com_find import _find_after_selection, _setup
from .com_page import _check_fits, _page

_ALIGNMENT_OF_JC = {"left": "left", "center": "center", "right": "right", "both": "justify"}


# ---------------------------------------------------------------------- Set As Default
def default_font(w, font: str | None = None, size=None) -> str:
    """The Font dialog's Set As Default ("This document only"): the Normal style's Font."""
    font, points = font_default_values(font, size)
    normal = w.doc.Styles(C.wdStyleNormal).Font
    said = []
    if font is not None:
        normal.Name = font
        said.append(font)
    if points is not None:
        normal.Size = points
        said.append(f"{points:g} pt")
    return f"The default font is {' '.join(said)}."


def default_paragraph(w, alignment: str | None = None, left=None, right=None, before=None,
                      after=None, line=None, line_rule: str = "multiple") -> str:
    """The Paragraph dialog's Set As Default: the Normal style's ParagraphFormat (points;
    multiple line spacing as LineSpacing in points, 12 per line, the way Word's object
    model takes it)."""
    jc, ind, spacing = paragraph_default_values(alignment, left, right, before, after, line,
                                                line_rule)
    fmt = w.doc.Styles(C.wdStyleNormal).ParagraphFormat
    if jc is not None:
        fmt.Alignment = C.ALIGNMENTS[_ALIGNMENT_OF_JC[jc]]
    for side, prop in (("left", "LeftIndent"), ("right", "RightIndent")):
        if side in ind:
            setattr(fmt, prop, ind[side] / 20)
    for side, prop in (("before", "SpaceBefore"), ("after", "SpaceAfter")):
        if side in spacing:
            setattr(fmt, prop, spacing[side] / 20)
    if "line" in spacing:
        fmt.LineSpacingRule = C.LINE_RULES[spacing["lineRule"]]
        fmt.LineSpacing = spacing["line"] / 20  # 240 twips a line -> 12 pt a line
    return "The default paragraph formatting is set."


# ---------------------------------------------------------------------- Font dialog
def underline_color(w, color: str) -> str:
    """Font.UnderlineColor; refused where nothing selected is underlined (Word greys the box
    out)."""
    value = parse_color(color)
    font = w.sel.Font
    if font.Underline == C.wdUnderlineNone:
        raise CommandError("Underline color needs underlined text: choose an underline "
                           "style first.")
    font.UnderlineColor = C.wdColorAutomatic if value == "auto" else bgr(value)
    return f"underline colour {value}"


# ---------------------------------------------------------------------- Page Setup
def page_dimensions(w, width, height) -> str:
    """Paper → Custom size: the orientation first (Word swaps width and height when it
    changes), then PageWidth and PageHeight in points."""
    wide, high = page_length(width, "width"), page_length(height, "height")
    setup, _, _, margins, gutter = _page(w)
    _check_fits(wide / 20, high / 20, margins, gutter)
    setup.Orientation = C.wdOrientLandscape if wide > high else C.wdOrientPortrait
    setup.PageWidth = wide / 20
    setup.PageHeight = high / 20
    return f'The page is {wide / 1440:g}" by {high / 1440:g}".'


def whole_document(w, steps: Sequence) -> str:
    """Apply to: Whole document: the steps with the whole main story selected (Content), then
    the selection given back."""
    from .com_commands import compound  # the command table imports this module

    start, end = w.sel.Start, w.sel.End
    w.doc.Content.Select()
    try:
        return compound(w, steps)
    finally:
        w.doc.Range(start, end).Select()


# ---------------------------------------------------------------------- Find with wildcards
# Word greys out Match case and Find whole words only under Use wildcards: a wildcard search
# always matches case and never whole words, so the Find object says exactly that.
def _next_wild(w, text: str, wrap: bool = True):
    return _find_after_selection(w, text, True, False, wrap, wildcards=True)


def _wild(find, text: str, wrap: int):
    return _setup(find, text, True, False, wrap, wildcards=True)


def find_wildcards(w, text: str, wrap: bool = True) -> str:
    """Find Next with Use wildcards: Find.MatchWildcards, Word's own pattern syntax (the
    simulator checks it first, with Word's messages)."""
    wildcard_pattern(text)
    found = _next_wild(w, text, wrap)
    if found is None:
        raise CommandError(f"Text {text} is not found.")
    return f"Text {found.Text} is selected."


def replace_wildcards(w, find: str, replace: str) -> str:
    """Replace with Use wildcards: replace the selection when it is a match (wdReplaceOne on
    it), then select the next match."""
    rx = wildcard_pattern(find)
    current = w.sel.Range
    if w.sel.Start == w.sel.End or rx.fullmatch(current.Text or "") is None:
        found = _next_wild(w, find)
        if found is None:
            raise CommandError(f"Text {find} is not found.")
        return f"Text {found.Text} is selected; Replace again to replace it."
    wildcard_replacement(replace, rx)  # reject bad specials before anything changes
    finder = _wild(current.Find, find, C.wdFindStop)
    finder.Replacement.ClearFormatting()
    finder.Replacement.Text = replace
    finder.Execute(Replace=C.wdReplaceOne)
    after = current.End
    w.doc.Range(after, after).Select()
    if _next_wild(w, find) is None:
        return "Replaced 1 occurrence. No more matches."
    return "Replaced 1 occurrence."


def replace_all_wildcards(w, find: str, replace: str) -> str:
    """Replace All with Use wildcards over the document (wdReplaceAll); the count is the
    simulator's, matched paragraph by paragraph."""
    rx = wildcard_pattern(find)
    wildcard_replacement(replace, rx)
    story = w.story()
    total = sum(len(rx.findall(story.text(i))) for i in range(len(story)))
    if not total:
        raise CommandError(f"Text {find} is not found.")
    finder = _wild(w.doc.Range().Find, find, C.wdFindContinue)
    finder.Replacement.ClearFormatting()
    finder.Replacement.Text = replace
    finder.Execute(Replace=C.wdReplaceAll)
    return f"Replaced {_count(total)}."


HANDLERS: dict[str, Handler] = {
    "default_font": default_font,
    "default_paragraph": default_paragraph,
    "underline_color": underline_color,
    "text_outline": toggle("Outline", "text outline"),
    "text_shadow": toggle("Shadow", "text shadow"),
    "page_dimensions": page_dimensions,
    "whole_document": whole_document,
    "find_wildcards": find_wildcards,
    "replace_wildcards": replace_wildcards,
    "replace_all_wildcards": replace_all_wildcards,
}

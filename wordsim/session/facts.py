"""What the Word window shows about the document (pressed buttons, font boxes, counts, dialog
defaults), read from the document only as far, and as often, as the window needs it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from copy import deepcopy

from wordsim.document import WordDocument
from wordsim.document.char_rpr import Lookup, font_name, size_pt
from wordsim.document.character import effective_run_format
from wordsim.document.lists import list_info
from wordsim.document.page_setup import page_setup_data
from wordsim.document.paragraph import alignment_of
from wordsim.document.query import view as query_view
from wordsim.document.runs import paragraph_text, run_spans
from wordsim.document.xml import W, new
from wordsim.ui import UIContext

# No line layout: the status bar's page count is estimated from characters and hard breaks.
CHARS_PER_PAGE = 3000


class Lazy(Mapping):
    """A mapping computed on first access: most steps never read pressed states or dialog
    defaults, so they cost nothing then."""

    def __init__(self, compute: Callable[[], dict]):
        self._compute, self._data = compute, None

    def _get(self) -> dict:
        if self._data is None:
            self._data = self._compute()
        return self._data

    def __getitem__(self, key):
        return self._get()[key]

    def __iter__(self) -> Iterator:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


class StoryCounts:
    """Words, characters and hard page breaks of the main story, recounted only for the
    paragraphs an edit touched (entries are keyed by element, checked by identity)."""

    def __init__(self):
        self._cache: dict[int, tuple] = {}
        self._totals: tuple[int, int, int] | None = None

    def forget(self, doc: WordDocument, paragraphs=None) -> None:
        """Paragraphs (story indices) an edit touched; None: the whole document changed."""
        self._totals = None
        if paragraphs is None:
            self._cache.clear()
            return
        story = doc.story.paragraphs
        for i in paragraphs:
            if i < len(story):
                self._cache.pop(id(story[i]), None)

    def totals(self, doc: WordDocument) -> tuple[int, int, int]:
        if self._totals is not None:
            return self._totals
        words = chars = breaks = 0
        old, new = self._cache, {}
        for p in doc.story.paragraphs:
            hit = old.get(id(p))
            if hit is None or hit[0] is not p:
                text = paragraph_text(p)
                pages = sum(1 for br in p.iter(W.br) if br.get(W.type) == "page")
                hit = (p, len(text.split()), len(text), pages)
            new[id(p)] = hit
            words += hit[1]
            chars += hit[2]
            breaks += hit[3]
        self._cache = new
        self._totals = words, chars, breaks
        return self._totals


def ui_context(doc: WordDocument, name: str, counts: StoryCounts) -> UIContext:
    """The UIContext the window is drawn from, for the document as it is now."""
    sel = doc.selection
    para = sel.focus.para
    p = doc.paragraph(para)
    run = _run_at(p, sel.start.offset if sel.start.para == para else 0)
    if sel.collapsed and doc.pending_rpr is not None:
        owner = _carrier(doc.pending_rpr)  # Bold clicked at a caret shows pressed at once
    else:  # no text run: the paragraph mark decides (no w:pPr stands for a plain one)
        owner = run if run is not None else next((c for c in p if c.tag == W.pPr), p)
    look = Lookup(doc)
    words, chars, breaks = counts.totals(doc)
    pages = breaks + 1 + chars // CHARS_PER_PAGE
    return UIContext(
        doc_name=name,
        in_table=doc.story.cell_of(para) is not None,
        has_selection=not sel.collapsed,
        can_undo=bool(doc.history.undo_stack),
        can_redo=bool(doc.history.redo_stack),
        on_comment=any(True for _ in p.iter(W.commentRangeStart, W.commentReference)),
        pressed=Lazy(lambda: _pressed(doc, p, effective_run_format(doc, owner, p))),
        font_name=font_name(look, owner, p) or "Calibri",
        font_size=size_pt(look, owner, p),
        style_name=doc.styles.ui_name(doc.styles.paragraph_style_id(p)) or "Normal",
        page=min(pages, 1 + (breaks and _breaks_before(doc, para))),
        pages=pages,
        words=words,
        values=Lazy(lambda: _values(doc, para)),
    )


def _carrier(rpr):
    """A detached run holding a copy of `rpr`, to read pending formatting like a run's."""
    run = new(W.r)
    run.append(deepcopy(rpr))
    return run


def _run_at(p, offset: int):
    """The run holding the character after `offset` (before it at the paragraph's end)."""
    last = None
    for r, start, end in run_spans(p):
        if end > start:
            if start <= offset < end:
                return r
            last = r
    return last


def _breaks_before(doc: WordDocument, para: int) -> int:
    return sum(1 for p in doc.story.paragraphs[:para] for br in p.iter(W.br)
               if br.get(W.type) == "page")  # fmt: skip


def _pressed(doc: WordDocument, p, fmt: dict) -> dict:
    align = alignment_of(doc, p)
    info = list_info(doc, p)
    kind = info["kind"] if info else None
    return {
        "bold": bool(fmt.get("bold")),
        "italic": bool(fmt.get("italic")),
        "underline": fmt.get("underline") not in (None, "none"),
        "strikethrough": bool(fmt.get("strike")),
        "subscript": fmt.get("vertAlign") == "subscript",
        "superscript": fmt.get("vertAlign") == "superscript",
        "align_left": align == "left",
        "align_center": align == "center",
        "align_right": align == "right",
        "justify": align == "justify",
        "bullets": kind == "bullet",
        "numbering": kind == "number",
        "print_layout": True,
        "show_marks": False,
        "track_changes": False,
    }


def _values(doc: WordDocument, para: int) -> dict:
    """Dialog defaults and ribbon box values (units as the window data declares them)."""
    v = query_view(doc)
    rec = v.paragraphs[para]
    section = v.sections[_section_of(doc, para)]
    width, height = section.page_width_pt or 612.0, section.page_height_pt or 792.0
    size = min(
        page_setup_data()["page_sizes"].items(),
        key=lambda kv: abs(kv[1]["width"] / 20 - min(width, height))
        + abs(kv[1]["height"] / 20 - max(width, height)),
    )[0]
    sel = doc.selection
    selected = "" if sel.collapsed or sel.start.para != sel.end.para else \
        doc.text(sel.start.para)[sel.start.offset : sel.end.offset]
    return {
        "alignment": rec.alignment,
        "left_indent": rec.left_indent_pt,
        "right_indent": rec.right_indent_pt,
        "space_before": rec.space_before_pt,
        "space_after": rec.space_after_pt,
        "line_spacing": rec.line_spacing if rec.line_spacing_rule == "multiple" else 1.0,
        "margin_top": (section.top_margin_pt or 72.0) / 72,
        "margin_bottom": (section.bottom_margin_pt or 72.0) / 72,
        "margin_left": (section.left_margin_pt or 72.0) / 72,
        "margin_right": (section.right_margin_pt or 72.0) / 72,
        "orientation": section.orientation,
        "page_size": size,
        "selected_text": selected,
    }


def _section_of(doc: WordDocument, para: int) -> int:
    """Index of the section holding story paragraph `para` (section breaks end sections)."""
    top = doc.story.top[para]
    n = 0
    for b, block in enumerate(doc.body):
        if b >= top:
            break
        ppr = block.find(W.pPr) if block.tag == W.p else None
        if ppr is not None and ppr.find(W.sectPr) is not None:
            n += 1
    return n

"""What the Word window shows about the document (pressed buttons, font boxes, counts, dialog
defaults), read from the document only as far, and as often, as the window needs it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from copy import deepcopy
from dataclasses import MISSING, fields

from lxml import etree

from wordsim.document import WordDocument
from wordsim.document.char_rpr import Lookup, font_name, get_rpr, size_pt
from wordsim.document.character import effective_run_format
from wordsim.document.lists import list_info
from wordsim.document.page_setup import page_setup_data
from wordsim.document.paragraph import alignment_of
from wordsim.document.query import DocumentView
from wordsim.document.runs import paragraph_text, run_spans
from wordsim.document.xml import W, new
from wordsim.ui import UIContext

from .dialog_facts import dialog_values
from .mixed import merged_format, selected_runs

# No line layout: the status bar's page count is estimated from characters and hard breaks.
CHARS_PER_PAGE = 3000
_LOOKS_LIMIT = 4096


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
        self._before: list[int] | None = None  # hard page breaks before each paragraph

    def forget(self, doc: WordDocument, paragraphs: Iterable[int] | None = None) -> None:
        """Paragraphs (story indices, right after the edit) an edit touched; None: the whole
        document may have changed. The others keep their elements' counts (a change may move
        elements, so the totals are summed again, from the counts kept)."""
        self._before = self._totals = None
        if paragraphs is None:
            self._cache.clear()
            return
        story, cache = doc.story.paragraphs, self._cache
        for i in paragraphs:
            if i < len(story):
                cache.pop(id(story[i]), None)

    def totals(self, doc: WordDocument) -> tuple[int, int, int]:
        if self._totals is not None:
            return self._totals
        words = chars = breaks = 0
        old, new = self._cache, {}
        for p in doc.story.paragraphs:
            hit = old.get(id(p))
            if hit is None or hit[0] is not p:
                hit = _count(p)
            new[id(p)] = hit
            words += hit[1]
            chars += hit[2]
            breaks += hit[3]
        self._cache = new
        self._totals = words, chars, breaks
        return self._totals

    def breaks_before(self, doc: WordDocument, para: int) -> int:
        """Hard page breaks in the story paragraphs before `para`."""
        if self._before is None:
            self.totals(doc)
            before, n, cache = [], 0, self._cache
            for p in doc.story.paragraphs:
                before.append(n)
                hit = cache.get(id(p))
                n += (hit if hit is not None and hit[0] is p else _count(p))[3]
            self._before = before
        return self._before[para] if para < len(self._before) else 0


def _count(p) -> tuple:
    """(p, words, characters, hard page breaks) of one paragraph."""
    text = paragraph_text(p)
    pages = sum(1 for br in p.iter(W.br) if br.get(W.type) == "page")
    return (p, len(text.split()), len(text), pages)


class Facts:
    """The UIContext of one session's document, kept between steps.

    `revision` counts content edits; what is read from the document is cached for the current
    revision only (the paragraph style and character look at the selection), so a step that
    only moves the selection reads little, and a step that changes neither the document, the
    selection, pending formatting nor the undo stacks gets the same UIContext back."""

    def __init__(self):
        self.counts = StoryCounts()
        self.revision = 0
        self._key: tuple | None = None
        self._context: UIContext | None = None
        self._reads: dict = {}  # (what, id(element)) -> (element, value), this revision only
        # (styles version, paragraph style id, w:rPr markup) -> (font name, size): a run's look
        # follows from its direct formatting and its paragraph's style alone
        self._looks: dict = {}

    def edited(self, doc: WordDocument, change) -> None:
        """The document's content changed (a `Change` with parts)."""
        self.revision += 1
        self._reads = {}
        self.counts.forget(doc, change.paragraphs)

    def restored(self, doc: WordDocument, name: str, context: UIContext | None = None) -> None:
        """The document was restored (restored blocks are new elements, recounted lazily);
        `context`, when given, is what the window showed of it then."""
        self.revision += 1
        self._reads = {}
        self.counts.forget(doc, ())
        self._key = self._key_of(doc, name) if context is not None else None
        self._context = context

    def context(self, doc: WordDocument, name: str,
                view: Callable[[], DocumentView] | None = None) -> UIContext:
        """The UIContext for the document as it is now; `view` gives its DocumentView (for
        dialog defaults), built from the document when not given."""
        key = self._key_of(doc, name)
        if key != self._key or self._context is None:
            self._context = ui_context(doc, name, self.counts, view, self)
            self._key = key
        return self._context

    def look(self, doc: WordDocument, owner, p) -> tuple[str, float]:
        """(font name, size in points) the Font and Font Size boxes show for `owner`."""
        rpr = get_rpr(owner)
        styles = doc.styles
        key = (styles.version, styles.paragraph_style_id(p),
               None if rpr is None or not len(rpr) else etree.tostring(rpr))
        hit = self._looks.get(key)
        if hit is None:
            if len(self._looks) > _LOOKS_LIMIT:
                self._looks.clear()
            hit = self._looks[key] = _look(doc, owner, p)
        return hit

    def read(self, what: str, el, compute: Callable[[], object]):
        """`compute()` for element `el`, once per revision."""
        key = (what, id(el))
        hit = self._reads.get(key)
        if hit is None or hit[0] is not el:
            hit = self._reads[key] = (el, compute())
        return hit[1]

    def _key_of(self, doc: WordDocument, name: str) -> tuple:
        history = doc.history
        return (self.revision, doc.selection, doc.pending_rpr, bool(history.undo_stack),
                bool(history.redo_stack), name)


class LiveContext(UIContext):
    """A UIContext whose font, size and style boxes are read from the document when first
    asked for: drawing the window (its flags, title and status bar) does not need them, and
    most steps never show them. Otherwise a UIContext like any other (fields, equality)."""

    def __init__(self, deferred: Callable[[], tuple] | None = None,
                 style: Callable[[], str] | None = None, **values):
        for f in _EAGER:
            value = values[f.name] if f.name in values else (
                f.default if f.default is not MISSING else f.default_factory())
            object.__setattr__(self, f.name, value)  # a frozen dataclass: set as its own does
        if deferred is None:  # every field given (dataclasses.replace does so)
            given = tuple(values.get(f.name, f.default) for f in _LATE)

            def deferred() -> tuple:
                return given

        object.__setattr__(self, "_deferred", deferred)
        object.__setattr__(self, "_late", None)
        # the style alone, when it can be read without the font look (the Styles gallery's
        # buttons show it on the Home tab: reading it need not read the runs' formatting)
        object.__setattr__(self, "_style", style)

    def _read(self) -> tuple:
        if self._late is None:
            object.__setattr__(self, "_late", self._deferred())
        return self._late

    @property
    def font_name(self) -> str:
        return self._read()[0]

    @property
    def font_size(self) -> float | None:
        return self._read()[1]

    @property
    def style_name(self) -> str:
        if self._late is None and self._style is not None:
            return self._style()
        return self._read()[2]


_DEFERRED = ("font_name", "font_size", "style_name")  # in LiveContext's order
_LATE = tuple(f for name in _DEFERRED for f in fields(UIContext) if f.name == name)
_EAGER = tuple(f for f in fields(UIContext) if f.name not in _DEFERRED)


def settle(context: UIContext) -> UIContext:
    """`context` with everything it reads lazily read now (for a context kept past later
    edits, as a snapshot's)."""
    if isinstance(context, LiveContext):
        context._read()
    dict(context.pressed), dict(context.values)
    return context


def ui_context(doc: WordDocument, name: str, counts: StoryCounts,
               view: Callable[[], DocumentView] | None = None,
               facts: Facts | None = None) -> LiveContext:
    """The UIContext the window is drawn from, for the document as it is now (`facts` caches
    what it reads for the current revision). What only the font and style boxes, toggle
    buttons and dialogs show is read when first asked for (the session drops the context
    when the document or the selection changes)."""
    sel = doc.selection
    para = sel.focus.para
    p = doc.paragraph(para)
    read = facts.read if facts is not None else _read_now
    look = facts.look if facts is not None else _look
    offset = sel.start.offset if sel.start.para == para else 0
    pending = doc.pending_rpr if sel.collapsed else None
    owners: list = []

    def owner():
        if not owners:
            owners.append(_owner(p, offset, pending))
        return owners[0]

    def style() -> str:
        return read("style", p, lambda: _style(doc, p))

    def deferred() -> tuple:
        o = owner()
        font, size = read("look", o, lambda: look(doc, o, p))
        if not sel.collapsed:  # blank boxes when the selected text mixes fonts or sizes
            seen = {look(doc, r, rp) for r, rp in selected_runs(doc)}
            font = font if len({f for f, _ in seen}) < 2 else ""
            size = size if len({s for _, s in seen}) < 2 else None
        return font, size, style()

    def run_format() -> dict:
        merged = None if sel.collapsed else merged_format(doc, selected_runs(doc))
        return merged if merged is not None else effective_run_format(doc, owner(), p)

    words, chars, breaks = counts.totals(doc)
    pages = breaks + 1 + chars // CHARS_PER_PAGE
    view = view or (lambda: DocumentView.of(doc))
    return LiveContext(
        deferred,
        style if facts is not None else None,  # (without facts, each read would read again)
        doc_name=name,
        in_table=doc.story.cell_of(para) is not None,
        has_selection=not sel.collapsed,
        can_undo=bool(doc.history.undo_stack),
        can_redo=bool(doc.history.redo_stack),
        on_comment=read("comment", p, lambda: _on_comment(p)),
        pressed=Lazy(lambda: _pressed(doc, p, run_format())),  # mixed: not pressed
        page=min(pages, 1 + (breaks and counts.breaks_before(doc, para))),
        pages=pages,
        words=words,
        values=Lazy(lambda: {**_values(doc, para, view()),
                             **dialog_values(doc, p, owner(), view().paragraphs[para])}),
    )


def _read_now(what: str, el, compute: Callable[[], object]):
    return compute()


def _owner(p, offset: int, pending):
    """The element whose formatting the toggle buttons and font boxes show: a run carrying
    the pending formatting at a caret (Bold clicked at a caret shows pressed at once), the
    run at the selection's start, or the paragraph mark (no w:pPr stands for a plain one)."""
    if pending is not None:
        return _carrier(pending)
    run = _run_at(p, offset)
    return run if run is not None else next((c for c in p if c.tag == W.pPr), p)


def _look(doc: WordDocument, owner, p) -> tuple[str, float]:
    """(font name, size in points) the Font and Font Size boxes show for `owner`."""
    look = Lookup(doc)
    return font_name(look, owner, p) or "Calibri", size_pt(look, owner, p)


def _style(doc: WordDocument, p) -> str:
    """The style name the Styles gallery shows."""
    return doc.styles.ui_name(doc.styles.paragraph_style_id(p)) or "Normal"


def _on_comment(p) -> bool:
    return any(True for _ in p.iter(W.commentRangeStart, W.commentReference))


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


def _values(doc: WordDocument, para: int, v: DocumentView) -> dict:
    """Dialog defaults and ribbon box values (units as the window data declares them), read
    from `v`, the document's view."""
    rec = v.paragraphs[para]
    section = v.sections[_section_of(doc, para)]
    width, height = section.page_width_pt or 612.0, section.page_height_pt or 792.0
    size = min(
        page_setup_data()["page_sizes"].items(),
        key=lambda kv: abs(kv[1]["width"] / 20 - min(width, height))
        + abs(kv[1]["height"] / 20 - max(width, height)),
    )[0]
    named = page_setup_data()["page_sizes"][size]
    if max(abs(named["width"] / 20 - min(width, height)),
           abs(named["height"] / 20 - max(width, height))) > 1:
        size = "custom"  # no named size within a point: the Paper size box says Custom size
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
        "page_width": width / 72,
        "page_height": height / 72,
        "apply_to": "section" if len(v.sections) > 1 else "document",  # Word's default
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

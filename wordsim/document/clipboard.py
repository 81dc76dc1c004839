"""Copy, cut and paste with an in-memory clipboard per document that keeps formatting.

The clipboard holds one fragment per selected paragraph: copies of its selected runs and, when
the selection went past its paragraph mark, its paragraph properties (formatting lives in the
mark, as in Word). Paste Options: keep source formatting, merge formatting or keep text only.
Not modelled: table structure (cells are copied as plain paragraphs), bookmarks, comments,
footnote references and tracked changes inside the copied text, and the system clipboard shared
between documents."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from .char_rpr import set_prop
from .commands import CommandError, command
from .navigation import place
from .position import Position, Selection
from .runs import insert_text, merge_runs, new_run, run_text, split_at
from .styles import is_on
from .text_input import _typing_rpr, delete_selection, split_paragraph, text_width
from .xml import W, make, qn

# Inline content that can travel; bookmarks and comment ranges would duplicate their ids.
_COPYABLE = {W.r, W.hyperlink, W.fldSimple}
# Run children that point at one-of-a-kind things elsewhere in the package.
_UNIQUE_REFS = {W.commentReference, W.footnoteReference, W.endnoteReference}
_DOC_PR = qn("wp:docPr")
_KEEP = ("source", "merge", "text")  # Paste Options: Keep Source / Merge Formatting / Text Only
# Merge Formatting keeps these when they cover only part of what was copied (Word's "emphasis").
_EMPHASIS = ("b", "bCs", "i", "iCs", "u")


@dataclass
class Fragment:
    """One paragraph's share of the clipboard."""

    content: list  # detached copies of runs / hyperlinks
    ppr: object = None  # copy of the w:pPr when the paragraph mark was copied too

    @property
    def width(self) -> int:
        return sum(text_width(c) for c in self.content)


_CLIPBOARDS: WeakKeyDictionary = WeakKeyDictionary()


def clear(doc) -> None:
    """Empty the clipboard (a new episode must not paste what the last one copied)."""
    _CLIPBOARDS.pop(doc, None)


def clipboard(doc) -> list[Fragment]:
    """What `doc`'s clipboard holds (empty before the first copy)."""
    return _CLIPBOARDS.get(doc, [])


def _inside(pos: int, width: int, start: int, end: int, whole: bool) -> bool:
    if width:
        return start <= pos and pos + width <= end
    return whole or start < pos < end  # pictures and breaks at the edges stay behind


def _pick(parent, start: int, end: int, whole: bool, pos: int = 0) -> list:
    """Children of `parent` (already split at `start` and `end`) inside [start, end)."""
    out = []
    for c in parent:
        width = text_width(c)
        if c.tag == W.hyperlink:
            runs = _pick(c, start, end, whole, pos)
            if runs:
                link = c.makeelement(c.tag, c.attrib)
                link.extend(runs)
                out.append(link)
        elif c.tag in _COPYABLE and _inside(pos, width, start, end, whole):
            out.append(c)
        pos += width
    return out


def _clean(content: list) -> list:
    """Drop references that must stay unique, and field characters of fields cut in half."""
    kinds = [el.get(W.fldCharType) for c in content for el in c.iter(W.fldChar)]
    broken = kinds.count("begin") != kinds.count("end")
    drop = _UNIQUE_REFS | ({W.fldChar, W.instrText} if broken else set())
    for c in content:
        for el in [el for el in c.iter() if el.tag in drop]:
            el.getparent().remove(el)
    kept = []
    for c in content:
        for r in [r for r in c.iter(W.r) if r is not c and _empty(r)]:
            r.getparent().remove(r)
        if not (c.tag == W.r and _empty(c)):
            kept.append(c)
    return kept


def _empty(r) -> bool:
    return all(x.tag == W.rPr for x in r)


def _slice(p, start: int, end: int, length: int) -> list:
    """Detached copies of what paragraph `p` shows in [start, end)."""
    copy = deepcopy(p)  # copying must not split the document's own runs
    split_at(copy, end)
    split_at(copy, start)
    return _clean(_pick(copy, start, end, start == 0 and end == length))


def _copy(doc) -> list[Fragment]:
    if doc.selection.collapsed:
        raise CommandError("Nothing is selected: select the text to copy first.")
    spans = doc.selected_spans()
    fragments = []
    for k, (i, s, e) in enumerate(spans):
        p = doc.paragraph(i)
        ppr = p.find(W.pPr) if k < len(spans) - 1 else None
        if ppr is not None:
            ppr = deepcopy(ppr)
            for sect in ppr.findall(W.sectPr):  # a section break does not travel
                ppr.remove(sect)
        fragments.append(Fragment(_slice(p, s, e, len(doc.text(i))), ppr))
    _CLIPBOARDS[doc] = fragments
    return fragments


def _count(fragments: list[Fragment]) -> int:
    return sum(f.width for f in fragments) + len(fragments) - 1


@command("copy")
def copy(doc) -> str:
    """Ctrl+C: copy the selection with its formatting."""
    return f"Copied {_count(_copy(doc))} character(s)."


@command("cut")
def cut(doc) -> str:
    """Ctrl+X: copy the selection, then delete it."""
    n = _count(_copy(doc))
    place(doc, Selection.caret(*delete_selection(doc)))
    return f"Cut {n} character(s)."


def _insert(p, offset: int, content: list) -> None:
    """Put run-level `content` into paragraph `p` at `offset`."""
    marker = insert_text(p, offset, "")  # an empty run exactly where typed text would go
    inside_link = marker.getparent().tag == W.hyperlink
    for c in content:
        if inside_link and c.tag == W.hyperlink:  # hyperlinks do not nest
            for r in list(c):
                marker.addprevious(r)
        else:
            marker.addprevious(c)
    marker.getparent().remove(marker)
    merge_runs(p)


def _fresh_drawing_ids(doc, content: list) -> None:
    """Pasted pictures need drawing ids that no other picture in the document uses."""
    new = [el for c in content for el in c.iter(_DOC_PR)]
    if new:
        ids = (el.get("id", "") for el in doc.body.iter(_DOC_PR))
        first = max((int(i) for i in ids if i.isdigit()), default=0) + 1
        for k, el in enumerate(new, start=first):
            el.set("id", str(k))


def _emphasis_on(r, local: str) -> bool:
    rpr = r.find(W.rPr)
    el = None if rpr is None else rpr.find(getattr(W, local))
    return el is not None and (el.get(W.val, "single") != "none" if local == "u" else is_on(el))


def _merged(contents: list, rpr) -> None:
    """Merge Formatting: every copied run takes the destination's formatting `rpr`, keeping the
    emphasis (bold, italic, underline) that covered only part of the copied text."""
    runs = [r for content in contents for c in content for r in c.iter(W.r) if run_text(r)]
    partial = [local for local in _EMPHASIS
               if len({_emphasis_on(r, local) for r in runs}) > 1]  # fmt: skip
    for r in runs:
        old = r.find(W.rPr)
        new = make("w:rPr") if rpr is None else deepcopy(rpr)
        for local in partial:
            el = None if old is None else old.find(getattr(W, local))
            if el is not None:
                set_prop(new, local).attrib.update(el.attrib)
        if old is not None:
            r.remove(old)
        if len(new):
            r.insert(0, new)


def _plain(content: list, rpr) -> list:
    """Keep Text Only: the copied text as one run in the destination's formatting `rpr`."""
    text = "".join(run_text(r) for c in content if c.tag != W.fldSimple for r in c.iter(W.r))
    return [new_run(text, rpr)] if text else []


@command("paste")
def paste(doc, keep: str = "source") -> str:
    """Ctrl+V and the Paste Options: replace the selection with the clipboard's content.
    `keep="source"` (Keep Source Formatting) brings its formatting and, for whole paragraphs,
    their paragraph formatting; "merge" (Merge Formatting) gives it the destination's character
    and paragraph formatting but keeps bold, italic and underline that covered only part of it;
    "text" (Keep Text Only) pastes its plain text (no pictures) formatted like typed text."""
    if keep not in _KEEP:
        raise CommandError(f"Paste option must be one of {', '.join(_KEEP)}, not {keep!r}.")
    fragments = clipboard(doc)
    if not fragments:
        raise CommandError("The clipboard is empty: copy or cut something first.")
    rpr = None if keep == "source" else _typing_rpr(doc, doc.selection)
    caret = delete_selection(doc)
    doc.touch(caret.para)
    contents = [[deepcopy(c) for c in f.content] for f in fragments]
    if keep == "merge":
        _merged(contents, rpr)
    elif keep == "text":
        contents = [_plain(content, rpr) for content in contents]
    p = doc.paragraph(caret.para)
    widths = [sum(text_width(c) for c in content) for content in contents]
    if len(fragments) == 1:
        _insert(p, caret.offset, contents[0])
        end = Position(caret.para, caret.offset + widths[0])
    else:
        q = split_paragraph(p, caret.offset)
        _insert(p, caret.offset, contents[0])
        if keep == "source":
            _set_ppr(p, fragments[0].ppr)
        own = p.find(W.pPr)  # merged and plain paragraphs are formatted like the destination's
        prev = p
        for f, content in zip(fragments[1:-1], contents[1:-1], strict=True):
            para = make("w:p")
            ppr = f.ppr if keep == "source" else own
            if ppr is not None:
                para.append(deepcopy(ppr))
            para.extend(content)
            prev.addnext(para)
            prev = para
        _insert(q, 0, contents[-1])
        doc.sync()
        end = Position(caret.para + len(fragments) - 1, widths[-1])
    _fresh_drawing_ids(doc, [c for content in contents for c in content])
    place(doc, Selection(end, end))
    return f"Pasted {sum(widths) + len(fragments) - 1} character(s)."


def _set_ppr(p, ppr) -> None:
    """The paragraph takes the formatting of the pasted paragraph mark."""
    old = p.find(W.pPr)
    if old is not None:
        p.remove(old)
    if ppr is not None:
        p.insert(0, deepcopy(ppr))

"""Copy, cut and paste with an in-memory clipboard per document that keeps formatting.

The clipboard holds one fragment per selected paragraph: copies of its selected runs and, when
the selection went past its paragraph mark, its paragraph properties (formatting lives in the
mark, as in Word). Not modelled: table structure (cells are copied as plain paragraphs),
bookmarks, comments, footnote references and tracked changes inside the copied text, paste
options (merge/keep text only) and the system clipboard shared between documents."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from .commands import CommandError, command
from .navigation import place
from .position import Position, Selection
from .runs import insert_text, merge_runs, split_at
from .text_input import delete_selection, split_paragraph, text_width
from .xml import W, make, qn

# Inline content that can travel; bookmarks and comment ranges would duplicate their ids.
_COPYABLE = {W.r, W.hyperlink, W.fldSimple}
# Run children that point at one-of-a-kind things elsewhere in the package.
_UNIQUE_REFS = {W.commentReference, W.footnoteReference, W.endnoteReference}
_DOC_PR = qn("wp:docPr")


@dataclass
class Fragment:
    """One paragraph's share of the clipboard."""

    content: list  # detached copies of runs / hyperlinks
    ppr: object = None  # copy of the w:pPr when the paragraph mark was copied too

    @property
    def width(self) -> int:
        return sum(text_width(c) for c in self.content)


_CLIPBOARDS: WeakKeyDictionary = WeakKeyDictionary()


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


@command("paste")
def paste(doc) -> str:
    """Ctrl+V: replace the selection with the clipboard's content and formatting."""
    fragments = clipboard(doc)
    if not fragments:
        raise CommandError("The clipboard is empty: copy or cut something first.")
    caret = delete_selection(doc)
    doc.touch(caret.para)
    contents = [[deepcopy(c) for c in f.content] for f in fragments]
    p = doc.paragraph(caret.para)
    if len(fragments) == 1:
        _insert(p, caret.offset, contents[0])
        end = Position(caret.para, caret.offset + fragments[0].width)
    else:
        q = split_paragraph(p, caret.offset)
        _insert(p, caret.offset, contents[0])
        _set_ppr(p, fragments[0].ppr)
        prev = p
        for f, content in zip(fragments[1:-1], contents[1:-1], strict=True):
            para = make("w:p")
            if f.ppr is not None:
                para.append(deepcopy(f.ppr))
            para.extend(content)
            prev.addnext(para)
            prev = para
        _insert(q, 0, contents[-1])
        doc.sync()
        end = Position(caret.para + len(fragments) - 1, fragments[-1].width)
    _fresh_drawing_ids(doc, [c for content in contents for c in content])
    place(doc, Selection(end, end))
    return f"Pasted {_count(fragments)} character(s)."


def _set_ppr(p, ppr) -> None:
    """The paragraph takes the formatting of the pasted paragraph mark."""
    old = p.find(W.pPr)
    if old is not None:
        p.remove(old)
    if ppr is not None:
        p.insert(0, deepcopy(ppr))

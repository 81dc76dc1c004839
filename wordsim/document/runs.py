"""Characters inside a paragraph: run text, splitting runs at offsets, inserting, deleting, merging.

A paragraph's text is exactly what python-docx's `Paragraph.text` reads: runs that are children
of `w:p` or of a `w:hyperlink`, where `w:tab`/`w:ptab` count as "\\t", a line break or `w:cr`
as "\\n" and `w:noBreakHyphen` as "-". Everything else in a run (field characters, drawings,
page breaks, comment references) is zero characters wide."""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

from .xml import W, new

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_RSID = W.rsidR[: -len("rsidR")] + "rsid"
_TEXT_LIKE = {W.t, W.tab, W.br, W.cr, W.noBreakHyphen, W.ptab}
# Deleting text around a field or a comment must not leave half of its markup behind.
_STRUCTURAL = {W.fldChar, W.instrText, W.commentReference}


_T, _RPR, _R, _HYPERLINK = W.t, W.rPr, W.r, W.hyperlink


def child_text(el) -> str:
    tag = el.tag
    if tag == _T:
        return el.text or ""
    if tag == W.tab or tag == W.ptab:
        return "\t"
    if tag == W.br:
        return "\n" if el.get(W.type) in (None, "textWrapping") else ""
    if tag == W.cr:
        return "\n"
    if tag == W.noBreakHyphen:
        return "-"
    return ""


def run_text(r) -> str:
    parts = []
    for c in r:
        tag = c.tag
        if tag == _T:  # the common case first: this runs for every run of every edit
            parts.append(c.text or "")
        elif tag != _RPR:
            parts.append(child_text(c))
    return "".join(parts)


def text_runs(p) -> list:
    """Runs that carry the paragraph's text, in order."""
    out = []
    for c in p:
        tag = c.tag
        if tag == _R:
            out.append(c)
        elif tag == _HYPERLINK:
            out.extend(cc for cc in c if cc.tag == _R)
    return out


def paragraph_text(p) -> str:
    return "".join([run_text(r) for r in text_runs(p)])


def run_spans(p) -> list[tuple]:
    """(run, start, end) for every text run of `p`."""
    spans, pos = [], 0
    for r in text_runs(p):
        n = len(run_text(r))
        spans.append((r, pos, pos + n))
        pos += n
    return spans


def text_elements(text: str) -> list:
    """Run content for `text`: `w:t` chunks, `w:tab` for tabs, `w:br` for line breaks."""
    out, chunk = [], []

    def flush():
        if chunk:
            t = new(_T)
            t.text = "".join(chunk)
            if t.text != t.text.strip() or "  " in t.text:
                t.set(_XML_SPACE, "preserve")
            out.append(t)
            chunk.clear()

    for ch in text:
        if ch == "\t":
            flush()
            out.append(new(W.tab))
        elif ch in "\n\v":
            flush()
            out.append(new(W.br))
        else:
            chunk.append(ch)
    flush()
    return out


def new_run(text: str, rpr=None):
    """A `w:r` holding `text`, with a copy of `rpr` (a `w:rPr` element) when given."""
    r = new(_R)
    if rpr is not None and len(rpr):
        r.append(deepcopy(rpr))
    r.extend(text_elements(text))
    return r


def _set_t(t, text: str) -> None:
    t.text = text
    if text != text.strip() or "  " in text:
        t.set(_XML_SPACE, "preserve")
    elif _XML_SPACE in t.attrib:
        del t.attrib[_XML_SPACE]


def split_run(r, offset: int):
    """Split run `r` so its first `offset` characters stay in `r`; return the new right run
    (inserted after `r`), or None if `offset` is at either end."""
    pos = 0
    content = [c for c in r if c.tag != W.rPr]
    total = sum(len(child_text(c)) for c in content)
    if offset <= 0 or offset >= total:
        return None
    right = new(_R)
    rpr = r.find(_RPR)
    if rpr is not None:
        right.append(deepcopy(rpr))
    for attr, value in r.attrib.items():
        right.set(attr, value)
    for c in content:
        n = len(child_text(c))
        if pos >= offset:
            right.append(c)  # moves it
        elif pos + n > offset:  # only a w:t can straddle the split
            k = offset - pos
            text = c.text or ""
            tail = new(_T)
            _set_t(tail, text[k:])
            _set_t(c, text[:k])
            right.append(tail)
        pos += n
    r.addnext(right)
    return right


def split_at(p, offset: int) -> None:
    """Make `offset` a run boundary of paragraph `p`."""
    for r, start, end in run_spans(p):
        if start < offset < end:
            split_run(r, offset - start)
            return


def isolate(p, start: int, end: int) -> list:
    """Split runs so characters [start, end) are covered by whole runs; return those runs."""
    out = []
    if end <= start:
        return out
    for r, s, e in run_spans(p):
        if e == s:  # zero-width (a picture, a page break): inside only if strictly inside
            if start < s < end:
                out.append(r)
            continue
        if e <= start or s >= end:
            continue
        if e > end:
            split_run(r, end - s)  # r keeps [s, end)
        if s < start:
            r = split_run(r, start - s)  # the part from `start` on
        out.append(r)
    return out


def same_rpr(a, b) -> bool:
    """Whether two runs are formatted alike (their `w:rPr` are equal), cheaply."""
    x, y = a.find(_RPR), b.find(_RPR)
    if x is None or not len(x):
        return y is None or not len(y)
    if y is None or len(x) != len(y):
        return False
    for cx, cy in zip(x, y, strict=True):
        if len(cx) or len(cy):  # nested content (revision records): compare the markup
            return etree.tostring(x) == etree.tostring(y)
        if cx.tag != cy.tag or dict(cx.attrib) != dict(cy.attrib):
            return False
    return True


def _plain(r) -> bool:
    """Only text: a run holding a page or column break stays a run of its own."""
    for c in r:
        tag = c.tag
        if tag == _RPR:
            continue
        if tag not in _TEXT_LIKE or (tag == W.br and c.get(W.type) in ("page", "column")):
            return False
    return True


def _mergeable_attrs(r) -> bool:
    # Word stamps runs with revision-session ids (w:rsidR ...); they don't affect formatting.
    return all(k.startswith(_RSID) for k in r.attrib)


def merge_runs(p) -> None:
    """Merge neighbouring runs with equal formatting, so edits don't fragment the paragraph."""
    for parent in [p, *p.iterchildren(_HYPERLINK)]:
        prev = None
        for r in list(parent):
            if r.tag != _R or not _plain(r) or not _mergeable_attrs(r):
                prev = None
                continue
            if prev is not None and same_rpr(prev, r):
                last = prev[-1] if len(prev) else None
                for c in list(r):
                    if c.tag == _RPR:
                        continue
                    if c.tag == _T and last is not None and last.tag == _T:
                        _set_t(last, (last.text or "") + (c.text or ""))
                    else:
                        prev.append(c)
                        last = c
                parent.remove(r)
            else:
                prev = r
                rpr = r.find(_RPR)
                if rpr is not None and not len(rpr) and not rpr.attrib:
                    r.remove(rpr)


def rpr_at(p, offset: int):
    """The `w:rPr` of the character before `offset` (or after it at the paragraph start),
    which is what Word gives newly typed text; None when plain."""
    chosen = None
    for r, start, end in run_spans(p):
        if end > start and (start < offset <= end or (offset == 0 and start == 0)):
            chosen = r
            break
    if chosen is None:
        runs = text_runs(p)
        if runs and offset == 0:
            chosen = runs[0]
        elif runs:
            chosen = runs[-1]
    return None if chosen is None else chosen.find(W.rPr)


def insert_text(p, offset: int, text: str, rpr=None):
    """Insert `text` at `offset` as one run with formatting `rpr`; return the new run."""
    run = new_run(text, rpr)
    spans = run_spans(p)
    anchor = None
    for r, start, end in spans:
        if start < offset < end:
            split_run(r, offset - start)
            anchor = r
            break
        if end == offset and end > start:
            anchor = r
        elif start >= offset and anchor is None:
            r.addprevious(run)
            return run
    if anchor is not None:
        anchor.addnext(run)
    elif spans:
        spans[-1][0].addnext(run)
    else:
        ppr = p.find(W.pPr)
        if ppr is not None:
            ppr.addnext(run)
        else:
            p.insert(0, run)
    return run


def delete_text(p, start: int, end: int) -> None:
    """Remove characters [start, end) of `p` (pictures and page breaks inside go too)."""
    for r in isolate(p, start, end):
        parent = r.getparent()
        for c in list(r):
            if c.tag in _STRUCTURAL:
                r.addprevious(_carrier(r, c))
        parent.remove(r)
        if parent.tag == W.hyperlink and not len(parent):
            parent.getparent().remove(parent)


def _carrier(r, c):
    """A run that keeps a field character or comment reference of a deleted run."""
    carrier = new(_R)
    rpr = r.find(W.rPr)
    if rpr is not None:
        carrier.append(deepcopy(rpr))
    carrier.append(c)
    return carrier


def move_content(src, dst) -> None:
    """Append every run-level child of paragraph `src` (not its pPr) to paragraph `dst`."""
    for c in list(src):
        if c.tag != W.pPr:
            dst.append(c)

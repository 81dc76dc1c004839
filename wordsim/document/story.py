"""The main story: every body paragraph in reading order (table cells included), and where it lives."""

from __future__ import annotations

from bisect import bisect_left

from .xml import W

_CONTAINERS = {W.tbl, W.tr, W.tc, W.sdt, W.sdtContent, W.customXml}


def block_paragraphs(block):
    """Paragraphs of one top-level body block, in order (nested tables and content controls too)."""
    tag = block.tag
    if tag == W.p:
        yield block
    elif tag in _CONTAINERS:
        for c in block:
            if c.tag == W.p or c.tag in _CONTAINERS:
                yield from block_paragraphs(c)


class Story:
    """Index from paragraph number to `w:p` element and to the top-level block holding it.

    Edits splice the index for the blocks they touched, so a step costs what it changed."""

    def __init__(self, body):
        self.body = body
        self.refresh()

    def refresh(self) -> None:
        self.paragraphs: list = []
        self.top: list[int] = []
        for b, block in enumerate(self.body):
            for p in block_paragraphs(block):
                self.paragraphs.append(p)
                self.top.append(b)
        self._index: dict | None = None

    def __len__(self) -> int:
        return len(self.paragraphs)

    def index(self, p) -> int:
        """Story index of paragraph element `p` (raises ValueError if it is not in the story)."""
        if self._index is None:
            self._index = {id(el): i for i, el in enumerate(self.paragraphs)}
        try:
            i = self._index[id(p)]
        except KeyError:
            raise ValueError("paragraph is not in the main story") from None
        if self.paragraphs[i] is not p:
            raise ValueError("paragraph is not in the main story")
        return i

    def span_of_blocks(self, start: int, stop: int) -> tuple[int, int]:
        """Story indices [first, last) of the paragraphs inside blocks [start, stop)."""
        return bisect_left(self.top, start), bisect_left(self.top, stop)

    def splice(self, start: int, old_count: int, new_count: int) -> tuple[int, int]:
        """Re-index after blocks [start, start+old_count) became [start, start+new_count).

        Returns the story span of the new blocks' paragraphs."""
        first, last = self.span_of_blocks(start, start + old_count)
        paras, tops = [], []
        for b in range(start, start + new_count):
            for p in block_paragraphs(self.body[b]):
                paras.append(p)
                tops.append(b)
        delta = new_count - old_count
        if delta:
            tail = [t + delta for t in self.top[last:]]
            self.top[first:] = tops + tail
        else:
            self.top[first:last] = tops
        self.paragraphs[first:last] = paras
        self._index = None
        return first, first + len(paras)

    def cell_of(self, i: int):
        """The innermost `w:tc` holding paragraph i, or None for a top-level paragraph."""
        parent = self.paragraphs[i].getparent()
        while parent is not None and parent.tag != W.tc and parent is not self.body:
            parent = parent.getparent()
        return parent if parent is not None and parent.tag == W.tc else None

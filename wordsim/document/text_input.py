"""Typing and deleting at the caret: text, Enter, Backspace, Delete and Tab, with Word's rules.

Not modelled: AutoCorrect/AutoFormat (smart quotes, "1. " starting a list, Enter or Backspace
on an empty list item ending the list), Tab/Shift+Tab changing list levels, overtype mode,
and deleting a whole table by selecting it together with text around it (a selection that
reaches into a table only clears text inside its cells)."""

from __future__ import annotations

from copy import deepcopy

from .commands import COMMANDS, CommandError, command
from .navigation import next_word, place, prev_word
from .position import Position, Selection
from .runs import (
    delete_text,
    insert_text,
    merge_runs,
    move_content,
    paragraph_text,
    rpr_at,
    run_text,
    split_at,
    text_runs,
)
from .xml import W, make

# Markers that close a range: at a split point they stay with the text before it.
_RANGE_ENDS = {W.bookmarkEnd, W.commentRangeEnd, W.permEnd, W.moveFromRangeEnd, W.moveToRangeEnd}
# Track-change wrappers a paragraph mark's w:rPr may hold but a run's w:rPr may not.
_MARK_ONLY = {W.ins, W.delete, W.moveFrom, W.moveTo}
_RPR_AFTER = ("w:sectPr", "w:pPrChange")  # what follows w:rPr inside w:pPr


# --------------------------------------------------------------------- paragraph surgery
def text_width(el) -> int:
    """Characters a paragraph child (a run or a hyperlink) adds to the paragraph text."""
    if el.tag == W.r:
        return len(run_text(el))
    if el.tag == W.hyperlink:
        return sum(len(run_text(r)) for r in el.iterchildren(W.r))
    return 0


def _tail_children(p, offset: int) -> list:
    """The children of `p` holding its text from `offset` on (hyperlinks cut in two); none when
    `offset` is the paragraph end, so trailing pictures and breaks stay before the caret."""
    if offset >= len(paragraph_text(p)):
        return []
    split_at(p, offset)
    kids = [c for c in p if c.tag != W.pPr]
    pos = 0
    for k, c in enumerate(kids):
        width = text_width(c)
        if pos >= offset and c.tag not in _RANGE_ENDS:
            return kids[k:]
        if c.tag == W.hyperlink and pos < offset < pos + width:
            right = make("w:hyperlink")
            for key, value in c.attrib.items():
                right.set(key, value)
            at = pos
            for r in list(c):
                if at >= offset:
                    right.append(r)  # moves it
                at += text_width(r)
            c.addnext(right)
            return [right, *kids[k + 1 :]]
        pos += width
    return []


def split_paragraph(p, offset: int):
    """Split `p` at `offset` (Enter); return the new paragraph holding the text after it.

    Both halves get the paragraph properties; a section break stays with the second half,
    which in Word keeps the original paragraph mark."""
    tail = _tail_children(p, offset)
    q = make("w:p")
    ppr = p.find(W.pPr)
    if ppr is not None:
        q.append(deepcopy(ppr))
        sect = ppr.find(W.sectPr)
        if sect is not None:
            ppr.remove(sect)
    q.extend(tail)
    p.addnext(q)
    return q


def _mark_rpr(p):
    """The paragraph mark's formatting as a run `w:rPr` (what Word types into an empty
    paragraph), or None."""
    ppr = p.find(W.pPr)
    mark = ppr.find(W.rPr) if ppr is not None else None
    if mark is None or not len(mark):
        return None
    rpr = make("w:rPr")
    rpr.extend(deepcopy(c) for c in mark if c.tag not in _MARK_ONLY)
    return rpr if len(rpr) else None


def _set_mark_rpr(q, rpr) -> None:
    """Give paragraph `q`'s mark the run formatting `rpr` (None: plain)."""
    ppr = q.find(W.pPr)
    old = ppr.find(W.rPr) if ppr is not None else None
    if old is not None:
        ppr.remove(old)
    if rpr is not None and len(rpr):
        ppr = q.get_or_add_pPr()
        mark = make("w:rPr")
        mark.extend(deepcopy(c) for c in rpr if c.tag != W.rPrChange)
        ppr.insert_element_before(mark, *_RPR_AFTER)


def merge_paragraphs(first, second):
    """Join `second` onto the end of `first` (deleting the paragraph mark between them).

    The merged paragraph keeps `first`'s properties unless `first` has no text, in which
    case it keeps `second`'s. Returns the surviving element."""
    if paragraph_text(first):
        move_content(second, first)
        second.getparent().remove(second)
        merge_runs(first)
        return first
    content = [c for c in first if c.tag != W.pPr]
    ppr = second.find(W.pPr)
    at = 0 if ppr is None else 1
    second[at:at] = content
    first.getparent().remove(first)
    merge_runs(second)
    return second


def _is_page_break_only(p) -> bool:
    """Whether `p` holds nothing but a page break (what "[page break]" paragraphs are)."""
    if paragraph_text(p):
        return False
    kinds = [c for c in p if c.tag != W.pPr]
    breaks = [b for r in kinds if r.tag == W.r for b in r.iterchildren(W.br)]
    return (
        bool(breaks)
        and all(b.get(W.type) == "page" for b in breaks)
        and all(
            c.tag == W.r and all(x.tag in (W.rPr, W.br, W.lastRenderedPageBreak) for x in c)
            for c in kinds
        )
    )


def delete_range(doc, start: Position, end: Position) -> Position:
    """Delete the text between `start` and `end` (already touched); return the caret.

    Paragraphs in one container (the body, or one table cell) are joined; everything between
    them goes, whole tables included. A range that reaches into or out of a table only clears
    text: a cell paragraph never merges with one outside its cell."""
    a, b = start.para, end.para
    pa = doc.paragraph(a)
    if a == b:
        delete_text(pa, start.offset, end.offset)
        merge_runs(pa)
        return start
    pb = doc.paragraph(b)
    if pa.getparent() is pb.getparent():
        delete_text(pa, start.offset, len(doc.text(a)))
        delete_text(pb, 0, end.offset)
        for sibling in list(pa.itersiblings()):
            if sibling is pb:
                break
            sibling.getparent().remove(sibling)
        merge_paragraphs(pa, pb)
    else:
        top = doc.story.top
        ends = (top[a], top[b])
        for i in range(a, b + 1):
            if top[i] in ends:
                p = doc.paragraph(i)
                last = end.offset if i == b else len(doc.text(i))
                delete_text(p, start.offset if i == a else 0, last)
                merge_runs(p)
        del doc.body[top[a] + 1 : top[b]]
    doc.sync()
    return start


def delete_selection(doc) -> Position:
    """Touch and delete a non-collapsed selection; return the caret (its start)."""
    sel = doc.selection
    if sel.collapsed:
        return sel.start
    doc.touch(sel.start.para, sel.end.para)
    return delete_range(doc, sel.start, sel.end)


# --------------------------------------------------------------------- typing
def _typing_rpr(doc, sel: Selection):
    """The formatting Word gives typed text: the pending one chosen at the caret, else the first
    selected character's, else the character before the caret's, else the paragraph mark's."""
    if doc.pending_rpr is not None:
        return doc.pending_rpr
    para, offset = sel.start
    p = doc.paragraph(para)
    if not sel.collapsed and offset < len(doc.text(para)):
        offset += 1
    rpr = rpr_at(p, offset) if text_runs(p) else _mark_rpr(p)
    return None if rpr is None else deepcopy(rpr)


def enter_at(doc, pos: Position) -> Position:
    """Press Enter at `pos` (its paragraph already touched): split the paragraph there, with
    Word's style-for-following-paragraph rule; return the start of the new paragraph."""
    p = doc.paragraph(pos.para)
    text = doc.text(pos.para)
    at_end = pos.offset >= len(text)
    caret_rpr = rpr_at(p, pos.offset) if at_end and text else None
    q = split_paragraph(p, pos.offset)
    if at_end:
        _follow_style(doc, p, q)
        if text:  # the new paragraph mark takes the formatting at the caret
            _set_mark_rpr(q, caret_rpr)
    merge_runs(p)
    doc.sync()
    return Position(pos.para + 1, 0)




def _follow_style(doc, p, q) -> None:
    """Give `q` (new after `p`) the "style for following paragraph" of `p`'s style, if it
    differs. Word drops the direct paragraph formatting (numbering, alignment ...) then."""
    styles = doc.styles
    current = styles.paragraph_style_id(p)
    following = styles.next_style_id(current)
    if following == current:
        return
    old = q.find(W.pPr)
    sect = old.find(W.sectPr) if old is not None else None
    if old is not None:
        q.remove(old)
    if following != styles.default_id("paragraph") or sect is not None:
        ppr = q.get_or_add_pPr()
        if following != styles.default_id("paragraph"):
            ppr.style = following
        if sect is not None:
            ppr._insert_sectPr(sect)


def insert_typed(doc, pos: Position, text: str, rpr) -> Position:
    """Type `text` at `pos` (its paragraph already touched) with formatting `rpr`; "\\n" is
    Enter. Return the caret after it."""
    for k, line in enumerate(text.split("\n")):
        if k:
            pos = enter_at(doc, pos)
        if line:
            p = doc.paragraph(pos.para)
            insert_text(p, pos.offset, line, rpr)
            merge_runs(p)
            pos = Position(pos.para, pos.offset + len(line))
    return pos


@command("type_text")
def type_text(doc, text: str) -> str:
    """Type `text`, replacing the selection; "\\n" presses Enter and "\\t" types a tab."""
    if not isinstance(text, str) or not text:
        raise CommandError("There is no text to type.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sel = doc.selection
    rpr = _typing_rpr(doc, sel)
    caret = delete_selection(doc)
    doc.touch(caret.para)
    caret = insert_typed(doc, caret, text, rpr)
    doc.pending_rpr = None
    doc.selection = Selection(caret, caret)
    return f"Typed {len(text)} character(s)."


@command("enter")
def enter(doc) -> str:
    """Enter: split the paragraph at the caret (after deleting any selection)."""
    caret = delete_selection(doc)
    doc.touch(caret.para)
    caret = enter_at(doc, caret)
    doc.selection = Selection(caret, caret)  # formatting pending at the caret carries over
    return "Inserted a paragraph break."


@command("tab")
def tab(doc) -> str:
    """Tab: in a table cell move to the next cell (when tables provide "next_cell"), else type
    a tab character."""
    if doc.story.cell_of(doc.selection.focus.para) is not None and "next_cell" in COMMANDS:
        return doc.execute("next_cell").message or "Moved to the next cell."
    return type_text(doc, "\t")


# --------------------------------------------------------------------- deleting
def _join(doc, first: int) -> bool:
    """Delete the paragraph mark between paragraphs `first` and `first + 1`, unless they are in
    different containers (a cell and its neighbour); True when it did."""
    p, q = doc.paragraph(first), doc.paragraph(first + 1)
    if p.getparent() is not q.getparent():
        return False
    doc.touch(first, first + 1)
    merge_paragraphs(p, q)
    doc.sync()
    return True


def _delete_chars(doc, start: Position, end: Position) -> str:
    doc.touch(start.para)
    delete_range(doc, start, end)
    place(doc, Selection(start, start))
    return f"Deleted {end.offset - start.offset} character(s)."


@command("backspace")
def backspace(doc, word: bool = False) -> str:
    """Backspace (Ctrl+Backspace with `word`: back to the start of the word)."""
    sel = doc.selection
    if not sel.collapsed:
        place(doc, Selection.caret(*delete_selection(doc)))
        return "Deleted the selection."
    para, offset = sel.focus
    if offset > 0:
        start = prev_word(doc, sel.focus) if word else Position(para, offset - 1)
        return _delete_chars(doc, start, sel.focus)
    if para == 0:
        return "Nothing to delete: the caret is at the start of the document."
    before = doc.paragraph(para - 1)
    if _is_page_break_only(before) and before.getparent() is doc.paragraph(para).getparent():
        doc.touch(para - 1)
        before.getparent().remove(before)
        doc.sync()
        place(doc, Selection.caret(para - 1, 0))
        return "Deleted the page break."
    caret = Position(para - 1, len(doc.text(para - 1)))
    if not _join(doc, para - 1):
        return "Nothing deleted: the paragraph before is in another table cell."
    place(doc, Selection(caret, caret))
    return "Joined the paragraph with the previous one."


@command("delete")
def delete(doc, word: bool = False) -> str:
    """Delete (Ctrl+Delete with `word`: up to the start of the next word)."""
    sel = doc.selection
    if not sel.collapsed:
        place(doc, Selection.caret(*delete_selection(doc)))
        return "Deleted the selection."
    para, offset = sel.focus
    if offset < len(doc.text(para)):
        end = next_word(doc, sel.focus) if word else Position(para, offset + 1)
        return _delete_chars(doc, sel.focus, end)
    if para + 1 >= len(doc):
        return "Nothing to delete: the caret is at the end of the document."
    if not _join(doc, para):
        return "Nothing deleted: the next paragraph is in another table cell."
    place(doc, sel)
    return "Joined the paragraph with the next one."

"""Insert tab objects placed in the text: pictures, hyperlinks and comments, Word's way."""

from __future__ import annotations

import io
import re

from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches
from docx.text.run import Run

from .commands import CommandError, command
from .find import replace_text
from .position import Position, Selection
from .runs import delete_text, insert_text, isolate, merge_runs, paragraph_text, rpr_at, run_text
from .xml import W, make, qn

R_ID = qn("r:id")
_MAX_INCHES = 22.0  # Word's largest picture side
_TWIPS_TO_EMU = 635
_CELL_MARGINS_TWIPS = 216  # Word's default left + right cell margins
_SCHEMES = ("http://", "https://", "mailto:", "file:")
_WORD = re.compile(r"[\w']")

# Word's definitions of the styles these objects use, added to styles.xml when missing.
_STYLES = {
    "Hyperlink": '<w:style {ns} w:type="character" w:styleId="Hyperlink">'
    '<w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr>'
    "</w:style>",
    "CommentReference": '<w:style {ns} w:type="character" w:styleId="CommentReference">'
    '<w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
    "CommentText": '<w:style {ns} w:type="paragraph" w:styleId="CommentText">'
    '<w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
}


# ------------------------------------------------------------------ shared helpers
def ensure_style(doc, style_id: str) -> str:
    """The id of built-in style `style_id` (looked up by id or name), added when missing."""
    found = doc.styles.style_id(style_id)
    if found is not None:
        return found
    doc.touch_part(doc.styles.part)
    style = parse_xml(_STYLES[style_id].format(ns=nsdecls("w")))
    based = style.find(W.basedOn)
    if doc.styles.element(based.get(W.val)) is None:  # don't point at a missing base
        style.remove(based)
    doc.styles.part._element.append(style)
    doc.styles.invalidate()
    return style_id


def _single_paragraph(doc, what: str) -> tuple[int, int, int]:
    sel = doc.selection
    if sel.start.para != sel.end.para:
        raise CommandError(f"Select text within one paragraph to {what}.")
    return sel.start.para, sel.start.offset, sel.end.offset


# ------------------------------------------------------------------ pictures
def _twips(value, default: int) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):  # absent, or a measure with units
        return default


def _section_width_twips(doc, i: int) -> int:
    """Text width of the section holding story paragraph i (page width less the margins)."""
    body = doc.body
    sect = None
    for b in range(doc.story.top[i], len(body)):
        block = body[b]
        ppr = block.find(W.pPr) if block.tag == W.p else None
        sect = ppr.find(W.sectPr) if ppr is not None else None
        if sect is not None:
            break
    sect = sect if sect is not None else body.find(W.sectPr)
    size = sect.find(W.pgSz) if sect is not None else None
    mar = sect.find(W.pgMar) if sect is not None else None
    width = _twips(size.get(W.w), 12240) if size is not None else 12240
    if mar is None:
        return width - 2880
    return width - sum(_twips(mar.get(a), 0) for a in (W.left, W.right, W.gutter))


def _available_width(doc, i: int) -> int:
    """EMU a picture may take in story paragraph i: the cell width or the text column."""
    width = _section_width_twips(doc, i)
    cell = doc.story.cell_of(i)
    tcw = cell.find(f"{W.tcPr}/{W.tcW}") if cell is not None else None
    if tcw is not None and tcw.get(W.type) == "dxa":
        width = min(width, _twips(tcw.get(W.w), width) - _CELL_MARGINS_TWIPS)
    return max(width, 1) * _TWIPS_TO_EMU


def _length(value, name: str):
    if value is None:
        return None
    if not isinstance(value, (int, float)) or not 0 < value <= _MAX_INCHES:
        raise CommandError(f"The picture {name} must be between 0 and {_MAX_INCHES:g} inches.")
    return Inches(value)


def _picture_size(doc, i: int, image: Image, width, height) -> tuple[int, int]:
    """(cx, cy) in EMU: as asked, else the native size shrunk to fit the column like Word."""
    cx, cy = image.scaled_dimensions(_length(width, "width"), _length(height, "height"))
    if width is None and height is None:
        room = _available_width(doc, i)
        if cx > room:
            cx, cy = room, round(cy * room / cx)
    return int(cx), max(int(cy), 1)


def read_image(data) -> tuple[bytes, Image]:
    """(bytes, python-docx Image) of picture data; CommandError saying why it is no picture
    (every backend checks a picture this way before inserting it)."""
    if not isinstance(data, (bytes, bytearray, memoryview)) or not len(data):
        raise CommandError("The picture could not be inserted: no image data.")
    data = bytes(data)
    try:
        image = Image.from_blob(data)
        if image.px_width <= 0 or image.px_height <= 0:
            raise ValueError("the image has no pixels")
    except Exception as exc:  # python-docx raises several types for unreadable images
        reason = str(exc) or "the data is not a PNG, JPEG, GIF, BMP or TIFF image"
        raise CommandError(f"The picture could not be inserted: {reason}.") from None
    return data, image


@command("insert_picture")
def insert_picture(doc, data: bytes, width: float | None = None,
                   height: float | None = None) -> str:
    """An inline picture from image bytes at the caret (replacing the selection); width and
    height in inches, the aspect ratio kept when only one is given."""
    data, image = read_image(data)
    i, s, e = _single_paragraph(doc, "replace it with a picture")
    cx, cy = _picture_size(doc, i, image, width, height)
    doc.touch(i)
    doc.touch_rels(doc.part)  # a new image part and relationship
    p = doc.paragraph(i)
    rpr = rpr_at(p, s + 1 if e > s else s)  # a replaced selection lends its first character's
    delete_text(p, s, e)
    inline = doc.part.new_pic_inline(io.BytesIO(data), cx, cy)
    run = insert_text(p, s, "", rpr)
    run.append(make("w:drawing", None, inline))
    doc.selection = Selection.caret(i, s)
    return f"Inserted a {cx / 914400:.2f} x {cy / 914400:.2f} inch picture."


# ------------------------------------------------------------------ hyperlinks
def _link_spans(p) -> list[tuple]:
    """(w:hyperlink, start, end) for every hyperlink of paragraph `p`."""
    out, pos = [], 0
    for c in p:
        if c.tag == W.r:
            pos += len(run_text(c))
        elif c.tag == W.hyperlink:
            n = sum(len(run_text(r)) for r in c if r.tag == W.r)
            out.append((c, pos, pos + n))
            pos += n
    return out


def _links_at(p, start: int, end: int) -> list[tuple]:
    """Hyperlinks overlapping [start, end); at a caret, the ones it touches."""
    if start == end:
        return [x for x in _link_spans(p) if x[1] <= start <= x[2] and x[2] > x[1]]
    return [x for x in _link_spans(p) if x[1] < end and x[2] > start]


def _shell(h):
    """An empty copy of hyperlink `h` (same target), to hold part of its content."""
    copy = make("w:hyperlink")
    for k, v in h.attrib.items():
        copy.set(k, v)
    return copy


def _lift_out(p, runs: list) -> None:
    """Move `runs` (consecutive) out of any hyperlink; the link's other runs stay linked."""
    for h in dict.fromkeys(r.getparent() for r in runs if r.getparent() is not p):
        kids = list(h)
        inside = [kids.index(r) for r in runs if r.getparent() is h]
        first, last = min(inside), max(inside)
        for part in (kids[:first], None, kids[last + 1 :]):
            if part is None:
                for c in kids[first : last + 1]:
                    h.addprevious(c)
            elif part:
                shell = _shell(h)
                shell.extend(part)
                h.addprevious(shell)
        p.remove(h)


def _unused_rels(doc, rids) -> None:
    """Drop hyperlink relationships nothing in the document refers to any more."""
    used = {el.get(R_ID) for el in doc.docx.element.iter() if el.get(R_ID) is not None}
    for rid in set(rids) - used - {None}:
        if rid in doc.part.rels and doc.part.rels[rid].reltype == RT.HYPERLINK:
            doc.part.rels.pop(rid)


def _bookmark(doc, name: str) -> str:
    if name.lower() == "_top":
        return "_top"
    names = [el.get(W.name) for el in doc.body.iter(W.bookmarkStart)]
    for found in names:
        if found == name or (found or "").lower() == name.lower():
            return found
    raise CommandError(f'There is no bookmark named "{name}" in this document.')


def _target(doc, address: str) -> tuple[str | None, str | None]:
    """(external address, bookmark) for a link address, Word's accepted forms only."""
    a = (address or "").strip() if isinstance(address, str) else ""
    if not a or any(ord(ch) < 32 for ch in a):
        raise CommandError("Type a link address (http://, https://, mailto:, file: or #bookmark).")
    if a.startswith("#"):
        return None, _bookmark(doc, a[1:])
    if a.lower().startswith("www."):
        a = "http://" + a  # as Word completes typed addresses
    scheme = next((s for s in _SCHEMES if a.lower().startswith(s)), None)
    if scheme is None or len(a) == len(scheme):
        raise CommandError(f'"{address}" is not a valid link address: use http://, https://, '
                           "mailto:, file: or #bookmark.")
    return a.replace(" ", "%20"), None


@command("insert_hyperlink")
def insert_hyperlink(doc, address: str, text: str | None = None) -> str:
    """Word's Insert Link: the selected text (or `text`, or the address, at a caret) becomes a
    link in the Hyperlink character style; at a caret inside a link, that link is edited."""
    url, bookmark = _target(doc, address)
    i, s, e = _single_paragraph(doc, "insert a link")
    p = doc.paragraph(i)
    if s == e:
        inside = [x for x in _link_spans(p) if x[1] < s < x[2]]
        if inside:  # Word edits the link around the caret
            s, e = inside[0][1], inside[0][2]
    display = text if text else None
    if s == e and display is None:
        display = address.strip() if bookmark is None else bookmark
    doc.touch(i)
    doc.touch_rels(doc.part)
    style = ensure_style(doc, "Hyperlink")
    old = [h.get(R_ID) for h, _, _ in _links_at(p, s, e)] if s < e else []
    if s < e:
        _lift_out(p, isolate(p, s, e))
        if display is not None and display != paragraph_text(p)[s:e]:
            replace_text(p, s, e, display)
    else:
        _lift_out(p, [insert_text(p, s, display, rpr_at(p, s))])
    end = s + len(display) if display is not None else e
    runs = isolate(p, s, end)
    _lift_out(p, runs)
    link = make("w:hyperlink")
    if url is not None:
        link.set(R_ID, doc.part.relate_to(url, RT.HYPERLINK, is_external=True))
    else:
        link.set(W.anchor, bookmark)
    link.set(W.history, "1")
    runs[0].addprevious(link)
    stop = runs[-1]
    while True:  # everything from the first to the last run, markers in between included
        node = link.getnext()
        link.append(node)
        if node is stop:
            break
    for r in runs:
        r.get_or_add_rPr().style = style
    merge_runs(p)
    _unused_rels(doc, old)
    doc.selection = Selection.caret(i, end)
    return f"Inserted a link to {url or '#' + bookmark}."


@command("remove_hyperlink")
def remove_hyperlink(doc) -> str:
    """Word's Remove Link: the links touching the selection become plain text (the Hyperlink
    character style goes, other formatting stays)."""
    found = [(i, x) for i, s, e in doc.selected_spans() for x in _links_at(doc.paragraph(i), s, e)]
    if not found:
        raise CommandError("There is no link at the selection.")
    doc.touch(found[0][0], found[-1][0])
    doc.touch_rels(doc.part)
    style = doc.styles.style_id("Hyperlink")
    for _, (h, _, _) in found:
        for c in list(h):
            if c.tag == W.r:
                rpr = c.find(W.rPr)
                if rpr is not None and rpr.style == style:
                    rpr.style = None
            h.addprevious(c)
        h.getparent().remove(h)
    for i in dict.fromkeys(i for i, _ in found):
        merge_runs(doc.paragraph(i))
    _unused_rels(doc, [h.get(R_ID) for _, (h, _, _) in found])
    n = len(found)
    return f"Removed {n} link{'s' if n != 1 else ''}."


# ------------------------------------------------------------------ comments
def _word_at(text: str, offset: int) -> tuple[int, int]:
    """The word around a caret (the one before it when the caret ends a word)."""
    start = end = offset
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    return start, end


def _comments_part(doc):
    try:
        return doc.part.part_related_by(RT.COMMENTS)
    except KeyError:
        return None


@command("add_comment")
def add_comment(doc, text: str, author: str = "WordSim", initials: str = "WS") -> str:
    """Word's New Comment on the selection; a caret comments the word it is in."""
    if not isinstance(text, str):
        raise CommandError("The comment text must be a string.")
    sel = doc.selection
    spans = doc.selected_spans()
    if sel.collapsed:
        i, o = sel.start
        spans = [(i, *_word_at(doc.text(i), o))]
    doc.touch(spans[0][0], spans[-1][0])
    doc.touch_rels(doc.part)  # the first comment creates the comments part
    comments = doc.docx.comments
    doc.touch_part(_comments_part(doc))
    ensure_style(doc, "CommentReference")
    ensure_style(doc, "CommentText")
    runs = [r for i, s, e in spans for r in isolate(doc.paragraph(i), s, e)]
    if runs:
        comment = doc.docx.add_comment([Run(runs[0], None), Run(runs[-1], None)], text=text,
                                       author=author, initials=initials)
    else:  # nothing to anchor to: an empty range at the caret
        i, o = spans[0][0], spans[0][1]
        comment = comments.add_comment(text=text, author=author, initials=initials)
        anchor = insert_text(doc.paragraph(i), o, "")
        anchor.addprevious(make("w:commentRangeStart", {"w:id": str(comment.comment_id)}))
        anchor.insert_comment_range_end_and_reference_below(comment.comment_id)
        anchor.getparent().remove(anchor)
    comment._comment_elm.date = doc.now  # the document's clock, so equal edits give equal bytes
    number = _comment_order(doc).index(comment.comment_id) + 1
    return f"Added comment {number}."


def _comment_order(doc) -> list[int]:
    """Comment ids in document order (by their first mark in the body), then unanchored ones."""
    order: dict[int, None] = {}
    for el in doc.body.iter(W.commentRangeStart, W.commentReference):
        order.setdefault(_cid(el), None)
    part = _comments_part(doc)
    if part is not None:
        for c in part.element.iterchildren(W.comment):
            order.setdefault(_cid(c), None)
    order.pop(None, None)
    return list(order)


def _cid(el) -> int | None:
    """A comment id as python-docx reports it (None when malformed)."""
    value = el.get(W.id, "")
    return int(value) if value.isdigit() else None


def _comment_ranges(doc) -> dict[int, tuple[Position, Position]]:
    """Story range of every anchored comment (its reference mark when it has no range)."""
    starts, ends = {}, {}
    for i, p in enumerate(doc.story.paragraphs):
        pos = 0
        for c in p:
            for el in (c.iterchildren() if c.tag == W.hyperlink else (c,)):
                if el.tag == W.r:
                    ref = el.find(W.commentReference)
                    if ref is not None:
                        cid = _cid(ref)
                        starts.setdefault(cid, Position(i, pos))
                        ends.setdefault(cid, Position(i, pos))
                    pos += len(run_text(el))
                elif el.tag == W.commentRangeStart:
                    starts[_cid(el)] = Position(i, pos)
                elif el.tag == W.commentRangeEnd:
                    ends[_cid(el)] = Position(i, pos)
    return {cid: (starts[cid], ends.get(cid, starts[cid])) for cid in starts}


def _comments_at(doc) -> list[int]:
    sel = doc.selection
    out = []
    for cid, (s, e) in _comment_ranges(doc).items():
        if sel.collapsed or s == e:
            hit = s <= sel.end and e >= sel.start
        else:
            hit = s < sel.end and e > sel.start
        if hit:
            out.append(cid)
    return out


@command("delete_comment")
def delete_comment(doc, number: int | None = None) -> str:
    """Delete comment `number` (1-based, in document order), or, without a number, the
    comments at the selection; its range marks and reference go from the text too."""
    part = _comments_part(doc)
    order = _comment_order(doc) if part is not None else []
    if not order:
        raise CommandError("The document has no comments.")
    if number is None:
        ids = _comments_at(doc)
        if not ids:
            raise CommandError("There is no comment at the selection.")
    elif isinstance(number, int) and 1 <= number <= len(order):
        ids = [order[number - 1]]
    else:
        raise CommandError(f"There is no comment {number}; the document has {len(order)}.")
    wanted = {str(cid) for cid in ids}
    marks = [el for el in doc.body.iter(W.commentRangeStart, W.commentRangeEnd,
                                        W.commentReference) if el.get(W.id) in wanted]
    if marks:
        blocks = [_top_block(doc.body, el) for el in marks]
        doc.touch_blocks(min(blocks), max(blocks) + 1)
    doc.touch_part(part)
    paragraphs = dict.fromkeys(next(el.iterancestors(W.p), None) for el in marks)
    for el in marks:
        parent = el.getparent()
        parent.remove(el)
        if el.tag == W.commentReference and not any(c.tag != W.rPr for c in parent):
            parent.getparent().remove(parent)
    for p in paragraphs:
        if p is not None:
            merge_runs(p)
    for c in list(part.element.iterchildren(W.comment)):
        if c.get(W.id) in wanted:
            part.element.remove(c)
    numbers = ", ".join(str(order.index(cid) + 1) for cid in ids)
    return f"Deleted comment{'s' if len(ids) > 1 else ''} {numbers}."


def _top_block(body, el) -> int:
    while el.getparent() is not body:
        el = el.getparent()
    return body.index(el)

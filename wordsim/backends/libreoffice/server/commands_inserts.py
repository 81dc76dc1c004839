"""Insert tab objects placed in the text: hyperlinks and pictures, with the simulator's rules for
what they cover, its messages and the selection it leaves.

Comments (add_comment, delete_comment) are not commands of this backend: LibreOffice 7.4 aborts
(the soffice process ends) as soon as a comment is inserted into a document that has a view,
and every document here has one (the selection lives in it). A document with comments cannot be
loaded either (see backend.py), so delete_comment has nothing to act on."""

from __future__ import annotations

import formatting
import uno
from commands_layout import Page, page_styles
from commands_text import delete_selection
from paragraphs import to_twips
from registry import AgentError, uno_command
from tables import location
from writer import props

LINK_STYLE = "Internet link"  # LibreOffice's name of Word's Hyperlink character style
_LO_LINK_COLOR, _WORD_LINK_COLOR = 0x000080, 0x0563C1
_LINK_PROPS = ("HyperLinkURL", "HyperLinkTarget", "HyperLinkName")
_EMU_PER_MM100 = 360
_EMU_PER_TWIP = 635
_CELL_MARGINS_TWIPS = 216  # Word's default left + right cell margins


def _one_paragraph(w, what: str) -> tuple[int, int, int]:
    anchor, focus = w.selection()
    start, end = min(anchor, focus), max(anchor, focus)
    if start[0] != end[0]:
        raise AgentError(f"Select text within one paragraph to {what}.")
    return start[0], start[1], end[1]


# ------------------------------------------------------------------ hyperlinks
def link_spans(w, i: int) -> list[tuple[str, int, int]]:
    """(address, start, end) of each hyperlink of story paragraph i (adjacent portions with
    the same address are one link)."""
    out: list[list] = []
    pos, portions = 0, w.story.paragraphs[i].createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        n = len(portion.getString())
        url = portion.HyperLinkURL if portion.TextPortionType == "Text" else ""
        if url and n and out and out[-1][0] == url and out[-1][2] == pos:
            out[-1][2] = pos + n
        elif url and n:
            out.append([url, pos, pos + n])
        pos += n
    return [tuple(x) for x in out]


def _links_at(w, i: int, start: int, end: int) -> list[tuple[str, int, int]]:
    """Links overlapping [start, end); at a caret, the ones it touches."""
    if start == end:
        return [x for x in link_spans(w, i) if x[1] <= start <= x[2]]
    return [x for x in link_spans(w, i) if x[1] < end and x[2] > start]


def _bookmark(w, name: str) -> str:
    if name.lower() == "_top":
        return "_top"
    marks = w.doc.getBookmarks()
    for found in marks.getElementNames():
        if found == name or found.lower() == name.lower():
            return found
    raise AgentError(f'There is no bookmark named "{name}" in this document.')


@uno_command("insert_hyperlink")
def insert_hyperlink(w, url: str | None, bookmark: str | None, text: str | None,
                     shown: str) -> str:
    """`url` (external) or `bookmark` arrive from the client's check of the address; `shown`:
    what a link made at a caret shows without `text`."""
    if bookmark is not None:
        bookmark = _bookmark(w, bookmark)
    i, s, e = _one_paragraph(w, "insert a link")
    if s == e:
        inside = [x for x in link_spans(w, i) if x[1] < s < x[2]]
        if inside:  # Word edits the link around the caret
            s, e = inside[0][1], inside[0][2]
    display = text or None
    if s == e and display is None:
        display = shown if bookmark is None else bookmark
    if display is not None and display != w.text(i)[s:e]:
        # the new text takes the replaced text's first character's formatting, or at a caret
        # what typing there would get
        source = w.range((i, s), (i, s + 1)) if s < e else formatting.caret_source(w, (i, s))
        values = formatting.read(source)
        r = w.range((i, s), (i, e))
        r.setString(display)
        w.changed()
        e = s + len(display)
        formatting.write(w.range((i, s), (i, e)), values)
    _word_link_style(w)
    r = w.range((i, s), (i, e))
    if _links_at(w, i, s, e):
        # a link set over a link: Writer's undo of it would drop the old one with the new
        r.setPropertiesToDefault(_LINK_PROPS)
    target = url if url is not None else f"#{bookmark}"
    r.setPropertyValues(("HyperLinkURL", "CharStyleName"), (target, LINK_STYLE))
    w.changed()
    w.select((i, e), (i, e), force=True)
    return f"Inserted a link to {url or '#' + bookmark}."


def _word_link_style(w) -> None:
    """A document without Word's Hyperlink style has LibreOffice's own (navy): it gets Word's
    definition, as Word adds it with the first link (blue 0563C1, underlined)."""
    style = w.doc.getStyleFamilies().getByName("CharacterStyles").getByName(LINK_STYLE)
    if style.CharColor == _LO_LINK_COLOR:
        style.setPropertyValues(("CharColor", "CharUnderline"), (_WORD_LINK_COLOR, 1))


@uno_command("remove_hyperlink")
def remove_hyperlink(w) -> str:
    """The links touching the selection become plain text (the link style goes, other
    formatting stays)."""
    found = [(i, x) for i, s, e in w.selected_spans() for x in _links_at(w, i, s, e)]
    if not found:
        raise AgentError("There is no link at the selection.")
    for i, (_, s, e) in found:
        for piece in w.pieces((i, s), (i, e)):
            piece.setPropertiesToDefault(_LINK_PROPS)
            if piece.CharStyleName == LINK_STYLE:
                piece.setPropertyToDefault("CharStyleName")
    w.changed()
    n = len(found)
    return f"Removed {n} link{'s' if n != 1 else ''}."


# ------------------------------------------------------------------ pictures
def _room_emu(w, i: int) -> int:
    """EMU a picture may take in story paragraph i: the text column, or its cell's width less
    Word's cell margins (equal columns assumed: LibreOffice keeps no cell widths of Word's
    kind, only column separators)."""
    page = Page(page_styles(w).getByName(w.story.paragraphs[i].PageStyleName))
    twips = page.width - page.margins["left"] - page.margins["right"] - page.gutter
    found = location(w, i)
    if found is not None:
        table = found[0]
        cell = to_twips(table.Width) // table.getColumns().getCount()
        twips = min(twips, cell - _CELL_MARGINS_TWIPS)
    return max(twips, 1) * _EMU_PER_TWIP


def _graphic(w, data: bytes):
    provider = w.smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", w.ctx)
    stream = w.smgr.createInstanceWithArgumentsAndContext(
        "com.sun.star.io.SequenceInputStream", (uno.ByteSequence(data),), w.ctx)
    return provider.queryGraphic(props(InputStream=stream))


@uno_command("insert_picture")
def insert_picture(w, data: bytes, cx: int, cy: int, fit: bool) -> str:
    """An as-character picture at the caret (replacing the selection), `cx` x `cy` EMU, shrunk
    to the column when its size was not given (`fit`); the caret stays before it."""
    i, s, _ = _one_paragraph(w, "replace it with a picture")
    if fit:
        room = _room_emu(w, i)
        if cx > room:
            cx, cy = room, max(round(cy * room / cx), 1)
    delete_selection(w)
    picture = w.doc.createInstance("com.sun.star.text.TextGraphicObject")
    picture.Graphic = _graphic(w, data)
    picture.AnchorType = uno.Enum("com.sun.star.text.TextContentAnchorType", "AS_CHARACTER")
    size = uno.createUnoStruct("com.sun.star.awt.Size")
    size.Width, size.Height = round(cx / _EMU_PER_MM100), round(cy / _EMU_PER_MM100)
    picture.Size = size
    at = w.cursor((i, s))
    at.getText().insertTextContent(at, picture, False)
    w.changed()
    w.select((i, s), (i, s), force=True)
    return f"Inserted a {cx / 914400:.2f} x {cy / 914400:.2f} inch picture."

"""Undo for page styles: LibreOffice records no undo step for page style properties set through
the API (margins, size, columns, headers switched on ...), so a page command runs with
Writer's own recording locked and adds one undo action that puts back (and redo puts again) the
page styles' settings and their header and footer texts as they were."""

from __future__ import annotations

import functools

import uno
import unohelper
from com.sun.star.document import XUndoAction
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

PAGE_FIELD = "com.sun.star.text.textfield.PageNumber"
_ARABIC = 4  # com.sun.star.style.NumberingType.ARABIC
# Switches first: the sizes and texts below exist only while a header or footer is on.
SWITCHES = ("HeaderIsOn", "FooterIsOn", "HeaderIsShared", "FooterIsShared", "FirstIsShared")
SETTINGS = (
    "IsLandscape", "Width", "Height", "TopMargin", "BottomMargin", "LeftMargin", "RightMargin",
    "GutterMargin", "TextColumns", "PageStyleLayout", "HeaderHeight", "FooterHeight",
    "HeaderIsDynamicHeight", "FooterIsDynamicHeight", "HeaderBodyDistance", "FooterBodyDistance",
)  # fmt: skip
_TEXTS = ("Text", "TextLeft", "TextFirst")


def page_field(doc):
    """A new page number field (PAGE, arabic)."""
    field = doc.createInstance("com.sun.star.text.TextField.PageNumber")
    field.NumberingType = _ARABIC  # a field has no multi-property access
    field.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
    return field


def paragraphs(xtext) -> list:
    out, items = [], xtext.createEnumeration()
    while items.hasMoreElements():
        item = items.nextElement()
        if item.supportsService("com.sun.star.text.Paragraph"):
            out.append(item)
    return out


def read_text(xtext) -> list:
    """A header or footer text as [(style, adjust, [str | None for a page number])]."""
    out = []
    for p in paragraphs(xtext):
        pieces, portions = [], p.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            kind = portion.TextPortionType
            if kind == "Text":
                pieces.append(portion.getString())
            elif kind == "TextField" and portion.TextField.supportsService(PAGE_FIELD):
                pieces.append(None)
        out.append((p.ParaStyleName, p.ParaAdjust, pieces))
    return out


def write_text(doc, xtext, paras: list) -> None:
    """Give `xtext` the paragraphs `read_text` read (plain text and page numbers)."""
    xtext.setString("")
    for k, (style, adjust, pieces) in enumerate(paras):
        if k:
            xtext.insertControlCharacter(xtext.getEnd(), PARAGRAPH_BREAK, False)
        for piece in pieces:
            if piece is None:
                xtext.insertTextContent(xtext.getEnd(), page_field(doc), False)
            else:
                xtext.insertString(xtext.getEnd(), piece, False)
        p = paragraphs(xtext)[-1]
        p.setPropertyValues(("ParaStyleName", "ParaAdjust"), (style, adjust))


class State:
    """The settings and header/footer texts of some page styles."""

    def __init__(self, styles: list):
        self.styles = styles
        self.values = [dict(zip(SWITCHES + SETTINGS, s.getPropertyValues(SWITCHES + SETTINGS),
                                strict=True)) for s in styles]
        self.texts = [{f"{story}{t}": read_text(s.getPropertyValue(f"{story}{t}"))
                       for story in ("Header", "Footer") if v[f"{story}IsOn"] for t in _TEXTS}
                      for s, v in zip(styles, self.values, strict=True)]

    def same(self, other: State) -> bool:
        return all(_plain(a) == _plain(b) for a, b in zip(self.values, other.values, strict=True)) \
            and self.texts == other.texts

    def apply(self, doc, current: State) -> None:
        """Put these settings back, and the texts that differ from `current`'s."""
        for k, (style, values, texts) in enumerate(
                zip(self.styles, self.values, self.texts, strict=True)):
            now = _plain(current.values[k])
            for group in (SWITCHES, SETTINGS):
                # only what differs: switching a header, even to its state, clears Writer's
                # undo stack unless Writer is undoing or locked
                names = tuple(n for n in group if values[n] is not None
                              and _plain({n: values[n]})[n] != now[n])
                if names:
                    style.setPropertyValues(names, tuple(values[n] for n in names))
            for name, paras in texts.items():
                if current.texts[k].get(name) != paras:  # a text put back loses its formatting
                    write_text(doc, style.getPropertyValue(name), paras)


def _plain(values: dict) -> dict:
    """Comparable values (a column setting is an object: its count and spacing)."""
    out = dict(values)
    cols = out.get("TextColumns")
    if cols is not None:
        out["TextColumns"] = (cols.getColumnCount(), cols.AutomaticDistance)
    return out


class _PageUndo(unohelper.Base, XUndoAction):
    def __init__(self, title: str, doc, before: State, after: State):
        self.Title = title
        self.doc, self.before, self.after = doc, before, after

    def undo(self) -> None:
        self.before.apply(self.doc, self.after)

    def redo(self) -> None:
        self.after.apply(self.doc, self.before)


def recorded(w, styles: list, change, title: str):
    """Run `change()` (which changes page styles `styles`) with Writer's recording locked and
    record it as one undo action of ours; returns what `change` returns. Switching a header or
    footer adds or removes text nodes before the body's, which Writer's own undo actions
    address by index: putting the switches back on undo, in order, keeps them valid."""
    before = State(styles)
    undo = w.undo_manager
    undo.lock()
    try:
        result = change()
    except BaseException:
        try:
            before.apply(w.doc, State(styles))
        finally:
            undo.unlock()
        raise
    undo.unlock()
    after = State(styles)
    if not after.same(before):
        undo.addUndoAction(_PageUndo(title, w.doc, before, after))
    return result


def page_command(styles):
    """Decorate a command `fn(w, ...)` that changes the page styles `styles(w)` returns: its
    change becomes one undo action of ours (see the module docstring)."""

    def decorate(fn):
        @functools.wraps(fn)
        def run(w, **args):
            return recorded(w, styles(w), lambda: fn(w, **args), fn.__name__)

        return run

    return decorate

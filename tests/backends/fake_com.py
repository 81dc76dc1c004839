"""A recording fake of Word's COM object model, for testing the Word backend without Windows.

Every attribute set and method call on any object reachable from `FakeWord` is appended to
`FakeWord.log` as ("set", path, value) or ("call", path, args, kwargs), where path names the
object as the code reached it ("Selection.Font.Bold", "Document.Tables(2).Select"). Reading an
attribute never records: a value set before (or given with `preset`) comes back, else a new
recording object. Only what the backend needs behaves: the main story's text with Range
Start/End arithmetic, Find (literal text, match case, whole words, wrapping, replacing),
Selection (SetRange, StartIsActive, Select of a range), collections (Count, Item, calls),
Documents.Open and SaveAs2 with real files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from wordsim.document.find_wildcards import wildcard_pattern, wildcard_replacement

_CELL = "\a"
WD_TOGGLE = 9999998  # what Word reads back after it is set: the new state, -1 or 0


class FakeComError(Exception):
    """What Word's COM calls raise (pywintypes.com_error on Windows)."""


def _raw(obj, name):
    return object.__getattribute__(obj, name)


class FakeObject:
    """A COM object that records; `returns` is what calling it gives."""

    def __init__(self, log: list, path: str, **values):
        object.__setattr__(self, "_log", log)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        values = _raw(self, "_values")
        if name not in values:
            values[name] = FakeObject(_raw(self, "_log"), f"{_raw(self, '_path')}.{name}")
        return values[name]

    def __setattr__(self, name: str, value) -> None:
        _raw(self, "_log").append(("set", f"{_raw(self, '_path')}.{name}", value))
        values = _raw(self, "_values")
        if value == WD_TOGGLE:  # Word flips the property: on (-1) unless it was on already
            value = 0 if values.get(name) in (-1, True) else -1
        values[name] = value

    def __call__(self, *args, **kwargs):
        _raw(self, "_log").append(("call", _raw(self, "_path"), args, kwargs))
        values = _raw(self, "_values")
        behave = values.get("_behave")
        if behave is not None:
            return behave(*args, **kwargs)
        return result_of(self)

    def __repr__(self) -> str:
        return f"<fake {_raw(self, '_path')}>"


def preset(obj, **values) -> Any:
    """Give `obj` attribute values without recording them; returns `obj`."""
    _raw(obj, "_values").update(values)
    return obj


def returns(method, value=None, behave=None):
    """Make calling `method` return `value` (or whatever `behave(*args, **kwargs)` returns)."""
    _raw(method, "_values")["_returns" if behave is None else "_behave"] = \
        value if behave is None else behave
    return method


def result_of(method) -> Any:
    """What calling `method` gives (a recording object, made now if need be), unrecorded."""
    values = _raw(method, "_values")
    if "_returns" not in values:
        values["_returns"] = FakeObject(_raw(method, "_log"), f"{_raw(method, '_path')}()")
    return values["_returns"]


def path_of(obj) -> str:
    return _raw(obj, "_path")


class FakeCollection(FakeObject):
    """A COM collection: Count, Item(k) and calling it (1-based, or by name for Styles)."""

    def __init__(self, log, path, items=(), **values):
        super().__init__(log, path, **values)
        object.__setattr__(self, "items", items if isinstance(items, dict) else list(items))

    @property
    def Count(self) -> int:
        return len(_raw(self, "items"))

    def Item(self, key):
        items = _raw(self, "items")
        try:
            return items[key] if isinstance(items, dict) else items[key - 1] if key >= 1 \
                else items[len(items)]
        except (KeyError, IndexError, TypeError):
            raise FakeComError(f"{_raw(self, '_path')}({key!r}): the requested member of the "
                               "collection does not exist") from None

    def __call__(self, key):
        return self.Item(key)

    def __iter__(self):
        items = _raw(self, "items")
        return iter(items.values() if isinstance(items, dict) else items)


# ---------------------------------------------------------------------- the text model
class FakeFind(FakeObject):
    """Range.Find over the document's text: literal text with Word's ^^ ^l ^t codes, or with
    MatchWildcards Word's pattern syntax."""

    def __init__(self, log, path, owner):
        super().__init__(log, path, Parent=owner)
        object.__setattr__(self, "owner", owner)

    def Execute(self, FindText=None, ReplaceWith=None, Replace=0, **kwargs):
        values = _raw(self, "_values")
        _raw(self, "_log").append(("call", f"{_raw(self, '_path')}.Execute", (),
                                   {k: v for k, v in {"FindText": FindText,
                                    "ReplaceWith": ReplaceWith, "Replace": Replace or None,
                                    **kwargs}.items() if v is not None}))
        owner = _raw(self, "owner")
        doc = owner.doc
        text = values.get("Text") if FindText is None else FindText
        new = values["Replacement"].Text if "Replacement" in values else ReplaceWith
        if values.get("MatchWildcards"):  # Word's pattern syntax, read as the simulator does
            rx = wildcard_pattern(text)
            replace = (lambda m: wildcard_replacement(new, rx, m)) if new is not None else None
        else:
            for code, char in (("^l", "\x0b"), ("^t", "\t"), ("^^", "^")):
                text = text.replace(code, char)
            flags = 0 if values.get("MatchCase") else re.IGNORECASE
            body = re.escape(text)
            if values.get("MatchWholeWord"):
                body = rf"(?<!\w){body}(?!\w)"
            rx = re.compile(body, flags)
            replace = lambda m: new  # noqa: E731
        if Replace == 2:  # wdReplaceAll
            doc.text, n = rx.subn(replace, doc.text)
            return n > 0
        start, end = owner.Start, owner.End
        m = rx.search(doc.text, start, end) if end > start else rx.search(doc.text, start)
        if m is None and values.get("Wrap") == 1 and end == start:
            m = rx.search(doc.text, 0)
        if m is None:
            return False
        owner.set_span(m.start(), m.end())
        if Replace == 1:
            replaced = replace(m)
            doc.text = doc.text[:m.start()] + replaced + doc.text[m.end():]
            owner.set_span(m.start(), m.start() + len(replaced))
        return True


class FakeRange(FakeObject):
    """A span of the document's text (Start, End, Text) that records what is done to it."""

    def __init__(self, doc, path, start, end):
        super().__init__(doc.log, path)
        object.__setattr__(self, "doc", doc)
        object.__setattr__(self, "span", [start, end])
        _raw(self, "_values")["Find"] = FakeFind(doc.log, f"{path}.Find", self)

    def set_span(self, start: int, end: int) -> None:
        _raw(self, "span")[:] = [start, end]

    @property
    def Start(self) -> int:
        return _raw(self, "span")[0]

    @property
    def End(self) -> int:
        return _raw(self, "span")[1]

    @property
    def Text(self) -> str:
        start, end = _raw(self, "span")
        return self.doc.text[start:end].replace(_CELL, "\r" + _CELL)

    def __setattr__(self, name, value):
        if name == "Text":
            _raw(self, "_log").append(("set", f"{_raw(self, '_path')}.Text", value))
            return
        super().__setattr__(name, value)

    def Collapse(self, Direction=1):
        _raw(self, "_log").append(("call", f"{_raw(self, '_path')}.Collapse", (Direction,), {}))
        start, end = _raw(self, "span")
        self.set_span(*((start, start) if Direction == 1 else (end, end)))

    def Select(self):
        _raw(self, "_log").append(("call", f"{_raw(self, '_path')}.Select", (), {}))
        self.doc.selection.set_span(*_raw(self, "span"))

    def Information(self, kind):
        _raw(self, "_log").append(("call", f"{_raw(self, '_path')}.Information", (kind,), {}))
        if kind == 31:  # wdAtEndOfRowMarker
            return self.Start in self.doc.row_marks
        if kind == 12:  # wdWithInTable
            return self.doc.in_table
        return None


class FakeSelection(FakeRange):
    """Application.Selection: a range with an active end."""

    def __init__(self, doc):
        super().__init__(doc, "Selection", 0, 0)
        _raw(self, "_values")["StartIsActive"] = False

    def SetRange(self, Start, End):
        _raw(self, "_log").append(("call", "Selection.SetRange", (Start, End), {}))
        self.set_span(Start, End)
        _raw(self, "_values")["StartIsActive"] = False

    @property
    def Range(self) -> FakeRange:
        """One Selection.Range object (what tests preset on it stays), spanning the selection."""
        values = _raw(self, "_values")
        if "_range" not in values:
            values["_range"] = FakeRange(self.doc, "Selection.Range", self.Start, self.End)
        values["_range"].set_span(self.Start, self.End)
        return values["_range"]


class FakeDocument(FakeObject):
    """Document: its text one character per position (cell and row marks as BEL)."""

    def __init__(self, log, text: str = "\r", row_marks=(), section_ends=(), in_table=False):
        super().__init__(log, "Document", Name="document-1.docx")
        object.__setattr__(self, "log", log)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "row_marks", set(row_marks))
        object.__setattr__(self, "in_table", in_table)
        object.__setattr__(self, "selection", FakeSelection(self))
        object.__setattr__(self, "saved", b"PK fake docx")
        values = _raw(self, "_values")
        ends = list(section_ends) or [len(text)]
        values["Sections"] = FakeCollection(log, "Document.Sections", [
            FakeObject(log, f"Document.Sections({k})",
                       Range=FakeRange(self, f"Document.Sections({k}).Range", 0, end))
            for k, end in enumerate(ends, 1)])
        for name in ("InlineShapes", "Comments", "Tables", "Hyperlinks", "Bookmarks"):
            values[name] = FakeCollection(log, f"Document.{name}")
        values["Styles"] = FakeCollection(log, "Document.Styles", {})

    def __setattr__(self, name, value):
        if name in ("text", "in_table", "row_marks"):
            object.__setattr__(self, name, value)
            return
        super().__setattr__(name, value)

    @property
    def Content(self) -> FakeRange:
        return FakeRange(self, "Document.Content", 0, len(self.text))

    def Range(self, Start=None, End=None):
        args = () if Start is None else (Start, End)
        self.log.append(("call", "Document.Range", args, {}))
        start, end = (0, len(self.text)) if Start is None else (Start, End)
        return FakeRange(self, "Document.Range(" + ", ".join(map(str, args)) + ")", start, end)

    def SaveAs2(self, FileName, FileFormat):
        self.log.append(("call", "Document.SaveAs2", (),
                         {"FileName": FileName, "FileFormat": FileFormat}))
        if Path(FileName).is_absolute():  # the backend's own files; an agent's (Windows) path
            Path(FileName).write_bytes(self.saved)  # names no file on this machine

    def Close(self, SaveChanges):
        self.log.append(("call", "Document.Close", (), {"SaveChanges": SaveChanges}))


class FakeWord(FakeObject):
    """Word.Application with one document (`open` sets its text before `load`)."""

    def __init__(self):
        log: list = []
        super().__init__(log, "Application")
        object.__setattr__(self, "log", log)
        object.__setattr__(self, "doc", FakeDocument(log))
        object.__setattr__(self, "opened", [])
        returns(self.Documents.Open, behave=self._open)

    def _open(self, FileName, **kwargs):
        _raw(self, "opened").append(Path(FileName).read_bytes())
        return self.doc

    def document(self, text: str = "\r", **kwargs) -> FakeDocument:
        """A new document behind Documents.Open, `text` one character per position."""
        doc = FakeDocument(self.log, text, **kwargs)
        object.__setattr__(self, "doc", doc)
        return doc

    @property
    def Selection(self) -> FakeSelection:
        return self.doc.selection

    def clear(self) -> None:
        self.log.clear()

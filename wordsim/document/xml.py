"""WordprocessingML names and tiny lxml helpers shared by the document model."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser

__all__ = ["W", "OxmlElement", "qn", "nsmap", "w_val", "set_w_val", "child", "make", "new"]


class _Tags:
    """`W.p` → the Clark name of `w:p`; computed once so hot loops compare plain strings."""

    def __getattr__(self, local: str) -> str:
        tag = qn("w:" + local)
        setattr(self, local, tag)
        return tag


W = _Tags()
W_VAL = qn("w:val")


def w_val(el, default=None):
    """The `w:val` attribute of `el`, or `default` when `el` is None or has none."""
    if el is None:
        return default
    return el.get(W_VAL, default)


def set_w_val(el, value) -> None:
    el.set(W_VAL, str(value))


def child(el, tag: str):
    """First child of `el` with Clark name `tag`, or None (cheaper than xpath)."""
    if el is None:
        return None
    return el.find(tag)


def make(nstag: str, attrs: dict[str, str] | None = None, *children):
    """A new element, e.g. `make("w:b")` or `make("w:sz", {"w:val": "28"})`."""
    el = OxmlElement(nstag, attrs={qn(k) if ":" in k else k: v for k, v in (attrs or {}).items()})
    for c in children:
        el.append(c)
    return el


def new(tag: str, attrib: dict | None = None):
    """A new element from a Clark name (`W.r`): 3x cheaper than `make`, for hot paths."""
    return oxml_parser.makeelement(tag, attrib)

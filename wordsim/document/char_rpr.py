"""Run properties (w:rPr): schema-ordered edits, Word's toggle rule and effective run formatting.

An "owner" is an element whose `w:rPr` child holds character formatting: a run (`w:r`) or a
paragraph's `w:pPr` (the paragraph mark). Effective values come from `doc.styles`."""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from .char_values import DEFAULT_FONT_SIZE
from .styles import is_on
from .xml import W

# CT_ParaRPr / CT_RPr child order (the mark's revision marks first, rPrChange last).
_ORDER = (
    "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
    "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
    "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
    "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
    "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
)  # fmt: skip
_RANK = {getattr(W, name): i for i, name in enumerate(_ORDER)}
_LATE = len(_ORDER)  # extension elements (w14:*) follow everything Word orders
_W_NS = W.b[: W.b.index("}") + 1]
_PPR_AFTER_RPR = {W.sectPr, W.pPrChange}
_THEME_ATTRS = {
    "color": ("themeColor", "themeTint", "themeShade"),
    "rFonts": ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"),
}


def qw(local: str) -> str:
    return getattr(W, local)


def _child(el, tag: str):
    """First child with `tag` (a plain loop beats lxml's find on these short child lists)."""
    for c in el:
        if c.tag == tag:
            return c
    return None


def _rank(tag) -> int:
    rank = _RANK.get(tag)
    if rank is None:  # comments and unknown w: elements stay put; extensions go last
        return _LATE if isinstance(tag, str) and not tag.startswith(_W_NS) else -1
    return rank


def get_rpr(owner, create: bool = False):
    """The `w:rPr` of a run or paragraph mark (`w:pPr`), added in schema order if asked."""
    rpr = _child(owner, W.rPr)
    if rpr is None and create:
        rpr = etree.SubElement(owner, W.rPr)  # in the owner's namespace context
        if owner.tag != W.pPr:
            owner.insert(0, rpr)
        else:
            after = next((c for c in owner if c.tag in _PPR_AFTER_RPR), None)
            if after is not None:
                after.addprevious(rpr)
    return rpr


def set_prop(rpr, local: str, val: str | None = None, **attrs: str):
    """Child `w:<local>` of `rpr` (found or inserted in schema order) with `w:val` = val."""
    tag = qw(local)
    rank = _RANK[tag]
    el = after = None
    for c in rpr:
        if c.tag == tag:
            el = c
            break
        if after is None and _rank(c.tag) > rank:
            after = c
    if el is None:
        el = etree.SubElement(rpr, tag)
        if after is not None:
            after.addprevious(el)
    else:
        for attr in _THEME_ATTRS.get(local, ()):  # theme attributes override explicit values
            el.attrib.pop(qw(attr), None)
        if val is None:
            el.attrib.pop(W.val, None)
    if val is not None:
        el.set(W.val, val)
    for attr, value in attrs.items():
        el.set(qw(attr), value)
    return el


def remove_props(rpr, *locals_: str) -> None:
    if rpr is not None and len(rpr):
        drop = {qw(local) for local in locals_}
        for c in [c for c in rpr if c.tag in drop]:
            rpr.remove(c)


def tidy(owner) -> None:
    """Drop an emptied `w:rPr` (and an emptied `w:pPr` of a paragraph mark)."""
    rpr = _child(owner, W.rPr)
    if rpr is not None and not len(rpr) and not rpr.attrib:
        owner.remove(rpr)
    if owner.tag == W.pPr and not len(owner) and not owner.attrib and owner.getparent() is not None:
        owner.getparent().remove(owner)


class _StylesOnly:
    """Stands in for a run so `run_property` sees only its character style, not direct values."""

    __slots__ = ("rstyle",)

    def __init__(self, rstyle):
        self.rstyle = rstyle

    def find(self, tag: str):
        if tag == W.rPr:
            return self
        return self.rstyle if tag == W.rStyle else None


_MISSING = object()


class Lookup:
    """Effective run properties for one command: direct values read from a `w:rPr` (None when
    the run has none), style values (character style, paragraph style, defaults) memoised per
    paragraph and character style."""

    def __init__(self, doc):
        self.doc = doc
        self._styles = doc.styles
        self._memo: dict = {}

    def inherited(self, rpr, p, local: str):
        """What `w:<local>` would be without the direct value (styles and defaults only)."""
        first = None if rpr is None or not len(rpr) else rpr[0]
        rstyle = first if first is not None and first.tag == W.rStyle else None  # always first
        key = (p, None if rstyle is None else rstyle.get(W.val), local)
        el = self._memo.get(key, _MISSING)
        if el is _MISSING:
            el = self._memo[key] = self._styles.run_property(_StylesOnly(rstyle), p, qw(local))
        return el

    def effective(self, rpr, p, local: str):
        """The element that decides `w:<local>` for a run with `rpr` in paragraph `p`, or None."""
        el = None if rpr is None else _child(rpr, qw(local))
        return el if el is not None else self.inherited(rpr, p, local)


# ---------------------------------------------------------------------- toggles
@dataclass(frozen=True)
class Toggle:
    """An on/off character property and how Word writes it."""

    local: str  # w:b, w:u, w:vertAlign ...
    on: str | None = None  # w:val written to switch it on (None: a bare on/off element)
    off: str = "0"  # w:val that switches it off over a style that turns it on
    exact: bool = False  # "on" means w:val == on (superscript), not merely "not off"
    twins: tuple[str, ...] = ()  # complex-script twins Word writes alongside (w:bCs)
    excludes: tuple[str, ...] = ()  # direct properties that turning on removes (w:dstrike)

    def __post_init__(self):
        drop = {qw(n) for n in (self.local, *self.twins)}
        object.__setattr__(self, "_drop_off", frozenset(drop))
        object.__setattr__(self, "_drop_on", frozenset(drop | {qw(n) for n in self.excludes}))

    def decorated(self, el) -> bool:
        """Whether `el` (an effective property element) shows the property at all."""
        if el is None:
            return False
        if self.on is None:
            return is_on(el)
        return el.get(W.val, self.off) != self.off

    def matches(self, el) -> bool:
        return self.decorated(el) and (not self.exact or el.get(W.val) == self.on)

    def is_set(self, look: Lookup, owner, p) -> bool:
        return self.matches(look.effective(get_rpr(owner), p, self.local))

    def switch(self, look: Lookup, owner, p, on: bool) -> None:
        """Turn the property on or off for `owner`, writing as little as the styles allow."""
        rpr = get_rpr(owner, create=True)
        drop = self._drop_on if on else self._drop_off
        for c in [c for c in rpr if c.tag in drop]:
            rpr.remove(c)
        if on:
            if not self.matches(look.inherited(rpr, p, self.local)):
                for local in (self.local, *self.twins):
                    set_prop(rpr, local, self.on)
            return
        for local in (self.local, *self.twins):
            if self.decorated(look.inherited(rpr, p, local)):
                set_prop(rpr, local, self.off)


def reset_prop(look: Lookup, owner, p, local: str, neutral: str) -> None:
    """Make `w:<local>` neutral ("auto" colour, "none" highlight): drop the direct value, and
    write `neutral` only where a style would otherwise show something."""
    rpr = get_rpr(owner)
    remove_props(rpr, local)
    el = look.inherited(rpr, p, local)
    if el is not None and el.get(W.val, neutral) != neutral:
        set_prop(get_rpr(owner, create=True), local, neutral)


# ---------------------------------------------------------------------- reading
def size_pt(look: Lookup, owner, p) -> float:
    sz = look.effective(get_rpr(owner), p, "sz")
    val = None if sz is None else sz.get(W.val)
    return int(val) / 2 if val and val.isdigit() else DEFAULT_FONT_SIZE


_THEMES: WeakKeyDictionary = WeakKeyDictionary()
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# w:themeColor names of the theme's colour slots (accent1..6 keep theirs), and the Office
# 2013+ theme's colours for a document without a theme part.
_COLOR_SLOTS = {"dk1": "text1", "lt1": "background1", "dk2": "text2", "lt2": "background2",
                "hlink": "hyperlink", "folHlink": "followedHyperlink"}
_OFFICE_COLORS = {"text1": "000000", "background1": "FFFFFF", "text2": "44546A",
                  "background2": "E7E6E6", "accent1": "4472C4", "accent2": "ED7D31",
                  "accent3": "A5A5A5", "accent4": "FFC000", "accent5": "5B9BD5",
                  "accent6": "70AD47", "hyperlink": "0563C1", "followedHyperlink": "954F72"}


def _theme(doc) -> dict:
    """{"fonts": {"major"|"minor": typeface}, "colors": {themeColor name: "RRGGBB"}} of the
    document theme, parsed once per theme part."""
    part = next((r.target_part for r in doc.part.rels.values()
                 if r.reltype == RT.THEME and not r.is_external), None)  # fmt: skip
    if part is None:
        return {"fonts": {}, "colors": _OFFICE_COLORS}
    theme = _THEMES.get(part)
    if theme is None:
        elements = etree.fromstring(part.blob).find(f"{_A}themeElements")
        fonts, colors = {}, dict(_OFFICE_COLORS)
        scheme = None if elements is None else elements.find(f"{_A}fontScheme")
        for kind in ("major", "minor"):
            latin = None if scheme is None else scheme.find(f"{_A}{kind}Font/{_A}latin")
            if latin is not None and latin.get("typeface"):
                fonts[kind] = latin.get("typeface")
        for slot in () if elements is None else elements.iterfind(f"{_A}clrScheme/*"):
            value = slot[0].get("lastClr") or slot[0].get("val") if len(slot) else None
            if value and len(value) == 6:
                local = slot.tag[len(_A):]
                colors[_COLOR_SLOTS.get(local, local)] = value.upper()
        _THEMES[part] = theme = {"fonts": fonts, "colors": colors}
    return theme


def theme_colors(doc) -> dict[str, str]:
    """{w:themeColor name ("text1", "accent1" ...): "RRGGBB"} of the document theme."""
    return _theme(doc)["colors"]


def font_name(look: Lookup, owner, p) -> str | None:
    """The Latin font: the nearest w:ascii, or the theme font its w:asciiTheme names."""
    rpr = get_rpr(owner)
    layers = (None if rpr is None else _child(rpr, W.rFonts), look.inherited(rpr, p, "rFonts"))
    for el in layers:
        if el is None:
            continue
        theme = el.get(W.asciiTheme)
        if theme:  # a theme font wins over an explicit name
            return _theme(look.doc)["fonts"].get("major" if theme.startswith("major") else "minor")
        if el.get(W.ascii):
            return el.get(W.ascii)
    return None


def effective_run_format(doc, r, p) -> dict:
    """What Word shows for run `r` (or a paragraph mark's `w:pPr`) of paragraph `p`.

    Keys: bold, italic, strike (bool); underline (ST_Underline value such as "single" or
    "double", None when not underlined); vertAlign ("baseline", "superscript", "subscript");
    font (Latin font name, theme fonts resolved; None if unknown); size (points, float);
    color ("RRGGBB" or "auto"); highlight (w:highlight value such as "yellow"; None if none)."""
    look, rpr = Lookup(doc), get_rpr(r)
    u = look.effective(rpr, p, "u")
    va = look.effective(rpr, p, "vertAlign")
    color = look.effective(rpr, p, "color")
    hl = look.effective(rpr, p, "highlight")
    underline = None if u is None else u.get(W.val, "none")
    highlight = None if hl is None else hl.get(W.val, "none")
    return {
        "bold": is_on(look.effective(rpr, p, "b")),
        "italic": is_on(look.effective(rpr, p, "i")),
        "underline": None if underline == "none" else underline,
        "strike": is_on(look.effective(rpr, p, "strike")),
        "vertAlign": "baseline" if va is None else va.get(W.val, "baseline"),
        "font": font_name(look, r, p),
        "size": size_pt(look, r, p),
        "color": "auto" if color is None else color.get(W.val, "auto"),
        "highlight": None if highlight == "none" else highlight,
    }

"""Style lookup and effective formatting: what Word shows after direct, character-style,
paragraph-style and document-default formatting are combined."""

from __future__ import annotations

from itertools import count

from docx.styles import BabelFish

from .xml import W, w_val

_FALSE = {"0", "false", "off", "none"}
_MISSING = object()
_VERSIONS = count(1)
_PPR, _PSTYLE = W.pPr, W.pStyle


def is_on(el) -> bool:
    """Whether an on/off property element (w:b, w:i, ...) is set: present and not val=0/false."""
    return el is not None and el.get(W.val, "1") not in _FALSE


class StyleSheet:
    """Reads styles.xml through lxml with caches; invalidated when the styles part changes.

    Toggle properties use "nearest definition wins" along run → character style → paragraph
    style → defaults (Word XORs toggles between style layers; templates rarely rely on it)."""

    def __init__(self, document_part):
        self.part = document_part._styles_part
        self._blob: tuple = (None, b"")  # (version, the part's XML as saved)
        self.invalidate()

    def invalidate(self) -> None:
        # a new version lets readers' caches see style edits (never reused: see `resume`)
        self.version = next(_VERSIONS)
        self._styles: dict | None = None
        self._names: dict[str, str] = {}
        self._ui_names: dict = {}
        self._chain_cache: dict[tuple, dict] = {}

    def blob(self) -> bytes:
        """styles.xml as a save writes it, serialized once per version (the same bytes object
        until the styles change, so a save compresses it once too)."""
        if self._blob[0] != self.version:
            self._blob = (self.version, self.part.blob)
        return self._blob[1]

    # ------------------------------------------------------------------ keeping the caches
    def kept(self) -> tuple | None:
        """The caches as they are now, for `resume`; None when there are none."""
        if self._styles is None:
            return None
        return (self._signature(), self.version, self._styles, self._names, self._ui_names,
                self._chain_cache, self._defaults, self._doc_rpr, self._doc_ppr)

    def resume(self, kept: tuple | None) -> bool:
        """Take back the caches `kept` before an operation that invalidated them although it
        may have left the styles alone: undo, redo, a rollback or a restore change the part
        only by replacing all its children with copies. So when the part still holds the very
        children (count, first and last) the caches were built from, they are still right.
        (Not for commands: they may edit a style in place.) True when taken back."""
        if kept is None:
            return False
        seen, now = kept[0], self._signature()
        if now[0] != seen[0] or now[1] is not seen[1] or now[2] is not seen[2]:
            return False
        (_, self.version, self._styles, self._names, self._ui_names, self._chain_cache,
         self._defaults, self._doc_rpr, self._doc_ppr) = kept
        return True

    def _signature(self) -> tuple:
        """The part's child count and first and last children (holding them keeps their lxml
        proxies, so identity tells whether they are still the same elements)."""
        root = self.part._element
        n = len(root)
        return (n, root[0], root[-1]) if n else (0, None, None)

    def _index(self) -> dict:
        if self._styles is None:
            root = self.part._element
            styles, defaults = {}, {}
            for st in root.iterchildren(W.style):
                sid = st.get(W.styleId)
                styles[sid] = st
                name = sid
                for c in st:  # cheaper than find(): w:name is almost always the first child
                    if c.tag == W.name:
                        name = c.get(W.val, sid)
                        break
                self._names.setdefault(name.lower(), sid)
                self._names.setdefault(sid.lower(), sid)
                if st.get(W.default) in ("1", "true"):
                    defaults[st.get(W.type)] = sid
            self._defaults = defaults
            dd = root.find(W.docDefaults)
            self._doc_rpr = _props(dd, W.rPrDefault, W.rPr)
            self._doc_ppr = _props(dd, W.pPrDefault, W.pPr)
            self._styles = styles
        return self._styles

    # ------------------------------------------------------------------ names
    def style_id(self, name_or_id: str) -> str | None:
        """Style id for a UI name ("Heading 1") or an id ("Heading1"), case-insensitive."""
        self._index()
        key = name_or_id.lower()
        return self._names.get(key)

    def name(self, style_id: str | None) -> str | None:
        st = self._index().get(style_id)
        return None if st is None else w_val(st.find(W.name), style_id)

    def ui_name(self, style_id: str | None) -> str | None:
        """The name Word and python-docx show ("Heading 1", not the stored "heading 1")."""
        self._index()
        hit = self._ui_names.get(style_id, _MISSING)
        if hit is _MISSING:
            name = self.name(style_id)
            hit = self._ui_names[style_id] = None if name is None else BabelFish.internal2ui(name)
        return hit

    def element(self, style_id: str | None):
        return self._index().get(style_id)

    def default_id(self, kind: str = "paragraph") -> str | None:
        self._index()
        return self._defaults.get(kind)

    def paragraph_style_id(self, p) -> str | None:
        # The schema puts w:pPr first in w:p and w:pStyle first in w:pPr: indexing beats find().
        sid = None
        if len(p) and p[0].tag == _PPR:
            ppr = p[0]
            if len(ppr) and ppr[0].tag == _PSTYLE:
                sid = ppr[0].get(W.val)
        styles = self._styles if self._styles is not None else self._index()
        if sid is None or sid not in styles:
            return self._defaults.get("paragraph")
        return sid

    # ------------------------------------------------------------------ effective values
    def _chain(self, style_id: str | None, props_tag: str) -> dict:
        """{property tag: element} of a style and everything it is based on (nearest wins)."""
        key = (style_id, props_tag)
        cached = self._chain_cache.get(key)
        if cached is not None:
            return cached
        merged: dict = {}
        seen = set()
        styles = self._index()
        sid = style_id
        while sid is not None and sid not in seen and sid in styles:
            seen.add(sid)
            st = styles[sid]
            props = st.find(props_tag)
            if props is not None:
                for c in props:
                    merged.setdefault(c.tag, c)
            sid = w_val(st.find(W.basedOn))
        self._chain_cache[key] = merged
        return merged

    def run_property(self, r, p, tag: str):
        """The element that decides run property `tag` for run `r` in paragraph `p`, or None."""
        rpr = r.find(W.rPr) if r is not None else None
        if rpr is not None:
            el = rpr.find(tag)
            if el is not None:
                return el
            rstyle = w_val(rpr.find(W.rStyle))
            if rstyle is not None:
                el = self._chain(rstyle, W.rPr).get(tag)
                if el is not None:
                    return el
        el = self._chain(self.paragraph_style_id(p), W.rPr).get(tag)
        if el is not None:
            return el
        self._index()
        return self._doc_rpr.get(tag)

    def paragraph_property(self, p, tag: str):
        """The element that decides paragraph property `tag` of `p`, or None."""
        ppr = p.find(W.pPr)
        if ppr is not None:
            el = ppr.find(tag)
            if el is not None:
                return el
        return self.style_paragraph_property(self.paragraph_style_id(p), tag)

    def style_paragraph_property(self, style_id: str | None, tag: str):
        """Paragraph property `tag` as style `style_id` (and the defaults) give it, ignoring
        direct formatting; None when nothing sets it."""
        el = self._chain(style_id, W.pPr).get(tag)
        if el is not None:
            return el
        self._index()
        return self._doc_ppr.get(tag)

    def next_style_id(self, style_id: str | None) -> str | None:
        """The style Word gives the paragraph after one of `style_id` (Heading 1 → Normal)."""
        st = self._index().get(style_id)
        nxt = w_val(st.find(W.next)) if st is not None else None
        return nxt if nxt in self._index() else style_id


def _props(dd, outer: str, inner: str) -> dict:
    if dd is None:
        return {}
    o = dd.find(outer)
    props = o.find(inner) if o is not None else None
    return {} if props is None else {c.tag: c for c in props}


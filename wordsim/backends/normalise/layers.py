"""Effective formatting, layer by layer: the property elements that decide a paragraph's and a
run's look, nearest first (direct, character style, paragraph style chain, the table style's
conditional and whole-table formats, document defaults), and the values they give."""

from __future__ import annotations

from wordsim.document import WordDocument
from wordsim.document.char_rpr import _theme as _theme_of  # the parsed theme
from wordsim.document.char_rpr import theme_colors
from wordsim.document.char_values import DEFAULT_FONT_SIZE
from wordsim.document.styles import is_on
from wordsim.document.xml import W, w_val

from .records import Format, Tab
from .table_look import cell_of, conditions, look

_TOGGLES = ("b", "i", "strike", "dstrike", "caps", "smallCaps", "vanish")
_LINE_RULES = {"auto": "multiple", "exact": "exact", "atLeast": "at_least"}
ALIGNMENTS = {"both": "justify", "start": "left", "end": "right", "distribute": "distribute"}


class Layers:
    """The property elements that decide a paragraph's and a run's formatting, nearest first:
    direct, (character style,) paragraph style chain, table style chain, document defaults."""

    def __init__(self, doc: WordDocument):
        self.doc = doc
        self.styles = doc.styles
        root = self.styles.part.element
        dd = root.find(W.docDefaults)
        self.default_ppr = [] if dd is None else dd.findall(f"{W.pPrDefault}/{W.pPr}")
        self.default_rpr = [] if dd is None else dd.findall(f"{W.rPrDefault}/{W.rPr}")
        self._chains: dict = {}
        self._tables: dict = {}  # (id(w:tbl), row, column, tag) -> (w:tbl, layers)
        theme = _theme_of(doc)
        self.theme_fonts, self.theme_colors = theme["fonts"], theme_colors(doc)

    def chain(self, style_id: str | None, tag: str) -> list:
        """`tag` (w:pPr or w:rPr) elements of a style and the styles it is based on."""
        key = (style_id, tag)
        hit = self._chains.get(key)
        if hit is None:
            hit, seen, sid = [], set(), style_id
            while sid is not None and sid not in seen:
                seen.add(sid)
                st = self.styles.element(sid)
                if st is None:
                    break
                props = st.find(tag)
                if props is not None:
                    hit.append(props)
                sid = w_val(st.find(W.basedOn))
            self._chains[key] = hit
        return hit

    def paragraph_style(self, p) -> str | None:
        return self.styles.paragraph_style_id(p)

    def table_layers(self, p, tag: str) -> list:
        """`tag` (w:pPr or w:rPr) elements the table style gives the cell holding `p`, nearest
        first: the conditional formats that apply to the cell, then the whole table's."""
        cell = cell_of(p)
        if cell is None:
            return []
        tbl, row, col, rows, cols = cell
        key = (id(tbl), row, col, tag)
        hit = self._tables.get(key)
        if hit is None or hit[0] is not tbl:
            tblpr = tbl.find(W.tblPr)
            sid = w_val(tblpr.find(W.tblStyle)) if tblpr is not None else None
            if sid is None or self.styles.element(sid) is None:
                sid = self.styles.default_id("table")
            kinds = conditions(look(tblpr), row, col, rows, cols, self._band_sizes(sid))
            props = []
            for style in self._style_chain(sid):
                found = {o.get(W.type): o.find(tag) for o in style.iterchildren(W.tblStylePr)}
                props += [found[k] for k in kinds if found.get(k) is not None]
            hit = self._tables[key] = (tbl, props + self.chain(sid, tag))
        return hit[1]

    def _style_chain(self, sid: str | None) -> list:
        out, seen = [], set()
        while sid is not None and sid not in seen:
            seen.add(sid)
            st = self.styles.element(sid)
            if st is None:
                break
            out.append(st)
            sid = w_val(st.find(W.basedOn))
        return out

    def _band_sizes(self, sid: str | None) -> tuple[int, int]:
        rows = cols = None
        for st in self._style_chain(sid):
            tblpr = st.find(W.tblPr)
            if tblpr is not None:
                rows = rows or w_val(tblpr.find(W.tblStyleRowBandSize))
                cols = cols or w_val(tblpr.find(W.tblStyleColBandSize))
        return max(int(rows or 1), 1), max(int(cols or 1), 1)

    def ppr_layers(self, p) -> list:
        ppr = p.find(W.pPr)
        direct = [] if ppr is None else [ppr]
        return direct + self.chain(self.paragraph_style(p), W.pPr) + \
            self.table_layers(p, W.pPr) + self.default_ppr

    def rpr_layers(self, r, p) -> list:
        rpr = r.find(W.rPr)
        direct, char = [], []
        if rpr is not None:
            direct = [rpr]
            rstyle = w_val(rpr.find(W.rStyle))
            if rstyle is not None:
                char = self.chain(rstyle, W.rPr)
        return direct + char + self.chain(self.paragraph_style(p), W.rPr) + \
            self.table_layers(p, W.rPr) + self.default_rpr

    # ------------------------------------------------------------------ paragraphs
    def paragraph(self, p) -> dict:
        layers = self.ppr_layers(p)
        rule = _attr(layers, W.spacing, W.lineRule) or "auto"
        line = _attr(layers, W.spacing, W.line)
        rule = _LINE_RULES.get(rule, "multiple")
        if line is None:
            line_value, rule = 1.0, "multiple"
        else:
            line_value = _twips(line) / (240 if rule == "multiple" else 20)
        jc = _element(layers, W.jc)
        jc_val = w_val(jc, "left") if jc is not None else "left"
        return {
            "alignment": ALIGNMENTS.get(jc_val, jc_val),
            "before": points(_attr(layers, W.spacing, W.before)),
            "after": points(_attr(layers, W.spacing, W.after)),
            "line": line_value,
            "rule": rule,
            # w:start/w:end are ISO 29500's names for w:left/w:right
            "left": points(_attr(layers, W.ind, W.left, W.start)),
            "right": points(_attr(layers, W.ind, W.right, W.end)),
            "first": _first_line(layers),
            "keepNext": is_on(_element(layers, W.keepNext)),
            "keepLines": is_on(_element(layers, W.keepLines)),
            "pageBreakBefore": int(is_on(_element(layers, W.pageBreakBefore))),
            "tabs": _tabs(layers),
        }

    # ------------------------------------------------------------------ runs
    def run_format(self, r, p) -> Format:
        layers = self.rpr_layers(r, p)
        on = {t: is_on(_element(layers, getattr(W, t))) for t in _TOGGLES}
        u = _element(layers, W.u)
        underline = None if u is None else u.get(W.val, "single")
        va = w_val(_element(layers, W.vertAlign), "baseline")
        sz = w_val(_element(layers, W.sz))
        hl = w_val(_element(layers, W.highlight))
        return Format(
            on["b"], on["i"], None if underline == "none" else underline, on["strike"],
            on["dstrike"], va, on["caps"], on["smallCaps"], on["vanish"], self._font(layers),
            int(sz) / 2 if sz and sz.isdigit() else DEFAULT_FONT_SIZE, self._color(layers),
            None if hl in (None, "none") else hl,
        )  # fmt: skip

    def _font(self, layers) -> str | None:
        """The nearest layer naming a Latin font; a theme font wins over a name beside it."""
        for rpr in layers:
            el = rpr.find(W.rFonts)
            if el is None:
                continue
            theme = el.get(W.asciiTheme)
            if theme:
                return self.theme_fonts.get("major" if theme.startswith("major") else "minor")
            if el.get(W.ascii):
                return el.get(W.ascii)
        return None

    def _color(self, layers) -> str | None:
        """The nearest colour: its stored value, or the theme colour it names when it stores
        none (the stored value is what the program computed for tints and shades)."""
        el = _element(layers, W.color)
        if el is None:
            return None
        val = el.get(W.val)
        if val and val.lower() != "auto":
            return val.upper()
        theme = el.get(W.themeColor)
        return self.theme_colors.get(theme) if theme else None


def _element(layers: list, tag: str):
    """The nearest layer's `tag` child."""
    for props in layers:
        el = props.find(tag)
        if el is not None:
            return el
    return None


def _attr(layers: list, tag: str, *attrs: str) -> str | None:
    """The nearest value of `tag`'s attribute, the first of `attrs` an element has (Word
    inherits spacing and indents attribute by attribute)."""
    for props in layers:
        el = props.find(tag)
        if el is None:
            continue
        for attr in attrs:
            value = el.get(attr)
            if value is not None:
                return value
    return None


def _first_line(layers: list) -> float:
    """The first-line indent, negative when hanging (the nearest layer with either wins)."""
    for props in layers:
        el = props.find(W.ind)
        if el is None:
            continue
        if el.get(W.hanging) is not None:
            return -points(el.get(W.hanging))
        if el.get(W.firstLine) is not None:
            return points(el.get(W.firstLine))
    return 0.0


def _twips(value: str) -> float:
    try:
        return float(int(value))
    except ValueError:  # a universal measure such as "12pt" (ISO 29500)
        units = {"pt": 20, "in": 1440, "cm": 1440 / 2.54, "mm": 144 / 2.54, "pc": 240}
        for unit, factor in units.items():
            if value.endswith(unit):
                return float(value[: -len(unit)]) * factor
        raise


def points(value: str | None) -> float:
    return 0.0 if value is None else _twips(value) / 20


def _tabs(layers: list) -> tuple[Tab, ...]:
    """Tab stops: those of the styles, then direct ones; a "clear" stop removes the one at its
    position from the layers below."""
    stops: dict[float, Tab] = {}
    for props in reversed(layers):  # farthest first, nearer layers override
        tabs = props.find(W.tabs)
        if tabs is None:
            continue
        for tab in tabs.iterchildren(W.tab):
            pos = _twips(tab.get(W.pos, "0")) / 20
            kind = tab.get(W.val, "left")
            if kind == "clear":
                stops.pop(pos, None)
            else:
                kind = ALIGNMENTS.get(kind, kind)
                stops[pos] = Tab(pos, kind, tab.get(W.leader, "none"))
    return tuple(stops[k] for k in sorted(stops))

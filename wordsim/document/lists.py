"""Bulleted and numbered lists as real numbering definitions (numbering.xml), and their labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.parts.numbering import NumberingPart

from .commands import CommandError, command
from .paragraph import (
    MAX_LEVEL,
    ensure_style,
    number,
    numbering_ref,
    prune_ppr,
    selected,
    set_numbering_ref,
    set_style,
    style_ppr,
    to_int,
)
from .xml import W, make, w_val

# Bullet Library: shown symbol -> (w:lvlText character, font). Word stores most bullets as
# private-use characters of a symbol font.
BULLETS: dict[str, tuple[str, str]] = {
    "•": ("\uf0b7", "Symbol"),
    "o": ("o", "Courier New"),
    "▪": ("\uf0a7", "Wingdings"),
    "●": ("\uf06c", "Wingdings"),
    "◆": ("\uf075", "Wingdings"),
    "❖": ("\uf076", "Wingdings"),
    "➢": ("\uf0d8", "Wingdings"),
    "✓": ("\uf0fc", "Wingdings"),
    "–": ("–", "Calibri"),
}
BULLET_ALIASES = {
    "bullet": "•",
    "disc": "•",
    "dot": "•",
    "·": "•",
    "circle": "o",
    "hollow circle": "o",
    "○": "o",
    "square": "▪",
    "■": "▪",
    "filled circle": "●",
    "diamond": "◆",
    "diamonds": "❖",
    "arrow": "➢",
    "check": "✓",
    "checkmark": "✓",
    "✔": "✓",
    "dash": "–",
    "-": "–",
}
LEVEL_BULLETS = ("•", "o", "▪")  # Word's symbols for list levels 1, 2, 3, 4, ... (cycling)
# Numbering Library: format -> (w:numFmt, text before, text after the number).
NUMBER_FORMATS: dict[str, tuple[str, str, str]] = {
    "1.": ("decimal", "", "."),
    "1)": ("decimal", "", ")"),
    "(1)": ("decimal", "(", ")"),
    "a.": ("lowerLetter", "", "."),
    "a)": ("lowerLetter", "", ")"),
    "(a)": ("lowerLetter", "(", ")"),
    "A.": ("upperLetter", "", "."),
    "A)": ("upperLetter", "", ")"),
    "i.": ("lowerRoman", "", "."),
    "i)": ("lowerRoman", "", ")"),
    "I.": ("upperRoman", "", "."),
}
NUMBER_ALIASES = {
    "decimal": "1.",
    "number": "1.",
    "numbers": "1.",
    "lowerletter": "a.",
    "upperletter": "A.",
    "lowerroman": "i.",
    "upperroman": "I.",
}
LEVEL_NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")  # levels 2.. cycle these
_GLYPHS = {char: shown for shown, (char, _font) in BULLETS.items()}
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_PLACEHOLDER = re.compile(r"%([1-9])")
_NUMBERING_XML = f"<w:numbering {nsdecls('w')}/>"


# ---------------------------------------------------------------------------- definitions
@dataclass(frozen=True)
class Level:
    fmt: str  # w:numFmt: bullet, decimal, lowerLetter ...
    text: str  # w:lvlText: "%1." or a bullet character
    start: int = 1


_DEFAULT_LEVEL = Level("decimal", "%1.")


@dataclass
class Num:
    abstract: int
    starts: dict[int, int] = field(default_factory=dict)  # ilvl -> startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # ilvl -> overriding w:lvl


def _level(lvl) -> Level:
    text = w_val(lvl.find(W.lvlText), "")
    return Level(w_val(lvl.find(W.numFmt), "decimal"), text, to_int(w_val(lvl.find(W.start)), 1))


class Definitions:
    """numbering.xml indexed by id; a num or abstract definition is read when first asked for
    (Word's files hold dozens of 9-level definitions that a view never needs)."""

    def __init__(self, doc, root):
        self.doc = doc
        self._abstract_els = {
            to_int(a.get(W.abstractNumId), -1): a for a in root.iterchildren(W.abstractNum)
        }
        self._num_els = {to_int(n.get(W.numId), 0): n for n in root.iterchildren(W.num)}
        self._abstracts: dict[int, dict[int, Level]] = {}
        self._nums: dict[int, Num | None] = {}

    def num(self, num_id: int) -> Num | None:
        """The w:num `num_id`: its abstract definition and level overrides, or None."""
        if num_id not in self._nums:
            el = self._num_els.get(num_id)
            entry = None if el is None else Num(to_int(w_val(el.find(W.abstractNumId)), -1))
            for ov in () if el is None else el.iterchildren(W.lvlOverride):
                ilvl = to_int(ov.get(W.ilvl), 0)
                start, lvl = ov.find(W.startOverride), ov.find(W.lvl)
                if start is not None:
                    entry.starts[ilvl] = to_int(w_val(start), 1)
                if lvl is not None:
                    entry.levels[ilvl] = _level(lvl)
            self._nums[num_id] = entry
        return self._nums[num_id]

    def level(self, num_id: int, ilvl: int) -> Level | None:
        """The level definition a paragraph of list `num_id` at `ilvl` shows, or None."""
        num = self.num(num_id)
        if num is None:
            return None
        if ilvl in num.levels:
            return num.levels[ilvl]
        levels = self._abstract_levels(num.abstract, 0)
        return levels[ilvl] if ilvl in levels else Level("decimal", f"%{ilvl + 1}.")

    def _abstract_levels(self, aid: int, depth: int) -> dict[int, Level]:
        if aid in self._abstracts:
            return self._abstracts[aid]
        an = self._abstract_els.get(aid)
        levels = (
            {}
            if an is None
            else {to_int(lv.get(W.ilvl), 0): _level(lv) for lv in an.iterchildren(W.lvl)}
        )
        link = None if an is None else w_val(an.find(W.numStyleLink))
        if not levels and link is not None and depth < 4:
            # A list-style reference: the numbering style names the num holding the levels.
            style = self.doc.styles.element(link)
            ppr = None if style is None else style.find(W.pPr)
            numpr = None if ppr is None else ppr.find(W.numPr)
            linked = self.num(to_int(None if numpr is None else w_val(numpr.find(W.numId)), 0))
            if linked is not None:
                levels = self._abstract_levels(linked.abstract, depth + 1)
        self._abstracts[aid] = levels
        return levels

    def signature(self, num_id: int) -> tuple[str, str] | None:
        """(numFmt, lvlText) of the first level of list `num_id`: which library item it is."""
        lvl = self.level(num_id, 0)
        return None if lvl is None else (lvl.fmt, lvl.text)


def numbering_root(doc, create: bool = False):
    """The w:numbering element (None when the document has none and `create` is False).
    Creating one declares the relationship change first, so undo removes it again."""
    try:
        return doc.part.part_related_by(RT.NUMBERING)._element
    except KeyError:
        if not create:
            return None
    package = doc.part.package
    taken = {str(p.partname) for p in package.iter_parts()}
    name = "/word/numbering.xml"
    n = 1
    while name in taken:
        name, n = f"/word/numbering{n}.xml", n + 1
    part = NumberingPart(PackURI(name), CT.WML_NUMBERING, parse_xml(_NUMBERING_XML), package)
    doc.touch_rels(doc.part)
    doc.part.relate_to(part, RT.NUMBERING)
    return part._element


def definitions(doc) -> Definitions | None:
    root = numbering_root(doc)
    return None if root is None else Definitions(doc, root)


# ---------------------------------------------------------------------------- labels
def format_number(n: int, fmt: str) -> str:
    """How Word writes counter `n` in number format `fmt`."""
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s, rest = "", n
        for value, digits in _ROMAN:
            while rest >= value > 0:
                s, rest = s + digits, rest - value
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class Counter:
    """Word's list counters, fed paragraphs in document order. Counters belong to the abstract
    definition (lists sharing one continue each other) and a num with a startOverride
    restarts that level where it first appears."""

    def __init__(self, doc, defs: Definitions):
        self.doc, self.defs = doc, defs
        self.counts: dict[int, list] = {}
        self.seen: set[int] = set()

    def feed(self, p) -> tuple[tuple[int, int], Level, str] | None:
        """((numId, ilvl), level, label) of paragraph `p`, or None outside a list."""
        ref = numbering_ref(self.doc, p)
        level = None if ref is None else self.defs.level(*ref)
        if level is None:
            return None
        num_id, ilvl = ref
        num = self.defs.num(num_id)
        counts = self.counts.setdefault(num.abstract, [None] * (MAX_LEVEL + 1))
        if num_id not in self.seen:
            self.seen.add(num_id)
            for lv, start in num.starts.items():
                if 0 <= lv <= MAX_LEVEL:
                    counts[lv:] = [start - 1] + [None] * (MAX_LEVEL - lv)
        counts[ilvl] = level.start if counts[ilvl] is None else counts[ilvl] + 1
        counts[ilvl + 1 :] = [None] * (MAX_LEVEL - ilvl)
        return ref, level, self._label(num_id, level, counts)

    def _label(self, num_id: int, level: Level, counts: list) -> str:
        if level.fmt == "bullet":
            return _GLYPHS.get(level.text, level.text or "•")

        def value(m):
            k = int(m.group(1)) - 1
            lvl = self.defs.level(num_id, k) or _DEFAULT_LEVEL
            return format_number(lvl.start if counts[k] is None else counts[k], lvl.fmt)

        return _PLACEHOLDER.sub(value, level.text)


def list_info(doc, p) -> dict | None:
    """numId, ilvl, kind ("bullet"/"number"), numFmt, lvlText and the displayed label
    ("3.", "•", "b)") of paragraph `p` (a w:p of the story or its index); None outside lists."""
    i = p if isinstance(p, int) else doc.story.index(p)
    paras = doc.story.paragraphs
    if numbering_ref(doc, paras[i]) is None:  # the common case stays cheap
        return None
    defs = definitions(doc)
    if defs is None:
        return None
    counter = Counter(doc, defs)
    for q in paras[:i]:
        counter.feed(q)
    fed = counter.feed(paras[i])
    if fed is None:
        return None
    (num_id, ilvl), level, label = fed
    kind = "bullet" if level.fmt == "bullet" else "number"
    return {
        "numId": num_id,
        "ilvl": ilvl,
        "kind": kind,
        "numFmt": level.fmt,
        "lvlText": level.text,
        "label": label,
    }


def list_labels(doc) -> dict[int, str]:
    """{story index: displayed label} of every list paragraph, in one pass."""
    defs = definitions(doc)
    if defs is None:
        return {}
    counter = Counter(doc, defs)
    out = {}
    for i, p in enumerate(doc.story.paragraphs):
        fed = counter.feed(p)
        if fed is not None:
            out[i] = fed[2]
    return out


# ---------------------------------------------------------------------------- creating
def _bullet_levels(shown: str) -> list[tuple]:
    out = []
    for lv in range(MAX_LEVEL + 1):
        char, font = BULLETS[shown if lv == 0 else LEVEL_BULLETS[lv % 3]]
        out.append(("bullet", char, "left", 360, font))
    return out


def _number_levels(fmt_key: str) -> list[tuple]:
    fmt, before, after = NUMBER_FORMATS[fmt_key]
    out = []
    for lv in range(MAX_LEVEL + 1):
        f = fmt if lv == 0 else LEVEL_NUMBER_FORMATS[lv % 3]
        roman = f.endswith("Roman")  # Word right-aligns roman numerals with a smaller hanging
        out.append(
            (
                f,
                f"{before}%{lv + 1}{after}",
                "right" if roman else "left",
                180 if roman else 360,
                None,
            )
        )
    return out


def _new_list(root, levels: list[tuple]) -> int:
    """Add a 9-level w:abstractNum and a w:num using it; returns the new numId."""
    ids = [to_int(a.get(W.abstractNumId), 0) for a in root.iterchildren(W.abstractNum)]
    aid = max(ids, default=-1) + 1
    nsids = {w_val(a.find(W.nsid)) for a in root.iterchildren(W.abstractNum)}
    seed = aid
    while True:  # deterministic, unique 8-hex ids (same edits => same bytes)
        nsid = f"{(0x2A5F0000 + seed * 2654435761) & 0xFFFFFFFF:08X}"
        seed += 1
        if nsid not in nsids:
            break
    an = make(
        "w:abstractNum",
        {"w:abstractNumId": str(aid)},
        make("w:nsid", {"w:val": nsid}),
        make("w:multiLevelType", {"w:val": "hybridMultilevel"}),
        make("w:tmpl", {"w:val": f"{(int(nsid, 16) ^ 0x5A5A5A5A):08X}"}),
    )
    for lv, (fmt, text, jc, hanging, font) in enumerate(levels):
        lvl = make(
            "w:lvl",
            {"w:ilvl": str(lv)},
            make("w:start", {"w:val": "1"}),
            make("w:numFmt", {"w:val": fmt}),
            make("w:lvlText", {"w:val": text}),
            make("w:lvlJc", {"w:val": jc}),
            make(
                "w:pPr",
                {},
                make("w:ind", {"w:left": str(720 * (lv + 1)), "w:hanging": str(hanging)}),
            ),
        )
        if font is not None:
            fonts = {"w:ascii": font, "w:hAnsi": font, "w:hint": "default"}
            lvl.append(make("w:rPr", {}, make("w:rFonts", fonts)))
        an.append(lvl)
    # Schema order: numPicBullet*, abstractNum*, num*, numIdMacAtCleanup?
    later = next((c for c in root if c.tag in (W.num, W.numIdMacAtCleanup)), None)
    if later is None:
        root.append(an)
    else:
        later.addprevious(an)
    return root.add_num(aid).numId


def _toggle_list(doc, signature: tuple[str, str], levels: list[tuple], what: str) -> str:
    """Bullets/Numbering button: remove the list when every selected paragraph is already in a
    list of this kind, else put them all in one (continuing the list just above if it matches)."""
    defs = definitions(doc)
    paras = selected(doc)
    refs = [numbering_ref(doc, p) for p in paras]
    sigs = [None if r is None or defs is None else defs.signature(r[0]) for r in refs]
    rng = doc.selection.paragraphs()
    if all(s == signature for s in sigs):
        doc.touch(rng.start, rng.stop - 1)
        list_style = doc.styles.style_id("List Paragraph")
        for p in paras:
            p.get_or_add_pPr()._remove_numPr()
            inherited = style_ppr(doc, p, W.numPr)
            if inherited is not None and to_int(w_val(inherited.find(W.numId)), 0) > 0:
                set_numbering_ref(p, 0, 0)  # numId 0 switches off the style's numbering
            if list_style is not None and doc.styles.paragraph_style_id(p) == list_style:
                set_style(doc, p, None)
            prune_ppr(p)
        return f"{what} are removed."
    above = numbering_ref(doc, doc.story.paragraphs[rng.start - 1]) if rng.start > 0 else None
    if above is not None and defs is not None and defs.signature(above[0]) == signature:
        num_id = above[0]
    else:
        root = numbering_root(doc, create=True)
        doc.touch_part(doc.part.part_related_by(RT.NUMBERING))
        num_id = _new_list(root, levels)
    list_style = None
    normal = doc.styles.default_id("paragraph")
    if any(doc.styles.paragraph_style_id(p) == normal for p in paras):
        list_style = ensure_style(doc, "List Paragraph")
    doc.touch(rng.start, rng.stop - 1)
    for p, ref in zip(paras, refs, strict=True):
        set_numbering_ref(p, num_id, 0 if ref is None else ref[1])
        if list_style is not None and doc.styles.paragraph_style_id(p) == normal:
            set_style(doc, p, list_style)  # Word gives plain paragraphs the List Paragraph style
    return f"{what} are applied."


@command("bullets")
def bullets(doc, style: str = "•") -> str:
    """Toggle a bulleted list (Bullet Library symbol, e.g. "•", "o", "▪", "✓", "➢")."""
    key = BULLET_ALIASES.get(str(style).strip().lower(), str(style).strip())
    if key not in BULLETS:
        raise CommandError(f"Bullet style must be one of {' '.join(BULLETS)}, not {style!r}.")
    return _toggle_list(doc, ("bullet", BULLETS[key][0]), _bullet_levels(key), "Bullets")


@command("numbering")
def numbering(doc, format: str = "1.") -> str:
    """Toggle a numbered list in a Numbering Library format ("1.", "1)", "a.", "A.", "i.", "I.")."""
    key = str(format).strip()
    key = NUMBER_ALIASES.get(key.lower().replace(" ", ""), key)
    if key not in NUMBER_FORMATS:
        raise CommandError(
            f"Numbering format must be one of {', '.join(NUMBER_FORMATS)}, not {format!r}."
        )
    fmt, before, after = NUMBER_FORMATS[key]
    return _toggle_list(doc, (fmt, f"{before}%1{after}"), _number_levels(key), "Numbers")


def _current_number_list(doc) -> tuple[int, int, int, Definitions]:
    """(story index, numId, ilvl, definitions) of the numbered list at the selection start."""
    i = doc.selection.start.para
    ref = numbering_ref(doc, doc.story.paragraphs[i])
    defs = definitions(doc)
    level = None if ref is None or defs is None else defs.level(*ref)
    if level is None or level.fmt == "bullet":
        raise CommandError("The selection is not in a numbered list.")
    return i, ref[0], ref[1], defs


def _move_to(doc, indices: list[int], num_id: int) -> None:
    """Put story paragraphs `indices` (ascending) into list `num_id`, keeping their levels."""
    paras = doc.story.paragraphs
    levels = [numbering_ref(doc, paras[j])[1] for j in indices]
    doc.touch(indices[0], indices[-1])
    for j, ilvl in zip(indices, levels, strict=True):
        set_numbering_ref(paras[j], num_id, ilvl)


def _same_list_from(doc, start: int, num_id: int) -> list[int]:
    paras = doc.story.paragraphs
    return [
        j for j in range(start, len(paras)) if (numbering_ref(doc, paras[j]) or (0,))[0] == num_id
    ]


def _restart(doc, value: int) -> None:
    """A new w:num over the same abstract definition, starting at `value`, for the selected
    paragraph and every later paragraph of its list (Word's Restart at 1 / Set Numbering Value)."""
    i, num_id, ilvl, defs = _current_number_list(doc)
    root = numbering_root(doc)
    doc.touch_part(doc.part.part_related_by(RT.NUMBERING))
    num = root.add_num(defs.num(num_id).abstract)
    num.add_lvlOverride(ilvl=ilvl).add_startOverride(val=value)
    _move_to(doc, _same_list_from(doc, i, num_id), num.numId)


@command("restart_numbering")
def restart_numbering(doc) -> str:
    _restart(doc, 1)
    return "Numbering restarts at 1."


@command("set_numbering_value")
def set_numbering_value(doc, n) -> str:
    """Set Numbering Value dialog, Start new list: this item shows `n`."""
    value = number(n, "Numbering value")
    if value != int(value) or not 0 <= value <= 32767:
        raise CommandError(f"Numbering value must be a whole number from 0 to 32767, not {n!r}.")
    _restart(doc, int(value))
    return f"Numbering value is set to {int(value)}."


@command("continue_numbering")
def continue_numbering(doc) -> str:
    """Continue Numbering: the selected list joins the numbered list before it."""
    i, num_id, _ilvl, defs = _current_number_list(doc)
    paras = doc.story.paragraphs
    first, previous = i, None
    for j in range(i - 1, -1, -1):
        ref = numbering_ref(doc, paras[j])
        if ref is None:
            continue
        if ref[0] == num_id:
            first = j  # earlier items of the same list join too
            continue
        level = defs.level(*ref)
        if level is not None and level.fmt != "bullet":
            previous = ref[0]
            break
    if previous is None:
        raise CommandError("There is no previous numbered list to continue.")
    _move_to(doc, _same_list_from(doc, first, num_id), previous)
    return "Numbering continues from the previous list."

"""A read-only, plain-data view of a document (for checkers and observations), read with lxml.

`view(doc)` (or `DocumentView.of(doc)`) reads a `WordDocument` or a plain python-docx Document
into immutable records: paragraphs with their effective formatting and runs, tables, sections
with their headers and footers, comments and the picture count. Values are the effective ones
(direct formatting, then the style chain, then the document defaults), in points, with Word's
defaults where nothing is set; they equal what `proxy_view` reads through python-docx.

`view.update(doc, change)` gives the view after one command: paragraph records are cached by
element identity, so only the paragraphs the `Change` names are read again. After
`doc.restore(...)` or edits made outside `execute`, build a new view with `view(doc)`.

Like python-docx, the view leaves out indents that come from a list level's definition, table
style formatting, and Word's toggling of bold/italic between style layers (nearest wins)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple
from weakref import WeakKeyDictionary

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.simpletypes import ST_SignedTwipsMeasure
from lxml import etree

from .character import effective_run_format
from .fields import fields_in
from .headers import shown_parts, story_paragraphs
from .lists import Counter, definitions
from .paragraph import numbering_ref
from .runs import child_text, paragraph_text, run_text
from .styles import is_on
from .xml import W, w_val

_R_ID = qn("r:id")
_WP_INLINE = qn("wp:inline")
_BODY_PART = "/word/document.xml"
_MISSING = object()

# Word's values where neither the paragraph, its styles nor the document defaults say anything.
DEFAULT_ALIGNMENT = "left"
DEFAULT_LINE_SPACING = (1.0, "multiple")
DEFAULT_START_TYPE = "new_page"

# Names are python-docx's enum member names, lower-cased ("justify", "new_page", ...).
ALIGNMENTS = {m.xml_value: m.name.lower() for m in WD_PARAGRAPH_ALIGNMENT}
ALIGNMENTS.update({"start": "left", "end": "right"})  # the ISO 29500 spellings
LINE_RULES = {"auto": "multiple", "exact": "exact", "atLeast": "at_least"}
START_TYPES = {m.xml_value: m.name.lower() for m in WD_SECTION_START}
HEADER_KINDS = ("primary", "first", "even")  # header_footer_texts' names for the three kinds
_STORIES = ("header", "footer")


# ---------------------------------------------------------------------------------- records
class Run(NamedTuple):
    """A run with text and its effective character formatting."""

    text: str
    bold: bool
    italic: bool
    underline: str | None  # the underline style ("single", "double", ...); None for none
    strike: bool
    subscript: bool
    superscript: bool
    font: str | None  # the Latin font, theme fonts resolved
    size_pt: float
    color: str | None  # "RRGGBB"; None for automatic
    highlight: str | None  # Word's highlight colour name ("yellow"); None for none


class Hyperlink(NamedTuple):
    address: str  # the external target; "" for a jump inside the document
    fragment: str  # the bookmark / anchor part; "" when none
    text: str


class Field(NamedTuple):
    instruction: str  # e.g. "PAGE" or 'HYPERLINK "https://..."'
    result: str  # the cached result Word shows until fields are updated


class ListInfo(NamedTuple):
    num_id: int
    level: int
    kind: str  # "bullet" or "number"
    num_fmt: str  # "decimal", "bullet", "lowerLetter", ...
    lvl_text: str  # the level's label template, e.g. "%1."
    label: str  # the label Word shows, e.g. "3." or "•"


class Paragraph(NamedTuple):
    """One paragraph of the main story (table cells included), with effective formatting."""

    text: str
    style: str | None  # the UI name: "Heading 1", "Normal", ...
    alignment: str  # "left", "center", "right", "justify", "distribute", ...
    line_spacing: float  # lines when line_spacing_rule == "multiple", else points
    line_spacing_rule: str  # "multiple", "exact" or "at_least"
    space_before_pt: float
    space_after_pt: float
    left_indent_pt: float
    right_indent_pt: float
    first_line_indent_pt: float  # negative for a hanging indent
    page_break_before: bool
    page_breaks: int  # hard page breaks inside the paragraph
    runs: tuple[Run, ...]  # runs with text (empty runs left out)
    hyperlinks: tuple[Hyperlink, ...]
    fields: tuple[Field, ...]
    pictures: int  # inline pictures
    list: ListInfo | None
    table: int | None  # index in DocumentView.tables of the innermost table holding it
    cell: tuple[int, int] | None  # (row, grid column) of its cell in that table

    @property
    def in_table(self) -> bool:
        return self.table is not None


class Table(NamedTuple):
    """A table of the story; nested tables follow the table holding them."""

    rows: int
    columns: int
    cells: tuple[tuple[str, ...], ...]  # per row, one text per grid column (spans repeated)
    style: str | None


class Section(NamedTuple):
    orientation: str  # "portrait" or "landscape"
    page_width_pt: float | None
    page_height_pt: float | None
    top_margin_pt: float | None
    bottom_margin_pt: float | None
    left_margin_pt: float | None
    right_margin_pt: float | None
    columns: int
    start_type: str  # "new_page", "continuous", "even_page", "odd_page", "new_column"
    # Texts of the headers and footers the section shows (its own or linked); None: none.
    header: str | None
    footer: str | None
    first_page_header: str | None
    first_page_footer: str | None
    even_page_header: str | None
    even_page_footer: str | None
    # Paragraphs of the primary header and footer the section shows (() for none), as the
    # story's records (without list labels or table places): alignment, fields, runs...
    header_paragraphs: tuple[Paragraph, ...] = ()
    footer_paragraphs: tuple[Paragraph, ...] = ()


class Comment(NamedTuple):
    id: int
    author: str
    text: str
    anchor: str  # the commented text ("" when the comment marks no range)


_TEXT, _LINKS, _PICTURES = (Paragraph._fields.index(f) for f in ("text", "hyperlinks", "pictures"))


# ---------------------------------------------------------------------------------- the view
@dataclass(frozen=True, slots=True)
class DocumentView:
    """Everything a checker or an observation reads, as immutable plain data. Two views are
    equal when their records are (the caches they carry for `update` do not count)."""

    paragraphs: tuple[Paragraph, ...]  # the main story in reading order (doc.story)
    tables: tuple[Table, ...]
    sections: tuple[Section, ...]
    comments: tuple[Comment, ...]
    pictures: int
    _state: _State | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, doc) -> DocumentView:
        """The view of a WordDocument or a python-docx Document."""
        doc = _word(doc)
        return _build(doc, _State(doc))

    def update(self, doc, change) -> DocumentView:
        """The view after `change` (what `doc.execute`, `undo` or `redo` returned), reading
        again only what it touched."""
        if not change.parts:
            return self
        edits = Edits()
        edits.add(doc, change)
        return self.apply(doc, edits)

    def apply(self, doc, edits: Edits, restored: bool = False) -> DocumentView:
        """The view after the changes `edits` recorded (as each happened), reading again only
        what they touched. `restored`: `doc` was restored to the document this view shows
        since it was made (a session's snapshot), and `edits` happened after that."""
        if not edits.parts:
            return self
        state = self._state
        if state is not None and restored:
            state = state.rebased(doc)
        if state is None:  # a view made elsewhere (proxy_view): nothing to reuse
            return DocumentView.of(doc)
        state = state.after(doc, edits)
        if state.built is not None and not edits.structure:
            view = _update(doc, state, edits)
            if view is not None:
                return view
        return _build(doc, state)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def styled(self, style: str) -> list[Paragraph]:
        """Paragraphs whose style has UI name `style`."""
        return [p for p in self.paragraphs if p.style == style]


def view(doc) -> DocumentView:
    return DocumentView.of(doc)


class Edits:
    """Changes not yet read into a view, each recorded right after it happened: by the
    elements it touched (a later change that adds or removes paragraphs shifts story indices,
    not elements), so any number of changes cost one update."""

    __slots__ = ("parts", "paragraphs", "blocks", "indices", "structure")

    def __init__(self):
        self.parts: set = set()
        self.paragraphs: list = []  # w:p elements the changes touched
        self.blocks: list = []  # the top-level body blocks holding them
        self.indices: list[int] = []  # their story indices right after each change
        self.structure = False  # some change added, removed or replaced blocks

    def add(self, doc, change) -> None:
        """Record `change`; call it before the document changes again."""
        if not change.parts:
            return
        self.parts |= change.parts
        self.structure = self.structure or change.structure
        story, top, body = doc.story.paragraphs, doc.story.top, doc.body
        for i in change.paragraphs:
            if i < len(story):
                self.paragraphs.append(story[i])
                self.blocks.append(body[top[i]])
                self.indices.append(i)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def __bool__(self) -> bool:
        return bool(self.parts)


def _word(doc):
    """A WordDocument for `doc`; a python-docx Document is wrapped (cheap: no copy)."""
    if isinstance(doc, DocxDocument):
        from .document import WordDocument

        return WordDocument(doc)
    return doc


# StyleSheet -> (its version, resolved paragraph styles, run formats). StyleSheet bumps its
# version whenever the styles may have changed (a command touched them, undo, restore), so
# what is derived from the styles alone lives as long as that version does.
_STYLE_DERIVED: WeakKeyDictionary = WeakKeyDictionary()


def _style_derived(doc) -> tuple[dict, dict]:
    sheet = doc.styles
    token = sheet.version
    hit = _STYLE_DERIVED.get(sheet)
    if hit is None or hit[0] != token:
        hit = _STYLE_DERIVED[sheet] = (token, {}, {})
    return hit[1], hit[2]


class _State:
    """What a build can hand to the next one: paragraph readings by element, and what depends
    only on parts other than the body (styles, numbering, headers)."""

    def __init__(self, doc):
        self.paragraphs: dict = {}  # id(w:p) -> (w:p, fields, list candidate?, w:sectPr)
        # paragraph style id -> (UI name, resolved values); (style id, rPr bytes) -> Run fields
        self.styles, self.formats = _style_derived(doc)
        self.definitions = None  # lists.Definitions, False for none, None: not read yet
        self.sections: tuple = (None, ())  # (key, Section records)
        self.lists: tuple = (None, {})  # (ids of the list candidates, id(w:p) -> ListInfo)
        self.tables: dict = {}  # id(body block) -> (block, Table records, relative places)
        # id(w:p) -> (fields, ListInfo, place, Paragraph): an unchanged paragraph keeps its
        # record object, so that readers can cache by identity
        self.records: dict = {}
        self.built: _Built | None = None  # the last build, for `_update`

    def rebased(self, doc) -> _State | None:
        """This state for `doc` after a restore brought back exactly the document it was
        built from: paragraphs the restore copied back are new elements with the content of
        the ones they replace, so their readings carry over (None when the story does not
        line up)."""
        built, story = self.built, doc.story.paragraphs
        if built is None or len(story) != len(built.story):
            return None
        moved = {id(q): p for p, q in zip(story, built.story, strict=True) if p is not q}
        if not moved:
            return self
        new = _State(doc)
        # the sections are keyed by their markup; the numbering definitions are the same, or
        # were replaced by copies of the same
        new.sections, new.definitions = self.sections, self.definitions
        new.paragraphs = readings = {}
        for key, hit in self.paragraphs.items():
            p = moved.get(key)
            if p is None:
                readings[key] = hit
            else:
                sect = hit[3]
                if sect is not None:  # the copy's own w:sectPr
                    sect = _first_child(p, W.pPr).find(W.sectPr)
                readings[id(p)] = (p, hit[1], hit[2], sect)

        def key(old: int) -> int:
            p = moved.get(old)
            return old if p is None else id(p)

        ids, labels = self.lists
        new.lists = (None if ids is None else tuple(map(key, ids)),
                     {key(k): v for k, v in labels.items()})
        new.records = {key(k): v for k, v in self.records.items()}
        breaks = frozenset(map(key, built.breaks))
        sects = tuple(readings[id(p)][3] for p in story
                      if id(p) in breaks and p.getparent() is doc.body)
        new.built = built._replace(
            story=tuple(story), numbered=frozenset(map(key, built.numbered)), breaks=breaks,
            sects=sects, places={key(k): v for k, v in built.places.items()})
        return new

    def after(self, doc, edits: Edits) -> _State:
        new = _State(doc)
        if edits.parts - {_BODY_PART}:
            if doc.styles.part.partname in edits.parts:  # every effective value may move
                return new
        else:
            new.definitions, new.sections = self.definitions, self.sections
            new.built = self.built  # only the body changed: `_update` may patch the last build
        new.lists = self.lists
        new.paragraphs = dict(self.paragraphs)
        new.tables = dict(self.tables)
        new.records = self.records  # checked by the identity of each paragraph's fields
        for p in edits.paragraphs:
            new.paragraphs.pop(id(p), None)
        for block in edits.blocks:
            new.tables.pop(id(block), None)
        return new


# ---------------------------------------------------------------------------------- paragraphs
_SKIP = {W.bookmarkStart, W.bookmarkEnd, W.commentRangeStart, W.commentRangeEnd, W.proofErr}
_FIELD_TAGS = {W.fldChar, W.instrText, W.drawing}  # run content the helpers must look at


def _fill(values: dict, ppr) -> dict:
    """Add to `values` what `ppr` sets that nearer layers did not (Word inherits spacing and
    indents per attribute), in one pass over its children."""
    for c in ppr:
        tag = c.tag
        if tag == W.spacing:
            for key, attr in (("before", W.before), ("after", W.after)):
                if key not in values and c.get(attr) is not None:
                    values[key] = _twips(c.get(attr)) / 20
            line = c.get(W.line)
            if "line" not in values and line is not None:
                rule = LINE_RULES.get(c.get(W.lineRule, "auto"), "multiple")
                values["line"] = (_twips(line) / (240 if rule == "multiple" else 20), rule)
        elif tag == W.ind:
            for key, attr in (("left", W.left), ("right", W.right)):
                if key not in values and c.get(attr) is not None:
                    values[key] = _twips(c.get(attr)) / 20
            if "first" not in values:
                hanging, first = c.get(W.hanging), c.get(W.firstLine)
                if hanging is not None:
                    values["first"] = -_twips(hanging) / 20
                elif first is not None:
                    values["first"] = _twips(first) / 20
        elif tag == W.jc:
            values.setdefault("jc", w_val(c))
        elif tag == W.pageBreakBefore:
            values.setdefault("pbb", is_on(c))
        elif tag == W.numPr:
            values.setdefault("numbered", True)
        elif tag == W.pStyle:
            values.setdefault("style", w_val(c))
        elif tag == W.sectPr:
            values.setdefault("sect", c)
    return values


def _first_child(el, tag):
    """`el`'s first child when it has tag `tag` (pPr, tcPr, tblPr come first); lxml's `find`
    costs several times more."""
    if len(el):
        c = el[0]
        if c.tag == tag:
            return c
    return None


class _Reader:
    """Reads paragraphs, sharing resolved styles and effective run formats between them (the
    `_texts` ... `_odd` attributes collect what the runs of the paragraph being read give)."""

    def __init__(self, doc, state: _State):
        self.doc = doc
        self.styles = doc.styles
        self.rels = doc.part.rels
        self._styles = state.styles
        self._formats = state.formats
        self._texts: list = []
        self._runs: list = []
        self._breaks = 0
        self._odd = False

    def style(self, style_id) -> tuple[str | None, dict]:
        """(UI name, property values) of a paragraph style with its bases and the defaults."""
        hit = self._styles.get(style_id)
        if hit is None:
            values, seen, sid = {}, set(), style_id
            while sid is not None and sid not in seen:
                seen.add(sid)
                st = self.styles.element(sid)
                if st is None:
                    break
                ppr = st.find(W.pPr)
                if ppr is not None:
                    _fill(values, ppr)
                sid = w_val(st.find(W.basedOn))
            root = self.styles.part._element
            dd = root.find(W.docDefaults)
            default = dd.find(f"{W.pPrDefault}/{W.pPr}") if dd is not None else None
            if default is not None:
                _fill(values, default)
            values.pop("style", None)
            values.pop("sect", None)
            hit = self._styles[style_id] = (self.styles.ui_name(style_id), values)
        return hit

    def run_format(self, r, rpr, p, style_id) -> tuple:
        """`Run`'s fields after text; runs with equal direct formatting in paragraphs of one
        style share them."""
        key = (style_id, None if rpr is None or not len(rpr) else etree.tostring(rpr))
        fmt = self._formats.get(key)
        if fmt is None:
            f = effective_run_format(self.doc, r, p)
            fmt = self._formats[key] = (
                f["bold"],
                f["italic"],
                f["underline"],
                f["strike"],
                f["vertAlign"] == "subscript",
                f["vertAlign"] == "superscript",
                f["font"],
                float(f["size"]),
                None if f["color"].lower() == "auto" else f["color"].upper(),
                f["highlight"],
            )
        return fmt

    def paragraph(self, p) -> tuple:
        """(p, `Paragraph` fields up to `pictures`, list candidate?, its w:sectPr or None)."""
        styles = self.styles
        ppr = _first_child(p, W.pPr)
        direct = {} if ppr is None else _fill({}, ppr)
        sid = direct.pop("style", None)
        if sid is None or styles.element(sid) is None:  # as StyleSheet.paragraph_style_id
            sid = styles.default_id("paragraph")
        name, inherited = self.style(sid)
        values = {**inherited, **direct} if direct else inherited
        line, rule = values.get("line", DEFAULT_LINE_SPACING)
        jc = values.get("jc")
        self._texts, self._runs, self._breaks, self._odd = [], [], 0, False
        links = []
        for c in p:
            tag = c.tag
            if tag == W.r:
                self._run(c, p, sid)
            elif tag == W.hyperlink:
                start = len(self._texts)
                for cc in c:
                    if cc.tag == W.r:
                        self._run(cc, p, sid)
                    elif cc.tag not in _SKIP:
                        self._odd = True
                links.append(self.link(c, "".join(self._texts[start:])))
            elif tag != W.pPr and tag not in _SKIP:
                self._odd = True  # fldSimple, smartTag, ins ...: let the helpers look
        fields = (
            "".join(self._texts),
            name,
            ALIGNMENTS.get(jc, DEFAULT_ALIGNMENT) if jc is not None else DEFAULT_ALIGNMENT,
            line,
            rule,
            values.get("before", 0.0),
            values.get("after", 0.0),
            values.get("left", 0.0),
            values.get("right", 0.0),
            values.get("first", 0.0),
            values.get("pbb", False),
            self._breaks,
            tuple(self._runs),
            tuple(links),
            tuple(Field(*f) for f in fields_in(p)) if self._odd else (),
            _pictures(p) if self._odd else 0,
        )
        return p, fields, "numbered" in values, direct.get("sect")

    def _run(self, r, p, style_id) -> None:
        rpr, parts = None, []
        for c in r:
            tag = c.tag
            if tag == W.rPr:
                rpr = c
                continue
            parts.append(child_text(c))
            if tag == W.br:
                self._breaks += c.get(W.type) == "page"
            elif tag in _FIELD_TAGS:
                self._odd = True
        text = "".join(parts)
        self._texts.append(text)
        if text:
            self._runs.append(Run(text, *self.run_format(r, rpr, p, style_id)))

    def link(self, h, text: str) -> Hyperlink:
        rid = h.get(_R_ID)
        address = self.rels[rid].target_ref if rid and rid in self.rels else ""
        return Hyperlink(address, h.get(W.anchor) or "", text)


class _Built(NamedTuple):
    """What `_update` needs of the last build besides the records."""

    story: tuple  # the story's w:p elements
    paragraphs: tuple[Paragraph, ...]
    pictures: int
    links: tuple[int, ...]  # story indices of paragraphs with hyperlinks
    numbered: frozenset  # ids of the list candidates
    breaks: frozenset  # ids of paragraphs holding a w:sectPr
    sects: tuple  # the w:sectPr of top-level paragraphs, in order
    tables: tuple[Table, ...]
    places: dict
    comments: bool  # the document has a comments part (only a new part can add one)


def _build(doc, state: _State) -> DocumentView:
    reader = _Reader(doc, state)
    cache, readings = state.paragraphs, {}
    contents, pictures, sects, numbered, reread = [], 0, [], [], False
    links, breaks = [], set()
    body = doc.body
    for p in doc.story.paragraphs:
        hit = cache.get(id(p))
        if hit is None or hit[0] is not p:
            hit = reader.paragraph(p)
            reread = reread or hit[2]
        readings[id(p)] = hit
        _, fields, candidate, sect = hit
        pictures += fields[_PICTURES]
        if fields[_LINKS]:  # link addresses live in the relationships, which may have changed
            links.append(len(contents))
            fields = _relinked(reader, p, fields)
        if candidate:  # only paragraphs with a w:numPr in reach can be list items
            numbered.append(p)
        if sect is not None:
            breaks.add(id(p))
            if p.getparent() is body:
                sects.append(sect)
        contents.append((p, fields))
    paragraph_sects = tuple(sects)
    if len(body) and body[-1].tag == W.sectPr:
        sects.append(body[-1])
    lists = _lists(doc, state, numbered, reread)
    state.paragraphs = readings
    tables, places = _tables(doc, readings, state)
    no_place = (None, None)
    old, records, out = state.records, {}, []
    for p, fields in contents:
        key = id(p)
        info, place = lists.get(key), places.get(key, no_place)
        hit = old.get(key)
        if hit is None or hit[0] is not fields or hit[1] != info or hit[2] != place:
            hit = (fields, info, place, Paragraph(*fields, info, *place))
        records[key] = hit
        out.append(hit[3])
    state.records = records
    paragraphs = tuple(out)
    comments = comments_element(doc.part)
    state.built = _Built(tuple(p for p, _ in contents), paragraphs, pictures, tuple(links),
                         frozenset(map(id, numbered)), frozenset(breaks), paragraph_sects,
                         tables, places, comments is not None)
    return DocumentView(
        paragraphs, tables, _sections(doc, sects, state), _comments(doc, comments), pictures,
        state
    )


def _relinked(reader: _Reader, p, fields: tuple) -> tuple:
    """`fields` with the hyperlinks' addresses read again from the relationships."""
    pairs = zip(p.iterchildren(W.hyperlink), fields[_LINKS], strict=True)
    links = tuple(reader.link(h, old.text) for h, old in pairs)
    return fields if links == fields[_LINKS] else (*fields[:_LINKS], links, *fields[_LINKS + 1 :])


_NO_PLACE = (None, None)


def _update(doc, state: _State, edits: Edits) -> DocumentView | None:
    """`_build` in time proportional to what changed, for edits of paragraphs that added or
    removed none and no section break: reads the edited paragraphs again and patches the last
    build's records (list labels and tables are read again only when an edited paragraph is a
    list item or in a table). None when the edits are not of that kind."""
    built, body, story = state.built, doc.body, doc.story.paragraphs
    if len(story) != len(built.story):
        return None
    # what to read again: paragraphs edited in place, and elements that are not the ones of
    # the last build (replaced by a change, or by a restore since that build)
    seen = {i for i, (p, q) in enumerate(zip(story, built.story, strict=True)) if p is not q}
    seen.update(i for i, p in zip(edits.indices, edits.paragraphs, strict=True)
                if i < len(story) and story[i] is p)
    reader = _Reader(doc, state)
    readings = state.paragraphs
    elements, out = list(built.story), list(built.paragraphs)
    pictures, numbered = built.pictures, set(built.numbered)
    links = set(built.links)
    lists = tables = False  # whether list labels / tables must be read again
    # (an element may move: the one at i before can be at another place of `seen` now)
    gone = {id(elements[i]) for i in seen} - {id(story[i]) for i in seen}
    for i in sorted(seen):
        p, was, old = story[i], elements[i], out[i]
        if id(was) in built.breaks:
            return None
        hit = reader.paragraph(p)
        if hit[3] is not None:  # a section break now
            return None
        if old.table is not None or p.getparent() is not body:
            tables = True
        if hit[2] or id(was) in built.numbered:
            lists = True
        numbered.discard(id(was))
        readings[id(p)] = hit
        fields = _relinked(reader, p, hit[1]) if hit[1][_LINKS] else hit[1]
        pictures += fields[_PICTURES] - old.pictures
        elements[i] = p
        # (not entered in state.records: a later full build makes its own record of it)
        out[i] = Paragraph(*fields, None, *_NO_PLACE)
        if fields[_LINKS]:
            links.add(i)
        else:
            links.discard(i)
    for key in gone:
        readings.pop(key, None)
    numbered.update(id(story[i]) for i in seen if readings[id(story[i])][2])
    for i in links - seen:  # addresses of links the edits did not touch may have moved
        p = elements[i]
        if _relinked(reader, p, readings[id(p)][1])[_LINKS] != out[i].hyperlinks:
            return None
    info: dict = state.lists[1]
    if lists and not _same_lists(doc, built, numbered, story, seen):
        info = _lists(doc, state, [p for p in elements if id(p) in numbered], True)
    places = built.places
    if tables:
        built_tables, places = _tables(doc, readings, state)
        built = built._replace(tables=built_tables, places=places)
    if lists or tables:  # labels and cells of paragraphs the edits did not touch may move
        for i, p in enumerate(elements):
            old, key = out[i], id(p)
            place = places.get(key, _NO_PLACE)
            if old.list != info.get(key) or (old.table, old.cell) != place:
                out[i] = old._replace(list=info.get(key), table=place[0], cell=place[1])
    sects = list(built.sects)
    if len(body) and body[-1].tag == W.sectPr:
        sects.append(body[-1])
    paragraphs = tuple(out)
    state.built = built._replace(story=tuple(elements), paragraphs=paragraphs, pictures=pictures,
                                 links=tuple(sorted(links)), numbered=frozenset(numbered))
    comments = _comments(doc) if built.comments else ()
    return DocumentView(paragraphs, built.tables, _sections(doc, sects, state), comments,
                        pictures, state)


def _same_lists(doc, built: _Built, numbered: set, story, seen) -> bool:
    """Whether list labels stay as they are: the same list candidates as in the last build,
    and each edited one in the same list at the same level (labels follow from that sequence
    and the numbering definitions alone)."""
    if numbered != built.numbered:
        return False
    for i in seen:
        p = story[i]
        if id(p) in numbered:
            old = built.paragraphs[i].list
            if numbering_ref(doc, p) != (None if old is None else (old.num_id, old.level)):
                return False
    return True


def _lists(doc, state: _State, numbered: list, reread: bool) -> dict:
    """id(w:p) -> ListInfo; labels depend on every list paragraph before, so they are counted
    again unless the list paragraphs and the numbering definitions are all as before."""
    key = tuple(map(id, numbered))
    if not reread and state.definitions is not None and state.lists[0] == key:
        return state.lists[1]
    out = {}
    if numbered and _definitions(doc, state):
        counter = Counter(doc, state.definitions)
        for p in numbered:
            fed = counter.feed(p)
            if fed is not None:
                out[id(p)] = _list(fed)
    state.lists = (key, out)
    return out


def _definitions(doc, state: _State):
    if state.definitions is None:
        state.definitions = definitions(doc) or False
    return state.definitions


def _twips(value: str) -> int:
    try:
        return int(value)
    except ValueError:  # a universal measure such as "12pt"
        return ST_SignedTwipsMeasure.convert_from_xml(value) // 635


def _pictures(p) -> int:
    """Inline pictures as python-docx counts them (w:p/w:r/w:drawing/wp:inline)."""
    n = 0
    for inline in p.iter(_WP_INLINE):
        drawing = inline.getparent()
        r = drawing.getparent() if drawing.tag == W.drawing else None
        if r is not None and r.tag == W.r and r.getparent().tag == W.p:
            n += 1
    return n


def _list(fed) -> ListInfo | None:
    """ListInfo from what `lists.Counter.feed` returns (the values `lists.list_info` gives)."""
    if fed is None:
        return None
    (num_id, ilvl), level, label = fed
    kind = "bullet" if level.fmt == "bullet" else "number"
    return ListInfo(num_id, ilvl, kind, level.fmt, level.text, label)


def list_record(info: dict | None) -> ListInfo | None:
    """ListInfo from `lists.list_info`'s dict."""
    if info is None:
        return None
    return ListInfo(*(info[k] for k in ("numId", "ilvl", "kind", "numFmt", "lvlText", "label")))


# ---------------------------------------------------------------------------------- tables
def _tables(doc, readings: dict, state: _State) -> tuple[tuple[Table, ...], dict]:
    """Every table of the story in document order, and id(w:p) -> (table index, (row, grid
    column)) of the innermost cell of each table paragraph (what `tables.table_of` gives).
    Top-level blocks are read again only when a change touched them."""
    out: list = []
    places: dict = {}
    cache, kept = state.tables, {}
    for block in doc.body:
        if block.tag != W.tbl and block.tag not in _CONTAINERS:
            continue
        hit = cache.get(id(block))
        if hit is None or hit[0] is not block:
            records: list = []
            relative: dict = {}

            def walk(container, records=records, relative=relative):
                for b in container:
                    if b.tag == W.tbl:
                        _table(doc, b, readings, relative, records, walk)
                    elif b.tag in _CONTAINERS:
                        walk(b)

            walk([block])
            hit = (block, records, relative)
        kept[id(block)] = hit
        base = len(out)
        out.extend(hit[1])
        for key, (index, cell) in hit[2].items():
            places[key] = (base + index, cell)
    state.tables = kept
    return tuple(out), places


_CONTAINERS = {W.sdt, W.sdtContent, W.customXml}


def _table(doc, tbl, readings, places, out: list, walk) -> None:
    """Append the record of `tbl` (as python-docx reads it: one text per grid cell a row's
    cells cover, spans repeated, a continued vertical merge showing the cell it continues),
    then those of the tables nested in it."""
    index = len(out)
    out.append(None)
    columns, style = 0, None
    rows, above = [], {}  # above: grid column -> text of the cell a vertical merge continues
    nested = []
    for child in tbl:
        tag = child.tag
        if tag == W.tblPr:
            style = next((w_val(s) for s in child.iterchildren(W.tblStyle)), None)
        elif tag == W.tblGrid:
            columns = sum(1 for _ in child.iterchildren(W.gridCol))
        elif tag == W.tr:
            row, col = [], _grid_before(child)
            for tc in child.iterchildren(W.tc):
                span, continued = _tc_props(tc)
                texts = []
                for block in tc:
                    if block.tag == W.p:
                        texts.append(readings[id(block)][1][_TEXT])
                        places[id(block)] = (index, (len(rows), col))
                    elif block.tag == W.tbl or block.tag in _CONTAINERS:
                        nested.append(block)
                text = above.get(col, "") if continued else "\n".join(texts)
                for k in range(span):
                    above[col + k] = text
                row.extend([text] * span)
                col += span
            rows.append(tuple(row))
    styles = doc.styles
    if style is None or styles.element(style) is None:
        style = styles.default_id("table")
    out[index] = Table(len(rows), columns, tuple(rows), styles.ui_name(style))
    walk(nested)


def _tc_props(tc) -> tuple[int, bool]:
    """(grid span, continues a vertical merge) of a cell."""
    span, continued = 1, False
    tcpr = _first_child(tc, W.tcPr)
    if tcpr is not None:
        for c in tcpr:
            if c.tag == W.gridSpan:
                span = int(w_val(c, 1))
            elif c.tag == W.vMerge:
                continued = w_val(c, "continue") == "continue"
    return span, continued


def _grid_before(tr) -> int:
    for c in tr:
        if c.tag == W.trPr:
            return next((int(w_val(g, 0)) for g in c.iterchildren(W.gridBefore)), 0)
        if c.tag == W.tc:
            break
    return 0


# ---------------------------------------------------------------------------------- sections
def _length(el, attr) -> float | None:
    value = el.get(attr) if el is not None else None
    return None if value is None else _twips(value) / 20


def _sections(doc, sects: list, state: _State) -> tuple[Section, ...]:
    """Section records; reused while the section properties and other parts stay the same."""
    key = tuple(etree.tostring(s) for s in sects)
    if state.sections[0] == key:
        return state.sections[1]
    parts = shown_parts(doc, sects)
    reader = None
    out = []
    for k, sect in enumerate(sects):
        found = {c.tag: c for c in sect}
        size, margins = found.get(W.pgSz), found.get(W.pgMar)
        cols, kind = found.get(W.cols), found.get(W.type)
        orient = size.get(W.orient) if size is not None else None
        hf = parts.get(k, {})
        shown = [_story_text(hf.get(story, {}).get(kind))
                 for kind in HEADER_KINDS for story in _STORIES]
        primary = [hf.get(story, {}).get("primary") for story in _STORIES]
        if reader is None and any(primary):
            reader = _Reader(doc, state)
        out.append(
            Section(
                "landscape" if orient == "landscape" else "portrait",
                _length(size, W.w),
                _length(size, W.h),
                _length(margins, W.top),
                _length(margins, W.bottom),
                _length(margins, W.left),
                _length(margins, W.right),
                int(cols.get(W.num, "1")) if cols is not None else 1,
                START_TYPES.get(w_val(kind), DEFAULT_START_TYPE),
                *shown,
                *(_story_records(reader, part) for part in primary),
            )
        )
    state.sections = (key, tuple(out))
    return state.sections[1]


def _story_text(part) -> str | None:
    return None if part is None else "\n".join(map(paragraph_text, story_paragraphs(part)))


def _story_records(reader: _Reader | None, part) -> tuple[Paragraph, ...]:
    """Paragraph records of a header or footer part (its own relationships for links)."""
    if part is None:
        return ()
    reader.rels = part.rels
    try:
        return tuple(Paragraph(*reader.paragraph(p)[1], None, *_NO_PLACE)
                     for p in story_paragraphs(part))
    finally:
        reader.rels = reader.doc.part.rels


# ---------------------------------------------------------------------------------- comments
def comments_element(document_part):
    """The `w:comments` root of the document's comments part, or None (never creates one)."""
    for rel in document_part.rels.values():
        if rel.reltype == RT.COMMENTS and not rel.is_external:
            return rel.target_part.element
    return None


def _comments(doc, root=_MISSING) -> tuple[Comment, ...]:
    """The comments (`root`: the comments part's root if already looked up)."""
    if root is _MISSING:
        root = comments_element(doc.part)
    if root is None or not len(root):
        return ()
    anchors = _anchors(doc)
    out = []
    for c in root.iterchildren(W.comment):
        cid = int(c.get(W.id))
        text = "\n".join(paragraph_text(p) for p in c.iterchildren(W.p))
        out.append(Comment(cid, c.get(W.author) or "", text, anchors.get(cid, "")))
    return tuple(out)


def _anchors(doc) -> dict[int, str]:
    """Comment id -> the story text between its range start and end (paragraphs joined by \\n)."""
    open_: dict[int, list] = {}
    done: dict[int, str] = {}
    start, end = W.commentRangeStart, W.commentRangeEnd
    for p in doc.story.paragraphs:
        for piece in open_.values():
            piece.append("\n")
        for el in _pieces(p):
            tag = el.tag
            if tag == W.r:
                if open_:
                    text = run_text(el)
                    for piece in open_.values():
                        piece.append(text)
            elif tag == start:
                open_[int(el.get(W.id))] = []
            elif tag == end:
                piece = open_.pop(int(el.get(W.id)), None)
                if piece is not None:
                    done[int(el.get(W.id))] = "".join(piece)
    return done


def _pieces(p):
    """Text runs and comment range marks of `p`, in order (hyperlinks looked into)."""
    marks = (W.r, W.commentRangeStart, W.commentRangeEnd)
    for c in p:
        if c.tag in marks:
            yield c
        elif c.tag == W.hyperlink:
            yield from (cc for cc in c if cc.tag in marks)

"""Drive a Session the way an agent does — look each control up in session.control_list() by
its text and type at every step (labels renumber), click, type, press keys — then save, reopen
with python-docx and read the effect. Also: the test documents and table-row plumbing."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from wordsim.actions import Key, parse_keys
from wordsim.document import WordDocument
from wordsim.document.builder import build, build_bytes
from wordsim.document.package import save_docx
from wordsim.session import Session

# ---------------------------------------------------------------------- documents
MAIN_SPEC = """Title: Report title
# Topic **heading** line
Alpha beta gamma delta.
Second **bold** and *italic* words here.
mIxEd cAsE words.
| A1 | B1 |
| A2 | B2 |
Last line of text.
[header] Head text
[footer] Foot text
"""


def _styled_table_bytes() -> bytes:
    """MAIN_SPEC with its table in a style other than Table Grid (so that applying Table Grid
    is a visible change)."""
    document = build(MAIN_SPEC)
    document.tables[0].style = "Light Grid Accent 1"
    return save_docx(document)


_DOCS: dict[str, bytes] = {}
_BUILDERS: dict[str, Callable[[], bytes]] = {
    "main": lambda: build_bytes(MAIN_SPEC),
    "styled_table": _styled_table_bytes,
    "blank": lambda: WordDocument.template("blank").save(),
}


def doc_bytes(name: str = "main") -> bytes:
    """The .docx bytes of a shared test document, built once per process."""
    if name not in _DOCS:
        _DOCS[name] = _BUILDERS[name]()
    return _DOCS[name]


# ---------------------------------------------------------------------- driving
class Driver:
    """A Session plus the ids of every control a step reached (for coverage checks)."""

    def __init__(self, session: Session):
        self.s = session
        self.touched: list[str] = []

    def label(self, name: str, ctype: str | None = None, after: str | None = None,
              nth: int = 0) -> str:
        """The label of the `nth` listed control named `name` (of `ctype`); with `after`, of
        such a control listed right after one named `after` (a split button's drop-down)."""
        listing = self.s.control_list()
        hits = []
        for i, e in enumerate(listing):
            if e["control_text"] != name or (ctype is not None and e["control_type"] != ctype):
                continue
            if after is not None and (i == 0 or listing[i - 1]["control_text"] != after):
                continue
            hits.append(e["label"])
        where = f" right after {after!r}" if after else ""
        assert hits and len(hits) > nth, \
            f"{name!r} ({ctype}){where} is not listed: {names(listing)}"
        return hits[nth]

    def has(self, name: str, ctype: str | None = None) -> bool:
        return any(e["control_text"] == name and (ctype is None or e["control_type"] == ctype)
                   for e in self.s.control_list())

    def step(self, action, ok: bool = True):
        result = self.s.step(action)
        assert result.ok == ok, f"{action!r}: ok={result.ok} {result.message!r}"
        return result

    def on(self, function: str, label: str, **args):
        control = self.s.controls().by_label(label)
        assert control is not None, label
        self.touched.append(control.id)
        return self.step({"control_label": label, "function": function, "args": args})

    def click(self, name: str, ctype: str | None = None, after: str | None = None, nth: int = 0):
        return self.on("click_input", self.label(name, ctype, after, nth), button="left",
                       double=False)

    def type_into(self, name: str, text: str, ctype: str | None = None, clear: bool = False):
        return self.on("set_edit_text", self.label(name, ctype), text=text,
                       clear_current_text=clear)

    def keys(self, keys: str):
        return self.step({"function": "keyboard_input", "args": {"keys": keys}})

    def select(self, text: str):
        result = self.step({"function": "select_text", "args": {"text": text}})
        assert result.message == f"Text {text} is selected.", result.message
        return result

    def type_text(self, text: str):
        """set_edit_text on the Document control (found by its type)."""
        label = next(e["label"] for e in self.s.control_list() if e["control_type"] == "Document")
        return self.on("set_edit_text", label, text=text)

    def reopen(self):
        return reopen(self.s.doc)

    def names(self) -> list[str]:
        return names(self.s.control_list())

    def states(self) -> dict[str, dict]:
        """{label: state} from ControlView.states for the current view."""
        return {e["label"]: e for e in self.s.controls().states(self.s.ui, self.s.context())}

    def state_of(self, name: str, ctype: str | None = None, after: str | None = None) -> dict:
        return self.states().get(self.label(name, ctype, after), {})


def names(listing) -> list[str]:
    return [e["control_text"] for e in listing]


def reopen(doc: WordDocument):
    """The python-docx Document that the saved bytes of `doc` give (what any reader sees)."""
    return docx.Document(io.BytesIO(doc.save()))


_PRISTINE: dict[str, bytes] = {}


def pristine(name: str = "main") -> bytes:
    """What a session on shared document `name` saves before any action (cached)."""
    if name not in _PRISTINE:
        _PRISTINE[name] = WordDocument.open(doc_bytes(name)).save()
    return _PRISTINE[name]


def open_session(data: bytes | str = "main", **kwargs) -> Driver:
    if isinstance(data, str):
        data = doc_bytes(data)
    return Driver(Session(WordDocument.open(data), **kwargs))


# ---------------------------------------------------------------------- steps
Step = Callable[[Driver], Any]


def sel(text: str) -> Step:
    return lambda d: d.select(text)


def caret_before(text: str) -> Step:
    """Select `text`, then Left: the caret just before it."""
    def step(d: Driver):
        d.select(text)
        d.keys("{LEFT}")
    return step


def caret_after(text: str) -> Step:
    def step(d: Driver):
        d.select(text)
        d.keys("{RIGHT}")
    return step


def tab(name: str, nth: int = 0) -> Step:
    return lambda d: d.click(name, "TabItem", nth=nth)


def click(name: str, ctype: str | None = None, after: str | None = None, nth: int = 0) -> Step:
    return lambda d: d.click(name, ctype, after, nth)


def typ(name: str, text: str, ctype: str | None = None, clear: bool = False) -> Step:
    return lambda d: d.type_into(name, text, ctype, clear)


class key:  # noqa: N801 - a step, used like the other step functions
    """Press `keys` (pywinauto syntax); `.keys` tells the tables which chords a row presses."""

    def __init__(self, keys: str):
        self.keys = keys

    def __call__(self, d: Driver):
        return d.keys(self.keys)


def point_of(d: Driver, text: str, inside: int = 1) -> tuple[float, float]:
    """The window point (fractions, as click_on_coordinates takes them) on the first
    occurrence of `text`, `inside` characters into it, in the session's page layout."""
    doc = d.s.doc
    para = next(i for i in range(len(doc)) if text in doc.text(i))
    offset = doc.text(para).index(text) + inside
    area = d.s.ui.model.by_id["document"].rectangle
    x, y = d.s.pointer.layout(d.s, area).point_of(para, offset, d.s.pointer.scroll)
    model = d.s.ui.model
    return x / model.width, y / model.height


def click_at(text: str, inside: int = 1, **args) -> Step:
    """click_on_coordinates on `text` (`button`, `double` as the action takes them)."""
    def step(d: Driver):
        x, y = point_of(d, text, inside)
        return d.step({"function": "click_on_coordinates", "args": {"x": x, "y": y, **args}})
    return step


def right_click_on(text: str) -> Step:
    """Select `text`, then right-click on it: Word's context menu for the selection."""
    def step(d: Driver):
        d.select(text)
        click_at(text, button="right")(d)
    return step


def doc_type(text: str) -> Step:
    return lambda d: d.type_text(text)


def run_steps(d: Driver, steps: Sequence[Step]) -> None:
    for s in steps:
        s(d)


@dataclass
class Row:
    """One way of reaching an effect: `setup` steps, then the `steps` under test; `get` reads
    the effect from the reopened python-docx document (and the driver), which must differ
    from `want` before the steps (so the check can fail) and equal it after. `control` is the
    control id (table 1) or the chord (table 2) the steps must go through. `noop`: the steps
    must leave the saved bytes exactly as they were."""

    control: str
    steps: Sequence[Step]
    get: Callable[[Any, Driver], Any] | None = None
    want: Any = None
    setup: Sequence[Step] = ()
    doc: str = "main"
    label: str = ""
    noop: bool = False

    @property
    def id(self) -> str:
        return f"{self.control}[{self.label}]" if self.label else self.control


_INITIAL: dict[str, Any] = {}


def initial(name: str):
    """The reopened python-docx Document of a shared test document (read only)."""
    if name not in _INITIAL:
        _INITIAL[name] = docx.Document(io.BytesIO(doc_bytes(name)))
    return _INITIAL[name]


def check_row(row: Row) -> Driver:
    """Run a row: the effect is absent after the setup, present after the steps."""
    d = open_session(row.doc)
    run_steps(d, row.setup)
    if row.noop:
        before_bytes = d.s.doc.save()
    else:
        start = reopen(d.s.doc) if row.setup else initial(row.doc)
        before = row.get(start, d)
        assert before != row.want, f"the effect is already there before the steps: {before!r}"
    d.touched.clear()
    run_steps(d, row.steps)
    if row.noop:
        assert d.s.doc.save() == before_bytes
    else:
        got = row.get(d.reopen(), d)
        assert got == row.want, f"got {got!r}, want {row.want!r}"
    return d


def chords(keys: str) -> list[str]:
    events = parse_keys(keys)
    assert isinstance(events, list), events
    return [e.chord for e in events if isinstance(e, Key)]


# ---------------------------------------------------------------------- reading effects
def all_paragraphs(doc):
    """Body paragraphs and table-cell paragraphs, in document order."""
    body = doc.element.body
    out = []
    for p in body.iter(qn("w:p")):
        out.append(Paragraph(p, doc._body))
    return out


def para(doc, text: str):
    """The first paragraph (body or table cell) whose text contains `text`."""
    for p in all_paragraphs(doc):
        if text in p.text:
            return p
    raise AssertionError(f"no paragraph contains {text!r}: {[p.text for p in all_paragraphs(doc)]}")


def has_para(doc, text: str) -> bool:
    return any(text in p.text for p in all_paragraphs(doc))


def run_at(doc, text: str):
    """The first run whose text contains `text` (after an edit that splits runs at a selection,
    the run holding exactly the selected text)."""
    for p in all_paragraphs(doc):
        for r in p.runs:
            if text in r.text:
                return r
    raise AssertionError(f"no run contains {text!r}")


def align(p) -> WD_ALIGN_PARAGRAPH:
    """A paragraph's alignment, left when none is written."""
    a = p.alignment
    return WD_ALIGN_PARAGRAPH.LEFT if a is None else a


def num_format(doc, p) -> str | None:
    """numFmt of the list level paragraph `p` is in (read from numbering.xml), else None."""
    ppr = p._p.pPr
    num_pr = ppr.numPr if ppr is not None else None
    if num_pr is None or num_pr.numId is None:
        return None
    num_id = num_pr.numId.val
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    numbering = doc.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            break
    else:
        return None
    for absn in numbering.findall(qn("w:abstractNum")):
        if absn.get(qn("w:abstractNumId")) == abstract_id:
            for lvl in absn.findall(qn("w:lvl")):
                if lvl.get(qn("w:ilvl")) == str(ilvl):
                    return lvl.find(qn("w:numFmt")).get(qn("w:val"))
    return None


def page_breaks(doc) -> int:
    return sum(1 for br in doc.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")


def story_text(part) -> str:
    """All paragraph text of a header or footer."""
    return "\n".join(p.text for p in part.paragraphs)


def has_page_field(part) -> bool:
    """A PAGE field as Word writes it (complex field: fldChar begin + instrText PAGE)."""
    el = part._element
    begins = [f for f in el.iter(qn("w:fldChar")) if f.get(qn("w:fldCharType")) == "begin"]
    instr = " ".join(t.text or "" for t in el.iter(qn("w:instrText")))
    simple = [f for f in el.iter(qn("w:fldSimple")) if "PAGE" in f.get(qn("w:instr"), "")]
    return bool(begins and "PAGE" in instr.split()) or bool(simple)


def page_field_alignment(part):
    for p in part.paragraphs:
        if any("PAGE" in (t.text or "") for t in p._p.iter(qn("w:instrText"))):
            return align(p)
    return None


def cols(section) -> int:
    c = section._sectPr.find(qn("w:cols"))
    return int(c.get(qn("w:num"), "1")) if c is not None else 1


def inches(length) -> float | None:
    return None if length is None else round(length.inches, 3)


def points(length) -> float | None:
    return None if length is None else round(length.pt, 2)

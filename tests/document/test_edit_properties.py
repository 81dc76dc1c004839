"""Random edit sequences checked against a plain-text reference model of Word's typing rules."""

from __future__ import annotations

import inspect
import io
import re
from dataclasses import dataclass
from functools import cache

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.document.test_text_input import story_texts
from wordsim.document import COMMANDS, CommandError, WordDocument

SPECS = [
    "Hello world\nSecond line here",
    "# Title\nBody **bold** text, with punctuation.\n.\nEnd of it",
    "Intro line\n| a b | c |\n| d | e f |\nOutro",
    "one\n[page break]\nafter the break",
    "| top | cell |\nmiddle text\n| x |\n| y z |",
]
UNITS = ["character", "word", "paragraph", "line", "document"]
# Words (with inner apostrophes), punctuation runs, single tabs/breaks, space runs.
_TOKENS = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]+|[\t\n\v]|[^\S\t\n\v]+")


def word_starts(text: str) -> list[int]:
    """Where Ctrl+Left/Right stop: every token but a space run starts a word; and the end."""
    starts = {
        m.start() for m in _TOKENS.finditer(text) if m[0][0] in "\t\n\v" or not m[0].isspace()
    }
    return sorted(starts | {0, len(text)})


@dataclass
class Model:
    """The document as texts, each paragraph's container (None: the body; else its cell) and
    top-level block (a table's cells share one), with a selection of its own."""

    texts: list
    parents: list
    blocks: list
    anchor: tuple = (0, 0)
    focus: tuple = (0, 0)
    new_blocks: int = 0
    clipboard: list | None = None

    @classmethod
    def of(cls, doc: WordDocument) -> Model:
        containers = [p.getparent() for p in doc.story.paragraphs]  # held: stable identities
        parents = [
            None if c is doc.body else next(k for k, x in enumerate(containers) if x is c)
            for c in containers
        ]
        return cls(doc.texts(), parents, list(doc.story.top))

    @property
    def start(self) -> tuple:
        return min(self.anchor, self.focus)

    @property
    def end(self) -> tuple:
        return max(self.anchor, self.focus)

    @property
    def state(self) -> tuple:
        return list(self.texts), self.anchor, self.focus, self.clipboard

    def position(self, i: int, j: int) -> tuple:
        """A position from two random numbers; paragraph ends come up often (j odd)."""
        para = i % len(self.texts)
        n = len(self.texts[para])
        return (para, n if j % 2 else (j // 2) % (n + 1))

    def caret(self, pos) -> None:
        self.anchor = self.focus = tuple(pos)

    def remove(self, i: int) -> None:
        del self.texts[i], self.parents[i], self.blocks[i]

    # ------------------------------------------------------------ keys
    def step(self, unit: str, pos: tuple, fwd: bool) -> tuple:
        para, off = pos
        last, text = len(self.texts) - 1, self.texts[para]
        prev_end = (para - 1, len(self.texts[para - 1])) if para else pos
        if unit == "character":
            if fwd:
                return (para, off + 1) if off < len(text) else (para + 1, 0) if para < last else pos
            return (para, off - 1) if off else prev_end
        if unit == "word":
            if fwd:
                later = [s for s in word_starts(text) if s > off]
                return (para, later[0]) if later else (para + 1, 0) if para < last else pos
            earlier = [s for s in word_starts(text) if s < off]
            return (para, earlier[-1]) if earlier else prev_end
        if unit == "paragraph":
            if fwd:
                return (para + 1, 0) if para < last else (para, len(text))
            return (para, 0) if off else (para - 1, 0) if para else pos
        target = min(max(para + (1 if fwd else -1), 0), last)  # a line is a paragraph
        return (target, min(off, len(self.texts[target])))

    def move(self, unit: str, count: int, extend: bool) -> None:
        if count == 0:
            return
        fwd = count > 0
        if unit == "document":
            pos = (len(self.texts) - 1, len(self.texts[-1])) if fwd else (0, 0)
        else:
            steps, pos = abs(count), self.focus
            if not extend:
                pos = self.end if fwd else self.start
                steps -= self.anchor != self.focus and unit == "character"
            for _ in range(steps):
                pos = self.step(unit, pos, fwd)
        self.anchor, self.focus = (self.anchor if extend else pos), pos

    def select_text(self, sub: str) -> None:
        i = next(i for i, t in enumerate(self.texts) if sub in t)
        k = self.texts[i].index(sub)
        self.anchor, self.focus = (i, k), (i, k + len(sub))

    # ------------------------------------------------------------ editing
    def delete_range(self, start: tuple, end: tuple) -> None:
        (a, s), (b, e) = start, end
        if a == b:
            self.texts[a] = self.texts[a][:s] + self.texts[a][e:]
        elif self.parents[a] == self.parents[b]:  # one container: join, drop what is between
            self.texts[a] = self.texts[a][:s] + self.texts[b][e:]
            for i in range(b, a, -1):
                self.remove(i)
        else:  # into or out of a table: clear text in the end blocks, drop blocks between
            ends = (self.blocks[a], self.blocks[b])
            for i in range(b, a - 1, -1):
                if self.blocks[i] not in ends:
                    self.remove(i)
                    continue
                lo, hi = (s if i == a else 0), (e if i == b else len(self.texts[i]))
                self.texts[i] = self.texts[i][:lo] + self.texts[i][hi:]
        self.caret(start)

    def delete_selection(self) -> None:
        if self.anchor != self.focus:
            self.delete_range(self.start, self.end)

    def enter(self) -> None:
        self.delete_selection()
        para, off = self.focus
        text = self.texts[para]
        self.texts[para : para + 1] = [text[:off], text[off:]]
        self.parents.insert(para + 1, self.parents[para])
        if self.parents[para] is None:  # a body paragraph is a block of its own
            self.new_blocks += 1
            self.blocks.insert(para + 1, ("new", self.new_blocks))
        else:
            self.blocks.insert(para + 1, self.blocks[para])
        self.caret((para + 1, 0))

    def type_text(self, text: str) -> None:
        self.delete_selection()
        for k, line in enumerate(text.split("\n")):
            if k:
                self.enter()
            para, off = self.focus
            self.texts[para] = self.texts[para][:off] + line + self.texts[para][off:]
            self.caret((para, off + len(line)))

    def copy(self) -> None:
        (a, s), (b, e) = self.start, self.end
        assert self.anchor != self.focus, "copy must refuse an empty selection"
        if a == b:
            self.clipboard = [self.texts[a][s:e]]
        else:
            middle = self.texts[a + 1 : b]
            self.clipboard = [self.texts[a][s:], *middle, self.texts[b][:e]]

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        assert self.clipboard is not None, "paste must refuse an empty clipboard"
        self.type_text("\n".join(self.clipboard))  # pasted paragraph breaks act like Enter

    def refuses(self, op: tuple) -> bool:
        """Whether Word refuses `op` here (an agent-level error, not a bug)."""
        if op[0] in ("copy", "cut"):
            return self.anchor == self.focus
        return (op[0] == "paste" and self.clipboard is None) or op[0] == "format"

    def join(self, first: int) -> None:
        """Delete the paragraph mark after `first` unless a cell edge is there."""
        if self.parents[first] == self.parents[first + 1]:
            self.texts[first] += self.texts[first + 1]
            self.remove(first + 1)

    def backspace(self, word: bool) -> None:
        para, off = self.focus
        if self.anchor != self.focus:
            self.delete_selection()
        elif off:
            self.delete_range(
                self.step("word", self.focus, False) if word else (para, off - 1), self.focus
            )
        elif para and self.parents[para - 1] == self.parents[para]:
            self.caret((para - 1, len(self.texts[para - 1])))
            self.join(para - 1)

    def delete(self, word: bool) -> None:
        para, off = self.focus
        if self.anchor != self.focus:
            self.delete_selection()
        elif off < len(self.texts[para]):
            self.delete_range(
                self.focus, self.step("word", self.focus, True) if word else (para, off + 1)
            )
        elif para + 1 < len(self.texts):
            self.join(para)


# ---------------------------------------------------------------------------- the property
def _no_argument_command(name: str) -> bool:
    fn = COMMANDS.get(name)
    if fn is None:
        return False
    params = list(inspect.signature(fn).parameters.values())[1:]
    return all(p.default is not p.empty for p in params)


TEXT = st.text(alphabet="ab xy,.'\t\n", min_size=1, max_size=8)
EDIT = st.one_of(
    st.tuples(st.just("type"), TEXT),
    st.tuples(st.just("backspace"), st.booleans()),
    st.tuples(st.just("delete"), st.booleans()),
    st.tuples(st.just("enter")),
    st.tuples(st.sampled_from(["copy", "cut", "paste"])),
)
SELECT = st.tuples(st.just("select_range"), *[st.integers(0, 99)] * 4, st.booleans())
OPS = st.one_of(
    EDIT.map(lambda op: [op]),
    st.tuples(SELECT, EDIT).map(list),  # an edit on a random range or at a random caret
    st.tuples(SELECT, st.sampled_from([("copy",), ("cut",)]), SELECT, st.just(("paste",))).map(
        list
    ),
    st.tuples(st.just("move"), st.sampled_from(UNITS), st.integers(-4, 4), st.booleans()).map(
        lambda op: [op]
    ),
    st.tuples(st.just("select_text"), *[st.integers(0, 99)] * 2, st.integers(1, 6)).map(
        lambda op: [op]
    ),
    st.tuples(st.just("select_all")).map(lambda op: [op]),
    st.tuples(st.just("line_edge"), st.sampled_from(["home", "end"]), st.booleans()).map(
        lambda op: [op]
    ),
    st.tuples(st.just("format"), st.sampled_from(["bold", "italic"])).map(lambda op: [op]),
)


def apply(doc: WordDocument, model: Model, op: tuple) -> None:
    """Run `op` on the document, then the same edit on the model (unless the document
    refused it with a CommandError)."""
    kind = op[0]
    if kind == "type":
        doc.execute("type_text", text=op[1])
        model.type_text(op[1])
    elif kind in ("backspace", "delete"):
        doc.execute(kind, word=op[1])
        getattr(model, kind)(op[1])
    elif kind in ("enter", "copy", "cut", "paste"):
        doc.execute(kind)
        getattr(model, kind)()
    elif kind == "move":
        doc.execute("move", unit=op[1], count=op[2], extend=op[3])
        model.move(op[1], op[2], op[3])
    elif kind == "select_text":
        texts = [t for t in model.texts if t]
        if texts:
            text = texts[op[1] % len(texts)]
            start = op[2] % len(text)
            sub = text[start : start + op[3]]
            doc.execute("select_text", text=sub)
            model.select_text(sub)
    elif kind == "select_all":
        doc.execute("select_all")
        model.anchor, model.focus = (0, 0), (len(model.texts) - 1, len(model.texts[-1]))
    elif kind == "select_range":
        start = model.position(op[1], op[2])
        end = start if op[5] else model.position(op[3], op[4])
        doc.execute("select_range", start=start, end=end)
        model.anchor, model.focus = start, end
    elif kind == "line_edge":
        doc.execute(op[1], extend=op[2])
        para = model.focus[0]
        pos = (para, len(model.texts[para]) if op[1] == "end" else 0)
        model.anchor, model.focus = (model.anchor if op[2] else pos), pos
    elif kind == "format" and _no_argument_command(op[1]):
        doc.execute(op[1])  # formatting changes no text; follow its selection
        model.anchor, model.focus = tuple(doc.selection.anchor), tuple(doc.selection.focus)


@cache
def _spec_bytes(spec: str) -> bytes:
    return WordDocument.build(spec).save()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=st.sampled_from(SPECS), groups=st.lists(OPS, min_size=3, max_size=15))
def test_random_edits_match_the_reference_model_and_undo_to_the_same_bytes(spec, groups):
    ops = [op for group in groups for op in group][:25]
    original = _spec_bytes(spec)
    doc = WordDocument.open(original)
    model = Model.of(doc)
    saved = original
    for op in ops:
        before, expected = saved, model.state
        try:
            apply(doc, model, op)
        except CommandError:
            assert model.refuses(op), op
            assert doc.save() == before and model.state == expected
            continue
        saved = doc.save()
        assert story_texts(docx.Document(io.BytesIO(saved))) == model.texts, op
        assert doc.texts() == model.texts
        assert (tuple(doc.selection.anchor), tuple(doc.selection.focus)) == (
            model.anchor,
            model.focus,
        ), op
    final = doc.save()
    while doc.undo() is not None:
        pass
    assert doc.save() == original
    while doc.redo() is not None:
        pass
    assert doc.save() == final

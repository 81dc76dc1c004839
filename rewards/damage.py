"""Damage: what changed outside a goal's footprint, judged the same way for every checker.

A checker says what its goal may change (a `Footprint`: target characters, target paragraphs,
new table cells, section settings, ...); `damage(before, after, footprint)` lists, in plain
words, every other difference between the two documents: paragraph texts, character formatting,
paragraph formatting, page breaks, links, fields, pictures, table shapes, sections, headers and
footers, comments. Footprints of several checks combine with `|`, so a composite goal is judged
once against everything its checks may change together.

Paragraphs of the two documents are paired by their texts (identical texts pair by position; an
edited stretch pairs paragraphs that share most characters, character by character), so the
comparison stays meaningful when a goal edits text, splits paragraphs or adds a table. Where the
texts leave the pairing open (an empty paragraph added next to an empty one, a sentence ending
in "." deleted after a "."), the pairing that keeps formatting alike wins."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from wordsim.document.query import DocumentView, Paragraph, Run, Section

FORMAT_FIELDS: tuple[str, ...] = Run._fields[1:]  # bold ... highlight: one character's look
# Paragraph formatting compared field by field ("page_break_before" counts as a page break).
PARAGRAPH_FIELDS: tuple[str, ...] = (
    "style", "alignment", "line_spacing", "line_spacing_rule", "space_before_pt",
    "space_after_pt", "left_indent_pt", "right_indent_pt", "first_line_indent_pt", "list",
)  # fmt: skip
_PARAGRAPH_INDEX = {name: Paragraph._fields.index(name) for name in PARAGRAPH_FIELDS}
PAGE_FIELDS = ("page_width_pt", "page_height_pt")
MARGIN_FIELDS = ("top_margin_pt", "bottom_margin_pt", "left_margin_pt", "right_margin_pt")
# Section fields of each story: the texts shown, and paragraph records should a view carry them.
STORY_FIELDS = {
    story: (story, f"first_page_{story}", f"even_page_{story}", f"{story}_paragraphs")
    for story in ("header", "footer")
}
# From strictest to most permissive: "same" texts; "split": paragraphs may be split and empty
# ones added (a page break, a table at the caret); "rejoin": paragraph boundaries and empty
# paragraphs may also go (a page break removed); "any" text.
TEXT_RULES = ("same", "split", "rejoin", "any")
MAX_DETAILS = 8
Block = tuple[int, int, int]  # matching items: (offset before, offset after, length)
_CHAR_ALIGN_LIMIT = 6000  # characters per edited stretch aligned character by character


def quote(text: str, limit: int = 40) -> str:
    """`text` in quotes for a message, shortened with an ellipsis past `limit` characters."""
    text = text.replace("\n", " ")
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


# ------------------------------------------------------------------------------ footprints
@dataclass(frozen=True)
class CharSpan:
    """Characters [start, end) of after-paragraph `para` whose formatting may change: the
    `Run` fields named in `fields`, or every field when `fields` is None."""

    para: int
    start: int
    end: int
    fields: frozenset[str] | None = None


@dataclass(frozen=True)
class ParagraphScope:
    """After-paragraph `para` whose `PARAGRAPH_FIELDS` named in `fields` may change; None:
    everything about it may change, its character formatting included (a new style does that)."""

    para: int
    fields: frozenset[str] | None = None


@dataclass(frozen=True)
class Footprint:
    """What a goal may change. Indices of paragraphs and tables are the after document's,
    except `removed_paragraphs` (the before document's)."""

    texts: str = "same"  # one of TEXT_RULES
    new_paragraphs: frozenset[int] = frozenset()  # content the goal adds (new table cells)
    removed_paragraphs: frozenset[int] = frozenset()  # content the goal removes (deleted rows)
    chars: tuple[CharSpan, ...] = ()
    paragraphs: tuple[ParagraphScope, ...] = ()
    page_breaks: bool = False  # hard page breaks and "page break before" may change
    links: bool = False  # hyperlinks may be added or changed
    comments: bool = False  # comments may be added (existing ones must stay)
    new_tables: frozenset[int] = frozenset()
    resized_tables: frozenset[int] = frozenset()  # tables whose rows may be added or removed
    sections: frozenset[str] = frozenset()  # Section fields that may change

    def __post_init__(self):
        if self.texts not in TEXT_RULES:
            raise ValueError(f"texts must be one of {TEXT_RULES}, not {self.texts!r}")

    def __or__(self, other: Footprint) -> Footprint:
        """Everything either footprint allows."""
        merged = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if f.name == "texts":
                merged[f.name] = max(a, b, key=TEXT_RULES.index)
            elif isinstance(a, bool):
                merged[f.name] = a or b
            else:
                merged[f.name] = a | b if isinstance(a, frozenset) else a + b
        return Footprint(**merged)


NOTHING = Footprint()


# ------------------------------------------------------------------------------ pairing
class Pair(NamedTuple):
    """After-paragraph `new` comes from before-paragraph `old`: `blocks` are the matching
    character stretches (old offset, new offset, length), None when the texts are identical;
    `primary` when `old` is where most of `new`'s text comes from (its formatting source)."""

    old: int
    new: int
    blocks: tuple[tuple[int, int, int], ...] | None
    primary: bool = True


@dataclass(frozen=True)
class Alignment:
    """Paragraph texts of the two documents side by side (new and removed content left out):
    stretches of identical texts, and pairs inside the edited stretches."""

    old: tuple[int, ...]  # before indices compared
    new: tuple[int, ...]  # after indices compared
    opcodes: tuple  # difflib opcodes over the texts of `old` and `new`
    edited: tuple[Pair, ...]  # pairs inside "replace" stretches

    def same(self) -> Iterator[tuple[int, int]]:
        """(before index, after index) of the paragraphs with identical texts."""
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag == "equal":
                yield from zip(self.old[i1:i2], self.new[j1:j2], strict=True)

    def pairs(self) -> Iterator[Pair]:
        """Every pair: identical texts first, then the edited stretches'."""
        for i, j in self.same():
            yield Pair(i, j, None)
        yield from self.edited


def texts(view: DocumentView) -> tuple[str, ...]:
    """The paragraph texts of `view` (cached for the few views in use)."""
    hit = _TEXTS.get(id(view))
    if hit is None or hit[0] is not view:
        if len(_TEXTS) >= 16:
            _TEXTS.pop(next(iter(_TEXTS)))
        hit = _TEXTS[id(view)] = (view, tuple(p.text for p in view.paragraphs))
    return hit[1]


_TEXTS: dict[int, tuple[DocumentView, tuple[str, ...]]] = {}  # id -> (the view, its texts)


def align(before: DocumentView, after: DocumentView, footprint: Footprint = NOTHING) -> Alignment:
    """Pair the paragraphs of `after` with those of `before` they come from."""
    old = _kept(len(before.paragraphs), footprint.removed_paragraphs)
    new = _kept(len(after.paragraphs), footprint.new_paragraphs)
    old_texts, new_texts = _picked(texts(before), old), _picked(texts(after), new)
    bp, ap = before.paragraphs, after.paragraphs
    if old_texts == new_texts:  # the common case: one cheap comparison
        opcodes = (("equal", 0, len(old), 0, len(new)),)
    else:  # paragraphs added or removed next to identical ones: pair those that look alike
        opcodes = _opcodes(old_texts, new_texts)
        blocks = [(i1, j1, i2 - i1) for tag, i1, i2, j1, _ in opcodes if tag == "equal"]
        slid = slide(blocks, old_texts, new_texts,
                     lambda i, j: sum(x != y for x, y in zip(bp[old[i]], ap[new[j]], strict=True)))
        if slid != blocks:
            opcodes = _opcodes_of(slid, len(old), len(new))
    edited: list[Pair] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "replace":
            pairs = _edited_pairs(old[i1:i2], new[j1:j2], old_texts[i1:i2], new_texts[j1:j2])
            edited += (p._replace(blocks=_slid_chars(bp[p.old], ap[p.new], p.blocks)) for p in pairs)
    return Alignment(old, new, opcodes, tuple(edited))


def _picked(all_texts: tuple[str, ...], kept: tuple[int, ...]) -> tuple[str, ...]:
    return all_texts if len(kept) == len(all_texts) else tuple(all_texts[i] for i in kept)


def _kept(n: int, left_out: frozenset[int]) -> tuple[int, ...]:
    return tuple(i for i in range(n) if i not in left_out) if left_out else tuple(range(n))


@lru_cache(maxsize=256)
def _opcodes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple:
    """difflib's opcodes between two lists of paragraph texts (cached, as matching_blocks)."""
    return tuple(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


@lru_cache(maxsize=4096)
def matching_blocks(a: str, b: str) -> tuple[tuple[int, int, int], ...]:
    """difflib's matching blocks of two strings (cached: an episode compares the same
    paragraph texts at every step)."""
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return tuple((m.a, m.b, m.size) for m in blocks if m.size)


def _edited_pairs(old, new, old_texts, new_texts) -> list[Pair]:
    """Pairs inside an edited stretch: by position when as many paragraphs remain (each pair
    kept if they share at least half of the shorter text), else through the joined texts
    (splits and merges)."""
    if len(old) == len(new):
        out = []
        for i, j, a, b in zip(old, new, old_texts, new_texts, strict=True):
            blocks = matching_blocks(a, b)
            if _related(blocks, a, b):
                out.append(Pair(i, j, blocks))
        return out
    joined_old, joined_new = "\n".join(old_texts), "\n".join(new_texts)
    if len(joined_old) + len(joined_new) > _CHAR_ALIGN_LIMIT:
        return []
    starts_old, starts_new = _starts(old_texts), _starts(new_texts)
    shared: dict[tuple[int, int], list] = defaultdict(list)
    for a0, b0, size in matching_blocks(joined_old, joined_new):
        # cut the block where either side crosses a paragraph boundary
        pos = 0
        while pos < size:
            i = _locate(starts_old, a0 + pos)
            j = _locate(starts_new, b0 + pos)
            oa, ob = a0 + pos - starts_old[i], b0 + pos - starts_new[j]
            n = min(size - pos, len(old_texts[i]) - oa, len(new_texts[j]) - ob)
            if n <= 0:  # the separator itself
                pos += 1
                continue
            shared[(i, j)].append((oa, ob, n))
            pos += n
    best: dict[int, tuple[int, int]] = {}
    for (i, j), blocks in shared.items():
        size = sum(n for _, _, n in blocks)
        if j not in best or size > best[j][1]:
            best[j] = (i, size)
    out = []
    for (i, j), blocks in sorted(shared.items(), key=lambda kv: kv[0][::-1]):
        if _related(blocks, old_texts[i], new_texts[j]) or best[j][0] == i:
            out.append(Pair(old[i], new[j], tuple(blocks), best[j][0] == i))
    return out


def slide(blocks: Iterable[Block], a: Sequence, b: Sequence, cost: Callable[[int, int], int]
          ) -> list[Block]:
    """`blocks` (matching stretches (offset in `a`, offset in `b`, length) of two sequences)
    with each boundary between two blocks moved, as far as equal items allow, to where the
    items paired cost least (`cost(i, j)`: how unlike a[i] and b[j] are). Text alone cannot
    tell which of two equal items an edit kept: deleting " ... expected." after an italic
    "July." keeps either "." as well; how the items look can."""
    out = [(0, 0, 0)]  # empty blocks at both ends: the edges may move too
    for block in [*blocks, (len(a), len(b), 0)]:
        while out:
            first, block = _best_boundary(out[-1], block, a, b, cost)
            if first[2]:
                out[-1] = first
                break
            out.pop()  # the block before slid away entirely: the one before it borders this
        if block[2]:
            out.append(block)
    return out


def _best_boundary(first: Block, second: Block, a: Sequence, b: Sequence,
                   cost: Callable[[int, int], int]) -> tuple[Block, Block]:
    """The two blocks with the boundary between them moved to where pairs cost least (ties:
    the nearest to where it was)."""
    (a1, b1, n1), (a2, b2, n2) = first, second
    end_a, end_b = a1 + n1, b1 + n1
    if end_a == a2 and end_b == b2:  # nothing between them: every boundary pairs the same
        return first, second
    left = 0  # how far the boundary may move back: second's block may grow to the left
    while left < n1 and a[a2 - left - 1] == b[b2 - left - 1]:
        left += 1
    right = 0  # ... and forward: the first block may grow to the right
    while right < n2 and a[end_a + right] == b[end_b + right]:
        right += 1
    if not left + right:
        return first, second
    # the items whose partner depends on the boundary, paired as in either block: running
    # sums of their costs, so each boundary's total is one subtraction
    by_first = [0, *accumulate(cost(end_a + k, end_b + k) for k in range(-left, right))]
    by_second = [0, *accumulate(cost(a2 + k, b2 + k) for k in range(-left, right))]
    shift = min(range(-left, right + 1), key=lambda s: (
        by_first[left + s] + by_second[-1] - by_second[left + s], abs(s)))
    return (a1, b1, n1 + shift), (a2 + shift, b2 + shift, n2 - shift)


def _opcodes_of(blocks: Iterable[Block], n_old: int, n_new: int) -> tuple:
    """difflib-style opcodes from matching blocks of sequences of lengths n_old and n_new."""
    out, i, j = [], 0, 0
    for a0, b0, size in [*blocks, (n_old, n_new, 0)]:
        if i < a0 or j < b0:
            tag = "replace" if i < a0 and j < b0 else "delete" if i < a0 else "insert"
            out.append((tag, i, a0, j, b0))
        if size:
            out.append(("equal", a0, a0 + size, b0, b0 + size))
        i, j = a0 + size, b0 + size
    return tuple(out)


def _slid_chars(b: Paragraph, a: Paragraph, blocks: Iterable[Block]) -> tuple[Block, ...]:
    """`blocks` of an edited pair slid to pair characters formatted alike."""
    old_starts, old_formats = _run_cuts(b.runs)
    new_starts, new_formats = _run_cuts(a.runs)

    def cost(i: int, j: int) -> int:
        return _format_at(old_starts, old_formats, i) != _format_at(new_starts, new_formats, j)

    return tuple(slide(blocks, b.text, a.text, cost))


def _format_at(starts: list[int], formats: list[tuple], offset: int) -> tuple | None:
    k = _locate(starts, offset)
    return formats[k] if k < len(formats) else None


def _related(blocks, a: str, b: str) -> bool:
    size = sum(n for _, _, n in blocks)
    return size > 0 and 2 * size >= min(len(a), len(b))


def _starts(items: list[str]) -> list[int]:
    """Offsets of each text in the texts joined by newlines."""
    out, pos = [], 0
    for t in items:
        out.append(pos)
        pos += len(t) + 1
    return out


def _locate(starts: list[int], offset: int) -> int:
    """Index of the last start at or before `offset`."""
    return bisect_right(starts, offset) - 1


# ------------------------------------------------------------------------------ damage
def damage(
    before: DocumentView, after: DocumentView, footprint: Footprint = NOTHING
) -> tuple[str, ...]:
    """Every change outside `footprint`, in plain words (empty: nothing was damaged)."""
    alignment = align(before, after, footprint)
    found = [
        *text_damage(before, after, alignment, footprint),
        *paragraph_damage(before, after, alignment, footprint),
        *count_damage(before, after, alignment, footprint),
        *table_damage(before, after, footprint),
        *section_damage(before, after, footprint),
        *comment_damage(before, after, footprint),
    ]
    if len(found) > MAX_DETAILS:
        found[MAX_DETAILS - 1 :] = [f"... and {len(found) - MAX_DETAILS + 1} more changes"]
    return tuple(found)


def text_damage(before, after, alignment: Alignment, footprint: Footprint) -> list[str]:
    """Paragraph texts changed, inserted or deleted beyond what `footprint.texts` allows."""
    if footprint.texts == "any":
        return []
    out = []
    old, new = alignment.old, alignment.new
    for tag, i1, i2, j1, j2 in alignment.opcodes:
        if tag == "equal":
            continue
        a = [before.paragraphs[i].text for i in old[i1:i2]]
        b = [after.paragraphs[j].text for j in new[j1:j2]]
        if footprint.texts != "same" and _boundaries_only(a, b, footprint.texts == "rejoin"):
            continue
        where = old[i1] + 1 if i1 < len(old) else len(before.paragraphs) + 1
        if tag == "insert":
            place = f"before paragraph {where}" if i1 < len(old) else "at the end"
            out.append(f"a paragraph {quote(b[0])} was inserted {place}" if len(b) == 1
                       else f"{len(b)} paragraphs were inserted {place}")
        elif tag == "delete":
            out.append(f"paragraph {where} {quote(a[0])} was deleted" if len(a) == 1
                       else f"paragraphs {where}-{where + len(a) - 1} were deleted")
        elif len(a) == len(b):
            out += [f"paragraph {old[i1 + k] + 1} text changed: {quote(x)} became {quote(y)}"
                    for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        else:
            what = (f"paragraph {where} {quote(a[0])}" if len(a) == 1
                    else f"paragraphs {where}-{where + len(a) - 1}")
            if "".join(a) == "".join(b):
                out.append(f"{what} became {len(b)} paragraphs (split or joined)")
            else:
                out.append(f"{what} became {len(b)} paragraphs with other text")
    return out


def _boundaries_only(a: list[str], b: list[str], both_ways: bool) -> bool:
    """`b` is `a` with paragraphs split and empty paragraphs added (and, `both_ways`, joined
    and empty ones removed): the characters are the same."""
    if "".join(a) != "".join(b):
        return False
    return both_ways or (b.count("") >= a.count("") and _cuts(a) <= _cuts(b))


def _cuts(items: list[str]) -> set[int]:
    """Offsets where paragraphs end in the texts joined without separators."""
    out, pos = set(), 0
    for t in items:
        pos += len(t)
        out.add(pos)
    return out


def paragraph_damage(before, after, alignment: Alignment, footprint: Footprint) -> list[str]:
    """Paragraph formatting, page breaks, links, fields, pictures and character formatting
    of paired paragraphs, outside the footprint."""
    scopes = {s.para: s.fields for s in footprint.paragraphs}
    spans: dict[int, list[CharSpan]] = defaultdict(list)
    for s in footprint.chars:
        spans[s.para].append(s)
    out = []
    bp, ap = before.paragraphs, after.paragraphs
    changed = [Pair(i, j, None) for i, j in alignment.same() if bp[i] != ap[j]]
    for pair in changed + list(alignment.edited):
        b, a = bp[pair.old], ap[pair.new]
        if b == a:
            continue
        n = pair.new + 1
        whole = pair.new in scopes and scopes[pair.new] is None
        if pair.primary and not whole:
            allowed = scopes.get(pair.new, frozenset())
            out.extend(f"paragraph {n} {_describe(f, _paragraph_value(b, f), _paragraph_value(a, f))}"
                       for f in PARAGRAPH_FIELDS if f not in allowed
                       and _paragraph_value(b, f) != _paragraph_value(a, f))
        if pair.primary:
            out.extend(_content_damage(b, a, n, footprint))
        if not whole and b.runs != a.runs:
            out.extend(_format_damage(b, a, pair, spans.get(pair.new, ())))
    return out


def page_break_count(view: DocumentView) -> int:
    """Hard page breaks plus paragraphs that start a page ("Page break before")."""
    return sum(_breaks(p) for p in view.paragraphs)


def _breaks(p: Paragraph) -> int:
    return p.page_breaks + p.page_break_before


def count_damage(before, after, alignment: Alignment, footprint: Footprint) -> list[str]:
    """Page breaks and pictures that paragraphs without a counterpart gained or lost (paired
    paragraphs are compared one by one)."""
    old_ids, new_ids = set(footprint.removed_paragraphs), set(footprint.new_paragraphs)
    for tag, i1, i2, j1, j2 in alignment.opcodes:
        if tag != "equal":
            old_ids.update(alignment.old[i1:i2])
            new_ids.update(alignment.new[j1:j2])
    old_ids.difference_update(q.old for q in alignment.edited)
    new_ids.difference_update(q.new for q in alignment.edited)
    old = [before.paragraphs[i] for i in old_ids]
    new = [after.paragraphs[j] for j in new_ids]
    out = []
    breaks = sum(map(_breaks, old)), sum(map(_breaks, new))
    if not footprint.page_breaks and breaks[0] != breaks[1]:
        out.append(f"{_count(breaks[1] - breaks[0], 'page break')} in new or deleted paragraphs")
    pictures = sum(p.pictures for p in old), sum(p.pictures for p in new)
    if pictures[0] != pictures[1]:
        out.append(f"{_count(pictures[1] - pictures[0], 'picture')} in new or deleted paragraphs")
    return out


def _count(delta: int, what: str) -> str:
    return f"{abs(delta)} {what}{'s' if abs(delta) != 1 else ''} {'added' if delta > 0 else 'removed'}"


def _paragraph_value(p: Paragraph, name: str):
    value = p[_PARAGRAPH_INDEX[name]]
    if name == "list":  # numbers and ids move when other list items change; the kind does not
        return None if value is None else (value.kind, value.level)
    return value


def _describe(name: str, old, new) -> str:
    label = name.replace("_pt", "").replace("_", " ")
    return f"{label} changed from {old!r} to {new!r}"


def _content_damage(b: Paragraph, a: Paragraph, n: int, footprint: Footprint) -> list[str]:
    out = []
    if not footprint.page_breaks and _breaks(b) != _breaks(a):
        out.append(f"paragraph {n} has {_breaks(a)} page breaks instead of {_breaks(b)}")
    if b.pictures != a.pictures:
        out.append(f"paragraph {n} has {a.pictures} pictures instead of {b.pictures}")
    links = [(h.address, h.fragment) for h in b.hyperlinks]
    if not footprint.links and links != [(h.address, h.fragment) for h in a.hyperlinks]:
        out.append(f"paragraph {n} hyperlinks changed")
    if [f.instruction for f in b.fields] != [f.instruction for f in a.fields]:
        if not (footprint.links and _only_links(b, a)):
            out.append(f"paragraph {n} fields changed")
    return out


def _only_links(b: Paragraph, a: Paragraph) -> bool:
    def other(p):
        return [f.instruction for f in p.fields if not f.instruction.upper().startswith("HYPERLINK")]

    return other(b) == other(a)


def _run_cuts(runs: tuple[Run, ...]) -> tuple[list[int], list[tuple]]:
    """Start offsets of the runs and their formats (`Run` without the text)."""
    starts, formats, pos = [], [], 0
    for r in runs:
        starts.append(pos)
        formats.append(r[1:])
        pos += len(r.text)
    starts.append(pos)
    return starts, formats


def format_changes(b: Paragraph, a: Paragraph, blocks) -> list[tuple[int, int, tuple, tuple]]:
    """(start, end, old format, new format) of after-paragraph `a`'s characters whose format
    differs from the before characters they match (`blocks`: None means identical texts)."""
    if blocks is None:
        blocks = ((0, 0, len(a.text)),)
    old_starts, old_formats = _run_cuts(b.runs)
    new_starts, new_formats = _run_cuts(a.runs)
    out = []
    for b0, a0, size in blocks:
        i, j, pos = _locate(old_starts, b0), _locate(new_starts, a0), 0
        while pos < size and i < len(old_formats) and j < len(new_formats):
            old_end, new_end = old_starts[i + 1] - b0, new_starts[j + 1] - a0
            end = min(old_end, new_end, size)
            if old_formats[i] != new_formats[j]:
                if out and out[-1][1] == a0 + pos and out[-1][2:] == (old_formats[i], new_formats[j]):
                    out[-1] = (out[-1][0], a0 + end, old_formats[i], new_formats[j])
                else:
                    out.append((a0 + pos, a0 + end, old_formats[i], new_formats[j]))
            pos = end
            i += old_end == end
            j += new_end == end
    return out


def _format_damage(b: Paragraph, a: Paragraph, pair: Pair, spans) -> list[str]:
    changed: list[tuple[int, int]] = []
    names: set[str] = set()
    for start, end, old, new in format_changes(b, a, pair.blocks):
        diff = frozenset(f for f, x, y in zip(FORMAT_FIELDS, old, new, strict=True) if x != y)
        rest = [(start, end)]
        for s in spans:
            if s.fields is None or diff <= s.fields:
                rest = [piece for lo, hi in rest for piece in _minus(lo, hi, s.start, s.end)]
        if rest:
            changed.extend(rest)
            names |= diff
    if not changed:
        return []
    text = a.text[changed[0][0] : changed[0][1]]
    more = f" and {len(changed) - 1} more stretches" if len(changed) > 1 else ""
    return [f"paragraph {pair.new + 1}: formatting of {quote(text)}{more} changed "
            f"({', '.join(f for f in FORMAT_FIELDS if f in names)})"]


def _minus(lo: int, hi: int, cut_lo: int, cut_hi: int) -> list[tuple[int, int]]:
    """[lo, hi) without [cut_lo, cut_hi)."""
    if cut_hi <= lo or cut_lo >= hi:
        return [(lo, hi)]
    return [p for p in ((lo, cut_lo), (cut_hi, hi)) if p[0] < p[1]]


def table_damage(before, after, footprint: Footprint) -> list[str]:
    """Tables added, removed or reshaped beyond the footprint (their texts are paragraphs)."""
    if before.tables == after.tables:
        return []
    kept = [k for k in range(len(after.tables)) if k not in footprint.new_tables]
    if len(kept) != len(before.tables):
        diff = len(kept) - len(before.tables)
        return [f"{abs(diff)} {'table was' if abs(diff) == 1 else 'tables were'} "
                f"{'added' if diff > 0 else 'deleted'}"]
    out = []
    for k, (old, new) in enumerate(zip(before.tables, (after.tables[i] for i in kept), strict=True)):
        if old.rows != new.rows and kept[k] not in footprint.resized_tables:
            out.append(f"table {k + 1} has {new.rows} rows instead of {old.rows}")
        if old.columns != new.columns:
            out.append(f"table {k + 1} has {new.columns} columns instead of {old.columns}")
        if old.style != new.style:
            out.append(f"table {k + 1} style changed from {old.style!r} to {new.style!r}")
    return out


_SECTION_FIELDS = tuple(f for f in Section._fields if f not in PAGE_FIELDS + MARGIN_FIELDS)


def section_damage(before, after, footprint: Footprint) -> list[str]:
    """Section settings, headers and footers changed beyond the footprint."""
    if before.sections == after.sections:
        return []
    if len(before.sections) != len(after.sections):
        return [f"the document has {len(after.sections)} sections instead of {len(before.sections)}"]
    allowed = footprint.sections
    turned = "orientation" in allowed  # the page and its margins turn with the orientation
    out = []
    for k, (old, new) in enumerate(zip(before.sections, after.sections, strict=True)):
        where = f"section {k + 1}"
        for f in _SECTION_FIELDS:
            if f not in allowed and getattr(old, f) != getattr(new, f):
                out.extend(f"{where} {d}" for d in _section_change(f, old, new))
        if not allowed & set(PAGE_FIELDS):
            size_old, size_new = _page(old), _page(new)
            if turned:
                size_old, size_new = sorted(size_old, key=_none_last), sorted(size_new, key=_none_last)
            if size_old != size_new:
                out.append(f"{where} page size changed")
        margins = [f for f in MARGIN_FIELDS if f not in allowed]
        if turned and len(margins) == len(MARGIN_FIELDS):
            if sorted(_margins(old), key=_none_last) != sorted(_margins(new), key=_none_last):
                out.append(f"{where} margins changed")
        elif not turned:
            out.extend(f"{where} {_describe(f, getattr(old, f), getattr(new, f))}"
                       for f in margins if getattr(old, f) != getattr(new, f))
    return out


def _section_change(name: str, old: Section, new: Section) -> list[str]:
    """What changed in Section field `name`: a header or footer's paragraph records are
    described in a few words, and not at all when its text changed (said already)."""
    if not name.endswith("_paragraphs"):
        return [_describe(name, getattr(old, name), getattr(new, name))]
    story = name.removesuffix("_paragraphs")
    if getattr(old, story) != getattr(new, story):
        return []
    return [f"{story} formatting or fields changed"]


def _page(s: Section) -> list:
    return [s.page_width_pt, s.page_height_pt]


def _margins(s: Section) -> list:
    return [getattr(s, f) for f in MARGIN_FIELDS]


def _none_last(value) -> tuple:
    return (value is None, value or 0.0)


def comment_damage(before, after, footprint: Footprint) -> list[str]:
    """Comments removed or changed; comments added unless the footprint allows it."""
    if before.comments == after.comments:
        return []
    old = Counter((c.author, c.text, c.anchor) for c in before.comments)
    new = Counter((c.author, c.text, c.anchor) for c in after.comments)
    out = [f"comment {quote(text)} was changed or deleted" for _, text, _ in (old - new).elements()]
    if not footprint.comments:
        out += [f"a comment {quote(text)} was added" for _, text, _ in (new - old).elements()]
    return out

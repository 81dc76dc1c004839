"""The document as an LLM agent reads it: one line per paragraph with formatting marks, tables as
| rows |, page breaks, page setup, headers, footers, comments, and the caret "|" or the
selection «...».

Marks: "# " headings (one # per level), "Title: ", "Subtitle: ", "> " quotes, list labels
("• ", "1. ") indented two spaces per level, "[style=Name] " for other styles; **bold**,
*italic*, __underline__, ~~strike~~, and pandoc-style spans for what differs from the
paragraph style's usual look: [text]{size=14 color=C00000 font=Arial highlight=yellow sub
sup underline=double}; a leading {center line=1.5 before=12 after=0 left=36 right=0
first=-18} for paragraph formatting that differs from the style's usual values (points);
[link: text -> address], [field: PAGE], [picture], [page break]. "Usual" is the most common
value among the starting document's paragraphs of that style (Normal's for a new style).

Rendered paragraphs are cached by their record (`DocumentView` paragraphs are plain data), so a
step re-renders only what it changed, plus the paragraphs the selection touches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from envs.spaces import TEXT_LIMITS, clean
from wordsim.document.page_setup import page_setup_data
from wordsim.document.query import DocumentView, Paragraph, Run

_HEADINGS = {f"Heading {n}": "#" * n + " " for n in range(1, 10)}
_PREFIXES = {"Title": "Title: ", "Subtitle": "Subtitle: ", "Quote": "> ", **_HEADINGS}
_PLAIN_STYLES = {"Normal", None}
_CARET, _OPEN, _CLOSE = "|", "«", "»"
_MEMO_LIMIT = 8192
_MARKED_LIMIT = 1024
_LIMIT = TEXT_LIMITS["document"]


# ------------------------------------------------------------------ the style baselines
@dataclass(frozen=True)
class Look:
    """A style's usual character look and paragraph values."""

    font: str | None = None
    size: float = 11.0
    color: str | None = None
    paragraph: tuple = ("left", 1.0, "multiple", 0.0, 0.0, 0.0, 0.0, 0.0)


_PARAGRAPH_FIELDS = ("alignment", "line_spacing", "line_spacing_rule", "space_before_pt",
                     "space_after_pt", "left_indent_pt", "right_indent_pt", "first_line_indent_pt")
_PARAGRAPH_TAGS = (None, "line", "rule", "before", "after", "left", "right", "first")


def paragraph_values(p: Paragraph) -> tuple:
    return tuple(getattr(p, f) for f in _PARAGRAPH_FIELDS)


class Baseline:
    """Per paragraph style, the most common character look and paragraph values of `view`."""

    def __init__(self, view: DocumentView):
        chars: dict[str | None, Counter] = {}
        paras: dict[str | None, Counter] = {}
        for p in view.paragraphs:
            paras.setdefault(p.style, Counter())[paragraph_values(p)] += 1
            counter = chars.setdefault(p.style, Counter())
            for r in p.runs:
                counter[(r.font, r.size_pt, r.color)] += len(r.text)
        self.looks: dict[str | None, Look] = {}
        for style, counter in paras.items():
            font, size, color = (chars[style].most_common(1)[0][0] if chars[style]
                                 else (None, 11.0, None))
            self.looks[style] = Look(font, size, color, counter.most_common(1)[0][0])
        self.default = self.looks.get("Normal") or Look()

    def look(self, style: str | None) -> Look:
        return self.looks.get(style, self.default)


# ------------------------------------------------------------------ one paragraph
def _attrs(r: Run, look: Look) -> str:
    out = []
    if r.font != look.font:
        out.append(f"font={r.font or 'default'}")
    if r.size_pt != look.size:
        out.append(f"size={r.size_pt:g}")
    if r.color != look.color:
        out.append(f"color={r.color or 'auto'}")
    if r.highlight:
        out.append(f"highlight={r.highlight}")
    if r.underline not in (None, "single"):
        out.append(f"underline={r.underline}")
    if r.subscript:
        out.append("sub")
    if r.superscript:
        out.append("sup")
    return " ".join(out)


def _wrap(text: str, r: Run, attrs: str) -> str:
    if r.underline is not None:
        text = f"__{text}__"
    if r.strike:
        text = f"~~{text}~~"
    if r.italic:
        text = f"*{text}*"
    if r.bold:
        text = f"**{text}**"
    return f"[{text}]{{{attrs}}}" if attrs else text


def content(p: Paragraph, look: Look, marks: dict[int, str] | None = None) -> str:
    """The paragraph's text with its formatting marks; `marks` inserts strings before the
    character at each offset (the caret and selection ends)."""
    pieces: list[str] = []
    at = 0
    runs = p.runs
    i = 0
    while i < len(runs):  # neighbours that look the same are written as one
        r = runs[i]
        key = r[1:]
        text = r.text
        i += 1
        while i < len(runs) and runs[i][1:] == key:
            text += runs[i].text
            i += 1
        end = at + len(text)
        if marks:
            text = _insert(text, at, end, marks, last=i == len(runs))
        pieces.append(_wrap(text, r, _attrs(r, look)))
        at = end
    if marks and not runs:
        pieces.append("".join(marks[k] for k in sorted(marks)))
    for link in p.hyperlinks:
        target = link.address + (f"#{link.fragment}" if link.fragment else "")
        pieces.append(f" [link: {link.text} -> {target}]")
    for f in p.fields:
        pieces.append(f" [field: {f.instruction.strip()}]")
    pieces.extend(" [picture]" for _ in range(p.pictures))
    return "".join(pieces)


def _insert(text: str, start: int, end: int, marks: dict[int, str], last: bool) -> str:
    # a mark at the boundary of two runs goes to the later one, but a closing » to the earlier
    inside = sorted(k for k in marks if (start < k <= end if marks[k] == _CLOSE
                                          else start <= k < end or (last and k == end)))
    if not inside:
        return text
    out, prev = [], start
    for k in inside:
        out.append(text[prev - start : k - start])
        out.append(marks[k])
        prev = k
    out.append(text[prev - start :])
    return "".join(out)


def prefix(p: Paragraph, look: Look) -> str:
    """Style, list label and paragraph formatting that differs from the style's usual."""
    out = ""
    values = paragraph_values(p)
    if values != look.paragraph:
        tags = []
        for tag, value, usual in zip(_PARAGRAPH_TAGS, values, look.paragraph, strict=True):
            if value != usual:
                tags.append(value if tag is None else f"{tag}={value:g}" if tag != "rule"
                            else f"rule={value}")
        out = "{" + " ".join(tags) + "} "
    if p.list is not None:
        out += "  " * p.list.level + (p.list.label or "•") + " "
    if p.style in _PREFIXES:
        out += _PREFIXES[p.style]
    elif p.style not in _PLAIN_STYLES and not (p.list is not None and p.style.startswith("List")):
        out += f"[style={p.style}] "
    return out


# ------------------------------------------------------------------ the canvas
class Canvas:
    """The document canvas of one starting document, kept up to date across its episodes."""

    def __init__(self, before: DocumentView):
        self.baseline = Baseline(before)
        self._memo: dict[Paragraph, str] = {}
        self._marked: dict[tuple, str] = {}  # (record, marks) -> its line with them
        self._records: tuple = ()
        self._lines: list[str] = []
        self._layout: tuple[list[str], list[int | None]] = ([], [])
        self._frame: tuple = (None, (), ())  # (view, head lines, tail lines)
        self._last: tuple = (None, None, "")  # (view, selection, text)

    def line(self, p: Paragraph, marks: dict[int, str] | None = None) -> str:
        look = self.baseline.look(p.style)
        if marks:
            key = (p, tuple(marks.items()))  # the caret or selection ends, in a fixed order
            hit = self._marked.get(key)
            if hit is None:
                if len(self._marked) > _MARKED_LIMIT:
                    self._marked.clear()
                hit = self._marked[key] = clean(prefix(p, look) + content(p, look, marks),
                                                _LIMIT)
            return hit
        hit = self._memo.get(p)
        if hit is None:
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            hit = self._memo[p] = clean(prefix(p, look) + content(p, look), _LIMIT)
        return hit

    def text(self, view: DocumentView, selection) -> str:
        """The canvas of `view` with `selection` (a wordsim Selection) marked."""
        last_view, last_sel, last_text = self._last
        if view is last_view and selection == last_sel:
            return last_text
        records = view.paragraphs
        old, lines = self._records, self._lines
        if records is not old:
            if len(records) == len(old):
                changed = [i for i, (p, q) in enumerate(zip(records, old, strict=True)) if p is not q]
            else:
                changed = None
            if changed is not None and all(_same_place(records[i], old[i]) for i in changed):
                # the same layout: only the lines of the records that changed are made again
                fresh, laid = list(lines), list(self._layout[0])
                where = self._layout[1]
                for i in changed:
                    p = records[i]
                    if p != old[i]:
                        fresh[i] = laid[where[i]] = self.line(p)
                self._records, self._lines = records, fresh
                self._layout = (laid, where)
            else:
                fresh = []
                for i, p in enumerate(records):
                    same = i < len(old) and (p is old[i] or p == old[i])
                    fresh.append(lines[i] if same else self.line(p))
                self._records, self._lines = records, fresh
                self._layout = _layout(records, fresh)
        laid, where = self._layout
        marked = _selection_marks(selection, len(records))
        if any(where[i] is None for i in marked):  # the selection is in a table: lay it out again
            shown = list(self._lines)
            for i, marks in marked.items():
                shown[i] = self.line(records[i], marks)
            laid = _layout(records, shown)[0]
        else:
            laid = list(laid)
            for i, marks in marked.items():
                laid[where[i]] = self.line(records[i], marks)
        head, tail = self._head_tail(view)
        text = "\n".join([*head, *laid, *tail])
        if len(text) > _LIMIT:
            text = clean(text, _LIMIT)
        self._last = (view, selection, text)
        return text

    def _head_tail(self, view: DocumentView) -> tuple[Sequence[str], Sequence[str]]:
        if self._frame[0] is not view:
            self._frame = (view, _head(view), _tail(view))
        return self._frame[1], self._frame[2]


def _same_place(p: Paragraph, q: Paragraph) -> bool:
    """Whether `p` in the place of `q` leaves the layout as it is: neither is in a table and
    they bring the same page breaks (its line alone changes)."""
    return p.table is None and q.table is None and p.page_break_before == q.page_break_before \
        and p.page_breaks == q.page_breaks


def _selection_marks(selection, count: int) -> dict[int, dict[int, str]]:
    start, end = selection.start, selection.end
    if start.para >= count or end.para >= count:
        return {}
    if start == end:
        return {start.para: {start.offset: _CARET}}
    if start.para == end.para:
        return {start.para: {start.offset: _OPEN, end.offset: _CLOSE}}
    return {start.para: {start.offset: _OPEN}, end.para: {end.offset: _CLOSE}}


def _layout(records: Sequence[Paragraph], lines: Sequence[str]) -> tuple[list, list]:
    """Lines in reading order — table cells gathered into | rows |, page breaks on lines of their
    own — and, per paragraph, the index of its line (None for a table cell)."""
    out: list[str] = []
    where: list[int | None] = []
    i, n = 0, len(records)
    while i < n:
        p = records[i]
        if p.table is None:
            if p.page_break_before:
                out.append("[page break]")
            where.append(len(out))
            out.append(lines[i])
            out.extend("[page break]" for _ in range(p.page_breaks))
            i += 1
            continue
        table = p.table
        rows: dict[int, dict[int, list[str]]] = {}
        while i < n and records[i].table == table:
            row, col = records[i].cell or (0, 0)
            rows.setdefault(row, {}).setdefault(col, []).append(lines[i])
            where.append(None)
            i += 1
        width = max((len(cells) for cells in rows.values()), default=0)
        out.append(f"[table {len(rows)}x{width}]")
        for row in sorted(rows):
            cells = rows[row]
            out.append("| " + " | ".join(" / ".join(cells[c]) for c in sorted(cells)) + " |")
    return out, where


def page_size_name(width: float | None, height: float | None) -> str:
    if width is None or height is None:
        return "default size"
    short, long_ = sorted((width * 20, height * 20))
    for name, size in page_setup_data()["page_sizes"].items():
        if abs(size["width"] - short) < 30 and abs(size["height"] - long_) < 30:
            return name
    return f"{width:g}x{height:g}pt"


def _inches(pt: float | None) -> str:
    return "default" if pt is None else f"{pt / 72:.2f}in"


def _head(view: DocumentView) -> list[str]:
    out = []
    for k, s in enumerate(view.sections, 1):
        margins = " ".join(f"{side}={_inches(v)}" for side, v in (
            ("top", s.top_margin_pt), ("bottom", s.bottom_margin_pt),
            ("left", s.left_margin_pt), ("right", s.right_margin_pt)))
        columns = f", {s.columns} columns" if s.columns != 1 else ""
        out.append(clean(f"[section {k}: {s.orientation} {page_size_name(s.page_width_pt, s.page_height_pt)}"
                         f", margins {margins}{columns}]", _LIMIT))
    if view.sections:
        first = view.sections[0]
        if first.header:
            out.append(clean(f"[header] {first.header}", _LIMIT))
    return out


def _tail(view: DocumentView) -> list[str]:
    out = []
    if view.sections and view.sections[0].footer:
        out.append(clean(f"[footer] {view.sections[0].footer}", _LIMIT))
    for c in view.comments:
        out.append(clean(f'[comment {c.id} by {c.author} on "{c.anchor}": {c.text}]', _LIMIT))
    return out

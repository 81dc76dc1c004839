"""Complex fields (PAGE, NUMPAGES, DATE ...): building their runs and reading them back.

A complex field is a run sequence `fldChar begin`, `instrText`, `fldChar separate`, result runs,
`fldChar end`. Readers such as python-docx show only the cached result, which is why page
numbers are written this way and never as `w:fldSimple` (whose result `Paragraph.text` ignores)."""

from __future__ import annotations

from dataclasses import dataclass

from .runs import child_text, new_run
from .xml import W, make

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class Field:
    """One field of a paragraph: its code, cached result and the elements that delimit it."""

    instruction: str  # stripped field code, e.g. "PAGE"
    result: str
    first: object  # the run holding `fldChar begin`, or the `w:fldSimple`
    last: object  # the run holding `fldChar end`, or the `w:fldSimple`

    @property
    def name(self) -> str:
        """The field type, upper-case: "PAGE" for " PAGE  \\* MERGEFORMAT "."""
        words = self.instruction.split()
        return words[0].upper() if words else ""


def _char_run(kind: str, rpr=None):
    r = new_run("", rpr)
    r.append(make("w:fldChar", {"w:fldCharType": kind}))
    return r


def field_runs(instruction: str, cached: str, rpr=None) -> list:
    """The five runs of a complex field with code `instruction` and cached result `cached`."""
    code = new_run("", rpr)
    instr = make("w:instrText")
    instr.text = f" {instruction.strip()} "
    instr.set(_XML_SPACE, "preserve")
    code.append(instr)
    return [
        _char_run("begin", rpr),
        code,
        _char_run("separate", rpr),
        new_run(cached, rpr),
        _char_run("end", rpr),
    ]


def find_fields(p) -> list[Field]:
    """Every field of paragraph `p` in the order they begin (nested ones included)."""
    out: list[Field] = []
    stack: list[list] = []  # [slot, code parts, result parts, in_result, begin run]
    for el in p.iter(W.fldChar, W.instrText, W.fldSimple, W.t, W.tab, W.br, W.cr, W.noBreakHyphen):
        tag = el.tag
        if tag == W.fldChar:
            kind = el.get(W.fldCharType)
            if kind == "begin":
                out.append(None)
                stack.append([len(out) - 1, [], [], False, el.getparent()])
            elif kind == "separate" and stack:
                stack[-1][3] = True
            elif kind == "end" and stack:
                slot, code, result, _, first = stack.pop()
                text = "".join(result)
                out[slot] = Field("".join(code).strip(), text, first, el.getparent())
                if stack and stack[-1][3]:  # a nested field's result shows in its parent's
                    stack[-1][2].append(text)
        elif tag == W.instrText:
            if stack and not stack[-1][3]:
                stack[-1][1].append(el.text or "")
        elif tag == W.fldSimple:
            text = "".join(child_text(c) for r in el.iter(W.r) for c in r)
            out.append(Field((el.get(W.instr) or "").strip(), text, el, el))
        elif stack and stack[-1][3] and el.getparent().tag == W.r:
            stack[-1][2].append(child_text(el))
    return [f for f in out if f is not None]  # a begin without an end is not a field


def fields_in(p) -> list[tuple[str, str]]:
    """(instruction, cached result) of each field of `p`, e.g. [("PAGE", "1")]."""
    return [(f.instruction, f.result) for f in find_fields(p)]


def remove_field(f: Field) -> None:
    """Delete a field's code and result (for a complex field: every run from begin to end)."""
    first, last = f.first, f.last
    if first is last:
        first.getparent().remove(first)
        return
    if first.getparent() is last.getparent():
        doomed, el = [], first
        while el is not None:
            doomed.append(el)
            if el is last:
                break
            el = el.getnext()
    else:  # begin and end in different containers (e.g. a hyperlink): drop the runs between
        p = first
        while p.tag != W.p:
            p = p.getparent()
        runs = list(p.iter(W.r))
        doomed = runs[runs.index(first) : runs.index(last) + 1]
    for el in doomed:
        el.getparent().remove(el)

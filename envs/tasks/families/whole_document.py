"""WholeDocument: requests about every piece of text of one kind ("make every italic word
14 pt", "change all Calibri text to Georgia", "capitalize each word of the headings", "centre
all the headings"). The oracle visits each piece in turn, as a user without Find's formatting
search does."""

from __future__ import annotations

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import Task
from envs.tasks.corpus import CorpusDoc
from envs.tasks.phrasing import choose, phrase
from envs.tasks.registry import register
from wordsim.document.char_values import convert_case

from ._editing_common import (
    CorpusFamily,
    caret_at,
    describe,
    headings,
    phrasings,
    select_paragraph,
    select_span,
)

# What a request may say about the characters to change, by `where` (key, value).
_WHERE = {
    ("bold", True): ("every bold word", "all bold text", "all the bold words"),
    ("italic", True): ("every italic word", "all italic text", "the italicised text"),
    ("underline", True): ("every underlined word", "all underlined text"),
}
_FONT_WHERE = ("all {font} text", "everything set in {font}")
_FONTS = ("Georgia", "Arial", "Verdana", "Garamond", "Times New Roman", "Tahoma")
_SIZES = (12, 14, 16, 18)
# (props, what the request asks, the ribbon steps, the API command)
_ACTIONS = (
    *((("size_pt", n), (f"make {{w}} {n} pt", f"set {{w}} to size {n}",
                        f"change {{w}} to {n} points"),
       [P.click("Font Size", "ComboBox"), P.click(str(n), "ListItem")],
       ("font_size", {"size": n})) for n in _SIZES),
    *((("font", f), (f"change {{w}} to {f}", f"put {{w}} in {f}", f"make {{w}} {f}"),
       [P.click("Font", "ComboBox"), P.click(f, "ListItem")],
       ("font_name", {"font": f})) for f in _FONTS),
    (("color", "FF0000"), ("make {w} red", "colour {w} red", "turn {w} red"),
     [P.click("Font Color")], ("font_color", {"color": "FF0000"})),
    (("highlight", "yellow"), ("highlight {w} in yellow", "give {w} a yellow highlight"),
     [P.click("Text Highlight Color")], ("highlight", {"color": "Yellow"})),
    (("bold", True), ("make {w} bold", "bold {w}"), [P.keys("^b")], ("bold", {})),
    (("italic", True), ("make {w} italic", "italicize {w}"), [P.keys("^i")], ("italic", {})),
    (("underline", True), ("underline {w}", "make {w} underlined"), [P.keys("^u")],
     ("underline", {})),
)
_WRAP = (
    "{Action}.",
    "Please {action}.",
    "Could you {action}?",
    "Throughout the document, {action}.",
    "{Action} everywhere in the document.",
    "I'd like you to {action}.",
    "Go through the whole document and {action}.",
    "Can you {action}, please?",
)
_CASE = {
    "title": ("Capitalize each word of the headings.", "Put every heading in title case.",
              "Make each word of every heading start with a capital letter.",
              "Please capitalize each word in all the headings.",
              "Change the headings to Capitalize Each Word.",
              "Could you title-case the headings?",
              "All headings should have every word capitalized.",
              "Use Capitalize Each Word on all headings."),
    "upper": ("Make all headings uppercase.", "Put every heading in capital letters.",
              "Change the headings to UPPERCASE.", "Please write all the headings in capitals.",
              "Convert each heading to all caps.", "Could you make the headings upper case?",
              "All headings should be in block capitals.", "Use UPPERCASE for every heading."),
}
_CASE_ITEMS = {"title": "Capitalize Each Word", "upper": "UPPERCASE"}
_ALIGN = {
    "center": ("Centre all the headings.", "Center every heading.",
               "Please center-align the headings.", "Make all headings centred.",
               "Could you put every heading in the middle of the line?",
               "All headings should be centered.", "Align each heading to the center.",
               "Centre the headings throughout the document."),
    "right": ("Right-align all the headings.", "Align every heading to the right.",
              "Please move all headings to the right margin.", "Make the headings right-aligned.",
              "Could you right-justify each heading?", "All headings should be aligned right.",
              "Put every heading flush right.", "Align the headings right throughout."),
}
_ALIGN_BUTTONS = {"center": "Center", "right": "Align Right"}
_SPANS = {1: (1, 3), 2: (4, 8), 3: (9, 14)}


def _matches(run, key: str, value) -> bool:
    got = getattr(run, key)
    if key == "underline":
        return (got is not None) == value
    if key == "font":
        return (got or "").casefold() == str(value).casefold()
    if key == "size_pt":
        return abs(got - value) < 0.01
    if key == "color":
        return (got or "").upper() == value
    if key == "highlight":
        return (got or "").lower() == value
    return bool(got) == value


def spans(doc: CorpusDoc, key: str, value) -> list[tuple[int, int, int, tuple]]:
    """(paragraph, start, end, runs) of the maximal stretches whose formatting matches."""
    out = []
    for i, p in enumerate(doc.view().paragraphs):
        pos = 0
        for r in p.runs:
            n = len(r.text)
            if _matches(r, key, value):
                if out and out[-1][0] == i and out[-1][2] == pos:
                    out[-1] = (i, out[-1][1], pos + n, out[-1][3] + (r,))
                else:
                    out.append((i, pos, pos + n, (r,)))
            pos += n
    return out


@register
class WholeDocument(CorpusFamily):
    """Every piece of text of one kind changed the same way."""

    id = "WholeDocument"
    compose_kind = "alone"
    phrasing_sets = (_WRAP, *_CASE.values(), *_ALIGN.values())
    description = ("Change every piece of text of one kind: formatting of every bold, italic, "
                   "underlined or heading-font stretch (1-3 stretches: 1, 4-8: 2, 9-14: 3), "
                   "all headings aligned (2), all headings in title case or uppercase (3).")
    max_steps = 80

    def find_targets(self, doc: CorpusDoc, difficulty: int) -> list:
        out = []
        wheres = list(_WHERE)
        fonts = {r.font for i in headings(doc) for r in doc.view().paragraphs[i].runs if r.font}
        wheres += [("font", f) for f in sorted(fonts)]
        low, high = _SPANS[difficulty]
        for key, value in wheres:
            found = spans(doc, key, value)
            if not low <= len(found) <= high:
                continue
            for k, action in enumerate(_ACTIONS):
                pkey, pvalue = action[0]
                if pkey == key or (key == "font" and pkey == "font" and pvalue == value):
                    continue
                todo = [s for s in found if not all(_matches(r, pkey, pvalue) for r in s[3])]
                if todo:
                    out.append(("runs", key, value, k))
        heads = [i for i in headings(doc) if describe(doc, i)]
        texts = doc.texts()
        own = [i for i in heads
               if not any(texts[i] in t for j, t in enumerate(texts) if j != i)]
        if difficulty == 2 and own and len(own) == len(headings(doc)):
            for align in _ALIGN:
                if any(doc.view().paragraphs[i].alignment != align for i in own):
                    out.append(("align", align))
        if difficulty == 3 and heads:
            for mode in _CASE:
                if any(convert_case(texts[i], 0, len(texts[i]), mode) != texts[i]
                       for i in headings(doc)):
                    out.append(("case", mode))
        return out

    def variety(self, split: str, difficulty: int, target) -> int:
        if target[0] == "runs":
            _, key, value, k = target
            wheres = len(_WHERE.get((key, value), _FONT_WHERE))
            return wheres * len(_ACTIONS[k][1]) * phrasings(_WRAP, split)
        table = _ALIGN if target[0] == "align" else _CASE
        return phrasings(table[target[1]], split)

    def build(self, rng: np.random.Generator, split: str, difficulty: int, doc: CorpusDoc,
              target) -> Task:
        if target[0] == "align":
            return self._align(rng, split, difficulty, doc, target[1])
        if target[0] == "case":
            return self._case(rng, split, difficulty, doc, target[1])
        _, key, value, k = target
        (pkey, pvalue), asks, apply, command = _ACTIONS[k]
        w = choose(rng, _WHERE.get((key, value)) or [t.format(font=value) for t in _FONT_WHERE])
        action = choose(rng, asks).format(w=w)
        request = phrase(rng, _WRAP, split, action=action, Action=action[:1].upper() + action[1:])
        texts = doc.texts()
        ui, api = [P.tab("Home")], []
        for i, s, e, runs in spans(doc, key, value):
            if all(_matches(r, pkey, pvalue) for r in runs):
                continue  # already so: a toggle would turn it off
            ui += select_span(texts, i, s, e) + apply
            api += [("select_range", {"start": [i, s], "end": [i, e]}), command]
        goal = [("all_runs", {"where": {key: value}, "props": {pkey: pvalue}})]
        return self.task(split, difficulty, doc, request, goal, ui, api)

    def _case(self, rng, split, difficulty, doc, mode) -> Task:
        texts = doc.texts()
        expected = list(texts)
        ui, api = [P.tab("Home")], []
        for i in headings(doc):
            new = convert_case(texts[i], 0, len(texts[i]), mode)
            if new == texts[i]:
                continue
            expected[i] = new
            ui += select_paragraph(texts, i) + [P.click("Change Case"),
                                                P.menu_item(_CASE_ITEMS[mode])]
            api += [("select_range", {"start": [i, 0], "end": [i, len(texts[i])]}),
                    ("change_case", {"mode": mode})]
        request = phrase(rng, _CASE[mode], split)
        return self.task(split, difficulty, doc, request, [("texts_equal", {"expected": expected})],
                         ui, api)

    def _align(self, rng, split, difficulty, doc, align) -> Task:
        texts, paragraphs = doc.texts(), doc.view().paragraphs
        ui, api = [P.tab("Home")], []
        targets = headings(doc)
        for i in targets:
            if paragraphs[i].alignment == align:
                continue
            ui += [*caret_at(texts, i, end=False), P.click(_ALIGN_BUTTONS[align])]
            api += [("select_range", {"start": [i, 0], "end": [i, 0]}),
                    ("align", {"alignment": align})]
        request = phrase(rng, _ALIGN[align], split)
        goal = [("paragraph_format", {"contains": [texts[i] for i in targets],
                                      "props": {"alignment": align}})]
        return self.task(split, difficulty, doc, request, goal, ui, api)

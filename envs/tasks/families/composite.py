"""Composite: two to four requests from different families in one message, on one document
("Make the title centred and bold, then add page numbers at the bottom"). The parts come from
every registered family (formatting families included, looked up at sample time); their goals
are checked together and their plans run one after the other."""

from __future__ import annotations

import re

import numpy as np

from envs.tasks import plans as P
from envs.tasks.base import SPLITS, Task, TaskFamily
from envs.tasks.corpus import CorpusDoc, corpus
from envs.tasks.phrasing import choose, held_out
from envs.tasks.registry import families, register

from ._editing_common import CorpusFamily, digest

# How a part's goal interacts with others, by checker name: "text" goals change paragraph
# texts, "keep" goals format or annotate text that must stay as it is, "page" goals touch only
# page setup, headers and footers. Anything else is "alone" (combined with page goals only).
_CLASSES = {
    "texts_equal": "text", "table": "text", "table_rows": "text", "page_breaks": "text",
    "run_format": "keep", "paragraph_format": "keep", "comment": "keep", "hyperlink": "keep",
    "section": "page", "header_footer": "page", "page_number": "page", "all_runs": "alone",
}  # fmt: skip
_RANK = ("page", "keep", "text", "alone")
# Where the target text of a "keep" goal is named.
_TARGET_KEYS = {"run_format": "text", "comment": "anchor", "hyperlink": "text",
                "paragraph_format": "contains"}
_COMBINE = (
    "{semicolons}.",
    "First, {first}. Then {then}.",
    "Please do the following:\n{bullets}",
    "{commas}.",
    "I need a few changes: {numbered}",
    "{sentences}",
    "Could you {commas_lower}?",
    "{count} things, please. {sentences}",
)
_POLITE = re.compile(r"^(please|could you|can you|would you|i'd like you to|i need you to)\s+",
                     re.IGNORECASE)
_VERBS = {"make", "add", "insert", "type", "delete", "remove", "replace", "change", "set", "put",
          "apply", "move", "give", "turn", "switch", "center", "centre", "align", "bold",
          "italicize", "italicise", "underline", "highlight", "use", "format", "number", "link",
          "comment", "start", "append", "cut", "drop", "erase", "swap", "mark", "create",
          "lay", "split", "rotate", "leave", "finish", "extend", "find", "update", "edit",
          "correct", "take", "get", "strike", "hyperlink", "relocate", "shift", "go", "select",
          "convert", "capitalize", "write", "colour", "color", "double", "indent", "increase",
          "decrease", "shrink", "enlarge", "below", "under", "above", "at", "in", "throughout",
          "do", "push", "break", "show", "print", "rename", "reformat", "title-case",
          "right-align", "left-align", "right-justify", "everywhere", "where", "slant", "draw",
          "space", "bullet", "restart", "continue", "justify", "clear", "strip", "reset",
          "tidy", "outline", "demote", "promote", "style"}
_COUNTS = {2: "Two", 3: "Three", 4: "Four"}


def core(request: str) -> str:
    """A request without its politeness and final punctuation, to join with others."""
    text = _POLITE.sub("", request.strip())
    text = re.sub(r"(,\s*please)?[.?!]*$", "", text)
    return text[:1].upper() + text[1:]


def lower(text: str, names: str = "") -> str:
    """`text` to follow a comma: its first word lower-cased when it is an ordinary word (a
    verb we know, or a capitalised word that `names`, the document's text, does not use)."""
    first = text.split(" ", 1)[0].rstrip(",:")
    plain = first.isalpha() and first[1:].islower() and first != "I" \
        and not re.search(rf"\b{re.escape(first)}\b", names)
    return text[:1].lower() + text[1:] if first.lower() in _VERBS or plain else text


def join(template: str, parts: list[str], names: str = "") -> str:
    """The parts' requests in one message shaped by `template` (see _COMBINE)."""
    heads = [core(p) for p in parts]
    rest = [lower(h, names) for h in heads]
    commas = ", ".join(rest[:-1]) + " and " + rest[-1]
    values = {
        "semicolons": "; ".join([heads[0], *rest[1:]]),
        "first": rest[0],
        "then": ", then ".join(rest[1:-1] + [rest[-1]]) if len(rest) > 2 else rest[-1],
        "bullets": "\n".join(f"- {h}" for h in heads),
        "commas": heads[0] + commas[len(rest[0]):],
        "commas_lower": commas,
        "numbered": " ".join(f"{k}) {h}." for k, h in enumerate(heads, 1)),
        "sentences": " ".join(f"{h}." for h in heads),
        "count": _COUNTS.get(len(parts), str(len(parts))),
    }
    return template.format(**values)


def part_class(task: Task, family: TaskFamily | None = None) -> str:
    """A part's class: its family's `compose_kind` when it declares one, else its checkers'."""
    kind = getattr(family, "compose_kind", None)
    if kind is not None:
        return kind
    return max((_CLASSES.get(name, "alone") for name, _ in task.goal), key=_RANK.index)


def targets_of(task: Task) -> list[str]:
    out = []
    for name, params in task.goal:
        value = params.get(_TARGET_KEYS.get(name, ""), None)
        out += [value] if isinstance(value, str) else list(value or [])
    return out


def compatible(parts: list[Task], texts: list[str], pool: dict[str, TaskFamily]) -> bool:
    """Whether the goals can all hold at once and the plans run one after another: a part that
    changes text comes only with page parts; parts that format or annotate text never both
    change characters (or both paragraph formatting) of the same paragraph."""
    classes = [part_class(t, pool.get(t.family)) for t in parts]
    busy = [c for c in classes if c != "page"]
    if len(busy) > 1 and any(c in ("text", "alone") for c in busy):
        return False
    claimed: set[tuple[int, bool]] = set()  # (paragraph, character-level?)
    for task, cls in zip(parts, classes, strict=True):
        if cls != "keep":
            continue
        char = any(name != "paragraph_format" for name, _ in task.goal)
        mine = {(i, char) for target in targets_of(task) for i, t in enumerate(texts)
                if target in t}
        if mine & claimed:
            return False
        claimed |= mine
    return True


def order_of(fam: TaskFamily) -> int:
    """Formatting families run first, page setup last (see CorpusFamily.compose_order)."""
    return getattr(fam, "compose_order", 0)


@register
class Composite(TaskFamily):
    """Several requests from different families at once."""

    id = "Composite"
    phrasing_sets = (_COMBINE,)
    description = ("Two (1), three (2) or four (3) requests from different families in one "
                   "message, on one document: formatting, editing, layout, headers and "
                   "footers, page numbers, comments, links.")
    difficulties = (1, 2, 3)
    max_steps = 200
    _TRIES = 24  # draws of other families, hoping for the same document, per attempt

    def sample(self, rng: np.random.Generator, split: str = "train",
               difficulty: int | None = None) -> Task:
        if difficulty is None:
            difficulty = int(choose(rng, self.difficulties))
        pool = {k: f for k, f in families().items() if k != self.id}
        ids = sorted(pool)
        want = difficulty + 1
        best: list[Task] = []
        for _ in range(12):
            parts = self._draw(rng, split, pool, ids, want)
            if len(parts) > len(best):
                best = parts
            if len(best) == want:
                break
        if len(best) < 2:
            raise ValueError(f"{self.id}: could not combine two families on a {split} document")
        return self._combine(rng, split, difficulty, best, pool)

    def _draw(self, rng, split, pool, ids, want) -> list[Task]:
        """Up to `want` compatible parts on one corpus document, from families in a random
        order. Every part starts from the document itself, never from a variant one family
        prepares (a pre-formatted target): the others' targets are read once per corpus
        document, where a variant would need reading afresh for each draw."""
        docs = corpus(split)
        doc = docs[int(rng.integers(len(docs)))]
        parts: list[Task] = []
        budget = self._TRIES
        for k in rng.permutation(len(ids)):
            if len(parts) == want:
                break
            fam = pool[ids[int(k)]]
            if any(p.family == fam.id for p in parts):
                continue
            if hasattr(fam, "sample_on"):  # the built-in families sample on a given document
                task = self._on(fam, rng, split, doc)
            elif budget > 0:  # other families: draw again until one lands on this document
                tries = min(budget, 8)
                budget -= tries
                task = next((t for t in (fam.sample(rng, split) for _ in range(tries))
                             if t.document == doc.spec), None)
            else:
                continue
            if task is not None and compatible(parts + [task], doc.texts(), pool):
                parts.append(task)
        return parts

    @staticmethod
    def _on(fam: TaskFamily, rng, split: str, doc: CorpusDoc) -> Task | None:
        """A task of `fam` on `doc` itself, at any difficulty that has a target there (a task
        that starts from its own variant of the document, a pre-formatted target, does not
        combine)."""
        for level in rng.permutation(fam.difficulties):
            task = fam.sample_on(rng, split, int(level), doc)
            if task is not None:
                return task if task.document == doc.spec else None
        return None

    def _combine(self, rng, split, difficulty, parts: list[Task], pool) -> Task:
        parts = sorted(parts, key=lambda t: order_of(pool[t.family]))
        names = "\n".join(_document_of(parts[0], split).texts())
        request = join(choose(rng, held_out(_COMBINE, split)), [t.request for t in parts], names)
        ui: list[dict] = []
        for k, task in enumerate(parts):
            steps = [dict(s) for s in task.ui_plan]
            if k:  # each part starts from the Home tab, as a fresh window would
                steps.insert(0, P.tab("Home"))
            ui += steps
        goal = tuple(g for t in parts for g in t.goal)
        api = tuple(a for t in parts for a in t.api_plan)
        families_ = "+".join(t.family for t in parts)
        return Task(family=self.id, request=request, document=parts[0].document, goal=goal,
                    ui_plan=P.numbered(ui), api_plan=api, difficulty=difficulty, split=split,
                    uid=f"{self.id}-{split}-{digest(families_, request, goal)}")

    def instance_count(self) -> int:
        """A lower bound: two-part requests pairing a page-setup, header or footer family with
        another corpus family on the same document (pairs that always combine); formatting
        families and longer combinations come on top."""
        mine = sorted((f for f in families().values() if isinstance(f, CorpusFamily)),
                      key=lambda f: f.id)
        kinds = {f.id: f.compose_kind for f in mine}
        total = 0
        for split in SPLITS:
            wrappers = len(held_out(_COMBINE, split))
            for doc in corpus(split):
                counts = {f.id: sum(f.count_on(doc, d) for d in f.difficulties) for f in mine}
                for a in range(len(mine)):
                    for b in range(a + 1, len(mine)):
                        x, y = kinds[mine[a].id], kinds[mine[b].id]
                        if x == "page" or y == "page":
                            total += counts[mine[a].id] * counts[mine[b].id] * wrappers
        return total


def _document_of(task: Task, split: str) -> CorpusDoc:
    """The corpus document a task starts from (or one made from its spec when a family
    changed the spec, e.g. to pre-format its target)."""
    for doc in corpus(split):
        if doc.spec == task.document:
            return doc
    return CorpusDoc(f"{task.family}-start", split, task.document)

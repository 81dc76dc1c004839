"""Find and Replace with Word's wildcards."""

from __future__ import annotations

import pytest

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument
from wordsim.document.find_wildcards import wildcard_pattern


@pytest.fixture
def doc():
    return WordDocument.build("The cat sat on 12 mats.\nA dog, 345 bats and hats.")


@pytest.mark.parametrize("pattern, found", [
    ("?at", ["cat", "sat", "mat", "bat", "hat"]),
    ("<[cm]at>", ["cat"]),
    ("[0-9]@", ["12", "345"]),
    ("[!a-z ]at", []),
    ("s*t", ["sat", "s and hat"]),
    ("b{1}at", ["bat"]),
    ("t{1,2}", ["t", "t", "t", "t", "t"]),
    ("<[a-z]{3}>", ["cat", "sat", "dog", "and"]),
    ("\\(", []),
    ("Cat", []),  # wildcards always match case
])
def test_patterns(doc, pattern, found):
    rx = wildcard_pattern(pattern)
    assert [m.group() for t in doc.texts() for m in rx.finditer(t)] == found


def test_find_selects_the_next_match(doc):
    doc.execute("find_wildcards", text="[0-9]@")
    doc.execute("find_wildcards", text="[0-9]@")
    s = doc.selection
    assert (s.start.para, s.start.offset, s.end.offset) == (1, 7, 10)


def test_replace_all_with_groups_and_the_found_text(doc):
    undoable(doc, "replace_all_wildcards", find="(cat) (sat)", replace="\\2 \\1")
    undoable(doc, "replace_all_wildcards", find="<[bhm]ats>", replace="^&!")
    assert [p.text for p in reopen(doc).paragraphs] == [
        "The sat cat on 12 mats!.", "A dog, 345 bats! and hats!."]


def test_replace_selects_first_then_replaces(doc):
    doc.execute("replace_wildcards", find="[0-9]@", replace="#")
    undoable(doc, "replace_wildcards", find="[0-9]@", replace="#")
    assert doc.text(0) == "The cat sat on # mats."


@pytest.mark.parametrize("name, args", [
    ("find_wildcards", {"text": "[abc"}),
    ("find_wildcards", {"text": "(cat"}),
    ("find_wildcards", {"text": "cat)"}),
    ("find_wildcards", {"text": "@"}),
    ("find_wildcards", {"text": "*"}),
    ("find_wildcards", {"text": "x^q"}),
    ("find_wildcards", {"text": "zebra"}),
    ("find_wildcards", {"text": ""}),
    ("replace_all_wildcards", {"find": "(cat)", "replace": "\\2"}),
    ("replace_all_wildcards", {"find": "cat", "replace": "^z"}),
    ("replace_wildcards", {"find": "zebra", "replace": "x"}),
])
def test_mistakes_are_refused(doc, name, args):
    refused(doc, name, **args)

"""The built-in corpus: every document builds and reopens, the splits are large and disjoint,
and the documents are varied enough (text, structure, formatting) for every task family."""

from __future__ import annotations

import io
import itertools
import unicodedata

import docx
import pytest

from envs.tasks.corpus import CorpusDoc, body_paragraphs, corpus, unique_phrases
from wordsim.document import WordDocument
from wordsim.document.query import DocumentView

ALL = corpus("train") + corpus("test")
IDS = [f"{d.split}/{d.name}" for d in ALL]
# Paragraph styles whose own formatting is plain, so a bold or italic run there is real
# character formatting a task can find (headings, titles and quotes are bold/italic by style).
_PLAIN_STYLES = {None, "Normal", "List Bullet", "List Number"}
# Beyond printable ASCII: Latin letters with accents and punctuation a keyboard types easily.
_EXTRA = set("£€°·–—‘’“”…")


def _has_table(doc: CorpusDoc) -> bool:
    return bool(doc.view().tables)


def _has_list(doc: CorpusDoc) -> bool:
    return any(p.list is not None for p in doc.view().paragraphs)


def _has_bold_or_italic(doc: CorpusDoc) -> bool:
    return any((r.bold or r.italic) and r.text.strip()
               for p in doc.view().paragraphs if p.style in _PLAIN_STYLES for r in p.runs)


def _has_header_or_footer(doc: CorpusDoc) -> bool:
    section = doc.view().sections[0]
    return bool((section.header or "").strip() or (section.footer or "").strip())


def _typeable(char: str) -> bool:
    if " " <= char <= "~" or char in _EXTRA:
        return True
    return unicodedata.category(char).startswith("L") and ord(char) < 0x250


@pytest.mark.parametrize("doc", ALL, ids=IDS)
def test_document_builds_and_reopens_in_python_docx(doc: CorpusDoc) -> None:
    data = WordDocument.build(doc.spec).save()
    reopened = docx.Document(io.BytesIO(data))
    texts = [p.text for p in reopened.paragraphs]
    texts += [p.text for t in reopened.tables for row in t.rows for c in row.cells
              for p in c.paragraphs]
    assert sum(len(t.split()) for t in texts) >= 60, "a document should be a real page of text"
    assert set(texts) <= set(doc.texts()) | {""}
    # what tasks read of the document (built in memory) is what the env opens from its bytes
    assert DocumentView.of(WordDocument.open(data)) == doc.view()


def test_split_sizes_and_no_shared_names() -> None:
    train, test = corpus("train"), corpus("test")
    assert len(train) >= 40
    assert len(test) >= 12
    assert not {d.name for d in train} & {d.name for d in test}
    assert all(d.split == "train" for d in train) and all(d.split == "test" for d in test)


@pytest.mark.parametrize("doc", ALL, ids=IDS)
def test_document_has_body_text_and_unique_phrases(doc: CorpusDoc) -> None:
    assert len(body_paragraphs(doc)) >= 3
    assert len(unique_phrases(doc, 2)) >= 30


@pytest.mark.parametrize("doc", ALL, ids=IDS)
def test_document_uses_keyboard_characters(doc: CorpusDoc) -> None:
    odd = sorted({c for c in doc.spec if c != "\n" and not _typeable(c)})
    assert not odd, f"characters that are hard to type: {odd}"


def test_no_two_documents_share_a_long_paragraph() -> None:
    # Variety: documents are written one by one, not stamped from a template.
    long_paragraphs = {d: {t for t in d.texts() if len(t.split()) > 8} for d in ALL}
    for a, b in itertools.combinations(ALL, 2):
        shared = long_paragraphs[a] & long_paragraphs[b]
        assert not shared, f"{a.name} and {b.name} share {sorted(shared)[0]!r}"


FEATURES = [(_has_table, 10), (_has_list, 15), (_has_bold_or_italic, 10),
            (_has_header_or_footer, 5)]


@pytest.mark.parametrize(("feature", "minimum"), FEATURES)
def test_enough_documents_have_each_feature(feature, minimum: int) -> None:
    having = [d.name for d in ALL if feature(d)]
    assert len(having) >= minimum, f"{feature.__name__}: only {having}"


@pytest.mark.parametrize("split", ["train", "test"])
@pytest.mark.parametrize("feature", [f for f, _ in FEATURES])
def test_each_split_offers_each_feature(feature, split: str) -> None:
    # Families that need a table, a list or existing formatting sample held-out documents too.
    having = [d.name for d in corpus(split) if feature(d)]
    assert len(having) >= 3, f"{feature.__name__} in {split}: only {having}"


def test_corpus_rejects_an_unknown_split() -> None:
    with pytest.raises(ValueError, match="split must be one of"):
        corpus("validation")

"""texts_equal: the paragraph texts after an edit, scored by similarity; formatting of the
characters that stayed must survive the edit."""

from __future__ import annotations

import pytest

from rewards import as_view
from rewards.checks.texts import containment, similarity

from .helpers import damaged, edited, fails, partial, passes, select


def texts(document) -> list[str]:
    return [p.text for p in as_view(document).paragraphs]


def test_replacing_a_word_passes():
    before, after = edited(select("growth"), ("type_text", {"text": "decline"}))
    expected = texts(before)
    expected[2] = "The quarterly report shows decline in every region."
    passes("texts_equal", before, after, expected=expected)
    result = partial("texts_equal", before, before, expected=expected)
    assert result.score > 0.9
    assert result.details == ("paragraph 3 is 'The quarterly report shows growth in ev…', "
                              "expected 'The quarterly report shows decline in e…'",)


def test_inserted_and_deleted_paragraphs():
    before, after = edited(select("Closing words of the document."), "end", "enter",
                           ("type_text", {"text": "A new ending."}))
    expected = [*texts(before), "A new ending."]
    passes("texts_equal", before, after, expected=expected)
    result = fails("texts_equal", before, before, expected=expected)
    assert result.details == ("paragraph 'A new ending.' is missing at the end",)
    result = fails("texts_equal", before, after, expected=texts(before))
    assert result.details == ("paragraph 14 'A new ending.' is not expected",)


def test_formatting_kept_by_the_edit_is_not_damage():
    # the italic "dynamic routing" in the edited paragraph keeps its formatting
    before, after = edited(select("Costs"), ("type_text", {"text": "Prices"}))
    expected = texts(before)
    expected[3] = expected[3].replace("Costs", "Prices")
    passes("texts_equal", before, after, expected=expected)


def test_retyping_that_loses_formatting_is_damage():
    before, after = edited(select("Costs fell while dynamic routing"),
                           ("type_text", {"text": "Costs fell while dynamic routing"}))
    result = fails("texts_equal", before, after, expected=texts(before))
    assert damaged(result) and "'dynamic routing' changed (italic)" in result.details[0]
    assert result.score == 0.5


def test_damage_elsewhere_fails():
    before, after = edited(select("growth"), ("type_text", {"text": "decline"}),
                           select("Closing"), "bold")
    expected = texts(before)
    expected[2] = expected[2].replace("growth", "decline")
    assert damaged(fails("texts_equal", before, after, expected=expected))


def test_expected_must_be_a_list_of_strings():
    before, _ = edited()
    with pytest.raises(ValueError):
        from rewards import check

        check("texts_equal", before, before, {"expected": "one string"})


def test_similarity_is_close_to_difflib_ratio_of_the_joined_texts():
    from difflib import SequenceMatcher

    a = ["The cat sat.", "On the mat.", "Then left."]
    b = ["The cat sat.", "On a mat!", "Then left."]
    expected = SequenceMatcher(None, "\n".join(a), "\n".join(b), autojunk=False).ratio()
    assert similarity(a, b) == pytest.approx(expected, abs=0.02)
    assert similarity(a, a) == 1.0
    assert similarity(a, []) == 0.0


def test_containment():
    assert containment("Draft", "A Draft copy") == 1.0
    assert containment("Draft copy", "A Draft") == pytest.approx(0.5)
    assert containment("Draft", None) == 0.0


def test_deleting_a_sentence_after_an_italic_date_passes():
    # the deleted sentence ends in "." like the italic "July." before it (a diary entry)
    spec = ("*Thursday 17 July.* The ditch in trench 3 is deeper than expected. We reached "
            "1.6 metres before hitting natural clay.\n*Friday 18 July.* Open day.")
    sentence = " The ditch in trench 3 is deeper than expected."
    before, after = edited(select(sentence), "delete", spec=spec)
    expected = texts(before)
    expected[0] = expected[0].replace(sentence, "")
    passes("texts_equal", before, after, expected=expected)
    # un-italicising the date as well is damage
    _, worse = edited(select(sentence), "delete", select("Thursday"), "italic", spec=spec)
    result = fails("texts_equal", before, worse, expected=expected)
    assert result.details == ("damage: paragraph 1: formatting of 'Thursday' changed (italic)",)

"""The shared damage rules, and goals of several checks judged together."""

from __future__ import annotations

import pytest

from rewards import CheckResult, as_view, evaluate_goal, evaluate_joint
from rewards.checker import evaluate_each
from rewards.damage import (
    MAX_DETAILS,
    NOTHING,
    CharSpan,
    Footprint,
    ParagraphScope,
    damage,
    slide,
)
from wordsim.document import WordDocument

from .helpers import edited, reopen, select

BOLD = ("run_format", {"text": "growth", "props": {"bold": True}})
ITALIC = ("run_format", {"text": "Closing", "props": {"italic": True}})


def views(*steps, spec=None):
    b, a = edited(*steps) if spec is None else edited(*steps, spec=spec)
    return as_view(b), as_view(a)


def test_nothing_changed_is_no_damage():
    before, _ = views()
    assert damage(before, before) == ()


def test_text_rules():
    before, after = views(select("while"), ("move", {"unit": "character", "count": -1}),
                          "page_break")
    assert damage(before, after, Footprint(texts="split", page_breaks=True)) == ()
    found = damage(before, after, Footprint(page_breaks=True))
    assert found == ("paragraph 4 'Costs fell while dynamic routing improv…' became 3 "
                     "paragraphs (split or joined)",)
    assert damage(before, after, Footprint(texts="split")) == (
        "1 page break added in new or deleted paragraphs",)


def test_deleted_and_inserted_paragraphs_are_named():
    before, after = views(select("first point"), "home", ("move", {"unit": "paragraph",
                          "count": 1, "extend": True}), "delete")
    assert damage(before, after) == ("paragraph 5 'first point' was deleted",)
    before, after = views(select("Closing"), "home", "enter")
    assert damage(before, after) == ("a paragraph '' was inserted before paragraph 13",)
    assert damage(before, after, Footprint(texts="split")) == ()


def test_character_spans_allow_only_their_fields():
    before, after = views(select("growth"), "bold")
    para = 2  # "The quarterly report shows growth ..."
    start = after.paragraphs[para].text.index("growth")
    assert damage(before, after, Footprint(chars=(CharSpan(para, start, start + 6),))) == ()
    bold_only = Footprint(chars=(CharSpan(para, start, start + 6, frozenset({"bold"})),))
    assert damage(before, after, bold_only) == ()
    italic_only = Footprint(chars=(CharSpan(para, start, start + 6, frozenset({"italic"})),))
    assert damage(before, after, italic_only) == (
        "paragraph 3: formatting of 'growth' changed (bold)",)
    half = Footprint(chars=(CharSpan(para, start, start + 3),))
    assert damage(before, after, half) == ("paragraph 3: formatting of 'wth' changed (bold)",)


def test_paragraph_scopes():
    before, after = views(select("Closing"), ("align", {"alignment": "center"}), "bold")
    last = len(after.paragraphs) - 1
    assert damage(before, after, Footprint(paragraphs=(ParagraphScope(last),))) == ()
    only_alignment = Footprint(paragraphs=(ParagraphScope(last, frozenset({"alignment"})),))
    assert damage(before, after, only_alignment) == (
        "paragraph 13: formatting of 'Closing' changed (bold)",)


def test_sections_comments_tables_and_capping():
    before, after = views(("margins", {"top": 2}), ("header_text", {"text": "New"}),
                          select("growth"), ("add_comment", {"text": "Why?"}))
    found = damage(before, after)
    assert "section 1 header changed from 'Company confidential' to 'New'" in found
    assert "section 1 top margin changed from 72.0 to 144.0" in found
    assert "a comment 'Why?' was added" in found
    assert damage(before, after, Footprint(comments=True, sections=frozenset(
        {"header", "top_margin_pt"}))) == ()
    many = views(select("Costs fell while dynamic routing improved service and margins grew."),
                 "bold", select("Overview"), "bold", select("Name"), "italic", select("Ann"),
                 "italic", select("Bob"), "italic", select("first point"), "italic",
                 select("second point"), "italic", select("12"), "italic", select("9"), "bold",
                 select("Quarterly"), "italic")
    found = damage(*many)
    assert len(found) == MAX_DETAILS and found[-1] == "... and 3 more changes"


def test_footprints_combine():
    a = Footprint(texts="split", chars=(CharSpan(0, 0, 1),), comments=True)
    b = Footprint(texts="any", new_tables=frozenset({1}), sections=frozenset({"columns"}))
    both = a | b
    assert both.texts == "any" and both.comments and both.new_tables == {1}
    assert both.chars == a.chars and both.sections == {"columns"}
    assert (NOTHING | NOTHING) == NOTHING
    with pytest.raises(ValueError):
        Footprint(texts="anything")


def test_two_checks_judged_together():
    before, after = edited(select("growth"), "bold", select("Closing"), "italic")
    joint = evaluate_joint((BOLD, ITALIC), before, after)
    assert joint == CheckResult(True, 1.0, ())
    assert evaluate_goal((BOLD, ITALIC), before, after) == joint
    # each check judged on its own sees the other's edit as damage
    alone = evaluate_each((BOLD, ITALIC), before, after)
    assert not alone.success and alone.score == 0.5


def test_two_checks_of_different_kinds():
    before, after = edited(select("growth"), "bold", ("header_text", {"text": "Draft"}))
    goal = (BOLD, ("header_footer", {"text": "Draft"}))
    assert evaluate_joint(goal, before, after).success
    half = evaluate_joint(goal, before, edited(select("growth"), "bold")[1])
    assert not half.success and 0.5 <= half.score < 1.0
    assert half.details == ("the header has 'Company confidential', not 'Draft'",)


def test_joint_goal_with_damage_fails():
    before, after = edited(select("growth"), "bold", select("Closing"), "italic",
                           select("Overview"), "italic")
    result = evaluate_joint((BOLD, ITALIC), before, after)
    assert not result.success and result.score == 0.5
    assert result.details == ("damage: paragraph 2: formatting of 'Overview' changed (italic)",)


# ------------------------------------------------------------------------------ pairing
def test_slide_moves_boundaries_to_the_cheapest_pairing():
    # "ab. X." became "ab.": difflib keeps "ab" and the "." of " X."; the first "." is as likely
    a, b, blocks = "ab. X.", "ab.", [(0, 0, 2), (5, 2, 1)]
    assert slide(blocks, a, b, lambda i, j: 0) == blocks  # a tie keeps difflib's boundary
    assert slide(blocks, a, b, lambda i, j: int(i != j)) == [(0, 0, 3)]
    # the edges move too: "x" deleted before "xy" pairs the second "x" if it looks alike
    assert slide([(1, 0, 2)], "xxy", "xy", lambda i, j: int(i != j)) == [(0, 0, 1), (2, 1, 1)]
    assert slide([(1, 0, 2)], "xxy", "xy", lambda i, j: 0) == [(1, 0, 2)]


DIARY = ("*Thursday 17 July.* The ditch in trench 3 is deeper than expected. We reached 1.6 "
         "metres before hitting natural clay.\n*Friday 18 July.* Open day.")
DITCH = " The ditch in trench 3 is deeper than expected."


def test_deletion_next_to_a_look_alike_character_keeps_formatting_paired():
    # the deleted sentence ends in "." like the italic "July." before it: the "." left must
    # pair with the italic one it is, not with the deleted sentence's plain one
    before, after = views(select(DITCH), "delete", spec=DIARY)
    assert after.paragraphs[0].text.startswith("Thursday 17 July. We reached")
    assert damage(before, after, Footprint(texts="any")) == ()
    # ... while a real change next to the deletion is still seen
    before, after = views(select(DITCH), "delete", select("Thursday 17"), "italic", spec=DIARY)
    assert damage(before, after, Footprint(texts="any")) == (
        "paragraph 1: formatting of 'Thursday 17' changed (italic)",)


def test_insertion_next_to_a_look_alike_character_keeps_formatting_paired():
    spec = "**Note:** see below for the details of the dig.\nEnd."
    # "x:" typed (then made plain) right after the bold "Note:" ends in ":" too: the bold ":"
    # must stay paired with the bold one, the typed one is new
    before, after = views(select(" see"), ("move", {"unit": "character", "count": -1}),
                          ("type_text", {"text": "x:"}), select("x:"), ("bold", {"on": False}),
                          spec=spec)
    assert after.paragraphs[0].text == "Note:x: see below for the details of the dig."
    assert [r.bold for r in after.paragraphs[0].runs] == [True, False]
    assert damage(before, after, Footprint(texts="any")) == ()


def test_new_empty_paragraphs_next_to_an_empty_one_are_the_new_ones():
    spec = "Intro text here.\n.\n# Heading one\nBody text."
    caret = ("select_range", {"start": (2, 0), "end": (2, 0)})
    before, after = views(caret, "page_break", "page_break", spec=spec)
    assert [p.text for p in after.paragraphs][:4] == ["Intro text here.", "", "", ""]
    assert damage(before, after, Footprint(texts="split", page_breaks=True)) == ()
    # the existing empty paragraph really restyled is still damage
    restyle = ("select_range", {"start": (1, 0), "end": (1, 0)}), \
        ("apply_style", {"style": "Quote"})
    before, after = views(caret, "page_break", "page_break", *restyle, spec=spec)
    assert damage(before, after, Footprint(texts="split", page_breaks=True)) == (
        "paragraph 2 style changed from 'Normal' to 'Quote'",)


def test_deleting_one_of_two_empty_paragraphs_pairs_the_one_left():
    spec = "Intro text here.\n.\n.\nBody text."
    centre = ("select_range", {"start": (2, 0), "end": (2, 0)}), \
        ("align", {"alignment": "center"})
    start = WordDocument.build(spec)
    for name, args in centre:
        start.execute(name, **args)
    # delete the first (left-aligned) empty paragraph: the centred one stays, unchanged
    doc = WordDocument.open(start.save())
    before = as_view(reopen(doc.save()))
    doc.execute("select_range", start=(1, 0), end=(1, 0))
    doc.execute("delete")
    after = as_view(reopen(doc.save()))
    assert [p.text for p in after.paragraphs] == ["Intro text here.", "", "Body text."]
    assert after.paragraphs[1].alignment == "center"
    assert damage(before, after, Footprint(texts="rejoin")) == ()


@pytest.mark.parametrize(("spec", "start", "end"), [
    ("Repeat me.\n**Repeat me.**\nEnd.", (0, 0), (1, 0)),  # the plain first one goes
    ("**Repeat me.**\nRepeat me.\nEnd.", (0, 10), (1, 10)),  # the plain second one goes
])
def test_deleting_one_of_two_twin_paragraphs_pairs_the_one_left(spec, start, end):
    before, after = views(("select_range", {"start": start, "end": end}), "delete", spec=spec)
    assert [p.text for p in after.paragraphs] == ["Repeat me.", "End."]
    assert after.paragraphs[0].runs[0].bold
    assert damage(before, after, Footprint(texts="any")) == ()

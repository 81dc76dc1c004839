"""The shared damage rules, and goals of several checks judged together."""

from __future__ import annotations

import pytest

from rewards import CheckResult, as_view, evaluate_goal, evaluate_joint
from rewards.checker import evaluate_each
from rewards.damage import MAX_DETAILS, NOTHING, CharSpan, Footprint, ParagraphScope, damage

from .helpers import edited, select

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

"""Headers, footers and page numbers on LibreOffice agree with the simulator: same document (the
normalised views of both saved files: the headers and footers each section shows), same message
and selection, same refusals, and one undo takes the command back."""

from __future__ import annotations

import pytest

from wordsim.document import WordDocument

from .agreement import assert_agree
from .lo_both import SPEC, both, refusals


def _with(*steps) -> WordDocument:
    doc = WordDocument.build(SPEC)
    for name, args in steps:
        doc.execute(name, **args)
    return doc


HEADED = (("header_text", {"text": "Quarterly report"}), ("footer_text", {"text": "Draft"}))
NUMBERED = (("page_number", {}),)
FIRST = (*HEADED, ("header_text", {"text": "Cover", "kind": "first"}),
         ("footer_text", {"text": "", "kind": "first"}))
EVEN = (*HEADED, ("header_text", {"text": "Even", "kind": "even"}),
        ("footer_text", {"text": "Draft even", "kind": "even"}))
TALL_TOP = (("margins", {"top": 2}),)


@pytest.mark.parametrize(("start", "command", "args"), [
    ((), "header_text", {"text": "Quarterly report"}),
    ((), "header_text", {"text": "Two\nlines"}),
    ((), "footer_text", {"text": "Draft"}),
    (TALL_TOP, "header_text", {"text": "The margin to the body text stays"}),
    (HEADED, "header_text", {"text": "Replaced"}),
    (HEADED, "footer_text", {"text": ""}),
    ((), "page_number", {}),
    ((), "page_number", {"position": "top", "alignment": "right"}),
    (HEADED, "page_number", {"alignment": "left"}),
    (NUMBERED, "page_number", {"position": "bottom", "alignment": "right"}),
    (NUMBERED, "remove_page_numbers", {}),
    (HEADED, "remove_header", {}),
    (HEADED, "remove_footer", {}),
    (HEADED, "different_first_page", {"on": False}),
    (FIRST, "different_first_page", {"on": False}),
    (FIRST, "header_text", {"text": "New cover", "kind": "first"}),
    (FIRST, "header_text", {"text": "Other pages"}),
    (FIRST, "remove_header", {}),
    (EVEN, "footer_text", {"text": "Even pages", "kind": "even"}),
    (EVEN, "different_odd_even", {"on": False}),
])  # fmt: skip
def test_each_command_agrees_and_undoes(lo, start, command, args):
    # nothing the view shows changes: no first page to turn off, the alignment of a page number
    undo = (start, command) not in ((HEADED, "different_first_page"), (NUMBERED, "page_number"))
    out = both(lo, command, doc=_with(*start), undo=undo, **args)
    assert out.diffs == []
    assert out.lo_message == out.sim_message
    assert out.undone in ([], None)


@pytest.mark.parametrize("command", ["remove_page_numbers", "remove_header", "remove_footer"])
def test_removing_what_is_not_there_says_so(lo, command):
    out = both(lo, command, undo=False)
    assert out.diffs == []
    assert out.lo_message == out.sim_message != ""


def test_mistakes_are_refused_alike_and_change_nothing(lo):
    messages = refusals(lo, [
        ("header_text", {"text": "x", "kind": "odd"}),
        ("footer_text", {"text": "x", "kind": 3}),
        ("page_number", {"position": "middle"}),
        ("page_number", {"alignment": "justify"}),
        ("page_number", {"fmt": "roman"}),
        ("different_first_page", {"on": "yes"}),
        ("different_odd_even", {"on": 2}),
    ], doc=_with(*HEADED))  # fmt: skip
    expected = ["Unknown header kind", "Unknown footer kind", "Unknown page number position",
                "Unknown page number alignment", "Unknown page number format",
                "must be true or false", "must be true or false"]
    assert all(e in m for e, m in zip(expected, messages, strict=True)), messages


@pytest.mark.parametrize(("start", "command", "args", "blank"), [
    (HEADED, "different_first_page", {}, {"first header", "first footer"}),
    (HEADED, "header_text", {"text": "Cover", "kind": "first"}, {"first footer"}),
    (HEADED, "different_odd_even", {"on": "on"}, {"even header", "even footer"}),
    (HEADED, "header_text", {"text": "Even", "kind": "even"}, {"even footer"}),
    ((), "header_text", {"text": "Cover", "kind": "first"}, {"primary header"}),
])  # fmt: skip
def test_known_difference_a_blank_header_is_saved_where_word_has_none(lo, start, command, args,
                                                                     blank):
    """Turning on Different First Page (or Odd & Even) gives the first (even) pages blank
    headers and footers in both: Word leaves them undefined (a page shows nothing), LibreOffice
    cannot have a header on for some pages only and saves an empty one. So the views differ
    only in None against "" for those; the texts set agree, and one undo takes it back."""
    out = both(lo, command, doc=_with(*start), **args)
    assert {(d.property, d.sim, d.backend) for d in out.diffs} == \
        {(name, None, "") for name in blank}
    assert out.undone == []


def test_a_page_number_agrees_whichever_page_libreoffice_laid_it_out_on(lo):
    """A PAGE field's saved result is page-dependent: Word (and the simulator) save "1",
    LibreOffice the number of the last page it laid the footer out on ("2" here). normal_view
    leaves page fields' results out of fields and header/footer texts, so they agree."""
    two_pages = _with(("select_range", {"start": [2, 0], "end": [2, 0]}), ("page_break", {}))
    out = both(lo, "page_number", doc=two_pages, at=((0, 0), (0, 0)))
    assert out.diffs == []
    assert out.undone == []


@pytest.mark.parametrize(("start", "steps"), [
    ((), [("bold", {}), ("header_text", {"text": "Title"}), "undo", "undo"]),
    ((), [("type_text", {"text": "New "}), ("footer_text", {"text": "F"}),
          ("page_number", {}), "undo", "undo", "undo", "redo", "redo", "redo"]),
    (HEADED, [("bold", {}), ("section_break", {}), "undo", "undo"]),
    (HEADED, [("italic", {}), ("different_first_page", {}), ("enter", {}), "undo", "undo",
              "undo"]),
])  # fmt: skip
def test_earlier_edits_still_undo_after_a_header_is_switched(lo, start, steps):
    """Switching a header or footer on or off adds or removes text nodes that Writer's undo
    steps count by index; undo and redo over such commands and earlier ones agree."""
    assert_agree(lo, _with(*start), *steps, at=((1, 4), (1, 10)))


BROKEN = (*HEADED, ("select_range", {"start": [2, 0], "end": [2, 0]}), ("section_break", {}))


@pytest.mark.parametrize(("start", "at", "command", "args", "differences"), [
    (HEADED, (2, 0), "section_break", {},
     {("section 2", "top_margin_pt"), ("section 2", "bottom_margin_pt")}),
    (BROKEN, (3, 0), "header_text", {"text": "Changed"}, {("section 1", "primary header text")}),
    (BROKEN, (0, 0), "footer_text", {"text": "F1"}, {("section 2", "primary footer text")}),
])  # fmt: skip
def test_known_difference_sections_do_not_link_their_headers(lo, start, at, command, args,
                                                            differences):
    """A Word section without its own header shows (and edits) the previous section's; a
    LibreOffice page style has its own, so a new section gets a copy of the headers' texts, and
    editing one section's header leaves the other's as it was. LibreOffice also saves the copy's
    top and bottom margins with its header's laid-out height added (about 10 pt more)."""
    out = both(lo, command, doc=_with(*start), at=(at, at), **args)
    assert {(d.place, d.property) for d in out.diffs} == differences
    assert out.undone == []

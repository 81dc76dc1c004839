"""Find and Replace as Word object-model calls: UFO's Word client finds text with
`Document.Range().Find` (`Text`, `Execute()`, then `Find.Parent.Select()`) and replaces with
`Wrap=wdFindContinue`, `Replace=wdReplaceAll`."""

from __future__ import annotations

from wordsim.document.commands import CommandError

from . import constants as C
from . import sim_args as A
from .com_character import Handler

# the simulator's find text for literal text: Word's Find reads ^ codes (a line break is ^l)
_LITERAL = str.maketrans({"^": "^^", "\n": "^l", "\t": "^t"})


def _setup(find, text: str, match_case: bool, whole_words: bool, wrap: int,
           wildcards: bool = False):
    find.ClearFormatting()
    find.Text = text
    find.MatchCase = bool(match_case)
    find.MatchWholeWord = bool(whole_words)
    find.MatchWildcards = wildcards
    find.Forward = True
    find.Wrap = wrap
    find.Format = False
    return find


def select_text(w, text: str) -> str:
    """UFO's select_text: `Document.Range().Find` for the first match (exact case, as the
    simulator), then `Find.Parent.Select()`."""
    if not isinstance(text, str) or not text:
        raise CommandError(f"Text {text} is not found.")
    find = _setup(w.doc.Range().Find, text.translate(_LITERAL), True, False, C.wdFindStop)
    if not find.Execute():
        raise CommandError(f"Text {text} is not found.")
    find.Parent.Select()
    return f"Text {text} is selected."


def _find_after_selection(w, text: str, match_case: bool, whole_words: bool, wrap: bool,
                          wildcards: bool = False):
    """Find the next match from the selection's end (its start for a caret), as Find Next
    does; the Range found (selected), or None."""
    sel = w.sel
    at = sel.End
    found = w.doc.Range(at, at)
    find = _setup(found.Find, text, match_case, whole_words,
                  C.wdFindContinue if wrap else C.wdFindStop, wildcards)
    if not find.Execute():
        return None
    found.Select()
    return found


def find_next(w, text: str, match_case: bool = False, whole_words: bool = False,
              wrap: bool = True) -> str:
    A.pattern(text, match_case, whole_words)  # the simulator's checks of Word's ^ codes
    if _find_after_selection(w, text, match_case, whole_words, wrap) is None:
        raise CommandError(f"Text {text} is not found.")
    return f"Text {text} is selected."


def replace(w, find: str, replace: str, match_case: bool = False,
            whole_words: bool = False) -> str:
    """The Replace button: replace the selection when it is a match (Execute with
    Replace=wdReplaceOne on it), then select the next match."""
    rx = A.pattern(find, match_case, whole_words)
    A.replacement(replace, "", True)  # reject bad ^ codes before anything changes
    sel = w.sel
    current = sel.Range
    if sel.Start == sel.End or rx.fullmatch(current.Text or "") is None:
        if _find_after_selection(w, find, match_case, whole_words, True) is None:
            raise CommandError(f"Text {find} is not found.")
        return f"Text {find} is selected; Replace again to replace it."
    finder = _setup(current.Find, find, match_case, whole_words, C.wdFindStop)
    finder.Replacement.ClearFormatting()
    finder.Replacement.Text = replace
    finder.Execute(Replace=C.wdReplaceOne)
    after = current.End
    w.doc.Range(after, after).Select()
    if _find_after_selection(w, find, match_case, whole_words, True) is None:
        return "Replaced 1 occurrence. No more matches."
    return f"Replaced 1 occurrence. Text {find} is selected."


def replace_all(w, find: str, replace: str, match_case: bool = False,
                whole_words: bool = False) -> str:
    """UFO's replace: `Document.Range().Find.Execute(..., Wrap=wdFindContinue,
    Replace=wdReplaceAll)`; the count comes from the story's text, matched as the simulator
    matches (within paragraphs)."""
    rx = A.pattern(find, match_case, whole_words)
    A.replacement(replace, "", True)
    story = w.story()
    total = sum(len(rx.findall(story.text(i))) for i in range(len(story)))
    if not total:
        raise CommandError(f"Text {find} is not found.")
    finder = _setup(w.doc.Range().Find, find, match_case, whole_words, C.wdFindContinue)
    finder.Replacement.ClearFormatting()
    finder.Replacement.Text = replace
    finder.Execute(Replace=C.wdReplaceAll)
    return f"Replaced {total} occurrence" + ("" if total == 1 else "s") + "."



HANDLERS: dict[str, Handler] = {
    "select_text": select_text,
    "find_next": find_next,
    "replace": replace,
    "replace_all": replace_all,
}

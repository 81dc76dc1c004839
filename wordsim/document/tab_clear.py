"""The Tabs dialog's Clear: remove one tab stop of the selected paragraphs, Word's way (a direct
stop is dropped; a stop the style sets is cleared with a w:tab of type clear)."""

from __future__ import annotations

from .commands import command
from .paragraph import prune_ppr, selected, style_ppr, to_int, to_twips
from .xml import W, make


def _stops(tabs) -> list:
    return [] if tabs is None else list(tabs.iterchildren(W.tab))


@command("clear_tab_stop")
def clear_tab_stop(doc, position) -> str:
    """Clear the tab stop at `position` points from the selected paragraphs."""
    pos = to_twips(position, "Tab stop position", 0.0)
    paras = selected(doc)

    def at(stops):
        return [t for t in stops if to_int(t.get(W.pos), -1) == pos]

    def inherited(p):
        return [t for t in at(_stops(style_ppr(doc, p, W.tabs))) if t.get(W.val) != "clear"]

    def direct(p):
        ppr = p.find(W.pPr)
        return at(_stops(None if ppr is None else ppr.find(W.tabs)))

    if not any(inherited(p) or [t for t in direct(p) if t.get(W.val) != "clear"] for p in paras):
        return f"There is no tab stop at {pos / 20:g} pt to clear."
    rng = doc.selection.paragraphs()
    doc.touch(rng.start, rng.stop - 1)
    for p in paras:
        for t in direct(p):
            t.getparent().remove(t)
        if inherited(p):
            tabs = p.get_or_add_pPr().get_or_add_tabs()
            later = next((t for t in _stops(tabs) if to_int(t.get(W.pos), 0) > pos), None)
            clear = make("w:tab", {"w:val": "clear", "w:pos": str(pos)})
            if later is None:
                tabs.append(clear)
            else:
                later.addprevious(clear)
        ppr = p.find(W.pPr)
        tabs = None if ppr is None else ppr.find(W.tabs)
        if tabs is not None and len(tabs) == 0:
            ppr.remove(tabs)
        prune_ppr(p)
    return f"The tab stop at {pos / 20:g} pt is cleared."

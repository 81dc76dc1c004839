"""AutoFit of the table at the selection (Insert Table dialog, Table Layout → AutoFit): fixed
column widths, fit to contents or fit to the window, written as Word writes them."""

from __future__ import annotations

from .commands import CommandError, command
from .tables import _at_caret
from .xml import W, make

MODES = ("fixed", "contents", "window")
_ALIASES = {"fixed column width": "fixed", "autofit contents": "contents",
            "autofit to contents": "contents", "autofit window": "window",
            "autofit to window": "window"}
# CT_TblPr children that follow w:tblW (schema order)
_AFTER_TBLW = (W.jc, W.tblCellSpacing, W.tblInd, W.tblBorders, W.shd, W.tblLayout,
               W.tblCellMar, W.tblLook, W.tblCaption, W.tblDescription)


def _mode(mode) -> str:
    key = " ".join(str(mode).strip().lower().replace("_", " ").split())
    key = _ALIASES.get(key, key)
    if key not in MODES:
        raise CommandError(f"AutoFit must be one of {', '.join(MODES)}, not {mode!r}.")
    return key


def _set_width(tblpr, kind: str, value: int) -> None:
    """The table's preferred width w:tblW (type auto, pct in fiftieths of a percent)."""
    tblw = tblpr.find(W.tblW)
    if tblw is None:
        tblw = make("w:tblW")
        later = next((c for c in tblpr if c.tag in _AFTER_TBLW), None)
        if later is None:
            tblpr.append(tblw)
        else:
            later.addprevious(tblw)
    tblw.set(W.w, str(value))
    tblw.set(W.type, kind)


@command("table_autofit")
def table_autofit(doc, mode: str) -> str:
    """`fixed`: the columns keep their widths (w:tblLayout fixed); `contents`: the table
    sizes to its text (automatic table and cell widths, automatic layout); `window`: it spans the text width
    (100% preferred width, automatic layout)."""
    which = _mode(mode)
    tbl = _at_caret(doc)[0]
    doc.touch(doc.selection.start.para)
    tblpr = tbl.tblPr
    if which == "fixed":
        tblpr.get_or_add_tblLayout().set(W.type, "fixed")
        return "Table AutoFit: fixed column width."
    tblpr._remove_tblLayout()
    if which == "contents":  # the table and every cell size to the text
        _set_width(tblpr, "auto", 0)
        for tcpr in tbl.iter(W.tcPr):
            tcw = tcpr.find(W.tcW)
            if tcw is not None:
                tcw.set(W.w, "0")
                tcw.set(W.type, "auto")
        return "Table AutoFit: fit to contents."
    _set_width(tblpr, "pct", 5000)
    return "Table AutoFit: fit to window."

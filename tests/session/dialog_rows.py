"""Rows (see `helpers.Row`) for dialog fields beyond the basics: the Font dialog's Advanced tab,
the Paragraph dialog's Outline level and Tabs..., the Tabs dialog, Insert Table's AutoFit, the
Table Layout AutoFit menu and Paste Special. `test_ribbon_controls` runs them with its own rows."""

from __future__ import annotations

from docx.oxml.ns import qn

from .helpers import Row, caret_before, click, inches, key, para, points, run_at, sel, tab, typ

HOME = tab("Home")
INSERT = tab("Insert")
TABLE_LAYOUT = tab("Layout", nth=1)
FONT_ADVANCED = [sel("beta"), click("Font Settings"), click("Advanced", "TabItem")]
PARAGRAPH = [sel("beta"), click("Paragraph Settings")]
TABS = [*PARAGRAPH, click("Tabs...")]
INSERT_TABLE = [caret_before("Last"), INSERT, click("Table", "Button"), click("Insert Table...")]


def rpr_val(text: str, local: str):
    """w:val of w:<local> in the run holding `text` (None when not written)."""
    def get(doc, d):
        rpr = run_at(doc, text)._r.rPr
        el = None if rpr is None else rpr.find(qn(f"w:{local}"))
        return None if el is None else el.get(qn("w:val"))
    return get


def rpr_attr(text: str, local: str, attr: str = "val"):
    """Attribute `attr` of w:<local> in the run holding `text`; "" for a bare element, None
    when the element is not written."""
    def get(doc, d):
        rpr = run_at(doc, text)._r.rPr
        el = None if rpr is None else rpr.find(qn(f"w:{local}"))
        return None if el is None else el.get(qn(f"w:{attr}"), "")
    return get


def ppr_val(text: str, local: str):
    def get(doc, d):
        ppr = para(doc, text)._p.pPr
        el = None if ppr is None else ppr.find(qn(f"w:{local}"))
        return None if el is None else el.get(qn("w:val"))
    return get


def tab_stops(text: str):
    """(position in inches, alignment name, leader name) of the paragraph's direct tab stops."""
    def get(doc, d):
        return [(round(t.position.inches, 2), t.alignment.name, t.leader.name)
                for t in para(doc, text).paragraph_format.tab_stops]
    return get


def new_table_layout(doc, d):
    """(tables, w:tblW type, w:tblW w, every cell width auto?, fixed layout?) of the last table."""
    tbl = doc.tables[-1]
    width = tbl._tbl.tblPr.find(qn("w:tblW"))
    cells = [tcw.get(qn("w:type")) for tcw in tbl._tbl.iter(qn("w:tcW"))]
    return (len(doc.tables), None if width is None else width.get(qn("w:type")),
            None if width is None else width.get(qn("w:w")), set(cells) == {"auto"},
            not tbl.autofit)


def first_runs(text: str):
    return lambda doc, d: [(r.text, bool(r.bold)) for r in para(doc, text).runs]


TWO_SECTIONS = [caret_before("Second"), tab("Layout"), click("Breaks"), click("Next Page")]


def top_margins(doc, d):
    return [inches(s.top_margin) for s in doc.sections]


COPY_BOLD = [sel("bold"), key("^c"), sel("gamma"), HOME,
             click("More Options", "Button", after="Paste"), click("Paste Special...")]

DIALOG_ROWS: list[Row] = [
    # Font dialog, Advanced tab
    Row("font/ok", [*FONT_ADVANCED, typ("Scale:", "150%", "Edit", True), click("OK")],
        rpr_val("beta", "w"), "150", label="scale"),
    Row("font/ok", [*FONT_ADVANCED, click("Spacing:", "ComboBox"), click("Expanded", "ListItem"),
                    typ("By:", "2", "Edit", True), click("OK")],
        rpr_val("beta", "spacing"), "40", label="spacing expanded"),
    Row("font/ok", [*FONT_ADVANCED, click("Spacing:", "ComboBox"), click("Condensed", "ListItem"),
                    click("OK")],
        rpr_val("beta", "spacing"), "-20", label="spacing condensed"),
    Row("font/ok", [*FONT_ADVANCED, click("Position:", "ComboBox"), click("Raised", "ListItem"),
                    click("OK")],
        rpr_val("beta", "position"), "6", label="position raised"),
    Row("font/ok", [*FONT_ADVANCED, click("Position:", "ComboBox"), click("Lowered", "ListItem"),
                    click("By:", "Spinner", nth=1), click("OK")],  # 3 pt, one step up: 4 pt
        rpr_val("beta", "position"), "-8", label="position lowered"),
    Row("font/ok", [*FONT_ADVANCED, key("%k"), typ("Points and above:", "14", "Edit", True),
                    click("OK")],
        rpr_val("beta", "kern"), "28", label="kerning"),
    Row("font/ok", [sel("beta"), click("Font Settings"), click("Underline style:", "ComboBox"),
                    click("Dotted", "ListItem"), click("Underline color:", "ComboBox"),
                    click("Green", "ListItem"), click("OK")],
        lambda doc, d: (rpr_attr("beta", "u", "val")(doc, d), rpr_attr("beta", "u", "color")(doc, d)),
        ("dotted", "00B050"), label="underline color"),
    # Format Text Effects, over the Font dialog: its OK hands back, the Font dialog's OK applies
    Row("font/ok", [sel("beta"), click("Font Settings"), click("Text Effects..."),
                    click("Solid line", "RadioButton"), click("Outer shadow", "RadioButton"),
                    click("OK"), click("OK")],
        lambda doc, d: (rpr_attr("beta", "outline")(doc, d) is not None,
                        rpr_attr("beta", "shadow")(doc, d) is not None),
        (True, True), label="text effects"),
    # Set As Default: the question over the dialog; its OK writes the Normal style
    Row("set_default_font/ok", [sel("beta"), click("Font Settings"),
                                typ("Font:", "Georgia", "Edit", True),
                                typ("Size:", "13", "Edit", True), click("Set As Default"),
                                click("OK")],
        lambda doc, d: (doc.styles["Normal"].font.name, points(doc.styles["Normal"].font.size),
                        d.s.ui.dialog),
        ("Georgia", 13.0, None)),
    Row("set_default_paragraph/ok", [*PARAGRAPH, typ("After:", "4", "Edit", True),
                                     click("Alignment:", "ComboBox"),
                                     click("Justified", "ListItem"), click("Set As Default"),
                                     click("All documents based on the Normal.dotm template?"),
                                     click("OK")],
        lambda doc, d: (str(doc.styles["Normal"].paragraph_format.alignment),
                        points(doc.styles["Normal"].paragraph_format.space_after)),
        ("JUSTIFY (3)", 4.0)),
    # Paragraph dialog: Outline level
    Row("paragraph/ok", [*PARAGRAPH, click("Outline level:", "ComboBox"),
                         click("Level 3", "ListItem"), click("OK")],
        ppr_val("beta", "outlineLvl"), "2", label="outline level"),
    # Tabs dialog (from the Paragraph dialog's Tabs..., which applies the Paragraph dialog)
    Row("tabs/set", [*PARAGRAPH, typ("Left:", "0.5", "Edit", True), click("Tabs..."),
                     typ("Tab stop position:", "2", "Edit", True), click("Right", "RadioButton"),
                     click("2 .......", "RadioButton"), click("Set"), click("Cancel")],
        lambda doc, d: (tab_stops("beta")(doc, d),
                        inches(para(doc, "beta").paragraph_format.left_indent)),
        ([(2.0, "RIGHT", "DOTS")], 0.5)),
    Row("tabs/ok", [*TABS, typ("Tab stop position:", "1.5", "Edit", True),
                    click("Center", "RadioButton"), click("OK")],
        tab_stops("beta"), [(1.5, "CENTER", "SPACES")]),
    Row("tabs/clear", [*TABS, typ("Tab stop position:", "1", "Edit", True), click("Clear"),
                       click("OK")],
        tab_stops("beta"), [(3.0, "LEFT", "SPACES")],
        setup=[*TABS, typ("Tab stop position:", "1", "Edit", True), click("Set"),
               typ("Tab stop position:", "3", "Edit", True), click("Set"), click("OK")]),
    Row("tabs/clear-all", [*TABS, click("Clear All"), click("OK")], tab_stops("beta"), [],
        setup=[*TABS, typ("Tab stop position:", "1", "Edit", True), click("OK")]),
    # Insert Table's AutoFit behaviour
    Row("insert_table/ok", [*INSERT_TABLE, click("AutoFit to window", "RadioButton"),
                            click("OK")],
        new_table_layout, (2, "pct", "5000", False, False), label="autofit window"),
    Row("insert_table/ok", [*INSERT_TABLE, key("%f"), click("OK")],
        new_table_layout, (2, "auto", "0", True, False), label="autofit contents"),
    # Table Layout → AutoFit
    Row("popup:table_autofit_menu/autofit-contents",
        [sel("A1"), TABLE_LAYOUT, click("AutoFit"), click("AutoFit Contents")],
        new_table_layout, (1, "auto", "0", True, False)),
    Row("popup:table_autofit_menu/autofit-window",
        [sel("A1"), TABLE_LAYOUT, click("AutoFit"), click("AutoFit Window")],
        new_table_layout, (1, "pct", "5000", False, False)),
    Row("popup:table_autofit_menu/fixed-column-width",
        [sel("A1"), TABLE_LAYOUT, click("AutoFit"), click("Fixed Column Width")],
        lambda doc, d: new_table_layout(doc, d)[-1], True),
    # Find and Replace with Use wildcards (Alt+U checks the box)
    Row("find_replace/find-next", [HOME, click("Find"), typ("Find what:", "<[gd]?mma>"),
                                   key("%u"), click("Find Next"), key("{ESC}"),
                                   click("Bold")],
        lambda doc, d: run_at(doc, "gamma").bold, True, label="wildcards"),
    Row("find_replace/replace-all", [HOME, click("Replace"), typ("Find what:", "(Alpha) (beta)"),
                                     typ("Replace with:", "\\2 \\1"), key("%u"),
                                     click("Replace All")],
        lambda doc, d: para(doc, "gamma").text, "beta Alpha gamma delta.", label="wildcards"),
    Row("find_replace/replace", [HOME, click("Replace"), typ("Find what:", "[0-9A-Z][0-9]"),
                                 typ("Replace with:", "<^&>"), key("%u"),
                                 click("Replace", "Button"), click("Replace", "Button")],
        lambda doc, d: [c.text for c in doc.tables[0].rows[0].cells], ["<A1>", "B1"],
        label="wildcards"),
    # Page Setup: a custom paper size (typing a Width makes the Paper size Custom size)
    Row("page_setup/ok", [tab("Layout"), click("Page Setup Settings"), tab("Paper"),
                          typ("Width:", "6", "Edit", True), typ("Height:", "9", "Edit", True),
                          click("OK")],
        lambda doc, d: (inches(doc.sections[0].page_width), inches(doc.sections[0].page_height)),
        (6.0, 9.0), label="custom size"),
    Row("page_setup/ok", [tab("Layout"), click("Page Setup Settings"), tab("Paper"),
                          click("Paper size:", "ComboBox"), click("Custom size", "ListItem"),
                          typ("Width:", "12", "Edit", True), click("OK")],
        lambda doc, d: (inches(doc.sections[0].page_width), str(doc.sections[0].orientation)),
        (12.0, "LANDSCAPE (1)"), label="custom landscape"),
    # Page Setup's Apply to, in a document of two sections (the caret in the second)
    Row("page_setup/ok", [*TWO_SECTIONS, click("Page Setup Settings"),
                          click("Apply to:", "ComboBox"), click("Whole document", "ListItem"),
                          typ("Top:", "2", "Edit", True), click("OK")],
        top_margins, [2.0, 2.0], label="apply to whole document"),
    Row("page_setup/ok", [*TWO_SECTIONS, click("Page Setup Settings"),
                          typ("Top:", "2", "Edit", True), click("OK")],
        top_margins, [1.0, 2.0], label="apply to this section"),
    # Paste Special
    Row("paste_special/ok", [*COPY_BOLD, click("Unformatted Text", "ListItem"), click("OK")],
        first_runs("Alpha"), [("Alpha beta bold delta.", False)], label="unformatted"),
    Row("paste_special/ok", [*COPY_BOLD, click("OK")],
        first_runs("Alpha"), [("Alpha beta ", False), ("bold", True), (" delta.", False)],
        label="formatted"),
]

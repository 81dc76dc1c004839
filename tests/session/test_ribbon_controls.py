"""Every document-changing control of the window data (ribbon, Quick Access Toolbar, menus,
galleries, dialogs, panes), used as a user would: select text, click the tab, the control, the
menu item, or fill the dialog and press OK — each control found by its text and type in
session.control_list() at every step — then save, reopen with python-docx and check the effect.

One row per control path; `test_every_document_changing_control_has_a_row` fails when the data
gains a control that changes the document and no row here uses it."""

from __future__ import annotations

import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.text import WD_COLOR_INDEX, WD_UNDERLINE

from wordsim.ui import window_model
from wordsim.ui.data import calls_of

from .dialog_rows import DIALOG_ROWS
from .helpers import (
    Row,
    align,
    caret_before,
    check_row,
    click,
    cols,
    doc_type,
    has_page_field,
    inches,
    key,
    num_format,
    page_breaks,
    page_field_alignment,
    para,
    points,
    right_click_on,
    run_at,
    sel,
    story_text,
    tab,
    typ,
)

MODEL = window_model()
HOME = tab("Home")
INSERT = tab("Insert")
LAYOUT = tab("Layout")  # the page Layout tab (the first "Layout" TabItem)
REVIEW = tab("Review")
TABLE_DESIGN = tab("Table Design")
TABLE_LAYOUT = tab("Layout", nth=1)  # the contextual table Layout tab, after Table Design


def changing_controls() -> dict[str, object]:
    """Every control whose behaviour changes the document: id -> control."""
    return {c.id: c for c in MODEL.all_controls()
            if any(k in c.behaviour for k in ("command", "commands", "dialog_submit", "commit"))}


def popup_items(popup_id: str):
    """The document-changing items of a popup, in order."""
    return [c for c in MODEL.popups[popup_id].items if calls_of(c)]


def gallery_items(group_id: str):
    """The document-changing ListItems of a ribbon gallery (e.g. home/styles/styles)."""
    return [c for c in MODEL.by_id[group_id].children if calls_of(c)]


# ---------------------------------------------------------------------- getters
def run_attr(text: str, attr: str):
    def get(doc, d):
        value = run_at(doc, text)
        for part in attr.split("."):
            value = getattr(value, part)
        return value
    return get


def size_of(text: str):
    return lambda doc, d: points(run_at(doc, text).font.size)


def style_of(text: str):
    return lambda doc, d: para(doc, text).style.name


def align_of(text: str):
    return lambda doc, d: align(para(doc, text))


def pf(text: str, attr: str, unit=inches):
    def get(doc, d):
        value = getattr(para(doc, text).paragraph_format, attr)
        return unit(value) if unit else value
    return get


def text_of(fragment: str):
    return lambda doc, d: para(doc, fragment).text


def body_texts(doc, d):
    return [p.text for p in doc.paragraphs]


def table_shape(doc, d):
    return [(len(t.rows), len(t.columns)) for t in doc.tables]


def table_style(doc, d):
    return doc.tables[0].style.name


def section0(attr: str, unit=inches):
    def get(doc, d):
        value = getattr(doc.sections[0], attr)
        return unit(value) if unit else value
    return get


def header_text(doc, d):
    return story_text(doc.sections[0].header)


def footer_text(doc, d):
    return story_text(doc.sections[0].footer)


def comments(doc, d):
    return [c.text for c in doc.comments]


# ---------------------------------------------------------------------- expected values
FONT_COLORS = {  # Word's Office theme and standard colours
    "White, Background 1": "FFFFFF", "Black, Text 1": "000000", "Gray, Background 2": "E7E6E6",
    "Blue-Gray, Text 2": "44546A", "Blue, Accent 1": "4472C4", "Orange, Accent 2": "ED7D31",
    "Gray, Accent 3": "A5A5A5", "Gold, Accent 4": "FFC000", "Blue, Accent 5": "5B9BD5",
    "Green, Accent 6": "70AD47", "Dark Red": "C00000", "Red": "FF0000", "Orange": "FFC000",
    "Yellow": "FFFF00", "Light Green": "92D050", "Green": "00B050", "Light Blue": "00B0F0",
    "Blue": "0070C0", "Dark Blue": "002060", "Purple": "7030A0",
}
UNDERLINES = {
    "Underline": WD_UNDERLINE.SINGLE, "Double underline": WD_UNDERLINE.DOUBLE,
    "Thick underline": WD_UNDERLINE.THICK, "Dotted underline": WD_UNDERLINE.DOTTED,
    "Dashed underline": WD_UNDERLINE.DASH, "Dot-dash underline": WD_UNDERLINE.DOT_DASH,
    "Dot-dot-dash underline": WD_UNDERLINE.DOT_DOT_DASH, "Wave underline": WD_UNDERLINE.WAVY,
}
CASES = {  # the selection "mIxEd cAsE words"
    "Sentence case.": "Mixed case words.", "lowercase": "mixed case words.",
    "UPPERCASE": "MIXED CASE WORDS.", "Capitalize Each Word": "Mixed Case Words.",
    "tOGGLE cASE": "MiXeD CaSe WORDS.",
}
MARGINS = {  # top, bottom, left, right in inches (the document starts at 1, 1, 1.25, 1.25)
    "Normal": (1.0, 1.0, 1.0, 1.0), "Narrow": (0.5, 0.5, 0.5, 0.5),
    "Moderate": (1.0, 1.0, 0.75, 0.75), "Wide": (1.0, 1.0, 2.0, 2.0),
    "Mirrored": (1.0, 1.0, 1.25, 1.0), "Office 2003 Default": (1.0, 1.0, 1.25, 1.25),
}
SIZES = {  # width x height in millimetres
    "Letter": (215.9, 279.4), "Legal": (215.9, 355.6), "Executive": (184.2, 266.7),
    "A4": (210.0, 297.0), "A5": (148.0, 210.0),
}
BREAKS = {"Next Page": WD_SECTION.NEW_PAGE, "Continuous": WD_SECTION.CONTINUOUS,
          "Even Page": WD_SECTION.EVEN_PAGE, "Odd Page": WD_SECTION.ODD_PAGE}
LINE_SPACINGS = {"1.0": 1.0, "1.15": 1.15, "1.5": 1.5, "2.0": 2.0, "2.5": 2.5, "3.0": 3.0}
PAGE_NUMBER_ALIGN = {"Plain Number 1": AL.LEFT, "Plain Number 2": AL.CENTER,
                     "Plain Number 3": AL.RIGHT}


def highlight_index(name: str) -> WD_COLOR_INDEX:
    return WD_COLOR_INDEX[name.upper().replace(" ", "_").replace("-", "_").rstrip("%")]


def font_of_item(name: str) -> str:
    return name.replace(" (Headings)", "").replace(" (Body)", "")


def paste_after_copying(word: str, option: str):
    return [sel(word), HOME, click("Copy"), sel("Last"), click("More Options", after="Paste"),
            click(option, "MenuItem")]


def pasted_bold(doc, d):
    p = para(doc, "line of text")
    return p.text, [r.bold for r in p.runs if "bold" in r.text]


def post_comment(opener) -> list:
    return [sel("beta"), *opener, typ("Start a conversation", "Check this"),
            click("Post comment")]


def page_size_mm(doc, d):
    s = doc.sections[0]
    return round(s.page_width.mm, 1), round(s.page_height.mm, 1)


def margins_in(doc, d):
    s = doc.sections[0]
    sides = ("top", "bottom", "left", "right")
    return tuple(inches(getattr(s, f"{side}_margin")) for side in sides)


# ---------------------------------------------------------------------- the table
ROWS: list[Row] = [
    # Quick Access Toolbar
    Row("qat/undo", [click("Undo")], run_attr("beta", "bold"), None,
        setup=[sel("beta"), click("Bold")]),
    Row("qat/redo", [click("Redo")], run_attr("beta", "bold"), True,
        setup=[sel("beta"), click("Bold"), click("Undo")]),
    # Clipboard
    Row("home/clipboard/copy", [sel("beta"), click("Copy"), sel("Last"), click("Paste")],
        text_of("line of text"), "beta line of text."),
    Row("home/clipboard/paste", [sel("beta"), click("Copy"), sel("Last"), click("Paste")],
        lambda doc, d: (para(doc, "line of text").text, para(doc, "Alpha").text),
        ("beta line of text.", "Alpha beta gamma delta.")),
    Row("home/clipboard/cut", [sel("beta"), click("Cut"), sel("Last"), click("Paste")],
        lambda doc, d: (para(doc, "line of text").text, para(doc, "Alpha").text),
        ("beta line of text.", "Alpha  gamma delta.")),
    Row("popup:paste_options/keep-source-formatting-k",
        paste_after_copying("bold", "Keep Source Formatting (K)"),
        pasted_bold, ("bold line of text.", [True])),
    Row("popup:paste_options/merge-formatting-m",
        paste_after_copying("bold", "Merge Formatting (M)"),
        text_of("line of text"), "bold line of text."),
    # Keep Text Only pastes plain text: the bold of the copied word is dropped
    Row("popup:paste_options/keep-text-only-t", paste_after_copying("bold", "Keep Text Only (T)"),
        pasted_bold, ("bold line of text.", [None])),
    # the document's context menu (a right click on the selection)
    Row("popup:document_context_menu/copy",
        [right_click_on("beta"), click("Copy", "MenuItem"), sel("Last"), click("Paste")],
        text_of("line of text"), "beta line of text."),
    Row("popup:document_context_menu/cut",
        [right_click_on("beta"), click("Cut", "MenuItem"), sel("Last"), click("Paste")],
        lambda doc, d: (para(doc, "line of text").text, para(doc, "Alpha").text),
        ("beta line of text.", "Alpha  gamma delta.")),
    Row("popup:document_context_menu/keep-source-formatting-k",
        [sel("bold"), click("Copy"), right_click_on("Last"),
         click("Keep Source Formatting (K)", "MenuItem")],
        pasted_bold, ("bold line of text.", [True])),
    Row("popup:document_context_menu/merge-formatting-m",
        [sel("bold"), click("Copy"), right_click_on("Last"),
         click("Merge Formatting (M)", "MenuItem")],
        text_of("line of text"), "bold line of text."),
    Row("popup:document_context_menu/keep-text-only-t",
        [sel("bold"), click("Copy"), right_click_on("Last"),
         click("Keep Text Only (T)", "MenuItem")],
        pasted_bold, ("bold line of text.", [None])),
    # Font group
    Row("home/font/font", [sel("beta"), HOME, typ("Font", "Georgia", "ComboBox"), key("{ENTER}")],
        run_attr("beta", "font.name"), "Georgia"),
    Row("home/font/font-size", [sel("beta"), typ("Font Size", "15", "ComboBox"), key("{ENTER}")],
        size_of("beta"), 15.0),
    Row("home/font/increase-font-size", [sel("beta"), click("Increase Font Size")],
        size_of("beta"), 12.0),
    Row("home/font/decrease-font-size", [sel("beta"), click("Decrease Font Size")],
        size_of("beta"), 10.0),
    Row("home/font/clear-all-formatting", [sel("bold"), click("Clear All Formatting")],
        run_attr("bold", "bold"), None),
    Row("home/font/clear-all-formatting", [sel("Topic"), click("Clear All Formatting")],
        style_of("Topic"), "Normal", label="paragraph style"),
    Row("home/font/bold", [sel("beta"), HOME, click("Bold")], run_attr("beta", "bold"), True),
    Row("home/font/bold", [sel("bold"), click("Bold")], run_attr("bold", "bold"), None,
        label="toggle off"),
    Row("home/font/italic", [sel("beta"), click("Italic")], run_attr("beta", "italic"), True),
    Row("home/font/underline", [sel("beta"), click("Underline")],
        run_attr("beta", "font.underline"), True),
    Row("home/font/strikethrough", [sel("beta"), click("Strikethrough")],
        run_attr("beta", "font.strike"), True),
    Row("home/font/subscript", [sel("beta"), click("Subscript")],
        run_attr("beta", "font.subscript"), True),
    Row("home/font/superscript", [sel("beta"), click("Superscript")],
        run_attr("beta", "font.superscript"), True),
    Row("home/font/text-highlight-color", [sel("beta"), click("Text Highlight Color")],
        run_attr("beta", "font.highlight_color"), WD_COLOR_INDEX.YELLOW),
    Row("home/font/font-color", [sel("beta"), click("Font Color")],
        lambda doc, d: str(run_at(doc, "beta").font.color.rgb), "FF0000"),
    # Paragraph group
    Row("home/paragraph/bullets", [sel("beta"), click("Bullets")],
        lambda doc, d: num_format(doc, para(doc, "beta")), "bullet"),
    Row("home/paragraph/numbering", [sel("beta"), click("Numbering")],
        lambda doc, d: num_format(doc, para(doc, "beta")), "decimal"),
    Row("home/paragraph/increase-indent", [sel("beta"), click("Increase Indent")],
        pf("beta", "left_indent"), 0.5),
    Row("home/paragraph/decrease-indent", [click("Decrease Indent")],
        pf("beta", "left_indent"), 0.5,
        setup=[sel("beta"), click("Increase Indent"), click("Increase Indent")]),
    Row("home/paragraph/align-left", [click("Align Left")], align_of("beta"), AL.LEFT,
        setup=[sel("beta"), click("Center")]),
    Row("home/paragraph/center", [sel("beta"), click("Center")], align_of("beta"), AL.CENTER),
    Row("home/paragraph/align-right", [sel("beta"), click("Align Right")], align_of("beta"),
        AL.RIGHT),
    Row("home/paragraph/justify", [sel("beta"), click("Justify")], align_of("beta"), AL.JUSTIFY),
    # Insert tab
    Row("insert/pages/blank-page", [caret_before("Second"), INSERT, click("Blank Page")],
        lambda doc, d: page_breaks(doc), 2),
    Row("insert/pages/page-break", [caret_before("Second"), INSERT, click("Page Break")],
        lambda doc, d: page_breaks(doc), 1),
    Row("popup:pictures_menu/this-device", [caret_before("Second"), INSERT, click("Pictures"),
                                           click("This Device...")],
        lambda doc, d: len(doc.inline_shapes), 1),
    Row("popup:header_menu/remove-header", [INSERT, click("Header"), click("Remove Header")],
        header_text, ""),
    Row("popup:footer_menu/remove-footer", [INSERT, click("Footer"), click("Remove Footer")],
        footer_text, ""),
    Row("popup:page_number_menu/remove-page-numbers", [click("Page Number"),
                                                       click("Remove Page Numbers")],
        lambda doc, d: has_page_field(doc.sections[0].footer), False,
        setup=[INSERT, click("Page Number"), click("Bottom of Page"), click("Plain Number 2")]),
    # Layout tab: paragraph boxes and spinners
    Row("layout/paragraph/indent-left", [sel("beta"), LAYOUT, typ("Indent Left", "0.5", "Edit"),
                                         key("{ENTER}")],
        pf("beta", "left_indent"), 0.5),
    Row("layout/paragraph/indent-left.dropdown", [sel("beta"), LAYOUT,
                                                  click("Indent Left", "Spinner")],
        pf("beta", "left_indent"), 0.1),
    Row("layout/paragraph/indent-right", [sel("beta"), LAYOUT, typ("Indent Right", "0.25", "Edit"),
                                          key("{ENTER}")],
        pf("beta", "right_indent"), 0.25),
    Row("layout/paragraph/indent-right.dropdown", [sel("beta"), LAYOUT,
                                                   click("Indent Right", "Spinner")],
        pf("beta", "right_indent"), 0.1),
    Row("layout/paragraph/spacing-before", [sel("beta"), LAYOUT,
                                            typ("Spacing Before", "18", "Edit"), key("{ENTER}")],
        pf("beta", "space_before", points), 18.0),
    Row("layout/paragraph/spacing-before.dropdown", [sel("beta"), LAYOUT,
                                                     click("Spacing Before", "Spinner")],
        pf("beta", "space_before", points), 6.0),
    Row("layout/paragraph/spacing-after", [sel("beta"), LAYOUT, typ("Spacing After", "6", "Edit"),
                                           key("{ENTER}")],
        pf("beta", "space_after", points), 6.0),
    Row("layout/paragraph/spacing-after.dropdown", [click("Spacing After", "Spinner")],
        pf("beta", "space_after", points), 6.0,
        setup=[sel("beta"), LAYOUT, typ("Spacing After", "0", "Edit"), key("{ENTER}")]),
    # Review tab
    Row("review/comments/delete", [sel("beta"), REVIEW, click("Delete", "Button")], comments, [],
        setup=post_comment([INSERT, click("Comment")])),
    Row("popup:delete_comment_menu/delete", [sel("beta"), REVIEW,
                                             click("More Options", after="Delete"),
                                             click("Delete", "MenuItem")],
        comments, [], setup=post_comment([REVIEW, click("New Comment")])),
    Row("comment_card/post-comment", post_comment([REVIEW, click("New Comment")]), comments,
        ["Check this"]),
    Row("comment_card/post-comment", post_comment([INSERT, click("Comment")]), comments,
        ["Check this"], label="Insert > Comment"),
    # Table Layout tab
    Row("table_layout/rows-columns/insert-above", [sel("A1"), TABLE_LAYOUT, click("Insert Above")],
        lambda doc, d: [c.text for c in doc.tables[0].column_cells(0)], ["", "A1", "A2"]),
    Row("table_layout/rows-columns/insert-below", [sel("A1"), TABLE_LAYOUT, click("Insert Below")],
        lambda doc, d: [c.text for c in doc.tables[0].column_cells(0)], ["A1", "", "A2"]),
    Row("table_layout/rows-columns/insert-left", [sel("A1"), TABLE_LAYOUT, click("Insert Left")],
        lambda doc, d: [c.text for c in doc.tables[0].rows[0].cells], ["", "A1", "B1"]),
    Row("table_layout/rows-columns/insert-right", [sel("A1"), TABLE_LAYOUT, click("Insert Right")],
        lambda doc, d: [c.text for c in doc.tables[0].rows[0].cells], ["A1", "", "B1"]),
    Row("popup:table_delete_menu/delete-columns", [sel("A1"), TABLE_LAYOUT,
                                                   click("Delete", "Button"),
                                                   click("Delete Columns")],
        lambda doc, d: [[c.text for c in r.cells] for r in doc.tables[0].rows], [["B1"], ["B2"]]),
    Row("popup:table_delete_menu/delete-rows", [sel("A1"), TABLE_LAYOUT, click("Delete", "Button"),
                                                click("Delete Rows")],
        lambda doc, d: [[c.text for c in r.cells] for r in doc.tables[0].rows], [["A2", "B2"]]),
    Row("popup:table_delete_menu/delete-table", [sel("A1"), TABLE_LAYOUT,
                                                 click("Delete", "Button"), click("Delete Table")],
        lambda doc, d: (len(doc.tables), d.has("Table Design")), (0, False)),
    # Find and Replace dialog
    Row("find_replace/find-next", [HOME, click("Find"), typ("Find what:", "gamma"),
                                   click("Find Next"), key("{ESC}"), click("Bold")],
        run_attr("gamma", "bold"), True),
    Row("find_replace/find-next-2", [HOME, click("Replace"), typ("Find what:", "gamma"),
                                     click("Find Next"), key("{ESC}"), click("Italic")],
        run_attr("gamma", "italic"), True),
    Row("find_replace/replace", [click("Replace"), typ("Find what:", "beta"),
                                 typ("Replace with:", "omega"), click("Replace", "Button"),
                                 click("Replace", "Button")],
        text_of("Alpha"), "Alpha omega gamma delta."),
    Row("find_replace/replace-all", [click("Replace"), typ("Find what:", "words"),
                                     typ("Replace with:", "terms"), click("Replace All")],
        lambda doc, d: [p.text for p in doc.paragraphs if "terms" in p.text or "words" in p.text],
        ["Second bold and italic terms here.", "mIxEd cAsE terms."]),
    # Insert Table dialog
    Row("insert_table/ok", [caret_before("Last"), INSERT, click("Table", "Button"),
                            click("Insert Table..."), typ("Number of columns:", "3", "Edit", True),
                            typ("Number of rows:", "4", "Edit", True), click("OK")],
        lambda doc, d: sorted(table_shape(doc, d)), [(2, 2), (4, 3)]),
    Row("insert_table/ok", [caret_before("Last"), INSERT, click("Table", "Button"),
                            click("Insert Table..."), click("Number of columns:", "Spinner"),
                            click("OK")],
        lambda doc, d: sorted(table_shape(doc, d)), [(2, 2), (2, 6)], label="spinner"),
    # Font dialog
    Row("font/ok", [sel("beta"), click("Font Settings"), typ("Font:", "Georgia", "Edit", True),
                    click("OK")],
        run_attr("beta", "font.name"), "Georgia"),
    Row("font/ok", [sel("beta"), click("Font Settings"), typ("Size:", "20", "Edit", True),
                    click("OK")],
        size_of("beta"), 20.0, label="size"),
    Row("font/ok", [sel("beta"), click("Font Settings"), key("%k"), click("OK")],
        run_attr("beta", "font.strike"), True, label="strikethrough"),
    Row("font/ok", [sel("beta"), click("Font Settings"), key("%p"), click("OK")],
        run_attr("beta", "font.superscript"), True, label="superscript"),
    Row("font/ok", [sel("beta"), click("Font Settings"), key("%b"), click("OK")],
        run_attr("beta", "font.subscript"), True, label="subscript"),
    # Paragraph dialog
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"), click("Alignment:", "ComboBox"),
                         click("Centered", "ListItem"), click("OK")],
        align_of("beta"), AL.CENTER),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"), typ("Left:", "1", "Edit", True),
                         click("OK")],
        pf("beta", "left_indent"), 1.0, label="left indent"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"), click("Left:", "Spinner"),
                         click("OK")],
        pf("beta", "left_indent"), 0.1, label="left spinner"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"),
                         typ("Right:", "0.5", "Edit", True), click("OK")],
        pf("beta", "right_indent"), 0.5, label="right indent"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"),
                         typ("Before:", "12", "Edit", True), click("OK")],
        pf("beta", "space_before", points), 12.0, label="before"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"),
                         typ("After:", "24", "Edit", True),
                         click("OK")],
        pf("beta", "space_after", points), 24.0, label="after"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"), typ("At:", "2", "Edit", True),
                         click("OK")],
        pf("beta", "line_spacing", None), 2.0, label="line spacing"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"),
                         click("Line spacing:", "ComboBox"), click("1.5 lines", "ListItem"),
                         click("OK")],
        pf("beta", "line_spacing", None), 1.5, label="line spacing list"),
    # Page Setup dialog
    Row("page_setup/ok", [LAYOUT, click("Page Setup Settings"), typ("Top:", "2", "Edit", True),
                          typ("Left:", "1.5", "Edit", True), click("OK")],
        margins_in, (2.0, 1.0, 1.5, 1.25)),
    Row("page_setup/ok", [LAYOUT, click("Page Setup Settings"), click("Top:", "Spinner"),
                          click("OK")],
        section0("top_margin"), 1.1, label="top spinner"),
    Row("page_setup/ok", [LAYOUT, click("Page Setup Settings"), click("Landscape", "RadioButton"),
                          click("OK")],
        lambda doc, d: (doc.sections[0].orientation, page_size_mm(doc, d)),
        (WD_ORIENT.LANDSCAPE, (279.4, 215.9)), label="landscape"),
    Row("page_setup/ok", [LAYOUT, click("Page Setup Settings"), tab("Paper"),
                          click("Paper size:", "ComboBox"), click("A4", "ListItem"), click("OK")],
        page_size_mm, (210.0, 297.0), label="paper"),
    # dialog fields a user can change that OK must apply (Word applies every one of them)
    Row("font/ok", [sel("beta"), click("Font Settings"), typ("Font style:", "Bold", "Edit", True),
                    click("OK")],
        run_attr("beta", "bold"), True, label="font style Bold"),
    Row("font/ok", [sel("beta"), click("Font Settings"), key("%a"), click("OK")],
        run_attr("beta", "font.all_caps"), True, label="all caps"),
    Row("font/ok", [sel("beta"), click("Font Settings"), key("%m"), click("OK")],
        run_attr("beta", "font.small_caps"), True, label="small caps"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"),
                         click("Line and Page Breaks", "TabItem"), key("%x"), click("OK")],
        pf("beta", "keep_with_next", None), True, label="keep with next"),
    Row("paragraph/ok", [sel("beta"), click("Paragraph Settings"),
                         click("Line and Page Breaks", "TabItem"), key("%b"), click("OK")],
        pf("beta", "page_break_before", None), True, label="page break before"),
    Row("page_setup/ok", [LAYOUT, click("Page Setup Settings"), typ("Gutter:", "0.5", "Edit", True),
                          click("OK")],
        section0("gutter"), 0.5, label="gutter"),
    Row("page_setup/ok", [LAYOUT, click("Page Setup Settings"), tab("Layout"), key("%p"),
                          click("OK")],
        section0("different_first_page_header_footer", None), True, label="different first page"),
    # Hyperlink dialog
    Row("hyperlink/ok", [sel("beta"), INSERT, click("Link"),
                         typ("Address:", "https://example.com/"), click("OK")],
        lambda doc, d: [(h.text, h.address) for h in para(doc, "Alpha").hyperlinks],
        [("beta", "https://example.com/")]),
    Row("hyperlink/ok", [caret_before("Last"), INSERT, click("Link"),
                         typ("Text to display:", "Example"), typ("Address:", "https://ex.org/"),
                         click("OK")],
        lambda doc, d: [(h.text, h.address) for h in para(doc, "line of text").hyperlinks],
        [("Example", "https://ex.org/")], label="text to display"),
    # the Document control: typed text
    Row("document", [caret_before("Last"), doc_type("New ")], text_of("line of text"),
        "New Last line of text."),
]

# Header and footer panes, through every way of opening them
for opener in ("Blank", "Blank (Three Columns)", "Austin", "Edit Header"):
    ROWS.append(Row("header_edit/close-header-and-footer",
                    [INSERT, click("Header"), click(opener), typ("Header -Section 1-", "New head"),
                     click("Close Header and Footer")],
                    lambda doc, d: "New head" in header_text(doc, d), True, label=opener))
for opener in ("Blank", "Blank (Three Columns)", "Austin", "Edit Footer"):
    ROWS.append(Row("footer_edit/close-header-and-footer",
                    [INSERT, click("Footer"), click(opener), typ("Footer -Section 1-", "New foot"),
                     click("Close Header and Footer")],
                    lambda doc, d: "New foot" in footer_text(doc, d), True, label=opener))

# Font list, font size list
for c in popup_items("font_list"):
    ROWS.append(Row(c.id, [sel("beta"), click("Font", "ComboBox"), click(c.name, "ListItem")],
                    run_attr("beta", "font.name"), font_of_item(c.name)))
for c in popup_items("font_size_list"):
    ROWS.append(Row(c.id, [sel("beta"), click("Font Size", "ComboBox"), click(c.name, "ListItem")],
                    size_of("beta"), float(c.name)))
# Change Case
for c in popup_items("change_case"):
    ROWS.append(Row(c.id, [sel("mIxEd cAsE words"), click("Change Case"),
                           click(c.name, "MenuItem")],
                    lambda doc, d: doc.paragraphs[4].text, CASES[c.name]))
# Underline styles
for c in popup_items("underline_menu"):
    ROWS.append(Row(c.id, [sel("beta"), click("More Options", after="Underline"),
                           click(c.name, "MenuItem")],
                    run_attr("beta", "font.underline"), UNDERLINES[c.name]))
# Highlight pens
for c in popup_items("highlight_menu"):
    if c.name == "No Color":
        ROWS.append(Row(c.id, [click("More Options", after="Text Highlight Color"),
                               click(c.name, "MenuItem")],
                        run_attr("beta", "font.highlight_color"), None,
                        setup=[sel("beta"), click("Text Highlight Color")]))
    else:
        ROWS.append(Row(c.id, [sel("beta"), click("More Options", after="Text Highlight Color"),
                               click(c.name, "ListItem")],
                        run_attr("beta", "font.highlight_color"), highlight_index(c.name)))
# Font colours
for c in popup_items("font_color_menu"):
    if c.name == "Automatic":
        ROWS.append(Row(c.id, [click("More Options", after="Font Color"), click(c.name)],
                        run_attr("beta", "font.color.rgb"), None,
                        setup=[sel("beta"), click("Font Color")]))
    else:
        ROWS.append(Row(c.id, [sel("beta"), click("More Options", after="Font Color"),
                               click(c.name, "ListItem")],
                        lambda doc, d: str(run_at(doc, "beta").font.color.rgb),
                        FONT_COLORS[c.name]))
# Line and paragraph spacing menu
for c in popup_items("line_spacing_menu"):
    if c.name in LINE_SPACINGS:
        value = LINE_SPACINGS[c.name]
        ROWS.append(Row(c.id, [sel("beta"), click("Line and Paragraph Spacing"), click(c.name)],
                        pf("beta", "line_spacing", None), value,
                        setup=[sel("beta"), key("^2" if value != 2.0 else "^5")]))
ROWS.append(Row("popup:line_spacing_menu/add-space-before-paragraph",
                [sel("beta"), click("Line and Paragraph Spacing"),
                 click("Add Space Before Paragraph")],
                pf("beta", "space_before", points), 12.0))
ROWS.append(Row("popup:line_spacing_menu/remove-space-after-paragraph",
                [sel("beta"), click("Line and Paragraph Spacing"),
                 click("Remove Space After Paragraph")],
                pf("beta", "space_after", points), 0.0))


# Paragraph styles: the ribbon gallery and the More gallery
def _style_target(name: str) -> str:
    return "Topic" if name == "Normal" else "beta"


for c in gallery_items("home/styles/styles"):
    ROWS.append(Row(c.id, [sel(_style_target(c.name)), HOME, click(c.name, "ListItem")],
                    style_of(_style_target(c.name)), c.name))
for c in popup_items("styles_gallery"):
    if c.control_type == "ListItem":
        ROWS.append(Row(c.id, [sel(_style_target(c.name)), click("More", "Button"),
                               click(c.name, "ListItem", nth=-1)],
                        style_of(_style_target(c.name)), c.name))
ROWS.append(Row("popup:styles_gallery/clear-formatting",
                [sel("Topic"), click("More", "Button"), click("Clear Formatting", "MenuItem")],
                style_of("Topic"), "Normal"))
ROWS.append(Row("popup:select_menu/select-all",
                [click("Select", "Button"), click("Select All"), click("Italic")],
                lambda doc, d: all(r.italic for p in doc.paragraphs for r in p.runs), True))

# Table styles: the Table Design gallery and its More gallery
for c in gallery_items("table_design/table-styles/table-styles"):
    ROWS.append(Row(c.id, [sel("A1"), TABLE_DESIGN, click(c.name, "ListItem")], table_style,
                    c.name, doc="styled_table"))
for c in popup_items("table_styles_gallery"):
    if c.control_type == "ListItem":
        ROWS.append(Row(c.id, [sel("A1"), TABLE_DESIGN, click("More", "Button"),
                               click(c.name, "ListItem", nth=-1)],
                        table_style, c.name, doc="styled_table"))

# Page Number galleries
for where, part in (("top", "header"), ("bottom", "footer")):
    opener = "Top of Page" if where == "top" else "Bottom of Page"
    for c in popup_items(f"page_number_{where}"):
        ROWS.append(Row(c.id, [INSERT, click("Page Number"), click(opener),
                               click(c.name, "ListItem")],
                        lambda doc, d, part=part: (
                            has_page_field(getattr(doc.sections[0], part)),
                            page_field_alignment(getattr(doc.sections[0], part))),
                        (True, PAGE_NUMBER_ALIGN[c.name])))

# Page setup menus
for c in popup_items("margins_menu"):
    setup = [LAYOUT, click("Margins"), click("Narrow")] if c.name == "Office 2003 Default" else []
    ROWS.append(Row(c.id, [LAYOUT, click("Margins"), click(c.name, "ListItem")], margins_in,
                    MARGINS[c.name], setup=setup))
ROWS.append(Row("popup:margins_menu/mirrored", [LAYOUT, click("Margins"), click("Mirrored")],
                lambda doc, d: doc.settings.element.find(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}mirrorMargins")
                is not None, True, label="mirrorMargins"))
for c in popup_items("orientation_menu"):
    portrait = c.name == "Portrait"
    ROWS.append(Row(c.id, [LAYOUT, click("Orientation"), click(c.name, "ListItem")],
                    lambda doc, d: (doc.sections[0].orientation, page_size_mm(doc, d)),
                    (WD_ORIENT.PORTRAIT, (215.9, 279.4)) if portrait
                    else (WD_ORIENT.LANDSCAPE, (279.4, 215.9)),
                    setup=[LAYOUT, click("Orientation"), click("Landscape")] if portrait else []))
for c in popup_items("size_menu"):
    setup = [LAYOUT, click("Size"), click("A5")] if c.name == "Letter" else []
    ROWS.append(Row(c.id, [LAYOUT, click("Size"), click(c.name, "ListItem")], page_size_mm,
                    SIZES[c.name], setup=setup))
for c in popup_items("columns_menu"):
    count = {"One": 1, "Two": 2, "Three": 3}[c.name]
    setup = [LAYOUT, click("Columns"), click("Two")] if count == 1 else []
    ROWS.append(Row(c.id, [LAYOUT, click("Columns"), click(c.name, "ListItem")],
                    lambda doc, d: cols(doc.sections[-1]), count, setup=setup))
for c in popup_items("breaks_menu"):
    if c.name == "Page":
        ROWS.append(Row(c.id, [caret_before("Second"), LAYOUT, click("Breaks"), click("Page")],
                        lambda doc, d: page_breaks(doc), 1))
    else:
        ROWS.append(Row(c.id, [caret_before("Second"), LAYOUT, click("Breaks"), click(c.name)],
                        lambda doc, d: (len(doc.sections), doc.sections[-1].start_type,
                                        para(doc, "Second").text),
                        (2, BREAKS[c.name], "Second bold and italic words here.")))


ROWS.extend(DIALOG_ROWS)


# ---------------------------------------------------------------------- tests
@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_control_path(row: Row):
    d = check_row(row)
    assert row.control in d.touched, f"the steps never used {row.control}: {d.touched}"


def test_every_document_changing_control_has_a_row():
    covered = {r.control for r in ROWS}
    missing = sorted(set(changing_controls()) - covered)
    assert not missing, f"document-changing controls without a test row: {missing}"
    stale = sorted(covered - set(changing_controls()))
    assert not stale, f"rows for controls the data no longer has: {stale}"


def test_the_table_is_not_trivial():
    """Guard against the coverage test passing vacuously (the data failing to load)."""
    assert len(changing_controls()) > 200
    assert {"home/font/bold", "font/ok", "document", "qat/undo"} <= set(changing_controls())

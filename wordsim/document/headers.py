"""Headers and footers: their text, page numbers and removal, and a reader that creates no part.

A section without its own header "links to previous": it shows the nearest earlier section's.
Editing it edits that one, as in Word; with none defined anywhere, python-docx adds the
definition to the first section. (Reading `header.paragraphs` through python-docx creates a
part, so the readers here follow the references themselves.)"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section

from .commands import CommandError, command
from .fields import field_runs, find_fields, remove_field
from .page_setup import (
    ensure_final_section,
    section_blocks,
    section_index,
    selected_sections,
    settings_element,
    settings_root,
    touch_sections,
)
from .paragraph import on_off
from .runs import paragraph_text
from .story import block_paragraphs
from .tables import set_container_text
from .xml import W, make, qn

_KINDS = {"primary": "default", "first": "first", "even": "even"}  # UI name → w:type
_STORIES = {"header": W.headerReference, "footer": W.footerReference}
_PROXIES = {"primary": "{}", "first": "first_page_{}", "even": "even_page_{}"}  # Section attrs
_POSITIONS = {"top": "header", "bottom": "footer"}
_ALIGNMENTS = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_R_ID = qn("r:id")


def _pick(value, options, what: str) -> str:
    if not isinstance(value, str) or value not in options:
        raise CommandError(f"Unknown {what} {value!r}; use one of {list(options)}.")
    return value


def _definition(doc, blocks: list, index: int, story: str, kind: str):
    """(owning section, part) of the `story` ("header"/"footer") of `kind` that section `index`
    shows: its own or, linked to previous, the nearest earlier one's; (0, None) when none."""
    xml_kind = _KINDS[kind]
    for j in range(index, -1, -1):
        for ref in blocks[j][1].iterchildren(_STORIES[story]):
            if ref.get(W.type) == xml_kind:
                return j, doc.part.related_parts[ref.get(_R_ID)]
    return 0, None


def _caret_section(doc) -> tuple[list, int]:
    ensure_final_section(doc)
    blocks = section_blocks(doc)
    return blocks, section_index(blocks, doc, doc.selection.start.para)


def _editable(doc, story: str, kind: str):
    """The `w:hdr`/`w:ftr` the caret's section shows, declared as about to change; created
    when there is none. "first" and "even" turn on Different First Page / Odd & Even Pages."""
    blocks, index = _caret_section(doc)
    sect = blocks[index][1]
    if kind == "first" and not sect.titlePg_val:
        touch_sections(doc, [blocks[index]])
        sect.titlePg_val = True
    settings = settings_root(doc)
    if kind == "even" and (settings is None or not settings.evenAndOddHeaders_val):
        settings_element(doc).evenAndOddHeaders_val = True
    owner, part = _definition(doc, blocks, index, story, kind)
    if part is not None:
        doc.touch_part(part)
        return part.element
    doc.touch_rels(doc.part)
    touch_sections(doc, [blocks[owner]])
    proxy = getattr(Section(blocks[owner][1], doc.part), _PROXIES[kind].format(story))
    proxy.is_linked_to_previous = False
    doc.touch_part(proxy.part)  # so the change names the new part and redo restores it
    return proxy.part.element


def _shown_parts(doc, stories) -> list:
    """Distinct parts of every kind of the given stories that the caret's section shows."""
    blocks, index = _caret_section(doc)
    parts = {}
    for story in stories:
        for kind in _KINDS:
            part = _definition(doc, blocks, index, story, kind)[1]
            if part is not None:
                parts[id(part)] = part
    return list(parts.values())


@command("header_text")
def header_text(doc, text: str, kind: str = "primary") -> None:
    """Replace the text of the caret section's header (kind primary, first or even)."""
    set_container_text(_editable(doc, "header", _pick(kind, _KINDS, "header kind")), str(text))


@command("footer_text")
def footer_text(doc, text: str, kind: str = "primary") -> None:
    """Replace the text of the caret section's footer (kind primary, first or even)."""
    set_container_text(_editable(doc, "footer", _pick(kind, _KINDS, "footer kind")), str(text))


def _has_page_number(p) -> bool:
    return any(f.name == "PAGE" for f in find_fields(p))


def _is_blank(p) -> bool:
    """Nothing but white space: no visible text, field or picture."""
    if paragraph_text(p).strip() or find_fields(p):
        return False
    return next(p.iter(W.drawing, W.pict, W.object), None) is None


@command("page_number")
def page_number(
    doc, position: str = "bottom", alignment: str = "center", fmt: str = "plain"
) -> None:
    """Insert → Page Number → Top/Bottom of Page → Plain Number 1/2/3 (left/center/right): a
    header/footer paragraph with a PAGE field, replacing an earlier page number there."""
    story = _POSITIONS[_pick(position, _POSITIONS, "page number position")]
    jc = _ALIGNMENTS[_pick(alignment, _ALIGNMENTS, "page number alignment")]
    _pick(fmt, ("plain",), "page number format")
    root = _editable(doc, story, "primary")
    p = make("w:p")
    ppr = p.get_or_add_pPr()
    ppr.style = doc.styles.style_id(story)  # Word's building block uses the Header/Footer style
    ppr.jc_val = jc
    p.extend(field_runs("PAGE", "1"))
    # Earlier page numbers: our paragraphs or Word's building blocks (a w:sdt around them).
    old = [c for c in root if any(_has_page_number(q) for q in block_paragraphs(c))]
    if old:
        old[0].addprevious(p)
    else:
        root.append(p)
    for c in list(root):
        if c is not p and (c in old or (c.tag == W.p and _is_blank(c))):
            root.remove(c)


def _restyled_blank(root) -> None:
    """A header or footer must hold a paragraph: give an emptied one its style back."""
    if root.find(W.p) is None and root.find(W.tbl) is None:
        style = "Header" if root.tag == W.hdr else "Footer"
        root.append(make("w:p", {}, make("w:pPr", {}, make("w:pStyle", {"w:val": style}))))


@command("remove_page_numbers")
def remove_page_numbers(doc) -> str | None:
    """Insert → Page Number → Remove Page Numbers, in the headers and footers the caret's
    section shows."""
    found = False
    for part in _shown_parts(doc, _STORIES):
        root = part.element
        numbered = [p for p in root.iter(W.p) if _has_page_number(p)]
        if not numbered:
            continue
        found = True
        doc.touch_part(part)
        for p in numbered:
            for f in find_fields(p):
                if f.name == "PAGE" and f.first.getparent() is not None:
                    remove_field(f)
            if _is_blank(p):
                parent = p.getparent()
                parent.remove(p)
                if parent.tag == W.sdtContent and not len(parent):  # an emptied building block
                    sdt = parent.getparent()
                    sdt.getparent().remove(sdt)
        _restyled_blank(root)
    return None if found else "There are no page numbers to remove."


def _remove(doc, story: str) -> str | None:
    parts = _shown_parts(doc, (story,))
    if not parts:
        return f"There is no {story} to remove."
    for part in parts:
        doc.touch_part(part)
        set_container_text(part.element, "")
    return None


@command("remove_header")
def remove_header(doc) -> str | None:
    """Insert → Header → Remove Header: empty every header the caret's section shows."""
    return _remove(doc, "header")


@command("remove_footer")
def remove_footer(doc) -> str | None:
    """Insert → Footer → Remove Footer: empty every footer the caret's section shows."""
    return _remove(doc, "footer")


@command("different_first_page")
def different_first_page(doc, on: bool = True) -> str:
    """Page Setup → Layout → Different first page (Header & Footer → Different First Page) for
    the selected sections: their first page shows the "first" header and footer."""
    on = on_off(on, "Different first page")
    changing = [(b, s) for b, s in selected_sections(doc) if bool(s.titlePg_val) != on]
    if changing:
        touch_sections(doc, changing)
        for _, sect in changing:
            sect.titlePg_val = on
    return f"Different first page is {'on' if on else 'off'}."


@command("different_odd_even")
def different_odd_even(doc, on: bool = True) -> str:
    """Page Setup → Layout → Different odd and even (a document-wide setting): even pages show
    the "even" header and footer."""
    on = on_off(on, "Different odd and even")
    settings = settings_root(doc)
    if bool(settings is not None and settings.evenAndOddHeaders_val) != on:
        settings_element(doc).evenAndOddHeaders_val = on
    return f"Different odd and even is {'on' if on else 'off'}."


def shown_parts(doc, sects: list | None = None) -> dict[int, dict[str, dict[str, object]]]:
    """{section: {"header": {kind: part}, "footer": {kind: part}}}: the header and footer parts
    each section shows (its own or linked), kinds without one left out; creates nothing.
    `sects`: the sections' w:sectPr in order, when the caller has them (saves a body walk)."""
    blocks = section_blocks(doc) if sects is None else [(None, s) for s in sects]
    return {
        i: {story: {kind: part for kind in _KINDS
                    if (part := _definition(doc, blocks, i, story, kind)[1]) is not None}
            for story in _STORIES}
        for i in range(len(blocks))
    }


def story_paragraphs(part) -> list:
    """The w:p elements of a header or footer part in reading order, table cells included."""
    return [p for c in part.element for p in block_paragraphs(c)]


def header_footer_texts(doc) -> dict[int, dict[str, dict[str, str]]]:
    """{section: {"header": {kind: text}, "footer": {kind: text}}} for every header and footer
    each section shows (its own or linked), lines joined by "\\n"; creates nothing."""
    return {
        i: {story: {kind: "\n".join(paragraph_text(p) for p in story_paragraphs(part))
                    for kind, part in kinds.items()}
            for story, kinds in entry.items()}
        for i, entry in shown_parts(doc).items()
    }

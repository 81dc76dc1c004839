"""UFO's Word API commands (COM-level: they act on the document, not on a control), with
UFO's result strings."""

from __future__ import annotations

import ntpath
import re

from wordsim.actions import Action
from wordsim.document import CommandError

# UFO's save_as formats (Word's FileFormat codes); the simulator itself writes .docx and .txt
SAVE_FORMATS = {".docx": 16, ".pdf": 17, ".txt": 2, ".rtf": 6, ".html": 8}
_SIMULATED_FORMATS = (".docx", ".txt")
_SAFE_NAME = re.compile(r"[^\w.\- ]+")


def run_word_api(session, action: Action) -> str:
    """Run a COM/WORD action on the session's document; CommandError for agent mistakes."""
    doc, a = session.doc, action.args
    name = action.function
    if name == "insert_table":
        return session.execute("insert_table", rows=a["rows"], columns=a["columns"], at="end")
    if name == "select_text":
        return session.execute("select_text", text=a["text"])
    if name == "select_table":
        return session.execute("select_table", number=a["number"])
    if name == "select_paragraph":
        return session.execute("select_paragraphs", start_index=a["start_index"],
                               end_index=a["end_index"], non_empty=a["non_empty"])
    if name == "set_font":
        if doc.selection.collapsed:
            raise CommandError("No text is selected to set the font.")
        parts = []
        if a.get("font_name"):
            session.execute("font_name", font=a["font_name"])
            parts.append(f"Font is set to {a['font_name']}.")
        if a.get("font_size"):
            session.execute("font_size", size=a["font_size"])
            parts.append(f"Font size is set to {a['font_size']}.")
        return " ".join(parts)
    if name == "save_as":
        return save_as(session, a.get("file_dir") or "", a.get("file_name") or "", a.get("file_ext") or "")
    raise CommandError(f"An error occurred: {name} is not a Word API command.")


def save_as(session, file_dir: str, file_name: str, file_ext: str) -> str:
    """UFO's save_as: the file is kept in `session.saved` (and written under the session's
    save folder, by its base name only, when it has one: agents never choose where we write)."""
    ext = (file_ext or ".pdf").lower()
    ext = ext if ext.startswith(".") else "." + ext
    if ext not in SAVE_FORMATS:
        raise CommandError(f"An error occurred: unsupported file format {ext}; "
                           f"supported: {', '.join(SAVE_FORMATS)}.")
    if ext not in _SIMULATED_FORMATS:
        raise CommandError(f"An error occurred: saving as {ext} needs a real word processor; "
                           f"the simulator saves {' and '.join(_SIMULATED_FORMATS)}.")
    name = file_name or session.name
    path = ntpath.join(file_dir, name + ext) if file_dir else name + ext
    data = session.doc.save() if ext == ".docx" else "\n".join(session.doc.texts()).encode()
    session.saved[path] = data
    if session.save_dir is not None:
        safe = _SAFE_NAME.sub("_", ntpath.basename(path).replace("/", "_")).strip(". ") or "document"
        (session.save_dir / safe).write_bytes(data)
    return f"Document is saved to {path}."

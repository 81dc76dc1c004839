"""Edit the built-in five-page report the way a Word user would, and save the result."""

from __future__ import annotations

import time
from pathlib import Path

from wordsim.document import CommandError, WordDocument

# (what a user asks, document command, its arguments): Word's own operations, in order.
SCRIPT = [
    ("Find the phrase 'dynamic routing'", "select_text", {"text": "dynamic routing"}),
    ("Make it bold", "bold", {}),
    ("... and 14 pt", "font_size", {"size": 14}),
    ("Select the first heading", "select_text", {"text": "1. Executive Summary"}),
    ("Centre it", "align", {"alignment": "center"}),
    ("Select the options list", "select_text", {"text": "Extend the Harbour depot"}),
    ("Number it instead of bullets", "numbering", {}),
    ("Go to the end of the document", "document_end", {}),
    ("Type a closing paragraph", "type_text", {"text": "\nApproved by the board on 12 February."}),
    ("Insert a 3 x 2 table there", "insert_table", {"rows": 3, "columns": 2}),
    ("Type into its first cell", "type_text", {"text": "Owner"}),
    ("Page numbers at the bottom, centred", "page_number", {"position": "bottom", "alignment": "center"}),
    ("Switch to landscape", "orientation", {"value": "landscape"}),
    ("Replace every 'depot' with 'hub'", "replace_all", {"find": "depot", "replace": "hub"}),
    ("Find a phrase that is not there", "select_text", {"text": "quarterly bonus"}),
    ("Undo the replacement", "undo", {}),
]


def add_arguments(parser) -> None:
    parser.add_argument("--out", default="out", help="folder for the edited document")


def run(args) -> int:
    doc = WordDocument.template("report")
    print(f"Opened the built-in report: {len(doc)} paragraphs.\n")
    started = time.perf_counter()
    for request, name, params in SCRIPT:
        try:
            change = doc.undo() if name == "undo" else doc.execute(name, **params)
            result = change.message or f"touched {sorted(change.paragraphs)[:6]} in {sorted(change.parts)}"
        except CommandError as exc:  # agent mistakes are results, not crashes
            result = f"(error) {exc}"
        print(f"- {request}\n    {name}({_args(params)}) -> {result}")
    elapsed = time.perf_counter() - started
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "demo-report.docx"
    doc.save(path)
    print(f"\n{len(SCRIPT)} operations in {elapsed * 1000:.1f} ms; saved {path}")
    print("Open it in Word or LibreOffice to see the edits.")
    return 0


def _args(params: dict) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in params.items())

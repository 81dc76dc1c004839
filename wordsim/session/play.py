"""Drive the simulated Word window from standard input: one action per line, in any accepted
form (JSON object, UFO/LAM JSON, call string); `wordsim play [--doc F] [--save F] [--controls]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wordsim.document import DocumentLoadError, WordDocument

from .session import Session


def add_arguments(parser) -> None:
    parser.add_argument("--doc", help=".docx to open (default: a blank document)")
    parser.add_argument("--template", help="a built-in template instead of --doc")
    parser.add_argument("--save", help="where to save the document when input ends")
    parser.add_argument("--controls", action="store_true",
                        help="print the control list (UFO's JSON) before the first action and after each")


def run(args, stdin=None, stdout=None) -> int:
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    try:
        if args.doc:
            doc, name = WordDocument.open(args.doc), Path(args.doc).stem
        else:
            name = args.template or "Document1"
            doc = WordDocument.template(args.template or "blank")
    except (DocumentLoadError, ValueError) as exc:
        print(f"wordsim play: cannot open the document: {exc}", file=sys.stderr)
        return 2
    session = Session(doc, name=name)
    if args.controls:
        print(session.controls().to_json(), file=stdout)
    for line in stdin:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        result = session.step(line)
        print(("ok: " if result.ok else "error: ") + result.message, file=stdout, flush=True)
        if args.controls:
            print(session.controls().to_json(), file=stdout)
        if result.status in ("FINISH", "FAIL") or session.closed:
            break
    if args.save:
        doc.save(args.save)
        print(f"saved {args.save}", file=stdout)
    summary = {"paragraphs": len(doc), "words": session.context().words}
    print(json.dumps(summary), file=stdout)
    return 0

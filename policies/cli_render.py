"""Render a document's pages as PNG pictures through LibreOffice: `wordsim render FILE.docx
[--out DIR] [--dpi N]` writes FILE-1.png, FILE-2.png, ... (one per page) and lists them."""

from __future__ import annotations

import sys


def add_arguments(parser) -> None:
    parser.add_argument("file", help="the .docx to render")
    parser.add_argument("--out", default=".", metavar="DIR",
                        help="folder for the PNG pages (default: the current folder)")
    parser.add_argument("--dpi", type=int, default=96, help="resolution (default: 96)")


def run(args) -> int:
    from wordsim.backends.render import RenderError, render

    try:
        pages = render(args.file, args.out, dpi=args.dpi)
    except (FileNotFoundError, RenderError, ValueError) as exc:
        print(f"wordsim render: {exc}", file=sys.stderr)
        return 2
    for page in pages:
        print(page)
    return 0

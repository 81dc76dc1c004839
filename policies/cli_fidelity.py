"""Measure sim-to-real agreement: `wordsim fidelity --backend {sim,libreoffice} --episodes N
[--family ID ...] [--split train|test] [--json] [--out DIR]` replays each family's UI oracle on
the simulator with the backend following, and prints agreement per family and overall with
every disagreement listed."""

from __future__ import annotations

import json
import sys

BACKENDS = ("sim", "libreoffice", "word")


def add_arguments(parser) -> None:
    parser.add_argument("--backend", default="libreoffice", choices=BACKENDS,
                        help="the real backend to compare with (default: libreoffice)")
    parser.add_argument("--episodes", type=int, default=3,
                        help="episodes per family, seeds 0..N-1 (default: 3)")
    parser.add_argument("--family", action="append", default=None, metavar="ID",
                        help="a task family to measure (repeat for more; default: all)")
    parser.add_argument("--split", default="train", choices=("train", "test"),
                        help="task split (default: train)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--out", default=None, metavar="DIR",
                        help="write both .docx of every disagreeing episode to DIR")
    parser.add_argument("--progress", action="store_true", default=None,
                        help="show a progress line on stderr even when it is not a terminal")


def run(args) -> int:
    from policies.fidelity import measure
    from wordsim.backends import BackendError

    try:
        report = measure(args.backend, args.family, args.episodes, args.split, args.out,
                         progress=args.progress)
    except (BackendError, ImportError, ValueError) as exc:
        print(f"wordsim fidelity: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(), sort_keys=True))
        return 0
    print(report.table())
    listed = report.disagreements()
    if listed:
        print("\ndisagreements:\n" + listed)
    return 0

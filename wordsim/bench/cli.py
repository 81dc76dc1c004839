"""Run a benchmark: `wordsim bench docmodel [--json]`."""

from __future__ import annotations

import importlib
import json

BENCHMARKS = {
    "docmodel": "wordsim.bench.docmodel",
    "env": "envs.bench",  # lives with the env: the core never imports envs code
    "ui": "wordsim.bench.ui",
    "window": "wordsim.bench.window",
}


def add_arguments(parser) -> None:
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=200, help="timed repetitions per figure")


def run(args) -> int:
    module = importlib.import_module(BENCHMARKS[args.name])
    figures = module.measure(repeat=args.repeat)
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    else:
        print(module.report(figures))
    return 0

"""The `wordsim` command line: demo, benchmarks and tools, each loaded only when asked for.

It lives in `policies`, the top layer, because its subcommands reach every layer."""

from __future__ import annotations

import argparse
import importlib
import sys

# subcommand -> module whose `add_arguments(parser)` and `run(args) -> int` implement it
SUBCOMMANDS = {
    "demo": "policies.demo",
    "tasks": "policies.cli_tasks",
    "eval": "policies.cli_eval",
    "rollout": "policies.cli_rollout",
    "fidelity": "policies.cli_fidelity",
    "render": "policies.cli_render",
    "play": "wordsim.session.play",
    "bench": "wordsim.bench.cli",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wordsim", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name, module_name in SUBCOMMANDS.items():
        module = importlib.import_module(module_name)
        modules[name] = module
        sp = sub.add_parser(name, help=module.__doc__.splitlines()[0], description=module.__doc__)
        module.add_arguments(sp)
    args = parser.parse_args(argv)
    return modules[args.command].run(args) or 0


if __name__ == "__main__":
    sys.exit(main())

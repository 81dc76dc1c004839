"""List the task families: `wordsim tasks [--json]` (id, description, instance count)."""

from __future__ import annotations

import json
import textwrap

DESCRIPTION_WIDTH = 60


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list: each family's id, description, instance count")


def family_table() -> list[dict]:
    """One entry per registered family, by id: id, env_id, description, instances, max_steps,
    difficulties."""
    from envs.suite import env_id
    from envs.tasks.counts import instance_counts
    from envs.tasks.registry import families

    counts = instance_counts(families())  # cached: counting reads the whole corpus
    return [{"id": fid, "env_id": env_id(fid), "description": fam.description,
             "instances": counts[fid], "max_steps": fam.max_steps,
             "difficulties": list(fam.difficulties)}
            for fid, fam in sorted(families().items())]


def run(args) -> int:
    table = family_table()
    if args.json:
        print(json.dumps(table, indent=1, ensure_ascii=False))
        return 0
    width = max(len(row["id"]) for row in table)
    print(f"{'family':<{width}}  {'instances':>15}  steps  description")
    indent = " " * (width + 26)
    for row in table:
        lines = textwrap.wrap(row["description"], DESCRIPTION_WIDTH) or [""]
        print(f"{row['id']:<{width}}  {row['instances']:>15,}  {row['max_steps']:>5}  {lines[0]}")
        for line in lines[1:]:
            print(indent + line)
    total = sum(row["instances"] for row in table)
    print(f"\n{len(table)} families, {total:,} task instances in all; "
          "environment ids: WordSim-v0 (every family) and WordSim/<family>-v0.")
    return 0

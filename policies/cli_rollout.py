"""Record trajectories: `wordsim rollout --policy ... --episodes N --out FILE.jsonl [--env ID]
[--seed S]` writes one JSON line per step (request, observation text, action in UFO step-log
fields and LAM 7-key form, result, reward, success) and prints the stats."""

from __future__ import annotations

import json

from policies.cli_eval import add_run_arguments, env_kwargs


def add_arguments(parser) -> None:
    add_run_arguments(parser, episodes=10)
    parser.add_argument("--out", required=True, help="the JSON Lines file to write")
    parser.add_argument("--docx-dir", help="also save each episode's final document here")
    parser.add_argument("--document-only", action="store_true",
                        help="record only the document canvas of each observation")
    parser.add_argument("--json", action="store_true", help="print the stats as JSON")


def run(args) -> int:
    from policies.base import make_policy
    from policies.rollout import rollout

    stats = rollout(make_policy(args.policy, seed=args.seed), args.env, args.episodes, args.seed,
                    out=args.out, env_kwargs=env_kwargs(args), docx_dir=args.docx_dir,
                    progress=args.progress, observations=not args.document_only)
    if args.json:
        print(json.dumps({**stats.to_json(), "out": str(args.out)}, sort_keys=True))
    else:
        print(f"{stats.summary()}\nwrote {stats.steps} steps to {args.out}")
    return 0

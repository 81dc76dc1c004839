"""Evaluate a policy: `wordsim eval --policy {oracle,oracle-api,random} --episodes N [--env ID]
[--seed S] [--obs-mode text|numeric] [--json]` prints success rate, mean steps and steps/s."""

from __future__ import annotations

import json

from policies.base import POLICIES


def add_run_arguments(parser, episodes: int) -> None:
    """The arguments `eval` and `rollout` share."""
    parser.add_argument("--policy", default="oracle", choices=sorted(POLICIES),
                        help="the policy to run (default: oracle)")
    parser.add_argument("--episodes", type=int, default=episodes,
                        help=f"number of episodes (default: {episodes})")
    parser.add_argument("--env", default="WordSim-v0",
                        help="environment id, or a task family id (default: WordSim-v0)")
    parser.add_argument("--seed", type=int, default=0,
                        help="seed of the first episode; episode k uses seed+k (default: 0)")
    parser.add_argument("--obs-mode", default="text", choices=("text", "numeric"),
                        help="observation mode of the env (default: text)")
    parser.add_argument("--split", default="train", choices=("train", "test"),
                        help="task split: held-out phrasings and documents in test")
    parser.add_argument("--progress", action="store_true", default=None,
                        help="show a progress line on stderr even when it is not a terminal")


def env_kwargs(args) -> dict:
    return {"obs_mode": args.obs_mode, "split": args.split}


def add_arguments(parser) -> None:
    add_run_arguments(parser, episodes=50)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args) -> int:
    from policies.base import make_policy
    from policies.rollout import rollout

    stats = rollout(make_policy(args.policy, seed=args.seed), args.env, args.episodes, args.seed,
                    env_kwargs=env_kwargs(args), progress=args.progress)
    if args.json:
        print(json.dumps(stats.to_json(), sort_keys=True))
        return 0
    print(stats.summary())
    for family, counts in sorted(stats.families.items()):
        print(f"  {family:<18} {counts[1]:>4}/{counts[0]:<4} {counts[1] / counts[0]:.2f}")
    return 0

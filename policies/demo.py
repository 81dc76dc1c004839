"""Watch the oracle do a handful of Word tasks through the simulated window, and keep the results.

Each task's request, every action (UFO call strings, on the named controls) and the outcome are
printed; the final documents (.docx) and the trajectories (JSON Lines, UFO step-log and LAM
fields) are written to a folder."""

from __future__ import annotations

import time
from pathlib import Path

# (task family, seed, difficulty or None for the family's choice): one task each from several
# kinds of work, fixed so that the demo never varies
DEMO_TASKS = (
    ("Bold", 0, None),
    ("Align", 1, None),
    ("FontColor", 2, None),
    ("InsertTable", 3, 1),
    ("ReplaceAll", 4, None),
    ("HeaderText", 5, None),
    ("PageNumbers", 6, None),
    ("Composite", 7, 1),
)
TRAJECTORIES = "trajectories.jsonl"


def add_arguments(parser) -> None:
    parser.add_argument("--out", default="out/demo",
                        help="folder for the documents and trajectories (default: out/demo)")
    parser.add_argument("--policy", default="oracle", choices=("oracle", "oracle-api", "random"),
                        help="who does the tasks (default: the UI-level oracle)")
    parser.add_argument("--family", action="append", metavar="FAMILY",
                        help="a task family to run instead of the built-in list (repeatable)")
    parser.add_argument("--seed", type=int, default=None,
                        help="seed for every --family task (default: the family's place)")


def run(args) -> int:
    from policies.base import make_policy
    from policies.rollout import RolloutStats, env_name, rollout

    tasks = DEMO_TASKS if not args.family else tuple(
        (family, args.seed if args.seed is not None else k, None)
        for k, family in enumerate(args.family))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / TRAJECTORIES
    total = RolloutStats(args.policy, "demo", "text")
    started = time.perf_counter()
    with open(path, "w", encoding="utf-8") as trajectories:
        for k, (family, seed, difficulty) in enumerate(tasks, 1):
            print(f"[{k}/{len(tasks)}] {env_name(family)}, seed {seed}")
            stats = rollout(make_policy(args.policy, seed=seed), family, 1, seed,
                            env_kwargs={"difficulty": difficulty}, out=trajectories,
                            docx_dir=out, progress=False,
                            on_episode=lambda r: _show(r, out))
            total.add_stats(stats)
    elapsed = time.perf_counter() - started
    print(f"Success rate: {total.successes}/{total.episodes} ({total.success_rate:.0%}); "
          f"{total.steps} steps in {elapsed:.1f} s.")
    print(f"Documents and trajectories: {out}/ (trajectories in {path.name})")
    return 0


def _show(result, out: Path) -> None:
    print(f"  Request: {_indent(result.request)}")
    for log, lam in zip(result.logs, result.actions, strict=True):
        print(f"  {log['Step']:>3}. {_action(log, lam)}")
        if log["Results"]:
            print(f"       -> {_indent(log['Results'], 10)}")
    outcome = "success" if result.success else "FAILED: " + "; ".join(result.info["details"][:2])
    name = f"{result.seed}-{result.family}.docx"
    print(f"  Outcome: {outcome} (reward {result.reward:.1f}, {result.steps} steps); "
          f"saved {out / name}\n")


def _action(log: dict, lam: dict | None) -> str:
    """A step as UFO logs it, with the control it acted on: the call string, or the status."""
    call = log["Action"] or (f"status {lam['status']}" if lam else "(not an action)")
    if log["ControlText"] or log["ControlLabel"]:
        call += f' on "{log["ControlText"]}" [label {log["ControlLabel"] or "?"}]'
    return call


def _indent(text: str, width: int = 11) -> str:
    return text.replace("\n", "\n" + " " * width)

"""The console commands: demo, tasks, eval, rollout (run through `policies.cli.main`)."""

from __future__ import annotations

import json

import pytest

from policies.cli import SUBCOMMANDS, main


def run(argv: list[str], capsys) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def test_the_commands_are_wired():
    assert {"demo", "tasks", "eval", "rollout"} <= set(SUBCOMMANDS)


def test_demo_prints_requests_actions_outcomes_and_writes_files(tmp_path, capsys):
    from policies.demo import DEMO_TASKS, TRAJECTORIES

    out = run(["demo", "--out", str(tmp_path)], capsys)
    assert out.count("Request: ") == len(DEMO_TASKS) == out.count("Outcome: success")
    assert "click_input(button='left', double=False) on \"Bold\"" in out
    assert f"Success rate: {len(DEMO_TASKS)}/{len(DEMO_TASKS)} (100%)" in out
    docs = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert docs == sorted(f"{seed}-{family}.docx" for family, seed, _ in DEMO_TASKS)
    lines = (tmp_path / TRAJECTORIES).read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["family"] for line in lines} == {f for f, _, _ in DEMO_TASKS}


def test_demo_with_chosen_families_and_policy(tmp_path, capsys):
    out = run(["demo", "--out", str(tmp_path), "--family", "Orientation", "--seed", "3",
               "--policy", "oracle-api"], capsys)
    assert "[1/1] WordSim/Orientation-v0, seed 3" in out and "Success rate: 1/1" in out
    assert (tmp_path / "3-Orientation.docx").exists()


def test_tasks_json_and_table(capsys):
    table = json.loads(run(["tasks", "--json"], capsys))
    assert len(table) >= 25
    for row in table:
        assert {"id", "description", "instances"} <= set(row) and row["description"]
        assert row["instances"] > 0 and row["env_id"] == f"WordSim/{row['id']}-v0"
    text = run(["tasks"], capsys)
    total = sum(row["instances"] for row in table)
    assert f"{len(table)} families, {total:,} task instances" in text
    assert all(row["id"] in text for row in table)


@pytest.mark.parametrize("policy", ["oracle", "oracle-api", "random"])
def test_eval_json(policy, capsys):
    data = json.loads(run(["eval", "--policy", policy, "--episodes", "3", "--env", "Bold",
                           "--seed", "4", "--obs-mode", "numeric", "--json"], capsys))
    assert {"success_rate", "episodes", "mean_steps", "steps_per_s"} <= set(data)
    assert data["episodes"] == 3 and data["steps_per_s"] > 0 and data["mean_steps"] >= 1
    assert data["success_rate"] == (0.0 if policy == "random" else 1.0)


def test_eval_text(capsys):
    out = run(["eval", "--episodes", "2", "--env", "WordSim/Italic-v0"], capsys)
    assert out.startswith("oracle on WordSim/Italic-v0 (text): 2 episodes, success rate 1.000")


def test_rollout_writes_trajectories(tmp_path, capsys):
    path = tmp_path / "r.jsonl"
    out = run(["rollout", "--policy", "random", "--episodes", "2", "--out", str(path),
               "--env", "Margins", "--seed", "1", "--docx-dir", str(tmp_path / "d")], capsys)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert f"wrote {len(lines)} steps to {path}" in out
    assert {line["seed"] for line in lines} == {1, 2} and len(list((tmp_path / "d").iterdir())) == 2

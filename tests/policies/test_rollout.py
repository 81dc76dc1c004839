"""Rollouts: JSON Lines in UFO's step-log fields and the LAM's 7-key format (with what replaying
needs), final documents, and the stats; the progress line."""

from __future__ import annotations

import io
import json

import pytest

from policies.base import make_policy
from policies.progress import Progress
from policies.rollout import TrajectorySink, env_name, jsonable, rollout

STEP_LOG = {"Step", "Subtask", "ControlLabel", "ControlText", "Action", "ActionType", "Results",
            "Application"}
LAM = {"thought", "control_label", "control_name", "function", "args", "status", "plan"}
RECORD = {"episode", "step", "family", "uid", "request", "observation", "action", "lam",
          "action_index", "result", "ok", "reward", "terminated", "truncated", "success",
          "score", "env_id", "env_kwargs", "seed", "policy", "sent"}


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("mode", ["text", "numeric"])
def test_jsonl_lines_hold_the_ufo_step_log_and_lam_fields(tmp_path, mode):
    out = tmp_path / "t.jsonl"
    stats = rollout(make_policy("oracle"), "Bold", 3, 5, out=out, env_kwargs={"obs_mode": mode})
    lines = _lines(out)
    assert len(lines) == stats.steps and stats.success_rate == 1.0
    for line in lines:
        assert set(line) == RECORD
        assert set(line["action"]) == STEP_LOG and set(line["lam"]) == LAM
        assert line["action"]["Application"] == "WINWORD.EXE"
        assert line["env_id"] == "WordSim/Bold-v0" and line["env_kwargs"] == {"obs_mode": mode}
        assert set(line["observation"]) == {"request", "controls", "document", "result",
                                            "history"}
        assert line["request"] == line["observation"]["request"] and line["policy"] == "oracle"
    assert [line["seed"] for line in lines if line["terminated"]] == [5, 6, 7]
    last = lines[-1]
    assert last["success"] and last["reward"] == 1.0 and last["lam"]["status"] == "FINISH"
    clicks = [line for line in lines if line["action"]["ControlLabel"]]
    assert clicks and all(c["lam"]["control_name"] == c["action"]["ControlText"] for c in clicks)


def test_stats_and_final_documents(tmp_path):
    results = []
    stats = rollout(make_policy("random", seed=0), "WordSim/Columns-v0", 4, 0,
                    docx_dir=tmp_path / "docs", env_kwargs={"obs_mode": "numeric"},
                    on_episode=results.append)
    assert stats.episodes == 4 and stats.steps == sum(r.steps for r in results)
    assert stats.mean_steps == stats.steps / 4 and stats.steps_per_s > 0
    assert stats.success_rate == sum(r.success for r in results) / 4
    saved = sorted(p.name for p in (tmp_path / "docs").iterdir())
    assert saved == [f"{k}-Columns.docx" for k in range(4)]
    assert (tmp_path / "docs" / "0-Columns.docx").read_bytes() == results[0].document
    data = stats.to_json()
    assert {"success_rate", "episodes", "mean_steps", "steps_per_s"} <= set(data)
    assert data["families"]["Columns"]["episodes"] == 4


def test_document_only_observations(tmp_path):
    out = tmp_path / "t.jsonl"
    rollout(make_policy("oracle-api"), "PageSize", 1, 0, out=out, observations=False)
    (line,) = _lines(out)
    assert isinstance(line["observation"], str) and line["sent"]["Status"] == "FINISH"


def test_sink_adds_fields_to_each_line_and_ids_are_named():
    file = io.StringIO()
    sink = TrajectorySink(file, seed=3)
    sink.write('{"a": 1}\n')
    sink.write("\n")
    assert file.getvalue() == '{"a": 1, "seed": 3}\n\n'
    assert env_name("Bold") == "WordSim/Bold-v0" and env_name("WordSim-v0") == "WordSim-v0"
    assert jsonable(object()) is None and jsonable({"k": [1]}) == {"k": [1]}


def test_progress_line():
    stream = io.StringIO()
    bar = Progress(4, "oracle", stream=stream, enabled=True, interval=0.0)
    for _ in range(4):
        bar.update(1, "ok")
    bar.close()
    text = stream.getvalue()
    assert text.count("\r") == 4 and "[" + "#" * 24 + "] 4/4" in text and text.endswith("ok\n")
    quiet = io.StringIO()
    Progress(4, stream=quiet).update()  # not a terminal: nothing drawn
    assert quiet.getvalue() == ""

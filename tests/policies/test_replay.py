"""Replay: a recorded episode, replayed action by action in a fresh env, ends in the same
document, byte for byte, and the same outcome."""

from __future__ import annotations

import pytest

from envs.wrappers import read_trajectories
from policies.base import make_policy
from policies.replay import ReplayPolicy, episodes, recorded_action, replay_episode, replay_file
from policies.rollout import make_env, rollout


@pytest.mark.parametrize(("policy", "mode"), [("oracle", "text"), ("oracle", "numeric"),
                                              ("random", "text"), ("random", "numeric")])
def test_replay_reproduces_the_saved_documents_byte_for_byte(tmp_path, policy, mode):
    out, docs = tmp_path / "t.jsonl", tmp_path / "docs"
    recorded = []
    rollout(make_policy(policy, seed=2), "WordSim-v0", 3, 20, out=out, docx_dir=docs,
            env_kwargs={"obs_mode": mode}, on_episode=recorded.append)
    replayed = replay_file(out)
    assert len(replayed) == 3
    for before, again in zip(recorded, replayed, strict=True):
        assert again.document == (docs / f"{before.seed}-{before.family}.docx").read_bytes()
        assert (again.success, again.steps, again.logs) == (before.success, before.steps,
                                                            before.logs)


def test_a_file_of_several_rollouts_replays_episode_by_episode(tmp_path):
    out = tmp_path / "t.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for family in ("Bold", "Margins"):  # each rollout counts its episodes from 0
            rollout(make_policy("oracle"), family, 2, 0, out=f)
    groups = list(episodes(read_trajectories(out)))
    assert [g[0]["family"] for g in groups] == ["Bold", "Bold", "Margins", "Margins"]
    assert all(r.success for r in replay_file(out))


def test_the_lam_form_alone_replays_too(tmp_path):
    out = tmp_path / "t.jsonl"
    recorded = []
    rollout(make_policy("oracle"), "Underline", 1, 3, out=out, docx_dir=tmp_path,
            on_episode=recorded.append)
    records = list(read_trajectories(out))
    for r in records:
        del r["sent"]
    assert recorded_action(records[0]) is records[0]["lam"]
    again = replay_episode(records, env=make_env("WordSim/Underline-v0"))
    assert again.success and again.document == (tmp_path / "3-Underline.docx").read_bytes()


def test_replay_policy_finishes_when_the_recording_ends():
    env = make_env("WordSim/Bold-v0")
    env.reset(seed=0)
    policy = ReplayPolicy([{"action_index": None, "sent": None, "lam": None,
                            "action": {"Action": "select_text(text='the')", "ControlLabel": ""}}])
    policy.reset(env)
    assert policy.act(env, None) == {"Action": "select_text(text='the')", "ControlLabel": ""}
    assert policy.act(env, None)["status"] == "FINISH"

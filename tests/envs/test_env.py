"""WordEnv: episodes, rewards, info, observations as the agent reads them, determinism, custom
tasks, the recorder and the env benchmark (figures reported, not timed)."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest

from envs.observations import DocumentCache, Episode
from envs.tasks.base import Task, TaskFamily
from envs.word_env import WordEnv
from envs.wrappers import TrajectoryRecorder, read_trajectories
from rewards import CHECKERS, CheckResult, checker
from wordsim.document.builder import build_bytes
from wordsim.document.query import DocumentView

FINISH = {"function": "", "status": "FINISH"}
SPEC = "# Notes\nThe quick brown fox jumps over the lazy dog.\nA second line of plain text here."


# ------------------------------------------------------------------ a custom task family
if "test_env_bold" not in CHECKERS:
    @checker("test_env_bold")
    def _bold(before, after, text):
        """Every character of `text` (first occurrence) is bold."""
        for p in after.paragraphs:
            k = p.text.find(text)
            if k < 0:
                continue
            at, bold = 0, True
            for r in p.runs:
                if at < k + len(text) and at + len(r.text) > k:
                    bold = bold and r.bold
                at += len(r.text)
            return CheckResult(bold, float(bold), () if bold else (f"{text!r} is not bold",))
        return CheckResult(False, 0.0, (f"{text!r} is missing",))


class TinyFamily(TaskFamily):
    """Bold one of three words of a custom .docx (the user's own document, checker and words)."""

    id = "TestTinyBold"
    description = "bold a word of a tiny document"
    max_steps = 6

    def sample(self, rng, split="train", difficulty=None) -> Task:
        word = ("quick", "brown", "lazy")[int(rng.integers(3))]
        return Task(self.id, f"Make {word} bold.", "custom", (("test_env_bold", {"text": word}),),
                    ({"Step": 1, "Subtask": "", "ControlLabel": "", "ControlText": "",
                      "Function": "select_text", "Args": {"text": word}},),
                    (("select_text", {"text": word}), ("bold", {})), uid=f"tiny-{word}",
                    document_bytes=build_bytes(SPEC))

    def instance_count(self) -> int:
        return 3


def solve(env: WordEnv) -> tuple:
    """The task's UI plan, then FINISH; the last step's result."""
    for step in env.unwrapped.task.ui_plan:
        _, _, terminated, _, info = env.step(step)
        assert info["ok"], info["message"]
        assert not terminated
    return env.step(FINISH)


# ------------------------------------------------------------------ episodes and rewards
@pytest.mark.parametrize("family", ["Bold", "Italic", "Align", "InsertTable", "Margins"])
def test_the_oracle_plan_succeeds_and_finish_ends_the_episode(family):
    env = WordEnv(family)
    obs, info = env.reset(seed=0)
    assert not info["success"] and info["task"]["family"] == family
    _, reward, terminated, truncated, info = solve(env)
    assert (reward, terminated, truncated, info["success"]) == (1.0, True, False, True)
    assert info["status"] == "FINISH" and info["is_success"]


def test_fail_ends_without_reward_and_nothing_ends_by_itself():
    env = WordEnv("Bold")
    env.reset(seed=1)
    for _ in range(40):  # no truncation from the env: that is TimeLimit's job
        _, reward, terminated, truncated, _ = env.step('select_text(text="zzz-none")')
        assert (reward, terminated, truncated) == (0.0, False, False)
    _, reward, terminated, _, info = env.step({"function": "", "status": "FAIL"})
    assert (reward, terminated, info["success"]) == (0.0, True, False)


def test_finish_on_success_terminates_as_the_goal_is_met():
    env = WordEnv(TinyFamily(), finish_on_success=True)
    env.reset(seed=0)
    word = env.task.goal[0][1]["text"]
    _, reward, terminated, _, _ = env.step(f'select_text(text="{word}")')
    assert (reward, terminated) == (0.0, False)
    _, reward, terminated, _, info = env.step('keyboard_input(keys="^b")')
    assert (reward, terminated, info["success"], info["score"]) == (1.0, True, True, 1.0)


def test_shaped_reward_is_potential_based():
    env = WordEnv(TinyFamily(), reward="shaped", gamma=0.9)
    env.reset(seed=0)
    word = env.task.goal[0][1]["text"]
    rewards = [env.step(f'select_text(text="{word}")')[1], env.step('keyboard_input(keys="^b")')[1]]
    rewards.append(env.step(FINISH)[1])
    assert rewards == pytest.approx([0.0, 0.9, 1.0 - 1.0])  # gamma*1 - 0, then 1 + (0 - 1)


def test_execute_runs_document_commands_and_checks_the_goal_again():
    """`execute` is Word's API beside the window: the goal's state follows at once, the next
    step's reward sees it, and it is no step (no history entry); failures are messages."""
    env = WordEnv(TinyFamily(), reward="shaped", gamma=0.9)
    env.reset(seed=0)
    word = env.task.goal[0][1]["text"]
    info = env.execute("select_text", text=word)
    assert info["ok"] and not info["success"]
    info = env.execute("bold")
    assert info["ok"] and info["success"] and info["score"] == 1.0
    for name, args, error in [("select_text", {"text": "zzz-none"}, "not found"),
                              ("no_such_command", {}, "unknown document command"),
                              ("bold", {"colour": 3}, "bold")]:
        info = env.execute(name, **args)
        assert not info["ok"] and error in info["message"] and info["success"]
    obs, reward, terminated, _, info = env.step(FINISH)
    assert terminated and info["success"] and reward == pytest.approx(1.0 + 0.0 - 0.0)
    assert obs["history"].count('"Step"') == 1  # FINISH only: execute is not a step
    with pytest.raises(Exception, match="reset"):
        WordEnv("Bold").execute("bold")


def test_an_unpickled_env_replays_what_execute_ran():
    env = WordEnv("Italic")
    env.reset(seed=3)
    for name, args in env.task.api_plan:
        env.execute(name, **dict(args))
    clone = pickle.loads(pickle.dumps(env))
    assert clone.document_bytes() == env.document_bytes()
    assert clone.step(FINISH)[4]["success"] and env.step(FINISH)[4]["success"]


def test_agent_mistakes_are_observations_never_exceptions():
    env = WordEnv("Bold")
    env.reset(seed=2)
    for action in [None, 3.5, [], {"function": "nope"}, "click_input(control_label='999')",
                   '{"Function": "click_input"', "\x00\x01", {"args": 5}, np.zeros(3), b"x"]:
        obs, reward, terminated, _, info = env.step(action)
        assert not info["ok"] and info["message"] and obs["result"]
        assert env.observation_space.contains(obs) and not terminated


def test_info_carries_the_step_log_and_the_lam_action():
    env = WordEnv("Bold")
    env.reset(seed=3)
    bold = next(e["label"] for e in env.session.control_list() if e["control_text"] == "Bold")
    _, _, _, _, info = env.step({"control_label": bold, "function": "click_input", "args": {}})
    log = info["step_log"]
    assert set(log) == {"Step", "Subtask", "ControlLabel", "ControlText", "Action", "ActionType",
                        "Results", "Application"}
    assert (log["Step"], log["ControlLabel"], log["ControlText"]) == (1, bold, "Bold")
    assert (log["Action"], log["ActionType"], log["Application"]) == \
        ("click_input()", "UIControl", "WINWORD.EXE")
    assert set(info["action"]) == {"thought", "control_label", "control_name", "function", "args",
                                   "status", "plan"}
    assert {"family", "request", "uid"} <= set(info["task"])


def test_info_obs_carries_the_other_mode():
    text = WordEnv("Bold", info_obs=True)
    _, info = text.reset(seed=0)
    assert text._numeric.space.contains(info["obs_numeric"])
    numeric = WordEnv("Bold", obs_mode="numeric", info_obs=True)
    _, info = numeric.reset(seed=0)
    assert numeric._text.space.contains(info["obs_text"])


# ------------------------------------------------------------------ the text observation
def test_text_observation_shows_request_controls_canvas_result_and_history():
    env = WordEnv(TinyFamily(), history=2)
    obs, info = env.reset(seed=0)
    word = env.task.goal[0][1]["text"]
    assert obs["request"] == env.task.request and obs["result"] == obs["history"] == ""
    assert json.loads(obs["controls"]) == env.session.control_list()
    assert obs["document"].splitlines()[1:] == [
        "# **|Notes**", "The quick brown fox jumps over the lazy dog.",
        "A second line of plain text here."]
    env.step(f'select_text(text="{word}")')
    obs, *_ = env.step('keyboard_input(keys="^b")')
    assert f"**«{word}»**" in obs["document"]
    obs, *_ = env.step('keyboard_input(keys="^e")')
    line = next(x for x in obs["document"].splitlines() if word in x)
    assert line.startswith("{center} ")
    history = [json.loads(x) for x in obs["history"].splitlines()]
    assert [h["Step"] for h in history] == [2, 3] and history[-1]["Action"].startswith("keyboard")
    assert obs["result"] == history[-1]["Results"]


def test_canvas_marks_tables_breaks_lists_and_layout():
    spec = "Title: Plan\n- first item\n1. numbered\n| a | b |\n| c | d |\n[page break]\nEnd."
    data = build_bytes(spec)
    task = Task("Custom", "Look.", "custom", (("test_env_bold", {"text": "End"}),),
                document_bytes=data)
    env = WordEnv(task)
    obs, _ = env.reset()
    lines = obs["document"].splitlines()
    assert lines[0].startswith("[section 1: portrait Letter")
    assert "Title: |Plan" in lines and "• first item" in lines and "1. numbered" in lines
    assert "[table 2x2]" in lines and "| a | b |" in lines and "| c | d |" in lines
    assert "[page break]" in lines
    env.step('keyboard_input(keys="^{END}")')
    obs, *_ = env.step('set_edit_text(control_label="{}", text="!")'.format(
        next(e["label"] for e in env.session.control_list() if e["control_type"] == "Document")))
    assert obs["document"].splitlines()[-1] == "End.!|"


def test_render_ansi_shows_window_menus_and_page():
    env = WordEnv("Bold", render_mode="ansi")
    assert env.render() == "(no episode: call reset())"
    env.reset(seed=0)
    screen = env.render()
    assert screen.splitlines()[0].endswith(" - Word ==") and "[Home]" in screen
    label = next(e["label"] for e in env.session.control_list() if e["control_text"] == "Change Case")
    env.step({"control_label": label, "function": "click_input"})
    screen = env.render()
    assert "menu" in screen and "UPPERCASE" in screen
    assert WordEnv("Bold").render() is None


# ------------------------------------------------------------------ tasks and documents
def test_reset_runs_a_given_task_or_its_json_and_custom_documents():
    env = WordEnv("Bold")
    env.reset(seed=5)
    task = env.task
    _, info = env.reset(options={"task": task.to_json()})
    assert env.task == task and info["task"]["uid"] == task.uid
    env = WordEnv([TinyFamily(), "Italic"])
    families = {env.reset(seed=s)[1]["task"]["family"] for s in range(12)}
    assert families == {"TestTinyBold", "Italic"}


def test_the_live_view_follows_every_change_across_episodes():
    """The incremental view (restored documents reuse the untouched view) equals a fresh one."""
    env = WordEnv(TinyFamily(), obs_mode="numeric")
    rng = np.random.default_rng(0)
    for episode in range(6):
        env.reset(seed=episode)
        for _ in range(12):
            env.step(int(rng.choice(np.flatnonzero(env.action_masks()))))
            ep: Episode = env._ep
            assert ep.view == DocumentView.of(ep.doc)
            assert ep.words.texts == tuple(ep.doc.texts())


def test_the_live_view_follows_actions_of_several_commands():
    env = WordEnv(TinyFamily())
    env.reset(seed=0)
    for keys in ("^{END}abc{ENTER}def{HOME}{ENTER}", "^{HOME}^b{END}{ENTER}^z", "+{UP}^i^e^z"):
        _, _, _, _, info = env.step({"function": "keyboard_input", "args": {"keys": keys}})
        assert info["ok"] and env._ep.view == DocumentView.of(env._ep.doc)


def test_a_new_episode_does_not_paste_what_the_last_one_copied():
    env = WordEnv(TinyFamily())
    env.reset(seed=0)
    env.step('select_text(text="fox")')
    assert env.step('keyboard_input(keys="^c")')[4]["ok"]
    env.reset(seed=0)
    _, _, _, _, info = env.step('keyboard_input(keys="^v")')
    assert not info["ok"] and "clipboard is empty" in info["message"]


def test_document_cache_keeps_a_few_documents_open():
    cache = DocumentCache(size=2)
    tasks = [Task("T", "r", f"# Doc {i}\nText.", (("test_env_bold", {"text": "Text"}),))
             for i in range(3)]
    entries = [cache.entry(t) for t in tasks]
    assert cache.entry(tasks[2]) is entries[2] and cache.entry(tasks[1]) is entries[1]
    assert cache.entry(tasks[0]) is not entries[0]  # evicted, opened again


# ------------------------------------------------------------------ determinism
def _rollout(mode: str, seed: int) -> tuple[list, bytes]:
    env = WordEnv("WordSim-v0", obs_mode=mode)
    rng = np.random.default_rng(seed)
    out = [env.reset(seed=seed)[0]]
    plan = list(env.task.ui_plan)
    for _ in range(25):
        if mode == "numeric":
            action = int(rng.choice(np.flatnonzero(env.action_masks())))
        else:
            action = plan.pop(0) if plan else rng.choice(
                ['keyboard_input(keys="^b")', 'keyboard_input(keys="+{RIGHT 4}")',
                 'keyboard_input(keys="^{HOME}")', 'select_text(text="the")',
                 'keyboard_input(keys="^e")', 'set_edit_text(control_label="55", text="x")'])
        obs, _, terminated, _, _ = env.step(action)
        out.append(obs)
        if terminated:
            break
    return out, env.document_bytes()


@pytest.mark.parametrize("mode", ["text", "numeric"])
def test_same_seed_and_actions_give_the_same_observations_and_bytes(mode):
    from gymnasium.utils.env_checker import data_equivalence

    first, second = _rollout(mode, 7), _rollout(mode, 7)
    assert data_equivalence(first[0], second[0], exact=True)
    assert first[1] == second[1]


# ------------------------------------------------------------------ recorder, benchmark
def test_recorder_writes_one_json_line_per_step(tmp_path):
    import gymnasium as gym

    import wordsim  # noqa: F401

    path = tmp_path / "rollouts" / "bold.jsonl"
    env = TrajectoryRecorder(gym.make("WordSim/Bold-v0", obs_mode="numeric"), path)
    for seed in (0, 1):
        env.reset(seed=seed)
        for step in env.unwrapped.task.ui_plan:
            env.step(step)
        env.step(int(env.unwrapped.catalogue.first["status"]))  # FINISH
    env.close()
    records = list(read_trajectories(path))
    assert [r["episode"] for r in records].count(1) == len(records) // 2
    last = records[-1]
    assert last["success"] and last["reward"] == 1.0 and last["terminated"]
    assert last["lam"]["status"] == "FINISH" and last["action_index"] is not None
    first = records[0]
    assert first["observation"]["request"] == first["request"]
    assert first["action"]["Application"] == "WINWORD.EXE" and first["action_index"] is None
    assert "|" in first["observation"]["document"]


def test_env_benchmark_reports_every_figure():
    from envs import bench

    figures = bench.measure(repeat=16)
    for key in ("text_steps_per_s", "numeric_steps_per_s", "session_steps_per_s", "reset_ms",
                "reset_sample_ms", "rss_mb_per_env", "vector_sync_steps_per_s",
                "vector_async_steps_per_s"):
        assert figures[key] > 0, key
    for key in ("text_steps_per_s_met", "numeric_steps_per_s_met", "reset_met"):
        assert isinstance(figures[key], bool)
    assert "reset onto a kept document" in bench.report(figures)

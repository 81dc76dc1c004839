"""WordEnv: one gymnasium environment for every WordSim task."""

from __future__ import annotations

from typing import Any, NamedTuple

import gymnasium as gym
import numpy as np
from gymnasium import spaces
from gymnasium.error import ResetNeeded

from envs.actions_discrete import catalogue
from envs.observations import DocumentCache, Episode, NumericObserver, TextObserver, step_log
from envs.observations.render import ansi
from envs.real_backend import BackendJudge
from envs.spaces import text_action_space
from envs.suite import DEFAULT_SUITE, family_ids, resolve, sample
from envs.tasks.base import SPLITS, Task
from rewards import CATALOGUE, CheckResult, PotentialShaping, evaluate_joint, sparse_reward
from wordsim.document import CommandError
from wordsim.session import ActionResult

OBS_MODES = ("text", "numeric")
REWARDS = ("sparse", "shaped")
_ENDS = ("FINISH", "FAIL")
_PER_TASK = ("mask", "task")  # memo entries a next episode on the same document cannot reuse


class WordEnv(gym.Env):
    """Operate a simulated Microsoft Word window to do what a user asks.

    ## Description
    Each episode opens a starting document in a headless Word window and states a request
    ("Make the phrase 'annual budget' bold."). The agent acts as a UFO app agent does: clicks
    labelled controls (ribbon tabs, buttons, menus, dialogs), types, presses shortcuts and calls
    Word's API (`select_text`, `insert_table`, ...). Checkers from `rewards/` judge the live
    document against the task's goal.

    ## Action Space
    `obs_mode="text"`: a `Text` space; `step` takes any action form of the contract — a dict,
    UFO AppAgent JSON, LAM 7-key JSON, a call string such as `select_text(text="hello")` or a
    UFO dataflow plan step. `obs_mode="numeric"`: `Discrete(n)` over `envs.actions_discrete`
    (click control slot i, each Word shortcut, select paragraph k, select / extend to / start at
    word j of the word window, type a text argument of the task, select a target of the task
    — a text its goal is about —, FINISH, FAIL);
    `action_masks()` gives the valid indices and `describe_action(i)` says what one does. A
    masked or invalid index, and any malformed action, is harmless: an error message in the
    observation, never an exception. Numeric mode also accepts the text forms.

    ## Observation Space
    `text`: a Dict of Text — "request", "controls" (UFO's control list JSON), "document" (the
    canvas with formatting marks, the caret "|" or the selection «...», see
    `envs.observations.canvas`), "result" (the last action's message) and "history" (the last
    `history` steps as UFO history JSON lines). Characters outside the spaces' charset are shown
    as "?". `numeric`: a single-level Dict for SB3 — "controls" (128 x F), "document" (64 x G),
    "words" (128 x H), "task" and "action_mask" (MultiBinary n); see `envs.observations`.

    ## Rewards
    `reward="sparse"`: 1.0 on the step that ends the episode when the goal is met, else 0.
    `reward="shaped"`: the same plus potential-based shaping `gamma * score' - score` from the
    goal's score in [0, 1] (0 after the last step), which leaves the optimal policy unchanged.
    `info` carries "success", "is_success", "score", "details", "task", "ok", "message",
    "status", "step_log" (UFO's step-log fields), "action" (the LAM 7-key form) and, with
    `info_obs=True`, the other observation mode under "obs_text" or "obs_numeric".
    With a real `backend`, the step that ends the episode (terminated, or the step the TimeLimit
    of the registered id truncates) is rewarded by the backend's verdict: its own saved document
    judged by the same checker; "success" / "is_success" say that verdict and `info["backend"]`
    holds {"name", "success", "sim_success", "agrees" (same normalised documents and verdicts),
    "disagreements" (in words), "differences", "mirror", "details"}.

    ## Starting State
    A task drawn from `np_random`: a family of the suite, then a starting document, request and
    goal from the family; or the `Task` passed as `reset(options={"task": task})`. The window
    opens on the Home tab with the caret at the start of the document.

    ## Episode End
    Terminated when the agent's status is FINISH or FAIL, when it closes the document, or, with
    `finish_on_success=True`, as soon as the goal is met. Truncation comes from the TimeLimit
    of the registered id (`max_episode_steps`), never from the environment itself.

    ## Arguments
    `task`: "WordSim-v0" (every family), a family id or "WordSim/<Family>-v0", a list of them,
    a `TaskFamily` instance or a `Task`; `obs_mode`: "text" | "numeric"; `reward`: "sparse" |
    "shaped"; `split`: "train" | "test" (held-out phrasings and documents); `difficulty`: None
    (the family's choice) or a level; `finish_on_success`; `render_mode`: None | "ansi";
    `info_obs`; `history`: steps shown in the text observation; `gamma`: the shaping discount;
    `cache_size`: starting documents kept open; `backend`: "sim" (the default: the simulator
    alone, at no cost), "libreoffice" or "word" — a real word processor that runs every document
    command of the episode beside the simulator (observations still come from the simulator,
    which models the UI), opened by the env and closed by `close()` — or a
    `wordsim.backends.Backend` instance, which the caller keeps and closes.

    ## Version History
    - v0: the first version.
    """

    metadata = {"render_modes": ["ansi"], "render_fps": 4}

    def __init__(self, task: Any = DEFAULT_SUITE, obs_mode: str = "text", reward: str = "sparse",
                 split: str = "train", difficulty: int | None = None,
                 finish_on_success: bool = False, render_mode: str | None = None,
                 info_obs: bool = False, history: int = 5, gamma: float = 0.99,
                 cache_size: int = 8, backend: Any = "sim"):
        _choose("obs_mode", obs_mode, OBS_MODES)
        _choose("reward", reward, REWARDS)
        _choose("split", split, SPLITS)
        _choose("render_mode", render_mode, (None, *self.metadata["render_modes"]))
        self._config = dict(task=task, obs_mode=obs_mode, reward=reward, split=split,
                            difficulty=difficulty, finish_on_success=finish_on_success,
                            render_mode=render_mode, info_obs=info_obs, history=history,
                            gamma=gamma, cache_size=cache_size, backend=backend)
        self.obs_mode, self.reward_mode, self.split = obs_mode, reward, split
        self.difficulty, self.finish_on_success = difficulty, finish_on_success
        self.render_mode, self.info_obs, self.gamma = render_mode, info_obs, gamma
        if isinstance(task, Task):
            self._task, self.suite = task, ()
            extra = (task.family,)
        else:
            self._task, self.suite, extra = None, resolve(task), ()
        self.catalogue = catalogue()
        self._text = TextObserver(history)
        self._numeric = None
        if obs_mode == "numeric" or info_obs:
            self._numeric = NumericObserver(family_ids(self.suite, extra), CATALOGUE)
        self.observation_space = self._numeric.space if obs_mode == "numeric" \
            else self._text.space
        self.action_space = spaces.Discrete(self.catalogue.n) if obs_mode == "numeric" \
            else text_action_space()
        self._cache = DocumentCache(cache_size)
        self._ep: Episode | None = None
        self._check: CheckResult | None = None
        self._shaping = PotentialShaping(gamma)
        self._trace: list = []  # this episode's actions, replayed when unpickled
        self._judge = None if backend == "sim" else BackendJudge(backend)

    # ------------------------------------------------------------------ gymnasium API
    def reset(self, *, seed: int | None = None, options: dict | None = None):
        super().reset(seed=seed)
        task = (options or {}).get("task")
        if task is None:
            task = self._task or sample(self.suite, self.np_random, self.split, self.difficulty)
        elif not isinstance(task, Task):
            task = Task.from_json(task)
        self._start(task)
        obs = self._observe()
        ep = self._ep
        ep.entry.reset_memo = {k: v for k, v in ep.memo.items() if k not in _PER_TASK}
        return obs, self._info(None, None, "CONTINUE")

    def step(self, action):
        ep = self._ep
        if ep is None:
            raise ResetNeeded("call reset() before step()")
        self._trace.append(action)
        ep.steps += 1
        shown = ep.session.controls()  # the list whose labels the agent acted on
        index = _index(action) if self.obs_mode == "numeric" else None
        if index is None:  # any action form: the session parses it
            result = ep.session.step(action)
        else:
            resolved = self.catalogue.action(index, ep)
            result = ActionResult(False, resolved) if isinstance(resolved, str) \
                else ep.session.step(resolved)
        if ep.follow(result.changes):
            self._check = evaluate_joint(ep.task.goal, ep.entry.before, ep.view)
        parsed = result.action
        control = shown.by_label(parsed.control_label) if parsed and parsed.control_label else None
        log = step_log(ep.steps, parsed, result.message, control.name if control else "")
        if index is not None and not log["Subtask"]:
            log["Subtask"] = self.catalogue.describe(index)
        self._text.record(log)
        status = result.status
        success = self._check.success
        terminated = status in _ENDS or ep.session.closed or (self.finish_on_success and success)
        judged = self._judge_backend(terminated, success)
        reward = sparse_reward(terminated and (success if judged is None else judged["success"]))
        if self.reward_mode == "shaped":
            reward += self._shaping.step(self._check.score, terminated)
        info = self._info(result, log, status)
        if judged is not None:
            info.update(success=judged["success"], is_success=judged["success"], backend=judged)
        return self._observe(), float(reward), bool(terminated), False, info

    def render(self) -> str | None:
        if self.render_mode != "ansi":
            return None
        if self._ep is None:
            return "(no episode: call reset())"
        return ansi(self._ep)

    def close(self) -> None:
        self._cache.clear()
        self._ep = None
        if self._judge is not None:
            self._judge.close()

    # ------------------------------------------------------------------ extras
    def action_masks(self) -> np.ndarray:
        """Valid discrete actions now (bool, length n), as sb3-contrib's MaskablePPO asks."""
        if self.obs_mode != "numeric":
            raise ValueError("action_masks() is for obs_mode='numeric'")
        if self._ep is None:
            raise ResetNeeded("call reset() before action_masks()")
        return self.catalogue.shared_mask(self._ep).astype(bool)  # astype: a fresh array

    def describe_action(self, i: int) -> str:
        """What discrete action `i` does, with what it would act on now."""
        text = self.catalogue.describe(int(i))
        if self._ep is None or not 0 <= int(i) < self.catalogue.n:
            return text
        action = self.catalogue.action(int(i), self._ep)
        if isinstance(action, str):
            return f"{text}: not available now ({action})"
        target = ""
        if action.control_label:
            control = self._ep.session.controls().by_label(action.control_label)
            target = f" on {control.name!r} ({control.control_type})" if control else ""
        return f"{text}: {action.call_string(with_control=True)}{target}"

    def execute(self, command: str, /, **args) -> dict:
        """Run document command `command` (a name of `wordsim.document.COMMANDS` — `select_text`,
        `bold`, `insert_table`, ... — or "undo" / "redo") on the running episode, as a program
        calls Word's API beside the window (the API-level oracle does): the goal is checked again
        as after a step, so the next step's reward and `info` see the edit. It is not an agent
        step: no observation, reward, step count or history entry. Returns an `info` dict as
        `step`'s ("ok", "message", "success", "score", "details", ...); a failing command or
        an unknown name gives ok False and the error as the message, never an exception."""
        ep = self._ep
        if ep is None:
            raise ResetNeeded("call reset() before execute()")
        self._trace.append(_Executed(command, dict(args)))
        try:
            message, ok = ep.session.execute(command, **args), True
        except (CommandError, KeyError) as exc:  # KeyError: no such command
            message, ok = (exc.args[0] if isinstance(exc, KeyError) else str(exc)), False
        if ep.follow():
            self._check = evaluate_joint(ep.task.goal, ep.entry.before, ep.view)
        return self._info(ActionResult(ok, message), None, "CONTINUE")

    def text_observation(self) -> dict[str, str]:
        """The text observation of the state now, whatever `obs_mode` is (for recorders and
        LLM agents driving a numeric env)."""
        if self._ep is None:
            raise ResetNeeded("call reset() first")
        return self._text.observe(self._ep)

    @property
    def task(self) -> Task | None:
        """The running episode's task."""
        return self._ep.task if self._ep is not None else None

    @property
    def session(self):
        """The running episode's wordsim Session (read it; acting on it bypasses the env)."""
        return self._ep.session if self._ep is not None else None

    def document_bytes(self) -> bytes:
        """The document as it is now, as .docx bytes (deterministic)."""
        if self._ep is None:
            raise ResetNeeded("call reset() first")
        return self._ep.doc.save()

    @property
    def backend(self):
        """The real backend following the episodes (a `wordsim.backends.Backend`); None for
        the simulator alone."""
        return self._judge.backend if self._judge is not None else None

    # ------------------------------------------------------------------ internals
    def _judge_backend(self, terminated: bool, success: bool) -> dict | None:
        """The backend's verdict on the step that ends the episode; None before, or without a
        real backend."""
        if self._judge is None:
            return None
        limit = None
        if self.spec is not None:  # gym.make gives the env its spec without the time limit
            try:
                limit = gym.spec(self.spec.id).max_episode_steps
            except gym.error.Error:  # an unregistered spec
                limit = self.spec.max_episode_steps
        if not (terminated or (limit and self._ep.steps >= limit)):
            return None
        return self._judge.judge(self._ep.task.goal, self._ep.doc, success)

    def _start(self, task: Task) -> None:
        if self._judge is not None:
            self._judge.detach()  # restoring the document must not reload the backend
        entry = self._cache.entry(task)
        if self._judge is not None:
            self._judge.attach(entry.session)
        self._ep = Episode(task, entry)
        self._text.reset()
        self._trace = []
        key = repr(task.goal)
        check = entry.checks.get(key)
        if check is None:
            check = entry.checks[key] = evaluate_joint(task.goal, entry.before, entry.before)
        self._check = check
        self._shaping.reset(check.score)

    def _observe(self) -> Any:
        if self.obs_mode == "numeric":
            return self._numeric.observe(self._ep)
        return self._text.observe(self._ep)

    def _info(self, result: ActionResult | None, log: dict | None, status: str) -> dict:
        check, task = self._check, self._ep.task
        info = {
            "success": bool(check.success),
            "is_success": bool(check.success),
            "score": float(check.score),
            "details": list(check.details),
            "task": {"family": task.family, "request": task.request, "uid": task.uid,
                     "difficulty": task.difficulty, "split": task.split},
            "ok": True if result is None else bool(result.ok),
            "message": "" if result is None else result.message,
            "status": status,
        }
        if log is not None:
            info["step_log"] = log
            info["action"] = result.action.to_lam() if result.action is not None else None
        if self.info_obs:
            if self.obs_mode == "numeric":
                info["obs_text"] = self._text.observe(self._ep)
            else:
                info["obs_numeric"] = self._numeric.observe(self._ep)
        return info

    # ------------------------------------------------------------------ pickling
    def __getstate__(self) -> dict:
        return {
            "config": self._config,
            "spec": self.spec,
            "spaces": (self.observation_space, self.action_space),
            "rng": self._np_random,
            "seed": self._np_random_seed,
            "task": self._ep.task if self._ep is not None else None,
            "trace": list(self._trace),
        }

    def __setstate__(self, state: dict) -> None:
        self.__init__(**state["config"])
        self.spec = state["spec"]
        self.observation_space, self.action_space = state["spaces"]
        if state["task"] is not None:
            self._start(state["task"])
            for action in state["trace"]:  # the simulator is deterministic: replay is exact
                if isinstance(action, _Executed):
                    self.execute(action.command, **action.args)
                else:
                    self.step(action)
        self._np_random, self._np_random_seed = state["rng"], state["seed"]


class _Executed(NamedTuple):
    """A document command run through `WordEnv.execute`, in the trace replayed on unpickling."""

    command: str
    args: dict


def _index(action) -> int | None:
    """An integer action (Python or NumPy, or a one-element integer array), else None."""
    if isinstance(action, (bool, np.bool_)):
        return None
    if isinstance(action, (int, np.integer)):
        return int(action)
    if isinstance(action, np.ndarray) and action.size == 1 and action.dtype.kind in "iu":
        return int(action.reshape(()))
    return None


def _choose(name: str, value, options) -> None:
    if value not in options:
        raise ValueError(f"{name} must be one of {options}, got {value!r}")


__all__ = ["OBS_MODES", "REWARDS", "WordEnv"]

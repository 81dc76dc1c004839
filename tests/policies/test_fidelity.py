"""Measured agreement: the simulator agrees with itself, a backend that gets bold wrong is
caught naming the property, families a backend cannot do are listed apart, the CLI prints and
serialises it all, and the env judges the episode's end by its backend."""

from __future__ import annotations

import io
import json
import zipfile

import gymnasium as gym
import pytest

import wordsim
from envs.word_env import WordEnv
from policies.cli import main
from policies.fidelity import measure
from policies.oracle import UIOracle
from wordsim.backends import (
    BACKENDS,
    BackendError,
    SimBackend,
    UnsupportedCommand,
    UnsupportedDocument,
)

FAMILIES = ["Bold", "InsertTable", "PageBreak", "HeaderText", "Bullets"]


class _NoBold(SimBackend):
    """A backend that quietly does nothing for bold."""

    name = "nobold"

    def execute(self, command, /, **args):
        if command == "bold":
            return ""
        return super().execute(command, **args)


class _NoTables(SimBackend):
    name = "notables"

    def execute(self, command, /, **args):
        if command == "insert_table":
            raise UnsupportedCommand("no tables here")
        return super().execute(command, **args)


class _NoTableDocuments(SimBackend):
    """A backend that cannot open documents holding a table (as LibreOffice 7.4 cannot open
    those with comments in a view)."""

    name = "notabledocs"

    def load(self, data):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if b"<w:tbl>" in z.read("word/document.xml"):
                raise UnsupportedDocument("documents with tables are not supported")
        super().load(data)


class _DiesOnBold(SimBackend):
    name = "dies"
    dead = False

    def load(self, data):
        self.dead = False  # a fresh process
        super().load(data)

    def execute(self, command, /, **args):
        if command == "bold" or self.dead:
            self.dead = True
            raise BackendError("the process went away")
        return super().execute(command, **args)

    def save(self):
        if self.dead:
            raise BackendError("not running")
        return super().save()


class _Closing(SimBackend):
    closed = 0

    def close(self):
        type(self).closed += 1


def test_the_simulator_agrees_with_itself():
    report = measure(SimBackend(), FAMILIES, episodes=2).to_json()
    assert report["agreement"] == 1.0 and report["episodes"] == 10
    for family in FAMILIES:
        entry = report["per_family"][family]
        assert (entry["agreement"], entry["episodes"], entry["status"]) == (1.0, 2, "ok")
        assert entry["disagreements"] == []


def test_a_backend_that_ignores_bold_is_caught_naming_the_property(tmp_path):
    report = measure(_NoBold(), ["Bold", "Italic"], episodes=2, out=tmp_path)
    data = report.to_json()
    bold, italic = data["per_family"]["Bold"], data["per_family"]["Italic"]
    assert bold["agreement"] == 0.0 and italic["agreement"] == 1.0
    assert data["agreement"] == 0.5
    episode = bold["disagreements"][0]
    assert episode["sim_success"] and not episode["backend_success"]
    assert any(": bold: sim True, backend False" in d for d in episode["differences"])
    assert "bold: sim True, backend False" in report.disagreements()
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["Bold-0-nobold.docx", "Bold-0-simulator.docx",
                       "Bold-1-nobold.docx", "Bold-1-simulator.docx"]


def test_families_a_backend_cannot_do_are_listed_not_counted():
    report = measure(_NoTables(), ["InsertTable", "Bold"], episodes=1)
    data = report.to_json()
    tables = data["per_family"]["InsertTable"]
    assert tables["status"] == "unsupported" and tables["agreement"] is None
    assert tables["unsupported_commands"] == ["insert_table"] and tables["disagreements"] == []
    assert data["unsupported_families"] == ["InsertTable"] and data["agreement"] == 1.0
    assert "unsupported (insert_table)" in report.table()


def test_documents_a_backend_cannot_open_make_the_family_unsupported():
    report = measure(_NoTableDocuments(), ["AddTableRow"], episodes=1).to_json()
    family = report["per_family"]["AddTableRow"]
    assert family["status"] == "unsupported" and family["unsupported_commands"] == ["load"]


def test_a_backend_that_dies_is_a_disagreement_not_a_crash():
    report = measure(_DiesOnBold(), ["Bold"], episodes=2)
    data = report.to_json()["per_family"]["Bold"]
    assert data["agreement"] == 0.0 and data["status"] == "ok"
    episode = data["disagreements"][0]
    assert [(m["command"], m["kind"]) for m in episode["mirror"]] == [("bold", "failed")]
    assert "mirror: bold: failed: the process went away" in report.disagreements()


def test_bad_arguments_are_clear_errors(capsys):
    with pytest.raises(ValueError, match="unknown task families"):
        measure(SimBackend(), ["NoSuchFamily"])
    assert main(["fidelity", "--backend", "sim", "--family", "NoSuchFamily"]) == 2
    assert "unknown task families" in capsys.readouterr().err


def test_cli_prints_a_table_and_json(capsys):
    assert main(["fidelity", "--backend", "sim", "--episodes", "1", "--family", "Bold",
                 "--family", "Align"]) == 0
    out = capsys.readouterr().out
    assert "Bold" in out and "overall agreement 1.000 (2/2" in out
    assert main(["fidelity", "--backend", "sim", "--episodes", "1", "--family", "Bold",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"agreement", "episodes", "per_family", "backend", "seconds_per_episode"} <= set(data)
    assert set(data["per_family"]["Bold"]) >= {"agreement", "episodes", "status",
                                               "disagreements"}


# ---------------------------------------------------------------------------------- the env
def _oracle_episode(env, seed=0):
    oracle = UIOracle()
    obs, info = env.reset(seed=seed)
    oracle.reset(env)
    infos = []
    while True:
        obs, reward, terminated, truncated, info = env.step(oracle.act(env, obs))
        infos.append(info)
        if terminated or truncated:
            return reward, infos


def test_env_with_the_simulator_as_backend_ends_byte_identical():
    backend = SimBackend()
    env = WordEnv(task="Bold", backend=backend)
    reward, infos = _oracle_episode(env)
    assert all("backend" not in info for info in infos[:-1])  # judged at the end only
    judged = infos[-1]["backend"]
    assert judged["agrees"] and judged["success"] and judged["disagreements"] == []
    assert reward == 1.0 and infos[-1]["success"]
    assert env.backend is backend and backend.save() == env.document_bytes()
    env.close()


def test_env_reward_is_the_backend_verdict():
    env = WordEnv(task="Bold", backend=_NoBold())
    reward, infos = _oracle_episode(env, seed=1)
    judged = infos[-1]["backend"]
    assert reward == 0.0 and not infos[-1]["success"] and judged["sim_success"]
    assert not judged["agrees"] and any("bold" in d for d in judged["disagreements"])
    env.close()


def test_env_default_has_no_backend():
    env = WordEnv(task="Bold")
    reward, infos = _oracle_episode(env)
    assert env.backend is None and reward == 1.0 and "backend" not in infos[-1]
    env.close()


def test_env_judges_the_step_the_time_limit_truncates():
    env = gym.make("WordSim/Bold-v0", backend=SimBackend())
    limit = gym.spec("WordSim/Bold-v0").max_episode_steps
    env.reset(seed=0)
    for _ in range(limit - 1):
        _, _, _, truncated, info = env.step('keyboard_input(keys="{RIGHT}")')
        assert not truncated and "backend" not in info
    _, reward, terminated, truncated, info = env.step('keyboard_input(keys="{RIGHT}")')
    assert truncated and not terminated and reward == 0.0
    assert info["backend"]["agrees"] and not info["backend"]["success"]
    env.close()


def test_env_closes_a_backend_it_opened(monkeypatch):
    monkeypatch.setitem(BACKENDS, "closing", f"{__name__}:_Closing")
    env = WordEnv(task="Bold", backend="closing")
    _oracle_episode(env)
    env.close()
    assert _Closing.closed == 1
    assert wordsim  # registration of the ids used above


# ---------------------------------------------------------------------------------- LibreOffice
def test_libreoffice_fidelity_smoke_run():
    report = measure("libreoffice", ["Bold", "Align"], episodes=1)
    data = report.to_json()
    assert data["backend"] == "libreoffice" and data["episodes"] == 2
    assert [data["per_family"][f]["status"] for f in ("Bold", "Align")] == ["ok", "ok"]
    for episode in report.episodes:  # a disagreement always says what differs
        assert episode.agrees or episode.differences or episode.mirror \
            or episode.sim_success != episode.backend_success
    assert data["per_family"]["Bold"]["agreement"] == 1.0, report.disagreements()


def test_env_with_libreoffice_judges_its_document():
    env = WordEnv(task="Bold", backend="libreoffice")
    try:
        reward, infos = _oracle_episode(env)
        judged = infos[-1]["backend"]
        assert judged["name"] == "libreoffice" and judged["sim_success"]
        assert reward == float(judged["success"]) and judged["agrees"], judged["disagreements"]
    finally:
        env.close()

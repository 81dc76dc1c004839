"""Instance counts: the same in every process (whatever the hash seed), cached by the digest of
what they depend on (a changed file is never answered from an old cache file; no home or a
read-only disk only costs the time), and never fewer than the distinct instances the families
sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from envs.tasks.base import SPLITS, TaskFamily
from envs.tasks.counts import cache_path, fingerprint, instance_counts
from envs.tasks.registry import families, get_family

ROOT = Path(__file__).resolve().parents[2]
# One family of each kind (formatting, editing, structure, layout, composite): counting every
# family cold takes the better part of a minute.
SOME = ("Align", "Bold", "ReplaceAll", "AddTableRow", "PageNumbers", "Composite")
_COUNT = ("import json; from envs.tasks.registry import families; f = families(); "
          f"print(json.dumps({{k: f[k].instance_count() for k in {SOME!r}}}))")


def _count_in_a_process(hash_seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run([sys.executable, "-c", _COUNT], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True, timeout=600)
    return json.loads(out.stdout)


def test_counts_are_the_same_in_every_process():
    first, second = _count_in_a_process("1"), _count_in_a_process("2")
    assert first == second
    assert first == {k: get_family(k).instance_count() for k in SOME}


def test_counts_are_cached_by_what_they_depend_on(tmp_path, monkeypatch):
    monkeypatch.setenv("WORDSIM_CACHE_DIR", str(tmp_path))
    fams = {k: get_family(k) for k in ("Align", "Orientation")}
    counts = instance_counts(fams)
    assert counts == {k: f.instance_count() for k, f in fams.items()}
    (cached,) = tmp_path.iterdir()
    assert cached == cache_path(fams) and fingerprint() in cached.name
    assert json.loads(cached.read_text()) == counts
    cached.write_text(json.dumps({**counts, "Align": 7}))  # what the file says is used
    assert instance_counts(fams)["Align"] == 7
    assert instance_counts(fams, use_cache=False)["Align"] == counts["Align"]
    cached.write_text("{not json")  # a damaged file is counted again and replaced
    assert instance_counts(fams) == counts and json.loads(cached.read_text()) == counts


def test_families_from_outside_are_counted_each_time_and_change_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("WORDSIM_CACHE_DIR", str(tmp_path))

    class Outside(TaskFamily):
        id = "Align"  # even under a built-in id, its count is its own

        def instance_count(self) -> int:
            return 3

    built_in = {"Align": get_family("Align")}
    instance_counts(built_in)
    assert instance_counts({"Align": Outside()}) == {"Align": 3}
    assert cache_path({"Align": Outside()}) != cache_path(built_in)


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_the_fingerprint_changes_with_any_file_it_depends_on(tmp_path):
    files = {"envs/tasks/a.py": "x = 1\n", "envs/tasks/corpus/train/d.txt": "Text\n",
             "wordsim/data/ui/w.json": "{}", "wordsim/b.py": ""}
    digests = {fingerprint(_tree(tmp_path / "base", files))}
    for changed in ({"envs/tasks/a.py": "x = 2\n"},  # a source edited
                    {"envs/tasks/corpus/train/e.txt": "New\n"},  # a document added
                    {"wordsim/data/templates/t.txt": "A template\n"},  # any data file
                    {"wordsim/data/ui/w.json": "{\"a\": 1}"}):
        digests.add(fingerprint(_tree(tmp_path / str(len(digests)), {**files, **changed})))
    renamed = {("wordsim/c.py" if k == "wordsim/b.py" else k): v for k, v in files.items()}
    digests.add(fingerprint(_tree(tmp_path / "renamed", renamed)))
    assert len(digests) == 6
    same = _tree(tmp_path / "same", {**files, "wordsim/__pycache__/b.cpython-311.pyc": "compiled",
                                      "wordsim/backends/word/com.py": "# never sampled with"})
    assert fingerprint(same) == fingerprint(tmp_path / "base")


def test_counts_without_a_home_or_a_writable_folder(tmp_path, monkeypatch):
    fams = {"Orientation": get_family("Orientation")}
    expected = {"Orientation": fams["Orientation"].instance_count()}
    for name in ("WORDSIM_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache_path(fams) is None and instance_counts(fams) == expected
    blocked = tmp_path / "a file"  # a cache folder that cannot be made (as a read-only disk)
    blocked.write_text("")
    monkeypatch.setenv("WORDSIM_CACHE_DIR", str(blocked / "cache"))
    assert instance_counts(fams) == expected and blocked.read_text() == ""


@pytest.mark.parametrize("family_id", sorted(families()))
def test_count_covers_the_distinct_sampled_instances(family_id):
    family = get_family(family_id)
    seeds = range(40) if family_id == "Composite" else range(150)
    seen = {family.sample(np.random.default_rng(seed), split).uid
            for split in SPLITS for seed in seeds}
    assert family.instance_count() >= len(seen) > 1

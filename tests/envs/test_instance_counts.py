"""Instance counts: the same in every process (whatever the hash seed), cached by the digest of
what they depend on, and never fewer than the distinct instances the families sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from envs.tasks.base import SPLITS
from envs.tasks.counts import fingerprint, instance_counts
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
    assert cached.name == f"instance_counts-{fingerprint()}.json"
    assert json.loads(cached.read_text()) == counts
    cached.write_text(json.dumps({**counts, "Align": 7}))  # what the file says is used
    assert instance_counts(fams)["Align"] == 7
    assert instance_counts(fams, use_cache=False)["Align"] == counts["Align"]
    cached.write_text("{not json")  # a damaged file is counted again and replaced
    assert instance_counts(fams) == counts and json.loads(cached.read_text()) == counts


@pytest.mark.parametrize("family_id", sorted(families()))
def test_count_covers_the_distinct_sampled_instances(family_id):
    family = get_family(family_id)
    seeds = range(40) if family_id == "Composite" else range(150)
    seen = {family.sample(np.random.default_rng(seed), split).uid
            for split in SPLITS for seed in seeds}
    assert family.instance_count() >= len(seen) > 1

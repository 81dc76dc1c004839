"""Which task families an environment samples from: "WordSim-v0" is the mixed default suite
(every registered family), "WordSim/<Family>-v0" or "<Family>" one family; lists combine."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from envs.tasks.base import Task, TaskFamily
from envs.tasks.registry import families, get_family

DEFAULT_SUITE = "WordSim-v0"
NAMESPACE = "WordSim"
_FAMILY_ENV = re.compile(rf"^(?:wordsim:)?{NAMESPACE}/(?P<family>[^/]+)-v\d+$")


def env_id(family_id: str) -> str:
    """The gymnasium id of one family's environment."""
    return f"{NAMESPACE}/{family_id}-v0"


def default_suite() -> tuple[TaskFamily, ...]:
    """Every registered family, by id."""
    registered = families()
    return tuple(registered[k] for k in sorted(registered))


def resolve(task) -> tuple[TaskFamily, ...]:
    """The families a `task` argument names: the default suite's id (or None), a family's env id
    or family id, a TaskFamily instance (a custom family, registered or not), or a list of
    these. Raises ValueError for an empty suite and KeyError for an unknown family."""
    if task is None or task in (DEFAULT_SUITE, f"wordsim:{DEFAULT_SUITE}"):
        out = default_suite()
        if not out:
            raise ValueError("the default suite is empty: no task family is registered in "
                             "envs/tasks/families (or pass task=<a TaskFamily or Task>)")
        return out
    if isinstance(task, TaskFamily):
        return (task,)
    if isinstance(task, str):
        match = _FAMILY_ENV.match(task)
        return (get_family(match.group("family") if match else task),)
    if isinstance(task, Sequence):
        out = []
        for item in task:
            out.extend(f for f in resolve(item) if f not in out)
        if not out:
            raise ValueError("an empty list of task families")
        return tuple(out)
    raise TypeError(f"task must be a suite or family id, a TaskFamily, a Task or a list of them; "
                    f"got {type(task).__name__}")


def family_ids(suite: Sequence[TaskFamily], extra: Sequence[str] = ()) -> tuple[str, ...]:
    """Ids a numeric observation one-hot encodes: every registered family (so every env id
    shares one shape), then the suite's own unregistered ones."""
    out = list(sorted(families()))
    for fid in [f.id for f in suite] + list(extra):
        if fid not in out:
            out.append(fid)
    return tuple(out)


def sample(suite: Sequence[TaskFamily], rng: np.random.Generator, split: str,
           difficulty: int | None) -> Task:
    """A family, then a task of it, both drawn from `rng`."""
    family = suite[int(rng.integers(len(suite)))] if len(suite) > 1 else suite[0]
    return family.sample(rng, split, difficulty)

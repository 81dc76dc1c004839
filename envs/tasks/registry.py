"""Every task family, by id: the modules in envs/tasks/families register theirs on import."""

from __future__ import annotations

import importlib
import pkgutil

from .base import TaskFamily

FAMILIES: dict[str, TaskFamily] = {}


def register(family_cls: type[TaskFamily]) -> type[TaskFamily]:
    """Class decorator: add one instance of a TaskFamily subclass to FAMILIES."""
    fam = family_cls()
    if not fam.id or fam.id in FAMILIES:
        raise ValueError(f"task family id {fam.id!r} is empty or registered twice")
    FAMILIES[fam.id] = fam
    return family_cls


def families() -> dict[str, TaskFamily]:
    """All families, loading envs/tasks/families/* once."""
    if not _LOADED:
        from . import families as package

        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{info.name}")
        _LOADED.append(True)  # samplers ask on every draw: the folder is listed once
    return FAMILIES


_LOADED: list[bool] = []


def get_family(family_id: str) -> TaskFamily:
    fams = families()
    try:
        return fams[family_id]
    except KeyError:
        raise KeyError(f"unknown task family {family_id!r}; known: {sorted(fams)}") from None

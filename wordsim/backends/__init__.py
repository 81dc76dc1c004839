"""Word processors behind one interface: the simulator, real Word (Windows) and LibreOffice."""

from __future__ import annotations

from importlib import import_module

from .base import Backend, BackendError, UnsupportedCommand, UnsupportedDocument
from .mirror import Disagreement, Mirror
from .sim import SimBackend

# name -> "module:class"; the real backends import their bridges only when asked for
BACKENDS = {
    "sim": "wordsim.backends.sim:SimBackend",
    "libreoffice": "wordsim.backends.libreoffice:LibreOfficeBackend",
    "word": "wordsim.backends.word:WordBackend",
}


def open_backend(name: str, **kwargs) -> Backend:
    """A new backend by name (`sim`, `libreoffice`, `word`)."""
    try:
        module, cls = BACKENDS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; known: {sorted(BACKENDS)}") from None
    return getattr(import_module(module), cls)(**kwargs)


__all__ = ["BACKENDS", "Backend", "BackendError", "Disagreement", "Mirror", "SimBackend",
           "UnsupportedCommand", "UnsupportedDocument", "open_backend"]

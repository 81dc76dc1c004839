"""The parser whitelist, derived from the vocabulary: accepted function and argument names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wordsim.actions.controls import CONTROL_TYPES
from wordsim.actions.spec import ActionSpec
from wordsim.actions.vocabulary import VOCABULARY

# Keywords a call string may carry besides the function's own arguments: they name the control.
CONTROL_KEYWORDS = ("control_label", "control_text", "on")


@dataclass(frozen=True)
class Whitelist:
    """What the parsers accept, and nothing else."""

    functions: Mapping[str, str]  # accepted function name (aliases included) -> UFO name
    arguments: Mapping[str, Mapping[str, str]]  # UFO name -> accepted argument name -> param
    types: Mapping[str, Mapping[str, str]]  # UFO name -> param -> declared type
    constructors: frozenset[str]  # control constructors: Button("20"), Edit("5"), ...
    control_keywords: frozenset[str]

    def resolve(self, function: str) -> str | None:
        """The UFO name of an accepted function name, or None."""
        return self.functions.get(function)


def build_whitelist(specs: Iterable[ActionSpec]) -> Whitelist:
    """Derive the whitelist from action specs (so a new parameter is accepted once declared)."""
    specs = tuple(specs)
    functions = {alias: s.name for s in specs for alias in (s.name, *s.aliases)}
    arguments = {
        s.name: {alias: p.name for p in s.params for alias in (p.name, *p.aliases)} for s in specs
    }
    types = {s.name: {p.name: p.type for p in s.params} for s in specs}
    return Whitelist(functions, arguments, types, frozenset(CONTROL_TYPES),
                     frozenset(CONTROL_KEYWORDS))


WHITELIST = build_whitelist(VOCABULARY.values())

"""Agent-facing action errors: a value returned to the agent, and the exception used to build it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERROR_PREFIX = "An error occurred: "


class InvalidAction(ValueError):
    """Raised inside the parsers (and by `make_action` for programmatic callers) when an action is
    malformed; `parse_action` turns it into an `ActionError` so agents never see an exception."""


@dataclass(frozen=True)
class ActionError:
    """An action that could not be understood. `message` reads like UFO's own error strings
    ("An error occurred: ..."); it is shown to the agent and the episode continues."""

    message: str
    original: Any = field(default=None, compare=False, repr=False)

    ok = False

    @classmethod
    def from_reason(cls, reason: str, original: Any = None) -> ActionError:
        """An error whose message is UFO's prefix followed by `reason`."""
        return cls(ERROR_PREFIX + reason, original)

    @property
    def reason(self) -> str:
        """The message without UFO's "An error occurred: " prefix."""
        return self.message.removeprefix(ERROR_PREFIX)

    def __str__(self) -> str:
        return self.message

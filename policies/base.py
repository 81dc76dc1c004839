"""What every policy is: `reset(env, seed)` at the start of an episode, `act(env, observation)`
for each step; the FINISH action; and the built-in policies by name."""

from __future__ import annotations

from typing import Any, Protocol

# The status-only action that ends an episode (the checker then decides success).
FINISH: dict[str, Any] = {"function": "", "args": {}, "status": "FINISH"}


class Policy(Protocol):
    """An agent acting in a WordSim env. `env` is the env the policy acts on (wrapped or not);
    a policy reads what it needs through `env.unwrapped` (the task, the session, the masks)
    and returns any action form `env.step` accepts."""

    name: str

    def reset(self, env, seed: int | None = None) -> None:
        """Called right after `env.reset(seed=seed)`."""

    def act(self, env, observation: Any) -> Any:
        """The next action for `observation`."""


def finish(thought: str = "") -> dict[str, Any]:
    """The FINISH action, in UFO's AppAgent form, with the agent's closing thought."""
    return {"Function": "", "Args": {}, "Status": "FINISH", "Thought": thought,
            "ControlLabel": "", "ControlText": ""}


# name -> "module:class" (imported when asked for: the CLI's parser must load fast)
POLICIES = {
    "oracle": "policies.oracle:UIOracle",
    "oracle-api": "policies.oracle:ApiOracle",
    "random": "policies.random:RandomPolicy",
}


def make_policy(name: str, seed: int | None = None) -> Policy:
    """A built-in policy by name (see POLICIES); `seed` seeds its generator, if it has one."""
    import importlib

    try:
        module, cls = POLICIES[name].split(":")
    except KeyError:
        raise ValueError(f"unknown policy {name!r}; choose one of {sorted(POLICIES)}") from None
    factory = getattr(importlib.import_module(module), cls)
    return factory(seed=seed)

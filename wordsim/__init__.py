"""WordSim: a headless Microsoft Word simulator for training and evaluating agents."""

__version__ = "0.1.0"

# The one place the core touches gymnasium: the environment ids, as string entry points into envs/.
from .registration import register_envs as _register_envs  # noqa: E402

_register_envs()

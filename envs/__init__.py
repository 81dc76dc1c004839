"""Gymnasium glue: the WordSim environment, its task suite, spaces and wrappers."""

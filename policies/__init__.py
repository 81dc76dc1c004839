"""Agents that act in WordSim: random, oracle, replay, and learned policies."""

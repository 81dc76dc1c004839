"""Caret and selection commands (placeholder, filled in below)."""

"""The task suite: task families that sample a document, a request, a goal and oracle plans."""

from .base import SPLITS, Task, TaskFamily, document_bytes

__all__ = ["SPLITS", "Task", "TaskFamily", "document_bytes"]

"""Shared helpers for checker tests: documents edited with document commands, saved, and read
back with python-docx (what a checker sees from any program)."""

from __future__ import annotations

import io

import docx

from rewards import CheckResult, check
from wordsim.document import WordDocument

SPEC = """Title: Quarterly review
# Overview
The quarterly report shows growth in every region.
Costs fell while *dynamic routing* improved service and **margins** grew.
- first point
- second point
| Name | Score |
| Ann | 12 |
| Bob | 9 |
Closing words of the document.
[header] Company confidential
[footer] Page footer
"""


def reopen(data: bytes):
    """The python-docx Document of .docx bytes."""
    return docx.Document(io.BytesIO(data))


def select(text: str) -> tuple[str, dict]:
    return ("select_text", {"text": text})


def edited(*steps, spec: str = SPEC):
    """(before, after) python-docx Documents: `spec` built, then the (command, args) steps
    executed (a bare string is a command without arguments), both read back from saved bytes."""
    doc = WordDocument.build(spec)
    before = doc.save()
    for step in steps:
        name, args = (step, {}) if isinstance(step, str) else step
        doc.execute(name, **args)
    return reopen(before), reopen(doc.save())


def passes(name: str, before, after, /, **params) -> CheckResult:
    result = check(name, before, after, params)
    assert result.success and result.score == 1.0 and not result.details, result
    return result


def fails(name: str, before, after, /, **params) -> CheckResult:
    result = check(name, before, after, params)
    assert not result.success and result.score < 1.0 and result.details, result
    return result


def partial(name: str, before, after, /, **params) -> CheckResult:
    """Fails with a score strictly between 0 and 1."""
    result = fails(name, before, after, **params)
    assert 0.0 < result.score < 1.0, result
    return result


def damaged(result: CheckResult) -> bool:
    return any(d.startswith("damage:") for d in result.details)

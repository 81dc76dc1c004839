"""Hostile input is refused with a message, and nothing in it is ever evaluated or imported."""

from __future__ import annotations

import builtins
import os
import subprocess
import time

import pytest

from wordsim.actions import ActionError, parse_action, parse_keys, parse_tool_call
from wordsim.actions.limits import MAX_INPUT_CHARS


def _deep_list(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


HOSTILE = [
    ("__import__('os').system('x')", "must be a plain name, got attribute access"),
    ("().__class__.__bases__", "got attribute access"),
    ("select_text(text=open('f').read())", "calls are not allowed in arguments"),
    ("select_text(text=__import__('os').system('x'))", "calls are not allowed in arguments"),
    ("select_text(text=[].__class__)", "attribute access are not allowed"),
    ("select_text(text=__builtins__)", "unknown name '__builtins__'"),
    ("select_text(**__builtins__)", "**keyword unpacking is not allowed"),
    ("select_text(*().__class__.__bases__)", "starred arguments are not allowed"),
    ("select_text(text=x[0])", "subscripts are not allowed"),
    ("lambda: __import__('os')", "got lambdas"),
    ("select_text(text=(lambda: 1)())", "calls are not allowed in arguments"),
    ("select_text(text=lambda: 1)", "lambdas are not allowed"),
    ("select_text(text=f\"{__import__('os').system('x')}\")", "f-strings are not allowed"),
    ("select_text(text=f'{1}')", "f-strings are not allowed"),
    ("select_text(text=[c for c in ().__class__.__bases__])", "comprehensions are not allowed"),
    ("select_text(text=1 if __import__('os') else 2)", "conditional expressions are not allowed"),
    ("select_text(text='a' * 10**9)", "operators are not allowed"),
    ("select_text(text=(x := 1))", "assignment expressions are not allowed"),
    ("eval('1')", "unknown function 'eval'"),
    ("exec('import os')", "unknown function 'exec'"),
    ("__import__('os')", "unknown function '__import__'"),
    ("open('f')", "unknown function 'open'"),
    ("select_text(text='x'); __import__('os')", "could not parse the call string"),
    ("select_text(text='x')\n__import__('os')", "could not parse the call string"),
    ("import os", "could not parse the call string"),
    ("click(on=__import__('os'))", "unknown control type '__import__'"),
    ("click(on=Button(open('f')))", "calls are not allowed in arguments"),
    ("click(on=Button.__init__('1'))", "must be a plain name, got attribute access"),
    ("select_text(text=b'bytes')", "got bytes"),
    ("select_text(text=1e999)", "must be finite"),
    ("select_text(text=--1)", "a sign may only precede a number"),
    ("select_text(text={**x})", "**dict unpacking is not allowed"),
    ("select_text(text={1, 2})", "sets are not allowed"),
    # unicode tricks
    ("ｓelect_text(text='x')", "non-ASCII characters"),  # NFKC would fold it to select_text
    ("__𝒾mport__('os')", "non-ASCII characters"),
    ("\u0455elect_text(text='x')", "non-ASCII characters"),  # Cyrillic dze
    ("select\u200b_text(text='x')", "non-ASCII characters"),  # zero-width space
    ("click(on=Ｂutton('1'))", "non-ASCII characters"),
    ("select_text(text='\x00')", "null bytes"),
    ("select_text(text='\ud800')", "cannot be encoded"),
    # size and depth
    ("select_text(text='" + "a" * (1 << 20) + "')", "too long"),
    ("select_text(text=" + "[" * 10_000 + "]" * 10_000 + ")", "nests brackets deeper"),
    ("[" * 10_000 + "]" * 10_000, "nests brackets deeper"),
    ('{"function": "select_text", "args": {"text": ' + "[" * 10_000 + "]" * 10_000 + "}}",
     "nests brackets deeper"),
    ("select_text(text=" + "-" * 50_000 + "1)", "nests too deeply"),
    ("select_text(text=" + "not " * 10_000 + "1)", "nests too deeply"),
    ({"function": "select_text", "args": {"text": "a" * (1 << 20)}}, "too long"),
    ({"function": "select_text", "args": {"text": _deep_list(10_000)}}, "nests values deeper"),
    ({"function": "select_text", "args": {"text": list(range(100_000))}}, "more than"),
    ('keyboard_input(keys="' + "{" * 30 + '")', "`}` not found"),  # braces in a string
    ("select_text(" + "(" * 30 + "'a'" + ")" * 30 + ")", "nests brackets deeper"),
    # not an action at all
    (None, "got NoneType"),
    (3, "got int"),
    (3.5, "got float"),
    (True, "got bool"),
    ([], "got list"),
    (["select_text"], "got list"),
    (b"select_text(text='a')", "got bytes"),
    (object(), "got object"),
    ({"function": "select_text", "args": {"text": {1, 2}}}, "got set"),
    ({"function": "select_text", "args": {"text": print}}, "got builtin_function_or_method"),
]


@pytest.fixture
def guarded():
    """Run a parser with import, open, eval, exec, os.system and Popen replaced by recorders;
    return its result and fail if any of them was called."""

    def run(fn, *args):
        calls: list[str] = []
        saved = {name: getattr(builtins, name) for name in ("__import__", "open", "eval", "exec")}
        saved_system, saved_popen = os.system, subprocess.Popen

        def recorder(name):
            return lambda *a, **k: calls.append(name)

        try:
            for name in saved:
                setattr(builtins, name, recorder(name))
            os.system, subprocess.Popen = recorder("os.system"), recorder("Popen")
            result = fn(*args)
        finally:
            for name, value in saved.items():
                setattr(builtins, name, value)
            os.system, subprocess.Popen = saved_system, saved_popen
        assert calls == [], f"parsing called {calls}"
        return result

    return run


@pytest.mark.parametrize(("obj", "message"), HOSTILE,
                         ids=lambda o: o[:30] if isinstance(o, str) else type(o).__name__)
def test_hostile_input_is_refused(obj, message, guarded):
    start = time.perf_counter()
    error = guarded(parse_action, obj)
    assert isinstance(error, ActionError), error
    assert error.message.startswith("An error occurred: ")
    assert message in error.message
    assert len(error.message) < 1000
    assert time.perf_counter() - start < 1.0


def test_data_that_looks_hostile_is_just_text(guarded):
    for text in ["__import__('os').system('x')", "{ENTER}", "\u202eevil", "'; DROP TABLE x; --"]:
        action = guarded(parse_action, {"function": "select_text", "args": {"text": text}})
        assert action.ok and action.args["text"] == text
    action = guarded(parse_action, 'select_text(text="open(\'f\').read()")')
    assert action.args["text"] == "open('f').read()"


def test_limits_sit_at_the_declared_bound():
    body = 'select_text(text="")'
    fits = body[:-2] + "a" * (MAX_INPUT_CHARS - len(body)) + '")'
    assert parse_action(fits).ok
    assert not parse_action(fits[:-2] + 'a")').ok


def test_other_entry_points_refuse_hostile_input(guarded):
    assert not guarded(parse_tool_call, "select_text", "[" * 10_000).ok
    assert not guarded(parse_tool_call, "__import__", {}).ok
    assert not guarded(parse_tool_call, None, {}).ok
    assert isinstance(guarded(parse_keys, "{DOWN 1000000000}"), ActionError)
    assert isinstance(guarded(parse_keys, "a" * (1 << 20)), ActionError)
    assert isinstance(guarded(parse_keys, None), ActionError)

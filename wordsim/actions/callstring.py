"""Call strings (`select_text(text="hi")`) read by a whitelist walk over Python's AST: never run."""

from __future__ import annotations

import ast
import math
import warnings
from dataclasses import dataclass
from typing import Any

from wordsim.actions.build import resolve_function
from wordsim.actions.errors import InvalidAction
from wordsim.actions.limits import MAX_DEPTH, MAX_ITEMS, check_length, check_shape
from wordsim.actions.whitelist import WHITELIST, Whitelist

_EXAMPLE = 'select_text(text="hello")'

# Friendly names for the nodes a call string may not contain.
_FORBIDDEN = {
    ast.Attribute: "attribute access",
    ast.Subscript: "subscripts",
    ast.Lambda: "lambdas",
    ast.JoinedStr: "f-strings",
    ast.FormattedValue: "f-strings",
    ast.ListComp: "comprehensions",
    ast.SetComp: "comprehensions",
    ast.DictComp: "comprehensions",
    ast.GeneratorExp: "comprehensions",
    ast.Starred: "starred arguments",
    ast.BinOp: "operators",
    ast.BoolOp: "operators",
    ast.Compare: "comparisons",
    ast.IfExp: "conditional expressions",
    ast.NamedExpr: "assignment expressions",
    ast.Await: "await expressions",
    ast.Yield: "yield expressions",
    ast.YieldFrom: "yield expressions",
    ast.Set: "sets",
}


@dataclass(frozen=True)
class ControlRef:
    """`Button("20")` in a call string: a control of a UFO type, by label."""

    control_type: str
    label: str


@dataclass(frozen=True)
class ParsedCall:
    """A call string's function name and literal arguments (keywords in the order written)."""

    name: str
    positional: tuple[Any, ...]
    keywords: tuple[tuple[str, Any], ...]


def parse_call_string(text: str, whitelist: Whitelist = WHITELIST) -> ParsedCall:
    """Read one call of a whitelisted function with literal arguments. The text is bounded in
    size and bracket depth before `ast.parse` (which only builds a tree); the tree is then
    walked node by node and anything but a literal, or a control constructor as `on=`, is
    refused. Nothing is evaluated. Raises InvalidAction."""
    tree = _parse_tree(text, "call string")
    call = tree.body
    if not isinstance(call, ast.Call):
        raise InvalidAction(
            f"expected one function call like {_EXAMPLE}, got {_describe(call)}."
        )
    name = _plain_name(call.func, "function")
    if whitelist.resolve(name) is None:
        resolve_function(name)  # raises the one unknown-function message for unknown names
        raise InvalidAction(f"function {name!r} is not offered here.")
    walker = _Walker(whitelist)
    positional = tuple(walker.literal(arg, 1) for arg in call.args)
    keywords = []
    for keyword in call.keywords:
        if keyword.arg is None:
            raise InvalidAction("**keyword unpacking is not allowed in a call string.")
        if keyword.arg == "on":
            keywords.append((keyword.arg, walker.control(keyword.value)))
        else:
            keywords.append((keyword.arg, walker.literal(keyword.value, 1)))
    return ParsedCall(name, positional, tuple(keywords))


def parse_literal(text: str) -> Any:
    """Read a Python literal (a dict written with True/False/None, say) with the same walker."""
    tree = _parse_tree(text, "literal")
    return _Walker(WHITELIST).literal(tree.body, 0)


def _parse_tree(text: str, what: str) -> ast.Expression:
    check_length(text)
    check_shape(text)
    try:
        with warnings.catch_warnings():
            # "C:\dir" warns about an invalid escape (and keeps the backslash); whether that
            # warning is an error would otherwise depend on the caller's warning filters.
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", SyntaxWarning)
            return ast.parse(text.strip(), mode="eval")
    except SyntaxError as error:
        raise InvalidAction(f"could not parse the {what}: {error.msg}.") from None
    except UnicodeError:
        raise InvalidAction(f"the {what} holds characters that cannot be encoded.") from None
    except (RecursionError, MemoryError):  # the parser's own guard against deep nesting
        raise InvalidAction(f"the {what} nests too deeply.") from None
    except ValueError as error:
        raise InvalidAction(f"could not parse the {what}: {error}.") from None


def _plain_name(node: ast.expr, what: str) -> str:
    if not isinstance(node, ast.Name):
        raise InvalidAction(f"the {what} must be a plain name, got {_describe(node)}.")
    return node.id


def _describe(node: ast.AST) -> str:
    for kind, label in _FORBIDDEN.items():
        if isinstance(node, kind):
            return label
    if isinstance(node, ast.Name):
        return f"the name {node.id!r}"
    if isinstance(node, ast.Call):
        return "a nested call"
    if isinstance(node, ast.Constant):
        return f"the literal {node.value!r}"[:80]
    if isinstance(node, (ast.List, ast.Tuple, ast.Dict)):
        return f"a {type(node).__name__.lower()}"
    return f"a {type(node).__name__} expression"


class _Walker:
    """Turns literal nodes into values, counting depth and items."""

    def __init__(self, whitelist: Whitelist):
        self.whitelist = whitelist
        self.items = 0

    def literal(self, node: ast.expr, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise InvalidAction(f"arguments nest deeper than {MAX_DEPTH} levels.")
        self.items += 1
        if self.items > MAX_ITEMS:
            raise InvalidAction(f"the call string holds more than {MAX_ITEMS} values.")
        if isinstance(node, ast.Constant):
            return _constant(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = node.operand
            if isinstance(operand, ast.Constant) and type(operand.value) in (int, float):
                return _constant(-operand.value if isinstance(node.op, ast.USub) else operand.value)
            raise InvalidAction("a sign may only precede a number.")
        if isinstance(node, (ast.List, ast.Tuple)):
            values = [self.literal(item, depth + 1) for item in node.elts]
            return values if isinstance(node, ast.List) else tuple(values)
        if isinstance(node, ast.Dict):
            if any(key is None for key in node.keys):
                raise InvalidAction("**dict unpacking is not allowed in a call string.")
            return {
                self._key(key, depth): self.literal(value, depth + 1)
                for key, value in zip(node.keys, node.values, strict=True)
            }
        if isinstance(node, ast.Name):
            raise InvalidAction(
                f"unknown name {node.id!r}: arguments must be literals (strings, numbers, "
                "True, False, None, lists, dicts)."
            )
        if isinstance(node, ast.Call):
            raise InvalidAction(
                "calls are not allowed in arguments; a control is named with "
                'on=Button("20") or control_label="20".'
            )
        raise InvalidAction(f"{_describe(node)} are not allowed in a call string.")

    def _key(self, node: ast.expr | None, depth: int) -> Any:
        key = self.literal(node, depth + 1)  # type: ignore[arg-type]
        if not isinstance(key, (str, int)) or isinstance(key, bool):
            raise InvalidAction("dict keys must be strings or integers.")
        return key

    def control(self, node: ast.expr) -> ControlRef:
        """`on=Button("20")`: a UFO control type called with one label."""
        if not isinstance(node, ast.Call):
            raise InvalidAction(f'on= takes a control such as Button("20"), got {_describe(node)}.')
        kind = _plain_name(node.func, "control type")
        if kind not in self.whitelist.constructors:
            types = ", ".join(sorted(self.whitelist.constructors))
            raise InvalidAction(f"unknown control type {kind!r}. Types: {types}.")
        if node.keywords or len(node.args) != 1:
            raise InvalidAction(f'{kind}(...) takes one label, e.g. {kind}("20").')
        label = self.literal(node.args[0], 1)
        if isinstance(label, bool) or not isinstance(label, (str, int)):
            raise InvalidAction(f'{kind}(...) takes a label string, e.g. {kind}("20").')
        return ControlRef(kind, str(label))


def _constant(value: Any) -> Any:
    if value is None or type(value) in (str, int, bool):
        if isinstance(value, str):
            check_length(value, "a string in the call string")
        return value
    if type(value) is float:
        if not math.isfinite(value):
            raise InvalidAction("numbers in a call string must be finite.")
        return value
    raise InvalidAction(
        f"only strings, numbers, True, False and None are allowed as literals, got "
        f"{type(value).__name__}."
    )

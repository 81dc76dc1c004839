"""The action vocabulary (UFO control actions and Word API commands), its parsers and key syntax."""

from wordsim.actions.action import STATUSES, Action
from wordsim.actions.build import make_action
from wordsim.actions.errors import ActionError, InvalidAction
from wordsim.actions.fuzzy import match_control, partial_ratio
from wordsim.actions.keys import Key, KeyEvent, Pause, Text, format_keys, parse_keys
from wordsim.actions.parse import parse_action, parse_tool_call
from wordsim.actions.prompt import prompt_description
from wordsim.actions.schema import tool_schemas
from wordsim.actions.spec import COM_WORD, UI_CONTROL, ActionSpec, Param
from wordsim.actions.vocabulary import VOCABULARY, select_specs
from wordsim.actions.whitelist import WHITELIST

__all__ = [
    "COM_WORD",
    "STATUSES",
    "UI_CONTROL",
    "VOCABULARY",
    "WHITELIST",
    "Action",
    "ActionError",
    "ActionSpec",
    "InvalidAction",
    "Key",
    "KeyEvent",
    "Param",
    "Pause",
    "Text",
    "format_keys",
    "make_action",
    "match_control",
    "parse_action",
    "parse_keys",
    "parse_tool_call",
    "partial_ratio",
    "prompt_description",
    "select_specs",
    "tool_schemas",
]

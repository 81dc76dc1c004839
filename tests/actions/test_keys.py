"""pywinauto key syntax: Word's shortcuts, typed text, escapes, groups, repeats and errors."""

from __future__ import annotations

import pytest

from wordsim.actions import ActionError, Key, Pause, Text, format_keys, parse_keys


def ctrl(name: str, **mods: bool) -> Key:
    return Key(name, ctrl=True, **mods)


WORD_SHORTCUTS = [
    *[(f"^{c}", [ctrl(c)], f"Ctrl+{c.upper()}") for c in "biuelrjzyacxvfh"],
    ("^{ENTER}", [ctrl("ENTER")], "Ctrl+Enter"),
    ("^]", [ctrl("]")], "Ctrl+]"),
    ("^[", [ctrl("[")], "Ctrl+["),
    ("^=", [ctrl("=")], "Ctrl+="),
    ("^+=", [ctrl("=", shift=True)], "Ctrl+Shift+="),
    ("{HOME}", [Key("HOME")], "Home"),
    ("{END}", [Key("END")], "End"),
    ("^{HOME}", [ctrl("HOME")], "Ctrl+Home"),
    ("^{END}", [ctrl("END")], "Ctrl+End"),
    ("{BACKSPACE}", [Key("BACKSPACE")], "Backspace"),
    ("{DELETE}", [Key("DELETE")], "Delete"),
    ("{ENTER}", [Key("ENTER")], "Enter"),
    ("{TAB}", [Key("TAB")], "Tab"),
    ("{ESC}", [Key("ESC")], "Esc"),
    ("+{LEFT}", [Key("LEFT", shift=True)], "Shift+Left"),
    ("^+{RIGHT}", [ctrl("RIGHT", shift=True)], "Ctrl+Shift+Right"),
    ("{VK_CONTROL}c", [ctrl("c")], "Ctrl+C"),
    ("%{F4}", [Key("F4", alt=True)], "Alt+F4"),
]


@pytest.mark.parametrize(("keys", "events", "chord"), WORD_SHORTCUTS, ids=lambda x: str(x))
def test_word_shortcuts(keys, events, chord):
    assert parse_keys(keys) == events
    assert events[0].chord == chord
    assert parse_keys(format_keys(events)) == events


def test_repeats_expand():
    assert parse_keys("{TAB 2}") == [Key("TAB"), Key("TAB")]
    assert parse_keys("+{RIGHT 3}") == [Key("RIGHT", shift=True)] * 3
    assert parse_keys("{a 3}") == [Text("aaa")]
    assert parse_keys("{DOWN 0}") == []
    assert format_keys(parse_keys("+{RIGHT 3}{TAB 2}")) == "+{RIGHT 3}{TAB 2}"


def test_the_issue_example():
    assert parse_keys("^b{ENTER}+{RIGHT 3}%{F4}") == [
        ctrl("b"), Key("ENTER"), *[Key("RIGHT", shift=True)] * 3, Key("F4", alt=True)]


def test_plain_characters_are_typed_text():
    assert parse_keys("Hello") == [Text("Hello")]
    assert parse_keys("ab^cd") == [Text("ab"), ctrl("c"), Text("d")]
    assert parse_keys("+a") == [Text("A")]  # Shift with a letter types the capital
    assert parse_keys("+1") == [Key("1", shift=True)]  # layout-dependent: left as a chord
    assert parse_keys("^B") == [ctrl("b")]  # the key, not the character


def test_whitespace_follows_pywinauto_flags():
    assert parse_keys("Hello World") == [Text("HelloWorld")]
    assert parse_keys("Hello World", with_spaces=True) == [Text("Hello World")]
    assert parse_keys("a\tb\nc") == [Text("abc")]
    assert parse_keys("a\tb\nc", with_tabs=True, with_newlines=True) == [
        Text("a\tb"), Key("ENTER"), Text("c")]
    assert parse_keys("^ b") == [ctrl("b")]  # a dropped space keeps the modifier
    assert parse_keys("{ }") == [Text(" ")]  # an escaped space is always typed
    assert parse_keys("{SPACE}") == [Key("SPACE")]


def test_escapes():
    assert parse_keys("{+}{^}{%}{~}{(}{)}{{}{}}") == [Text("+^%~(){}")]
    assert parse_keys("~") == [Key("ENTER")]
    assert parse_keys("^~") == [ctrl("ENTER")]
    assert parse_keys("^{+}") == [ctrl("+")]
    assert format_keys([Text("a+b {x}")]) == "a{+}b{ }{{}x{}}"
    assert format_keys([Text("a b")], with_spaces=True) == "a b"


def test_groups_apply_modifiers_to_every_key():
    assert parse_keys("+(abc)") == [Text("ABC")]
    assert parse_keys("^(ab)") == [ctrl("a"), ctrl("b")]
    assert parse_keys("+(a^b)c") == [Text("A"), ctrl("b", shift=True), Text("c")]


def test_vk_names_and_aliases():
    assert parse_keys("{VK_RETURN}{BS}{BKSP}{BACK}{DEL}{INS}{PGDN}{VK_NEXT}") == [
        Key("ENTER"), Key("BACKSPACE"), Key("BACKSPACE"), Key("BACKSPACE"), Key("DELETE"),
        Key("INSERT"), Key("PGDN"), Key("PGDN")]
    assert parse_keys("{VK_SHIFT}{VK_MENU}{F1}") == [Key("F1", shift=True, alt=True)]
    assert parse_keys("{VK_CONTROL}") == [Key("CONTROL")]  # nothing left to modify
    assert parse_keys("^") == [Key("CONTROL")]
    assert parse_keys("{VK_NUMPAD5}") == [Key("NUMPAD5")]
    assert format_keys([Key("ALT"), Key("NUMPAD5"), Key("ENTER", ctrl=True)]) == (
        "{VK_MENU}{VK_NUMPAD5}^{ENTER}")


def test_press_and_release():
    assert parse_keys("{VK_SHIFT down}abc{VK_SHIFT up}d") == [Text("ABCd")]
    assert parse_keys("{VK_CONTROL down}c{VK_CONTROL up}") == [ctrl("c")]
    assert parse_keys("{h down}{e down}{h up}{e up}llo") == [Text("hello")]


def test_pause():
    assert parse_keys("a{PAUSE 0.5}b") == [Text("a"), Pause(0.5), Text("b")]
    assert format_keys([Pause(0.5)]) == "{PAUSE 0.5}"


@pytest.mark.parametrize(("keys", "message"), [
    ("{ENTER", "`}` not found"),
    ("+(abc", "`)` not found"),
    ("abc)", "`)` should be preceded by `(`"),
    ("abc}", "`}` should be preceded by `{`"),
    ("{FOO}", "Unknown code: FOO"),
    ("{enter}", "Unknown code: enter (key names are upper case: {ENTER})"),
    ("{TAB x}", "invalid repetition count x"),
    ("{PAUSE soon}", "invalid pause time soon"),
    ("{PAUSE inf}", "invalid pause time inf"),
    ("{VK_SHIFT down now}", "invalid key event"),
    ("{FOO down}", "Unknown code: FOO"),
    ("{TAB 100000}", "repetition count 100000 is too large"),
    ("{a 5000}{b 5001}", "more than 10000 keys"),
])
def test_malformed_sequences(keys, message):
    error = parse_keys(keys)
    assert isinstance(error, ActionError)
    assert error.message.startswith("An error occurred: ")
    assert message in error.message


def test_strict_mode_reproduces_pywinauto():
    assert parse_keys("{VK_CONTROL}c", strict=True) == [Key("CONTROL"), Text("c")]
    assert parse_keys("+(abc)", strict=True) == [Text("Abc")]
    assert parse_keys("^(a b)", strict=True, with_spaces=True) == [ctrl("a"), Text("b")]
    assert parse_keys("^b{ENTER}", strict=True) == parse_keys("^b{ENTER}")


@pytest.mark.parametrize("keys", [
    "^b{ENTER}+{RIGHT 3}%{F4}", "Hello{ }World{+}", "+(abc)^(de)", "{VK_CONTROL}c{TAB 2}",
    "{PAUSE 1.5}^+=", "{VK_SHIFT down}ab{VK_SHIFT up}{HOME}", "^", "ab^",
])
@pytest.mark.parametrize("strict", [False, True])
def test_format_round_trips(keys, strict):
    events = parse_keys(keys, strict=strict)
    assert parse_keys(format_keys(events), strict=strict) == events

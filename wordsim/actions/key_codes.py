"""pywinauto's named keys ({ENTER}, {VK_CONTROL}, ...): their virtual-key codes and our names."""

from __future__ import annotations

# Virtual-key code -> every name pywinauto's `CODES` accepts for it (names are case-sensitive).
_NAMES_BY_VK: dict[int, str] = {
    1: "VK_LBUTTON",
    2: "VK_RBUTTON",
    3: "BREAK VK_CANCEL",
    4: "VK_MBUTTON",
    8: "BACK BACKSPACE BKSP BS VK_BACK",
    9: "TAB VK_TAB",
    12: "VK_CLEAR",
    13: "ENTER VK_RETURN",
    16: "VK_SHIFT",
    17: "VK_CONTROL",
    18: "VK_MENU",
    19: "VK_PAUSE",
    20: "CAP CAPSLOCK VK_CAPITAL",
    21: "VK_HANGEUL VK_HANGUL VK_KANA",
    23: "VK_JUNJA",
    24: "VK_FINAL",
    25: "VK_HANJA VK_KANJI",
    27: "ESC VK_ESCAPE",
    28: "VK_CONVERT",
    29: "VK_NONCONVERT",
    30: "VK_ACCEPT",
    31: "VK_MODECHANGE",
    32: "SPACE VK_SPACE",
    33: "PGUP VK_PRIOR",
    34: "PGDN VK_NEXT",
    35: "END VK_END",
    36: "HOME VK_HOME",
    37: "LEFT VK_LEFT",
    38: "UP VK_UP",
    39: "RIGHT VK_RIGHT",
    40: "DOWN VK_DOWN",
    41: "VK_SELECT",
    42: "VK_PRINT",
    43: "VK_EXECUTE",
    44: "PRTSC VK_SNAPSHOT",
    45: "INS INSERT VK_INSERT",
    46: "DEL DELETE VK_DELETE",
    47: "HELP VK_HELP",
    91: "LWIN VK_LWIN",
    92: "RWIN VK_RWIN",
    93: "VK_APPS",
    106: "VK_MULTIPLY",
    107: "VK_ADD",
    108: "VK_SEPARATOR",
    109: "VK_SUBTRACT",
    110: "VK_DECIMAL",
    111: "VK_DIVIDE",
    144: "NUMLOCK VK_NUMLOCK",
    145: "SCROLLLOCK VK_SCROLL",
    160: "VK_LSHIFT",
    161: "VK_RSHIFT",
    162: "VK_LCONTROL",
    163: "VK_RCONTROL",
    164: "VK_LMENU",
    165: "RMENU VK_RMENU",
    229: "VK_PROCESSKEY",
    246: "VK_ATTN",
    247: "VK_CRSEL",
    248: "VK_EXSEL",
    249: "VK_EREOF",
    250: "VK_PLAY",
    251: "ZOOM",
    252: "VK_NONAME",
    253: "VK_PA1",
    254: "VK_OEM_CLEAR",
}
_NAMES_BY_VK.update({95 + n: f"VK_NUMPAD{n - 1}" for n in range(1, 11)})  # 96..105
_NAMES_BY_VK.update({111 + n: f"F{n} VK_F{n}" for n in range(1, 25)})  # 112..135

CODES: dict[str, int] = {
    name: vk for vk, names in _NAMES_BY_VK.items() for name in names.split()
}
"""Every `{NAME}` pywinauto understands, with its virtual-key code."""

MODIFIER_FLAGS: dict[int, str] = {
    16: "shift", 160: "shift", 161: "shift",
    17: "ctrl", 162: "ctrl", 163: "ctrl",
    18: "alt", 164: "alt", 165: "alt",
}
"""Virtual keys that are Shift, Ctrl or Alt, and the modifier each one is."""

MODIFIER_CHARS: dict[str, str] = {"+": "shift", "^": "ctrl", "%": "alt"}
"""pywinauto's one-character modifiers."""


def _canonical(vk: int) -> str:
    # The longest plain name (BACKSPACE over BS), else the VK_ name without its prefix.
    names = _NAMES_BY_VK[vk].split()
    plain = [n for n in names if not n.startswith("VK_")]
    if plain:
        return max(plain, key=lambda n: (len(n), n))
    return "ALT" if vk == 18 else names[0].removeprefix("VK_")


KEY_NAMES: dict[int, str] = {vk: _canonical(vk) for vk in _NAMES_BY_VK}
"""Virtual-key code -> the one name WordSim uses for it (ENTER, BACKSPACE, CONTROL, ALT, F4)."""

SPELLINGS: dict[str, str] = {
    name: name if name in CODES else min(_NAMES_BY_VK[vk].split())
    for vk, name in KEY_NAMES.items()
}
"""WordSim key name -> how pywinauto spells it inside braces."""

MODIFIER_KEY_NAMES: dict[str, str] = {"ctrl": "CONTROL", "shift": "SHIFT", "alt": "ALT"}
"""The key name of a modifier pressed on its own."""

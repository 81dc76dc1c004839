"""The gymnasium ids: "WordSim-v0" (the mixed default suite) and "WordSim/<Family>-v0" for each
task family, registered with string entry points so that nothing of envs/ is imported here.

The table is data: a test checks that it names exactly the families envs/ registers, with their
`max_steps`, so a new family cannot be forgotten."""

from __future__ import annotations

ENTRY_POINT = "envs.word_env:WordEnv"
SUITE_ID = "WordSim-v0"
NAMESPACE = "WordSim"

# task family id -> max_episode_steps (the family's `max_steps`)
FAMILY_STEPS: dict[str, int] = {
    "AddTableRow": 30,
    "Align": 25,
    "BlankPage": 8,
    "Bold": 25,
    "Bullets": 25,
    "ChangeCase": 25,
    "ClearFormatting": 25,
    "Columns": 6,
    "Comment": 10,
    "Composite": 200,
    "DeleteText": 10,
    "FontColor": 25,
    "FontName": 25,
    "FontSize": 25,
    "FooterText": 8,
    "HeaderText": 8,
    "HeadingStyle": 25,
    "Highlight": 25,
    "Hyperlink": 10,
    "Indent": 25,
    "InsertTable": 60,
    "Italic": 25,
    "LineSpacing": 25,
    "Margins": 10,
    "MoveSentence": 12,
    "Numbering": 25,
    "Orientation": 8,
    "PageBreak": 8,
    "PageNumbers": 8,
    "PageSize": 8,
    "ParagraphSpacing": 25,
    "ReplaceAll": 10,
    "ReplaceText": 12,
    "Strikethrough": 25,
    "SubSuperscript": 25,
    "TypeText": 20,
    "Underline": 25,
    "WholeDocument": 80,
}


def env_specs() -> list[tuple[str, dict, int]]:
    """(id, kwargs, max_episode_steps) of every id; the mixed suite allows the longest
    family's steps, so that every task it samples can be finished."""
    specs = [(SUITE_ID, {"task": SUITE_ID}, max(FAMILY_STEPS.values(), default=50))]
    specs += [(f"{NAMESPACE}/{family}-v0", {"task": family}, steps)
              for family, steps in FAMILY_STEPS.items()]
    return specs


def register_envs() -> list[str]:
    """Register every id not registered yet (importing wordsim twice, or reloading it, must not
    re-register: gymnasium warns on that); returns the ids."""
    import gymnasium

    ids = []
    for env_id, kwargs, steps in env_specs():
        if env_id not in gymnasium.registry:
            gymnasium.register(env_id, entry_point=ENTRY_POINT, max_episode_steps=steps,
                               kwargs=kwargs)
        ids.append(env_id)
    return ids

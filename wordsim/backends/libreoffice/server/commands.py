"""Imports every command module, which registers its commands (see registry.py)."""

import commands_character  # noqa: F401
import commands_clipboard  # noqa: F401
import commands_compound  # noqa: F401
import commands_find  # noqa: F401
import commands_headers  # noqa: F401
import commands_inserts  # noqa: F401
import commands_layout  # noqa: F401
import commands_lists  # noqa: F401
import commands_navigation  # noqa: F401
import commands_paragraph  # noqa: F401
import commands_styles  # noqa: F401
import commands_tables  # noqa: F401
import commands_text  # noqa: F401

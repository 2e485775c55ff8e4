"""Commands that editors, translators and curators run answer in the terminal's language."""

import os

from django.core.management.base import BaseCommand
from django.utils import translation


def terminal_language() -> str | None:
    """The first of our languages that the environment asks for, read as gettext reads it
    (LANGUAGE, a colon-separated list, then LC_ALL, LC_MESSAGES, LANG); None for C/POSIX or
    a language we have no catalogue for."""
    wanted = os.environ.get("LANGUAGE", "").split(":")
    wanted += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for value in wanted:
        # lv_LV.UTF-8, nb_NO@euro, sv -> the language part.
        code = value.split(".")[0].split("@")[0].replace("_", "-").lower()
        if not code or code in {"c", "posix"}:
            continue
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return None


class EditorCommand(BaseCommand):
    """A command for people, not scripts: its messages and errors in their language."""

    def execute(self, *args, **options):
        # Without an active language Django would answer in LANGUAGE_CODE (English).
        with translation.override(terminal_language()):
            return super().execute(*args, **options)

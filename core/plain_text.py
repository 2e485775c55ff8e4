"""Checks on text that arrives in files (CSV, PO, XLIFF) before it reaches the database."""

import re

# C0 controls other than tab, line feed and carriage return, and DEL: PostgreSQL refuses NUL in
# text, XML 1.0 (XLIFF export) cannot carry the others, and none belongs in an editor's text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_character(text: str) -> str | None:
    """Why text cannot be stored (the first control character it holds), or None."""
    found = CONTROL.search(text)
    if found is None:
        return None
    name = {"\x00": " (NUL)", "\x7f": " (DEL)"}.get(found.group(), "")
    return f"contains the control character U+{ord(found.group()):04X}{name}"

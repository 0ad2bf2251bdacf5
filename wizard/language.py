"""The two languages of documents and interface.

Apart from ``wizard.choices`` because the window needs it before its first paint, and
the other enums can wait.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    NL = "nl"
    EN = "en"

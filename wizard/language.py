"""The two languages of documents and interface.

Apart from ``wizard.answers.choices`` because the window needs it before its first paint, and
the other enums can wait.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    NL = "nl"
    EN = "en"


def in_language(texts: tuple[str, str], language: Language, **params: object) -> str:
    """The Dutch or the English text of a (Dutch, English) pair, with ``params`` filled in."""
    dutch, english = texts
    return (dutch if language is Language.NL else english).format(**params)

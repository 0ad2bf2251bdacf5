"""Dates and lists in words, in Dutch and English.

Apart from ``wizard.content.wording`` (which needs Jinja) so that the answers' own
modules, such as the list of changes between two versions, can word a date without it.
"""

from __future__ import annotations

from datetime import date

from wizard.language import Language

MONTHS = {
    Language.NL: (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split(),
    Language.EN: (
        "January February March April May June July August September October November December"
    ).split(),
}


def long_date(value: date, language: Language) -> str:
    return f"{value.day} {MONTHS[language][value.month - 1]} {value.year}"


def join_words(items: list[str], language: Language) -> str:
    """``a, b and c`` / ``a, b en c``."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    last = " en " if language is Language.NL else " and "
    return ", ".join(items[:-1]) + last + items[-1]

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


def changed_words(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where two versions of a text differ, word by word: the (start, end) character
    spans of the words removed from ``old`` and of the words added in ``new``.

    For showing what changed in a generated text under an edit: the reader sees at once
    which words moved, instead of comparing two paragraphs by eye.
    """
    import re
    from difflib import SequenceMatcher

    words = re.compile(r"\w+|[^\w\s]")  # a word, or one punctuation mark
    old_words = [(m.start(), m.end(), m.group()) for m in words.finditer(old)]
    new_words = [(m.start(), m.end(), m.group()) for m in words.finditer(new)]
    matcher = SequenceMatcher(
        None, [w[2] for w in old_words], [w[2] for w in new_words], autojunk=False
    )
    removed: list[tuple[int, int]] = []
    added: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            removed.append((old_words[i1][0], old_words[i2 - 1][1]))
        if j2 > j1:
            added.append((new_words[j1][0], new_words[j2 - 1][1]))
    return removed, added

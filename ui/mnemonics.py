"""Alt+letter keys that are unique on every page.

Qt cycles among widgets that share a mnemonic, so a letter used twice does not take
a person where they expect. Letters are handed out per page in reading order, after
those of the window's own menus and buttons: the first letter of a word if it is
free, otherwise any free letter, otherwise none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def plain(text: str) -> str:
    """The text without its mnemonic marker (a literal && stays)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def letter(text: str) -> str | None:
    """The mnemonic letter of a text, lower case, or None."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        following = text[index + 1 : index + 2]
        return following.lower() if following else None
    return None


def assign(texts: Sequence[str], taken: Iterable[str]) -> list[str]:
    """Each text with a mnemonic that none of ``taken`` and none of the others has."""
    used = {key.lower() for key in taken}
    result = []
    for text in texts:
        bare = plain(text)
        position = _free_position(bare, used)
        if position is None:
            result.append(bare)
            continue
        used.add(bare[position].lower())
        result.append(f"{bare[:position]}&{bare[position:]}")
    return result


def _free_position(text: str, used: set[str]) -> int | None:
    # An ASCII letter or digit: Alt+é cannot be typed on most keyboards.
    usable = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
    word_starts = [i for i in usable if i == 0 or not text[i - 1].isalnum()]
    for index in word_starts + usable:
        if text[index].lower() not in used and text[index] != "&":
            return index
    return None

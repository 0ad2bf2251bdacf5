"""The one sanitiser for user text: whatever reaches a document or a file passes here.

XML 1.0 cannot hold most C0 control characters, lone surrogates and U+FFFE/U+FFFF;
python-docx raises ValueError on them, and Word refuses a file that contains them.
Tab and newline are kept because they carry meaning in longer texts.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Everything outside the XML 1.0 Char production, plus carriage return (we normalise
# line ends to "\n" so that the same text never differs by platform). Written as the
# characters to remove rather than the negation of those to keep: the same set, and
# compiled ten times faster, which the window's start-up feels.
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


# What the Word writer joins a reference with, so that no line breaks inside it
# (``docx_writer.unbroken``), and what an import reads back as a plain space and hyphen.
NO_BREAK_SPACE = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"


@lru_cache(maxsize=4096)
def clean_text(value: str) -> str:
    """Return ``value`` without the characters that XML 1.0 cannot hold."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", value)


# Cached: a document prints the same answers many times, and answers can be long.
@lru_cache(maxsize=4096)
def one_line(value: str) -> str:
    """Clean ``value`` and fold tabs and line breaks into single spaces.

    Used where text must stay on one line: document titles, table cells built from
    a name, file names and every value a template inserts.
    """
    return " ".join(clean_text(value).split())

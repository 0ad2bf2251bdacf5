"""The marks in a written Word document that let its edits be read back.

Each clause is a bookmark around its paragraphs; the document itself has a bookmark on
its title. Bookmarks survive editing in Word and LibreOffice, and names that start with
``_`` are hidden bookmarks, which Word does not list unless asked. A bookmark name has
at most 40 characters, letters, digits and ``_`` only.

- a clause: ``_<clause id, dots as _>_<digits>``, the first eight digits of the
  SHA-256 of the clause's text as written (``written_digits``), so an import can tell
  what was changed in Word from what changed in the answers since;
- the document: ``_pbdoc_<document>_<language>_<organisation>``, the organisation as
  the first eight digits of its name's fingerprint.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache

from wizard.answers.model import DocumentKind, Language
from wizard.content.clauses import CLAUSES
from wizard.content.edits import fingerprint

NAME_LIMIT = 40
DIGITS = 8
DOCUMENT_PREFIX = "_pbdoc_"


def _slug(clause_id: str) -> str:
    slug = "_" + clause_id.replace(".", "_")
    room = NAME_LIMIT - DIGITS - 1
    if len(slug) <= room:
        return slug
    # Too long: a shortened id and four digits of its digest keep names apart.
    short = hashlib.sha256(clause_id.encode()).hexdigest()[:4]
    return slug[: room - 4] + short


def written_digits(text: str) -> str:
    """The first digits of the SHA-256 of the text exactly as written.

    Not normalised first, unlike ``fingerprint``: normalising every clause made writing
    the fullest project half again as slow. Generated and edited clause text is already
    in the normal form that an import reads back, so the digits match; where they do
    not, the import compares the text with the project's own and finds no change.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGITS]


def clause_mark(clause_id: str, text: str) -> str:
    return f"{_slug(clause_id)}_{written_digits(text)}"


@cache
def _by_slug() -> dict[str, str]:
    return {_slug(clause_id): clause_id for clause_id in CLAUSES}


@dataclass(frozen=True)
class ClauseMark:
    clause_id: str
    written: str  # the first digits of the fingerprint of the text as written

    def unchanged(self, text: str) -> bool:
        return written_digits(text) == self.written


def read_clause_mark(name: str) -> ClauseMark | None:
    """The clause a bookmark marks, or None for a bookmark of someone else's."""
    slug, _, digits = name.rpartition("_")
    clause_id = _by_slug().get(slug)
    if clause_id is None or len(digits) != DIGITS:
        return None
    return ClauseMark(clause_id, digits.lower())


def organisation_digits(name: str) -> str:
    return fingerprint(name)[:DIGITS]


def document_mark(document: DocumentKind, language: Language, organisation: str) -> str:
    return f"{DOCUMENT_PREFIX}{document.value}_{language.value}_{organisation_digits(organisation)}"


@dataclass(frozen=True)
class DocumentMark:
    document: DocumentKind
    language: Language
    organisation: str  # digits


def read_document_mark(name: str) -> DocumentMark | None:
    if not name.startswith(DOCUMENT_PREFIX):
        return None
    rest, _, digits = name[len(DOCUMENT_PREFIX) :].rpartition("_")
    kind, _, language = rest.rpartition("_")
    try:
        return DocumentMark(DocumentKind(kind), Language(language), digits)
    except ValueError:
        return None

"""Issued versions: suggesting the next number, recording a snapshot, the last changes.

An issued version (``history`` in the project file) records its number, date, summary
and approver, and a snapshot of the answers as they were, so that each document's
version table and its "changes in this version" can be written later. Plain data in
the project file's shape: the window keeps its draft that way, and a snapshot written
by an older release is read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from wizard.answers.changes import Change, project_changes
from wizard.answers.labels import phrase
from wizard.language import Language

_NUMBER = re.compile(r"^(\D*?)(\d+)(?:\.(\d+))?")


def _entry(value: Any) -> Mapping[str, Any]:
    """An issued version as plain data, whether from a project or from a draft."""
    if hasattr(value, "model_dump"):
        dumped: dict[str, Any] = value.model_dump(mode="json")
        return dumped
    return value if isinstance(value, Mapping) else {}


def issued_numbers(history: Sequence[Any]) -> list[str]:
    numbers = [_entry(item).get("version") for item in history]
    return [n for n in numbers if isinstance(n, str)]


def _same_number(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def is_issued(history: Sequence[Any], version: str) -> bool:
    """Whether ``version`` was issued before (letter case and spaces do not count)."""
    return any(_same_number(version, number) for number in issued_numbers(history))


def _parts(version: str) -> tuple[str, int, int] | None:
    found = _NUMBER.match(version.strip())
    if found is None:
        return None
    return found[1], int(found[2]), int(found[3] or 0)


def suggested_versions(current: str, history: Sequence[Any]) -> list[str]:
    """Numbers to offer when issuing: the documents' own number when it was not issued
    yet, then the next minor and the next major after the highest number known.

    ``1.0`` with ``1.0`` issued gives ``1.1`` and ``2.0``; ``1.0`` never issued gives
    ``1.0``, ``1.1`` and ``2.0``. A number without digits ("concept") counts as none.
    """
    known = [n for n in [current, *issued_numbers(history)] if _parts(n) is not None]
    suggestions: list[str] = []
    if current.strip() and not is_issued(history, current):
        suggestions.append(current.strip())
    if known:
        parts = [p for p in map(_parts, known) if p is not None]
        prefix, major, minor = max(parts, key=lambda p: (p[1], p[2]))
        candidates = [f"{prefix}{major}.{minor + 1}", f"{prefix}{major + 1}.0"]
    else:
        candidates = ["1.0", "2.0"]
    for candidate in candidates:
        taken = is_issued(history, candidate) or any(
            _same_number(candidate, s) for s in suggestions
        )
        if not taken:
            suggestions.append(candidate)
    return suggestions


def approver_in_words(answers: Mapping[str, Any], language: Language) -> str:
    """Who approves, as the documents name them: "Het management", "Het bestuur"."""
    governance = answers.get("governance")
    approver = governance.get("approver") if isinstance(governance, Mapping) else None
    if not isinstance(approver, str) or not approver.strip():
        approver = "management"
    if approver == "management":
        organisation = answers.get("organisation")
        sector = organisation.get("sector") if isinstance(organisation, Mapping) else None
        approver = phrase("misc", "board" if sector == "nonprofit" else "management", language)
    return approver[:1].upper() + approver[1:]


def snapshot(answers: Mapping[str, Any], clauses: Mapping[str, Any]) -> dict[str, Any]:
    """What an issued version records: the answer sections and the clause edits' texts."""
    recorded = {key: value for key, value in answers.items() if key != "clauses"}
    recorded["clauses"] = {
        ident: {name: edit.get(name) for name in ("nl", "en", "omit") if name in edit}
        for ident, edit in ((i, e if isinstance(e, Mapping) else {}) for i, e in clauses.items())
    }
    return recorded


def issued_version(
    answers: Mapping[str, Any],
    clauses: Mapping[str, Any],
    version: str,
    *,
    summary: str | None,
    approved_by: str | None,
    day: date | None = None,
) -> dict[str, Any]:
    """A new ``history`` entry in the project file's shape.

    Issuing sets the documents' version number to ``version``; the snapshot records it
    so, as the documents of that version show it.
    """
    recorded = snapshot(answers, clauses)
    organisation = recorded.get("organisation")
    if isinstance(organisation, Mapping):
        recorded["organisation"] = {**organisation, "version": version.strip()}
    return {
        "version": version.strip(),
        "date": (day or date.today()).isoformat(),
        "summary": (summary or "").strip() or None,
        "approved_by": (approved_by or "").strip() or None,
        "answers": recorded,
    }


def changes_since_last(
    current: Mapping[str, Any],
    history: Sequence[Any],
    language: Language,
    names: Mapping[str, str] | None = None,
) -> list[Change] | None:
    """What changed since the last issued version; None when none was issued yet."""
    if not history:
        return None
    last = _entry(history[-1]).get("answers")
    found = project_changes(last if isinstance(last, Mapping) else {}, current, language, names)
    return _without_number(found)


def changes_in_last_version(
    history: Sequence[Any], language: Language, names: Mapping[str, str] | None = None
) -> list[Change] | None:
    """What the last issued version changed against the one before; None with fewer than two."""
    if len(history) < 2:
        return None
    before = _entry(history[-2]).get("answers")
    after = _entry(history[-1]).get("answers")
    found = project_changes(
        before if isinstance(before, Mapping) else {},
        after if isinstance(after, Mapping) else {},
        language,
        names,
    )
    return _without_number(found)


def _without_number(changes: list[Change]) -> list[Change]:
    # Between two issued versions the number always changes: the version table shows it.
    return [change for change in changes if change.key != "organisation.version"]

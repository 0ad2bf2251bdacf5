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
from typing import Any, Literal

from wizard import clock
from wizard.answers.changes import Change, project_changes
from wizard.answers.choices import UNNAMED_APPROVER
from wizard.language import Language

_NUMBER = re.compile(r"^(\D*?)(\d+)(?:\.(\d+))?")
# What a new version may be numbered: digits separated by dots ("1", "1.1", "2.0.1").
# The project file itself accepts any short text (hand-written files keep opening);
# only issuing insists, so that the version table never shows "versie twee".
_VERSION_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)*")
VERSION_LIMIT = 20  # as organisation.version and history[].version in the model

VersionProblem = Literal["empty", "long", "format", "taken"]


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


def is_version_number(version: str) -> bool:
    """Whether ``version`` is a number a version can be issued under: ``1``, ``2.0.1``."""
    text = version.strip()
    return len(text) <= VERSION_LIMIT and _VERSION_NUMBER.fullmatch(text) is not None


def version_problem(version: str, history: Sequence[Any]) -> VersionProblem | None:
    """Why a new version cannot be issued under ``version``, or None when it can."""
    text = version.strip()
    if not text:
        return "empty"
    if len(text) > VERSION_LIMIT:
        return "long"
    if not is_version_number(text):
        return "format"
    if is_issued(history, text):
        return "taken"
    return None


def _parts(version: str) -> tuple[str, int, int] | None:
    found = _NUMBER.match(version.strip())
    if found is None:
        return None
    return found[1], int(found[2]), int(found[3] or 0)


def suggested_versions(current: str, history: Sequence[Any]) -> list[str]:
    """Numbers to offer when issuing: the documents' own number when it was not issued
    yet, then the next minor and the next major after the highest number known.

    ``1.0`` with ``1.0`` issued gives ``1.1`` and ``2.0``; ``1.0`` never issued gives
    ``1.0``, ``1.1`` and ``2.0``. A number without digits ("concept") counts as none;
    only valid numbers are offered, so "v3" gives ``3.1`` and ``4.0``.
    """
    known = [n for n in [current, *issued_numbers(history)] if _parts(n) is not None]
    suggestions: list[str] = []
    if version_problem(current, history) is None:
        suggestions.append(current.strip())
    if known:
        parts = [p for p in map(_parts, known) if p is not None]
        _prefix, major, minor = max(parts, key=lambda p: (p[1], p[2]))
        candidates = [f"{major}.{minor + 1}", f"{major + 1}.0"]
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
    """Who approves, as answered ("Raad van Bestuur"); empty when the answers name nobody
    (the questionnaire's default), so a version is never recorded as approved by a
    management the organisation may not have."""
    governance = answers.get("governance")
    approver = governance.get("approver") if isinstance(governance, Mapping) else None
    if not isinstance(approver, str) or approver.strip().casefold() in ("", UNNAMED_APPROVER):
        return ""
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
    legal: Mapping[str, int] | None = None,
    acknowledge: bool = True,
) -> dict[str, Any]:
    """A new ``history`` entry in the project file's shape.

    Issuing sets the documents' version number to ``version``; the snapshot records it
    so, as the documents of that version show it. A ``version`` that is not a version
    number (see ``version_problem``) raises ValueError: the caller checks it first.
    ``acknowledge``: whether staff must acknowledge this version (the issuer decides,
    ``wizard.content.material`` suggests).
    """
    if not is_version_number(version):
        raise ValueError(f"not a version number: {version!r}")
    recorded = snapshot(answers, clauses)
    organisation = recorded.get("organisation")
    if isinstance(organisation, Mapping):
        recorded["organisation"] = {**organisation, "version": version.strip()}
    return {
        "version": version.strip(),
        "date": (day or clock.today()).isoformat(),
        "summary": (summary or "").strip() or None,
        "approved_by": (approved_by or "").strip() or None,
        "answers": recorded,
        # The legal statements' revisions the documents were written with.
        **({"legal": dict(legal)} if legal else {}),
        "acknowledge": acknowledge,
    }


def withdrawn(history: Sequence[Any], current: str) -> tuple[list[Any], str]:
    """The history without its last version, and the documents' number after withdrawing it.

    The number goes back to the version before the withdrawn one when it still is the
    withdrawn one's (a number changed by hand since is kept). Before the first version
    there is nothing to go back to: what the number was then is not recorded.
    """
    if not history:
        raise ValueError("no version to withdraw")
    remaining = list(history[:-1])
    last = _entry(history[-1]).get("version")
    if remaining and isinstance(last, str) and _same_number(current, last):
        before = _entry(remaining[-1]).get("version")
        if isinstance(before, str):
            return remaining, before
    return remaining, current


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


def as_issued(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The project file (decoded JSON) as it stood when its last version was issued: the
    answers and clause edits of that version's snapshot, the history up to it.

    What a redline since the last issued version compares with. A project without an
    issued version raises LookupError; an answer section the snapshot lacks (written by
    an older release) keeps the project's own.
    """
    history = raw.get("history")
    if not isinstance(history, list) or not history:
        raise LookupError("no issued version")
    answers = _entry(history[-1]).get("answers")
    issued = {key: value for key, value in raw.items() if key not in ("notes", "decisions")}
    if isinstance(answers, Mapping):
        issued.update({key: value for key, value in answers.items() if key != "clauses"})
        clauses = answers.get("clauses")
        issued["clauses"] = dict(clauses) if isinstance(clauses, Mapping) else {}
    return issued

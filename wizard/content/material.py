"""Must staff acknowledge a new version again? The program's suggestion.

Asking everyone to sign every version annoys them; a version needs a new signature only
when the code of conduct's rules changed. The rules are compared as the code's text:
both versions are written with the same stand-ins for what is no rule (names, dates,
the version number, contact details), and every clause whose text still differs is a
change in substance. The person issuing decides; the suggestion names what changed.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from wizard.answers.changes import project_changes
from wizard.answers.labels import clause_title
from wizard.answers.model import SCHEMA_VERSION, DocumentKind, IssuedVersion, Project
from wizard.content.outline import block_texts
from wizard.content.tailoring import build_outline
from wizard.language import Language, in_language

# Clauses that print the version, dates or names and hold no rule of their own.
_NOT_RULES = {"acknowledgement.form"}
_NOT_RULE_SECTIONS = {"document_control"}
_STAND_IN = "-"


def _stand_ins(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers with every name, date, number and address replaced by one stand-in."""
    raw = copy.deepcopy(dict(answers))
    organisation = raw.get("organisation")
    if isinstance(organisation, dict):
        organisation.update(name=_STAND_IN, version="0", effective_date="2000-01-01", logo=None)
        owner = organisation.get("policy_owner")
        if isinstance(owner, dict):
            owner.update(name=None, email=None)
    governance = raw.get("governance")
    if isinstance(governance, dict):
        for key in ("hr_owner", "communications_owner", "it_owner"):
            governance[key] = _STAND_IN
        governance["approver"] = "management"
        for item in governance.get("plan") or []:
            if isinstance(item, dict):
                item.update(owner=None, due=None)
    for channel in raw.get("channels") or []:
        if isinstance(channel, dict) and channel.get("manager"):
            channel["manager"] = _STAND_IN
    technical = raw.get("technical")
    if isinstance(technical, dict):
        technical["incident_contact"] = _STAND_IN
    raw.pop("output", None)  # languages and looks are no rules
    return raw


def _project(answers: Mapping[str, Any]) -> Project:
    raw = _stand_ins(answers)
    raw["schema_version"] = SCHEMA_VERSION
    clauses = raw.get("clauses")
    if isinstance(clauses, dict):
        # A snapshot records a clause edit's texts, not what they replaced.
        raw["clauses"] = {
            key: {k: v for k, v in edit.items() if k in ("nl", "en", "omit")}
            for key, edit in clauses.items()
            if isinstance(edit, dict)
        }
    return Project.model_validate(raw)


def _rule_texts(project: Project, language: Language) -> dict[str, str]:
    outline = build_outline(project, DocumentKind.CODE_OF_CONDUCT, language)
    texts: dict[str, str] = {}
    for section in outline.sections:
        if section.id in _NOT_RULE_SECTIONS:
            continue
        for clause in section.clauses:
            if clause.id not in _NOT_RULES:
                texts[clause.id] = "\n".join(t for b in clause.blocks for t in block_texts(b))
    return texts


def changed_rules(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str] | None:
    """The ids of the code's clauses whose rules differ (in either language), in the new
    version's order; None when the old snapshot cannot be read as a project."""
    try:
        before, after = _project(old), _project(new)
    except (ValidationError, TypeError, ValueError):
        return None
    changed: list[str] = []
    for language in Language:
        old_texts, new_texts = _rule_texts(before, language), _rule_texts(after, language)
        for clause_id in [*new_texts, *old_texts]:
            differs = old_texts.get(clause_id) != new_texts.get(clause_id)
            if differs and clause_id not in changed:
                changed.append(clause_id)
    return changed


_WORDS: dict[str, tuple[str, str]] = {
    "first": ("Ja, de eerste versie.", "Yes, the first version."),
    "rules": (
        "Ja, de regels veranderden sinds versie {since}: {what}.",
        "Yes, the rules changed since version {since}: {what}.",
    ),
    "names": (
        "Nee, de regels zijn die van versie {since}; veranderd: {what}.",
        "No, the rules are those of version {since}; changed: {what}.",
    ),
    "nothing": (
        "Nee, niets veranderd sinds versie {since}.",
        "No, nothing changed since version {since}.",
    ),
    "unknown": (
        "Ja, versie {since} is te oud om mee te vergelijken.",
        "Yes, version {since} is too old to compare with.",
    ),
}
_SHOWN = 2


@dataclass(frozen=True)
class Suggestion:
    acknowledge: bool
    since: str | None  # the last version that asked for acknowledgement
    rules: tuple[str, ...]  # titles of the clauses whose rules changed
    other: tuple[str, ...]  # other changes, in words (names, dates)
    unknown: bool = False

    def text(self, language: Language) -> str:
        if self.since is None:
            return in_language(_WORDS["first"], language)
        if self.unknown:
            return in_language(_WORDS["unknown"], language, since=self.since)
        if self.rules:
            return in_language(
                _WORDS["rules"], language, since=self.since, what=_listed(self.rules, language)
            )
        if self.other:
            return in_language(
                _WORDS["names"], language, since=self.since, what=_listed(self.other, language)
            )
        return in_language(_WORDS["nothing"], language, since=self.since)


def _listed(items: Sequence[str], language: Language) -> str:
    shown = "; ".join(items[:_SHOWN])
    more = len(items) - _SHOWN
    if more > 0:
        shown += f" (+{more} {'meer' if language is Language.NL else 'more'})"
    return shown


def suggest_acknowledge(
    current: Mapping[str, Any], history: Sequence[Any], language: Language
) -> Suggestion:
    """Whether the version about to be issued (``current``: the answers and clause edits
    as a snapshot) needs a new acknowledgement, against the last version that did."""
    entries = [
        item if isinstance(item, IssuedVersion) else IssuedVersion.model_validate(item)
        for item in history
    ]
    needing = [entry for entry in entries if entry.acknowledge]
    if not needing:
        return Suggestion(True, None, (), ())
    since = needing[-1]
    changed = changed_rules(since.answers, current)
    if changed is None:
        return Suggestion(True, since.version, (), (), unknown=True)
    rules = tuple(dict.fromkeys(clause_title(c, language) for c in changed))
    other = tuple(
        change.text
        for change in project_changes(since.answers, current, language)
        if change.key != "organisation.version"
    )
    return Suggestion(bool(rules), since.version, rules, other)

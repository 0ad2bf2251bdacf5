"""A new client from an earlier one: the way a consultant reuses a client's work.

The answers and the clause edits are kept; what belongs to the earlier client is
cleared: its people (the policy owner's name and e-mail address, the HR, communications
and IT owners, the channels' managers, the incident contact, the plan's owners, an
approver who is named), its logo, notes, decisions, issued versions and the documents'
version number. The organisation gets its new name, also where an edited clause named
the earlier one. The result is a draft: the cleared people are questions to answer.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.answers.draft import draft_from_raw, new_draft
from wizard.answers.labels import field_label
from wizard.answers.model import UNNAMED_APPROVER, Language
from wizard.language import in_language

# The approver's one answer that names nobody; any other is a person or a body by name.
_UNNAMED_APPROVER = UNNAMED_APPROVER


@dataclass(frozen=True)
class Cleared:
    """One thing that was cleared: its field (a key), and how many (a list's items)."""

    key: str
    count: int = 1

    def text(self, language: Language) -> str:
        label = field_label(
            "organisation.name" if self.key == "clauses.name" else self.key, language
        )
        if self.key in _PER_ITEM:
            return in_language(_PER_ITEM[self.key], language, label=label, count=self.count)
        return label


_PER_ITEM = {
    "channels.manager": ("{label} ({count} kanalen)", "{label} ({count} channels)"),
    "governance.plan.owner": (
        "{label} van een stap in het plan ({count} stappen)",
        "{label} of a plan step ({count} steps)",
    ),
    "notes": ("Notities ({count})", "Notes ({count})"),
    "decisions": ("Besluitenlog ({count} besluiten)", "Decision log ({count} decisions)"),
    "history": ("Uitgegeven versies ({count})", "Issued versions ({count})"),
    "clauses.name": (
        "{label}: vervangen in {count} aangepaste teksten",
        "{label}: replaced in {count} edited texts",
    ),
}


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


def new_from(
    raw: dict[str, Any], name: str, base_dir: Path | None = None
) -> tuple[dict[str, Any], list[Cleared]]:
    """A draft for a new client named ``name`` from an earlier client's project file
    (decoded JSON) in ``base_dir``, and what was cleared, in the order of the questions.

    The house style is the consultant's and is kept: a path relative to the earlier
    project becomes absolute, so that the new project finds it wherever it is saved.
    """
    draft = draft_from_raw(copy.deepcopy(raw))
    style = draft["output"].get("house_style")
    if isinstance(style, str) and style and base_dir is not None:
        found = Path(style).expanduser()
        draft["output"]["house_style"] = str(
            found if found.is_absolute() else (base_dir / found).absolute()
        )
    blank = new_draft()
    cleared: list[Cleared] = []
    organisation = draft["organisation"]
    earlier_name = organisation.get("name") if isinstance(organisation.get("name"), str) else ""
    owner = organisation.get("policy_owner")
    if isinstance(owner, dict):
        for part in ("name", "email"):
            if _filled(owner.get(part)):
                cleared.append(Cleared(f"organisation.policy_owner.{part}"))
            owner[part] = None
    for key, empty in (("logo", None), ("version", blank["organisation"]["version"])):
        if organisation.get(key) not in (None, empty):
            cleared.append(Cleared(f"organisation.{key}"))
        organisation[key] = empty
    organisation["name"] = name.strip()
    channels = [c for c in draft.get("channels") or [] if isinstance(c, dict)]
    managed = sum(1 for c in channels if _filled(c.get("manager")))
    for channel in channels:
        channel["manager"] = None
    if managed:
        cleared.append(Cleared("channels.manager", managed))
    technical = draft["technical"]
    if _filled(technical.get("incident_contact")):
        cleared.append(Cleared("technical.incident_contact"))
    technical["incident_contact"] = ""
    governance = draft["governance"]
    for key in ("hr_owner", "communications_owner", "it_owner"):
        if _filled(governance.get(key)):
            cleared.append(Cleared(f"governance.{key}"))
        governance[key] = ""
    if governance.get("approver") not in (None, _UNNAMED_APPROVER):
        cleared.append(Cleared("governance.approver"))
    governance["approver"] = _UNNAMED_APPROVER
    plan = [step for step in governance.get("plan") or [] if isinstance(step, dict)]
    owned = sum(1 for step in plan if _filled(step.get("owner")))
    for step in plan:
        step["owner"] = None
    if owned:
        cleared.append(Cleared("governance.plan.owner", owned))
    for key in ("notes", "decisions", "history"):
        items = draft.get(key)
        if isinstance(items, list | dict) and items:
            cleared.append(Cleared(key, len(items)))
        draft[key] = copy.deepcopy(blank[key])
    renamed = _renamed_in_edits(draft.get("clauses"), earlier_name, name.strip())
    if renamed:
        cleared.append(Cleared("clauses.name", renamed))
    return draft, cleared


def _renamed_in_edits(clauses: Any, earlier: str, new: str) -> int:
    """The earlier organisation's name replaced by the new one in edited texts; how many
    texts had it."""
    if not isinstance(clauses, dict) or not earlier.strip() or earlier == new:
        return 0
    count = 0
    for edit in clauses.values():
        if not isinstance(edit, dict):
            continue
        for language in ("nl", "en"):
            text = edit.get(language)
            if isinstance(text, str) and earlier in text:
                edit[language] = text.replace(earlier, new)
                count += 1
    return count


__all__ = ["Cleared", "new_from"]

"""Advice for the smallest organisations: suggestions by size, "choose for me", one owner.

Nothing here changes an answer by itself. The window shows a suggestion beside its
question while the answer is still the default, and applies it only when asked; "choose
for me" applies its answer when the user presses the button. Each piece of advice names
its reason by a key of the interface texts (``ui/strings.py``), so that the window can
say in one line what it chose and why.

"I do all of this myself" is not stored in the project file: it is true when the HR,
communications and IT owners and the approver all equal the policy owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

# The owners that "I do all of this myself" fills from the policy owner.
MYSELF_KEYS = (
    "governance.hr_owner",
    "governance.communications_owner",
    "governance.it_owner",
    "governance.approver",
)

# Whom to tell about an incident: the owner too, while nobody else was named.
INCIDENT_KEY = "technical.incident_contact"

# Sectors whose data or rules ask for more care than a shop or a workshop.
SENSITIVE_SECTORS = {"healthcare", "government", "financial"}

# Jargon questions that offer "Don't know: choose for me".
CHOOSE_FOR_ME_KEYS = (
    "markets.webcare",
    "confidentiality.framework",
    "confidentiality.classification",
    "technical.separation",
    "technical.byod",
    "technical.mfa",
    "governance.approver",
)

# The labels.toml value kind of each key advice can name.
KINDS = {
    "markets.segments": "segment",
    "markets.webcare": "boolean",
    "confidentiality.framework": "framework",
    "confidentiality.classification": "classification",
    "behaviour.sanctions": "sanctions",
    "behaviour.training": "training",
    "technical.separation": "separation",
    "technical.byod": "byod",
    "technical.mfa": "boolean",
}


@dataclass(frozen=True)
class Advice:
    key: str
    value: Any
    reason: str  # a key of ui.strings.TEXTS


@cache
def _defaults() -> dict[str, Any]:
    from wizard.answers.draft import new_draft

    return new_draft()


def default_value(key: str) -> Any:
    from wizard.answers.draft import get_value

    return get_value(_defaults(), key)


def _get(draft: dict[str, Any], key: str) -> Any:
    from wizard.answers.draft import get_value

    try:
        return get_value(draft, key)
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def owner_value(draft: dict[str, Any]) -> str:
    """The policy owner as the owners' fields name them: the name, or else the role."""
    name = _get(draft, "organisation.policy_owner.name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    role = _get(draft, "organisation.policy_owner.role")
    return role.strip() if isinstance(role, str) else ""


def does_it_all(draft: dict[str, Any]) -> bool:
    """True when the policy owner is also every owner and the approver."""
    owner = owner_value(draft)
    return bool(owner) and all(str(_get(draft, key) or "").strip() == owner for key in MYSELF_KEYS)


def myself_answers(draft: dict[str, Any], chosen: frozenset[str] | set[str]) -> dict[str, Any]:
    """The answers that make the policy owner every owner and the approver.

    The incident contact follows too while the user has not chosen one (or left it
    empty): in a business of four, the owner is whom you tell. Nothing when no owner
    has been named yet, so that names typed before are never wiped.
    """
    owner = owner_value(draft)
    if not owner:
        return {}
    found = {key: owner for key in MYSELF_KEYS}
    contact = _get(draft, INCIDENT_KEY)
    if INCIDENT_KEY not in chosen or not str(contact or "").strip():
        found[INCIDENT_KEY] = owner
    return {key: value for key, value in found.items() if _get(draft, key) != value}


def suggestions(draft: dict[str, Any]) -> dict[str, Advice]:
    """Answers that usually fit the organisation's size better than the defaults."""
    size = _get(draft, "organisation.size")
    sector = _get(draft, "organisation.sector")
    found: list[Advice] = []
    if size == "micro":
        if sector != "professional_services":
            found.append(Advice("markets.segments", ["consumer"], "advice.segments.micro"))
        if sector not in SENSITIVE_SECTORS:
            found += [
                Advice("confidentiality.framework", "none", "advice.framework.small"),
                Advice("confidentiality.classification", "none", "advice.classification.micro"),
                Advice("technical.byod", "allowed", "advice.byod.micro"),
            ]
        found.append(Advice("behaviour.sanctions", "guidance", "advice.sanctions.micro"))
    elif size in ("medium", "large"):
        found.append(
            Advice("behaviour.training", "onboarding_and_annual", "advice.training.larger")
        )
    return {advice.key: advice for advice in found if advice.value != default_value(advice.key)}


def choose_for_me(key: str, draft: dict[str, Any]) -> Advice:
    """The sensible answer for the organisation's size and sector, with its reason."""
    size = _get(draft, "organisation.size") or "small"
    sector = _get(draft, "organisation.sector") or "general"
    small = size in ("micro", "small")
    if key == "confidentiality.framework":
        if sector == "healthcare":
            return Advice(key, "nen7510", "advice.framework.healthcare")
        if sector == "government":
            return Advice(key, "bio", "advice.framework.government")
        if small:
            return Advice(key, "none", "advice.framework.small")
        return Advice(key, "iso27002", "advice.framework.larger")
    if key == "confidentiality.classification":
        if size == "micro" and sector not in SENSITIVE_SECTORS:
            return Advice(key, "none", "advice.classification.micro")
        if size == "large":
            return Advice(key, "four_level", "advice.classification.large")
        return Advice(key, "three_level", "advice.classification.three")
    if key == "technical.separation":
        return Advice(key, "open", "advice.separation.open")
    if key == "technical.byod":
        if size == "micro" and sector not in SENSITIVE_SECTORS:
            return Advice(key, "allowed", "advice.byod.micro")
        return Advice(key, "allowed_managed", "advice.byod.managed")
    if key == "technical.mfa":
        return Advice(key, True, "advice.mfa")
    if key == "markets.webcare":
        channels = _get(draft, "channels") or []
        official = any(isinstance(c, dict) and c.get("official_account") for c in channels)
        goals = _get(draft, "markets.goals") or []
        segments = _get(draft, "markets.segments") or []
        if official and ("customer_service" in goals or "consumer" in segments):
            return Advice(key, True, "advice.webcare.yes")
        return Advice(key, False, "advice.webcare.no")
    if key == "governance.approver":
        owner = owner_value(draft)
        if size == "micro" and owner:
            return Advice(key, owner, "advice.approver.owner")
        return Advice(key, "management", "advice.approver.management")
    raise KeyError(key)

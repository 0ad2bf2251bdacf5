"""Answers that follow the organisation's size and sector until the user chooses them.

The project file's defaults are those of a firm of 10 to 49. A new project in the window
starts from the answers that fit its size and sector instead, and choosing another size
or sector sets every answer the user has not chosen yet to what fits that one: a hair
salon of four gets no ISO 27002, no classification scheme and no graded sanctions
without asking for them. An answer the user chose is never changed.

Which answers the user chose is the caller's record (the window's answer store keeps
it beside the draft); this module only says what fits and what changes. No Qt here.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from wizard.answers.advice import SENSITIVE_SECTORS
from wizard.answers.draft import get_value, new_draft, set_value
from wizard.language import Language

# The answers that follow the size and sector, in questionnaire order.
FITTED_KEYS = (
    "markets.segments",
    "confidentiality.framework",
    "confidentiality.classification",
    "confidentiality.generative_ai",
    "behaviour.disclaimer",
    "behaviour.training",
    "behaviour.sanctions",
    "technical.byod",
)

# Sectors that sell to people rather than to firms.
CONSUMER_SECTORS = {"retail", "hospitality", "personal_services"}
# The documents' languages: the interface's, in a new project, until chosen.
LANGUAGES_KEY = "output.languages"
# The answers that make the size and sector: changing one of them refits the others.
FITTING_QUESTIONS = ("organisation.size", "organisation.sector")


def fitting_answers(size: str, sector: str) -> dict[str, Any]:
    """The answer to each of ``FITTED_KEYS`` that fits a firm of this size and sector."""
    sensitive = sector in SENSITIVE_SECTORS
    micro = size == "micro"
    larger = size in ("medium", "large")
    if sector == "professional_services":
        segments = ["business"]
    elif sector in CONSUMER_SECTORS or micro:
        segments = ["consumer"]
    else:
        segments = ["business"]
    if sector == "healthcare":
        framework = "nen7510"
    elif sector == "government":
        framework = "bio"
    elif larger or sensitive:
        framework = "iso27002"
    else:
        # The question's own help: "Not sure, or a small business? Choose No framework."
        framework = "none"
    if micro and not sensitive:
        classification = "none"
    elif size == "large":
        classification = "four_level"
    else:
        classification = "three_level"
    return {
        "markets.segments": segments,
        "confidentiality.framework": framework,
        "confidentiality.classification": classification,
        # The question's help says "Not sure? Allowed, without confidential data"; the
        # file's default (approved tools only) warns until tools are named.
        "confidentiality.generative_ai": "allowed_without_confidential",
        # "Views are my own" under a hairdresser's profile: a big firm's habit.
        "behaviour.disclaimer": not micro,
        "behaviour.training": "onboarding_and_annual" if larger else "onboarding",
        "behaviour.sanctions": "guidance" if micro else "graded",
        "technical.byod": "allowed" if micro and not sensitive else "allowed_managed",
    }


def _size_and_sector(draft: Mapping[str, Any]) -> tuple[str, str]:
    organisation = draft.get("organisation")
    if not isinstance(organisation, dict):
        return "small", "general"
    return str(organisation.get("size") or "small"), str(organisation.get("sector") or "general")


@dataclass(frozen=True)
class Refit:
    """What fitting changed: each key's answer before and after, for one line and undo."""

    size: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    sector: str = "general"  # the line names it: choosing a sector refits too

    def __len__(self) -> int:
        return len(self.after)


def refit(draft: dict[str, Any], chosen: Collection[str]) -> Refit:
    """The answers to change so that every answer not in ``chosen`` fits the draft's size
    and sector; the draft itself is left as it is (the caller sets them, so that every
    listener hears of each)."""
    size, sector = _size_and_sector(draft)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, value in fitting_answers(size, sector).items():
        if key in chosen:
            continue
        try:
            current = get_value(draft, key)
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if current != value:
            before[key] = copy.deepcopy(current)
            after[key] = value
    return Refit(size, before, after, sector)


def undo_refit(draft: dict[str, Any], done: Refit) -> dict[str, Any]:
    """The answers that take back ``done``: only those still as fitting left them."""
    undo: dict[str, Any] = {}
    for key, value in done.after.items():
        try:
            current = get_value(draft, key)
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if current == value:
            undo[key] = copy.deepcopy(done.before[key])
    return undo


def new_project_draft(language: Language) -> dict[str, Any]:
    """A new project as the window starts it: the answers fit its (default) size and
    sector, and the documents are in the interface's language."""
    draft = new_draft()
    for key, value in refit(draft, ()).after.items():
        set_value(draft, key, value)
    set_value(draft, LANGUAGES_KEY, [language.value])
    return draft


# Questions a micro business can leave as they are: their answer fits one of 1 to 9
# people (or follows another answer). The window folds them under "More choices", where
# anyone who looks finds them; none of them is required.
FOLDED_FOR_MICRO = frozenset(
    {
        "organisation.policy_owner.email",
        "organisation.jurisdiction",
        "organisation.style",
        "organisation.effective_date",
        "organisation.version",
        "organisation.review_months",
        "organisation.logo",
        "markets.segments",
        "markets.ambassadors",
        "markets.webcare_response_hours",
        "confidentiality.framework",
        "confidentiality.classification",
        "confidentiality.never_share",
        "confidentiality.approved_ai_tools",
        "behaviour.spokespersons",
        "behaviour.disclaimer",
        "behaviour.criticism_route",
        "behaviour.after_hours",
        "behaviour.wellbeing_support",
        "behaviour.training",
        "behaviour.monitoring",
        "behaviour.sanctions",
        "technical.separation",
        "technical.blocked_channels",
        "technical.byod",
        "technical.account_register",
        "technical.offboarding",
        "governance.baseline",
        # Five steps with owners and dates ("baseline measurement", "assurance"): a firm's
        # project, not a salon's; the documents name the steps without them.
        "governance.plan",
    }
)


def folded_questions(draft: Mapping[str, Any], open_fields: Collection[str]) -> frozenset[str]:
    """The questions to fold away for this draft: for a micro business, those whose
    answer fits, unless something about them is open or wrong (``open_fields``, the
    dotted keys of the draft's problems and warnings), which must stay in view."""
    size, _sector = _size_and_sector(draft)
    if size != "micro":
        return frozenset()
    return frozenset(
        key
        for key in FOLDED_FOR_MICRO
        if not any(field == key or field.startswith(f"{key}.") for field in open_fields)
    )

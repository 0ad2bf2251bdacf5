"""A draft: the answers while they are being given, complete or not.

The wizard edits a draft (plain JSON data in the project file's shape), so that a
half-answered project can be shown, autosaved, saved and resumed. ``draft_problems``
says what is still missing or wrong, field by field; ``Project`` is built from a
draft only once it is complete.
"""

from __future__ import annotations

import calendar
import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wizard import clock
from wizard.answers.messages import Problem, problems_from_validation
from wizard.answers.model import (
    SCHEMA_VERSION,
    Behaviour,
    Confidentiality,
    Language,
    Markets,
    Output,
    PlanItem,
    PlanStepId,
    Project,
    default_framework,
)
from wizard.sanitise import clean_text

# Problems a half-answered project may have: an answer still open, a rule between
# answers, a logo or house style to choose again. The window's pages can repair them
# and the workshop report lists them; any other problem (a wrong type, an unknown key,
# a value out of range) means the file cannot be shown or reported faithfully.
OPEN_IN_DRAFT = frozenset(
    {
        "missing",
        "blank",
        "at_least_one",
        "manager_required",
        "label_required",
        "email",
        "logo_missing",
        "logo_not_image",
        "logo_too_large",
        "logo_dimensions",
        # A house style to choose again on the review page (checked inside when used).
        "house_style_missing",
        "house_style_not_word",
        "house_style_macros",
    }
)


def new_draft(today: date | None = None) -> dict[str, Any]:
    """An empty project with every default of the project file format filled in."""
    today = today or clock.today()
    confidentiality = Confidentiality().model_dump(mode="json")
    confidentiality["framework"] = None  # follows the sector until chosen
    return {
        "schema_version": SCHEMA_VERSION,
        "output": Output().model_dump(mode="json"),
        "organisation": {
            "name": "",
            "sector": "general",
            "size": "small",
            "jurisdiction": "nl",
            "style": "informal",
            "policy_owner": {"name": None, "role": "", "email": None},
            "effective_date": today.isoformat(),
            "version": "1.0",
            "review_months": 12,
            "logo": None,
        },
        "channels": [],
        "markets": Markets().model_dump(mode="json"),
        "confidentiality": confidentiality,
        "behaviour": Behaviour().model_dump(mode="json"),
        "technical": {
            "separation": "open",
            "blocked_channels": [],
            "byod": "allowed_managed",
            "mfa": True,
            "password_manager": True,
            "account_register": True,
            "offboarding": True,
            "incident_contact": "",
        },
        "governance": {
            "hr_owner": "",
            "communications_owner": "",
            "it_owner": "",
            "approver": "management",
            "baseline": [],
            "plan": [PlanItem(step=step).model_dump(mode="json") for step in PlanStepId],
        },
        # Version 2: the consultant's edits, notes, decisions and issued versions.
        "clauses": {},
        "notes": {},
        "decisions": [],
        "history": [],
    }


def _cleaned(value: Any) -> Any:
    """Every text of the file without what XML cannot hold (a lone surrogate, a NUL),
    keys included, as the model cleans answers: the window and the workshop report
    show the draft itself, and a document cannot hold those characters."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value


def draft_from_raw(raw: dict[str, Any]) -> dict[str, Any]:
    """Lay a loaded file over the defaults, so that every key the wizard edits exists."""
    draft = new_draft()
    # The file reader bounds the depth (wizard.answers.project_file.MAX_DEPTH).
    raw = _cleaned(raw)
    for key, value in raw.items():
        if isinstance(value, dict) and isinstance(draft.get(key), dict):
            draft[key].update(copy.deepcopy(value))
        else:
            draft[key] = copy.deepcopy(value)
    # A section of the wrong type stays as it is, for validation to name it.
    organisation = draft.get("organisation")
    owner = organisation.get("policy_owner") if isinstance(organisation, dict) else None
    if isinstance(owner, dict):
        draft["organisation"]["policy_owner"] = {"name": None, "role": "", "email": None, **owner}
    return draft


def draft_from_project(project: Project) -> dict[str, Any]:
    return draft_from_raw(project.model_dump(mode="json"))


def draft_problems(draft: dict[str, Any], base_dir: Path | None = None) -> list[Problem]:
    """What is still missing or wrong, including a logo file that cannot be used."""
    from wizard.answers.project_file import check_house_style_file, check_logo_path

    try:
        Project.model_validate(draft)
        problems = []
    except ValidationError as error:
        problems = problems_from_validation(error, draft)
    organisation, output = draft.get("organisation"), draft.get("output")
    logo = organisation.get("logo") if isinstance(organisation, dict) else None
    if isinstance(logo, str) and not any(p.field == "organisation.logo" for p in problems):
        problem = check_logo_path(logo, base_dir)
        if problem is not None:
            problems.append(problem)
    style = output.get("house_style") if isinstance(output, dict) else None
    if isinstance(style, str) and not any(p.field == "output.house_style" for p in problems):
        problem = check_house_style_file(style, base_dir)
        if problem is not None:
            problems.append(problem)
    return problems


def project_from_draft(draft: dict[str, Any]) -> Project | None:
    try:
        return Project.model_validate(draft)
    except ValidationError:
        return None


def draft_bytes(draft: dict[str, Any]) -> bytes:
    """A draft as the project file holds it: the same shape and key order as a project."""
    project = project_from_draft(draft)
    if project is not None:
        from wizard.answers.project_file import project_bytes

        return project_bytes(project)
    return (json.dumps(draft, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def effective_framework(draft: dict[str, Any]) -> str:
    chosen = draft["confidentiality"].get("framework")
    if chosen:
        return str(chosen)
    from wizard.answers.model import Sector

    try:
        return default_framework(Sector(draft["organisation"]["sector"])).value
    except ValueError:
        return "iso27002"


def preview_draft(draft: dict[str, Any], language: Language) -> Project | None:
    """The draft with its open answers shown as [field name], for the live preview.

    An answer that is still being typed and is not valid yet (a half e-mail address,
    a name that is too long) is shown the same way, so the preview keeps up with the
    rest. The preview shows the documents taking shape before every question is
    answered; exported documents never contain these markers, because export needs a
    valid project.
    """
    trial = copy.deepcopy(draft)
    for _ in range(3):  # a fix can reveal the next problem (an object's own rules)
        try:
            return Project.model_validate(trial, context=PREVIEW)
        except ValidationError as error:
            problems = problems_from_validation(error, trial)
        if not _fill_markers(trial, problems, language):
            return None
    try:
        return Project.model_validate(trial, context=PREVIEW)
    except ValidationError:
        return None


# Validation context of the preview: a marker stands in for an e-mail address too.
PREVIEW = {"markers": True}

# Answers the preview shows as a marker: open ones, and ones not finished yet.
MARKED = ("blank", "missing", "email", "too_long_text")


def _fill_markers(trial: dict[str, Any], problems: list[Problem], language: Language) -> bool:
    from wizard.answers.labels import field_label
    from wizard.answers.model import ChannelId

    filled = False
    for problem in problems:
        marker = f"[{field_label(problem.field, language)}]"
        if problem.field == "channels" and problem.code == "at_least_one":
            trial["channels"] = [{"id": ChannelId.OTHER.value, "label": marker}]
            filled = True
        elif problem.code in MARKED:
            parts = problem.field.split(".")
            if parts[0] == "channels" and len(parts) == 3:
                for channel in trial["channels"]:
                    if channel.get("id") == parts[1]:
                        channel[parts[2]] = marker
                        filled = True
            else:
                try:
                    set_value(trial, problem.field, marker)
                    filled = True
                except (KeyError, TypeError, IndexError, ValueError):
                    return False
        elif problem.code in ("manager_required", "label_required"):
            parts = problem.field.split(".")
            for channel in trial["channels"]:
                if channel.get("id") == parts[1]:
                    channel[parts[2]] = marker
                    filled = True
        else:
            return False
    return filled


def _step(node: Any, part: str) -> Any:
    return node[int(part)] if isinstance(node, list) else node[part]


def get_value(draft: dict[str, Any], key: str) -> Any:
    """The value at a dotted key; a number steps into a list (``channels.0.id``)."""
    node: Any = draft
    for part in key.split("."):
        node = _step(node, part)
    return node


def set_value(draft: dict[str, Any], key: str, value: Any) -> None:
    *path, last = key.split(".")
    node: Any = draft
    for part in path:
        node = _step(node, part)
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def dates_moved_ahead(draft: dict[str, Any], today: date) -> dict[str, Any]:
    """The draft with its effective date and plan dates moved by whole months, as little
    as needed for all of them to lie after ``today``; their spacing is kept.

    An example started on any day then reads as a policy about to take effect, with
    its plan ahead of it, instead of warning that its dates have passed.
    """
    moved = copy.deepcopy(draft)
    organisation = moved.get("organisation")
    governance = moved.get("governance")
    fields: list[tuple[dict[str, Any], str]] = []
    if isinstance(organisation, dict):
        fields.append((organisation, "effective_date"))
    if isinstance(governance, dict) and isinstance(governance.get("plan"), list):
        fields += [(step, "due") for step in governance["plan"] if isinstance(step, dict)]
    days: list[tuple[dict[str, Any], str, date]] = []
    for holder, key in fields:
        try:
            days.append((holder, key, date.fromisoformat(str(holder.get(key)))))
        except ValueError:
            continue  # an empty or broken date stays as it is, for the pages to point at
    if not days:
        return moved
    earliest = min(day for _, _, day in days)
    months = max(0, (today.year - earliest.year) * 12 + today.month - earliest.month)
    while _months_later(earliest, months) <= today:
        months += 1
    for holder, key, day in days:
        holder[key] = _months_later(day, months).isoformat()
    return moved


def _months_later(day: date, months: int) -> date:
    """``day`` moved by whole months; the last day of a month stays the last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _last_day(year, month + 1)
    keep_last = day.day == _last_day(day.year, day.month)
    return date(year, month + 1, last if keep_last else min(day.day, last))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]

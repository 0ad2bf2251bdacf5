"""Reminders as an iCalendar file: the next review and each plan step with a due date.

The file is built with the ``icalendar`` library, never as hand-written text, and
written atomically. Every event is an all-day event with a reminder a week before (at
9:00 that day). Its UID is derived from the organisation's name and the item (the
review, or a plan step), so the file made next month carries the same UIDs: a calendar
that matches events by UID updates them instead of adding copies.

The wording is in the project's first document language: the calendar is part of the
policy, and it is read by the same people.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from wizard import clock
from wizard.answers.labels import phrase, value_label
from wizard.answers.model import Language, PlanStepId, Project
from wizard.content.tailoring import next_review
from wizard.content.wording import long_date
from wizard.files import atomic_write, slug
from wizard.language import in_language

PRODID = "-//Social Media Policy Builder//Reminders//EN"
# A week before an all-day event, at 9:00 in the morning: 6 days and 15 hours before
# the midnight it starts at.
REMINDER_BEFORE = timedelta(days=6, hours=15)

# (Dutch, English)
_WORDS: dict[str, tuple[str, str]] = {
    "calendar": ("Social-mediabeleid {org}", "Social media policy {org}"),
    "review": ("herziening", "review"),
    "step": ("stap {number} ({label})", "step {number} ({label})"),
    "review_text": (
        "Tijd om het social-mediabeleid van {org} te herzien (nu versie {version}, "
        "ingegaan op {effective}). Het beleid wordt elke {months} maanden herzien.",
        "Time to review the social media policy of {org} (now version {version}, effective "
        "from {effective}). The policy is reviewed every {months} months.",
    ),
    "review_owner": ("Eigenaar van het beleid: {owner}.", "Policy owner: {owner}."),
    "step_due": (
        "Stap {number} van {total} in het plan; uiterlijk klaar op {due}.",
        "Step {number} of {total} in the plan; due on {due}.",
    ),
    "step_owner": ("Verantwoordelijk: {owner}.", "Owner: {owner}."),
    "reminder": ("Over een week: {summary}", "In a week: {summary}"),
    # command-line messages
    "out_is_folder": (
        "{path} is een map; geef een bestandsnaam, bijvoorbeeld {example}.",
        "{path} is a folder; give a file name, for example {example}.",
    ),
}


def say(key: str, language: Language, **params: object) -> str:
    """A piece of the calendar's wording, or a message, in ``language``."""
    return in_language(_WORDS[key], language, **params)


@dataclass(frozen=True)
class Reminder:
    """One all-day event of the calendar file."""

    uid: str
    day: date
    summary: str
    description: str


def calendar_language(project: Project) -> Language:
    """The project's first document language."""
    return project.output.languages[0]


def event_uid(organisation: str, item: str) -> str:
    """A UID that stays the same for the same organisation and item, run after run."""
    digest = hashlib.sha256(f"{organisation}\n{item}".encode()).hexdigest()[:12]
    return f"{item}-{slug(organisation, limit=40) or 'policy'}-{digest}@policy-builder"


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def reminders(project: Project) -> list[Reminder]:
    """The review and each plan step with a due date, in the order of their dates."""
    language = calendar_language(project)
    organisation = project.organisation
    org = organisation.name
    prefix = say("calendar", language, org=org)
    owner = organisation.policy_owner
    owner_text = f"{owner.name} ({owner.role})" if owner.name else owner.role
    review = Reminder(
        uid=event_uid(org, "review"),
        day=next_review(project),
        summary=f"{prefix}: {say('review', language)}",
        description="\n".join(
            [
                say(
                    "review_text",
                    language,
                    org=org,
                    version=organisation.version,
                    effective=long_date(organisation.effective_date, language),
                    months=organisation.review_months,
                ),
                say("review_owner", language, owner=owner_text),
            ]
        ),
    )
    steps = list(PlanStepId)
    planned = sorted(
        (item for item in project.governance.plan if item.due is not None),
        key=lambda item: (item.due, steps.index(item.step)),
    )
    events = []
    for item in planned:
        assert item.due is not None
        number = steps.index(item.step) + 1
        label = _first_lower(value_label("plan_step", item.step, language))
        owner_text = item.owner or phrase("misc", "to_assign", language)
        lines = [
            phrase("plan_what", item.step.value, language),
            say(
                "step_due",
                language,
                number=number,
                total=len(steps),
                due=long_date(item.due, language),
            ),
            say("step_owner", language, owner=owner_text),
        ]
        events.append(
            Reminder(
                uid=event_uid(org, f"plan-{item.step.value}"),
                day=item.due,
                summary=f"{prefix}: {say('step', language, number=number, label=label)}",
                description="\n".join(lines),
            )
        )
    # The review goes first on a day it shares with a step.
    return sorted([review, *events], key=lambda event: event.day)


def build_calendar(project: Project, now: datetime | None = None) -> bytes:
    """The iCalendar file's bytes; ``now`` is the time stamp of every event."""
    stamp = (now or clock.now_utc()).astimezone(UTC).replace(microsecond=0)
    language = calendar_language(project)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", say("calendar", language, org=project.organisation.name))
    for reminder in reminders(project):
        event = Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", reminder.day)
        event.add("dtend", reminder.day + timedelta(days=1))
        event.add("summary", reminder.summary)
        event.add("description", reminder.description)
        # A reminder, not an appointment: the day stays free in the calendar.
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", say("reminder", language, summary=reminder.summary))
        alarm.add("trigger", -REMINDER_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def write_calendar(project: Project, path: Path, now: datetime | None = None) -> list[Reminder]:
    """Write the calendar file atomically; returns its events."""
    atomic_write(path, build_calendar(project, now))
    return reminders(project)

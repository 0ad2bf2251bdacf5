"""The calendar file: read back with the iCalendar library, and the command end to end."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar, Event

from tests.conftest import EXAMPLES, ROOT, write_json
from tests.test_main import run
from wizard.answers.model import Language, Project
from wizard.output.calendar_file import build_calendar, event_uid

NOW = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


def _events(data: bytes) -> list[Event]:
    calendar = Calendar.from_ical(data)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def _project(raw: dict[str, Any]) -> Project:
    return Project.model_validate(raw)


@pytest.fixture
def planned(minimal_raw: dict[str, Any]) -> dict[str, Any]:
    minimal_raw["organisation"].update(
        name="Bakkerij Van Dijk",
        effective_date="2026-12-01",
        review_months=24,
        policy_owner={"name": "Henk van Dijk", "role": "eigenaar"},
    )
    minimal_raw["governance"]["plan"] = [
        {"step": "baseline", "owner": "Henk van Dijk", "due": "2026-11-30"},
        {"step": "policy", "owner": "Lotte van Dijk", "due": "2027-01-15"},
        {"step": "implementation", "owner": "Lotte van Dijk"},
        {"step": "assurance", "due": "2027-06-01"},
    ]
    return minimal_raw


def test_review_and_each_dated_step_become_all_day_events(planned: dict[str, Any]) -> None:
    events = _events(build_calendar(_project(planned), NOW))
    starts = sorted(event.decoded("dtstart") for event in events)
    # review: 2026-12-01 + 24 months; the step without a date is left out.
    assert starts == [date(2026, 11, 30), date(2027, 1, 15), date(2027, 6, 1), date(2028, 12, 1)]
    for event in events:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is date and end == start + timedelta(days=1)  # all day
        assert event.decoded("dtstamp") == NOW
        assert event["transp"] == "TRANSPARENT"


def test_dutch_wording_with_the_owner_in_the_description(planned: dict[str, Any]) -> None:
    events = {e["summary"]: e for e in _events(build_calendar(_project(planned), NOW))}
    review = events["Social-mediabeleid Bakkerij Van Dijk: herziening"]
    assert review.decoded("dtstart") == date(2028, 12, 1)
    assert "Henk van Dijk (eigenaar)" in review["description"]
    assert "elke 24 maanden" in review["description"]
    step = events["Social-mediabeleid Bakkerij Van Dijk: stap 2 (beleid)"]
    assert "Verantwoordelijk: Lotte van Dijk." in step["description"]
    assert "Stap 2 van 5 in het plan; uiterlijk klaar op 15 januari 2027." in step["description"]
    unowned = events["Social-mediabeleid Bakkerij Van Dijk: stap 5 (borging)"]
    assert "Verantwoordelijk: nog toe te wijzen." in unowned["description"]


def test_english_when_the_documents_are_english(planned: dict[str, Any]) -> None:
    planned["output"] = {"languages": ["en"]}
    data = build_calendar(_project(planned), NOW)
    calendar = Calendar.from_ical(data)
    assert calendar["x-wr-calname"] == "Social media policy Bakkerij Van Dijk"
    events = {e["summary"]: e for e in _events(data)}
    review = events["Social media policy Bakkerij Van Dijk: review"]
    assert "Policy owner: Henk van Dijk (eigenaar)." in review["description"]
    step = events["Social media policy Bakkerij Van Dijk: step 1 (baseline measurement)"]
    assert "Owner: Henk van Dijk." in step["description"]
    assert "Step 1 of 5 in the plan; due on 30 November 2026." in step["description"]
    unowned = events["Social media policy Bakkerij Van Dijk: step 5 (assurance)"]
    assert "Owner: to be assigned." in unowned["description"]


def test_calendar_header_and_a_reminder_a_week_before(planned: dict[str, Any]) -> None:
    data = build_calendar(_project(planned), NOW)
    calendar = Calendar.from_ical(data)
    assert calendar["version"] == "2.0"
    assert "Social Media Policy Builder" in calendar["prodid"]
    for event in _events(data):
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        assert len(alarms) == 1
        alarm = alarms[0]
        assert alarm["action"] == "DISPLAY" and alarm["description"]
        start = datetime.combine(event.decoded("dtstart"), datetime.min.time())
        # seven days before, at nine in the morning
        assert start + alarm.decoded("trigger") == start - timedelta(days=7) + timedelta(hours=9)


def test_uids_are_stable_and_distinct(planned: dict[str, Any]) -> None:
    first = _events(build_calendar(_project(planned), NOW))
    later = _events(build_calendar(_project(planned), NOW + timedelta(days=40)))
    uids = [str(event["uid"]) for event in first]
    assert len(set(uids)) == len(uids)
    assert uids == [str(event["uid"]) for event in later]
    # a changed date keeps the UID: re-importing updates the event
    planned["governance"]["plan"][0]["due"] = "2026-12-15"
    moved = _events(build_calendar(_project(planned), NOW))
    assert {str(event["uid"]) for event in moved} == set(uids)
    # another organisation gets other UIDs
    planned["organisation"]["name"] = "Bakkerij Van Dijk-Jansen"
    other = _events(build_calendar(_project(planned), NOW))
    assert not {str(event["uid"]) for event in other} & set(uids)


def test_uid_is_made_from_organisation_and_item() -> None:
    uid = event_uid("Café Zoë", "review")
    assert uid == event_uid("Café Zoë", "review")
    assert uid.startswith("review-cafe-zoe-") and uid.endswith("@policy-builder")
    assert event_uid("Café Zoe", "review") != uid


def test_without_plan_dates_only_the_review(minimal_raw: dict[str, Any]) -> None:
    events = _events(build_calendar(_project(minimal_raw), NOW))
    assert len(events) == 1 and "herziening" in events[0]["summary"]


def test_text_is_escaped_by_the_library(planned: dict[str, Any]) -> None:
    planned["organisation"]["name"] = "Smit, Zn; & Co"
    data = build_calendar(_project(planned), NOW)
    assert b"Smit\\, Zn\\; & Co" in data
    assert all("Smit, Zn; & Co" in e["summary"] for e in _events(data))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded


# --- the command, as a user runs it ----------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_calendar_command_writes_a_file_that_reads_back(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "herziening.ics"
    result = run("calendar", example, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == str(out)
    events = _events(out.read_bytes())
    listed = result.stdout.splitlines()[1:]
    assert len(events) == len(listed)
    days = [line.split()[0] for line in listed]
    assert days == sorted(days)  # by date
    assert sorted(days) == sorted(e.decoded("dtstart").isoformat() for e in events)
    assert any(e["summary"].endswith(("herziening", "review")) for e in events)
    assert not [p for p in tmp_path.iterdir() if p.name != out.name]  # no temporary left


def test_calendar_command_keeps_uids_across_runs(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run("calendar", EXAMPLES[0], "--out", first).returncode == 0
    assert run("calendar", EXAMPLES[0], "--out", second).returncode == 0
    assert [e["uid"] for e in _events(first.read_bytes())] == [
        e["uid"] for e in _events(second.read_bytes())
    ]


def test_calendar_command_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "review.ics"
    out.write_text("keep me", encoding="utf-8")
    refused = run("calendar", EXAMPLES[0], "--out", out)
    assert refused.returncode == 2
    assert "--force" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run("calendar", EXAMPLES[0], "--out", out, "--force").returncode == 0
    assert _events(out.read_bytes())


def test_calendar_command_refuses_a_folder(tmp_path: Path) -> None:
    result = run("calendar", EXAMPLES[0], "--out", tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"{tmp_path}: {tmp_path} is a folder; give a file name, for example "
        f"{tmp_path / 'review.ics'}."
    )
    assert list(tmp_path.iterdir()) == []


def test_calendar_command_invalid_project(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    minimal_raw["organisation"]["effective_date"] = "2026-13-01"
    project = write_json(tmp_path / "p.policy.json", minimal_raw)
    out = tmp_path / "review.ics"
    result = run("calendar", project, "--out", out)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(project) in lines[0]
    assert "organisation.effective_date" in lines[0] and "not a valid date" in lines[0]
    assert not out.exists()


def test_calendar_command_in_dutch(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8", "PYTHONPATH": str(ROOT)}
    out = tmp_path / "review.ics"
    out.write_text("", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "calendar", str(EXAMPLES[0]), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 2 and "bestaat al; gebruik --force" in result.stderr


def test_languages_follow_the_order_of_output_languages(planned: dict[str, Any]) -> None:
    # The first of output.languages is the project's main language.
    planned["output"] = {"languages": ["en", "nl"]}
    assert _project(planned).output.languages[0] is Language.EN
    assert "review" in _events(build_calendar(_project(planned), NOW))[-1]["summary"]
    planned["output"] = {"languages": ["nl", "en"]}
    assert "herziening" in _events(build_calendar(_project(planned), NOW))[-1]["summary"]

"""Moving an example's dates ahead of today (``dates_moved_ahead``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.answers.draft import dates_moved_ahead


def draft(effective: str, *dues: str) -> dict[str, Any]:
    return {
        "organisation": {"effective_date": effective},
        "governance": {"plan": [{"step": "baseline", "due": due} for due in dues]},
    }


def test_dates_ahead_of_today_stay_as_they_are() -> None:
    before = draft("2026-12-01", "2026-11-30")
    assert dates_moved_ahead(before, date(2026, 11, 16)) == before


def test_passed_dates_move_by_whole_months_and_ends_of_months_stay_ends() -> None:
    moved = dates_moved_ahead(draft("2026-12-01", "2026-11-30", "2027-02-28"), date(2027, 5, 31))
    assert moved["organisation"]["effective_date"] == "2027-07-01"
    assert [step["due"] for step in moved["governance"]["plan"]] == ["2027-06-30", "2027-09-30"]


def test_the_earliest_date_lands_after_today_even_on_its_own_day() -> None:
    moved = dates_moved_ahead(draft("2026-12-15"), date(2030, 12, 15))
    assert moved["organisation"]["effective_date"] == "2031-01-15"


def test_an_empty_or_broken_date_is_left_for_the_pages() -> None:
    moved = dates_moved_ahead(draft("", "not a date", "2020-01-31"), date(2026, 12, 6))
    assert moved["organisation"]["effective_date"] == ""
    assert [step["due"] for step in moved["governance"]["plan"]] == ["not a date", "2026-12-31"]


def test_the_draft_given_is_not_changed() -> None:
    before = draft("2020-01-01")
    dates_moved_ahead(before, date(2026, 12, 6))
    assert before["organisation"]["effective_date"] == "2020-01-01"

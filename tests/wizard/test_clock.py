"""The program's one clock (wizard/clock.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wizard import clock


def test_the_suite_pins_the_day_for_the_program_and_its_commands() -> None:
    assert clock.today() == date(2026, 11, 16)
    assert clock.now().tzinfo is not None


def test_without_a_pin_the_clock_is_the_system_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.PIN_VARIABLE)
    before = datetime.now(UTC)
    moment = clock.now_utc()
    assert before - timedelta(seconds=1) <= moment <= datetime.now(UTC) + timedelta(seconds=1)
    assert clock.today() in {date.today(), date.today() - timedelta(days=1)}


def test_a_pin_that_is_no_date_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.PIN_VARIABLE, "next tuesday")
    assert abs(clock.now_utc() - datetime.now(UTC)) < timedelta(seconds=5)


def test_set_now_wins_over_the_pin_until_it_is_taken_back() -> None:
    clock.set_now(date(2031, 2, 28))
    assert clock.today() == date(2031, 2, 28)
    assert clock.now_utc().microsecond == 0
    clock.set_now(datetime(2030, 1, 1, 23, 30, tzinfo=UTC))
    assert clock.now_utc() == datetime(2030, 1, 1, 23, 30, tzinfo=UTC)
    clock.set_now(None)
    assert clock.today() == date(2026, 11, 16)


def test_frozen_holds_for_a_block_only() -> None:
    with clock.frozen(date(2040, 6, 1)):
        assert clock.today() == date(2040, 6, 1)
    assert clock.today() == date(2026, 11, 16)

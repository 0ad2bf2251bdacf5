"""The program's one clock: every "today" and "now" is read here, so that tests can set it.

The documents, warnings and reminders all depend on the date (an effective date that has
passed, a review that is due, the date a version was issued). Reading the system clock in
one place lets a test put the program on any day, and keeps every test independent of the
day it runs on.

``POLICY_BUILDER_TODAY`` (an ISO date) pins the day for a whole process: the test suite sets
it, so that a command run as a subprocess lives on the same day as the test that runs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time

PIN_VARIABLE = "POLICY_BUILDER_TODAY"
_fixed: datetime | None = None  # set by set_now(); wins over the pin and the system clock


def now() -> datetime:
    """The current moment, aware, in the local time zone."""
    if _fixed is not None:
        return _fixed
    pinned = _pinned_day(os.environ.get(PIN_VARIABLE, ""))
    if pinned is not None:
        return pinned
    return datetime.now().astimezone()


def _pinned_day(text: str) -> datetime | None:
    # A value that is not a date is no pin: the real clock is the safe answer.
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return _noon(day)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0)).astimezone()


def now_utc() -> datetime:
    """The current moment in UTC, to the second (document properties, calendar stamps)."""
    return now().astimezone(UTC).replace(microsecond=0)


def today() -> date:
    """The local date of today."""
    return now().date()


def set_now(moment: datetime | date | None) -> None:
    """Put the clock on ``moment`` (a date means noon local time); None gives the real clock."""
    global _fixed
    if moment is None:
        _fixed = None
    elif isinstance(moment, datetime):
        _fixed = moment if moment.tzinfo else moment.astimezone()
    else:
        _fixed = _noon(moment)


@contextmanager
def frozen(moment: datetime | date) -> Iterator[None]:
    """The clock on ``moment`` for the length of a ``with`` block."""
    global _fixed
    before = _fixed
    set_now(moment)
    try:
        yield
    finally:
        _fixed = before

"""Which numbers a version may be issued under, and withdrawing the last one."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import EXAMPLES
from wizard.answers.project_file import load_project, validate_raw
from wizard.answers.versions import (
    is_version_number,
    issued_version,
    suggested_versions,
    version_problem,
    withdrawn,
)

NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))


@pytest.mark.parametrize("number", ["1", "1.1", "2.0", "2.0.1", " 3.10 ", "2026.1", "1" * 20])
def test_version_numbers_are_digits_separated_by_dots(number: str) -> None:
    assert is_version_number(number)
    assert version_problem(number, []) is None


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("1.0Privegebruik: met", "format"),  # what the tester got into the version table
        ("versie twee", "format"),
        ("v2.0", "format"),
        ("2.0-beta", "format"),
        ("1..2", "format"),
        ("1.", "format"),
        (".1", "format"),
        ("1,1", "format"),
        ("1 .1", "format"),
        ("١.٢", "format"),  # other scripts' digits are no version number either
        ("1" * 21, "long"),
        ("2.1", "taken"),
        (" 2.1 ", "taken"),
    ],
)
def test_other_texts_are_refused_with_the_reason(number: str, problem: str) -> None:
    assert version_problem(number, [{"version": "2.1"}]) == problem


def test_the_core_never_issues_a_version_under_a_text() -> None:
    answers = load_project(NORTHWIND).answers_snapshot()
    with pytest.raises(ValueError):
        issued_version(answers, {}, "versie twee", summary=None, approved_by=None)
    entry = issued_version(answers, {}, " 2.0.1 ", summary=None, approved_by=None)
    assert entry["version"] == "2.0.1"


def test_only_valid_numbers_are_suggested() -> None:
    # A hand-written number that is no version number is not offered as it is.
    assert suggested_versions("1.0Privegebruik: met", []) == ["1.1", "2.0"]
    assert all(is_version_number(n) for n in suggested_versions("v3", [{"version": "v3"}]))


def test_a_project_file_with_other_version_texts_still_opens() -> None:
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    raw["organisation"]["version"] = "concept B"
    raw["history"] = [{"version": "versie één", "date": "2027-01-05", "answers": {}}]
    project = validate_raw(raw)
    assert project.organisation.version == "concept B"
    assert [v.version for v in project.history] == ["versie één"]


def test_withdrawing_goes_back_to_the_version_before() -> None:
    history = [
        {"version": "1.0", "date": date(2027, 1, 5).isoformat()},
        {"version": "1.1", "date": date(2027, 2, 5).isoformat()},
    ]
    assert withdrawn(history, "1.1") == ([history[0]], "1.0")
    # A number changed by hand since issuing is kept.
    assert withdrawn(history, "1.2") == ([history[0]], "1.2")
    # Before the first version nothing was recorded: the number stays.
    assert withdrawn(history[:1], "1.0") == ([], "1.0")
    with pytest.raises(ValueError):
        withdrawn([], "1.0")

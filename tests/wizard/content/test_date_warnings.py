"""An effective date in the past and a review date already passed are warned about."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from tests.conftest import MINIMAL
from wizard.answers.model import Language, Project
from wizard.answers.project_file import validate_raw
from wizard.content.consistency import check_consistency


def project(effective: str, months: int = 12) -> Project:
    raw: dict[str, Any] = copy.deepcopy(MINIMAL)
    raw["organisation"].update(effective_date=effective, review_months=months)
    raw["confidentiality"] = {"generative_ai": "forbidden"}  # no other warning
    raw["governance"]["approver"] = "Directie"
    return validate_raw(raw)


def fields(found: list[Any]) -> list[str]:
    return [w.field for w in found]


def test_today_and_later_dates_are_fine() -> None:
    today = date(2026, 11, 26)
    assert check_consistency(project("2026-11-26"), today=today) == []
    assert check_consistency(project("2027-01-01"), today=today) == []


def test_an_effective_date_in_the_past_is_warned_about() -> None:
    found = check_consistency(project("2026-11-25"), Language.NL, today=date(2026, 11, 26))
    assert fields(found) == ["organisation.effective_date"]
    assert "25 november 2026" in found[0].message(Language.NL)
    assert "in het verleden" in found[0].message(Language.NL)
    english = check_consistency(project("2026-11-25"), Language.EN, today=date(2026, 11, 26))
    assert "25 November 2026" in english[0].message(Language.EN)
    assert "in the past" in english[0].message(Language.EN)


def test_a_review_date_already_passed_is_warned_about() -> None:
    # In force since 1 March 2025, reviewed every 12 months: due 1 March 2026.
    found = check_consistency(project("2025-03-01", 12), Language.NL, today=date(2026, 3, 2))
    assert fields(found) == ["organisation.effective_date", "organisation.review_months"]
    assert "1 maart 2026" in found[1].message(Language.NL)
    assert "herziening" in found[1].message(Language.NL)
    english = check_consistency(project("2025-03-01", 12), Language.EN, today=date(2026, 3, 2))
    assert "1 March 2026" in english[1].message(Language.EN)
    # On the review date itself it is not late yet.
    on_time = check_consistency(project("2025-03-01", 12), today=date(2026, 3, 1))
    assert fields(on_time) == ["organisation.effective_date"]


def test_warnings_name_no_key_in_either_language() -> None:
    found = check_consistency(project("2020-01-31", 3), today=date(2026, 11, 26))
    for warning in found:
        for language in Language:
            message = warning.message(language)
            assert "organisation." not in message and "{" not in message


def test_validate_prints_the_date_warnings(tmp_path: Any, monkeypatch: Any) -> None:
    import io
    import json

    from wizard.cli import run

    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    raw: dict[str, Any] = copy.deepcopy(MINIMAL)
    raw["organisation"].update(effective_date="2020-01-01", review_months=12)
    path = tmp_path / "old.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["validate", str(path)], out, err) == 0
    text = out.getvalue()
    assert "waarschuwing" in text
    assert "1 januari 2020" in text and "1 januari 2021" in text

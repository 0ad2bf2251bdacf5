"""Answers that follow the size and sector until the user chooses them (no Qt)."""

from __future__ import annotations

from typing import Any

import pytest

from wizard.answers.defaults import (
    FITTED_KEYS,
    fitting_answers,
    new_project_draft,
    refit,
    undo_refit,
)
from wizard.answers.draft import get_value, preview_draft, set_value
from wizard.answers.model import Language
from wizard.content.consistency import check_consistency


def apply(draft: dict[str, Any], values: dict[str, Any]) -> None:
    for key, value in values.items():
        set_value(draft, key, value)


def test_a_micro_business_gets_no_framework_classification_or_graded_sanctions() -> None:
    fit = fitting_answers("micro", "general")
    assert fit["confidentiality.framework"] == "none"
    assert fit["confidentiality.classification"] == "none"
    assert fit["behaviour.sanctions"] == "guidance"
    assert fit["technical.byod"] == "allowed"
    assert fit["markets.segments"] == ["consumer"]
    assert fit["behaviour.disclaimer"] is False


@pytest.mark.parametrize(
    ("size", "sector", "framework"),
    [
        ("micro", "healthcare", "nen7510"),
        ("small", "government", "bio"),
        ("medium", "general", "iso27002"),
        ("micro", "financial", "iso27002"),
        ("small", "retail", "none"),
    ],
)
def test_the_framework_follows_sector_and_size(size: str, sector: str, framework: str) -> None:
    assert fitting_answers(size, sector)["confidentiality.framework"] == framework


def test_sensitive_sectors_keep_the_careful_answers_in_a_micro_business() -> None:
    fit = fitting_answers("micro", "healthcare")
    assert fit["confidentiality.classification"] == "three_level"
    assert fit["technical.byod"] == "allowed_managed"


def test_refit_changes_only_what_the_user_did_not_choose() -> None:
    draft = new_project_draft(Language.NL)
    draft["organisation"]["size"] = "micro"
    done = refit(draft, {"technical.byod"})
    assert "technical.byod" not in done.after
    assert done.after["confidentiality.classification"] == "none"
    assert done.before["confidentiality.classification"] == "three_level"
    assert len(done) == len(done.after) >= 4
    assert set(done.after) <= set(FITTED_KEYS)
    # The draft itself is left to the caller.
    assert get_value(draft, "confidentiality.classification") == "three_level"


def test_undo_takes_back_only_answers_still_as_fitting_left_them() -> None:
    draft = new_project_draft(Language.NL)
    draft["organisation"]["size"] = "micro"
    done = refit(draft, ())
    apply(draft, done.after)
    set_value(draft, "behaviour.sanctions", "graded")  # the user changed it since
    undo = undo_refit(draft, done)
    assert "behaviour.sanctions" not in undo
    assert undo["confidentiality.classification"] == "three_level"


def test_switching_back_restores_the_answers_of_the_first_size() -> None:
    draft = new_project_draft(Language.EN)
    start = {key: get_value(draft, key) for key in FITTED_KEYS}
    draft["organisation"]["size"] = "micro"
    apply(draft, refit(draft, ()).after)
    draft["organisation"]["size"] = "small"
    apply(draft, refit(draft, ()).after)
    assert {key: get_value(draft, key) for key in FITTED_KEYS} == start


@pytest.mark.parametrize("language", list(Language))
def test_a_new_project_warns_about_nothing_and_writes_in_the_interface_language(
    language: Language,
) -> None:
    draft = new_project_draft(language)
    assert draft["output"]["languages"] == [language.value]
    project = preview_draft(draft, language)
    assert project is not None
    # Only the question nobody has answered yet: who approves (no management is assumed).
    codes = [w.code for w in check_consistency(project, language)]
    assert codes == ["approver_unnamed"]

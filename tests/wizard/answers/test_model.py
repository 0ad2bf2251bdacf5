"""Every rule of the project file (docs/project-file.md), with its message in both languages."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import SUITE_DAY
from wizard.answers.messages import ProjectError
from wizard.answers.model import DocumentKind, Framework, Language, Project, Sector
from wizard.answers.project_file import validate_raw


def problems(raw: dict[str, Any]) -> dict[str, tuple[str, str]]:
    with pytest.raises(ProjectError) as caught:
        validate_raw(raw)
    return {
        p.field: (p.message(Language.NL), p.message(Language.EN)) for p in caught.value.problems
    }


def test_minimal_project_gets_the_spec_defaults(minimal_raw: dict[str, Any]) -> None:
    project = validate_raw(minimal_raw)
    assert project.output.languages == [Language.NL]
    assert [d.value for d in project.output.documents] == ["code_of_conduct", "ict_policy"]
    assert project.organisation.sector is Sector.GENERAL
    assert project.organisation.size.value == "small"
    assert project.organisation.effective_date == SUITE_DAY
    assert project.organisation.version == "1.0"
    assert project.organisation.review_months == 12
    assert project.markets.segments[0].value == "business"
    assert project.markets.webcare_response_hours == 24
    assert [i.value for i in project.confidentiality.never_share] == [
        "customer_data",
        "security_details",
    ]
    assert project.confidentiality.generative_ai.value == "approved_tools_only"
    assert project.behaviour.acknowledgement is True
    assert project.technical.separation.value == "open"
    assert project.governance.approver == "management"
    assert [item.step.value for item in project.governance.plan] == [
        "baseline",
        "policy",
        "plan_of_action",
        "implementation",
        "assurance",
    ]
    assert project.channels[0].employee_posting.value == "allowed"


@pytest.mark.parametrize(
    ("sector", "framework"),
    [
        ("healthcare", Framework.NEN7510),
        ("government", Framework.BIO),
        ("retail", Framework.ISO27002),
    ],
)
def test_framework_defaults_from_sector(
    minimal_raw: dict[str, Any], sector: str, framework: Framework
) -> None:
    minimal_raw["organisation"]["sector"] = sector
    assert validate_raw(minimal_raw).confidentiality.framework is framework


def test_explicit_framework_wins_over_sector(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["sector"] = "healthcare"
    minimal_raw["confidentiality"] = {"framework": "none"}
    assert validate_raw(minimal_raw).framework is Framework.NONE


def test_name_is_trimmed_and_must_not_be_blank(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["name"] = "   "
    nl, en = problems(minimal_raw)["organisation.name"]
    assert nl == "Naam van de organisatie is leeg; vul dit in."
    assert en == "Organisation name is empty; please fill it in."
    minimal_raw["organisation"]["name"] = "  De Linde  "
    assert validate_raw(minimal_raw).organisation.name == "De Linde"


def test_name_longer_than_120_characters(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["name"] = "x" * 121
    nl, en = problems(minimal_raw)["organisation.name"]
    assert "120" in nl and "120" in en


def test_official_account_needs_a_manager(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["channels"] = [{"id": "facebook", "official_account": True}]
    nl, en = problems(minimal_raw)["channels.facebook.manager"]
    assert "beheert" in nl
    assert "manages" in en


def test_other_channel_needs_a_label(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["channels"] = [{"id": "other"}]
    nl, en = problems(minimal_raw)["channels.other.label"]
    assert "naam" in nl and "name" in en


def test_channel_ids_are_unique(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["channels"] = [{"id": "linkedin"}, {"id": "linkedin"}]
    nl, en = problems(minimal_raw)["channels"]
    assert "twee keer" in nl and "twice" in en


def test_at_least_one_channel(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["channels"] = []
    nl, en = problems(minimal_raw)["channels"]
    assert "minstens één" in nl and "at least one" in en


def test_plan_steps_at_most_once(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["governance"]["plan"] = [{"step": "policy"}, {"step": "policy"}]
    nl, en = problems(minimal_raw)["governance.plan"]
    assert "Beleid" in nl and "Policy" in en and "twice" in en


def test_plan_may_leave_steps_out(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["governance"]["plan"] = [{"step": "policy", "owner": "An", "due": "2027-01-31"}]
    project = validate_raw(minimal_raw)
    assert project.governance.plan_item(project.governance.plan[0].step).owner == "An"


@pytest.mark.parametrize(
    ("section", "field", "value", "key"),
    [
        ("organisation", "review_months", 2, "organisation.review_months"),
        ("organisation", "review_months", 37, "organisation.review_months"),
        ("markets", "webcare_response_hours", 0, "markets.webcare_response_hours"),
        ("markets", "webcare_response_hours", 169, "markets.webcare_response_hours"),
    ],
)
def test_ranges(
    minimal_raw: dict[str, Any], section: str, field: str, value: int, key: str
) -> None:
    minimal_raw.setdefault(section, {})[field] = value
    nl, en = problems(minimal_raw)[key]
    assert ("minstens" in nl or "hoogstens" in nl) and ("at least" in en or "at most" in en)


def test_wrong_enum_value_names_the_choices(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["behaviour"] = {"training": "daily"}
    nl, en = problems(minimal_raw)["behaviour.training"]
    # The choices by the names the window shows, not by the file's values.
    assert "'daily'" in nl and "Bij indiensttreding en jaarlijks" in nl
    assert "onboarding_and_annual" not in en and "Training" in en
    assert " of " in nl and " or " in en


def test_required_fields_are_named(minimal_raw: dict[str, Any]) -> None:
    del minimal_raw["governance"]["it_owner"]
    del minimal_raw["organisation"]["policy_owner"]["role"]
    found = problems(minimal_raw)
    assert found["governance.it_owner"][1] == "IT owner is missing; please fill it in."
    assert found["organisation.policy_owner.role"][0].startswith(
        "Functie van de beleidseigenaar ontbreekt"
    )


def test_email_must_look_like_an_address(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["policy_owner"]["email"] = "not-an-address"
    nl, en = problems(minimal_raw)["organisation.policy_owner.email"]
    assert "e-mailadres" in nl and "e-mail address" in en


def test_impossible_date(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["effective_date"] = "2026-02-30"
    nl, en = problems(minimal_raw)["organisation.effective_date"]
    assert "JJJJ-MM-DD" in nl and "YYYY-MM-DD" in en


def test_unknown_keys_are_refused(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["nmae"] = "typo"
    nl, en = problems(minimal_raw)["organisation.nmae"]
    assert "spelling" in nl and "spelling" in en


def test_sets_are_deduplicated_in_enum_order(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["output"] = {"documents": ["ict_policy", "code_of_conduct", "ict_policy"]}
    assert validate_raw(minimal_raw).output.documents == [
        DocumentKind.CODE_OF_CONDUCT,
        DocumentKind.ICT_POLICY,
    ]


def test_languages_keep_the_files_order(minimal_raw: dict[str, Any]) -> None:
    """The first language is the project's main one (calendar, report): its order counts."""
    minimal_raw["output"] = {"languages": ["en", "nl", "en"]}
    assert validate_raw(minimal_raw).output.languages == [Language.EN, Language.NL]


def test_text_loses_what_xml_cannot_hold(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["name"] = "De\x00 Lin\x1bde\ufffe"
    assert validate_raw(minimal_raw).organisation.name == "De Linde"


def test_assignment_is_validated(minimal_raw: dict[str, Any]) -> None:
    project: Project = validate_raw(minimal_raw)
    with pytest.raises(ValueError):
        project.organisation.review_months = 99


def test_only_the_project_validator_is_built_at_import_and_sections_still_check() -> None:
    """The sections' own validators wait until a section is used on its own (speed of
    `generate`, docs/performance.md); used on its own, a section checks as before."""
    import subprocess
    import sys

    script = """
import wizard.answers.model as m
from pydantic import BaseModel
built = sorted(
    name for name, value in vars(m).items()
    if isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel
    and value.__pydantic_complete__
)
print(",".join(built))
"""
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert run.stdout.strip() == "Project"

    from pydantic import ValidationError

    from wizard.answers.model import Organisation

    organisation = Organisation.model_validate(
        {"name": " De Linde ", "policy_owner": {"role": "directeur"}}
    )
    assert organisation.name == "De Linde"
    with pytest.raises(ValidationError):
        organisation.name = ""  # validate_assignment still applies
    with pytest.raises(ValidationError):
        Organisation.model_validate(
            {"name": "De Linde", "policy_owner": {"role": "directeur"}, "typo": 1}
        )

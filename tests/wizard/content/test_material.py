"""The suggestion whether staff must acknowledge a new version again."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.acknowledgement_files import EXAMPLE
from wizard.answers.choices import Monitoring
from wizard.answers.model import Project
from wizard.answers.project_file import load_project
from wizard.answers.versions import issued_version, snapshot
from wizard.content.material import suggest_acknowledge
from wizard.language import Language


def current(project: Project) -> dict[str, Any]:
    clauses = project.model_dump(mode="json", include={"clauses"})["clauses"]
    return snapshot(project.answers_snapshot(), clauses)


def issued(project: Project, number: str, acknowledge: bool = True) -> dict[str, Any]:
    return issued_version(
        project.answers_snapshot(),
        project.model_dump(mode="json", include={"clauses"})["clauses"],
        number,
        summary=None,
        approved_by=None,
        acknowledge=acknowledge,
    )


def test_the_first_version_asks_everyone() -> None:
    project = load_project(EXAMPLE)
    suggestion = suggest_acknowledge(current(project), [], Language.EN)
    assert suggestion.acknowledge
    assert suggestion.text(Language.EN) == "Yes, the first version."


def test_only_names_dates_and_the_number_ask_nobody_and_are_named() -> None:
    project = load_project(EXAMPLE)
    history = [issued(project, "1.0")]
    project.organisation.effective_date = date(2027, 3, 1)
    project.organisation.version = "1.1"
    project.organisation.policy_owner.name = "Iemand Anders"
    project.governance.hr_owner = "Piet Nieuw"
    suggestion = suggest_acknowledge(current(project), history, Language.EN)
    assert not suggestion.acknowledge and not suggestion.rules
    text = suggestion.text(Language.EN)
    assert text.startswith("No, the rules are those of version 1.0; changed: ")
    assert "Iemand Anders" in text and "Effective date" in text and text.endswith("(+1 more).")
    assert any("Piet Nieuw" in change for change in suggestion.other)


def test_a_changed_rule_asks_again_and_names_the_rule() -> None:
    project = load_project(EXAMPLE)
    history = [issued(project, "1.0")]
    project.behaviour.monitoring = Monitoring.NONE
    suggestion = suggest_acknowledge(current(project), history, Language.NL)
    assert suggestion.acknowledge
    # Without monitoring the works council's consent covers the code alone (WOR art.
    # 27(1)(k), not k and l): the closing section says so too.
    assert suggestion.text(Language.NL) == (
        "Ja, de regels veranderden sinds versie 1.0: Wat de organisatie volgt;"
        " Vragen en herziening."
    )
    assert suggestion.rules == ("Wat de organisatie volgt", "Vragen en herziening")


def test_an_edited_clause_of_the_code_is_a_change_of_rules() -> None:
    project = load_project(EXAMPLE)
    history = [issued(project, "1.0")]
    project.clauses = {"respect.tone": {"nl": "Wees aardig.", "en": "Be kind."}}  # type: ignore[dict-item]
    project = Project.model_validate(project.model_dump(mode="json"))
    assert suggest_acknowledge(current(project), history, Language.EN).acknowledge


def test_compared_with_the_last_version_that_asked() -> None:
    project = load_project(EXAMPLE)
    first = issued(project, "1.0")
    project.behaviour.monitoring = Monitoring.NONE
    # 1.1 changed a rule but was issued without asking: 1.2 is compared with 1.0.
    history = [first, issued(project, "1.1", acknowledge=False)]
    suggestion = suggest_acknowledge(current(project), history, Language.EN)
    assert suggestion.acknowledge and suggestion.since == "1.0"

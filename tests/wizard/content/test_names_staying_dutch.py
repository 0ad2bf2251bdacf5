"""A Dutch role the glossary does not know stays Dutch in the English documents: the
consistency check warns (name_stays_dutch), and the warning is true to the documents."""

from __future__ import annotations

import copy
import io
import json
import re
from datetime import date
from typing import Any

import pytest

from tests.wizard.content.test_legal_content import BASE
from wizard.answers.draft import new_draft, preview_draft, set_value
from wizard.answers.model import ENGLISH_NAME_KEYS, DocumentKind, Language, Project
from wizard.answers.project_file import validate_raw
from wizard.content.consistency import check_consistency
from wizard.content.outline import outline_text
from wizard.content.people import dutch_role, untranslated_role
from wizard.content.tailoring import build_outline

TODAY = date(2026, 11, 1)
NL, EN = Language.NL, Language.EN


def project(languages: list[str] | None = None, **answers: Any) -> Project:
    """The legal tests' base project (it warns about nothing), with English documents
    and ``answers`` by dotted key."""
    raw: dict[str, Any] = copy.deepcopy(BASE)
    raw["output"] = {"languages": languages or ["nl", "en"]}
    raw["governance"]["approver"] = "Directie"  # named: no approver_unnamed
    for key, value in answers.items():
        set_value(raw, key, value)
    return validate_raw(raw)


def staying_dutch(p: Project) -> list[tuple[str, str]]:
    """(field, quoted name) of each name_stays_dutch warning."""
    found = check_consistency(p, EN, today=TODAY)
    assert all(w.code == "name_stays_dutch" for w in found), [w.code for w in found]
    return [(w.field, dict(w.params)["name"]) for w in found]


def test_the_base_project_warns_about_nothing() -> None:
    assert check_consistency(project(), EN, today=TODAY) == []


@pytest.mark.parametrize("key", ENGLISH_NAME_KEYS)
def test_an_unknown_dutch_role_is_warned_about_beside_its_answer(key: str) -> None:
    p = project(**{key: "beleidsadviseur"})
    assert staying_dutch(p) == [(key, "beleidsadviseur")]
    (warning,) = check_consistency(p, NL, today=TODAY)
    assert warning.message(EN) == (
        "'beleidsadviseur' stays Dutch in the English documents. Enter its English name "
        "under 'Names in the English documents' on the 'Governance and plan' page."
    )
    assert warning.message(NL) == (
        "'beleidsadviseur' blijft Nederlands in de Engelse documenten. Vul de Engelse naam in "
        "onder 'Namen in de Engelse documenten' op de pagina 'Organisatie van het beleid'."
    )
    # validate shows the key first, then the question as the window labels it.
    assert warning.cli_line(EN).startswith(f"{key} (")


@pytest.mark.parametrize(
    ("answer", "quoted"),
    [
        ("HR-functionaris", "HR-functionaris"),
        ("Afdelingshoofd ICT", "Afdelingshoofd ICT"),
        # English text gives it "the", never "the de": the warning quotes what it shows.
        ("de beleidsadviseur", "beleidsadviseur"),
        # A person keeps the name, but the role beside it stays Dutch.
        ("Els de Vries (beleidsadviseur)", "beleidsadviseur"),
        ("Afdeling Facilitair (Jan Smit)", "Afdeling Facilitair"),
        # A known department in English, the unknown role beside it as typed: "the IT
        # department (beleidsadviseur)" (the warning used to look at the department alone).
        ("Afdeling ICT (beleidsadviseur)", "beleidsadviseur"),
    ],
)
def test_every_form_of_an_unknown_dutch_role_is_warned_about(answer: str, quoted: str) -> None:
    assert staying_dutch(project(**{"governance.it_owner": answer})) == [
        ("governance.it_owner", quoted)
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Els de Vries",  # a person's name
        "IT manager",  # English
        "Chief Information Security Officer",
        "CISO",
        "controller",
        "Raad van Bestuur",  # the glossary knows it
        "de directeur-bestuurder",
        "Ahmed El Idrissi (HR-adviseur)",  # a name with a known role
        "ICT-servicedesk (088 123 45 00)",  # a known title with its number
        "servicedesk@delinde.nl",  # an address
        "Managed IT partner (Fjord IT)",
    ],
)
def test_names_english_roles_and_known_titles_are_not_warned_about(answer: str) -> None:
    for key in ENGLISH_NAME_KEYS:
        assert staying_dutch(project(**{key: answer})) == [], (key, answer)


def test_english_roles_that_end_like_dutch_ones_read_as_english() -> None:
    # "CISO" and "controller" are Dutch roles too: the English text words them as before.
    from wizard.content.people import role_phrase

    assert role_phrase("CISO", EN) == "the CISO" and dutch_role("CISO") is None
    assert role_phrase("Controller", EN) == "the controller"
    assert role_phrase("de HR-functionaris", EN) == "the HR-functionaris"
    assert dutch_role("de HR-functionaris") == "HR-functionaris"


def test_dutch_only_documents_are_not_warned_about() -> None:
    answers = dict.fromkeys(ENGLISH_NAME_KEYS, "beleidsadviseur")
    assert staying_dutch(project(["nl"], **answers)) == []
    assert len(staying_dutch(project(["en"], **answers))) == len(ENGLISH_NAME_KEYS)


def test_a_role_with_an_english_name_of_its_own_is_not_warned_about() -> None:
    p = project(
        **{
            "governance.it_owner": "Afdelingshoofd ICT",
            "governance.hr_owner": "HR-functionaris",
            "governance.english_names": {"governance.it_owner": "Head of IT"},
        }
    )
    # Only the answer without one is warned about.
    assert staying_dutch(p) == [("governance.hr_owner", "HR-functionaris")]


def test_a_long_answer_is_quoted_short() -> None:
    answer = "Adviseur " + "x" * 5_000 + " beleidsadviseur"
    ((_, quoted),) = staying_dutch(project(**{"governance.it_owner": answer}))
    assert len(quoted) <= 60 and quoted.endswith("…") and quoted.startswith("Adviseur x")


def test_an_open_answer_in_the_preview_is_not_warned_about() -> None:
    # The preview shows an open answer as its label in brackets: "[Eigenaar ICT]" reads as
    # a Dutch role, but it is no answer.
    draft = new_draft()
    draft["output"]["languages"] = ["nl", "en"]
    preview = preview_draft(draft, NL)
    assert preview is not None and preview.governance.it_owner == "[Eigenaar ICT]"
    assert not [w for w in check_consistency(preview, NL) if w.code == "name_stays_dutch"]


def test_validate_prints_the_warning_and_still_succeeds(tmp_path: Any, monkeypatch: Any) -> None:
    from wizard.cli import run

    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    raw = project(**{"governance.it_owner": "beleidsadviseur"}).model_dump(mode="json")
    path = tmp_path / "roles.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["validate", str(path)], out, err) == 0
    assert (
        f"{path}: warning: governance.it_owner (IT owner): 'beleidsadviseur' stays Dutch in "
        "the English documents."
    ) in out.getvalue()


# --- the warning is true to the documents ----------------------------------------------


def english_text(p: Project) -> str:
    return " ".join(
        outline_text(build_outline(p, document, EN))
        for document in (DocumentKind.CODE_OF_CONDUCT, DocumentKind.ICT_POLICY)
    )


def dutch_words(answer: str) -> list[str]:
    """The Dutch role words the warning looks for in an answer, translated or not: the
    whole answer, and each part of "Name (role)"."""
    parts = [answer, *re.findall(r"[^()]+", answer)]
    return [found for part in parts if (found := dutch_role(part.strip()))]


ROLES = {
    "governance.hr_owner": "Afdeling P&O",
    "governance.communications_owner": "Sanne de Boer (communicatieadviseur)",
    "governance.it_owner": "Afdelingshoofd ICT",
    "governance.approver": "Raad van Bestuur",
    "organisation.policy_owner.role": "beleidsadviseur",
    "technical.incident_contact": "ICT-servicedesk (088 123 45 00)",
}


def test_english_documents_without_the_warning_show_no_dutch_role() -> None:
    names = {
        "governance.it_owner": "Head of IT",
        "organisation.policy_owner.role": "policy adviser",
    }
    p = project(**ROLES, **{"governance.english_names": names})
    assert staying_dutch(p) == []
    text = english_text(p).lower()
    words = [word for answer in ROLES.values() for word in dutch_words(answer)]
    assert "beleidsadviseur" in words and "afdelingshoofd ict" in [w.lower() for w in words]
    assert [word for word in words if word.lower() in text] == []
    assert "head of it" in text and "policy adviser" in text


def test_english_documents_show_what_the_warning_quotes() -> None:
    p = project(**ROLES)
    warned = staying_dutch(p)
    assert warned == [
        ("governance.it_owner", "Afdelingshoofd ICT"),
        ("organisation.policy_owner.role", "beleidsadviseur"),
    ]
    text = english_text(p)
    for _, quoted in warned:
        assert quoted in text, quoted
    # The answers the glossary knows are in English.
    assert untranslated_role(ROLES["governance.approver"]) is None
    assert "board of directors" in text

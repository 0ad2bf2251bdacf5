"""No Dutch word in an English document: Dutch titles and bodies get their English names
from the glossary (wizard.content.people.DUTCH_TO_ENGLISH); the Dutch name of an act or
authority appears only beside its English name, in the register's words."""

from __future__ import annotations

import re

import pytest

from tests.wizard.content.kinds import all_documents
from wizard.answers.model import Language
from wizard.content.law import REGISTER
from wizard.content.people import english_name, in_english, role_phrase

# Dutch words a user's answers or a template could carry into English text.
DUTCH = re.compile(
    r"\b(the (de|het)|raad|bestuur|college van|communicatie\w*|\w*adviseur|afdeling|"
    r"directeur\w*|directie|eigenaar|medewerker\w*|gemeente|klachten\w*|functionaris|"
    r"informatiebeveiliger|leidinggevende|wethouders|ondernemingsraad|p&o|"
    r"vertrouwenspersoon|kwaliteit|veiligheid|cliënt\w*|vrijwilliger\w*|zorg|"
    r"woordvoerder|maatregel\w*|beleid\w*|\w*servicedesk|ICT-\w+)\b",
    re.IGNORECASE,
)


def english_body(project: object, text: str) -> str:
    """The text without what may stay Dutch: the register's own English statements (which
    give a Dutch name beside the English one) and the organisation's name as typed."""
    for statement in sorted(REGISTER.values(), key=lambda s: -len(s.en)):
        text = text.replace(statement.en, " ")
    text = re.sub(r"\S+@\S+", " ", text)  # e-mail addresses are as typed
    return text.replace(project.organisation.name, " ")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "case",
    [d for d in all_documents() if d[3] is Language.EN],
    ids=lambda d: f"{d[0]}-{d[2].value}",
)
def test_no_dutch_word_in_english_documents(case: tuple) -> None:  # type: ignore[type-arg]
    name, project, document, _, text = case
    body = english_body(project, text)
    found = DUTCH.search(body)
    assert not found, (name, document.value, body[max(0, found.start() - 80) : found.end() + 80])


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("Raad van Bestuur", "the board of directors"),
        ("College van B&W", "the municipal executive"),
        ("de directeur-bestuurder", "the managing director"),
        ("Manager Communicatie", "the communications manager"),
        ("HR-adviseur", "the HR adviser"),
        ("afdeling P&O", "the HR department"),
        ("eigenaar", "the owner"),
        ("ICT-servicedesk (088 123 45 00)", "the IT service desk (088 123 45 00)"),
    ],
)
def test_dutch_titles_have_english_names(dutch: str, english: str) -> None:
    assert role_phrase(dutch, Language.EN) == english
    if "(" not in dutch:
        assert english_name(dutch) == english.removeprefix("the ")


def test_a_person_keeps_the_name_and_gets_the_role_in_english() -> None:
    assert in_english("Sanne de Boer (communicatieadviseur)") == (
        "Sanne de Boer (communications adviser)"
    )
    assert role_phrase("Sanne de Boer (communicatieadviseur)", Language.NL) == (
        "Sanne de Boer (communicatieadviseur)"
    )
    # A Dutch title the glossary does not know takes one article, never "the de".
    assert role_phrase("de HR-functionaris", Language.EN) == "the HR-functionaris"


def test_a_role_gets_the_english_name_the_user_gave_it() -> None:
    from tests.wizard.content.test_legal_content import project, text
    from wizard.answers.model import DocumentKind

    p = project(
        governance__approver="Raad van Bestuur",
        governance__english_names={
            "governance.approver": "Executive Board",
            "organisation.policy_owner.role": "Chief Executive",
        },
    )
    code = text(p, DocumentKind.CODE_OF_CONDUCT, Language.EN)
    assert "the executive board approved" in code.lower()
    assert "board of directors" not in code
    assert "Chief Executive" in code or "chief executive" in code
    # The Dutch documents keep the Dutch answer.
    assert "vastgesteld door de raad van bestuur" in text(
        p, DocumentKind.CODE_OF_CONDUCT, Language.NL
    )


def test_only_role_answers_take_an_english_name() -> None:
    from tests.wizard.content.test_legal_content import project
    from wizard.answers.messages import ProjectError

    with pytest.raises(ProjectError):
        project(governance__english_names={"organisation.name": "Northwind"})


@pytest.mark.parametrize(
    ("answer", "language", "reads"),
    [
        ("directeur-bestuurder", Language.NL, "de directeur-bestuurder"),
        ("Wethouder", Language.NL, "de wethouder"),
        ("Chief Executive", Language.EN, "the chief executive"),
        ("Mayor", Language.EN, "the mayor"),
    ],
)
def test_titles_take_their_article(answer: str, language: Language, reads: str) -> None:
    assert role_phrase(answer, language) == reads

"""No Dutch word in an English document: Dutch titles and bodies get their English names
from the glossary (wizard.content.people.DUTCH_TO_ENGLISH); the Dutch name of an act or
authority appears only beside its English name, in the register's words."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.wizard.content.kinds import all_documents
from wizard.answers.model import Language
from wizard.content.law import REGISTER
from wizard.content.people import english_name, in_english, is_role, role_phrase
from wizard.content.tailoring import approver_named

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


# Dutch function words: any of them in English running text is Dutch left behind. Words
# that are English too ("of", "over", "door", "die", "is") are left out.
DUTCH_FUNCTION_WORDS = re.compile(
    r"\b(de|het|een|en|van|voor|met|niet|ook|wordt|worden|zijn|naar|bij|als|maar|onze|"
    r"ons|wij|jij|jouw|uw|dat|deze|dit|geen|mag|moet|heeft|hebben|uit|tot|zoals|nog|"
    r"alleen|altijd|nooit|wel|wie|wat|waar|hoe|omdat|zodat|tijdens|zonder|tussen|eigen|"
    r"graag|vragen|gegevens|afspraken|bericht\w*|kanaal|kanalen)\b"
)
# A Dutch name may stay in brackets beside its English name ("Whistleblowers Authority
# (Huis voor Klokkenluiders)"): the register's and its sources' own words, and only those.
_BRACKETED = re.compile(r"\(([^()]*)\)")
ALLOWED_IN_BRACKETS = frozenset(
    inner
    for statement in REGISTER.values()
    for text in (statement.en, statement.source_in(Language.EN))
    for inner in _BRACKETED.findall(text)
)


def _answered_names(project: Any) -> list[str]:
    """The names the answers give (people, channels' labels, tools), as typed: a name
    stays a name in English ("Sanne de Boer", "Henk van Dijk")."""
    g, o = project.governance, project.organisation
    values = [o.name, o.policy_owner.name or "", project.technical.incident_contact]
    values += [g.hr_owner, g.communications_owner, g.it_owner, g.approver]
    values += [item.owner or "" for item in g.plan]
    values += [c.manager or "" for c in project.channels] + [
        c.label or "" for c in project.channels
    ]
    values += list(project.confidentiality.approved_ai_tools)
    names = []
    for value in values:
        name = value.split("(")[0].strip()
        if name and not is_role(name, Language.NL):
            names.append(name)
    return sorted(names, key=len, reverse=True)


def english_running_text(project: Any, text: str) -> str:
    """The English text without the names the answers give and the Dutch names the
    register sets in brackets beside their English names."""
    text = _BRACKETED.sub(lambda m: " " if m.group(1) in ALLOWED_IN_BRACKETS else m.group(0), text)
    text = re.sub(r"\S+@\S+", " ", text)
    for name in _answered_names(project):
        text = text.replace(name, " ")
    return text


@pytest.mark.parametrize(
    "case",
    [d for d in all_documents() if d[3] is Language.EN],
    ids=lambda d: f"{d[0]}-{d[2].value}",
)
def test_no_dutch_function_word_in_english_documents(case: tuple) -> None:  # type: ignore[type-arg]
    name, project, document, _, text = case
    body = english_running_text(project, text)
    found = DUTCH_FUNCTION_WORDS.search(body)
    assert not found, (name, document.value, body[max(0, found.start() - 80) : found.end() + 80])


def test_the_dutch_word_list_catches_dutch() -> None:
    assert DUTCH_FUNCTION_WORDS.search("Ask the manager of de afdeling")
    assert DUTCH_FUNCTION_WORDS.search("report it within the wettelijke termijn van 72 uur")
    assert not DUTCH_FUNCTION_WORDS.search("Report it to the door of the office, or die trying")


# What a finished document never shows: template syntax, markers, empty brackets, a
# placeholder word, a doubled space or punctuation after a space.
LEFTOVER = re.compile(
    r"\{|\}|\[|\]|<|>|\(\s*\)|\bTODO\b|\bN/A\b|\bNone\b(?! of)|\bnull\b|\bundefined\b|"
    r"\bXXX\b|\.\.\.(?!\w)|  | [,.;:](?!\d)|@\w+ |\$\{|%s|\bnan\b"
)
# The one fill-in a document may carry: who approves, when the answers name nobody (the
# review page lists that question as open).
FILL_IN = re.compile(r"(Naam en functie|Name and position): …+")


@pytest.mark.parametrize(
    "case",
    list(all_documents()),
    ids=lambda d: f"{d[0]}-{d[2].value}-{d[3].value}",
)
def test_no_placeholder_or_bracket_left_in_any_document(case: tuple) -> None:  # type: ignore[type-arg]
    name, project, document, language, text = case
    body = FILL_IN.sub("FILL", text) if not approver_named(project) else text
    for value in _answered_names(project):
        body = body.replace(value, "NAME")
    found = LEFTOVER.search(body)
    assert not found, (
        name,
        document.value,
        language.value,
        body[max(0, found.start() - 80) : found.end() + 80],
    )
    assert "…" not in body, (name, document.value, language.value)


def test_the_leftover_pattern_catches_leftovers() -> None:
    for leftover in (
        "Vraag het aan [naam]",
        "{{ org }}",
        "de ( ) regels",
        "twee  spaties",
        "a , b",
    ):
        assert LEFTOVER.search(leftover), leftover
    assert not LEFTOVER.search("Versie 2.1, artikel 7:660; (AVG, artikel 33)")
    assert FILL_IN.fullmatch("Naam en functie: ……………………………")


@pytest.mark.parametrize("surname", ["De Jong", "De Vries", "De Boer (ICT)", "De la Rosa"])
def test_a_surname_with_de_is_a_person_in_both_languages(surname: str) -> None:
    """ "De Jong" as the IT owner read as the article and a role: "the Jong" in English,
    "de jong" in Dutch."""
    assert not is_role(surname, Language.NL)
    assert role_phrase(surname, Language.EN) == surname
    assert role_phrase(surname, Language.NL) == surname


@pytest.mark.parametrize(
    ("role", "english", "dutch"),
    [
        ("De directeur", "the director", "de directeur"),
        ("De Directie", "the management board", "de directie"),
        ("Het Bestuur", "the board", "het bestuur"),
        ("De ICT-afdeling", "the ICT-afdeling", "de ICT-afdeling"),
        ("De Raad van Bestuur", "the board of directors", "de raad van bestuur"),
    ],
)
def test_an_article_and_a_role_is_still_a_role(role: str, english: str, dutch: str) -> None:
    assert is_role(role, Language.NL)
    assert role_phrase(role, Language.EN) == english
    assert role_phrase(role, Language.NL) == dutch

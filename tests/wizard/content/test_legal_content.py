"""What the documents claim about the law, the standards and the organisation.

Each legal statement is asserted against its source, so a reviewer can check the table
against the law and the test fails if the wording drifts back to an old error. The
other tests catch tailoring slips: sector vocabulary, roles, dates and small firms.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import validate_raw
from wizard.content.consistency import check_consistency
from wizard.content.outline import Table, outline_text
from wizard.content.tailoring import build_outline

CODE, ICT = DocumentKind.CODE_OF_CONDUCT, DocumentKind.ICT_POLICY
NL, EN = Language.NL, Language.EN

BASE: dict[str, Any] = {
    "schema_version": 1,
    "organisation": {
        "name": "De Linde",
        "sector": "general",
        "size": "small",
        "policy_owner": {"name": "An Smit", "role": "directeur"},
        "effective_date": "2027-01-01",
    },
    "channels": [{"id": "linkedin", "official_account": True, "manager": "Bas"}],
    "markets": {"goals": ["marketing"]},
    "confidentiality": {"approved_ai_tools": ["Copilot"]},
    "technical": {"incident_contact": "servicedesk@delinde.nl"},
    "governance": {"hr_owner": "Els", "communications_owner": "Bas", "it_owner": "Ilse"},
}


def project(**changes: Any) -> Any:
    """The base project with ``section__key=value`` changes."""
    raw = copy.deepcopy(BASE)
    for path, value in changes.items():
        node = raw
        *parents, last = path.split("__")
        for key in parents:
            node = node.setdefault(key, {})
        node[last] = value
    return validate_raw(raw)


def text(p: Any, document: DocumentKind, language: Language) -> str:
    return " ".join(outline_text(build_outline(p, document, language)).split())


def both(p: Any, language: Language) -> str:
    return text(p, CODE, language) + " " + text(p, ICT, language)


Changes = dict[str, Any]

# (error, source, answers, document, language, must say, must not say)
LEGAL: list[tuple[str, str, Changes, DocumentKind, Language, list[str], list[str]]] = [
    (
        "breach notification",
        "AVG art. 33 lid 1, in the words of the Dutch text",
        {},
        ICT,
        NL,
        [
            "beoordeelt direct",
            "zonder onredelijke vertraging en, indien mogelijk, uiterlijk 72 uur nadat we er"
            " kennis van hebben genomen",
            "(AVG, artikel 33)",
        ],
        ["beoordeelt binnen 72 uur", "onnodige vertraging", "na de ontdekking"],
    ),
    (
        "breach notification",
        "GDPR art. 33(1)",
        {},
        ICT,
        EN,
        [
            "without undue delay and, where feasible, not later than 72 hours after becoming"
            " aware of it",
            "(GDPR, article 33)",
        ],
        ["within 72 hours whether", "after discovery"],
    ),
    (
        "informing those affected",
        "AVG art. 34: onverwijld",
        {},
        ICT,
        NL,
        ["informeren we hen ook onverwijld (AVG, artikel 34)"],
        [],
    ),
    (
        "informing those affected",
        "AVG art. 34: inform the people affected without delay when the risk is high",
        {},
        ICT,
        NL,
        ["Is het risico voor de betrokkenen hoog", "(AVG, artikel 34)"],
        [],
    ),
    (
        "breach in the code",
        "AVG art. 33",
        {},
        CODE,
        NL,
        [
            "bij de Autoriteit Persoonsgegevens (AVG, artikel 33). Dat moet zonder onredelijke"
            " vertraging en, indien mogelijk, uiterlijk 72 uur"
        ],
        ["moet soms binnen 72 uur", "onnodige vertraging"],
    ),
    (
        "AI literacy",
        "AI Act art. 4 (amended 2026): cite it, describe what we do, no paraphrased duty",
        {},
        ICT,
        NL,
        ["(AI-verordening, artikel 4)", "met training"],
        ["verplicht de Europese AI-verordening elke organisatie"],
    ),
    (
        "AI literacy",
        "AI Act art. 4",
        {},
        ICT,
        EN,
        ["(AI Act, article 4)"],
        ["requires every organisation that uses AI"],
    ),
    (
        "AI labelling",
        "AI Act art. 50(4), from 2 August 2026: deepfakes and unedited public-interest text",
        {"confidentiality__generative_ai": "allowed_without_confidential"},
        CODE,
        NL,
        [
            "Gemaakt met AI",
            "Dat is een huisregel van De Linde",
            "De wet vraagt het alleen bij deepfakes",
            "over zaken van algemeen belang die zonder menselijke redactie",
            "(AI-verordening, artikel 50 lid 4, sinds 2 augustus 2026)",
        ],
        ["die het publiek informeren"],
    ),
    (
        "AI labelling",
        "AI Act art. 50(4)",
        {"confidentiality__generative_ai": "approved_tools_only"},
        ICT,
        EN,
        [
            "As a house rule",
            "matters of public interest published without human editorial control",
            "(AI Act, article 50, paragraph 4, since 2 August 2026)",
        ],
        ["text that informs the public"],
    ),
    (
        "chatbot breaches",
        "AP: several reports in 2024, dozens in 2025",
        {},
        CODE,
        NL,
        ["in 2024 meerdere en in 2025 tientallen meldingen"],
        ["Veel datalekken beginnen"],
    ),
    (
        "chatbot breaches",
        "AP: several reports in 2024, dozens in 2025",
        {},
        CODE,
        EN,
        ["several reports in 2024, and dozens in 2025"],
        ["Many data breaches start"],
    ),
    (
        "conduct rules are an instruction",
        "BW art. 7:660; ISO/IEC 27002 6.2: contracts refer to the code",
        {},
        ICT,
        NL,
        ["(Burgerlijk Wetboek, artikel 7:660)", "de arbeidsovereenkomsten gaan ernaar verwijzen"],
        ["hoort bij de arbeidsvoorwaarden", "opnemen in de arbeidsvoorwaarden"],
    ),
    (
        "conduct rules are an instruction",
        "BW art. 7:660",
        {},
        ICT,
        EN,
        ["(Dutch Civil Code, article 7:660)", "employment contracts will refer to it"],
        ["employment terms"],
    ),
    (
        "political restraint",
        "Ambtenarenwet 2017 art. 10: restraint where it touches one's work; expression stays",
        {"organisation__sector": "government"},
        CODE,
        NL,
        ["vrijheid van meningsuiting", "terughoudend", "(Ambtenarenwet 2017, artikel 10)"],
        ["politiek neutraal"],
    ),
    (
        "NEN 7510 binds the organisation",
        "Besluit elektronische gegevensverwerking door zorgaanbieders",
        {"organisation__sector": "healthcare"},
        ICT,
        NL,
        [
            "Besluit elektronische gegevensverwerking door zorgaanbieders",
            "NEN 7512 en NEN 7513",
        ],
        ["bijvoorbeeld met een ISMS"],
    ),
    (
        "NEN 7510 binds the organisation",
        "NEN 7510 is not an employee's rule",
        {"organisation__sector": "healthcare"},
        CODE,
        NL,
        [],
        ["Volg NEN 7510"],
    ),
    (
        "works council consent",
        "WOR art. 27 lid 1 k and l",
        {"organisation__size": "medium"},
        ICT,
        NL,
        ["(WOR, artikel 27 lid 1, onder k en l)", "instemming van de ondernemingsraad vragen"],
        [],
    ),
    (
        "school consent",
        "schools: participation council (WMS); vocational/higher education: works council",
        {"organisation__size": "medium", "organisation__sector": "education"},
        ICT,
        NL,
        [
            "de personeelsgeleding van de medezeggenschapsraad om instemming"
            " (Wet medezeggenschap op scholen)",
            "bij een mbo- of hogeronderwijsinstelling de ondernemingsraad (WOR, artikel 27",
            "instemming van de personeelsgeleding van de medezeggenschapsraad",
        ],
        ["instemming van de ondernemingsraad vragen"],
    ),
    (
        "school consent in the code",
        "schools: participation council (WMS), in English",
        {"organisation__size": "medium", "organisation__sector": "education"},
        CODE,
        EN,
        [
            "subject to the consent of the staff section of the participation council"
            " (Participation in Schools Act, Wet medezeggenschap op scholen) or, for a"
            " vocational college or higher-education institution, of the works council"
            " (Works Councils Act, WOR,",
        ],
        ["subject to the consent of the works council"],
    ),
    (
        "whistleblowers",
        "Wet bescherming klokkenluiders: procedure from 50 staff; Huis voor Klokkenluiders",
        {"organisation__size": "medium"},
        CODE,
        NL,
        ["interne meldprocedure voor misstanden", "Huis voor Klokkenluiders"],
        [],
    ),
    (
        "whistleblowers in care",
        "IGJ takes reports about the quality and safety of care",
        {"organisation__sector": "healthcare"},
        CODE,
        NL,
        ["Inspectie Gezondheidszorg en Jeugd (IGJ)"],
        [],
    ),
    (
        "public employers",
        "Wet bescherming klokkenluiders: every public employer",
        {"organisation__sector": "government", "organisation__size": "micro"},
        CODE,
        NL,
        ["interne meldprocedure voor misstanden"],
        [],
    ),
    (
        "confidential adviser advises",
        "the adviser advises and listens in confidence",
        {"behaviour__criticism_route": "confidential_adviser"},
        CODE,
        NL,
        ["adviseert je over de volgende stap"],
        ["je krijgt antwoord"],
    ),
    (
        "professional boundaries",
        "BW 7:611 and ECHR art. 8: an existing private relationship stays; no unnamed app",
        {"organisation__sector": "healthcare"},
        CODE,
        NL,
        [
            "vriendschapsverzoeken",
            "zoek hen niet online op",
            "Kende je iemand al privé voordat hij of zij cliënt werd",
        ],
        ["beveiligde berichtenapp", "KNMG", "patiënt"],
    ),
    (
        "care reporting",
        "Cyberbeveiligingswet (NIS2): care providers from 50 people; NIS2 art. 20 and 23",
        {"organisation__sector": "healthcare", "organisation__size": "medium"},
        ICT,
        NL,
        [
            "De Linde valt onder de Cyberbeveiligingswet, de Nederlandse uitvoering van de"
            " NIS2-richtlijn, zodra die wet in werking is",
            "Z-CERT",
            "een vroege waarschuwing binnen 24 uur, een melding binnen 72 uur en een"
            " eindverslag binnen een maand",
            "de maatregelen goedkeuren, toezien op de uitvoering en een training volgen",
        ],
        # Not in force when last checked: never stated as law in force.
        [
            "Vallen we onder",
            "wettelijke termijn",
            "beveiligde berichtenapp",
            "De Linde valt onder de Cyberbeveiligingswet.",
        ],
    ),
    (
        "care reporting",
        "the Dutch act, not the EU Cybersecurity Act 2019/881",
        {"organisation__sector": "healthcare", "organisation__size": "large"},
        ICT,
        EN,
        [
            "will fall under the Dutch Cyber Security Act (Cyberbeveiligingswet), which"
            " implements NIS2, once that act is in force",
            "an early warning within 24 hours",
        ],
        ["the Cybersecurity Act", "legal term", "If we fall under"],
    ),
    (
        "small care provider",
        "NIS2 size-cap: below 50 people a care provider is not in scope",
        {"organisation__sector": "healthcare"},
        ICT,
        NL,
        ["Z-CERT, het CSIRT voor de zorg, het aanspreekpunt"],
        ["Cyberbeveiligingswet"],
    ),
    (
        "municipality in scope",
        "Cyberbeveiligingswet: government bodies, municipalities included",
        {"organisation__sector": "government", "organisation__name": "Gemeente Oss"},
        ICT,
        NL,
        ["De gemeente Oss valt onder de Cyberbeveiligingswet", "in stappen: een vroege"],
        ["Vallen we onder", "Gemeente Oss valt"],
    ),
    (
        "data protection officer",
        "AVG art. 37: public bodies must have an FG, who is part of the breach steps",
        {"organisation__sector": "government"},
        ICT,
        NL,
        ["samen met de functionaris gegevensbescherming (FG)", "(AVG, artikelen 37 en 38)"],
        [],
    ),
    (
        "whistleblowers",
        "Directive 2019/1937 art. 6: reasonable grounds, external reporting protected",
        {},
        CODE,
        NL,
        [
            "De Wet bescherming klokkenluiders beschermt wie redelijke gronden heeft om aan te"
            " nemen dat de gemelde informatie klopt",
            "rechtstreeks bij een bevoegde instantie",
        ],
        ["te goeder trouw"],
    ),
    (
        "whistleblowers",
        "Directive 2019/1937 arts. 2 and 6: breaches within its scope, on reasonable grounds",
        {"organisation__jurisdiction": "eu"},
        CODE,
        EN,
        [
            "The EU Whistleblower Directive, and the national law that implements it, protect"
            " anyone who reports a breach within their scope and has reasonable grounds",
            "directly to a competent authority",
        ],
        ["good faith", "Directive protects anyone"],
    ),
    (
        "whistleblowers",
        "Directive 2019/1937 arts. 2 and 6: breaches within its scope, on reasonable grounds",
        {"organisation__jurisdiction": "eu"},
        CODE,
        NL,
        [
            "De Europese klokkenluidersrichtlijn en de nationale wet die haar uitvoert,"
            " beschermen wie een misstand binnen hun bereik meldt en redelijke gronden heeft",
            "rechtstreeks bij een bevoegde instantie",
        ],
        ["te goeder trouw", "Klokkenluiders"],
    ),
    (
        "impersonation",
        "DSA art. 16: a notice procedure, not a removal guarantee",
        {},
        ICT,
        EN,
        ["with a request to remove it", "must handle such a notice diligently"],
        ["so that it is taken down"],
    ),
    (
        "no disciplinary procedure in private-sector law",
        "Dutch private-sector employment law has no statutory disciplinary procedure",
        {"behaviour__sanctions": "guidance"},
        ICT,
        NL,
        ["kunnen leiden tot arbeidsrechtelijke maatregelen"],
        ["disciplinaire procedure uit het arbeidsrecht"],
    ),
    (
        "no disciplinary procedure in private-sector law",
        "as above",
        {"behaviour__sanctions": "guidance"},
        ICT,
        EN,
        ["may lead to measures under employment law"],
        ["disciplinary process under employment law"],
    ),
    (
        "accountants' confidentiality",
        "VGBA: a professional duty of confidentiality, not a beroepsgeheim",
        {"organisation__sector": "professional_services"},
        CODE,
        NL,
        ["geheimhoudingsplicht van ons vak", "geheimhoudingsplicht"],
        ["beroepsgeheim"],
    ),
    (
        "frameworks",
        "BIO2; NEN 7510-2:2024",
        {"organisation__sector": "government"},
        ICT,
        NL,
        ["volgt de BIO2", "de tweede versie van de Baseline Informatiebeveiliging Overheid"],
        ["de BIO ", "de BIO."],
    ),
    (
        "frameworks",
        "NEN 7510-2:2024",
        {"organisation__sector": "healthcare"},
        ICT,
        EN,
        ["follows NEN 7510-2:2024", "NEN 7510-2:2024 uses the numbering"],
        [],
    ),
    (
        "public records",
        "Woo and Archiefwet; Ambtenarenwet art. 9; oath; integrity code",
        {"organisation__sector": "government"},
        CODE,
        NL,
        [
            "de Woo en de Archiefwet",
            "ook op je eigen telefoon",
            "eed of belofte",
            "(Ambtenarenwet 2017, artikel 9)",
            "integriteitscode",
            "moderatieregels",
            "digitaal toegankelijk",
        ],
        [],
    ),
    (
        "government accountability",
        "ENSIA; Cyberbeveiligingswet; BIO2 5.24.07",
        {"organisation__sector": "government"},
        ICT,
        NL,
        ["ENSIA", "Cyberbeveiligingswet", "Archiefwet", "5.24 (5.24.07)"],
        [],
    ),
    (
        "shared log-ins",
        "BIO2 5.16.02; ISO/IEC 27002 5.16, 5.17",
        {},
        ICT,
        NL,
        ["eigen beheerdersrol", "Een gedeeld account is een vastgelegde uitzondering"],
        ["Gedeelde inloggegevens van officiële accounts staan alleen"],
    ),
    (
        "accountants",
        "VGBA fundamental principles; Wwft tipping-off ban",
        {"organisation__sector": "professional_services"},
        CODE,
        NL,
        ["VGBA", "(Wwft)", "De wet verbiedt dat", "belastingadvies"],
        [],
    ),
    (
        "proportionality",
        "Digital Trust Center basic measures for small firms",
        {"organisation__size": "micro"},
        ICT,
        NL,
        [
            "Digital Trust Center",
            "een volledig managementsysteem voor informatiebeveiliging (ISMS) is voor onze "
            "omvang niet nodig",
        ],
        ["bijvoorbeeld met een ISMS"],
    ),
    (
        "outside IT supplier",
        "AVG art. 28; ISO/IEC 27002 5.19, 5.20, 5.23",
        {"governance__it_owner": "Pixelwerk IT B.V."},
        ICT,
        NL,
        ["verwerkersovereenkomst verplicht (AVG, artikel 28)", "5.19", "5.20", "5.23"],
        [],
    ),
    (
        "recruitment screening",
        "AP: a legitimate purpose, announced beforehand",
        {"markets__goals": ["marketing", "recruitment"]},
        ICT,
        NL,
        ["gerechtvaardigd doel", "kondigt het vooraf aan in de vacature"],
        [],
    ),
    (
        "impersonation",
        "DSA art. 16 notice and action",
        {},
        ICT,
        NL,
        [
            "melden we via het meldformulier van het platform, met het verzoek het te verwijderen",
            "(Digitaledienstenverordening, artikel 16)",
        ],
        ["zodat het wordt verwijderd"],
    ),
    (
        "ambassadors",
        "Reclamecode Social Media & Influencer Marketing (RSM)",
        {"markets__ambassadors": True},
        CODE,
        NL,
        ["(RSM)", "legt elke ambassadeur uit wat de RSM vraagt"],
        [],
    ),
    (
        "after-hours rota",
        "ATW art. 1:7: answering on a rota is working time; only standing by is consignatie",
        {"behaviour__after_hours": "official_accounts_rota"},
        CODE,
        NL,
        [
            "Wie volgens het rooster berichten beantwoordt, werkt: die tijd is arbeidstijd",
            "Alleen bereikbaar zijn om zo nodig in actie te komen is een bereikbaarheidsdienst"
            " (consignatie, Arbeidstijdenwet, artikel 1:7)",
        ],
        ["Zo'n rooster is een bereikbaarheidsdienst", "recht op onbereikbaarheid", "kantoortijd"],
    ),
    (
        "after-hours rota",
        "ATW art. 1:7",
        {"behaviour__after_hours": "official_accounts_rota"},
        CODE,
        EN,
        ["Answering messages on the rota is work: that time is working time"],
        ["Such a rota is on-call work", "right to disconnect", "office hours"],
    ),
    (
        "no statutory right to disconnect",
        "there is no statutory 'recht op onbereikbaarheid' in the Netherlands",
        {"behaviour__after_hours": "no_expectation"},
        CODE,
        NL,
        ["Niemand verwacht dat je buiten je werktijd berichten leest of beantwoordt."],
        ["recht op onbereikbaarheid", "Je hebt recht"],
    ),
]


@pytest.mark.parametrize(
    ("error", "source", "changes", "document", "language", "says", "never"),
    LEGAL,
    ids=[f"{row[0]}-{row[3].value}-{row[4].value}" for row in LEGAL],
)
def test_legal_statement_follows_its_source(
    error: str,
    source: str,
    changes: Changes,
    document: DocumentKind,
    language: Language,
    says: list[str],
    never: list[str],
) -> None:
    body = text(project(**changes), document, language)
    for phrase in says:
        assert phrase in body, f"{error} ({source}): missing {phrase!r}"
    for phrase in never:
        assert phrase not in body, f"{error} ({source}): still says {phrase!r}"


def test_gaps_stay_out_where_they_do_not_apply() -> None:
    small = both(project(), NL)
    assert "ondernemingsraad" not in small  # fewer than 50 people: no works council
    assert "interne meldprocedure" not in small  # the law starts at 50, or public employers
    assert "Wet bescherming klokkenluiders beschermt" in small
    assert "IGJ" not in small and "Archiefwet" not in small and "VGBA" not in small
    assert "gerechtvaardigd doel" not in small  # recruitment is not a goal
    forbidden = both(project(confidentiality__generative_ai="forbidden"), NL)
    assert "artikel 50" not in forbidden and "artikel 4)" not in forbidden
    abroad = both(project(organisation__jurisdiction="other"), NL)
    for dutch_law in ("7:660", "Klokkenluiders", "AVG, artikel", "Reclamecode"):
        assert dutch_law not in abroad


def mapping(p: Any) -> dict[str, str]:
    section = build_outline(p, ICT, NL).section("mapping")
    table = next(b for b in section.blocks if isinstance(b, Table))
    return {row[0].split()[0]: row[2] for row in table.rows}


def test_controls_map_to_what_they_cover() -> None:
    rows = mapping(project())
    assert "Accountregister" in rows["5.9"]  # an inventory, not acceptable use
    assert "Accountregister" not in rows.get("5.10", "")
    assert "Uitdiensttreding" in rows["5.18"]  # access rights, not return of assets
    assert "5.11" not in rows
    assert "8.16" not in rows  # network monitoring is not watching public mentions
    assert "Persoonlijke beheerdersrollen" in rows["5.16"]


def test_bio_measures_follow_the_bio2_text() -> None:
    rows = build_outline(project(organisation__sector="government"), ICT, EN)
    table = next(b for b in rows.section("mapping").blocks if isinstance(b, Table))
    numbers = [row[0] for row in table.rows]
    assert "5.17 (5.17.01, 5.17.02)" in numbers  # MFA, password manager
    assert "5.4 (5.04.02, 5.04.03)" in numbers  # conduct rules in contracts, shown to all
    assert "6.8 (6.08.01)" in numbers  # everyone knows the reporting procedure
    assert "5.9 (5.09.01)" in numbers and "5.16 (5.16.02)" in numbers
    assert "8.16" not in " ".join(numbers)


# --- sector vocabulary -------------------------------------------------------------

SECTOR_WORDS = {
    # sector: (Dutch word that must appear, English word that must appear)
    "healthcare": ("cliënten", "clients"),
    "government": ("inwoners", "residents"),
    "retail": ("klanten", "customers"),
    "hospitality": ("gasten", "guests"),
    "professional_services": ("klanten", "clients"),
    "nonprofit": ("deelnemers", "participants"),
    "general": ("klanten", "customers"),
}
PATIENTS = re.compile(r"patiënt|patient", re.I)
CUSTOMERS = {NL: re.compile(r"klant|consument", re.I), EN: re.compile(r"customer|consumer", re.I)}


@pytest.mark.parametrize("sector", list(SECTOR_WORDS))
def test_each_sector_speaks_of_its_own_people(sector: str) -> None:
    p = project(
        organisation__sector=sector,
        markets__segments=["consumer", "business"],
        markets__goals=["marketing", "customer_service"],
        markets__webcare=True,
        confidentiality__never_share=["customer_data", "security_details"],
        channels=[
            {"id": "whatsapp"},
            {"id": "review_sites", "official_account": True, "manager": "Bas"},
        ],
    )
    for language, word in zip((NL, EN), SECTOR_WORDS[sector], strict=True):
        body = both(p, language)
        assert word in body, (sector, language)
        if sector != "healthcare":
            assert not PATIENTS.search(body), (sector, language, PATIENTS.search(body))
        if sector in ("healthcare", "government"):
            found = CUSTOMERS[language].search(body)
            assert not found, (sector, language, body[found.start() - 60 : found.end() + 60])


def test_volunteers_only_where_they_work() -> None:
    for sector in ("professional_services", "retail", "general"):
        assert "vrijwilliger" not in both(project(organisation__sector=sector), NL)
    assert "vrijwilligers" in both(project(organisation__sector="nonprofit"), NL)
    assert "vrijwilligers" in text(project(organisation__sector="healthcare"), CODE, NL)


def test_a_foundation_of_volunteers_has_a_board_not_an_employer() -> None:
    p = project(
        organisation__sector="nonprofit",
        channels=[{"id": "facebook"}],
        behaviour__sanctions="graded",
    )
    for language, words in (
        (NL, ("ontslag", "werkgever", "het management")),
        (EN, ("dismissal", "employer", "Approved by Management")),
    ):
        body = both(p, language)
        for word in words:
            assert word not in body, (language, word)
    nl = both(p, NL)
    assert "vastgesteld door het bestuur" in nl
    assert "elk officieel account" not in nl.lower() and "op de officiële accounts" not in nl


# --- tailoring slips ---------------------------------------------------------------


def test_a_blocked_channel_with_an_official_account_gets_an_exception() -> None:
    p = project(
        technical__separation="restricted",
        technical__blocked_channels=["linkedin", "tiktok"],
    )
    assert "Uitzondering: wie het officiële account op LinkedIn beheert" in text(p, ICT, NL)
    assert "Beheer je het officiële account op LinkedIn?" in text(p, CODE, NL)
    assert "geblokkeerd: " not in both(p, NL)  # no list glued after a colon
    unblocked = project(technical__separation="restricted", technical__blocked_channels=["tiktok"])
    assert "Uitzondering" not in text(unblocked, ICT, NL)


def test_approved_ai_tools_are_not_any_ai_tool() -> None:
    approved = text(project(), CODE, NL)
    assert "de goedgekeurde AI-tool Copilot" in approved
    assert "In de goedgekeurde tool mag je werkinformatie gebruiken" in approved
    assert "in een AI-tool in" not in approved
    unnamed = text(project(confidentiality__approved_ai_tools=[]), CODE, NL)
    assert "Voer nooit vertrouwelijke informatie of persoonsgegevens in een AI-tool in" in unnamed


def test_the_baseline_follows_the_plan_dates() -> None:
    ahead = project(governance__plan=[{"step": "baseline", "due": "2027-02-15"}])
    body = text(ahead, ICT, NL)
    assert "Bij de nulmeting" not in body
    assert "De nulmeting, uiterlijk 15 februari 2027" in body
    done = project(
        governance__plan=[{"step": "baseline", "due": "2026-12-15"}],
        governance__baseline=["incident_procedure"],
    )
    assert (
        "Bij de nulmeting van 15 december 2026 bleek dat De Linde al een incidentprocedure had"
        in text(done, ICT, NL)
    )


def test_a_one_person_firm_is_not_a_committee() -> None:
    p = project(
        organisation__size="micro",
        governance__hr_owner="Henk van Dijk",
        governance__communications_owner="Henk van Dijk",
        governance__it_owner="Henk van Dijk",
        governance__approver="Henk van Dijk",
        organisation__policy_owner={"name": "Henk van Dijk", "role": "eigenaar"},
    )
    code = text(p, CODE, NL)
    assert "HR, communicatie en ICT hebben" not in code
    # Said once, where the code ends: not a second time under its purpose.
    assert "Henk van Dijk (eigenaar) heeft deze code vastgesteld" in code
    assert "opgesteld en vastgesteld" not in code
    assert "technische maatregelen op ons netwerk" not in code  # separation is open
    assert "leidinggevende of met" not in code  # the manager is Henk: named once
    assert "rapporteert" not in text(p, ICT, NL).split("8. Borging")[1]


def test_roles_agree_between_sections() -> None:
    body = text(project(governance__communications_owner="Manager Communicatie"), ICT, NL)
    team = body.split("2. Rollen")[1].split("3. Risico")[0]
    assert "Communicatie (manager communicatie): officiële accounts en het accountregister" in team
    assert "accountregister" not in team.split("ICT (Ilse)")[1].split("Vaststelling")[0]
    # Not in the baseline: the register is kept from the introduction of this policy.
    assert "Accountregister. De manager communicatie houdt vanaf de invoering" in body


def test_the_organisation_decides_on_tools_not_its_supplier() -> None:
    p = project(governance__it_owner="Managed IT partner (Fjord IT)")
    body = text(p, ICT, NL)
    assert "De Linde beslist over nieuwe tools, op advies van Managed IT partner (Fjord IT)" in body
    assert "(Fjord IT) beslist" not in body
    assert "samen met Managed IT partner" not in text(p, CODE, NL)


def test_every_outside_supplier_needs_a_processing_agreement() -> None:
    p = project(
        governance__communications_owner="Pixel Social B.V.",
        channels=[{"id": "linkedin", "official_account": True, "manager": "Pixel Social B.V."}],
    )
    body = text(p, ICT, NL)
    assert "Pixel Social B.V. verwerkt gegevens voor De Linde" in body
    assert "verwerkersovereenkomsten en de beveiligingsafspraken met Pixel Social B.V." in body
    assert "Externe leveranciers" not in text(project(), ICT, NL)


def test_a_dpo_owning_the_policy_is_a_warning() -> None:
    p = project(
        organisation__policy_owner={"name": "Marieke", "role": "Functionaris Gegevensbescherming"},
        governance__approver="Directie",
    )
    warnings = check_consistency(p, NL)
    assert [w.field for w in warnings] == ["organisation.policy_owner.role"]
    assert "'Functie van de beleidseigenaar'" in warnings[0].message(NL)
    assert "artikel 38 lid 6" in warnings[0].message(NL)
    assert "'Policy owner's role'" in warnings[0].message(EN)
    assert "article 38(6)" in warnings[0].message(EN)
    for role in ("DPO", "data protection officer", "FG"):
        p = project(organisation__policy_owner={"role": role}, governance__approver="Directie")
        assert [w.code for w in check_consistency(p)] == ["dpo_owns_policy"]
    privacy = project(organisation__policy_owner={"role": "privacymanager"})
    assert [w.code for w in check_consistency(privacy)] == ["approver_unnamed"]


def test_plan_dates_that_contradict_the_effective_date_are_warnings() -> None:
    late = project(
        governance__plan=[{"step": "policy", "due": "2027-02-01"}], governance__approver="Directie"
    )
    warnings = check_consistency(late, NL)
    assert [w.code for w in warnings] == ["policy_after_effective"]
    assert "1 februari 2027" in warnings[0].message(NL) and "1 januari 2027" in warnings[0].message(
        NL
    )
    assert "1 February 2027" in warnings[0].message(EN)
    backwards = project(
        governance__plan=[
            {"step": "baseline", "due": "2026-12-20"},
            {"step": "plan_of_action", "due": "2026-12-01"},
        ],
        governance__approver="Directie",
    )
    warnings = check_consistency(backwards, EN)
    assert [w.code for w in warnings] == ["plan_out_of_order"]
    assert "Plan of action" in warnings[0].message(EN) and "Nulmeting" in warnings[0].message(NL)
    in_order = project(
        governance__plan=[{"step": "policy", "due": "2027-01-01"}], governance__approver="Directie"
    )
    assert check_consistency(in_order) == []


@pytest.mark.parametrize(
    ("approver", "dutch"),
    [
        ("the management board", "de directie"),
        ("owner", "de eigenaar"),
        ("management", "de leiding van De Linde"),
    ],
)
def test_english_answers_never_reach_dutch_text(approver: str, dutch: str) -> None:
    body = both(project(governance__approver=approver), NL)
    assert f"vastgesteld door {dutch}" in body
    assert not re.search(rf"(?<![Hh]et ){approver}\b", body)


def test_an_open_plan_says_so_once() -> None:
    body = text(project(), ICT, NL)
    assert "nog toe te wijzen" not in body and "nog te plannen" not in body
    assert body.count("Wie elke stap trekt en wanneer, ligt nog niet vast") == 1
    partly = text(project(governance__plan=[{"step": "policy", "owner": "An"}]), ICT, NL)
    assert "nog toe te wijzen" in partly


# --- language ----------------------------------------------------------------------


def test_roles_read_naturally_mid_sentence() -> None:
    p = project(
        governance__communications_owner="Manager Communicatie",
        governance__hr_owner="HR-adviseur",
        technical__incident_contact="CERT-team",
        behaviour__criticism_route="manager",
    )
    code = text(p, CODE, NL)
    assert "vraag dat aan de manager communicatie" in code
    assert "Meld het direct bij het CERT-team" in code
    assert "of met de HR-adviseur" in code
    assert not re.search(r"\b(aan|met|bij) Manager Communicatie", code)
    english = text(project(governance__communications_owner="Communications Manager"), CODE, EN)
    assert "ask the communications manager" in english
    dutch_role = text(project(governance__hr_owner="HR-adviseur"), CODE, EN)
    assert "talk to your manager or the HR adviser" in dutch_role


def test_dutch_verbs_agree_with_the_approver() -> None:
    body = both(project(governance__approver="de partners"), NL)
    assert "de partners heeft" not in body and "De partners heeft" not in body
    assert "vastgesteld door de partners" in body


def test_dutch_style_points() -> None:
    p = project(technical__separation="restricted", technical__blocked_channels=["tiktok"])
    body = both(p, NL)
    assert not re.search(r"\bjou\b", body)  # unstressed: "je"
    assert "Het maakt niet elk bericht acceptabel" not in body
    assert "PDCA-cyclus" in body and "recht op onbereikbaarheid" not in body
    assert "Ook kleine details verraden veel" in body and "tellen op" not in body
    assert "Bedank de afzender voor het bericht" in body
    assert not re.search(r"\bict\b", body)  # ICT, always in capitals
    assert "Op ons netwerk en onze apparaten is TikTok geblokkeerd" in body
    formal = both(project(organisation__style="formal", organisation__sector="healthcare"), NL)
    assert "Vermoedt u" in formal and "Beheert u" in formal and "Beheer u" not in formal


def test_english_style_points() -> None:
    p = project(markets__webcare=True, markets__goals=["marketing", "customer_service"])
    body = both(p, EN)
    assert not re.search(r"\breact\b", body)
    assert "webcare" not in body.lower()
    assert "social media customer service" in body
    assert "employment terms" not in body

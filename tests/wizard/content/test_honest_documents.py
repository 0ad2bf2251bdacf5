"""The documents claim only what the answers record, and never contradict themselves:
the class behind each finding of the second expert review, over every kind of
organisation (tests/wizard/content/kinds.py) in both languages."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from tests.wizard.content.kinds import abroad_documents, all_documents, kinds
from tests.wizard.content.test_legal_content import BASE, project, text
from wizard.answers.labels import field_label, value_label
from wizard.answers.model import DocumentKind, Language, PlanStepId, Size, Training
from wizard.answers.project_file import validate_raw
from wizard.content.consistency import check_consistency
from wizard.content.outline import Table, outline_text
from wizard.content.people import column_name, one_person, same_person
from wizard.content.tailoring import (
    approver_named,
    build_outline,
    consent_needed,
    cyber_security_act,
    data_protection_officer,
    in_language,
    next_review,
)
from wizard.content.wording import long_date

CODE, ICT = DocumentKind.CODE_OF_CONDUCT, DocumentKind.ICT_POLICY
NL, EN = Language.NL, Language.EN

CONSENT_CLAIM = {
    NL: "met instemming van de ondernemingsraad",
    EN: "with the consent of the works council",
}
CONSENT_STEP = {
    NL: "instemming van de ondernemingsraad vragen",
    EN: "ask the works council to consent",
}


def pair(p: Any, language: Language) -> tuple[str, str]:
    return text(p, CODE, language), text(p, ICT, language)


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("consent", [False, True])
@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_works_council_consent_is_claimed_only_when_recorded(
    language: Language, consent: bool, size: str
) -> None:
    p = project(organisation__size=size, governance__works_council_consent=consent)
    code, ict = pair(p, language)
    claimed = CONSENT_CLAIM[language] in code
    planned = CONSENT_STEP[language] in ict
    has_council = size != "small"
    assert claimed == (has_council and consent)
    # Never both: a code adopted with consent while the plan still asks for it.
    assert not (claimed and planned)
    assert planned == (has_council and not consent)


WAITS_FOR_CONSENT = {
    NL: ("maar niet eerder dan de dag na die instemming", "de code gaat pas in na die instemming"),
    EN: (
        "but not before the day after that consent",
        "the code takes effect only after that consent",
    ),
}


def test_without_recorded_consent_the_code_waits_for_it() -> None:
    # A code that needs the works council's consent never takes effect before it (WOR,
    # article 27(5)): the code says so beside its date, and the plan asks for the consent
    # before that date.
    seen = 0
    for name, p, document, language, body in all_documents():
        waits = consent_needed(p) and not p.governance.works_council_consent
        code_says, ict_says = WAITS_FOR_CONSENT[language]
        said = code_says if document is CODE else ict_says
        assert (said in body) == waits, (name, document, language)
        if waits and document is ICT:
            seen += 1
            date = long_date(p.organisation.effective_date, language)
            step = f"vóór {date} de instemming" if language is NL else f"monitoring before {date}"
            assert step in body, (name, language)
    assert seen


def test_no_document_of_any_kind_claims_consent_it_does_not_record() -> None:
    for name, p, document, language, body in all_documents():
        if CONSENT_CLAIM[language] in body:
            assert p.governance.works_council_consent, (name, document, language)


# The classes from open to most restricted; each description names a narrower audience.
AUDIENCE = {
    NL: (
        "al heeft gepubliceerd",
        "voor collega's",
        "voor het werk nodig heeft",
        "bij naam zijn aangewezen",
    ),
    EN: ("already published", "colleagues only", "need it for their work", "few named people"),
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("levels", ["three_level", "four_level"])
def test_classification_levels_narrow_in_order(language: Language, levels: str) -> None:
    body = text(project(confidentiality__classification=levels), CODE, language)
    expected = AUDIENCE[language] if levels == "four_level" else AUDIENCE[language][:3]
    places = [body.find(words) for words in expected]
    assert all(place >= 0 for place in places), (expected, places)
    assert places == sorted(places), "a higher class reads as open as a lower one"
    if levels == "three_level":
        assert AUDIENCE[language][3] not in body


TRAINING_WORDS = {NL: re.compile(r"training", re.I), EN: re.compile(r"training", re.I)}
# What may be said about training when there is none: that there is none, and the gap.
NO_TRAINING_OK = {
    NL: (
        "Er is geen formele training",
        "bewustwordingstraining nodig is",
        "een bewustwordingstraining had",  # the baseline as answered
        "opleiding en training in informatiebeveiliging",  # the title of control 6.3
    ),
    EN: (
        "There is no formal training",
        "awareness training is needed",
        "and awareness training.",  # the baseline as answered
        "awareness, education and training",
    ),
}


def test_no_training_is_promised_when_the_answer_is_none() -> None:
    for name, p, document, language, body in all_documents():
        if p.behaviour.training is not Training.NONE:
            continue
        rest = body
        # The gap analysis may list it as missing: that is no promise.
        rest = rest.replace(value_label("baseline", "awareness_training", language), " ")
        for allowed in NO_TRAINING_OK[language]:
            rest = rest.replace(allowed, " ")
        found = TRAINING_WORDS[language].search(rest)
        assert not found, (name, document, rest[max(0, found.start() - 100) : found.end() + 60])


@pytest.mark.parametrize("language", list(Language))
def test_two_step_verification_is_one_rule_throughout(language: Language) -> None:
    advised = project(technical__mfa=False)
    _code, ict = pair(advised, language)
    plan = ict.split("7. Implementatieplan" if language is NL else "7. Implementation plan")[1]
    assert "tweestapsverificatie aanzetten" not in plan
    assert "switch on two-step verification" not in plan
    required = text(project(technical__mfa=True), ICT, language)
    assert ("verplicht tweestapsverificatie" if language is NL else "must use two-step") in required


def test_no_tool_or_app_the_answers_do_not_name() -> None:
    for name, p, document, _language, body in all_documents():
        assert "beveiligde berichtenapp" not in body and "secure messaging app" not in body
        # The answer records a password manager for shared log-ins, not one handed out
        # for every employee's own accounts; advice to use one is no claim.
        assert "beschikbaar stellen" not in body and "we provide" not in body
        if not p.technical.password_manager:
            for claim in ("de wachtwoordmanager", "the password manager", "organisation's pass"):
                assert claim not in body, (name, document, claim)


def test_the_owner_never_reports_to_themselves() -> None:
    p = project(
        organisation__policy_owner={"role": "eigenaar"},
        governance__approver="eigenaar",
    )
    for language in Language:
        body = text(p, ICT, language)
        assert not re.search(r"eigenaar rapporteert .*aan de eigenaar", body)
        assert "owner reports on these measures to the owner" not in body


def test_care_speaks_of_clients_and_no_doctors_guidance() -> None:
    for name, p, _, language, body in all_documents():
        assert "KNMG" not in body, name
        if p.organisation.sector.value == "healthcare":
            assert not re.search(r"patiënt|patient", body, re.I), (name, language)


def test_volunteers_are_never_dismissed() -> None:
    for name, p, document, _language, body in all_documents():
        for ladder in ("tot en met ontslag", "up to dismissal"):
            if ladder in body and (p.organisation.sector.value in ("healthcare", "education")):
                after = body.split(ladder)[1][:90]
                assert "vrijwilliger" in after or "volunteer" in after, (name, document)


def test_shops_have_no_office_hours() -> None:
    for name, _, _, _, body in all_documents():
        assert "kantoortijd" not in body and "office hours" not in body, name


def test_a_municipality_takes_its_article_in_running_text() -> None:
    raw = copy.deepcopy(BASE)
    raw["organisation"].update(name="Gemeente Oss", sector="government")
    p = validate_raw(raw)
    for document in DocumentKind:
        lines = outline_text(build_outline(p, document, NL)).splitlines()
        # The title keeps the name as typed; running text says "de gemeente Oss", and a
        # sentence that opens with it has its capital.
        assert lines[1] == "Gemeente Oss"
        body = "\n".join(lines[2:])
        assert "Gemeente Oss" not in body
        assert not re.search(r"(^|[.?!:] )de gemeente Oss", body, re.M), document
    assert "voor de gemeente Oss werkt" in text(p, CODE, NL)
    assert "for the Municipality of Oss" in text(p, CODE, EN)


NESTED = re.compile(r"\([^()]*\(")


def test_never_a_bracket_inside_a_bracket() -> None:
    for name, _, document, language, body in all_documents():
        found = NESTED.search(body)
        assert not found, (name, document, language, body[found.start() - 60 : found.end() + 60])


def test_every_kind_is_covered() -> None:
    sectors = {p.organisation.sector for _, p in kinds()}
    assert len(sectors) >= 11


# --- who approves, and the table of roles -------------------------------------------------

MANAGEMENT_CLAIM = re.compile(r"\bmanagement\b|\bdirectie\b", re.I)
# Where the word names a thing, not who approves: control titles and technical terms.
NOT_A_CLAIM = (
    "password management",
    "device management",
    "identity management",
    "incident management",
    "management responsibilities",
    "management system",
)


def _ict_tables(p: Any, language: Language, clause_id: str) -> list[Table]:
    """The tables of one clause of the ICT section."""
    outline = build_outline(p, ICT, language)
    for section in outline.sections:
        for clause in section.clauses:
            if clause.id == clause_id:
                return [b for b in clause.blocks if isinstance(b, Table)]
    return []


def _raci(p: Any, language: Language) -> Any:
    tables = _ict_tables(p, language, "roles.raci")
    return tables[0] if tables else None


def _every_role(holder: str) -> dict[str, str]:
    """Changes for ``project()``: one holder of every role, the approval included."""
    return {
        f"governance__{role}": holder
        for role in ("hr_owner", "communications_owner", "it_owner", "approver")
    }


def test_an_unnamed_approver_is_never_called_management() -> None:
    # The questionnaire's default ("management") names nobody: the documents say only that
    # the organisation's leadership approves, and leave the name to fill in.
    seen = 0
    for name, p, document, language, body in all_documents():
        if approver_named(p):
            continue
        seen += 1
        rest = body.lower()
        for term in NOT_A_CLAIM:
            rest = rest.replace(term, " ")
        named = MANAGEMENT_CLAIM.search(rest)
        assert not named, (name, document, language, rest[named.start() - 80 : named.end() + 40])
        leadership = "de leiding van" if language is NL else "the leadership of"
        assert leadership in body, (name, document, language)
    assert seen, "no kind leaves the approver unanswered"


@pytest.mark.parametrize("language", list(Language))
def test_the_document_control_leaves_an_unnamed_approver_to_fill_in(language: Language) -> None:
    unnamed = project()
    assert not approver_named(unnamed)
    control = outline_text(build_outline(unnamed, ICT, language))
    fill_in = "Naam en functie: …" if language is NL else "Name and position: …"
    assert fill_in in control
    named = outline_text(
        build_outline(project(governance__approver="Raad van Bestuur"), ICT, language)
    )
    assert fill_in not in named
    assert ("De raad van bestuur" if language is NL else "The board of directors") in named


def test_an_unnamed_approver_is_an_open_question() -> None:
    codes = [w.field for w in check_consistency(project())]
    assert codes == ["governance.approver"]
    assert check_consistency(project(governance__approver="directeur")) == []
    message = check_consistency(project())[0].message(NL)
    assert "Vastgesteld door" in message


def test_the_table_of_roles_names_the_people_of_the_answers() -> None:
    # Every column header is a person or body the answers name (or, unnamed, the
    # organisation's leadership); a person with several roles is one column; one person
    # doing everything gets no table at all.
    for name, p, _document, language, _body in all_documents():
        if _document is not ICT:
            continue
        table = _raci(p, language)
        if one_person(p) or p.organisation.size is Size.MICRO:
            # A business of a few people names them in the text: no table of roles.
            assert table is None, name
            continue
        assert table is not None, name
        shown = p if language is NL else in_language(p, language)
        g, owner = shown.governance, shown.organisation.policy_owner
        # The policy owner has duties (plan, incidents, reporting), so a column too.
        holders = [g.hr_owner, g.communications_owner, g.it_owner, owner.name or owner.role]
        if approver_named(p):
            holders.append(g.approver)
        answered = {column_name(h, language) for h in holders}
        if not approver_named(p):
            answered.add("Leiding" if language is NL else "Leadership")
            answered.add("Bestuur" if language is NL else "Board")
        # The employees' column (always "informed") ends the table while it fits.
        employees = table.header[-1] in ("Medewerkers", "Employees")
        heads = list(table.header[1:-1] if employees else table.header[1:])
        assert set(heads) <= answered, (name, language, heads, answered)
        distinct = []
        for holder in holders:
            if not any(same_person(holder, d) for d in distinct):
                distinct.append(holder)
        assert len(heads) == len(distinct) + (not approver_named(p)), (name, heads)
        for row in table.rows:
            assert len(row) == len(table.header), (name, row)


def test_one_person_with_several_roles_is_one_column() -> None:
    p = project(
        organisation__size="small",
        governance__hr_owner="Henk",
        governance__communications_owner="Lotte",
        governance__it_owner="Henk",
        governance__approver="Henk",
        organisation__policy_owner={"name": "Henk", "role": "directeur"},
    )
    table = _raci(p, NL)
    assert table.header == ("Activiteit", "Henk", "Lotte", "Medewerkers")
    # Henk writes the policy (HR), is consulted as IT and approves it: R and A, once.
    assert table.rows[0] == ("Beleid opstellen en onderhouden", "R/A", "R", "I")
    assert "Management" not in table.header


COMMON_NOUN_MID_SENTENCE = re.compile(
    r"[a-z,] (Reviewsites|Review sites|Blog|Ander kanaal|Other channel)\b"
)


def test_channels_named_by_a_common_noun_take_no_capital_mid_sentence() -> None:
    for name, p, document, language, _body in all_documents():
        for line in outline_text(build_outline(p, document, language)).splitlines():
            found = COMMON_NOUN_MID_SENTENCE.search(line)
            assert not found, (name, document, language, line)
    p = project(
        channels=[
            {"id": "linkedin", "official_account": True, "manager": "Bas"},
            {"id": "review_sites", "official_account": True, "manager": "Bas"},
        ],
        technical__mfa=True,
    )
    assert "bij LinkedIn en reviewsites" in text(p, ICT, NL)
    assert "on LinkedIn and review sites" in text(p, ICT, EN)


@pytest.mark.parametrize(
    ("tools", "nl", "en"),
    [
        (["Copilot"], "nu is dat Copilot", "at present this is Copilot"),
        (["Copilot", "DeepL"], "nu zijn dat Copilot en DeepL", "at present these are Copilot and"),
    ],
)
def test_one_approved_tool_reads_as_one(tools: list[str], nl: str, en: str) -> None:
    p = project(
        confidentiality__generative_ai="approved_tools_only",
        confidentiality__approved_ai_tools=tools,
    )
    assert nl in text(p, ICT, NL)
    assert en in text(p, ICT, EN)


# --- findings of the third expert reading (findings19) --------------------------------


def test_only_the_managers_post_on_the_official_accounts_and_anyone_may_speak() -> None:
    # "Only the people in the table post on behalf of X" contradicted "every employee may
    # speak on behalf of X": the table limits the official accounts, not speaking.
    for name, _p, _document, _language, body in all_documents():
        assert "Alleen de mensen in de tabel" not in body, name
        assert "Only the people named in the table post on behalf" not in body, name
    assert "berichten op onze officiële accounts" in text(project(), CODE, NL)


@pytest.mark.parametrize("sector", ["retail", "personal_services"])
def test_reviews_are_answered_by_the_manager_of_the_review_sites(sector: str) -> None:
    p = project(
        organisation__sector=sector,
        organisation__size="micro",
        governance__communications_owner="Lotte",
        channels=[{"id": "review_sites", "official_account": True, "manager": "Henk"}],
    )
    for language in Language:
        body = text(p, CODE, language)
        reviews = "Reviews beantwoordt Henk" if language is NL else "Reviews are answered by Henk"
        answers = "Henk beantwoordt reviews" if language is NL else "Henk answers reviews"
        assert reviews in body or answers in body, (sector, language)
        assert "Reageer op reviews" not in body and "Answer reviews kindly" not in body


@pytest.mark.parametrize("language", list(Language))
def test_no_register_is_planned_that_the_answers_do_not_keep(language: Language) -> None:
    without = text(project(technical__account_register=False), ICT, language)
    for planned in ("register van officiële accounts", "register of official accounts"):
        assert planned not in without
    assert "Register van accounts" not in without and "Account register" not in without
    assert ("Maatregelen en training." if language is NL else "Measures and training.") in without
    kept = text(project(technical__account_register=True), ICT, language)
    assert ("vanaf de invoering" if language is NL else "From the introduction") in kept
    kept_already = text(
        project(technical__account_register=True, governance__baseline=["account_register"]),
        ICT,
        language,
    )
    assert "vanaf de invoering van dit beleid een register" not in kept_already
    assert not re.search(r"From the introduction of this policy, \w+ keeps", kept_already)


@pytest.mark.parametrize("language", list(Language))
def test_contracts_refer_to_the_code_only_once_it_exists(language: Language) -> None:
    new = text(project(), ICT, language)
    assert ("gaan ernaar verwijzen" if language is NL else "will refer to it") in new
    existing = text(project(governance__baseline=["code_of_conduct"]), ICT, language)
    assert ("verwijzen ernaar" if language is NL else "contracts refer to it") in existing


def test_webcare_is_a_task_only_when_there_is_webcare() -> None:
    for name, p, document, language, body in all_documents():
        if document is not ICT:
            continue
        roles = body.split("3. Risico")[0] if language is NL else body.split("3. Risk")[0]
        tasked = "webcare" in roles or "customer service" in roles or "questions on social" in roles
        assert tasked == p.markets.webcare or one_person(p), (name, language)


def test_a_processing_agreement_is_a_duty_not_a_claim() -> None:
    p = project(governance__it_owner="Pixelwerk IT B.V.")
    assert "verwerkersovereenkomst verplicht" in text(p, ICT, NL)
    assert "is required" in text(p, ICT, EN)
    for _name, _p, _document, _language, body in all_documents():
        assert "Daarom is er met elke leverancier" not in body
        assert "So there is a data processing agreement" not in body


def test_secret_information_never_goes_into_an_ai_tool() -> None:
    p = project(
        confidentiality__classification="four_level",
        confidentiality__generative_ai="approved_tools_only",
        confidentiality__approved_ai_tools=["Copilot"],
    )
    assert "maar nooit informatie die geheim is" in text(p, CODE, NL)
    assert "but never secret information" in text(p, CODE, EN)


def test_internal_information_belongs_on_the_internal_network() -> None:
    p = project(channels=[{"id": "teams"}, {"id": "linkedin"}])
    assert "op Microsoft Teams mag het wel" in text(p, CODE, NL)
    assert "on Microsoft Teams it is fine" in text(p, CODE, EN)
    assert "mag het wel" not in text(project(channels=[{"id": "linkedin"}]), CODE, NL)


@pytest.mark.parametrize("language", list(Language))
def test_open_separation_claims_no_web_filter(language: Language) -> None:
    body = text(project(technical__separation="open"), ICT, language)
    assert "kwaadaardige websites" not in body and "malicious sites" not in body
    assert "8.23" not in body
    restricted = text(
        project(technical__separation="restricted", technical__blocked_channels=["tiktok"]),
        ICT,
        language,
    )
    assert "8.23" in restricted
    # Nothing in the answers records malware protection or a filter of malicious sites.
    assert "kwaadaardige websites" not in restricted and "malicious sites" not in restricted


@pytest.mark.parametrize("separation", ["open", "restricted", "strict"])
def test_separation_claims_no_malware_protection(separation: str) -> None:
    # 8.7 asks for detection, prevention and recovery; separation only blocks channels.
    blocked = ["tiktok"] if separation == "restricted" else []
    p = project(
        technical__separation=separation,
        technical__blocked_channels=blocked,
        confidentiality__framework="iso27002",
    )
    outline = build_outline(p, ICT, NL)
    clause = next(c for s in outline.sections for c in s.clauses if c.id == "measures.separation")
    assert "8.7" not in clause.controls
    assert ("8.23" in clause.controls) is (separation != "open")


@pytest.mark.parametrize("language", list(Language))
def test_a_small_firm_on_iso_27002_manages_its_controls(language: Language) -> None:
    # A firm that maps its measures to ISO/IEC 27002 is not sent to the entry-level basics.
    body = text(project(confidentiality__framework="iso27002"), ICT, language)
    assert "Digital Trust Center" not in body
    assert ("licht ISMS" if language is NL else "light ISMS") in body
    none = text(project(confidentiality__framework="none"), ICT, language)
    assert "Digital Trust Center" in none


def test_a_municipality_or_care_provider_is_in_scope_once_the_act_is_in_force() -> None:
    for name, p, document, language, body in all_documents():
        if "Cyberbeveiligingswet" in body and document is ICT and cyber_security_act(p):
            said = "zodra die wet in werking is" if language is NL else "once that act is in force"
            assert said in body, (name, language)


def test_two_brackets_never_stand_side_by_side() -> None:
    # "(Autoriteit Persoonsgegevens) (GDPR, article 33)" reads as a stutter.
    for name, _p, document, language, body in all_documents():
        assert ") (" not in body, (name, document, language)


@pytest.mark.parametrize("language", list(Language))
def test_a_micro_business_names_its_people_not_departments(language: Language) -> None:
    p = project(
        organisation__size="micro",
        governance__hr_owner="Henk",
        governance__communications_owner="Lotte",
        governance__it_owner="Henk",
        governance__approver="Henk",
    )
    body = text(p, ICT, language)
    # The policy owner, An Smit, is neither: she shares the tasks too (N36).
    shared = (
        "verdelen Henk, Lotte en An Smit deze taken"
        if language is NL
        else "Henk, Lotte and An Smit share"
    )
    assert shared in body
    for department in ("ICT beperkt", "Communicatie beslist", "IT contains", "Communications dec"):
        assert department not in body
    assert ("An Smit beoordeelt direct" if language is NL else "An Smit assesses at once") in body


@pytest.mark.parametrize("language", list(Language))
def test_personal_data_follows_the_photo_rule(language: Language) -> None:
    # A recognisable face is personal data: an absolute ban beside "photos with consent"
    # contradicts itself.
    consent = text(project(confidentiality__photos="with_consent"), CODE, language)
    assert (
        "Plaats ze niet zonder toestemming" if language is NL else "post it without consent"
    ) in consent
    forbidden = text(project(confidentiality__photos="forbidden"), CODE, language)
    assert (
        "zonder toestemming, ook niet" not in forbidden and "without consent, not" not in forbidden
    )


def test_a_care_provider_has_no_competitors_and_no_products() -> None:
    p = project(organisation__sector="healthcare", markets__ambassadors=True)
    assert "andere zorgaanbieders" in text(p, CODE, NL) and "concurrenten" not in text(p, CODE, NL)
    assert "our care or our work" in text(p, CODE, EN) and "products" not in text(p, CODE, EN)


def test_a_list_of_audiences_never_reads_and_and() -> None:
    # "huurders en woningzoekenden en blijven collega's": a list inside a list.
    for name, _p, _document, _language, body in all_documents():
        assert not re.search(r"bereikt [^,.]* en [^,.]* en blijven", body), name
        assert not re.search(r"reach [^,.]* and [^,.]* and stay in touch", body), name


def test_a_team_leads_no_team_of_its_own() -> None:
    base = {"markets__webcare": True, "markets__goals": ["customer_service"]}
    team = project(governance__communications_owner="Team Communicatie", **base)
    assert "beantwoordt het team communicatie" in text(team, CODE, NL)
    assert "onder leiding van het team" not in text(team, CODE, NL)
    leader = project(governance__communications_owner="Sanne (teamleider communicatie)", **base)
    assert "ons webcareteam, onder leiding van" in text(leader, CODE, NL)


# What the channel advice tells every employee about reviews, and the sector rules that
# would then contradict it by telling every employee how to answer one or that complaints
# are answered where the code says we answer none.
_NO_OWN_REVIEW = {NL: "reageer nooit zelf op een review", EN: "never respond to a review yourself"}
_EVERYONE_ANSWERS = {
    NL: "Reageer nooit op een review op een manier",
    EN: "Never respond to a review in a way",
}
_NO_COMPLAINTS = {NL: "geen vragen of klachten", EN: "does not answer questions or complaints"}
_COMPLAINTS_ANSWERED = {
    NL: r"klachten (via social media )?beantwoordt",
    EN: r"complaints .*answered by",
}


def test_no_code_tells_staff_how_to_answer_the_reviews_it_forbids_them_to_answer() -> None:
    for name, _, document, language, body in all_documents():
        if document is CODE and _NO_OWN_REVIEW[language] in body:
            assert _EVERYONE_ANSWERS[language] not in body, (name, language)


@pytest.mark.parametrize("sector", ["healthcare", "retail", "hospitality", "personal_services"])
@pytest.mark.parametrize("webcare", [True, False])
@pytest.mark.parametrize("reviews", [True, False])
@pytest.mark.parametrize("language", list(Language))
def test_reviews_and_complaints_agree_with_webcare(
    sector: str, webcare: bool, reviews: bool, language: Language
) -> None:
    channels: list[dict[str, Any]] = [
        {"id": "linkedin", "official_account": True, "manager": "Bas"}
    ]
    if reviews:
        channels.append({"id": "review_sites", "official_account": True, "manager": "Tom"})
    body = text(
        project(organisation__sector=sector, markets__webcare=webcare, channels=channels),
        CODE,
        language,
    )
    if _NO_OWN_REVIEW[language] in body:
        assert _EVERYONE_ANSWERS[language] not in body
    if _NO_COMPLAINTS[language] in body:
        assert not re.search(_COMPLAINTS_ANSWERED[language], body), body
    if sector == "healthcare" and reviews:
        answers = "Tom beantwoordt reviews" if language is NL else "Tom answers reviews"
        assert answers in body


@pytest.mark.parametrize("language", list(Language))
def test_a_missing_incident_procedure_is_described_as_the_target(language: Language) -> None:
    # Present tense reads as an implemented control; the gap analysis says it is missing.
    missing = text(project(), ICT, language)
    target = (
        "Vanaf de invoering van dit beleid worden incidenten"
        if language is NL
        else ("From the introduction of this policy, incidents")
    )
    assert target in missing
    present = text(project(governance__baseline=["incident_procedure"]), ICT, language)
    assert target not in present


def test_the_plan_of_action_does_not_adopt_what_step_two_adopted() -> None:
    # Step 2 ("Beleid en gedragscode vaststellen") adopts the code by the effective date.
    for name, _, document, _language, body in all_documents():
        if document is ICT:
            assert "de gedragscode vaststellen en" not in body, name
            assert "adopt the code of conduct and" not in body, name


@pytest.mark.parametrize("language", list(Language))
def test_a_common_noun_channel_keeps_its_article_in_a_list(language: Language) -> None:
    channels = [
        {"id": "linkedin", "official_account": True, "manager": "Bas"},
        {"id": "blog", "official_account": True, "manager": "Bas"},
    ]
    body = text(project(channels=channels, technical__mfa=True), ICT, language)
    assert ("bij LinkedIn en het blog" if language is NL else "on LinkedIn and the blog") in body


@pytest.mark.parametrize("language", list(Language))
def test_internal_information_stays_out_of_private_groups(language: Language) -> None:
    body = text(project(channels=[{"id": "teams"}]), CODE, language)
    expected = "in een privégroep of privéchat" if language is NL else "in a private group or chat"
    assert expected in body
    assert "besloten groep; op" not in body and "closed group; on" not in body


def test_wording_the_second_reading_corrected() -> None:
    # "relying on explanation" is not English; the EU supervisor is the competent one.
    for name, _, _, language, body in all_documents():
        if language is EN:
            assert "on explanation" not in body and "through explanation" not in body, name
            assert "explanation that makes" not in body, name
            assert "national data protection authority" not in body, name
        else:
            assert "nationale toezichthouder op de privacy" not in body, name
    for name, _, _, _, body in all_documents():
        # personal services are salons, beauty studios and gyms: no hedge in the text
        assert "salon of studio" not in body and "salon or studio" not in body, name
    eu = text(project(organisation__jurisdiction="eu"), CODE, NL)
    assert "de bevoegde toezichthoudende autoriteit voor gegevensbescherming" in eu


def test_no_step_reports_to_the_person_who_monitors_it() -> None:
    # The policy owner owns plan steps herself; reports go to whoever approved the plan.
    for name, _, document, _language, body in all_documents():
        if document is ICT:
            assert "korte rapportage aan de" not in body, name
            assert "short report to the" not in body, name


@pytest.mark.parametrize("language", list(Language))
def test_the_effective_date_in_document_control_waits_for_consent(language: Language) -> None:
    waiting = text(project(organisation__size="medium"), CODE, language)
    condition = (
        ", na instemming van de ondernemingsraad"
        if language is NL
        else ", after the works council's consent"
    )
    assert condition in waiting
    consented = project(organisation__size="medium", governance__works_council_consent=True)
    assert condition not in text(consented, CODE, language)


def test_the_plan_leaves_no_step_open_that_the_text_already_settles() -> None:
    # The review date is stated in the text, and in a micro business the approver named
    # for the yearly check is the one who reviews; the plan table must not say otherwise.
    for name, p, document, language, _ in all_documents():
        if document is not ICT:
            continue
        outline = build_outline(p, ICT, language)
        rows = [
            row
            for s in outline.sections
            for c in s.clauses
            for b in c.blocks
            if isinstance(b, Table)
            for row in b.rows
            if len(row) == 5 and row[0] in "12345"
        ]
        if not rows:
            continue
        assurance = rows[-1]
        if not p.governance.plan_item(PlanStepId.ASSURANCE).due:
            assert assurance[4] == long_date(next_review(p), language), name
        if p.organisation.size is Size.MICRO and approver_named(p):
            assert assurance[3] not in ("nog toe te wijzen", "to be assigned"), name
            assert rows[2][3] not in ("nog toe te wijzen", "to be assigned"), name


def test_a_micro_code_names_the_owner_where_others_say_the_manager() -> None:
    # In a business of a few people the only manager is the owner: name that person.
    for name, p, document, language, body in all_documents():
        if document is CODE and p.organisation.size is Size.MICRO:
            for general in (
                "met je leidinggevende.",
                "met de leidinggevende wat er gebeurde",
                "Raise it with your manager.",
                "your manager will discuss",
            ):
                assert general not in body, (name, language, general)


@pytest.mark.parametrize("language", list(Language))
def test_a_micro_owner_without_a_named_approver_reports_to_nobody(language: Language) -> None:
    micro = text(project(organisation__size="micro"), ICT, language)
    assert "rapporteert minstens eens per jaar" not in micro
    assert "reports on these measures" not in micro
    assert ("legt de uitkomst vast" if language is NL else "records the outcome") in micro


# N22: the WMS has no size threshold; every Dutch school asks its participation council.
MR_CONSENT = {NL: "personeelsgeleding van de medezeggenschapsraad", EN: "participation council"}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("size", ["micro", "small", "medium", "large"])
def test_a_dutch_school_of_any_size_asks_its_participation_council(
    language: Language, size: str
) -> None:
    p = project(organisation__sector="education", organisation__size=size)
    assert consent_needed(p)
    code, ict = pair(p, language)
    for body in (code, ict):
        assert MR_CONSENT[language] in body, (size, body)
    code_says, ict_says = WAITS_FOR_CONSENT[language]
    assert code_says in code and ict_says in ict


# N24: the WOR is Dutch law; elsewhere the date never waits for a works council.
REPRESENTATION = {
    NL: "ondernemingsraad of andere personeelsvertegenwoordiging",
    EN: "works council or other employee representatives",
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("jurisdiction", ["nl", "eu", "other"])
@pytest.mark.parametrize("sector", ["education", "healthcare", "professional_services"])
@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_only_dutch_law_makes_the_code_wait_for_consent(
    language: Language, jurisdiction: str, sector: str, size: str
) -> None:
    p = project(
        organisation__jurisdiction=jurisdiction,
        organisation__sector=sector,
        organisation__size=size,
    )
    code, ict = pair(p, language)
    code_says, ict_says = WAITS_FOR_CONSENT[language]
    waits = code_says in code
    assert waits == (ict_says in ict)
    assert waits == (jurisdiction == "nl" and (size != "small" or sector == "education"))
    # Abroad, from 50 people, the representatives are consulted first, without a
    # conditional date; never in a Dutch text, where the law names the body.
    consulted = jurisdiction != "nl" and size != "small"
    assert (REPRESENTATION[language] in code) == consulted
    assert (REPRESENTATION[language] in ict) == consulted


# N23: training the gap analysis lists as missing is the target, not a running control.
TRAINING_RUNS = {NL: "Training. Nieuwe medewerkers krijgen", EN: "Training. New employees receive"}
TRAINING_TARGET = {
    NL: "Training. Vanaf de invoering van dit beleid krijgen nieuwe medewerkers",
    EN: "Training. From the introduction of this policy, new employees receive",
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("training", ["onboarding", "onboarding_and_annual"])
def test_missing_training_is_described_as_the_target(language: Language, training: str) -> None:
    missing = text(project(behaviour__training=training), ICT, language)
    assert TRAINING_TARGET[language] in missing and TRAINING_RUNS[language] not in missing
    present = text(
        project(behaviour__training=training, governance__baseline=["awareness_training"]),
        ICT,
        language,
    )
    assert TRAINING_RUNS[language] in present and TRAINING_TARGET[language] not in present


@pytest.mark.parametrize("language", list(Language))
def test_the_roles_and_separation_word_missing_training_as_the_target(language: Language) -> None:
    """HR's task is to set the training up, and open separation relies on the training
    being introduced, while the baseline lacks it; as a running thing once it exists."""
    target = {
        NL: (
            "introductie van nieuwe medewerkers, het opzetten van de training,",
            "op de gedragscode en op de training die we invoeren.",
        ),
        EN: ("onboarding, setting up the training,", "and on the training we are introducing."),
    }[language]
    running = {
        NL: ("introductie van nieuwe medewerkers, training,", "op de gedragscode en op training."),
        EN: ("onboarding, training,", "on the code of conduct and on training."),
    }[language]
    missing = text(project(behaviour__training="onboarding"), ICT, language)
    assert all(t in missing for t in target) and not any(t in missing for t in running)
    present = text(
        project(behaviour__training="onboarding", governance__baseline=["awareness_training"]),
        ICT,
        language,
    )
    assert all(t in present for t in running) and not any(t in present for t in target)


def test_no_document_describes_training_as_running_that_its_baseline_lacks() -> None:
    for name, p, _, language, body in all_documents():
        if TRAINING_RUNS[language] in body:
            assert "awareness_training" in p.governance.baseline, (name, language)


# N25: the policy owner has duties in the incident steps, the plan and the reporting, so
# the roles list and the table of roles name her with them.
OWNER_ROLE = {NL: "Beleidseigenaar (Marieke Jansen, ", EN: "Policy owner (Marieke Jansen, "}
OWNER_ASSESSES = {
    NL: "Marieke Jansen (beleidseigenaar) beoordeelt direct",
    EN: "Marieke Jansen (policy owner) assesses at once",
}


@pytest.mark.parametrize("language", list(Language))
def test_the_policy_owner_has_a_role_and_a_column(language: Language) -> None:
    p = project(
        organisation__size="medium",
        organisation__policy_owner={"name": "Marieke Jansen", "role": "manager kwaliteit"},
    )
    body = text(p, ICT, language)
    assert OWNER_ROLE[language] in body and OWNER_ASSESSES[language] in body
    table = _raci(p, language)
    column = table.header.index("Marieke Jansen")
    writes, incidents = table.rows[0], table.rows[4]
    assert writes[column] == "R" and incidents[column] == "R"


def test_every_table_of_roles_has_the_policy_owner() -> None:
    seen = 0
    for name, p, document, language, _body in all_documents():
        table = _raci(p, language) if document is ICT else None
        if table is None:
            continue
        seen += 1
        owner = in_language(p, language).organisation.policy_owner
        assert column_name(owner.name or owner.role, language) in table.header, (name, language)
    assert seen


# N26: an ISMS the gap analysis lists as missing is not one this section is already part of.
ISMS_EXISTS = {NL: r"onderdeel hoort daar", EN: r"section is (therefore )?part of"}
ISMS_TARGET = {
    NL: "wordt daar onderdeel van zodra het is ingericht (zie het plan)",
    EN: "becomes part of it once it is set up (see the plan)",
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(
    ("sector", "framework"), [("government", "bio"), ("healthcare", "nen7510")]
)
def test_a_missing_isms_is_the_target(language: Language, sector: str, framework: str) -> None:
    base = {"organisation__sector": sector, "confidentiality__framework": framework}
    missing = text(project(**base), ICT, language)
    assert ISMS_TARGET[language] in missing and not re.search(ISMS_EXISTS[language], missing)
    present = text(project(**base, governance__baseline=["isms"]), ICT, language)
    assert re.search(ISMS_EXISTS[language], present) and ISMS_TARGET[language] not in present


def test_without_training_the_english_code_names_briefings_not_explanation() -> None:
    # N30: "this code of conduct, and explanation of the risks" is not English; the ICT
    # section speaks of briefings that make people aware of the risks.
    code = text(project(behaviour__training="none"), CODE, EN)
    assert "this code of conduct, and briefings on the risks" in code
    for name, _, document, language, body in all_documents():
        if language is EN:
            assert "explanation of the risks" not in body, (name, document)


@pytest.mark.parametrize(
    ("label", "listed"),
    [
        ("Substack newsletter", "and the Substack newsletter;"),
        ("intranet", "and the intranet;"),
        ("Mastodon", "and Mastodon;"),
        ("Discord servers", "and Discord servers;"),
    ],
)
def test_a_typed_channel_ending_in_a_common_noun_takes_the_in_english_lists(
    label: str, listed: str
) -> None:
    # N31: "… Viva Engage (formerly Yammer) and Substack newsletter;" lacked its article.
    p = project(
        channels=[
            {"id": "linkedin", "official_account": True, "manager": "Bas"},
            {"id": "other", "label": label, "official_account": True, "manager": "Bas"},
        ],
        technical__mfa=True,
    )
    assert f"official accounts on LinkedIn {listed}" in text(p, ICT, EN)


@pytest.mark.parametrize("language", list(Language))
def test_a_micro_plan_without_an_approver_gives_the_owner_the_unowned_steps(
    language: Language,
) -> None:
    # N29: the assurance section names the policy owner for the yearly check, so the plan
    # never leaves steps 3 and 5 "to be assigned" while naming her there.
    p = project(
        organisation__size="micro",
        organisation__policy_owner={"name": "Lisa Jansen", "role": "eigenaar"},
        governance__approver="management",
        governance__hr_owner="Lisa Jansen",
        governance__communications_owner="Tom",
        governance__it_owner="Tom",
        governance__plan=[{"step": "baseline", "owner": "Tom", "due": "2027-01-01"}],
    )
    assert not approver_named(p)
    body = text(p, ICT, language)
    for step in (
        ["3 Plan van aanpak", "5 Borging"]
        if language is NL
        else ["3 Plan of action", "5 Assurance"]
    ):
        assert re.search(rf"{step} [^.]*\. Lisa Jansen ", body), (step, body)


# N34: where the organisation must have a data protection officer (a public body, Dutch
# school boards among them: AVG art. 37(1)(a)), the breach steps name the officer.
DPO_STEP = {
    NL: "samen met de functionaris gegevensbescherming (FG), of er persoonsgegevens",
    EN: "with the data protection officer (DPO), whether personal data",
}
DPO_SOURCE = {NL: "artikelen 37 en 38", EN: "articles 37 and 38"}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("jurisdiction", ["nl", "eu", "other"])
@pytest.mark.parametrize("size", ["micro", "small", "medium", "large"])
def test_a_dutch_school_names_its_data_protection_officer(
    language: Language, jurisdiction: str, size: str
) -> None:
    p = project(
        organisation__sector="education",
        organisation__size=size,
        organisation__jurisdiction=jurisdiction,
    )
    ict = text(p, ICT, language)
    dutch = jurisdiction == "nl"
    assert (DPO_STEP[language] in ict) == dutch, (size, jurisdiction)
    # The sources list the article that requires the officer; a school elsewhere in the
    # EU reads that a public school must have one (N52).
    assert (DPO_SOURCE[language] in ict) == (jurisdiction != "other")


def test_every_public_body_names_its_data_protection_officer() -> None:
    seen = 0
    for name, p, document, language, body in all_documents() + abroad_documents():
        if document is not ICT:
            continue
        sector = p.organisation.sector.value
        jurisdiction = p.organisation.jurisdiction.value
        public = (sector == "government" and jurisdiction != "other") or (
            sector == "education" and jurisdiction == "nl"
        )
        if public:
            seen += 1
            assert DPO_STEP[language] in body, name
        assert (DPO_STEP[language] in body) == data_protection_officer(p), name
    assert seen >= 8


# N37: without monitoring, consent is asked for the code alone (WOR art. 27(1)(k)); the
# documents never ask consent for a monitoring they say does not exist.
THE_MONITORING = {NL: re.compile(r"\bde monitoring\b"), EN: re.compile(r"\bthe monitoring\b")}
POINTS_K_AND_L = {NL: "onder k en l", EN: "points k and l"}
POINT_K = {NL: "lid 1, onder k)", EN: "paragraph 1, point k)"}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("monitoring", ["none", "public_mentions"])
@pytest.mark.parametrize("consent", [False, True])
@pytest.mark.parametrize(
    ("sector", "jurisdiction"), [("general", "nl"), ("education", "nl"), ("general", "eu")]
)
def test_consent_covers_the_monitoring_only_where_there_is_monitoring(
    language: Language, monitoring: str, consent: bool, sector: str, jurisdiction: str
) -> None:
    p = project(
        organisation__size="medium",
        organisation__sector=sector,
        organisation__jurisdiction=jurisdiction,
        behaviour__monitoring=monitoring,
        governance__works_council_consent=consent,
    )
    code, ict = pair(p, language)
    monitored = monitoring != "none"
    if not monitored:
        for body in (code, ict):
            assert not THE_MONITORING[language].search(body)
            assert POINTS_K_AND_L[language] not in body
    # The ICT section always says what the consent covers, and cites its ground.
    assert bool(THE_MONITORING[language].search(ict)) == monitored
    if jurisdiction == "nl":
        assert (POINTS_K_AND_L[language] in ict) == monitored
        assert (POINT_K[language] in ict) == (not monitored)
        # The sources name the one point the section cites.
        sources = "onder k; lid 5" if language is NL else "point k; paragraph 5"
        assert (sources in ict) == (not monitored)


# N38: in care, the sector rules forbid photos where care is given; a code that allows
# photos at work says the same in the same breath, so the reader meets one rule.
CARE_SETTINGS = {NL: "nooit op plekken waar zorg wordt verleend", EN: "never where care is given"}
CARE_BAN = {
    NL: "Maak geen foto's of video's op plekken waar zorg wordt verleend.",
    EN: "take photos or videos in care settings.",
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("photos", ["allowed", "with_consent", "forbidden"])
@pytest.mark.parametrize("sector", ["healthcare", "general", "education"])
def test_photos_at_work_are_never_allowed_where_care_is_given(
    language: Language, photos: str, sector: str
) -> None:
    p = project(organisation__sector=sector, confidentiality__photos=photos)
    code = text(p, CODE, language)
    allowed = photos != "forbidden"
    assert (CARE_BAN[language] in code) == (sector == "healthcare")
    assert (CARE_SETTINGS[language] in code) == (allowed and sector == "healthcare")


# N36, N42, N43: the roles section names everyone who shares the work, never calls a
# school or a care provider a business, never lets one name "share" the tasks, and never
# justifies one person in every role by the size of an organisation of 50 or more.
SHARE = {
    NL: re.compile(r"verdelen (.+?) deze taken"),
    EN: re.compile(r"of our size (.+?) share these tasks"),
}
BY_SIZE = {NL: "van onze omvang doet één persoon", EN: "of our size one person"}
BUSINESS = {NL: re.compile(r"\bbedrijf van onze omvang"), EN: re.compile(r"\bbusiness of our size")}
ONE_PERSON_CHECK = {
    NL: "Dan moet iemand anders, zoals een raad van toezicht, de besluiten over het eigen werk"
    " van die persoon controleren",
    EN: "That requires someone else, such as a supervisory board, to check the decisions about"
    " that person's own work",
}


def _roles_variants() -> list[tuple[str, Any]]:
    variants = []
    for size in ("micro", "small", "medium", "large"):
        for sector in ("general", "education", "healthcare"):
            lisa = "Lisa Jansen"
            three_roles = {
                "organisation__size": size,
                "organisation__sector": sector,
                "organisation__policy_owner": {"name": lisa, "role": "directeur"},
                "governance__hr_owner": lisa,
                "governance__communications_owner": lisa,
                "governance__it_owner": lisa,
            }
            # One person in every role and approving; in the three roles, the approver
            # left open.
            variants.append(
                (f"one-{size}-{sector}", project(**three_roles, governance__approver=lisa))
            )
            variants.append((f"three-{size}-{sector}", project(**three_roles)))
            # The base: three people, and a policy owner who is none of them.
            variants.append((f"apart-{size}-{sector}", project(organisation__size=size)))
    return variants


@pytest.mark.parametrize("language", list(Language))
def test_the_roles_section_names_who_shares_the_work(language: Language) -> None:
    cases = [(n, p) for n, p, d, lang, _ in all_documents() if d is ICT and lang is language]
    cases += [(n, p) for n, p, d, lang, _ in abroad_documents() if d is ICT and lang is language]
    cases += _roles_variants()
    for name, p in cases:
        outline = build_outline(p, ICT, language)
        roles = " ".join(outline_text_of(outline, "roles").split())
        assert not BUSINESS[language].search(roles), name
        large = p.organisation.size in (Size.MEDIUM, Size.LARGE)
        if large:
            assert BY_SIZE[language] not in roles, name
            assert (ONE_PERSON_CHECK[language] in roles) == one_person(p), name
        shared = SHARE[language].search(roles)
        if shared:
            # A list of at least two: "A en B", "A, B and C".
            assert re.search(r",| en | and ", shared.group(1)), (name, shared.group(0))
        # Whoever owns the policy has a role in the list, at every size.
        owner = p.organisation.policy_owner
        if not one_person(p):
            title = "Beleidseigenaar (" if language is NL else "Policy owner ("
            assert title in roles or (owner.name or owner.role) in roles, name
            if p.organisation.size is Size.MICRO and owner.name:
                assert owner.name in roles, name


def outline_text_of(outline: Any, section_id: str) -> str:
    return outline_text(_only(outline, section_id))


def _only(outline: Any, section_id: str) -> Any:
    return type(outline)(**{**vars(outline), "sections": [outline.section(section_id)]})


# N44: the WOR counts employees, not volunteers: a foundation of 50 or more people may have
# no works council, so every consent step is conditional; other organisations keep theirs.
UNCONDITIONAL = {
    NL: [
        "onder voorbehoud van de instemming van de ondernemingsraad",
        "Daarom vraagt",
        "na instemming van de ondernemingsraad",
        "de instemming van de ondernemingsraad vragen",
    ],
    EN: [
        "subject to the consent of the works council",
        "So Stichting Hulp asks",
        "after the works council's consent",
        "ask the works council to consent",
    ],
}
CONDITIONAL = {
    NL: "een ondernemingsraad (verplicht vanaf 50 werknemers; vrijwilligers tellen niet mee)",
    EN: "a works council (required from 50 employees; volunteers do not count)",
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("consent", [False, True])
@pytest.mark.parametrize("size", ["medium", "large"])
@pytest.mark.parametrize("sector", ["nonprofit", "general"])
def test_a_foundation_asks_its_works_council_only_if_it_has_one(
    language: Language, consent: bool, size: str, sector: str
) -> None:
    p = project(
        organisation__name="Stichting Hulp",
        organisation__sector=sector,
        organisation__size=size,
        governance__works_council_consent=consent,
    )
    code, ict = pair(p, language)
    conditional = sector == "nonprofit" and not consent
    for body in (code, ict):
        assert (CONDITIONAL[language] in body) == conditional
        if conditional:
            found = [words for words in UNCONDITIONAL[language] if words in body]
            assert not found, found
    # The plan still lists the step, and the code still waits for a consent it needs.
    step = "als er een ondernemingsraad is:" if language is NL else "if there is a works council"
    assert (step in ict) == conditional


# --- N27: outside the EU, the AI Act is EU law, not "the law" ------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_outside_the_eu_the_ai_act_is_stated_as_eu_law(language: Language) -> None:
    eu_only = "In de EU vraagt de wet" if language is NL else "In the EU, the law requires"
    as_the_law = "De wet vraagt" if language is NL else "The law requires"
    elsewhere = project(organisation__jurisdiction="other")
    for document in (CODE, ICT):
        body = text(elsewhere, document, language)
        assert eu_only in body and as_the_law not in body, document
    assert ("in de EU: AI-verordening, artikel 4" if language is NL else "in the EU: AI Act,") in (
        text(elsewhere, ICT, language)
    )
    for jurisdiction in ("nl", "eu"):
        here = project(organisation__jurisdiction=jurisdiction)
        for document in (CODE, ICT):
            body = text(here, document, language)
            assert as_the_law in body and eu_only not in body, (jurisdiction, document)


# --- N28 and the small school: the consent names the body that gives it -------------------


@pytest.mark.parametrize("language", list(Language))
def test_a_school_records_which_body_consented(language: Language) -> None:
    school = project(
        organisation__size="medium",
        organisation__sector="education",
        governance__works_council_consent=True,
    )
    body = text(school, ICT, language) + " " + text(school, CODE, language)
    if language is NL:
        assert (
            "De personeelsgeleding van de medezeggenschapsraad (bij een mbo- of"
            " hogeronderwijsinstelling: de ondernemingsraad) heeft ermee ingestemd" in body
        )
        assert "met instemming van de personeelsgeleding van de medezeggenschapsraad" in body
        assert "medezeggenschapsraad of ondernemingsraad" not in body
    else:
        assert (
            "The staff section of the participation council (at a vocational college or"
            " higher-education institution: the works council) has consented" in body
        )
        assert "with the consent of the staff section of the participation council" in body
        assert "participation council or works council" not in body


@pytest.mark.parametrize("consent", [False, True])
@pytest.mark.parametrize("language", list(Language))
def test_a_small_school_asks_only_its_participation_council(
    language: Language, consent: bool
) -> None:
    """Under 50 people a school is not a vocational college with a works council: its
    documents name only the participation council's staff section."""
    school = project(
        organisation__size="small",
        organisation__sector="education",
        governance__works_council_consent=consent,
    )
    council = "ondernemingsraad" if language is NL else "works council"
    section = "personeelsgeleding" if language is NL else "staff section"
    for document in (CODE, ICT):
        body = text(school, document, language)
        assert council not in body and section in body, document


# --- N29: without a named approver, approval is a rule, not a recorded fact ---------------


@pytest.mark.parametrize("size", ["micro", "small", "medium"])
@pytest.mark.parametrize("language", list(Language))
def test_an_unnamed_approver_is_never_stated_as_having_approved(
    language: Language, size: str
) -> None:
    unnamed = project(organisation__size=size, governance__approver="management")
    body = text(unnamed, CODE, language)
    if language is NL:
        assert "vastgesteld door de leiding" in body
        assert not re.search(r"(zijn|is) vastgesteld door de leiding", body)
    else:
        assert "leadership of De Linde approves" in body or "approved by the leadership" in body
        assert not re.search(r"leadership of De Linde approved", body)
    if size != "medium":  # no works council: the sentence that names the effective date
        where = "staat in het documentbeheer" if language is NL else "the document control records"
        assert where in body
    named = project(organisation__size=size, governance__approver="Raad van bestuur")
    past = "is vastgesteld door" if language is NL else "approved this code"
    assert past in text(named, CODE, language)


# --- the cover's date waits for the consent as the document control does ------------------


@pytest.mark.parametrize("language", list(Language))
def test_the_cover_date_waits_for_consent_as_document_control_does(language: Language) -> None:
    import io

    import docx

    from wizard.output.docx_writer import document_bytes

    def cover_and_control(p: Any, document: DocumentKind) -> tuple[str, str]:
        data = document_bytes(build_outline(p, document, language))
        opened = docx.Document(io.BytesIO(data))
        cover = " ".join(x.text for x in opened.paragraphs if x.style.name == "Cover Meta")
        control = next(
            row.cells[1].text
            for table in opened.tables
            for row in table.rows
            if row.cells[0].text in ("Ingangsdatum", "Effective date")
        )
        return " ".join(cover.split()), control

    effective = "1 januari 2027" if language is NL else "1 January 2027"
    for changes, waits in (
        ({"organisation__size": "medium"}, "ondernemingsraad" if language is NL else "works"),
        (
            {"organisation__size": "small", "organisation__sector": "education"},
            "medezeggenschapsraad" if language is NL else "participation council",
        ),
    ):
        for document in (CODE, ICT):
            cover, control = cover_and_control(project(**changes), document)
            assert f"{effective}, " in cover and waits in cover, (changes, document)
            assert control.split(", ", 1)[1] in cover  # the same condition in both
            consented = project(**changes, governance__works_council_consent=True)
            cover, control = cover_and_control(consented, document)
            assert cover.endswith(effective) and control == effective


# --- N35: outside Dutch law, consultation comes before the code takes effect, as a step ----


@pytest.mark.parametrize("jurisdiction", ["eu", "other"])
@pytest.mark.parametrize("language", list(Language))
def test_employee_representatives_are_consulted_first_and_the_plan_says_so(
    language: Language, jurisdiction: str
) -> None:
    p = project(organisation__size="medium", organisation__jurisdiction=jurisdiction)
    code = text(p, CODE, language)
    if language is NL:
        assert re.search(
            r"De leiding van De Linde stelt deze code vast\. Heeft De Linde .* dan legt de"
            r" leiding van De Linde de code en de monitoring eerst aan haar voor\. De code"
            r" geldt vanaf 1 januari 2027\.",
            code,
        )
        assert "vastgesteld door" not in code.split("13. Documentbeheer")[0].split("Vragen")[-1]
        step = "de gedragscode en de monitoring voorleggen aan de ondernemingsraad of andere"
    else:
        assert re.search(
            r"The leadership of De Linde approves this code\. Where .* the leadership of De"
            r" Linde first submits the code and the monitoring to them\. The code takes effect"
            r" on 1 January 2027\.",
            code,
        )
        assert "with effect from" not in code
        step = "submit the code of conduct and the monitoring to the works council or other"
    assert step in text(p, ICT, language)
    # Under Dutch law the works council's consent is the step instead.
    dutch = project(organisation__size="medium")
    assert step not in text(dutch, ICT, language)


# N45: the plan's policy step approves only when its owner is the approver; anyone else
# puts the policy forward, or the section names two approvers of one policy.
APPROVE_STEP = {NL: "Beleid en gedragscode vaststellen.", EN: "Approve the policy and the code."}
SUBMIT_STEP = {
    NL: "Beleid en gedragscode ter vaststelling voorleggen.",
    EN: "Submit the policy and the code for approval.",
}


def _plan_rows(p: Any, language: Language) -> list[tuple[str, ...]]:
    return [row for table in _ict_tables(p, language, "plan.table") for row in table.rows]


@pytest.mark.parametrize("language", list(Language))
def test_only_the_approver_approves_in_the_plan(language: Language) -> None:
    seen = set()
    for name, p in kinds():
        owner = p.governance.plan_item(PlanStepId.POLICY).owner
        plan = _plan_rows(p, language)
        rows = [r for r in plan if APPROVE_STEP[language] in r]
        rows += [r for r in plan if SUBMIT_STEP[language] in r]
        assert len(rows) == 1, (name, rows)
        approves = APPROVE_STEP[language] in rows[0]
        if owner and not same_person(owner, p.governance.approver):
            assert not approves, (name, owner, p.governance.approver)
        elif owner:
            assert approves, name
        seen.add(approves)
    assert seen == {True, False}  # the kinds hold both cases


# N49: outside the Netherlands not every civil servant takes an oath, and an integrity
# code is Dutch law (Ambtenarenwet 2017): the code says "if you took one".
def test_an_oath_is_presumed_only_under_dutch_law() -> None:
    presumed = ("De eed of belofte die", "The oath or affirmation you took")
    checked = 0
    for name, p, _document, _language, body in abroad_documents():
        if p.organisation.sector.value == "government":
            checked += 1
            assert not any(words in body for words in presumed), name
    dutch = project(organisation__sector="government")
    assert presumed[0] in text(dutch, CODE, NL) and presumed[1] in text(dutch, CODE, EN)
    assert checked


# N51: a list item that holds "and" itself ("customers and contacts") is set apart by a
# comma, or the reader cannot tell where the items divide.
@pytest.mark.parametrize("language", list(Language))
def test_a_paired_audience_is_set_apart_in_a_list(language: Language) -> None:
    body = text(project(organisation__sector="general"), CODE, language)
    press = {NL: "en de pers verbinden", EN: "and the press will"}[language]
    before = body[: body.index(press)]
    last_item = before.rsplit(",", 1)[-1]
    assert f" {'en' if language is NL else 'and'} " not in last_item.strip(), before[-80:]


# N53: both languages offer the same ways to disclose that you work here.
def test_ambassadors_get_the_same_labels_in_both_languages() -> None:
    seen = 0
    for name, p in kinds():
        nl, en = text(p, CODE, NL), text(p, CODE, EN)
        assert ("#medewerker" in nl) == ("#employee" in en), name
        seen += "#employee" in en
    assert seen


# N52: the GDPR holds every public body to a data protection officer, in every EU country;
# a school abroad may be public or private, so its breach steps name the officer "if we
# have one" and say that a public school must have one.
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("jurisdiction", ["nl", "eu", "other"])
def test_a_school_in_the_eu_learns_a_public_school_needs_a_dpo(
    language: Language, jurisdiction: str
) -> None:
    school = project(organisation__sector="education", organisation__jurisdiction=jurisdiction)
    body = text(school, ICT, language)
    public = {NL: "Een openbare school moet een FG hebben", EN: "A public school must have a DPO"}
    must = {NL: "moet een FG hebben", EN: "must have a DPO"}
    assert (public[language] in body) == (jurisdiction == "eu"), jurisdiction
    assert (must[language] in body) == (jurisdiction != "other"), jurisdiction


# N50: from 50 people, one person in every role who also approves leaves nobody to check
# that person's decisions; validate and the window say so beside 'Approved by'.
@pytest.mark.parametrize("size", ["micro", "small", "medium", "large"])
def test_one_person_approving_everything_is_warned_from_fifty(size: str) -> None:
    alone = _every_role("Lisa Jansen")
    codes = [w.code for w in check_consistency(project(organisation__size=size, **alone))]
    assert ("one_person_approves_all" in codes) == (size in ("medium", "large"))
    checked = project(organisation__size=size, **{**alone, "governance__approver": "Raad"})
    assert "one_person_approves_all" not in [w.code for w in check_consistency(checked)]
    # The warning names the field as the window labels it, and the box that fills it.
    box = {NL: "Ja, dat doe ik allemaal zelf", EN: "Yes, I do all of this myself"}
    for language in Language:
        for warning in check_consistency(project(organisation__size=size, **alone), language):
            if warning.code == "one_person_approves_all":
                assert warning.field == "governance.approver"
                message = warning.message(language)
                assert field_label("governance.approver", language) in message, message
                assert box[language] in message, message


# N54: a code that says the document control records who approves it has one, also in a
# micro business, whose code otherwise leaves the table out.
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("approver", ["management", "Lisa Jansen"])
def test_a_code_that_points_to_its_document_control_has_one(
    language: Language, approver: str
) -> None:
    micro = project(organisation__size="micro", governance__approver=approver)
    body = text(micro, CODE, language)
    points = {NL: "staat in het documentbeheer", EN: "the document control records"}
    heading = {NL: "Documentbeheer", EN: "Document control"}
    titles = [s.title for s in build_outline(micro, CODE, language).sections]
    assert (points[language] in body) == (approver == "management")
    if points[language] in body:
        assert any(heading[language] in title for title in titles), titles


# N55: only a parent with parental authority or the guardian (the legal representative)
# consents for a child under 16 (UAVG art. 5); a 'verzorger' need not be one.
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("jurisdiction", ["nl", "eu"])
def test_consent_for_a_child_comes_from_its_legal_representative(
    language: Language, jurisdiction: str
) -> None:
    school = project(organisation__sector="education", organisation__jurisdiction=jurisdiction)
    body = text(school, CODE, language)
    assert "verzorgers" not in body and "parents or guardians" not in body
    assert ("ouder met gezag" if language is NL else "parental authority") in body


# N50: from 50 people, the document that asks for someone else's check on the one person
# who does everything plans to record who that is.
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_the_check_on_one_person_is_planned_from_fifty(language: Language, size: str) -> None:
    alone = _every_role("Lisa Jansen")
    body = text(project(organisation__size=size, **alone), ICT, language)
    planned = {
        NL: "vastleggen wie de besluiten van Lisa Jansen over het eigen werk controleert",
        EN: "record who checks the decisions of Lisa Jansen about their own work",
    }
    assert (planned[language] in body) == (size != "small"), size
    # The one person is the holder of the roles, not the policy owner (An Smit here).
    holder = {NL: "dit allemaal: Lisa Jansen.", EN: "all of this: Lisa Jansen."}
    assert holder[language] in body and "allemaal: An Smit" not in body


# N57: the one person named mid-sentence takes the article a role needs.
@pytest.mark.parametrize("language", list(Language))
def test_one_person_named_by_role_reads_mid_sentence(language: Language) -> None:
    alone = _every_role("de directeur-bestuurder")
    body = text(project(organisation__size="medium", **alone), ICT, language)
    expected = {
        NL: "allemaal: de directeur-bestuurder.",
        EN: "all of this: the managing director.",
    }
    assert expected[language] in body


@pytest.mark.parametrize("language", [NL, EN])
def test_the_gap_list_does_not_call_missing_what_this_policy_sets_out(language: Language) -> None:
    """A florist's ICT section listed the code of conduct and the incident procedure as
    missing, beside the code being written and the procedure under Measures."""
    gaps = {
        NL: "Dit ontbreekt nog:",
        EN: "This is still missing:",
    }[language]
    nothing = project(
        governance__baseline=[], technical__account_register=True
    )  # no building block yet
    outline = build_outline(nothing, ICT, language)
    clause = next(c for c in outline.clauses() if c.id == "baseline.gaps")
    assert any(gaps in getattr(block, "text", "") for block in clause.blocks)
    items = [item.text for block in clause.blocks for item in getattr(block, "items", ())]
    set_out = {
        NL: (
            "Gedragscode: met dit beleid opgesteld",
            "Incidentprocedure: beschreven onder Maatregelen",
            "Register van accounts: beschreven onder Maatregelen",
            "ICT-beleidsplan: dit onderdeel wordt er een deel van",
        ),
        EN: (
            "Code of conduct: drafted with this policy",
            "Incident procedure: described under Measures",
            "Register of accounts: described under Measures",
            "ICT policy plan: this section will be part of it",
        ),
    }[language]
    for said in set_out:
        assert any(item.startswith(said) for item in items), (said, items)
    measures = {NL: "Maatregelen", EN: "Measures"}[language]
    assert any(section.title.endswith(f". {measures}") for section in outline.sections)

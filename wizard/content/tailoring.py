"""Tailoring: from a valid project to the outline of each document.

Pure functions: the same project always gives the same outline. Logic that decides
*what* to say lives here (which sections, risk levels, the control mapping); *how*
to say it lives in the templates of each language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from wizard.answers.labels import clause_title, field_label, phrase, sector_phrase, value_label
from wizard.answers.model import (
    UNNAMED_APPROVER,
    BaselineItem,
    ChannelUse,
    DocumentKind,
    Framework,
    GenerativeAI,
    Goal,
    Jurisdiction,
    Language,
    Monitoring,
    PersonalData,
    PlanStepId,
    Project,
    Sector,
    Separation,
    Size,
    Spokespersons,
    Style,
    Training,
)
from wizard.answers.versions import changes_in_last_version
from wizard.content.clauses import CLAUSES
from wizard.content.controls import (
    BIO_MEASURES,
    FRAMEWORK_NAMES,
    bio_control,
    control_reference,
    control_sort_key,
    control_title,
)
from wizard.content.edits import apply_edits as edited_section
from wizard.content.law import cited, law_checked, statement
from wizard.content.outline import (
    DocumentControl,
    Outline,
    Paragraph,
    Section,
    block_texts,
)
from wizard.content.people import (
    apposition,
    bare_role,
    column_name,
    english_name,
    in_english,
    is_role,
    is_supplier,
    one_person,
    plural,
    role_phrase,
    same_person,
)
from wizard.content.wording import join_words, long_date, render_section

Condition = Callable[[Project], bool]


def _always(_: Project) -> bool:
    return True


SECTOR_RULES = {
    Sector.HEALTHCARE,
    Sector.GOVERNMENT,
    Sector.EDUCATION,
    Sector.FINANCIAL,
    Sector.RETAIL,
    Sector.HOSPITALITY,
    Sector.PROFESSIONAL_SERVICES,
    Sector.NONPROFIT,
    Sector.INDUSTRY,
    Sector.HOUSING,
    Sector.PERSONAL_SERVICES,
    Sector.OTHER,
}


@dataclass(frozen=True)
class SectionPlan:
    id: str
    template: str
    condition: Condition = _always
    new_page: bool = False


def _control_table_needed(project: Project) -> bool:
    """A micro business's code says its version, dates, owner and approver in its
    contact section and footer; the table adds nothing until versions are issued, or
    while no approver is named: then its 'Approved by' line is where the name is written
    by hand, as the contact section says (N54)."""
    return (
        project.organisation.size is not Size.MICRO
        or bool(project.history)
        or not approver_named(project)
    )


SECTIONS: dict[DocumentKind, tuple[SectionPlan, ...]] = {
    DocumentKind.CODE_OF_CONDUCT: (
        SectionPlan("purpose", "code_of_conduct/purpose.j2"),
        SectionPlan("channels", "code_of_conduct/channels.j2"),
        SectionPlan("speaking", "code_of_conduct/speaking.j2"),
        SectionPlan("confidentiality", "code_of_conduct/confidentiality.j2"),
        SectionPlan("privacy", "code_of_conduct/privacy.j2"),
        SectionPlan("respect", "code_of_conduct/respect.j2"),
        SectionPlan(
            "sector", "code_of_conduct/sector.j2", lambda p: p.organisation.sector in SECTOR_RULES
        ),
        SectionPlan(
            "ambassadors", "code_of_conduct/ambassadors.j2", lambda p: p.markets.ambassadors
        ),
        SectionPlan("webcare", "code_of_conduct/webcare.j2"),
        SectionPlan("security", "code_of_conduct/security.j2"),
        SectionPlan("ai", "code_of_conduct/ai.j2"),
        SectionPlan("wellbeing", "code_of_conduct/wellbeing.j2"),
        SectionPlan("monitoring", "code_of_conduct/monitoring.j2"),
        SectionPlan("contact", "code_of_conduct/contact.j2"),
        SectionPlan("document_control", "document_control.j2", _control_table_needed),
        SectionPlan(
            "acknowledgement",
            "code_of_conduct/acknowledgement.j2",
            lambda p: p.behaviour.acknowledgement,
            new_page=True,
        ),
    ),
    DocumentKind.ICT_POLICY: (
        SectionPlan("context", "ict_policy/context.j2"),
        SectionPlan("roles", "ict_policy/roles.j2"),
        SectionPlan("risks", "ict_policy/risks.j2"),
        SectionPlan("measures", "ict_policy/measures.j2"),
        # Without a standard there is nothing to map to: no heading over a sentence that
        # says so (the context section already does).
        SectionPlan(
            "mapping", "ict_policy/mapping.j2", lambda p: p.framework is not Framework.NONE
        ),
        SectionPlan("baseline", "ict_policy/baseline.j2"),
        SectionPlan("plan", "ict_policy/plan.j2"),
        SectionPlan("assurance", "ict_policy/assurance.j2"),
        SectionPlan("sources", "ict_policy/sources.j2"),
        SectionPlan("document_control", "document_control.j2"),
    ),
}

# The mapping is built from the sections that precede and follow it; the sources from
# the statements of law the other sections cite.
_DERIVED_SECTIONS = {"mapping", "sources"}


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    # The day before the next month's first (the calendar module costs more to import).
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def next_review(project: Project) -> date:
    return add_months(project.organisation.effective_date, project.organisation.review_months)


def channel_label(channel: ChannelUse, language: Language) -> str:
    return channel.label or value_label("channel", channel.id, language)


# Channels named by a common noun, not a brand: mid-sentence they take no capital
# ("op LinkedIn en reviewsites", "on LinkedIn and review sites").
_COMMON_NOUN_CHANNELS = frozenset({"blog", "review_sites", "other"})


def running_channel(channel_id: str, label: str | None, language: Language) -> str:
    """A channel's name as it reads mid-sentence; a label the user typed stays as typed."""
    if label:
        return label
    name = value_label("channel", channel_id, language)
    return name[:1].lower() + name[1:] if channel_id in _COMMON_NOUN_CHANNELS else name


# A typed English label ending in a common noun ("Substack newsletter", "intranet") takes
# "the" in a list ("on LinkedIn, the blog and the Substack newsletter"); a brand does not.
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def ends_in_lower_word(typed: str) -> bool:
    """Whether a stripped text's last word is in lower case ("Substack newsletter").
    Only the last word is read: a pattern searched from the start would try every word
    of a 10,000-character label."""
    words = typed.rsplit(maxsplit=1)
    return bool(words) and _LOWER_WORD.fullmatch(words[-1]) is not None


def _with_article(channel_id: str, label: str | None, language: Language) -> str:
    name = running_channel(channel_id, label, language)
    if label:
        typed = label.strip()
        if (
            language is Language.EN
            and ends_in_lower_word(typed)
            and not typed.lower().startswith(("the ", "a ", "an ", "our "))
            and not typed.endswith("s")  # a plural reads well without one
        ):
            return "the " + typed
        return name
    # "review sites" is a plural that reads well without one.
    if channel_id != "blog":
        return name
    return ("het " if language is Language.NL else "the ") + name


def combined_roles(project: Project) -> bool:
    return project.organisation.size in (Size.MICRO, Size.SMALL)


def works_council(project: Project) -> bool:
    """From 50 people an enterprise must have a works council (WOR, article 2)."""
    return project.organisation.size in (Size.MEDIUM, Size.LARGE)


def participation_council(project: Project) -> bool:
    """Every Dutch school has a participation council (WMS, article 3) whose staff section
    must consent to rules on staff data and monitoring, whatever the school's size."""
    org = project.organisation
    return org.sector is Sector.EDUCATION and org.jurisdiction is Jurisdiction.NL


def consent_needed(project: Project) -> bool:
    """The code needs a Dutch co-determination body's consent before it takes effect: the
    works council (WOR, Dutch law, from 50 people) or a school's participation council.
    Other countries' representation rules differ too much to make the date wait on them."""
    if project.organisation.jurisdiction is not Jurisdiction.NL:
        return False
    return works_council(project) or participation_council(project)


def employee_representation(project: Project) -> bool:
    """Outside Dutch law, an organisation of 50 or more may have a works council or other
    employee representatives; the documents ask to consult them without making the
    effective date wait for a body that may not exist."""
    return project.organisation.jurisdiction is not Jurisdiction.NL and works_council(project)


def works_council_consent(project: Project) -> bool:
    """The documents claim the works council's consent only when the answers record it."""
    return consent_needed(project) and project.governance.works_council_consent


def council_unsure(project: Project) -> bool:
    """A foundation counts its volunteers among its people, the WOR does not: from 50
    people it may or may not have a works council, so the documents say "if" (N44)."""
    return (
        project.organisation.sector is Sector.NONPROFIT
        and consent_needed(project)
        and not project.governance.works_council_consent
    )


def effective_condition(project: Project, language: Language) -> str:
    """What the effective date waits for while a Dutch co-determination body's consent is
    outstanding ("na instemming van de ondernemingsraad"), or "": the cover and the
    document control both say it, so neither states the date unconditionally."""
    if not consent_needed(project) or project.governance.works_council_consent:
        return ""
    if council_unsure(project):
        key = "after_works_council_if_any"
    elif not participation_council(project):
        key = "after_works_council"
    elif works_council(project):
        key = "after_participation_or_works_council"
    else:
        key = "after_participation_council"
    return phrase("misc", key, language)


def cyber_security_act(project: Project) -> bool:
    """In scope of the Cyberbeveiligingswet (NIS2): care providers of 50 or more people
    (NIS2 annex I, size-cap rule) and Dutch government bodies, municipalities included."""
    if project.organisation.jurisdiction is not Jurisdiction.NL:
        return False
    sector = project.organisation.sector
    return sector is Sector.GOVERNMENT or (sector is Sector.HEALTHCARE and works_council(project))


def data_protection_officer(project: Project) -> bool:
    """Public bodies, and care providers handling health data on a large scale, must have a
    data protection officer (AVG art. 37); a practice of a few people is not large-scale.
    A Dutch school board counts as a public body (art. 37(1)(a)), whatever its size: the
    AP, the PO-Raad, the VO-raad and Kennisnet hold every school board to it."""
    if project.organisation.jurisdiction is Jurisdiction.OTHER:
        return False
    sector = project.organisation.sector
    health = project.confidentiality.personal_data is PersonalData.SPECIAL_CATEGORIES
    return (
        sector is Sector.GOVERNMENT
        or participation_council(project)
        or (sector is Sector.HEALTHCARE and health and works_council(project))
    )


def dpo_if_public_school(project: Project) -> bool:
    """A school under EU law outside the Netherlands: a data protection officer is required
    if it is a public school, which the answers do not tell."""
    org = project.organisation
    return (
        org.sector is Sector.EDUCATION
        and org.jurisdiction is Jurisdiction.EU
        and not data_protection_officer(project)
    )


def running_name(name: str, language: Language) -> str:
    """The organisation's name as it reads mid-sentence: "Gemeente Utrecht" is "de gemeente
    Utrecht" in Dutch and "the Municipality of Utrecht" in English; other names as typed.
    Templates put ``upfirst`` where the name opens a sentence."""
    match = _MUNICIPALITY.match(name)
    if not match:
        return name
    place = match.group(1)
    return f"de gemeente {place}" if language is Language.NL else f"the Municipality of {place}"


_MUNICIPALITY = re.compile(r"^\s*gemeente\s+(\S.*)$", re.IGNORECASE)


def standalone_name(value: str, language: Language) -> str:
    """An answer on its own, in a table cell: a role as the running text names it, with
    a capital ("De raad van bestuur", "The board of directors"), so a title is spelled
    one way throughout; a name as typed; in English a Dutch title in English."""
    if language is Language.EN:
        value = in_english(value)
        return value[0].upper() + value[1:] if value and english_name(value) else value
    if is_role(value, language):
        phrase_ = role_phrase(value, language)
        return phrase_[0].upper() + phrase_[1:]
    return value.strip()


def whistleblower_procedure(project: Project) -> bool:
    """Employers with 50 or more staff, and public employers, need an internal reporting
    procedure (Wet bescherming klokkenluiders)."""
    return works_council(project) or project.organisation.sector is Sector.GOVERNMENT


# Sectors where volunteers are usual; elsewhere the code does not list them.
VOLUNTEER_SECTORS = {Sector.NONPROFIT, Sector.HEALTHCARE, Sector.EDUCATION}


def external_it(project: Project) -> bool:
    return is_supplier(project.governance.it_owner)


def suppliers(project: Project) -> list[str]:
    """Outside companies named in the answers (an IT partner, an agency running accounts)."""
    g = project.governance
    named = [g.it_owner, g.communications_owner, g.hr_owner]
    named += [ch.manager for ch in project.channels if ch.official_account and ch.manager]
    found: list[str] = []
    for name in named:
        if is_supplier(name) and not any(same_person(name, seen) for seen in found):
            found.append(name)
    return found


# --- risks ---------------------------------------------------------------------------

LEVELS = ("low", "medium", "high")


def _level(score: int) -> str:
    return LEVELS[max(0, min(2, score))]


def assess_risks(project: Project) -> list[tuple[str, str, str]]:
    """(risk, likelihood, impact) for each risk the method names, scored from the answers."""
    t, b, c, m = project.technical, project.behaviour, project.confidentiality, project.markets
    separation = {Separation.OPEN: 0, Separation.RESTRICTED: 1, Separation.STRICT: 2}[t.separation]
    official = any(ch.official_account for ch in project.channels)
    sensitive_sector = project.organisation.sector in (
        Sector.HEALTHCARE,
        Sector.GOVERNMENT,
        Sector.FINANCIAL,
    )
    data_impact = {
        PersonalData.NONE: 1,
        PersonalData.REGULAR: 1,
        PersonalData.SPECIAL_CATEGORIES: 2,
    }[c.personal_data] + (1 if sensitive_sector and c.personal_data is not PersonalData.NONE else 0)
    trained = {Training.NONE: 0, Training.ONBOARDING: 1, Training.ONBOARDING_AND_ANNUAL: 2}[
        b.training
    ]
    risks = [
        (
            "reputation",
            _level(
                1
                + (b.spokespersons is Spokespersons.EVERYONE)
                + (len(project.channels) >= 6)
                - (trained == 2)
            ),
            _level(1 + sensitive_sector),
        ),
        (
            "data_leak",
            _level(2 - separation // 2 - (trained == 2) + (t.byod.value == "allowed")),
            _level(data_impact),
        ),
        ("malware", _level(2 - separation + (t.byod.value == "allowed")), _level(1)),
        ("phishing", _level(2 - (trained == 2)), _level(1 + official)),
    ]
    if official:
        security = int(t.mfa) + int(t.password_manager)
        risks.append(("account_takeover", _level(2 - security), _level(2)))
    if c.generative_ai is not GenerativeAI.FORBIDDEN:
        ai_likelihood = 2 if c.generative_ai is GenerativeAI.ALLOWED_WITHOUT_CONFIDENTIAL else 1
        risks.append(("ai_leak", _level(ai_likelihood), _level(data_impact)))
    if m.ambassadors:
        risks.append(("disclosure", _level(1), _level(1)))
    risks.append(
        (
            "blurred_roles",
            _level(1 + (not b.disclaimer) - (b.spokespersons is Spokespersons.DESIGNATED)),
            _level(1),
        )
    )
    risks.append(
        (
            "overload",
            _level(1 + (b.after_hours.value == "official_accounts_rota") - b.wellbeing_support),
            _level(1),
        )
    )
    return risks


# --- context ---------------------------------------------------------------------------


def _voice(project: Project, language: Language) -> dict[str, Any]:
    formal = project.organisation.style is Style.FORMAL
    if language is Language.NL:
        return {
            "je": "u" if formal else "je",
            "Je": "U" if formal else "Je",
            "jouw": "uw" if formal else "je",
            "Jouw": "Uw" if formal else "Je",
            "jou": "u" if formal else "jou",
            "jezelf": "uzelf" if formal else "jezelf",
            # An inverted verb: "Beheer je" / "Beheert u", "Plaats je" / "Plaatst u".
            "inv": lambda stem: (
                f"{stem}{'' if stem.endswith('t') else 't'} u" if formal else f"{stem} je"
            ),
        }
    return {"dont": "do not" if formal else "don't", "Dont": "Do not" if formal else "Don't"}


def approver_named(project: Project) -> bool:
    """Whether the answers name who approves the policy: the questionnaire's default
    ("management") names nobody, and many organisations have no management."""
    return project.governance.approver.strip().casefold() != UNNAMED_APPROVER


def _approver(project: Project, language: Language) -> str:
    """Who approves, as running text names them. Without an answer the documents say
    only what holds for any organisation: its leadership decides (a foundation's or an
    association's board, which the law gives that task); the document control leaves
    the name to fill in, and the review page lists the question as open."""
    if approver_named(project):
        return role_phrase(project.governance.approver, language)
    if project.organisation.sector is Sector.NONPROFIT:
        return phrase("misc", "board", language)
    org = running_name(project.organisation.name, language)
    return phrase("misc", "leadership", language).format(org=org)


def _approver_cell(project: Project, language: Language) -> str:
    """The document control's "approved by": the name as answered, or a line to fill in."""
    if approver_named(project):
        approver = _approver(project, language)
        return approver[:1].upper() + approver[1:]
    return phrase("misc", "approver_fill_in", language)


# The RACI table's roles, in its column order before people who hold several are merged.
# The policy owner keeps the policy, tracks the plan and assesses incidents for personal
# data (ISO/IEC 27001 5.3: every role the documents give duties has a place in the table).
_RACI_ROLES = ("hr", "communications", "it", "owner", "approver")


def _raci_holders(project: Project) -> list[str]:
    """Who holds each of _RACI_ROLES, as answered."""
    g, owner = project.governance, project.organisation.policy_owner
    holders = [g.hr_owner, g.communications_owner, g.it_owner, owner.name or owner.role, g.approver]
    if not approver_named(project):
        holders[4] = ""  # nobody named: never the same person as an owner
    return holders


def _same_holder(a: str, b: str) -> bool:
    """The same person or body: the policy owner's bare name matches "Name (role)"."""
    if not a or not b:
        return False
    return same_person(a, b) or same_person(
        column_name(a, Language.NL), column_name(b, Language.NL)
    )


def _listed(phrases: list[str], language: Language) -> list[str]:
    """Phrases that are lists themselves ("huurders en woningzoekenden") as their items, so
    that joining them reads "A, B en C", never "A en B en C"."""
    joiner = re.compile(r",\s*|\s+en\s+" if language is Language.NL else r",\s*|\s+and\s+")
    items: list[str] = []
    for phrase_ in phrases:
        items += [item for item in joiner.split(phrase_) if item and item not in items]
    return items


def _raci_columns(project: Project) -> list[list[int]]:
    """The table's columns: one per person or body the answers name, with the roles
    (indexes into _RACI_ROLES) each holds, so a person who does HR and IT is one column."""
    holders = _raci_holders(project)
    columns: list[list[int]] = []
    for index, holder in enumerate(holders):
        column = next((c for c in columns if _same_holder(holders[c[0]], holder)), None)
        if column is None:
            columns.append([index])
        else:
            column.append(index)
    return columns


def _owner_apart(project: Project) -> bool:
    """The policy owner is none of the HR, communications and IT owners: the roles list
    then names the policy owner's role at every size."""
    g, owner = project.governance, project.organisation.policy_owner
    holder = owner.name or owner.role
    return not any(
        _same_holder(holder, other) for other in (g.hr_owner, g.communications_owner, g.it_owner)
    )


def _task_people(project: Project, language: Language) -> list[str]:
    g, owner = project.governance, project.organisation.policy_owner
    holders = [g.hr_owner, g.communications_owner, g.it_owner]
    people = [
        role_phrase(holder, language)
        for index, holder in enumerate(holders)
        if not any(same_person(holder, other) for other in holders[:index])
    ]
    if _owner_apart(project):
        people.append(
            role_phrase(owner.name, language)
            if owner.name
            else role_phrase(owner.role, language, role=True)
        )
    return people


def _raci_heads(project: Project, language: Language) -> list[str]:
    """The column headers: the names from the answers, never a department or a body the
    answers do not name."""
    holders = _raci_holders(project)
    heads = []
    for column in _raci_columns(project):
        role = column[0]
        if _RACI_ROLES[role] == "approver" and not approver_named(project):
            board = project.organisation.sector is Sector.NONPROFIT
            heads.append(phrase("misc", "board_column" if board else "leadership_column", language))
        else:
            heads.append(column_name(holders[role], language))
    return heads


# With more people than this the employees' column (always "informed") gives way to a
# sentence under the table: a column fewer keeps every word whole on an A4 page.
_RACI_MOST_WITH_EMPLOYEES = 4


def raci_employees_column(project: Project) -> bool:
    return len(_raci_columns(project)) <= _RACI_MOST_WITH_EMPLOYEES


def _raci_row(project: Project) -> Callable[[str], list[str]]:
    """A row's letters per column, from the letters of HR, communications, IT, the policy
    owner, the approver and the employees ("RRCRAI"). A person with several roles gets the
    strongest: responsible and accountable together ("R/A"), else consulted, else informed."""
    columns = _raci_columns(project)
    employees = raci_employees_column(project)

    def row(letters: str) -> list[str]:
        cells = []
        for column in columns:
            held = {letters[role] for role in column}
            strong = [letter for letter in "RA" if letter in held]
            cells.append("/".join(strong) if strong else "C" if "C" in held else "I")
        return [*cells, letters[5]] if employees else cells

    return row


def _breach_text(project: Project, language: Language) -> str:
    """What the code says about reporting a breach, in the register's words."""
    jurisdiction = project.organisation.jurisdiction
    if jurisdiction is Jurisdiction.OTHER:
        return phrase("breach", "other", language)
    where = (
        statement("ap", language)
        if jurisdiction is Jurisdiction.NL
        else phrase("supervisor", jurisdiction.value, language)
    )
    return phrase("breach", "eu", language).format(
        supervisor=where,
        term=statement("avg.33.term", language),
        article=statement("avg.33", language),
    )


def _authors(project: Project, language: Language) -> list[str]:
    """Who wrote the rules: the three owners, each person once."""
    people: list[str] = []
    for owner in _writers(project):
        if not any(same_person(owner, seen) for seen in people):
            people.append(owner)
    return [role_phrase(person, language) for person in people]


def _support_people(project: Project, context: dict[str, Any], language: Language) -> str:
    """Whom to talk to about online pressure: the criticism route and HR, each once."""
    route = project.behaviour.criticism_route.value
    hr = context["hr"]
    # In a micro firm the manager is the owner who also does HR; "HR" is HR itself.
    if route == "hr" or (route == "manager" and project.organisation.size is Size.MICRO):
        return str(hr)
    joiner = " of met " if language is Language.NL else " or "
    return f"{context['criticism_route']}{joiner}{hr}"


def _writers(project: Project) -> list[str]:
    """The owners who write the rules; an outside IT supplier advises but does not."""
    g = project.governance
    owners = [g.hr_owner, g.communications_owner]
    return owners if external_it(project) else [*owners, g.it_owner]


def _plan_open(project: Project) -> bool:
    """No step of the plan has an owner or a date yet."""
    return not any(item.owner or item.due for item in project.governance.plan)


def in_language(project: Project, language: Language) -> Project:
    """The project as a document in ``language`` names its people: in English, a role
    answer with an English name of its own (governance.english_names) takes it."""
    names = project.governance.english_names
    if language is not Language.EN or not names:
        return project
    governance = project.governance.model_copy(
        update={
            key.split(".")[1]: value
            for key, value in names.items()
            if key.startswith("governance.")
        }
    )
    organisation = project.organisation
    if "organisation.policy_owner.role" in names:
        owner = organisation.policy_owner.model_copy(
            update={"role": names["organisation.policy_owner.role"]}
        )
        organisation = organisation.model_copy(update={"policy_owner": owner})
    technical = project.technical
    if "technical.incident_contact" in names:
        technical = technical.model_copy(
            update={"incident_contact": names["technical.incident_contact"]}
        )
    return project.model_copy(
        update={"governance": governance, "organisation": organisation, "technical": technical}
    )


def build_context(project: Project, document: DocumentKind, language: Language) -> dict[str, Any]:
    project = in_language(project, language)
    org = project.organisation
    voice = _voice(project, language)

    def misc(key: str) -> str:
        return phrase("misc", key, language)

    channels = [
        {
            "id": ch.id.value,
            "label": channel_label(ch, language),
            "running": running_channel(ch.id.value, ch.label, language),
            # In a list of names a common noun needs its article: "LinkedIn, the blog".
            "listed": _with_article(ch.id.value, ch.label, language),
            "official": ch.official_account,
            "official_text": value_label("boolean", ch.official_account, language),
            "manager_text": standalone_name(ch.manager, language)
            if ch.official_account and ch.manager
            else misc("none_dash"),
            "posting": ch.employee_posting.value,
            # An internal network is not posted from: nothing of it goes outside.
            "posting_text": misc("internal_only")
            if ch.id.value in ("teams", "viva_engage")
            else value_label("employee_posting", ch.employee_posting, language),
        }
        for ch in project.channels
    ]
    owner = org.policy_owner
    g = project.governance
    sector = org.sector.value
    dutch = org.jurisdiction is Jurisdiction.NL
    present = set(project.governance.baseline)
    baseline_item = g.plan_item(PlanStepId.BASELINE)
    baseline_due = baseline_item.due
    # Where one person does everything, a step nobody was named for is theirs too: the
    # plan of a salon never says "to be assigned" when there is nobody else to assign.
    sole_owner = g.hr_owner if one_person(project) else None
    # In a business of a few people the approver turns gaps into actions and reviews the
    # policy (the text already names them for the yearly check), rather than nobody; with
    # no approver named, the policy owner, whom the assurance section names for the check.
    small_owner = (
        (g.approver if approver_named(project) else owner.name or owner.role)
        if org.size is Size.MICRO
        else None
    )
    plan_rows = []
    for step in PlanStepId:
        item = project.governance.plan_item(step)
        step_owner = item.owner or sole_owner
        if not step_owner and step in (PlanStepId.PLAN_OF_ACTION, PlanStepId.ASSURANCE):
            step_owner = small_owner
        # The review date the document states is the assurance step's date.
        due = item.due or (next_review(project) if step is PlanStepId.ASSURANCE else None)
        plan_rows.append(
            {
                "step": step.value,
                "name": value_label("plan_step", step, language),
                "what": phrase("plan_what", _plan_what(project, step, step_owner), language),
                "owner": standalone_name(step_owner, language) if step_owner else misc("to_assign"),
                "due": long_date(due, language) if due else misc("to_plan"),
            }
        )
    context: dict[str, Any] = {
        "p": project,
        "org": running_name(org.name, language),
        "law": lambda statement_id: statement(statement_id, language),
        "dutch_law": dutch,
        "wc_consent": works_council_consent(project),
        # Without monitoring, consent is asked for the code alone (WOR art. 27(1)(k)).
        "monitored": project.behaviour.monitoring is not Monitoring.NONE,
        "cbw": cyber_security_act(project),
        "dpo": data_protection_officer(project),
        # A public school elsewhere in the EU is a public body too (GDPR art. 37(1)(a)),
        # a private one may not be: the steps name the officer "if we have one" (N52).
        "dpo_if_public": dpo_if_public_school(project),
        "formal": org.style is Style.FORMAL,
        **voice,
        "title": value_label("document", document, language),
        "approver": _approver(project, language),
        # Without a named approver, who approves is a rule, not a recorded fact.
        "approver_named": approver_named(project),
        "effective_condition": effective_condition(project, language),
        "approver_cell": _approver_cell(project, language),
        "raci_heads": _raci_heads(project, language),
        "raci": _raci_row(project),
        "raci_employees": raci_employees_column(project),
        # The people who share the tasks in a micro business, each once, as named; a
        # policy owner who is none of them shares them too (N36).
        "task_people": _task_people(project, language),
        "owner_apart": _owner_apart(project),
        "owner_name": owner.name or standalone_name(owner.role, language),
        # Who does everything where one person holds every role: the roles' holder, who
        # need not be the policy owner; mid-sentence, so a role takes its article.
        "sole_person": role_phrase(project.governance.hr_owner, language),
        "channels": channels,
        "official": [ch for ch in channels if ch["official"]],
        # The organisation's own internal networks, where internal information belongs.
        "internal_channels": [
            running_channel(ch.id.value, ch.label, language)
            for ch in project.channels
            if ch.id.value in ("teams", "viva_engage")
        ],
        "blocked": [
            running_channel(cid.value, None, language) for cid in project.technical.blocked_channels
        ],
        "goals": [
            sector_phrase("goal", goal.value, sector, language) for goal in project.markets.goals
        ],
        "segments": _listed(
            [sector_phrase("segment", s.value, sector, language) for s in project.markets.segments],
            language,
        ),
        "never_share": [
            phrase("customer_data", sector, language)
            if item.value == "customer_data"
            # Care speaks of clients throughout; a hospital's patients are its clients too.
            else phrase("misc", "care_data", language)
            if item.value == "patient_data" and org.sector is Sector.HEALTHCARE
            else value_label("never_share", item, language)
            for item in project.confidentiality.never_share
            # In care "client data" is already part of "patient and client data".
            if not (
                item.value == "customer_data"
                and org.sector is Sector.HEALTHCARE
                and "patient_data" in {i.value for i in project.confidentiality.never_share}
            )
        ],
        "audience": phrase("audience", sector, language),
        "audience_one": phrase("audience_one", sector, language),
        "volunteers": org.sector in VOLUNTEER_SECTORS,
        "foundation": org.sector is Sector.NONPROFIT,
        "works_council": consent_needed(project),
        "council_unsure": council_unsure(project),
        "representation": employee_representation(project),
        # Dutch schools (WPO, WEC, WVO) have a participation council, not a works council;
        # vocational and higher education have a works council: the text names both.
        "school": org.sector is Sector.EDUCATION and org.jurisdiction is Jurisdiction.NL,
        # Only from 50 people can the school be a vocational or higher-education
        # institution with a works council (WOR, article 2) instead.
        "school_wor": participation_council(project) and works_council(project),
        "whistle_procedure": whistleblower_procedure(project),
        "external_it": external_it(project),
        "hr": role_phrase(g.hr_owner, language),
        "hr_label": apposition(g.hr_owner, language),
        "comms_label": apposition(g.communications_owner, language),
        "it_label": apposition(g.it_owner, language),
        "comms": role_phrase(g.communications_owner, language),
        # A team leads no team of its own: "het team communicatie" answers itself.
        "comms_team": bool(re.search(r"\bteam\b", g.communications_owner, re.IGNORECASE)),
        # Who reads blog posts first: the blog's manager, else communications.
        "blog_checker": next(
            (
                role_phrase(ch.manager, language)
                for ch in project.channels
                if ch.id.value == "blog" and ch.official_account and ch.manager
            ),
            "communicatie" if language is Language.NL else "communications",
        ),
        # Who answers reviews: the manager the answers give the review sites' account.
        "review_manager": next(
            (
                role_phrase(ch.manager, language)
                for ch in project.channels
                if ch.id.value == "review_sites" and ch.official_account and ch.manager
            ),
            "",
        ),
        "it": role_phrase(g.it_owner, language),
        "incident": role_phrase(project.technical.incident_contact, language),
        "owner_role": role_phrase(owner.role, language, role=True),
        "owner_role_bare": bare_role(owner.role, language),
        # The roles list: "Marieke Jansen, manager kwaliteit en veiligheid", or the role.
        "owner_label": (
            f"{owner.name}, {bare_role(owner.role, language)}"
            if owner.name
            else bare_role(owner.role, language)
        ),
        "approver_plural": plural(g.approver),
        "authors": _authors(project, language),
        "approver_wrote": any(same_person(g.approver, o) for o in _writers(project)),
        "tool_contact": role_phrase(owner.name, language)
        if external_it(project) and owner.name
        else role_phrase(g.it_owner, language)
        if not external_it(project)
        else role_phrase(owner.role, language, role=True),
        "plan_open": _plan_open(project),
        "baseline_due": long_date(baseline_due, language) if baseline_due else "",
        "baseline_done": bool(baseline_due and baseline_due <= org.effective_date),
        "blocked_official": [
            ch["running"]
            for ch in channels
            if ch["official"]
            and project.technical.separation is Separation.RESTRICTED
            and ch["id"] in {c.value for c in project.technical.blocked_channels}
        ],
        "recruiting": Goal.RECRUITMENT in project.markets.goals,
        "suppliers": suppliers(project),
        "privacy_law": phrase("privacy_law", "other", language)
        if org.jurisdiction is Jurisdiction.OTHER
        else statement("avg", language),
        "supervisor": statement("ap", language)
        if org.jurisdiction is Jurisdiction.NL
        else phrase("supervisor", org.jurisdiction.value, language),
        "breach_text": _breach_text(project, language),
        "criticism_route": phrase(
            "criticism_route", project.behaviour.criticism_route.value, language
        ).format(jouw=voice.get("jouw", "")),
        # In a micro business the manager is the owner: the code names that person.
        "manager": role_phrase(g.hr_owner, language)
        if org.size is Size.MICRO
        else ("de leidinggevende" if language is Language.NL else "your manager"),
        # There the owner is the manager and does HR too: criticism goes to that person
        # by name, never to an "HR" a business of four does not have.
        "manager_route": role_phrase(g.hr_owner, language)
        if org.size is Size.MICRO and project.behaviour.criticism_route.value in ("manager", "hr")
        else phrase("criticism_route", project.behaviour.criticism_route.value, language).format(
            jouw=voice.get("jouw", "")
        ),
        "sector_title": phrase("sector_title", org.sector.value, language)
        if org.sector in SECTOR_RULES
        else "",
        "separation_name": value_label("separation", project.technical.separation, language),
        "separation_words": phrase(
            "separation_words", project.technical.separation.value, language
        ),
        # "volgt de BIO2": in Dutch the baseline takes an article in running text.
        "framework_name": (
            ("de BIO2" if language is Language.NL else "BIO2")
            if project.framework is Framework.BIO
            else FRAMEWORK_NAMES.get(project.framework, "")
        ),
        "next_review": next_review(project),
        "combined_roles": combined_roles(project),
        "micro": org.size is Size.MICRO,
        "one_person": one_person(project),
        # A micro business whose one person manages every official account herself:
        # the rules for a colleague who manages one (own admin role, shared logins)
        # address nobody who reads the code.
        "owner_manages_accounts": org.size is Size.MICRO
        and all(
            same_person(ch.manager or g.communications_owner, g.communications_owner)
            for ch in project.channels
            if ch.official_account
        ),
        "risks": [
            {
                "id": rid,
                "name": value_label("risk", rid, language),
                "likelihood": value_label("level", likelihood, language),
                "impact": value_label("level", impact, language),
            }
            for rid, likelihood, impact in assess_risks(project)
        ],
        "baseline_present": [
            phrase("baseline_have", item.value, language)
            for item in BaselineItem
            if item in present
        ],
        "baseline_ids": {item.value for item in present},
        "baseline_missing": [
            _gap(project, item, language, dutch)
            for item in BaselineItem
            if item not in present and _needed(project, item)
        ],
        # The owner who approves reports to nobody: "de eigenaar rapporteert aan de eigenaar".
        "owner_approves": (bool(owner.name) and same_person(owner.name or "", g.approver))
        or role_phrase(owner.role, language, role=True) == _approver(project, language),
        # A micro business that names no approver: its owner usually is the leadership,
        # so the owner does not report to "the leadership" but records the review.
        "self_review": org.size is Size.MICRO and not approver_named(project),
        "plan": plan_rows,
        "gap_actions": [
            _gap_action(project, item, language)
            for item in BaselineItem
            if item not in present and _needed(project, item)
        ],
        "mapping": [],
        "label": lambda kind, value: value_label(kind, value, language),
        "field": lambda key: field_label(key, language),
    }
    context["authors_text"] = join_words(context["authors"], language)
    context["support_people"] = _support_people(project, context, language)
    context["co_authors_text"] = join_words(
        [
            role_phrase(o, language)
            for o in dict.fromkeys(_writers(project))
            if not same_person(o, g.approver)
        ],
        language,
    )
    framework = project.framework

    def ref(clause_id: str) -> str:
        text = control_reference(clause_controls(project, clause_id), framework)
        if framework is Framework.BIO:
            extra = [m for m in CLAUSES[clause_id].bio if m in BIO_MEASURES]
            if extra:
                # One pair of brackets: "(BIO2: 5.4, 6.2; maatregelen 5.04.02, 5.04.03)".
                plural = len(extra) > 1
                if language is Language.NL:
                    measures = "maatregelen" if plural else "maatregel"
                else:
                    measures = "measures" if plural else "measure"
                text += f"; {measures} {', '.join(extra)}"
        return f"({text})" if text else ""

    context["ref"] = ref
    context.update(_versions_context(project, document, language, {}))
    return context


def _other_documents_clause(key: str, document: DocumentKind) -> bool:
    """Whether ``key`` is an edit of a clause that only the other document holds: a
    clause id starts with its section's id (``respect.tone``)."""
    if not key.startswith("clauses."):
        return False
    section = key.split(".")[1]
    ours = {plan.id for plan in SECTIONS[document]}
    theirs = {plan.id for kind, plans in SECTIONS.items() if kind is not document for plan in plans}
    return section in theirs and section not in ours


def _versions_context(
    project: Project, document: DocumentKind, language: Language, names: dict[str, str]
) -> dict[str, Any]:
    """The version table (oldest first) and what the last issued version changed.

    "Changes in this version" compares the last two snapshots; the first issued version
    says that it is the first. ``names`` names an edited clause by its section.
    """
    dash = phrase("misc", "none_dash", language)
    rows = [
        {
            "version": issued.version,
            "date": long_date(issued.date, language),
            "summary": issued.summary or dash,
            "approved_by": standalone_name(issued.approved_by, language)
            if issued.approved_by
            else dash,
        }
        for issued in project.history
    ]
    changes = [
        change
        for change in changes_in_last_version(project.history, language, names) or []
        if not _other_documents_clause(change.key, document)
    ]
    texts: list[str] = []
    for change in changes:
        said = _for_readers(project, change.key, change.text, names, language)
        if said and said not in texts:
            texts.append(said)
    last = project.history[-1].version if project.history else ""
    return {
        "history": rows,
        "show_changes": bool(project.history),
        "first_version": len(project.history) == 1,
        "changes": texts,
        "changes_version": last,
        "changes_current": last.strip() == project.organisation.version.strip(),
        "previous_version": project.history[-2].version if len(project.history) > 1 else "",
    }


def _for_readers(
    project: Project, key: str, text: str, names: dict[str, str], language: Language
) -> str:
    """A change as the document's readers need it: what changed in the rules, never a
    clause id or an edit. An edit of the other language's text changes nothing here."""
    if not key.startswith("clauses."):
        return text
    parts = key.split(".")
    ident = ".".join(parts[1:3])
    edited_language = parts[3] if len(parts) > 3 else None
    if edited_language is not None and edited_language != language.value:
        return ""
    section = _NUMBER.sub("", names.get(ident, ""))
    clause = clause_title(ident, language)
    if edited_language is None:
        clauses = project.history[-1].answers.get("clauses")
        edit = clauses.get(ident) if isinstance(clauses, dict) else None
        omitted = isinstance(edit, dict) and edit.get("omit") is True
        what = "reader_omitted" if omitted else "reader_restored"
    else:
        what = "reader_rewritten"
    return phrase("change", what, language).format(section=section or clause, clause=clause)


def _light_isms(project: Project) -> bool:
    """A micro firm outside care and government, and a small one that follows no standard,
    need basic measures, not an ISMS; a small firm that follows ISO/IEC 27002 manages that
    standard's controls (the section maps them)."""
    if project.framework in (Framework.NEN7510, Framework.BIO):
        return False
    if project.organisation.size is Size.MICRO:
        return True
    return combined_roles(project) and project.framework is Framework.NONE


def _plan_what(project: Project, step: PlanStepId, owner: str | None) -> str:
    """The plan promises training and a register only when the answers chose them, and
    lets the policy step's owner approve only when that owner is the approver: anyone
    else puts the policy forward, or the document would name two approvers (N45)."""
    if step is PlanStepId.POLICY and owner and not same_person(owner, project.governance.approver):
        return "policy_submit"
    if step is not PlanStepId.IMPLEMENTATION:
        return step.value
    key = "implementation"
    if project.behaviour.training is Training.NONE:
        key += "_no_training"
    if not project.technical.account_register:
        key += "_no_register"
    return key


def _needed(project: Project, item: BaselineItem) -> bool:
    """Whether a missing building block is a gap: a register of accounts only when the
    answers chose to keep one."""
    return item is not BaselineItem.ACCOUNT_REGISTER or project.technical.account_register


# Missing building blocks that this policy itself sets out (the code of conduct, the
# register and the incident procedure under Measures; the section is part of the ICT
# policy plan): the list of gaps says so beside them.
_SET_OUT_HERE = (
    BaselineItem.ICT_POLICY_PLAN,
    BaselineItem.CODE_OF_CONDUCT,
    BaselineItem.ACCOUNT_REGISTER,
    BaselineItem.INCIDENT_PROCEDURE,
)


def _gap(project: Project, item: BaselineItem, language: Language, dutch: bool) -> str:
    """A missing building block as the gap analysis lists it."""
    if item is BaselineItem.ISMS and _light_isms(project):
        # The Digital Trust Center is the Dutch government's: not named abroad.
        return phrase("misc", "isms_light" if dutch else "isms_light_abroad", language)
    name = value_label("baseline", item, language)
    if item in _SET_OUT_HERE:
        return f"{name}: {phrase('baseline_gap_note', item.value, language)}"
    return name


def _gap_action(project: Project, item: BaselineItem, language: Language) -> str:
    if item is BaselineItem.AWARENESS_TRAINING and project.behaviour.training is Training.NONE:
        return phrase("gap_action", "awareness_decide", language)
    if item is not BaselineItem.ISMS:
        return phrase("gap_action", item.value, language)
    # Proportionate: the framework's own demand first, then by size. Outside the
    # Netherlands no Dutch decree makes NEN 7510 a duty, and the Digital Trust Center's
    # basic measures are the Dutch government's: the national authority's take their place.
    abroad = project.organisation.jurisdiction is not Jurisdiction.NL
    if project.framework in (Framework.NEN7510, Framework.BIO):
        key = project.framework.value
        return phrase("isms_gap", f"{key}_abroad" if abroad and key == "nen7510" else key, language)
    if project.framework is Framework.ISO27002 and project.organisation.size is Size.SMALL:
        return phrase("isms_gap", "iso27002", language)
    size = project.organisation.size.value
    if abroad and project.organisation.size in (Size.MICRO, Size.SMALL):
        return phrase("isms_gap", f"{size}_abroad", language)
    return phrase("isms_gap", size, language)


def _mapping_rows(
    sections: list[Section], framework: Framework, language: Language
) -> list[dict[str, str]]:
    # control -> {section title: [measure names]}, in document order
    where: dict[str, dict[str, list[str]]] = {}
    bio: dict[str, list[str]] = {}
    for section in sections:
        for clause in section.clauses:
            for measure in CLAUSES[clause.id].bio:
                numbers = bio.setdefault(bio_control(measure), [])
                if measure not in numbers:
                    numbers.append(measure)
            first = clause.blocks[0] if clause.blocks else None
            measure = first.lead.rstrip(".:") if isinstance(first, Paragraph) and first.lead else ""
            for control in clause.controls:
                measures = where.setdefault(control, {}).setdefault(section.title, [])
                if measure and measure not in measures:
                    measures.append(measure)
    rows = []
    for control in sorted(where, key=control_sort_key):
        number = control
        if framework is Framework.BIO and control in bio:
            number = f"{control} ({', '.join(sorted(bio[control]))})"
        places = [
            f"{title} ({', '.join(m)})" if m else title for title, m in where[control].items()
        ]
        rows.append(
            {
                "control": number,
                "title": control_title(control, language),
                "sections": "; ".join(places),
            }
        )
    return rows


def _sources(sections: list[Section], language: Language) -> list[dict[str, Any]]:
    """The sources of the statements of law the sections cite, grouped by the date each
    was last checked (oldest first), each source once."""
    texts = (
        text
        for section in sections
        for clause in section.clauses
        for block in clause.blocks
        for text in block_texts(block)
    )
    groups: dict[date | None, list[str]] = {}
    for found in cited(texts, language):
        sources = groups.setdefault(found.verified, [])
        # A statement not yet checked says what is still open about it.
        source = found.source_in(language)
        if found.verified is None:
            source = f"{source} – {found.still_open(language)}"
        if source not in sources:
            sources.append(source)
    # Oldest first, the statements not yet checked last.
    days = sorted(day for day in groups if day is not None) + ([None] if None in groups else [])
    return [{"checked": day, "sources": groups[day]} for day in days]


def clause_controls(project: Project, clause_id: str) -> tuple[str, ...]:
    """The controls a clause implements as the answers shape it: open separation blocks
    and filters nothing, so it implements no web filtering (8.23). No answer records
    protection against malware, so separation never claims 8.7."""
    controls = CLAUSES[clause_id].controls
    if clause_id == "measures.separation" and project.technical.separation is Separation.OPEN:
        return tuple(control for control in controls if control != "8.23")
    return controls


def _render(plan: SectionPlan, number: int, language: Language, context: dict[str, Any]) -> Section:
    rendered = render_section(language, plan.template, context)
    title = f"{number}. {rendered.title}"
    project: Project = context["p"]
    clauses = tuple(
        replace(clause, controls=clause_controls(project, clause.id)) for clause in rendered.clauses
    )
    return Section(plan.id, title, clauses, plan.new_page)


def build_outline(
    project: Project,
    document: DocumentKind,
    language: Language,
    *,
    apply_edits: bool = True,
    clauses: Collection[str] | None = None,
) -> Outline:
    """The document's outline; with ``apply_edits`` (the default) the project's clause
    edits replace or leave out clauses, and the control mapping follows what is left.

    ``clauses`` asks for those clauses only: the outline then holds the sections they
    belong to (a clause id starts with its section's id) and no others, each numbered as
    in the whole document. Rendering a section is most of the time an outline takes, and
    checking a few edited clauses needs only theirs. When a clause's section cannot be
    told, or is one made from the others, every section is rendered.
    """
    project = in_language(project, language)
    context = build_context(project, document, language)
    plans = [plan for plan in SECTIONS[document] if plan.condition(project)]
    wanted = _sections_of(clauses, document) if clauses is not None else None
    if wanted is not None:
        plans_shown = [plan for plan in plans if plan.id in wanted]
        edits = project.clauses if apply_edits else {}
        return _partial_outline(project, document, language, context, plans, plans_shown, edits)
    edits = project.clauses if apply_edits else {}
    sections: dict[str, Section] = {}
    # Each clause's section as generated: a clause left out is still named by it.
    names: dict[str, str] = {}
    for number, plan in enumerate(plans, start=1):
        if plan.id == "document_control":
            # An edited clause in "changes in this version" is named by its section.
            context.update(_versions_context(project, document, language, dict(names)))
        if plan.id not in _DERIVED_SECTIONS:
            rendered = _render(plan, number, language, context)
            names.update((clause.id, rendered.title) for clause in rendered.clauses)
            sections[plan.id] = edited_section(rendered, edits, language)
    for number, plan in enumerate(plans, start=1):
        if plan.id in _DERIVED_SECTIONS:
            others = [
                sections[p.id] for p in plans if p.id in sections and p.id != "document_control"
            ]
            context["mapping"] = _mapping_rows(others, project.framework, language)
            context["sources"] = _sources(others, language)
            # The state of the law the section can claim: the oldest check among the
            # statements it cites (the register's latest when it cites none; none when
            # it cites only statements not yet checked).
            checked = [group["checked"] for group in context["sources"] if group["checked"]]
            context["law_date"] = (
                min(checked) if checked else None if context["sources"] else law_checked()
            )
            sections[plan.id] = edited_section(
                _render(plan, number, language, context), edits, language
            )
    ordered = tuple(sections[plan.id] for plan in plans)
    if edits:
        ordered = _renumbered(list(ordered))
    org = project.organisation
    control = document_control(project, language)
    title = value_label("document", document, language)
    keywords = ("social media", value_label("document", document, language), org.name)
    return Outline(
        document=document,
        language=language,
        organisation=org.name,
        title=title,
        subtitle=org.name,
        control=control,
        keywords=keywords,
        sections=ordered,
        compact=org.size is Size.MICRO,
        draft_note=phrase("misc", "draft", language) if is_draft(project) else "",
    )


def is_draft(project: Project) -> bool:
    """Whether the answers or edited texts differ from the last issued version's: the
    documents are then a draft of the next version. Without an issued version there is
    nothing to differ from, and a document is not called a draft (a small business that
    never issues versions would otherwise carry the word for ever)."""
    if not project.history:
        return False
    from wizard.answers.versions import changes_since_last, snapshot

    clauses = project.model_dump(mode="json", include={"clauses"})["clauses"]
    current = snapshot(project.answers_snapshot(), clauses)
    return bool(changes_since_last(current, project.history, Language.EN))


def _sections_of(clauses: Collection[str], document: DocumentKind) -> set[str] | None:
    """The sections that hold these clauses; None when one of them needs every section
    (no plain section of that name, or the mapping and the document control, which are
    made from the other sections)."""
    plain = {plan.id for plan in SECTIONS[document]} - _DERIVED_SECTIONS - {"document_control"}
    wanted = {clause_id.split(".", 1)[0] for clause_id in clauses}
    known = {plan.id for section in SECTIONS.values() for plan in section}
    if not wanted <= (known - _DERIVED_SECTIONS - {"document_control"}):
        return None
    return wanted & plain


def document_control(project: Project, language: Language) -> DocumentControl:
    """What the cover and the document control say of the version: the same in a whole
    outline and in one of a few clauses' sections."""
    org = project.organisation
    return DocumentControl(
        version=org.version,
        effective_date=org.effective_date,
        owner=org.policy_owner.name or standalone_name(org.policy_owner.role, language),
        approver=_approver(project, language),
        next_review=next_review(project),
        effective_condition=effective_condition(project, language),
    )


def _partial_outline(
    project: Project,
    document: DocumentKind,
    language: Language,
    context: dict[str, Any],
    plans: list[SectionPlan],
    shown: list[SectionPlan],
    edits: dict[str, Any],
) -> Outline:
    numbers = {plan.id: number for number, plan in enumerate(plans, start=1)}
    sections = tuple(
        edited_section(_render(plan, numbers[plan.id], language, context), edits, language)
        for plan in shown
    )
    org = project.organisation
    title = value_label("document", document, language)
    return Outline(
        document=document,
        language=language,
        organisation=org.name,
        title=title,
        subtitle=org.name,
        control=document_control(project, language),
        keywords=("social media", title, org.name),
        sections=sections,
        compact=org.size is Size.MICRO,
    )


_NUMBER = re.compile(r"^\d+\. ")


def _renumbered(sections: list[Section]) -> tuple[Section, ...]:
    """Sections without clauses (every clause left out) go; the others are numbered again."""
    kept = [section for section in sections if section.clauses]
    if len(kept) == len(sections):
        return tuple(sections)
    return tuple(
        replace(section, title=f"{number}. {_NUMBER.sub('', section.title)}")
        for number, section in enumerate(kept, start=1)
    )


def clause_ids(outline: Outline) -> list[str]:
    return [clause.id for clause in outline.clauses()]

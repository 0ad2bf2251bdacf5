"""Answers that contradict each other: warned about, never silently "fixed".

Each warning names the answer to look at again. The command line's ``validate``
prints them, the review page lists them, and each wizard page shows its own beside
the question.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from datetime import date
from typing import Any

from wizard import clock
from wizard.answers.labels import clause_title, field_label, question_label, value_label
from wizard.answers.model import (
    ENGLISH_NAME_KEYS,
    UNNAMED_APPROVER,
    Byod,
    EmployeePosting,
    Framework,
    GenerativeAI,
    Goal,
    Language,
    PersonalData,
    Photos,
    PlanStepId,
    Project,
    Separation,
    Size,
    Training,
    is_marker,
)
from wizard.answers.pages import page
from wizard.content.people import is_dpo, one_person, untranslated_role
from wizard.content.wording import long_date

_TEXTS: dict[str, tuple[str, str]] = {
    "official_on_blocked": (
        "{channels} heeft een officieel account, maar is geblokkeerd op het eigen netwerk. "
        "Regel een uitzondering voor de beheerder of haal het kanaal uit de lijst.",
        "{channels} has an official account but is blocked on our own network. "
        "Arrange an exception for its manager or remove the channel from the list.",
    ),
    "strict_with_official": (
        "Strikte scheiding blokkeert social media, maar er zijn officiële accounts ({channels}). "
        "Wie die beheert, heeft een aparte verbinding of apparaat nodig.",
        "Strict separation blocks social media, yet there are official accounts ({channels}). "
        "Whoever runs them needs a separate connection or device.",
    ),
    "byod_special_data": (
        "Eigen apparaten zonder beheer passen slecht bij bijzondere persoonsgegevens. "
        "Overweeg 'toegestaan mits beheerd'.",
        "Unmanaged own devices fit badly with special categories of personal data. "
        "Consider 'allowed when managed'.",
    ),
    "ambassadors_discouraged": (
        "Medewerkers zijn ambassadeur, maar op elk kanaal wordt hun gevraagd niet over het werk "
        "te posten. Moedig delen op minstens één kanaal aan of zet ambassadeurs uit.",
        "Employees are ambassadors, yet every channel asks them not to post about work. "
        "Encourage sharing on at least one channel, or switch ambassadors off.",
    ),
    "webcare_without_goal": (
        "Webcare staat aan zonder het doel Klantenservice: voeg het doel toe of zet Webcare uit.",
        "Webcare is on without the goal Customer service: add the goal or switch Webcare off.",
    ),
    "goal_without_webcare": (
        "Klantenservice is een doel: zet Webcare aan (klantvragen via social media "
        "beantwoorden) of haal het doel weg.",
        "Customer service is a goal: switch Webcare on (answering customers on social media) "
        "or remove the goal.",
    ),
    "no_training_framework": (
        "{framework} vraagt om bewustwordingstraining, maar er is geen training gekozen.",
        "{framework} calls for awareness training, but no training has been chosen.",
    ),
    "approver_unnamed": (
        "Er staat niet wie het beleid vaststelt. De documenten spreken dan van de leiding van "
        "de organisatie en laten bij 'Vastgesteld door' een regel open om met de hand in te "
        "vullen. Vul een naam of functie in, bijvoorbeeld de directie of de eigenaar.",
        "Nobody is named who approves the policy. The documents then speak of the "
        "organisation's leadership and leave a line under 'Approved by' to fill in by hand. "
        "Enter a name or position, such as the board of directors or the owner.",
    ),
    "one_person_approves_all": (
        "Eén persoon heeft alle rollen en stelt het beleid ook zelf vast. Bij 50 of meer "
        "mensen hoort iemand anders de besluiten over dat eigen werk te controleren: vul bij "
        "Vaststeller een ander in, bijvoorbeeld de raad van toezicht of de directie (in het "
        "venster zet u daarvoor eerst 'Ja, dat doe ik allemaal zelf' uit).",
        "One person holds every role and also approves the policy. With 50 or more people, "
        "someone else should check the decisions about that person's own work: enter someone "
        "else as Approver, such as the supervisory board or the board of directors (in the "
        "window, first untick 'Yes, I do all of this myself').",
    ),
    "name_stays_dutch": (
        # What to do comes early: beside the answer the window shows one line of it.
        "'{name}' blijft Nederlands in de Engelse documenten. Vul de Engelse naam in onder "
        "'Namen in de Engelse documenten' op de pagina '{page}'.",
        "'{name}' stays Dutch in the English documents. Enter its English name under "
        "'Names in the English documents' on the '{page}' page.",
    ),
    "approved_tools_unnamed": (
        "Alleen goedgekeurde AI-tools zijn toegestaan, maar er is geen tool genoemd. "
        "Noem de tools, of de code vraagt medewerkers het eerst na te vragen.",
        "Only approved AI tools are allowed, but no tool is named. "
        "Name the tools, or the code asks people to check before using one.",
    ),
    "dpo_owns_policy": (
        "Bij '{field}' staat de functionaris gegevensbescherming. Die moet onafhankelijk "
        "toezicht houden en mag geen taken hebben die daarmee botsen (AVG, artikel 38 lid 6), "
        "zoals het beleid zelf bezitten. Kies bij '{field}' iemand anders en laat de "
        "functionaris gegevensbescherming adviseren.",
        "'{field}' names the data protection officer. The DPO must monitor independently and may "
        "not hold tasks that conflict with that (GDPR, article 38(6)), such as owning the policy "
        "itself. Choose someone else under '{field}' and let the DPO advise.",
    ),
    "policy_after_effective": (
        "Volgens het implementatieplan wordt het beleid uiterlijk {due_date} vastgesteld, "
        "maar de ingangsdatum is {effective_date}. Zet de ingangsdatum op of na de datum van "
        "de stap Beleid, of vervroeg die stap.",
        "The implementation plan approves the policy by {due_date}, but the effective date is "
        "{effective_date}. Set the effective date on or after the Policy step, or bring that "
        "step forward.",
    ),
    "plan_out_of_order": (
        "De stap {later} staat in het implementatieplan vóór de stap {earlier}. "
        "Zet de data in de volgorde van de vijf stappen.",
        "The step {later} is dated before the step {earlier} in the implementation plan. "
        "Put the dates in the order of the five steps.",
    ),
    "photos_special_data": (
        "Foto's zijn zonder voorwaarden toegestaan, terwijl er bijzondere persoonsgegevens zijn. "
        "Overweeg 'met toestemming' of 'niet toegestaan'.",
        "Photos are allowed without conditions while special categories of personal data are "
        "handled. Consider 'with consent' or 'not allowed'.",
    ),
    "effective_date_past": (
        "De ingangsdatum ({date}) ligt in het verleden. Klopt dat, of gaat het beleid later in? "
        "Kies dan de datum waarop het echt ingaat.",
        "The effective date ({date}) is in the past. Is that right, or does the policy start "
        "later? Then choose the date it really takes effect.",
    ),
    "review_passed": (
        "De volgende herziening ({date}) is al voorbij. Kies een latere ingangsdatum, "
        "of herzie het beleid nu en geef het een nieuwe versie en ingangsdatum.",
        "The next review ({date}) has already passed. Choose a later effective date, "
        "or review the policy now and give it a new version and effective date.",
    ),
    "clause_out_of_date": (
        "De aangepaste tekst van '{clause}' ({language}) is geschreven bij een eerdere "
        "gegenereerde tekst; die is sindsdien veranderd door een gewijzigd antwoord. "
        "Vergelijk beide en pas de tekst aan, of laat de tekst zoals hij is.",
        "The edited text of '{clause}' ({language}) was written against an earlier generated "
        "text, which has changed since because an answer changed. Compare the two and adjust "
        "the text, or keep yours as it is.",
    ),
    "clause_one_language": (
        "'{clause}' is alleen in het {language} aangepast; in het {other} staat nog de "
        "gegenereerde tekst. Pas ook de tekst in het {other} aan, of zet de aanpassing terug.",
        "'{clause}' is edited in {language} only; the {other} document still has the "
        "generated text. Edit the {other} text as well, or undo the edit.",
    ),
    "law_changed": (
        "Versie {version} is uitgegeven met een oudere tekst van de wet. Sindsdien veranderd: "
        "{statements}. Het staat in: {clauses}. Lees deze clausules na en geef een nieuwe "
        "versie uit.",
        "Version {version} was issued with an older text of the law. Changed since: "
        "{statements}. It is in: {clauses}. Read these clauses again and issue a new version.",
    ),
    "clause_not_in_documents": (
        "Er is een aangepaste tekst voor clausule {id}, maar die clausule staat niet (meer) in "
        "de documenten, dus de aanpassing wordt niet gebruikt. Verwijder de aanpassing of "
        "controleer de antwoorden die de clausule kiezen.",
        "There is an edited text for clause {id}, but that clause is not (or no longer) in the "
        "documents, so the edit is not used. Remove the edit, or check the answers that "
        "choose the clause.",
    ),
}


@dataclass(frozen=True)
class Warning:
    field: str
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, language: Language) -> str:
        dutch, english = _TEXTS[self.code]
        # {field} is the name of the answer to look at, in the reader's language; dates
        # (ISO in the parameters) and plan steps are written out in that language too.
        text = dutch if language is Language.NL else english
        params = {}
        for key, value in self.params:
            if key.endswith("_date"):
                value = long_date(date.fromisoformat(value), language)
            elif key in ("earlier", "later"):
                value = value_label("plan_step", value, language)
            elif key in ("language", "other"):
                value = value_label("language", value, language)
            elif key == "clause":
                value = clause_title(value, language)
            elif key == "clauses":
                value = "; ".join(f"'{clause_title(c, language)}'" for c in value.split())
            elif key == "statements":
                value = _statements_in_words(value.split(), language)
            elif key == "page":
                found = page(value)
                value = found.title_nl if language is Language.NL else found.title_en
            params[key] = value
        return text.format(field=field_label(self.field, language), **params)

    def label(self, language: Language) -> str:
        return question_label(self.field, language)

    def line(self, language: Language) -> str:
        """``label: message``, as a list shows it: the question by its name, never its key."""
        return f"{self.label(language)}: {self.message(language)}"

    def cli_line(self, language: Language) -> str:
        """On the command line the key comes first, for whoever edits the file."""
        return f"{self.field} ({self.label(language)}): {self.message(language)}"


def _names(project: Project, ids: list[str], language: Language) -> str:
    labels = []
    for channel in project.channels:
        if channel.id.value in ids:
            labels.append(channel.label or value_label("channel", channel.id, language))
    return ", ".join(labels)


# The questions a warning of ``check_consistency`` can stand beside. The window keeps a
# line free under each, so that a warning appearing does not move what is below it.
WARNED_QUESTIONS = frozenset(
    {
        "organisation.policy_owner.role",
        "organisation.effective_date",
        "organisation.review_months",
        "markets.ambassadors",
        "markets.webcare",
        "markets.goals",
        "confidentiality.photos",
        "confidentiality.approved_ai_tools",
        "behaviour.training",
        "technical.separation",
        "technical.blocked_channels",
        "technical.byod",
        "governance.approver",
        # A role answer the English documents would show in Dutch (name_stays_dutch).
        *ENGLISH_NAME_KEYS,
    }
)


def check_consistency(
    project: Project, language: Language = Language.EN, *, today: date | None = None
) -> list[Warning]:
    """Every contradiction between answers, in questionnaire order.

    ``today`` (the system's date unless given) decides whether dates have passed.
    """
    warnings: list[Warning] = []
    official = [c.id.value for c in project.channels if c.official_account]
    technical, confidentiality = project.technical, project.confidentiality
    markets, behaviour = project.markets, project.behaviour
    special = confidentiality.personal_data is PersonalData.SPECIAL_CATEGORIES

    def warn(field: str, code: str, **params: str) -> None:
        warnings.append(Warning(field, code, tuple(params.items())))

    if is_dpo(project.organisation.policy_owner.role):
        warn(
            "organisation.policy_owner.role",
            "dpo_owns_policy",
        )
    everyone_discouraged = all(
        c.employee_posting is EmployeePosting.DISCOURAGED for c in project.channels
    )
    if markets.ambassadors and everyone_discouraged:
        warn("markets.ambassadors", "ambassadors_discouraged")
    if markets.webcare and Goal.CUSTOMER_SERVICE not in markets.goals:
        warn("markets.webcare", "webcare_without_goal")
    if Goal.CUSTOMER_SERVICE in markets.goals and not markets.webcare:
        warn("markets.goals", "goal_without_webcare")
    if confidentiality.photos is Photos.ALLOWED and special:
        warn("confidentiality.photos", "photos_special_data")
    if (
        confidentiality.generative_ai is GenerativeAI.APPROVED_TOOLS_ONLY
        and not confidentiality.approved_ai_tools
    ):
        warn("confidentiality.approved_ai_tools", "approved_tools_unnamed")
    if behaviour.training is Training.NONE and project.framework in (
        Framework.NEN7510,
        Framework.BIO,
    ):
        name = "NEN 7510" if project.framework is Framework.NEN7510 else "BIO2"
        warn("behaviour.training", "no_training_framework", framework=name)
    if technical.separation is Separation.STRICT and official:
        warn(
            "technical.separation",
            "strict_with_official",
            channels=_names(project, official, language),
        )
    blocked_official = [
        c
        for c in official
        if technical.separation is Separation.RESTRICTED and c in technical.blocked_channels
    ]
    if blocked_official:
        warn(
            "technical.blocked_channels",
            "official_on_blocked",
            channels=_names(project, blocked_official, language),
        )
    if technical.byod is Byod.ALLOWED and special:
        warn("technical.byod", "byod_special_data")
    if project.governance.approver.strip().casefold() == UNNAMED_APPROVER:
        warn("governance.approver", "approver_unnamed")
    if project.organisation.size in (Size.MEDIUM, Size.LARGE) and one_person(project):
        # The documents may say one person does everything only with a check by someone
        # else; from 50 people an approver who is that person leaves nobody to check.
        warn("governance.approver", "one_person_approves_all")
    warnings += _names_staying_dutch(project)
    today = today or clock.today()
    organisation = project.organisation
    if organisation.effective_date < today:
        # Jinja and the templates load with the tailoring; only for a date that has passed.
        from wizard.content.tailoring import next_review
        from wizard.content.wording import long_date

        warn(
            "organisation.effective_date",
            "effective_date_past",
            date=long_date(organisation.effective_date, language),
        )
        review = next_review(project)
        if review < today:
            warn("organisation.review_months", "review_passed", date=long_date(review, language))
    dated = [(step, project.governance.plan_item(step).due) for step in PlanStepId]
    policy_due = project.governance.plan_item(PlanStepId.POLICY).due
    effective = project.organisation.effective_date
    if policy_due and policy_due > effective:
        warn(
            "governance.plan",
            "policy_after_effective",
            due_date=policy_due.isoformat(),
            effective_date=effective.isoformat(),
        )
    steps = [(step, due) for step, due in dated if due]
    for (earlier, first), (later, second) in itertools.pairwise(steps):
        if second < first:
            warn("governance.plan", "plan_out_of_order", earlier=earlier.value, later=later.value)
            break
    if project.clauses:
        warnings += clause_warnings(project)
    warnings += law_warnings(project)
    return warnings


# The most of an answer a warning quotes: an answer may be 10,000 characters.
_QUOTED = 60  # characters


def _names_staying_dutch(project: Project) -> list[Warning]:
    """Role answers the English documents would show in Dutch: Dutch the glossary has no
    English name for, and no English name of the user's own (governance.english_names)."""
    if Language.EN not in project.output.languages:
        return []
    names = project.governance.english_names
    warnings = []
    for key in ENGLISH_NAME_KEYS:
        value: object = functools.reduce(getattr, key.split("."), project)
        if key in names or not isinstance(value, str) or is_marker(value):
            continue  # a marker: the preview's stand-in for an answer not given yet
        dutch = untranslated_role(value)
        if dutch is not None:
            quoted = dutch if len(dutch) <= _QUOTED else f"{dutch[: _QUOTED - 1].rstrip()}…"
            params = (("name", quoted), ("page", "governance"))
            warnings.append(Warning(key, "name_stays_dutch", params))
    return warnings


def _statements_in_words(ids: list[str], language: Language) -> str:
    from wizard.content.law import REGISTER

    parts = []
    for statement_id in ids:
        statement = REGISTER[statement_id]
        reason = statement.revisions[-1].reason(language).rstrip(".")
        parts.append(f"{statement.text(language)} ({reason})")
    return "; ".join(parts)


def law_warnings(project: Project) -> list[Warning]:
    """The last issued version was written with legal statements corrected since: which
    of its clauses state them now. A file issued before the register recorded no
    revisions, so it was written with the first revision of each statement."""
    if not project.history:
        return []
    from wizard.content.law import changed_since

    last = project.history[-1]
    changed = changed_since(last.legal)
    if not changed:
        return []
    # The outlines load the templates: only for a project issued under older statements.
    from wizard.content.tailoring import build_outline

    texts: list[tuple[str, str]] = []
    for document in project.output.documents:
        outline = build_outline(project, document, Language.NL)
        texts += [(clause.id, " ".join(clause_text(clause))) for clause in outline.clauses()]
    statements: list[str] = []
    clauses: list[str] = []
    for statement in changed:
        found = [clause_id for clause_id, text in texts if statement.nl in text]
        if found:
            statements.append(statement.id)
            clauses += [c for c in found if c not in clauses]
    if not statements:
        return []
    params = (
        ("version", last.version),
        ("statements", " ".join(statements)),
        ("clauses", " ".join(clauses)),
    )
    return [Warning("history", "law_changed", params)]


def clause_text(clause: Any) -> list[str]:
    from wizard.content.outline import block_texts

    return [text for block in clause.blocks for text in block_texts(block)]


def clause_warnings(project: Project) -> list[Warning]:
    """Edits that are out of date, made in one language only, or for a clause not shown."""
    # The outlines load the templates: only for a project that has edits.
    from wizard.content.clause_states import ClauseState, clause_states

    states: dict[tuple[str, Language], ClauseState] = {}
    # Only the sections of the edited clauses are rendered: an outline is costly.
    edited_ids = list(project.clauses)
    for language in project.output.languages:
        for document in project.output.documents:
            for state in clause_states(project, document, language, edited_ids):
                states.setdefault((state.id, language), state)
    present = {clause_id for clause_id, _ in states}
    both = len(project.output.languages) == 2
    warnings: list[Warning] = []
    for clause_id, edit in project.clauses.items():
        field = f"clauses.{clause_id}"
        if clause_id not in present:
            if edit.nl is not None or edit.en is not None or edit.omit:
                warnings.append(Warning(field, "clause_not_in_documents", (("id", clause_id),)))
            continue
        if edit.omit:
            continue  # left out: its text is not shown in either language
        for language in project.output.languages:
            found = states.get((clause_id, language))
            if found is not None and found.out_of_date:
                params: tuple[tuple[str, str], ...] = (
                    ("clause", clause_id),
                    ("language", language.value),
                )
                warnings.append(Warning(field, "clause_out_of_date", params))
        if both and (edit.nl is None) != (edit.en is None):
            edited = Language.NL if edit.nl is not None else Language.EN
            other = Language.EN if edited is Language.NL else Language.NL
            both_params = (
                ("clause", clause_id),
                ("language", edited.value),
                ("other", other.value),
            )
            warnings.append(Warning(field, "clause_one_language", both_params))
    return warnings

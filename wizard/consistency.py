"""Answers that contradict each other: warned about, never silently "fixed".

Each warning names the answer to look at again. The command line's ``validate``
prints them, the review page lists them, and each wizard page shows its own beside
the question.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.labels import field_label, value_label
from wizard.model import (
    Byod,
    EmployeePosting,
    Framework,
    GenerativeAI,
    Goal,
    Language,
    PersonalData,
    Photos,
    Project,
    Separation,
    Training,
)
from wizard.people import is_dpo

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
        "Webcare staat aan, maar klantenservice is geen doel. "
        "Voeg het doel toe of zet webcare uit.",
        "Webcare is on, but customer service is not a goal. Add the goal or switch webcare off.",
    ),
    "goal_without_webcare": (
        "Klantenservice is een doel, maar webcare staat uit. Zet webcare aan of haal het doel weg.",
        "Customer service is a goal, but webcare is off. Switch webcare on or remove the goal.",
    ),
    "no_training_framework": (
        "{framework} vraagt om bewustwordingstraining, maar er is geen training gekozen.",
        "{framework} calls for awareness training, but no training has been chosen.",
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
    "photos_special_data": (
        "Foto's zijn zonder voorwaarden toegestaan, terwijl er bijzondere persoonsgegevens zijn. "
        "Overweeg 'met toestemming' of 'niet toegestaan'.",
        "Photos are allowed without conditions while special categories of personal data are "
        "handled. Consider 'with consent' or 'not allowed'.",
    ),
}


@dataclass(frozen=True)
class Warning:
    field: str
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, language: Language) -> str:
        dutch, english = _TEXTS[self.code]
        # {field} is the name of the answer to look at, in the reader's language.
        text = dutch if language is Language.NL else english
        return text.format(field=field_label(self.field, language), **dict(self.params))

    def line(self, language: Language) -> str:
        return f"{self.field}: {self.message(language)}"


def _names(project: Project, ids: list[str], language: Language) -> str:
    labels = []
    for channel in project.channels:
        if channel.id.value in ids:
            labels.append(channel.label or value_label("channel", channel.id, language))
    return ", ".join(labels)


def check_consistency(project: Project, language: Language = Language.EN) -> list[Warning]:
    """Every contradiction between answers, in questionnaire order."""
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
        name = "NEN 7510" if project.framework is Framework.NEN7510 else "BIO"
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
    return warnings

"""Every clause a template may open, with the answers that shape it and the controls
(ISO/IEC 27002:2022 numbering, see wizard.content.controls) it implements.

One table for both languages, so Dutch and English clauses cannot drift apart in
what they claim to implement.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClauseInfo:
    answers: tuple[str, ...]
    controls: tuple[str, ...] = ()
    # BIO2 government measures (wizard.content.controls.BIO_MEASURES), shown only under the BIO.
    bio: tuple[str, ...] = ()


def _c(answers: str = "", controls: str = "", bio: str = "") -> ClauseInfo:
    return ClauseInfo(tuple(answers.split()), tuple(controls.split()), tuple(bio.split()))


CLAUSES: dict[str, ClauseInfo] = {
    # code of conduct
    "purpose.why": _c("organisation.name markets.segments markets.goals", "5.1"),
    "purpose.scope": _c("organisation.sector", "5.10 6.2"),
    "purpose.method": _c(
        "governance.approver technical.separation behaviour.training governance.hr_owner", "5.1"
    ),
    "channels.table": _c("channels", "5.10"),
    "channels.advice": _c("channels.id channels.employee_posting"),
    "channels.official": _c("channels.official_account governance.communications_owner", "5.10"),
    "speaking.spokespersons": _c("behaviour.spokespersons", "5.10"),
    "speaking.disclaimer": _c("behaviour.disclaimer", "5.10"),
    "speaking.press": _c("governance.communications_owner", "5.10"),
    "confidentiality.classification": _c("confidentiality.classification", "5.12"),
    "confidentiality.never_share": _c("confidentiality.never_share", "5.12 6.6 8.12"),
    "confidentiality.small_details": _c("", "8.12"),
    "privacy.law": _c("confidentiality.personal_data organisation.jurisdiction", "5.31 5.34"),
    "privacy.photos": _c("confidentiality.photos", "5.34"),
    "privacy.breach": _c("technical.incident_contact organisation.jurisdiction", "5.34 6.8"),
    "respect.tone": _c("", "5.10"),
    "respect.criticism": _c("behaviour.criticism_route", "6.2"),
    "respect.wrongdoing": _c(
        "organisation.size organisation.sector organisation.jurisdiction", "5.31"
    ),
    "respect.mistakes": _c("governance.communications_owner", "6.8"),
    "sector.rules": _c("organisation.sector", "5.31"),
    "ambassadors.sharing": _c("markets.ambassadors", "5.10"),
    "ambassadors.disclosure": _c("markets.ambassadors organisation.jurisdiction", "5.31"),
    "webcare.who": _c(
        "markets.webcare markets.webcare_response_hours behaviour.after_hours", "5.10"
    ),
    "webcare.incidents": _c("governance.communications_owner", "5.26 6.8"),
    "security.passwords": _c("technical.password_manager", "5.16 5.17", "5.16.02 5.17.02"),
    "security.mfa": _c("technical.mfa", "5.17 8.5", "5.17.01"),
    "security.phishing": _c("", "6.3 8.7"),
    "security.reporting": _c("technical.incident_contact", "6.8", "6.08.01"),
    "ai.rule": _c("confidentiality.generative_ai confidentiality.approved_ai_tools", "5.10 5.14"),
    "ai.data": _c(
        "confidentiality.generative_ai confidentiality.approved_ai_tools "
        "confidentiality.personal_data",
        "5.34 8.12",
    ),
    "ai.label": _c("confidentiality.generative_ai", "5.31"),
    "wellbeing.private_use": _c(
        "behaviour.private_use technical.separation technical.blocked_channels", "5.10"
    ),
    "wellbeing.disconnect": _c("behaviour.after_hours organisation.jurisdiction"),
    "wellbeing.support": _c(
        "behaviour.wellbeing_support behaviour.criticism_route governance.hr_owner"
    ),
    "monitoring.what": _c("behaviour.monitoring", "5.34"),
    "monitoring.consequences": _c("behaviour.sanctions organisation.sector", "6.4"),
    "contact.owner": _c(
        "organisation.policy_owner organisation.review_months governance.approver "
        "organisation.size organisation.sector organisation.jurisdiction "
        "governance.works_council_consent",
        "5.1",
    ),
    "document.control": _c(
        "organisation.version organisation.effective_date governance.approver", "5.1"
    ),
    # The version table and "changes in this version": issued versions (history).
    "document.versions": _c("organisation.version", "5.1"),
    "document.changes": _c("organisation.version", "5.1"),
    "acknowledgement.form": _c("behaviour.acknowledgement", "5.4 6.2", "5.04.03"),
    # ICT policy section
    "context.objectives": _c("organisation.name", "5.1"),
    "context.scope": _c("channels organisation.sector", "5.1"),
    "context.risks": _c("", "5.1"),
    "context.approach": _c("technical.separation", "5.1"),
    "context.framework": _c("confidentiality.framework", "5.1"),
    "roles.team": _c(
        "governance.hr_owner governance.communications_owner governance.it_owner", "5.4"
    ),
    "roles.combined": _c("organisation.size governance.it_owner", "5.4"),
    "roles.raci": _c("governance.approver", "5.4"),
    "risks.table": _c(
        "technical.separation technical.byod technical.mfa markets.ambassadors "
        "confidentiality.personal_data confidentiality.generative_ai"
    ),
    "risks.notes": _c("technical.separation markets.ambassadors confidentiality.personal_data"),
    "measures.intro": _c("confidentiality.framework"),
    "measures.separation": _c("technical.separation technical.blocked_channels", "8.23"),
    "measures.byod": _c("technical.byod", "6.7 8.1", "8.01.02"),
    "measures.accounts": _c("technical.mfa", "5.17 8.5", "5.17.01"),
    "measures.password_manager": _c(
        "technical.password_manager technical.account_register", "5.16 5.17", "5.16.02 5.17.02"
    ),
    "measures.account_table": _c(
        "channels.official_account channels.manager technical.mfa technical.account_register",
        "5.17 8.5",
    ),
    "measures.incident_steps": _c(
        "organisation.jurisdiction organisation.sector organisation.size", "5.24 5.26 6.8"
    ),
    "measures.ai": _c(
        "confidentiality.generative_ai confidentiality.approved_ai_tools governance.it_owner",
        "5.10 5.14 6.3",
    ),
    "measures.register": _c("technical.account_register", "5.9", "5.09.01"),
    "measures.offboarding": _c("technical.offboarding", "5.18 6.5"),
    "measures.incidents": _c(
        "technical.incident_contact organisation.jurisdiction organisation.sector",
        "5.24 5.25 5.26 6.8",
        "6.08.01",
    ),
    "measures.approval": _c(
        "governance.approver organisation.size organisation.sector "
        "organisation.jurisdiction governance.works_council_consent",
        "5.1 5.4 6.2",
        "5.04.02 5.04.03",
    ),
    "measures.code": _c("behaviour.acknowledgement", "5.10 5.12 5.14 5.34"),
    "measures.training": _c("behaviour.training", "6.3", "6.03.02"),
    "measures.monitoring": _c("behaviour.monitoring", "5.34"),
    "measures.sanctions": _c("behaviour.sanctions", "6.4"),
    "measures.sector": _c(
        "organisation.sector organisation.size governance.approver", "5.24 5.31 5.33", "5.24.07"
    ),
    "measures.supplier": _c(
        "governance.it_owner governance.communications_owner channels.manager", "5.19 5.20 5.23"
    ),
    "measures.recruitment": _c("markets.goals", "5.34 6.1"),
    "mapping.table": _c("confidentiality.framework"),
    "baseline.present": _c("governance.baseline governance.plan organisation.effective_date"),
    "baseline.gaps": _c("governance.baseline"),
    "plan.table": _c("governance.plan"),
    "plan.actions": _c(
        "governance.baseline technical.mfa behaviour.acknowledgement organisation.size "
        "organisation.sector organisation.jurisdiction governance.it_owner "
        "governance.works_council_consent"
    ),
    "plan.size": _c("organisation.size"),
    "assurance.review": _c("organisation.review_months organisation.effective_date", "5.1"),
    "assurance.measures": _c("behaviour.training technical.account_register", "5.1"),
    "assurance.reporting": _c("organisation.policy_owner governance.approver", "5.4"),
    "sources.list": _c("organisation.jurisdiction organisation.sector", "5.31"),
}

"""Every clause a template may open, with the answers that shape it and the controls
(ISO/IEC 27002:2022 numbering, see wizard.controls) it implements.

One table for both languages, so Dutch and English clauses cannot drift apart in
what they claim to implement.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClauseInfo:
    answers: tuple[str, ...]
    controls: tuple[str, ...] = ()


def _c(answers: str = "", controls: str = "") -> ClauseInfo:
    return ClauseInfo(tuple(answers.split()), tuple(controls.split()))


CLAUSES: dict[str, ClauseInfo] = {
    # code of conduct
    "purpose.why": _c("organisation.name markets.segments markets.goals", "5.1"),
    "purpose.scope": _c("organisation.sector", "5.10 6.2"),
    "purpose.method": _c("governance.approver technical.separation", "5.1"),
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
    "respect.mistakes": _c("governance.communications_owner", "6.8"),
    "sector.rules": _c("organisation.sector", "5.31"),
    "ambassadors.sharing": _c("markets.ambassadors", "5.10"),
    "ambassadors.disclosure": _c("markets.ambassadors organisation.jurisdiction", "5.31"),
    "webcare.who": _c(
        "markets.webcare markets.webcare_response_hours behaviour.after_hours", "5.10"
    ),
    "webcare.incidents": _c("governance.communications_owner", "5.26 6.8"),
    "security.passwords": _c("technical.password_manager", "5.17"),
    "security.mfa": _c("technical.mfa", "8.5"),
    "security.phishing": _c("", "6.3 8.7"),
    "security.reporting": _c("technical.incident_contact", "6.8"),
    "ai.rule": _c("confidentiality.generative_ai confidentiality.approved_ai_tools", "5.10 5.14"),
    "ai.data": _c("", "5.34 8.12"),
    "wellbeing.private_use": _c(
        "behaviour.private_use technical.separation technical.blocked_channels", "5.10"
    ),
    "wellbeing.disconnect": _c("behaviour.after_hours"),
    "wellbeing.support": _c("behaviour.wellbeing_support behaviour.criticism_route"),
    "monitoring.what": _c("behaviour.monitoring", "8.16"),
    "monitoring.consequences": _c("behaviour.sanctions", "6.4"),
    "contact.owner": _c(
        "organisation.policy_owner organisation.review_months governance.approver", "5.1"
    ),
    "document.control": _c(
        "organisation.version organisation.effective_date governance.approver", "5.1"
    ),
    "acknowledgement.form": _c("behaviour.acknowledgement", "6.2"),
    # ICT policy section
    "context.objectives": _c("organisation.name", "5.1"),
    "context.scope": _c("channels", "5.1"),
    "context.risks": _c("", "5.1"),
    "context.approach": _c("technical.separation", "5.1"),
    "context.framework": _c("confidentiality.framework", "5.1"),
    "roles.team": _c(
        "governance.hr_owner governance.communications_owner governance.it_owner", "5.4"
    ),
    "roles.combined": _c("organisation.size", "5.4"),
    "roles.raci": _c("governance.approver", "5.4"),
    "risks.table": _c(
        "technical.separation technical.byod technical.mfa markets.ambassadors "
        "confidentiality.personal_data confidentiality.generative_ai"
    ),
    "risks.notes": _c("technical.separation markets.ambassadors confidentiality.personal_data"),
    "measures.intro": _c("confidentiality.framework"),
    "measures.separation": _c("technical.separation technical.blocked_channels", "8.7 8.23"),
    "measures.byod": _c("technical.byod", "6.7 8.1"),
    "measures.accounts": _c("technical.mfa", "5.17 8.5"),
    "measures.password_manager": _c("technical.password_manager", "5.17"),
    "measures.account_table": _c(
        "channels.official_account channels.manager technical.mfa technical.account_register",
        "5.17 8.5",
    ),
    "measures.incident_steps": _c("organisation.jurisdiction", "5.24 5.26 6.8"),
    "measures.ai": _c(
        "confidentiality.generative_ai confidentiality.approved_ai_tools", "5.10 5.14 6.3"
    ),
    "measures.register": _c("technical.account_register", "5.10"),
    "measures.offboarding": _c("technical.offboarding", "5.11 6.5"),
    "measures.incidents": _c(
        "technical.incident_contact organisation.jurisdiction", "5.24 5.26 6.8"
    ),
    "measures.approval": _c("governance.approver", "5.1 5.4 6.2"),
    "measures.code": _c("behaviour.acknowledgement", "5.10 5.12 5.14 5.34"),
    "measures.training": _c("behaviour.training", "6.3"),
    "measures.monitoring": _c("behaviour.monitoring", "8.16"),
    "measures.sanctions": _c("behaviour.sanctions", "6.4"),
    "mapping.table": _c("confidentiality.framework"),
    "baseline.present": _c("governance.baseline"),
    "baseline.gaps": _c("governance.baseline"),
    "plan.table": _c("governance.plan"),
    "plan.actions": _c("governance.baseline technical.mfa behaviour.acknowledgement"),
    "plan.size": _c("organisation.size"),
    "assurance.review": _c("organisation.review_months organisation.effective_date", "5.1"),
    "assurance.measures": _c("behaviour.training technical.account_register", "5.1"),
    "assurance.reporting": _c("organisation.policy_owner governance.approver", "5.4"),
}

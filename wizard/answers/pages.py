"""The question pages: which questions each page asks, in order, and its title.

One source of truth for the window (its steps, the review page) and for the workshop
report, which has no Qt. A question's key is its answer widget's object name
(``behaviour.monitoring``, ``channels.linkedin``); a note is stored under it, or under
the page's key for a note about the page as a whole.
"""

from __future__ import annotations

from wizard.language import Language


class Page:
    """A page: its key, its title in both languages and its questions' keys in order.

    A plain class, not a dataclass: the window reads the titles before its first paint,
    and ``dataclasses`` brings ``inspect`` with it (ten milliseconds at start).
    """

    __slots__ = ("_questions", "key", "title_en", "title_nl")

    def __init__(
        self, key: str, title_nl: str, title_en: str, questions: tuple[str, ...] = ()
    ) -> None:
        self.key, self.title_nl, self.title_en = key, title_nl, title_en
        self._questions = questions

    @property
    def questions(self) -> tuple[str, ...]:
        if self.key == "channels" and not self._questions:
            # The channel table: one question per channel, its row. The choices are
            # read when first needed, after the window's first paint.
            from wizard.answers.choices import ChannelId

            self._questions = tuple(f"channels.{c.value}" for c in ChannelId)
        return self._questions

    def title(self, language: Language) -> str:
        return self.title_nl if language is Language.NL else self.title_en


PAGES: tuple[Page, ...] = (
    Page(
        "organisation",
        "Organisatie",
        "Organisation",
        (
            "organisation.name",
            "organisation.sector",
            "organisation.size",
            "organisation.policy_owner.name",
            "organisation.policy_owner.role",
            "organisation.policy_owner.email",
            "organisation.jurisdiction",
            "organisation.style",
            "organisation.effective_date",
            "organisation.version",
            "organisation.review_months",
            "organisation.logo",
        ),
    ),
    Page("channels", "Kanalen", "Channels"),
    Page(
        "markets",
        "Markten en doelen",
        "Markets and goals",
        (
            "markets.segments",
            "markets.goals",
            "markets.ambassadors",
            "markets.webcare",
            "markets.webcare_response_hours",
        ),
    ),
    Page(
        "confidentiality",
        "Vertrouwelijkheid",
        "Confidentiality",
        (
            "confidentiality.framework",
            "confidentiality.classification",
            "confidentiality.never_share",
            "confidentiality.personal_data",
            "confidentiality.photos",
            "confidentiality.generative_ai",
            "confidentiality.approved_ai_tools",
        ),
    ),
    Page(
        "behaviour",
        "Gedrag",
        "Behaviour",
        (
            "behaviour.spokespersons",
            "behaviour.disclaimer",
            "behaviour.private_use",
            "behaviour.criticism_route",
            "behaviour.after_hours",
            "behaviour.wellbeing_support",
            "behaviour.training",
            "behaviour.monitoring",
            "behaviour.sanctions",
            "behaviour.acknowledgement",
        ),
    ),
    Page(
        "technical",
        "Technische maatregelen",
        "Technical measures",
        (
            "technical.separation",
            "technical.blocked_channels",
            "technical.byod",
            "technical.mfa",
            "technical.password_manager",
            "technical.account_register",
            "technical.offboarding",
            "technical.incident_contact",
        ),
    ),
    Page(
        "governance",
        "Organisatie van het beleid",
        "Governance and plan",
        (
            "governance.hr_owner",
            "governance.communications_owner",
            "governance.it_owner",
            "governance.approver",
            "governance.works_council_consent",
            "governance.baseline",
            "governance.plan",
        ),
    ),
)

PAGE_KEYS: tuple[str, ...] = tuple(page.key for page in PAGES)


def page(key: str) -> Page:
    for candidate in PAGES:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def page_of(key: str) -> str | None:
    """The page that asks a dotted key (or the page's own key); None for no page."""
    head = key.split(".")[0]
    return head if head in PAGE_KEYS else None


def question_of(key: str) -> str | None:
    """The question a dotted key belongs to (``channels.x.manager`` → ``channels.x``)."""
    found = page_of(key)
    if found is None:
        return None
    holders = [q for q in page(found).questions if key == q or key.startswith(f"{q}.")]
    return max(holders, key=len) if holders else None


def is_note_key(key: str) -> bool:
    """A page's key or one of its questions' keys: what a note may be about."""
    return key in PAGE_KEYS or any(key in p.questions for p in PAGES)

"""The project: every answer of the questionnaire, validated.

Keys, enum values and defaults are those of the project file format, version 3, which
``docs/project-file.md`` describes; ``docs/policy-project.schema.json`` is generated
from this model (``python docs/make_schema.py``), and a test fails when it is stale.
The model is the one source of truth for answers: the command line, the wizard and
the tailoring all read it. Cross-field rules raise ``PydanticCustomError`` with a
stable type, which ``wizard.answers.messages`` turns into a Dutch or English sentence.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from wizard import clock
from wizard.answers.choices import (
    UNNAMED_APPROVER,
    AfterHours,
    BaselineItem,
    Byod,
    ChannelId,
    Classification,
    CriticismRoute,
    DocumentKind,
    EmployeePosting,
    Framework,
    GenerativeAI,
    Goal,
    Jurisdiction,
    Monitoring,
    PersonalData,
    Photos,
    PlanStepId,
    PrivateUse,
    Sanctions,
    Sector,
    Segment,
    SensitiveInfo,
    Separation,
    Size,
    Spokespersons,
    Style,
    Training,
)
from wizard.language import Language
from wizard.sanitise import clean_text, one_line

SCHEMA_VERSION = 3


# --- reusable field types -------------------------------------------------------------

E = TypeVar("E", bound=StrEnum)


def _clean(value: Any) -> Any:
    # Answers are names, roles and short phrases: one line each, without what XML
    # cannot hold, so that what is saved is exactly what the documents show.
    return one_line(value) if isinstance(value, str) else value


def _blank_to_none(value: Any) -> Any:
    value = _clean(value)
    return None if value == "" else value


def _path_or_none(value: Any) -> Any:
    # A path keeps its inner spaces; only what XML cannot hold and the ends go.
    if isinstance(value, str):
        value = clean_text(value).strip()
        return value or None
    return value


# Default factories are Python functions, not builtins such as list or date.today:
# pydantic inspects each factory's signature, and for a builtin Python parses it with
# the tokenizer, whose pattern alone takes milliseconds to compile at start-up.
def _no_items() -> list[Any]:
    return []


def _today() -> date:
    return clock.today()


TEXT_LIMIT = 10_000  # generous: a limit exists so that a damaged file cannot flood a document
RequiredText = Annotated[str, BeforeValidator(_clean), Field(min_length=1, max_length=TEXT_LIMIT)]
OptionalText = Annotated[
    Annotated[str, Field(max_length=TEXT_LIMIT)] | None, BeforeValidator(_blank_to_none)
]
OptionalPath = Annotated[
    Annotated[str, Field(max_length=4096)] | None, BeforeValidator(_path_or_none)
]


def _clean_block(value: Any) -> Any:
    # Longer texts (a clause, a note) keep their line breaks: a blank line separates
    # paragraphs and "- " starts a bullet. Trailing spaces and blank ends go.
    if isinstance(value, str):
        lines = [line.rstrip() for line in clean_text(value).split("\n")]
        return "\n".join(lines).strip("\n")
    return value


def _blank_block_to_none(value: Any) -> Any:
    value = _clean_block(value)
    return None if isinstance(value, str) and not value.strip() else value


BLOCK_LIMIT = 20_000  # a clause or a note of several pages is still far below this
OptionalBlock = Annotated[
    Annotated[str, Field(max_length=BLOCK_LIMIT)] | None, BeforeValidator(_blank_block_to_none)
]
RequiredBlock = Annotated[
    str, BeforeValidator(_clean_block), Field(min_length=1, max_length=BLOCK_LIMIT)
]
# A clause id as registered with the content ("channels.advice"); a note's key is a
# question key ("behaviour.monitoring", "channels.linkedin") or a page key ("channels").
ClauseId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$", max_length=120)]
NoteKey = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$", max_length=120)]
Fingerprint = Annotated[str, Field(pattern=r"^[0-9a-f]{8,64}$")]


def is_marker(value: Any) -> bool:
    """A preview's stand-in for an open or unfinished answer: its label in brackets."""
    return isinstance(value, str) and len(value) > 2 and value[0] == "[" and value[-1] == "]"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_email(value: str | None, info: ValidationInfo) -> str | None:
    if info.context and info.context.get("markers") and is_marker(value):
        return value  # the live preview shows an address being typed as [its label]
    if value is not None and not _EMAIL.match(value):
        raise PydanticCustomError("email", "not an e-mail address")
    return value


Email = Annotated[OptionalText, AfterValidator(_check_email)]

# Every date of a project lies in this range: a policy, its review (up to 36 months
# later) and its plan stay far from the year 9999, where date arithmetic overflows.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def _in_range(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise PydanticCustomError(
            "date_range",
            "the date must lie between {first} and {last}",
            {"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
        )
    return value


Day = Annotated[date, AfterValidator(_in_range)]


def _unique_in_order(members: list[E]) -> list[E]:
    """A JSON "set": order of the enum, each value once, so saved files stay stable."""
    if not members:
        return members
    order = list(type(members[0]))
    return sorted(set(members), key=order.index)


def _at_least_one(members: list[Any]) -> list[Any]:
    if not members:
        raise PydanticCustomError("at_least_one", "choose at least one")
    return members


def enum_set(*, at_least_one: bool = False) -> Any:
    validators: list[Any] = [AfterValidator(_unique_in_order)]
    if at_least_one:
        validators.append(AfterValidator(_at_least_one))
    return validators


class _Section(BaseModel):
    # Unknown keys are refused: in a hand-edited file they are nearly always typos,
    # and silently ignoring them would drop an answer the user believes is there.
    # defer_build: a section's own validator is built when that section is first used on
    # its own (an answer changed in the window, a default made); loading a project needs
    # only Project's, which holds every section's schema. Building all fifteen at import
    # cost `generate` some 15 ms for validators it never used.
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, use_enum_values=False, defer_build=True
    )


# --- the sections -----------------------------------------------------------------------


def _unique_as_written(members: list[E]) -> list[E]:
    """Each value once, in the file's order: the first language is the project's main one
    (the calendar's and the workshop report's), so its order is kept."""
    return list(dict.fromkeys(members))


class Output(_Section):
    languages: Annotated[
        list[Language], AfterValidator(_unique_as_written), AfterValidator(_at_least_one)
    ] = Field(default_factory=lambda: [Language.NL])
    documents: Annotated[list[DocumentKind], *enum_set(at_least_one=True)] = Field(
        default_factory=lambda: [DocumentKind.CODE_OF_CONDUCT, DocumentKind.ICT_POLICY]
    )
    # A .docx or .dotx, relative to the project file's folder; None: the built-in style.
    house_style: OptionalPath = None


class PolicyOwner(_Section):
    name: OptionalText = None
    role: RequiredText
    email: Email = None


class Organisation(_Section):
    name: Annotated[str, BeforeValidator(_clean), Field(min_length=1, max_length=120)]
    sector: Sector = Sector.GENERAL
    size: Size = Size.SMALL
    jurisdiction: Jurisdiction = Jurisdiction.NL
    style: Style = Style.INFORMAL
    policy_owner: PolicyOwner
    effective_date: Day = Field(default_factory=_today)
    version: Annotated[str, BeforeValidator(_clean), Field(min_length=1, max_length=20)] = "1.0"
    review_months: int = Field(default=12, ge=3, le=36)
    logo: OptionalPath = None


class ChannelUse(_Section):
    id: ChannelId
    label: OptionalText = None
    official_account: bool = False
    manager: OptionalText = None
    employee_posting: EmployeePosting = EmployeePosting.ALLOWED

    @model_validator(mode="after")
    def _rules(self) -> ChannelUse:
        if self.id is ChannelId.OTHER and not self.label:
            raise PydanticCustomError("label_required", "a label is required for other")
        if self.official_account and not self.manager:
            raise PydanticCustomError("manager_required", "a manager is required")
        return self


class Markets(_Section):
    segments: Annotated[list[Segment], *enum_set(at_least_one=True)] = Field(
        default_factory=lambda: [Segment.BUSINESS]
    )
    goals: Annotated[list[Goal], *enum_set()] = Field(default_factory=lambda: [Goal.MARKETING])
    ambassadors: bool = False
    webcare: bool = False
    webcare_response_hours: int = Field(default=24, ge=1, le=168)


class Confidentiality(_Section):
    # None means "not answered": the sector decides (see Project._derive_framework).
    framework: Framework | None = None
    classification: Classification = Classification.THREE_LEVEL
    never_share: Annotated[list[SensitiveInfo], *enum_set()] = Field(
        default_factory=lambda: [SensitiveInfo.CUSTOMER_DATA, SensitiveInfo.SECURITY_DETAILS]
    )
    personal_data: PersonalData = PersonalData.REGULAR
    photos: Photos = Photos.WITH_CONSENT
    generative_ai: GenerativeAI = GenerativeAI.APPROVED_TOOLS_ONLY
    approved_ai_tools: list[RequiredText] = Field(default_factory=_no_items, max_length=20)


class Behaviour(_Section):
    spokespersons: Spokespersons = Spokespersons.DESIGNATED
    disclaimer: bool = True
    private_use: PrivateUse = PrivateUse.BREAKS
    criticism_route: CriticismRoute = CriticismRoute.MANAGER
    after_hours: AfterHours = AfterHours.NO_EXPECTATION
    wellbeing_support: bool = True
    training: Training = Training.ONBOARDING
    monitoring: Monitoring = Monitoring.PUBLIC_MENTIONS
    sanctions: Sanctions = Sanctions.GRADED
    acknowledgement: bool = True


class Technical(_Section):
    separation: Separation = Separation.OPEN
    blocked_channels: Annotated[list[ChannelId], *enum_set()] = Field(default_factory=_no_items)
    byod: Byod = Byod.ALLOWED_MANAGED
    mfa: bool = True
    password_manager: bool = True
    account_register: bool = True
    offboarding: bool = True
    incident_contact: RequiredText


class PlanItem(_Section):
    step: PlanStepId
    owner: OptionalText = None
    due: Day | None = None


def _default_plan() -> list[PlanItem]:
    return [PlanItem(step=step) for step in PlanStepId]


# The answers that name a role and may get an English name of their own.
EnglishNameKey = Literal[
    "governance.hr_owner",
    "governance.communications_owner",
    "governance.it_owner",
    "governance.approver",
    "organisation.policy_owner.role",
    "technical.incident_contact",
]
ENGLISH_NAME_KEYS: tuple[str, ...] = get_args(EnglishNameKey)


class Governance(_Section):
    hr_owner: RequiredText
    communications_owner: RequiredText
    it_owner: RequiredText
    approver: RequiredText = UNNAMED_APPROVER
    # Whether the works council has consented to the code (WOR art. 27); the documents
    # claim that consent only when this records it.
    works_council_consent: bool = False
    # The English documents' name for a role answer typed in Dutch ("Raad van Bestuur" ->
    # "Board of Directors"), where the glossary's name is not the one the user wants.
    english_names: dict[EnglishNameKey, RequiredText] = Field(default_factory=dict)
    baseline: Annotated[list[BaselineItem], *enum_set()] = Field(default_factory=_no_items)
    plan: list[PlanItem] = Field(default_factory=_default_plan)

    @model_validator(mode="after")
    def _steps_once(self) -> Governance:
        seen: set[PlanStepId] = set()
        for item in self.plan:
            if item.step in seen:
                raise PydanticCustomError(
                    "duplicate_step", "step {step} appears twice", {"step": item.step.value}
                )
            seen.add(item.step)
        return self

    def plan_item(self, step: PlanStepId) -> PlanItem:
        """The plan row for ``step``; a step left out of the file is shown without owner."""
        for item in self.plan:
            if item.step is step:
                return item
        return PlanItem(step=step)


# --- version 2: what the consultant adds around the answers ----------------------------


class ClauseEdit(_Section):
    """A clause whose generated text was replaced or left out.

    ``based_on`` holds, per language, the fingerprint of the generated text the edit
    replaced, so a later change of that text (an answer changed) can be flagged.
    """

    nl: OptionalBlock = None
    en: OptionalBlock = None
    omit: bool = False
    based_on: dict[Language, Fingerprint] = Field(default_factory=dict)
    # The generated text the edit replaced, per language, so that when it changes the
    # window can show the old and the new generated text side by side. Optional: a file
    # written by hand may carry only the fingerprint.
    replaced: dict[Language, OptionalBlock] = Field(default_factory=dict)

    def text(self, language: Language) -> str | None:
        return self.nl if language is Language.NL else self.en


class Decision(_Section):
    date: Day
    topic: RequiredText  # free text, or a question key such as "behaviour.monitoring"
    decision: RequiredBlock
    by: OptionalText = None
    reason: OptionalBlock = None


# The parts of a project that are answers; a version's snapshot holds exactly these.
ANSWER_SECTIONS = (
    "output",
    "organisation",
    "channels",
    "markets",
    "confidentiality",
    "behaviour",
    "technical",
    "governance",
)


LegalStatementId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9.:_-]{0,39}$")]


SNAPSHOT_DEPTH = 8  # answers > governance > plan > item > due is 4 deep
SNAPSHOT_VALUES = 20_000  # the fullest project has about 1,000


def _checked_snapshot(value: Any) -> Any:
    """A version's answers as the file holds them: only answer sections (and the clause
    edits' texts, see ``wizard.answers.versions.snapshot``), a project's depth and size,
    every text cleaned (keys too) as answers are.

    A snapshot keeps what an older release wrote (values that no longer exist are shown
    as written), so its answers are not validated as answers; but nothing deeper, larger
    or other than JSON text, numbers and lists is taken.
    """
    if not isinstance(value, dict):
        return value  # pydantic names the wrong type
    if not set(value) <= {*ANSWER_SECTIONS, "clauses"}:
        raise PydanticCustomError("snapshot_invalid", "not the answer sections")
    count = 0

    def cleaned(node: Any, depth: int) -> Any:
        nonlocal count
        count += 1
        if depth > SNAPSHOT_DEPTH or count > SNAPSHOT_VALUES:
            raise PydanticCustomError("snapshot_invalid", "too deep or too large")
        if isinstance(node, str):
            return clean_text(node)
        if isinstance(node, dict):
            return {clean_text(str(k)): cleaned(v, depth + 1) for k, v in node.items()}
        if isinstance(node, list):
            return [cleaned(item, depth + 1) for item in node]
        if node is None or isinstance(node, bool | int | float):
            return node
        raise PydanticCustomError("snapshot_invalid", "not JSON")

    return cleaned(value, 0)


class IssuedVersion(_Section):
    version: Annotated[str, BeforeValidator(_clean), Field(min_length=1, max_length=20)]
    date: Day
    summary: OptionalBlock = None
    approved_by: OptionalText = None
    # The answer sections as they were when this version was issued (project-file shape).
    answers: Annotated[dict[str, Any], BeforeValidator(_checked_snapshot)] = Field(
        default_factory=dict
    )
    # The revision of each legal statement the documents were written with (see
    # wizard.content.law). Absent in files issued before the register: those were written
    # with the first revision of every statement.
    legal: dict[LegalStatementId, Annotated[int, Field(ge=1, le=10_000)]] = Field(
        default_factory=dict, max_length=500
    )
    # Version 3: whether staff must acknowledge this version (again). A version that
    # changes nothing material asks nobody to sign; an earlier acknowledgement holds.
    acknowledge: bool = True


FRAMEWORK_BY_SECTOR = {Sector.HEALTHCARE: Framework.NEN7510, Sector.GOVERNMENT: Framework.BIO}


def default_framework(sector: Sector) -> Framework:
    return FRAMEWORK_BY_SECTOR.get(sector, Framework.ISO27002)


class Project(_Section):
    # Built at import: every command loads a project first.
    model_config = ConfigDict(defer_build=False)

    schema_version: int = SCHEMA_VERSION
    output: Output = Field(default_factory=lambda: Output())
    organisation: Organisation
    channels: list[ChannelUse] = Field(min_length=1)
    markets: Markets = Field(default_factory=lambda: Markets())
    confidentiality: Confidentiality = Field(default_factory=lambda: Confidentiality())
    behaviour: Behaviour = Field(default_factory=lambda: Behaviour())
    technical: Technical
    governance: Governance
    # Version 2
    clauses: dict[ClauseId, ClauseEdit] = Field(default_factory=dict)
    notes: dict[NoteKey, RequiredBlock] = Field(default_factory=dict)
    decisions: list[Decision] = Field(default_factory=_no_items, max_length=1000)
    history: list[IssuedVersion] = Field(default_factory=_no_items, max_length=500)

    @field_validator("notes", mode="before")
    @classmethod
    def _drop_blank_notes(cls, value: Any) -> Any:
        # A note emptied in the window or the file is no note, not an error.
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if not (isinstance(v, str) and not v.strip())}
        return value

    @model_validator(mode="after")
    def _project_rules(self) -> Project:
        seen: set[ChannelId] = set()
        for channel in self.channels:
            if channel.id in seen:
                raise PydanticCustomError(
                    "duplicate_channel",
                    "channel {channel} appears twice",
                    {"channel": channel.id.value},
                )
            seen.add(channel.id)
        if self.confidentiality.framework is None:
            # Bypass validate_assignment: this runs inside validation already.
            object.__setattr__(
                self.confidentiality, "framework", default_framework(self.organisation.sector)
            )
        return self

    @property
    def framework(self) -> Framework:
        return self.confidentiality.framework or default_framework(self.organisation.sector)

    def channel(self, channel_id: ChannelId) -> ChannelUse | None:
        for channel in self.channels:
            if channel.id is channel_id:
                return channel
        return None

    def answers_snapshot(self) -> dict[str, Any]:
        """The answer sections in the file's shape: what an issued version records."""
        return self.model_dump(mode="json", include=set(ANSWER_SECTIONS))


# The enums are part of the model's interface; they live in wizard.answers.choices.
__all__ = [
    "ANSWER_SECTIONS",
    "BLOCK_LIMIT",
    "FRAMEWORK_BY_SECTOR",
    "SCHEMA_VERSION",
    "TEXT_LIMIT",
    "UNNAMED_APPROVER",
    "AfterHours",
    "BaselineItem",
    "Behaviour",
    "Byod",
    "ChannelId",
    "ChannelUse",
    "Classification",
    "ClauseEdit",
    "ClauseId",
    "Confidentiality",
    "CriticismRoute",
    "Decision",
    "DocumentKind",
    "Email",
    "EmployeePosting",
    "Framework",
    "GenerativeAI",
    "Goal",
    "Governance",
    "IssuedVersion",
    "Jurisdiction",
    "Language",
    "Markets",
    "Monitoring",
    "OptionalText",
    "Organisation",
    "Output",
    "PersonalData",
    "Photos",
    "PlanItem",
    "PlanStepId",
    "PolicyOwner",
    "PrivateUse",
    "Project",
    "RequiredText",
    "Sanctions",
    "Sector",
    "Segment",
    "SensitiveInfo",
    "Separation",
    "Size",
    "Spokespersons",
    "Style",
    "Technical",
    "Training",
    "default_framework",
    "enum_set",
]

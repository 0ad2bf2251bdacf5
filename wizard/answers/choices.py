"""The answers' fixed choices: every enum of the questionnaire, without pydantic.

The values are those of the project file format (``docs/project-file.md``): changing
one changes the format. Kept apart from ``wizard.answers.model`` so that the window can use
them without building the model's validators; the languages are in
``wizard.language``, which the window needs before its first paint.
"""

from __future__ import annotations

from enum import StrEnum

# The approver's default answer: it names nobody. The documents then say who approves in
# words that hold for any organisation ("de leiding van ...") and leave the name in the
# document control to fill in; the review page lists it as open.
UNNAMED_APPROVER = "management"


class DocumentKind(StrEnum):
    CODE_OF_CONDUCT = "code_of_conduct"
    ICT_POLICY = "ict_policy"


class Sector(StrEnum):
    GENERAL = "general"
    HEALTHCARE = "healthcare"
    GOVERNMENT = "government"
    EDUCATION = "education"
    FINANCIAL = "financial"
    RETAIL = "retail"
    HOSPITALITY = "hospitality"
    PROFESSIONAL_SERVICES = "professional_services"
    NONPROFIT = "nonprofit"
    INDUSTRY = "industry"
    HOUSING = "housing"
    PERSONAL_SERVICES = "personal_services"
    OTHER = "other"


class Size(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class Jurisdiction(StrEnum):
    NL = "nl"
    EU = "eu"
    OTHER = "other"


class Style(StrEnum):
    INFORMAL = "informal"
    FORMAL = "formal"


class ChannelId(StrEnum):
    LINKEDIN = "linkedin"
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    THREADS = "threads"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    WHATSAPP = "whatsapp"
    VIVA_ENGAGE = "viva_engage"
    TEAMS = "teams"
    BLOG = "blog"
    REVIEW_SITES = "review_sites"
    OTHER = "other"


class EmployeePosting(StrEnum):
    ENCOURAGED = "encouraged"
    ALLOWED = "allowed"
    DISCOURAGED = "discouraged"


class Segment(StrEnum):
    BUSINESS = "business"
    SMB = "smb"
    CONSUMER = "consumer"


class Goal(StrEnum):
    MARKETING = "marketing"
    RECRUITMENT = "recruitment"
    CUSTOMER_SERVICE = "customer_service"
    INTERNAL_COMMUNICATION = "internal_communication"
    THOUGHT_LEADERSHIP = "thought_leadership"
    COMMUNITY = "community"
    CRISIS_COMMUNICATION = "crisis_communication"


class Framework(StrEnum):
    NONE = "none"
    ISO27002 = "iso27002"
    NEN7510 = "nen7510"
    BIO = "bio"


class Classification(StrEnum):
    NONE = "none"
    THREE_LEVEL = "three_level"
    FOUR_LEVEL = "four_level"


class SensitiveInfo(StrEnum):
    CUSTOMER_DATA = "customer_data"
    PATIENT_DATA = "patient_data"
    EMPLOYEE_DATA = "employee_data"
    FINANCIALS = "financials"
    PRICING_CONTRACTS = "pricing_contracts"
    UNRELEASED_PRODUCTS = "unreleased_products"
    SECURITY_DETAILS = "security_details"
    INCIDENTS = "incidents"
    LEGAL_MATTERS = "legal_matters"


class PersonalData(StrEnum):
    NONE = "none"
    REGULAR = "regular"
    SPECIAL_CATEGORIES = "special_categories"


class Photos(StrEnum):
    ALLOWED = "allowed"
    WITH_CONSENT = "with_consent"
    FORBIDDEN = "forbidden"


class GenerativeAI(StrEnum):
    FORBIDDEN = "forbidden"
    APPROVED_TOOLS_ONLY = "approved_tools_only"
    ALLOWED_WITHOUT_CONFIDENTIAL = "allowed_without_confidential"


class Spokespersons(StrEnum):
    DESIGNATED = "designated"
    TRAINED = "trained"
    EVERYONE = "everyone"


class PrivateUse(StrEnum):
    NOT_ALLOWED = "not_allowed"
    BREAKS = "breaks"
    REASONABLE = "reasonable"


class CriticismRoute(StrEnum):
    MANAGER = "manager"
    CONFIDENTIAL_ADVISER = "confidential_adviser"
    HR = "hr"


class AfterHours(StrEnum):
    NO_EXPECTATION = "no_expectation"
    OFFICIAL_ACCOUNTS_ROTA = "official_accounts_rota"


class Training(StrEnum):
    NONE = "none"
    ONBOARDING = "onboarding"
    ONBOARDING_AND_ANNUAL = "onboarding_and_annual"


class Monitoring(StrEnum):
    NONE = "none"
    PUBLIC_MENTIONS = "public_mentions"


class Sanctions(StrEnum):
    GUIDANCE = "guidance"
    GRADED = "graded"


class Separation(StrEnum):
    OPEN = "open"
    RESTRICTED = "restricted"
    STRICT = "strict"


class Byod(StrEnum):
    NOT_ALLOWED = "not_allowed"
    ALLOWED_MANAGED = "allowed_managed"
    ALLOWED = "allowed"


class BaselineItem(StrEnum):
    ICT_POLICY_PLAN = "ict_policy_plan"
    CODE_OF_CONDUCT = "code_of_conduct"
    ACCOUNT_REGISTER = "account_register"
    AWARENESS_TRAINING = "awareness_training"
    INCIDENT_PROCEDURE = "incident_procedure"
    ISMS = "isms"


class PlanStepId(StrEnum):
    BASELINE = "baseline"
    POLICY = "policy"
    PLAN_OF_ACTION = "plan_of_action"
    IMPLEMENTATION = "implementation"
    ASSURANCE = "assurance"

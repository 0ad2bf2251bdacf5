"""How the people and roles a user typed read in running text.

An answer such as ``governance.communications_owner`` may hold a name ("Bas de Vries"),
a role ("Manager Communicatie"), a team ("CERT-team") or an address. A name is printed as
typed; a role or team gets its article and loses the capitals a form invites, so it reads
naturally mid-sentence: "vraag het aan de manager communicatie", "meld het bij het
CERT-team", "ask the communications manager".
"""

from __future__ import annotations

import functools
import re

from wizard.language import Language

# The last part of a Dutch or English word that makes it a role or a team.
_DE_ROLES = (
    "manager",
    "directeur",
    "directie",
    "eigenaar",
    "adviseur",
    "medewerker",
    "coördinator",
    "coordinator",
    "functionaris",
    "afdeling",
    "servicedesk",
    "helpdesk",
    "raad",
    "secretaris",
    "voorzitter",
    "leider",
    "leidinggevende",
    "beheerder",
    "officer",
    "specialist",
    "beveiliger",
    "ciso",
    "partners",
    "vennoten",
    "staf",
)
_HET_ROLES = (
    "team",
    "bestuur",
    "management",
    "managementteam",
    "hoofd",
    "secretariaat",
    "college",
    "bureau",
    "loket",
    "meldpunt",
)
_EN_ROLES = (
    "manager",
    "director",
    "officer",
    "adviser",
    "advisor",
    "team",
    "desk",
    "lead",
    "head",
    "coordinator",
    "owner",
    "board",
    "department",
    "administrator",
    "specialist",
    "partners",
    "management",
)
# Common English answers and their Dutch wording, so Dutch text never says
# "the management board stelt ... vast".
_ENGLISH_TO_DUTCH = {
    "management": "het management",
    "the management": "het management",
    "management board": "de directie",
    "the management board": "de directie",
    "board": "het bestuur",
    "the board": "het bestuur",
    "board of directors": "de raad van bestuur",
    "the board of directors": "de raad van bestuur",
    "owner": "de eigenaar",
    "the owner": "de eigenaar",
    "director": "de directeur",
    "the director": "de directeur",
    "managing director": "de directeur",
    "the managing director": "de directeur",
    "partners": "de partners",
    "the partners": "de partners",
}
_ARTICLES = ("de ", "het ", "een ", "the ", "a ", "an ")
_WORD = re.compile(r"[\w\-]+", re.UNICODE)
_DIGIT = re.compile(r"\d")


def _words(value: str) -> list[str]:
    # "Ahmed El Idrissi (HR-adviseur)" is a person: only the part before "(" counts.
    return _WORD.findall(value.split("(")[0].lower())


@functools.cache
def _role_ending(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """A word that ends in one of ``suffixes`` ("adviseur", "HR-adviseur", "teamleider").

    One regular expression instead of a loop over words and suffixes: an answer may be
    10,000 characters long, and the loop made a long answer cost a second per document.
    """
    ending = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(rf"(?:{ending})(?![\w\-])")


def _is_role_word(word: str, suffixes: tuple[str, ...]) -> bool:
    return _role_ending(suffixes).search(word) is not None


# Pure, and asked for the same answers in every section and on every preview refresh.
@functools.lru_cache(maxsize=2048)
def is_role(value: str, language: Language) -> bool:
    """True for a role or team ("HR-adviseur", "CERT-team"), false for a name or address."""
    text = value.strip()
    if not text or "@" in text or _DIGIT.search(text):
        return False
    words = _words(text)
    if not words:
        return False
    suffixes = (*_DE_ROLES, *_HET_ROLES) if language is Language.NL else _EN_ROLES
    if language is Language.NL and words[0] in ("de", "het"):
        return True
    if language is Language.EN and words[0] == "the":
        return True
    # Words are [\w-]+ runs and no suffix holds a space, so a suffix that ends at a word's
    # end in the joined text is a word that ends in it.
    return _role_ending(suffixes).search(" ".join(words)) is not None


def _lower_title_case(text: str) -> str:
    """ "Manager Communicatie" -> "manager communicatie"; "HR-adviseur", "ICT" stay."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) > 1 and word[0].isupper() and word[1:].islower():
            return word.lower()
        return word

    return _WORD.sub(fix, text)


# Pure, and asked for the same answers in every section and on every preview refresh.
@functools.lru_cache(maxsize=2048)
def role_phrase(value: str, language: Language, *, role: bool = False) -> str:
    """The answer as it reads mid-sentence: with an article when it names a role.

    ``role=True`` for an answer that is a role by definition (the policy owner's role).
    """
    text = value.strip()
    if language is Language.NL and text.lower() in _ENGLISH_TO_DUTCH:
        return _ENGLISH_TO_DUTCH[text.lower()]
    if language is Language.EN and not (role or is_role(text, language)):
        # A Dutch role in an English text keeps its Dutch spelling but takes "the":
        # "the HR-adviseur", "the Raad van Bestuur".
        return f"the {text}" if is_role(text, Language.NL) else text
    if not (role or is_role(text, language)):
        return text
    lowered = _lower_title_case(text)
    if lowered.lower().startswith(_ARTICLES):
        return lowered[0].lower() + lowered[1:]
    if language is Language.EN:
        return f"the {lowered}"
    words = _words(text)
    article = "het" if words and _is_role_word(words[0], _HET_ROLES) else "de"
    return f"{article} {lowered}"


def bare_role(value: str, language: Language) -> str:
    """A role without its article, for an apposition: "An Smit (manager communicatie)"."""
    text = role_phrase(value, language, role=True)
    for article in _ARTICLES:
        if text.startswith(article) and not value.strip().lower().startswith(article):
            return text[len(article) :]
    return text


def apposition(value: str, language: Language) -> str:
    """A name as typed, a role without article and capitals: "HR (afdeling HR)"."""
    return bare_role(value, language) if is_role(value, language) else value.strip()


def plural(value: str) -> bool:
    """Whether a role answer needs a plural verb ("de partners hebben")."""
    words = _words(value)
    return bool(words) and words[-1] in ("partners", "vennoten", "maten", "eigenaren", "owners")


def same_person(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


_SUPPLIER = re.compile(
    r"\b(partner|leverancier|supplier|provider|extern|externe|external|managed|msp|"
    r"b\.?\s?v\.?|ltd|gmbh|inc|it-bedrijf|ict-bedrijf|dienstverlener)\b",
    re.IGNORECASE,
)


# Pure, and asked for the same answers in every section and on every preview refresh.
@functools.lru_cache(maxsize=2048)
def is_supplier(value: str) -> bool:
    """An owner that is an outside company ("Managed IT partner (Fjord IT)", "Pixel B.V.")."""
    return bool(_SUPPLIER.search(value))


_DPO = re.compile(
    r"\b(functionaris\s+gegevensbescherming|fg|data\s+protection\s+officer|dpo)\b",
    re.IGNORECASE,
)


def is_dpo(value: str) -> bool:
    """A data protection officer (functionaris gegevensbescherming, FG, DPO)."""
    return bool(_DPO.search(value))

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
from typing import TYPE_CHECKING

from wizard.language import Language

if TYPE_CHECKING:
    from wizard.answers.model import Project

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
    "bestuurder",
    "houder",
    "burgemeester",
    "wethouder",
    "controller",
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
    "executive",
    "chair",
    "secretary",
    "treasurer",
    "mayor",
    "council",
    "committee",
    # English too, and Dutch roles as well: "CISO" and "controller" are no Dutch left behind.
    "ciso",
    "controller",
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
# Common Dutch titles and bodies, and the English documents' names for them (lower case,
# without article; keys are lower case). An answer not in this glossary keeps its Dutch
# spelling in English text, and is warned about (``untranslated_role``) until the user
# gives it an English name; tests/wizard/content/test_english_names.py lists the Dutch
# words that must never reach an English document.
DUTCH_TO_ENGLISH = {
    "raad van bestuur": "board of directors",
    "raad van toezicht": "supervisory board",
    "college van b&w": "municipal executive",
    "college van b en w": "municipal executive",
    "college van burgemeester en wethouders": "municipal executive",
    "ondernemingsraad": "works council",
    "personeelsvertegenwoordiging": "staff representative body",
    "directeur-bestuurder": "managing director",
    "directeur": "director",
    "algemeen directeur": "managing director",
    "directie": "management board",
    "bestuur": "board",
    "dagelijks bestuur": "executive board",
    "eigenaar": "owner",
    "eigenaren": "owners",
    "mede-eigenaar": "co-owner",
    "praktijkhouder": "practice owner",
    "saloneigenaar": "salon owner",
    "bedrijfsleider": "general manager",
    "filiaalmanager": "branch manager",
    "managementteam": "management team",
    "manager communicatie": "communications manager",
    "communicatiemanager": "communications manager",
    "hoofd communicatie": "head of communications",
    "communicatieadviseur": "communications adviser",
    "adviseur communicatie": "communications adviser",
    "medewerker communicatie": "communications officer",
    "communicatiemedewerker": "communications officer",
    "afdeling communicatie": "communications department",
    "team communicatie": "communications team",
    "hr-adviseur": "HR adviser",
    "adviseur hr": "HR adviser",
    "p&o-adviseur": "HR adviser",
    "hr-manager": "HR manager",
    "manager hr": "HR manager",
    "hoofd p&o": "head of HR",
    "hoofd hr": "head of HR",
    "afdeling p&o": "HR department",
    "afdeling hr": "HR department",
    "p&o": "HR department",
    "personeelszaken": "HR department",
    "afdeling ict": "IT department",
    "team ict": "IT team",
    "hoofd ict": "head of IT",
    "manager ict": "IT manager",
    "ict-manager": "IT manager",
    "ict-beheerder": "IT administrator",
    "systeembeheerder": "system administrator",
    "applicatiebeheerder": "application administrator",
    "informatiebeveiliger": "information security officer",
    "security officer": "security officer",
    "manager kwaliteit en veiligheid": "quality and safety manager",
    "kwaliteitsmanager": "quality manager",
    "manager bedrijfsvoering": "operations manager",
    "klachtenfunctionaris": "complaints officer",
    "functionaris gegevensbescherming": "data protection officer",
    "privacyfunctionaris": "privacy officer",
    "vertrouwenspersoon": "confidential adviser",
    "leidinggevende": "manager",
    "teamleider": "team leader",
    "teamleider zorg": "care team leader",
    "coördinator": "coordinator",
    "vrijwilligerscoördinator": "volunteer coordinator",
    "gemeentesecretaris": "municipal secretary",
    "burgemeester": "mayor",
    "secretaris": "secretary",
    "voorzitter": "chair",
    "penningmeester": "treasurer",
    "office manager": "office manager",
    "officemanager": "office manager",
    "woordvoerder": "spokesperson",
    "webcareteam": "social media team",
    "servicedesk": "service desk",
    "ict-servicedesk": "IT service desk",
    "ict-helpdesk": "IT helpdesk",
    "helpdesk ict": "IT helpdesk",
    "partners": "partners",
    "vennoten": "partners",
    "maten": "partners",
}
_ARTICLES = ("de ", "het ", "een ", "the ", "a ", "an ")
_DUTCH_ARTICLES = ("de ", "het ")
_WITH_ROLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)\s*$")


def _with_role(value: str) -> re.Match[str] | None:
    """``_WITH_ROLE.match(value)``: a name with its role in brackets. What the pattern
    needs is checked first, without it: one bracket of each kind, the closing one last.
    The pattern tries every place for the brackets, which for an answer of 10,000
    characters without them costs a quarter of a millisecond a time."""
    if value.count("(") != 1 or value.count(")") != 1 or not value.rstrip().endswith(")"):
        return None
    return _WITH_ROLE.match(value)


# The most words a known title can have, with an article before it: an answer with more
# is no title, and is told so without reading all of it (an answer may be 10,000
# characters, and every table cell and name asks).
_TITLE_WORDS = max(len(title.split()) for title in DUTCH_TO_ENGLISH) + 1


def english_name(value: str) -> str | None:
    """The English name of a Dutch title or body ("Raad van Bestuur" -> "board of
    directors"), without article; None when the glossary does not know it."""
    words = value.split(maxsplit=_TITLE_WORDS)
    if len(words) > _TITLE_WORDS:
        return None
    key = " ".join(words).lower()
    for article in _DUTCH_ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    return DUTCH_TO_ENGLISH.get(key)


def in_english(value: str) -> str:
    """An answer as an English document shows it on its own (a table cell): a known Dutch
    title in English, "Sanne de Boer (communicatieadviseur)" as "Sanne de Boer
    (communications adviser)"; anything else as typed."""
    english = english_name(value)
    if english:
        return english[0].upper() + english[1:]
    match = _with_role(value.strip())
    if match and (role := english_name(match.group("role"))):
        return f"{match.group('name')} ({role})"
    if match and (title := english_name(match.group("name"))):
        return f"{title[0].upper()}{title[1:]} ({match.group('role')})"
    return value.strip()


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
    # A phone number or address in brackets does not make a role a name:
    # "ICT-servicedesk (088 123 45 00)" is the service desk.
    head = text.split("(")[0]
    if not head.strip() or "@" in head or _DIGIT.search(head):
        return False
    words = _words(text)
    if not words:
        return False
    suffixes = (*_DE_ROLES, *_HET_ROLES) if language is Language.NL else _EN_ROLES
    if language is Language.NL and words[0] in ("de", "het"):
        # "De directeur" is a role; "De Jong", "De Vries (ICT)" are people.
        return not _surname(head)
    if language is Language.EN and words[0] == "the":
        return True
    # Words are [\w-]+ runs and no suffix holds a space, so a suffix that ends at a word's
    # end in the joined text is a word that ends in it.
    return _role_ending(suffixes).search(" ".join(words)) is not None


def _surname(head: str) -> bool:
    """Whether ``head``, which starts with "de" or "het", is a Dutch surname ("De Jong",
    "De la Rosa"): after the article a capitalised word, and no word that names a role
    or body ("De ICT-afdeling", "De Directie", "De Raad van Bestuur" are roles)."""
    rest = _WORD.findall(head)[1:]
    if not any(word[:1].isupper() for word in rest):
        return False  # "de directeur", "de jong": read as typed, a role
    lowered = " ".join(word.lower() for word in rest)
    roles = _role_ending((*_DE_ROLES, *_HET_ROLES))
    return roles.search(lowered) is None and english_name(lowered) is None


def dutch_role(text: str) -> str | None:
    """A role or body that reads as Dutch and not as English ("beleidsadviseur", "de
    HR-functionaris"), without its Dutch article; None for a name, an address or an
    English role ("IT manager"). An English document that has no English name for it
    shows it as typed: ``role_phrase`` words it so, and the consistency check warns."""
    if is_role(text, Language.EN) or not is_role(text, Language.NL):
        return None
    for article in _DUTCH_ARTICLES:
        if text.lower().startswith(article):
            return text[len(article) :]
    return text


def untranslated_role(value: str) -> str | None:
    """The Dutch an English document shows of a role answer: a Dutch role the glossary
    has no English name for ("beleidsadviseur"), also beside a name ("Els de Vries
    (beleidsadviseur)"). None when the English documents name it in English, or it is a
    name, an address or an English role. An English name the user gave
    (governance.english_names) is not looked at here: that replaces the answer before it
    is worded.

    Read off the English wordings themselves (``role_phrase`` mid-sentence,
    ``in_english`` in a table): a Dutch role in the answer, or in its name or its part in
    brackets, that one of them still shows as typed. So the warning follows whatever the
    documents do, and never keeps a copy of how they choose."""
    text = value.strip()
    shown = f"{role_phrase(text, Language.EN)}\n{in_english(text)}".lower()
    # A name with a role in brackets is told part by part: the role first.
    match = _with_role(text)
    parts = [match.group("role").strip(), match.group("name").strip()] if match else [text]
    for part in parts:
        dutch = dutch_role(part)
        if dutch is not None and dutch.lower() in shown:
            return dutch
    return None


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
    if language is Language.EN:
        english = english_name(text)
        if english:
            return f"the {english}"
        # "ICT-servicedesk (088 123 45 00)": a known title with its number.
        head, bracket, tail = text.partition("(")
        english = english_name(head) if bracket else None
        if english:
            return f"the {english} ({tail}"
        if _with_role(text):
            return in_english(text)
    if language is Language.EN and not role and (dutch := dutch_role(text)) is not None:
        # A Dutch role the glossary does not know keeps its Dutch spelling but takes
        # "the", once: "the HR-functionaris", never "the de ...".
        return f"the {dutch}"
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
    """A name as typed, a role without article and capitals: "HR (afdeling HR)". It stands
    in brackets, so a name with its role in brackets reads "Sanne de Boer,
    communicatieadviseur": never a bracket inside a bracket."""
    match = _with_role(value.strip())
    if match:
        role = match.group("role").strip()
        if language is Language.EN:
            role = english_name(role) or role
        return f"{match.group('name').strip()}, {role}"
    if language is Language.EN and english_name(value):
        return english_name(value) or ""
    return bare_role(value, language) if is_role(value, language) else value.strip()


def column_name(value: str, language: Language) -> str:
    """An answer as a table's column header: short, so a narrow column never breaks a
    word: a name without its role in brackets ("Ahmed El Idrissi"), a role without its
    article ("Raad van bestuur", "Board of directors"); in English a Dutch title in
    English."""
    text = in_english(value) if language is Language.EN else value.strip()
    match = _with_role(text)
    if match:
        text = match.group("name").strip()
    if is_role(text, language):
        text = bare_role(text, language)
    for article in _ARTICLES:
        if text.lower().startswith(article):
            text = text[len(article) :]
    return text[:1].upper() + text[1:]


def plural(value: str) -> bool:
    """Whether a role answer needs a plural verb ("de partners hebben")."""
    last = _last_word(value)
    return last in ("partners", "vennoten", "maten", "eigenaren", "owners")


_TAIL = 256  # characters


def _last_word(value: str) -> str | None:
    """``_words(value)[-1]`` (None without words), read from the end: an answer may be
    10,000 characters long. Only when the text's last characters hold no whole word is
    all of it read."""
    head = value.partition("(")[0].lower()
    start = max(0, len(head) - _TAIL)
    matches = list(_WORD.finditer(head, start))
    if start and (not matches or matches[-1].start() == start):
        # The last word may begin before the part read: read it all.
        words = _WORD.findall(head)
        return words[-1] if words else None
    return matches[-1].group() if matches else None


def same_person(a: str, b: str) -> bool:
    # The same text is the same person, told without folding it (answers may be long).
    return a == b or a.strip().casefold() == b.strip().casefold()


def one_person(project: Project) -> bool:
    """One person does HR, communications and IT and approves the policy: the documents
    name that person instead of departments and a table of roles, and from 50 people the
    answers are warned about (nobody is left to check that person's own work)."""
    g = project.governance
    first = g.hr_owner
    return all(
        same_person(first, other) for other in (g.communications_owner, g.it_owner, g.approver)
    )


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

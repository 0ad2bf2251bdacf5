"""The acknowledgement register: who has read and accepted which issued version.

A file of its own beside the project (``NAME.register.json`` for ``NAME.policy.json``),
because it holds employees' personal data and the project file is shared with
consultants. ``docs/acknowledgement-register.md`` describes it and
``docs/acknowledgement-register.schema.json`` is generated from the model below.

Reading is hostile-input safe: a regular file only, of bounded size, UTF-8 JSON without
duplicate keys, validated by the model; a register of another organisation is refused.
Every refusal is a ``RegisterError`` naming the file and, where there is one, the field.
Writing goes through ``wizard.files.atomic_write``.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from wizard import clock
from wizard.answers.messages import Problem
from wizard.answers.model import Email, IssuedVersion, OptionalText
from wizard.files import atomic_write
from wizard.language import Language, in_language
from wizard.sanitise import one_line

REGISTER_SCHEMA_VERSION = 1
MAX_REGISTER_BYTES = 16 * 1024 * 1024  # 250 people with years of versions is ~100 kB
MAX_PEOPLE = 10_000
MAX_ACKNOWLEDGEMENTS = 200_000
PROJECT_SUFFIX = ".policy.json"
REGISTER_SUFFIX = ".register.json"


class Method(StrEnum):
    PAPER = "paper"
    EMAIL = "email"
    MEETING = "meeting"
    OTHER = "other"


METHOD_WORDS: dict[Method, tuple[str, str]] = {
    Method.PAPER: ("op papier", "on paper"),
    Method.EMAIL: ("per e-mail", "by e-mail"),
    Method.MEETING: ("in een bijeenkomst", "at a meeting"),
    Method.OTHER: ("anders", "other"),
}


def _one_line(value: Any) -> Any:
    return one_line(value) if isinstance(value, str) else value


Name = Annotated[str, BeforeValidator(_one_line), Field(min_length=1, max_length=200)]
VersionText = Annotated[str, BeforeValidator(_one_line), Field(min_length=1, max_length=20)]
PersonId = Annotated[str, Field(pattern=r"^p[0-9]{1,9}$")]


class _Record(BaseModel):
    # Unknown keys are refused, as in the project file: in a hand-edited file they are
    # typos, and a register must not silently drop what an auditor expects to see.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Person(_Record):
    id: PersonId
    name: Name
    email: Email = None
    role: OptionalText = None
    started: date | None = None
    left: date | None = None

    def has_left(self, today: date) -> bool:
        return self.left is not None and self.left <= today


class Acknowledgement(_Record):
    person: PersonId
    version: VersionText
    date: date
    method: Method = Method.PAPER
    note: OptionalText = None


class Register(_Record):
    schema_version: int = REGISTER_SCHEMA_VERSION
    organisation: Name
    people: list[Person] = Field(default_factory=list, max_length=MAX_PEOPLE)
    acknowledgements: list[Acknowledgement] = Field(
        default_factory=list, max_length=MAX_ACKNOWLEDGEMENTS
    )

    @model_validator(mode="after")
    def _references(self) -> Register:
        ids: set[str] = set()
        for person in self.people:
            if person.id in ids:
                raise PydanticCustomError("duplicate_id", "person {id} twice", {"id": person.id})
            ids.add(person.id)
        for ack in self.acknowledgements:
            if ack.person not in ids:
                raise PydanticCustomError(
                    "unknown_person", "unknown person {id}", {"id": ack.person}
                )
        return self

    def person(self, person_id: str) -> Person:
        for person in self.people:
            if person.id == person_id:
                return person
        raise KeyError(person_id)

    def next_id(self) -> str:
        # Ids are never reused, so an acknowledgement can never move to someone else.
        numbers = [int(p.id[1:]) for p in self.people]
        return f"p{max(numbers, default=0) + 1}"


# --- refusals ----------------------------------------------------------------------------

_TEXTS: dict[str, tuple[str, str]] = {
    "missing": (
        "het register bestaat niet (nog). Lees eerst een personeelslijst in met "
        "'acknowledgements staff', of kies een ander register met --register.",
        "the register does not exist (yet). Read a staff list first with "
        "'acknowledgements staff', or choose another register with --register.",
    ),
    "not_file": (
        "is geen gewoon bestand; kies het registerbestand (*.register.json).",
        "is not a regular file; choose the register file (*.register.json).",
    ),
    "too_large": (
        "is groter dan {limit} MB; dit is geen register van dit programma.",
        "is larger than {limit} MB; this is not a register of this program.",
    ),
    "unreadable": ("kan niet worden gelezen: {detail}.", "cannot be read: {detail}."),
    "binary": (
        "is geen tekstbestand (het bevat binaire gegevens); kies het registerbestand "
        "(*.register.json). Het register is niet veranderd.",
        "is not a text file (it holds binary data); choose the register file "
        "(*.register.json). The register was not changed.",
    ),
    "not_json": (
        "is geen geldige JSON (regel {line}, kolom {column}: {detail}). Herstel het of "
        "zet een reservekopie terug.",
        "is not valid JSON (line {line}, column {column}: {detail}). Repair it or restore "
        "a backup.",
    ),
    "duplicate_key": (
        "bevat de sleutel '{key}' twee keer; welke geldt is niet te zeggen. Herstel het bestand.",
        "holds the key '{key}' twice; which one counts cannot be told. Repair the file.",
    ),
    "too_deep": ("is te diep genest.", "is nested too deeply."),
    "not_register": (
        "is geen register van dit programma (er hoort een object met 'organisation', "
        "'people' en 'acknowledgements' in te staan).",
        "is not a register of this program (it should hold an object with "
        "'organisation', 'people' and 'acknowledgements').",
    ),
    "schema": (
        "heeft schema_version {found}; dit programma kent versie {known}. Gebruik een "
        "nieuwere versie van het programma.",
        "has schema_version {found}; this program knows version {known}. Use a newer "
        "version of the program.",
    ),
    "invalid": (
        "veld {field}: {detail}. Herstel het bestand; het register is niet veranderd.",
        "field {field}: {detail}. Repair the file; the register was not changed.",
    ),
    "other_organisation": (
        "hoort bij '{found}', niet bij '{expected}' van dit project. Kies het juiste "
        "register met --register; dit register is niet veranderd.",
        "belongs to '{found}', not to '{expected}' of this project. Choose the right "
        "register with --register; this register was not changed.",
    ),
    "unknown_person": (
        "'{who}' staat niet in het register. Lees eerst de personeelslijst in "
        "('acknowledgements staff') of gebruik de naam of het e-mailadres zoals in "
        "'acknowledgements status'. Het register is niet veranderd.",
        "'{who}' is not in the register. Read the staff list first ('acknowledgements "
        "staff') or use the name or e-mail address as 'acknowledgements status' shows it. "
        "The register was not changed.",
    ),
    "ambiguous_person": (
        "'{who}' past bij {count} mensen in het register; gebruik het e-mailadres. Het "
        "register is niet veranderd.",
        "'{who}' matches {count} people in the register; use the e-mail address. The "
        "register was not changed.",
    ),
    "no_version": (
        "er is nog geen versie uitgegeven. Geef eerst een versie uit (pagina Controleren "
        "en exporteren, 'Deze versie uitgeven…').",
        "no version has been issued yet. Issue a version first (Review and export page, "
        "'Issue this version…').",
    ),
    "unknown_version": (
        "versie '{version}' is niet uitgegeven; uitgegeven zijn: {issued}.",
        "version '{version}' was not issued; issued are: {issued}.",
    ),
    "bad_date": (
        "'{value}' is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.",
        "'{value}' is not a date; write YYYY-MM-DD or DD-MM-YYYY.",
    ),
    "future_date": (
        "{value} ligt in de toekomst; een akkoord wordt vastgelegd als het gegeven is.",
        "{value} is in the future; an acknowledgement is recorded once it was given.",
    ),
    "bad_method": (
        "'{value}' is geen manier; kies paper, email, meeting of other.",
        "'{value}' is not a method; choose paper, email, meeting or other.",
    ),
    "write_failed": (
        "{detail} Het register is niet veranderd.",
        "{detail} The register was not changed.",
    ),
}


class RegisterError(Exception):
    """A refusal in words: the file it concerns and what to do, in Dutch and English."""

    def __init__(self, path: Path | str, code: str, **params: object) -> None:
        super().__init__(code)
        self.path, self.code, self.params = str(path), code, params

    def message(self, language: Language) -> str:
        params = dict(self.params)
        refusal = params.pop("refusal", None)
        if isinstance(refusal, Problem):  # the operating system's refusal, in the user's words
            params["detail"] = refusal.line(language)
        return in_language(_TEXTS[self.code], language, **params)

    def line(self, language: Language) -> str:
        return f"{self.path}: {self.message(language)}" if self.path else self.message(language)


def say(code: str, language: Language, **params: object) -> str:
    return in_language(_TEXTS[code], language, **params)


# --- where the register is ---------------------------------------------------------------


def register_path(project: Path, chosen: Path | None = None) -> Path:
    """``NAME.register.json`` beside ``NAME.policy.json``, unless ``chosen``."""
    if chosen is not None:
        return Path(chosen)
    project = Path(project)
    name = project.name
    suffixed = name.lower().endswith(PROJECT_SUFFIX)
    stem = name[: -len(PROJECT_SUFFIX)] if suffixed else project.stem
    return project.with_name(stem + REGISTER_SUFFIX)


# --- reading ------------------------------------------------------------------------------


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_constants(name: str) -> Any:
    # NaN and Infinity are no JSON; Python's reader accepts them unless told otherwise.
    raise ValueError(f"{name} is not JSON")


def read_bounded(path: Path, limit: int, error: type[Exception] | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; RegisterError otherwise.

    A FIFO, a device or a folder is refused before it is opened (reading a FIFO would
    wait forever), and no more than ``limit`` + 1 bytes are ever read.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise RegisterError(path, "not_file")
        if info.st_size > limit:
            raise RegisterError(path, "too_large", limit=max(1, limit // 2**20))
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise RegisterError(path, "missing") from None
    except OSError as failure:
        raise RegisterError(path, "unreadable", detail=failure.strerror or failure) from None
    if len(data) > limit:
        raise RegisterError(path, "too_large", limit=max(1, limit // 2**20))
    return data


def parse_register(data: bytes, path: Path | str = "") -> Register:
    """A register from its file's bytes, or RegisterError naming what is wrong."""
    if b"\x00" in data or data.startswith(b"PK\x03\x04"):
        raise RegisterError(path, "binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegisterError(path, "binary") from None
    try:
        raw = json.loads(text, object_pairs_hook=_refuse_duplicates, parse_constant=_no_constants)
    except _DuplicateKey as duplicate:
        raise RegisterError(path, "duplicate_key", key=one_line(duplicate.key)[:60]) from None
    except json.JSONDecodeError as failure:
        raise RegisterError(
            path, "not_json", line=failure.lineno, column=failure.colno, detail=failure.msg
        ) from None
    except RecursionError:
        raise RegisterError(path, "too_deep") from None
    except ValueError as failure:  # NaN, Infinity, or a number too long to convert
        raise RegisterError(path, "not_json", line=1, column=1, detail=str(failure)) from None
    if not isinstance(raw, dict) or "organisation" not in raw:
        raise RegisterError(path, "not_register")
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise RegisterError(path, "invalid", field="schema_version", detail="1")
    if version != REGISTER_SCHEMA_VERSION:
        raise RegisterError(path, "schema", found=version, known=REGISTER_SCHEMA_VERSION)
    try:
        return Register.model_validate(raw)
    except ValidationError as failure:
        first = failure.errors()[0]
        field = ".".join(str(p + 1) if isinstance(p, int) else str(p) for p in first["loc"])
        raise RegisterError(path, "invalid", field=field or "-", detail=first["msg"]) from None
    except RecursionError:
        raise RegisterError(path, "too_deep") from None


def same_organisation(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def load_register(path: Path, organisation: str, *, missing_ok: bool = False) -> Register:
    """The register at ``path`` for ``organisation``; an empty one when it does not exist
    and ``missing_ok``. A register of another organisation is refused."""
    path = Path(path)
    if missing_ok and not os.path.lexists(path):
        return Register(organisation=organisation)
    register = parse_register(read_bounded(path, MAX_REGISTER_BYTES), path)
    if not same_organisation(register.organisation, organisation):
        raise RegisterError(
            path, "other_organisation", found=register.organisation, expected=organisation
        )
    return register


def register_bytes(register: Register) -> bytes:
    data = register.model_dump(mode="json")
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def save_register(register: Register, path: Path) -> None:
    try:
        atomic_write(Path(path), register_bytes(register))
    except OSError as failure:
        from wizard.answers.messages import problem_from_os_error

        # Worded as every refused write (it names the file and what to do), never in
        # the system's own words, which may be in another language than the interface.
        refusal = problem_from_os_error(failure, path, writing=True)
        raise RegisterError("", "write_failed", refusal=refusal) from None


# --- who is who ---------------------------------------------------------------------------


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def find_person(register: Register, who: str, path: Path | str = "") -> Person:
    """The person named by e-mail address or name (letter case and spaces do not count)."""
    key = name_key(who)
    if "@" in key:
        found = [p for p in register.people if p.email and p.email.casefold() == key]
    else:
        found = [p for p in register.people if name_key(p.name) == key]
    if not found:
        raise RegisterError(path, "unknown_person", who=one_line(who)[:120])
    if len(found) > 1:
        raise RegisterError(path, "ambiguous_person", who=one_line(who)[:120], count=len(found))
    return found[0]


# --- dates and methods as people write them -----------------------------------------------

_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_day(text: str) -> date | None:
    """``2026-12-01``, ``1-12-2026``, ``01/12/2026``, ``1.12.2026`` (day first, as in the
    Netherlands); an ISO time after the date is ignored. None when it is no date."""
    text = text.strip()
    if "T" in text[:11] or " " in text[:11]:
        text = re.split(r"[T ]", text, maxsplit=1)[0]
    try:
        if found := _ISO.match(text):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if found := _DAY_FIRST.match(text):
            return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None
    return None


_METHOD_NAMES = {
    "paper": Method.PAPER,
    "papier": Method.PAPER,
    "email": Method.EMAIL,
    "e-mail": Method.EMAIL,
    "mail": Method.EMAIL,
    "meeting": Method.MEETING,
    "bijeenkomst": Method.MEETING,
    "vergadering": Method.MEETING,
    "other": Method.OTHER,
    "anders": Method.OTHER,
    "overig": Method.OTHER,
}


def parse_method(text: str) -> Method | None:
    return _METHOD_NAMES.get(text.strip().casefold())


# --- the state of each person --------------------------------------------------------------


def _history_entries(history: Sequence[Any]) -> list[tuple[str, bool]]:
    entries = []
    for item in history:
        if isinstance(item, IssuedVersion):
            entries.append((item.version, item.acknowledge))
        elif isinstance(item, dict):
            entries.append((str(item.get("version", "")), bool(item.get("acknowledge", True))))
    return entries


def _version_key(version: str) -> str:
    return version.strip().casefold()


@dataclass(frozen=True)
class Requirement:
    """What the latest issued version asks: ``current`` is the latest issued version,
    ``required`` the latest one that asked for acknowledgement, and ``valid`` the
    versions whose acknowledgement counts for it (the required one and any later)."""

    current: str
    required: str | None
    valid: frozenset[str]
    order: dict[str, int]


def requirement(history: Sequence[Any]) -> Requirement | None:
    """None when no version was issued."""
    entries = _history_entries(history)
    if not entries:
        return None
    order = {_version_key(v): i for i, (v, _) in enumerate(entries)}
    needing = [i for i, (_, ack) in enumerate(entries) if ack]
    start = needing[-1] if needing else 0
    valid = frozenset(_version_key(v) for v, _ in entries[start:])
    required = entries[needing[-1]][0] if needing else None
    return Requirement(entries[-1][0], required, valid, order)


@dataclass(frozen=True)
class PersonState:
    person: Person
    latest: Acknowledgement | None  # the latest version this person acknowledged
    outstanding: bool
    left: bool
    needed: bool = True  # False while no issued version asks for acknowledgement


def person_states(
    register: Register, history: Sequence[Any], today: date | None = None
) -> list[PersonState]:
    """Each person's state for the latest issued version, in the register's order."""
    today = today or clock.today()
    need = requirement(history)
    order = need.order if need else {}
    latest: dict[str, Acknowledgement] = {}
    acknowledged_valid: set[str] = set()
    for ack in register.acknowledgements:
        key = _version_key(ack.version)
        if need is not None and key in need.valid:
            acknowledged_valid.add(ack.person)
        before = latest.get(ack.person)
        # The latest by issue order; a version not (or no longer) issued ranks by date.
        rank = (order.get(key, -1), ack.date)
        if before is None or rank >= (order.get(_version_key(before.version), -1), before.date):
            latest[ack.person] = ack
    states = []
    for person in register.people:
        left = person.has_left(today)
        outstanding = (
            need is not None
            and need.required is not None
            and not left
            and person.id not in acknowledged_valid
        )
        needed = need is not None and need.required is not None
        states.append(PersonState(person, latest.get(person.id), outstanding, left, needed))
    return states


@dataclass(frozen=True)
class Totals:
    version: str | None  # the latest issued version; None when none was issued
    acknowledged: int
    staff: int  # people who have not left

    @property
    def outstanding(self) -> int:
        return self.staff - self.acknowledged


def totals(states: Iterable[PersonState], history: Sequence[Any]) -> Totals:
    need = requirement(history)
    current = [s for s in states if not s.left]
    done = sum(1 for s in current if not s.outstanding)
    return Totals(need.current if need else None, done, len(current))


_TOTAL = {
    "line": (
        "{done} van {staff} akkoord met versie {version}",
        "{done} of {staff} acknowledged version {version}",
    ),
    "have": (
        "{done} van {staff} hebben versie {version} voor akkoord getekend",
        "{done} of {staff} have acknowledged version {version}",
    ),
    "none_issued": (
        "nog geen versie uitgegeven: niemand hoeft te tekenen",
        "no version issued yet: nobody needs to acknowledge",
    ),
}


def total_line(total: Totals, language: Language, *, have: bool = False) -> str:
    """``12 of 14 acknowledged version 1.1`` (with ``have``: ``12 of 14 have …``)."""
    if total.version is None:
        return in_language(_TOTAL["none_issued"], language)
    key = "have" if have else "line"
    return in_language(
        _TOTAL[key], language, done=total.acknowledged, staff=total.staff, version=total.version
    )


# --- recording ---------------------------------------------------------------------------


def issued_version_or_refuse(
    history: Sequence[Any], version: str | None, path: Path | str = ""
) -> str:
    """The issued version meant: ``version`` when it was issued, else the latest."""
    entries = _history_entries(history)
    if not entries:
        raise RegisterError(path, "no_version")
    if version is None:
        return entries[-1][0]
    for issued, _ in entries:
        if _version_key(issued) == _version_key(version):
            return issued
    shown = ", ".join(v for v, _ in entries)
    raise RegisterError(path, "unknown_version", version=one_line(version)[:20], issued=shown)


def record(
    register: Register,
    person: Person,
    version: str,
    day: date,
    method: Method,
    note: str | None = None,
) -> bool:
    """Add an acknowledgement; False (and nothing added) when the same one is there."""
    for ack in register.acknowledgements:
        same = ack.person == person.id and _version_key(ack.version) == _version_key(version)
        if same and ack.date == day and ack.method is method:
            return False
    register.acknowledgements.append(
        Acknowledgement(person=person.id, version=version, date=day, method=method, note=note)
    )
    return True

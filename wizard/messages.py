"""What went wrong, in words a user can act on, in Dutch and in English.

Every problem names the field (its dotted key from questionnaire.md) and says what to
do. Validation errors from pydantic are translated here; so are the file-level
problems of ``wizard.project_file``. Nothing else builds user-facing error text.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from pydantic import ValidationError

from wizard.labels import field_label
from wizard.model import Language

# code -> (Dutch, English). {label} is the field's name in that language.
_TEXTS: dict[str, tuple[str, str]] = {
    "missing": ("{label} ontbreekt; vul dit in.", "{label} is missing; please fill it in."),
    "blank": ("{label} is leeg; vul dit in.", "{label} is empty; please fill it in."),
    "too_long_text": (
        "{label} is te lang: maximaal {max_length} tekens.",
        "{label} is too long: at most {max_length} characters.",
    ),
    "enum": (
        "{label} heeft een onbekende waarde ({input}); kies uit {expected}.",
        "{label} has an unknown value ({input}); choose one of {expected}.",
    ),
    "integer": ("{label} moet een geheel getal zijn.", "{label} must be a whole number."),
    "at_least": ("{label} moet minstens {limit} zijn.", "{label} must be at least {limit}."),
    "at_most": ("{label} mag hoogstens {limit} zijn.", "{label} must be at most {limit}."),
    "boolean": (
        "{label} moet ja of nee zijn (true of false).",
        "{label} must be yes or no (true or false).",
    ),
    "date": (
        "{label} is geen geldige datum; gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.",
        "{label} is not a valid date; use the form YYYY-MM-DD, for example 2026-03-01.",
    ),
    "text": ("{label} moet tekst zijn.", "{label} must be text."),
    "list": ("{label} moet een lijst zijn.", "{label} must be a list."),
    "object": (
        "{label} moet een groep velden zijn (een JSON-object).",
        "{label} must be a group of fields (a JSON object).",
    ),
    "at_least_one": (
        "{label}: kies er minstens één.",
        "{label}: choose at least one.",
    ),
    "too_many": (
        "{label}: hoogstens {max_length} items.",
        "{label}: at most {max_length} items.",
    ),
    "unknown_field": (
        "onbekend veld; verwijder het of controleer de spelling.",
        "unknown field; remove it or check the spelling.",
    ),
    "email": (
        "{label} is geen geldig e-mailadres; gebruik de vorm naam@voorbeeld.nl.",
        "{label} is not a valid e-mail address; use the form name@example.com.",
    ),
    "label_required": (
        "geef het kanaal 'anders' een naam.",
        "give the 'other' channel a name.",
    ),
    "manager_required": (
        "vul in wie het officiële account beheert, of zet 'officieel account' uit.",
        "enter who manages the official account, or switch 'official account' off.",
    ),
    "duplicate_channel": (
        "het kanaal {channel} staat er twee keer in; haal er één weg.",
        "the channel {channel} is listed twice; remove one of them.",
    ),
    "duplicate_step": (
        "de stap {step} staat twee keer in het plan; haal er één weg.",
        "the step {step} is in the plan twice; remove one of them.",
    ),
    "invalid": ("{label} is ongeldig: {detail}", "{label} is not valid: {detail}"),
    # file-level problems
    "file_missing": (
        "het bestand bestaat niet; controleer de naam en de map.",
        "the file does not exist; check its name and folder.",
    ),
    "file_unreadable": (
        "het bestand kan niet worden gelezen ({detail}).",
        "the file cannot be read ({detail}).",
    ),
    "file_too_large": (
        "het bestand is te groot voor een project (meer dan {limit} MB).",
        "the file is too large to be a project (more than {limit} MB).",
    ),
    "file_empty": (
        "het bestand is leeg; kies een projectbestand (.policy.json).",
        "the file is empty; choose a project file (.policy.json).",
    ),
    "not_utf8": (
        "het bestand is geen UTF-8-tekst; sla het op als UTF-8.",
        "the file is not UTF-8 text; save it as UTF-8.",
    ),
    "not_json": (
        "het bestand is geen geldige JSON (regel {line}, kolom {column}: {detail}).",
        "the file is not valid JSON (line {line}, column {column}: {detail}).",
    ),
    "too_deep": (
        "het bestand is te diep genest om een project te zijn.",
        "the file is nested too deeply to be a project.",
    ),
    "not_object": (
        "het bestand bevat geen project (verwacht een JSON-object met velden).",
        "the file does not hold a project (expected a JSON object with fields).",
    ),
    "schema_missing": (
        "schema_version ontbreekt; dit lijkt geen projectbestand van dit programma.",
        "schema_version is missing; this does not look like a project file of this program.",
    ),
    "schema_newer": (
        "het bestand heeft formaatversie {found}; dit programma kent versie {known}. "
        "Werk het programma bij.",
        "the file has format version {found}; this program knows version {known}. "
        "Update the program.",
    ),
    "schema_invalid": (
        "schema_version moet een positief geheel getal zijn.",
        "schema_version must be a positive whole number.",
    ),
    "logo_missing": (
        "het logo {path} bestaat niet; kies een ander bestand of laat het logo leeg.",
        "the logo {path} does not exist; choose another file or leave the logo empty.",
    ),
    "logo_not_image": (
        "het logo {path} is geen PNG- of JPEG-afbeelding; kies een PNG- of JPEG-bestand.",
        "the logo {path} is not a PNG or JPEG image; choose a PNG or JPEG file.",
    ),
    "logo_too_large": (
        "het logo {path} is groter dan {limit} MB; kies een kleinere afbeelding.",
        "the logo {path} is larger than {limit} MB; choose a smaller image.",
    ),
    "logo_dimensions": (
        "het logo {path} is {width}×{height} pixels; kies een afbeelding van hoogstens "
        "{limit} pixels breed en hoog.",
        "the logo {path} is {width}×{height} pixels; choose an image at most {limit} "
        "pixels wide and high.",
    ),
    "output_exists": (
        "{path} bestaat al; gebruik --force om het te overschrijven.",
        "{path} already exists; use --force to overwrite it.",
    ),
    "output_not_folder": (
        "{path} is geen map; kies een map voor de documenten.",
        "{path} is not a folder; choose a folder for the documents.",
    ),
    "write_failed": (
        "{path} kon niet worden geschreven ({detail}); er is niets half geschreven.",
        "{path} could not be written ({detail}); nothing was left half-written.",
    ),
    "bad_choice": (
        "{label}: onbekende keuze {input}; kies uit {expected}.",
        "{label}: unknown choice {input}; choose from {expected}.",
    ),
}

# pydantic's error types, folded into ours.
_PYDANTIC_CODES = {
    "missing": "missing",
    "string_too_short": "blank",
    "string_too_long": "too_long_text",
    "enum": "enum",
    "literal_error": "enum",
    "int_parsing": "integer",
    "int_type": "integer",
    "int_from_float": "integer",
    "greater_than_equal": "at_least",
    "less_than_equal": "at_most",
    "bool_parsing": "boolean",
    "bool_type": "boolean",
    "date_parsing": "date",
    "date_type": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "string_type": "text",
    "list_type": "list",
    "model_type": "object",
    "model_attributes_type": "object",
    "dict_type": "object",
    "too_short": "at_least_one",
    "too_long": "too_many",
    "extra_forbidden": "unknown_field",
}

# Cross-field rules are raised on the object that holds the fields; these name the
# field the user must change, relative to that object.
_RULE_FIELD = {
    "manager_required": "manager",
    "label_required": "label",
    "duplicate_step": "plan",
    "duplicate_channel": "channels",
}


@dataclass(frozen=True)
class Problem:
    """One thing the user must change: which field, and what to do."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    def message(self, language: Language) -> str:
        dutch, english = _TEXTS[self.code]
        text = dutch if language is Language.NL else english
        label = field_label(self.field, language) if self.field else ""
        params = dict(self.params)
        if language is Language.NL and "expected" in params:
            params["expected"] = str(params["expected"]).replace(" or ", " of ")
        return text.format(label=label, **params)

    def line(self, language: Language) -> str:
        """``field: message``, the form shown beside a field and on the command line."""
        message = self.message(language)
        return f"{self.field}: {message}" if self.field else message


class ProjectError(Exception):
    """A project that cannot be used, with every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.line(Language.EN) for p in problems))
        self.problems = list(problems)


def interface_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of messages on the command line: Dutch where the system is Dutch."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return Language.NL if value.lower().startswith("nl") else Language.EN
    return Language.EN


def _dotted(loc: Sequence[int | str], raw: Any) -> str:
    """Turn pydantic's location into the questionnaire's key, naming items by their id."""
    parts: list[str] = []
    node = raw
    for step in loc:
        if isinstance(step, int):
            item = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
            ident = None
            if isinstance(item, dict):
                ident = item.get("id", item.get("step"))
            parts.append(
                str(ident) if isinstance(ident, str) and ident.isidentifier() else str(step + 1)
            )
            node = item
        else:
            parts.append(step)
            node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts)


def problems_from_validation(error: ValidationError, raw: Any = None) -> list[Problem]:
    problems: list[Problem] = []
    for item in error.errors(include_url=False):
        kind = item["type"]
        ctx = dict(item.get("ctx") or {})
        loc = [p for p in item["loc"] if p not in ("function-after[_rules()]",)]
        key = _dotted(loc, raw)
        code = _PYDANTIC_CODES.get(kind, kind if kind in _TEXTS else "invalid")
        if isinstance(item.get("input"), str) and kind in ("too_short", "too_long"):
            # Constraints behind a BeforeValidator report as generic lengths.
            code = "blank" if kind == "too_short" else "too_long_text"
        params: dict[str, Any] = {}
        if kind in _RULE_FIELD:
            key = f"{key}.{_RULE_FIELD[kind]}" if key else _RULE_FIELD[kind]
        if code == "enum":
            params = {"input": repr(item.get("input")), "expected": ctx.get("expected", "")}
        elif code in ("at_least", "at_most"):
            params = {"limit": ctx.get("ge", ctx.get("le", ""))}
        elif code in ("too_long_text", "too_many"):
            params = {"max_length": ctx.get("max_length", "")}
        elif code in ("duplicate_channel", "duplicate_step"):
            params = dict(ctx)
        elif code == "invalid":
            params = {"detail": item.get("msg", "")}
        if kind == "extra_forbidden":
            params = {}
        problems.append(Problem(key, code, params))
    return problems

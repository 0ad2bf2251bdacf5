"""What went wrong, in words a user can act on, in Dutch and in English.

Every problem knows its field by the dotted key of the project file, names it to the
user by its label, and says what to do. Validation errors from pydantic are translated
here; so are the file-level problems of ``wizard.answers.project_file`` and the refusals of the
operating system. Nothing else builds user-facing error text.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from wizard.answers.labels import question_label, value_label
from wizard.answers.model import Language
from wizard.language import in_language

if TYPE_CHECKING:
    from wizard.lock import Holder  # only named here: generate takes no lock

# code -> (Dutch, English). {label} is the question's name in that language (see
# ``wizard.answers.labels.question_label``): a message never shows a dotted key, a parser's
# words or a temporary file name, and it says what to do.
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
    "integer": (
        "{label} moet een geheel getal zijn, zoals 12.",
        "{label} must be a whole number, such as 12.",
    ),
    "at_least": ("{label} moet minstens {limit} zijn.", "{label} must be at least {limit}."),
    "at_most": ("{label} mag hoogstens {limit} zijn.", "{label} must be at most {limit}."),
    "boolean": ("{label} moet ja of nee zijn.", "{label} must be yes or no (true or false)."),
    "date": (
        "{label} is geen geldige datum; gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.",
        "{label} is not a valid date; use the form YYYY-MM-DD, for example 2026-03-01.",
    ),
    "text": ("{label} moet tekst zijn.", "{label} must be text."),
    "date_range": (
        "{label} moet tussen {first} en {last} liggen.",
        "{label} must lie between {first} and {last}.",
    ),
    "snapshot_invalid": (
        "{label} bevat iets anders dan de antwoorden van een uitgegeven versie; herstel het "
        "in een teksteditor of open een reservekopie.",
        "{label} holds something other than the answers of an issued version; repair it in "
        "a text editor or open a backup copy.",
    ),
    "list": ("{label} moet een lijst zijn.", "{label} must be a list."),
    "object": (
        "{label} moet een groep antwoorden zijn, maar het bestand heeft hier iets anders.",
        "{label} must be a group of answers, but the file holds something else here.",
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
        "{where}het bestand bevat een gegeven dat dit programma niet kent (‘{name}’); "
        "controleer de spelling of verwijder het.",
        "{where}the file holds an entry this program does not know (‘{name}’); "
        "check the spelling or remove it.",
    ),
    "email": (
        "{label} is geen geldig e-mailadres; gebruik de vorm naam@voorbeeld.nl.",
        "{label} is not a valid e-mail address; use the form name@example.com.",
    ),
    "label_required": (
        "{label} ontbreekt; vul in welk kanaal het is.",
        "{label} is missing; enter which channel it is.",
    ),
    "manager_required": (
        "{label} ontbreekt: vul in wie het officiële account beheert, "
        "of zet ‘officieel account’ uit.",
        "{label} is missing: enter who manages the official account, "
        "or switch ‘official account’ off.",
    ),
    "duplicate_channel": (
        "{label}: het kanaal {channel} staat er twee keer in; haal er één weg.",
        "{label}: the channel {channel} is listed twice; remove one of them.",
    ),
    "duplicate_step": (
        "{label}: de stap {step} staat twee keer in het plan; haal er één weg.",
        "{label}: the step {step} is in the plan twice; remove one of them.",
    ),
    "invalid": (
        "{label} heeft een waarde die dit programma niet kan gebruiken; controleer dit antwoord.",
        "{label} has a value this program cannot use; check this answer.",
    ),
    # file-level problems
    "file_missing": (
        "Het bestand bestaat niet; controleer de naam en de map.",
        "The file does not exist; check its name and folder.",
    ),
    "file_is_folder": (
        "Dit is een map, geen bestand; kies een projectbestand (.policy.json).",
        "This is a folder, not a file; choose a project file (.policy.json).",
    ),
    "file_no_permission": (
        "U heeft geen toegang tot het bestand; vraag de beheerder van de computer om toegang, "
        "of kies een ander bestand.",
        "You have no access to the file; ask whoever manages the computer for access, "
        "or choose another file.",
    ),
    "file_in_use": (
        "Het bestand is in gebruik door een ander programma; sluit dat programma en probeer "
        "het opnieuw.",
        "The file is in use by another program; close that program and try again.",
    ),
    "file_unreadable": (
        "Het bestand kan niet worden gelezen (foutcode {errno}); probeer het opnieuw of kies "
        "een ander bestand.",
        "The file cannot be read (error code {errno}); try again or choose another file.",
    ),
    "file_too_large": (
        "Het bestand is te groot voor een project (meer dan {limit} MB); kies een "
        "projectbestand (.policy.json).",
        "The file is too large to be a project (more than {limit} MB); choose a project "
        "file (.policy.json).",
    ),
    "file_not_regular": (
        "Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); kies een "
        "projectbestand (.policy.json).",
        "This is not an ordinary file (but, for example, a device or a pipe); choose a "
        "project file (.policy.json).",
    ),
    "duplicate_key": (
        "{where}het gegeven ‘{name}’ staat twee keer in het bestand; het programma weet niet "
        "welke van de twee bedoeld is. Haal er één weg in een teksteditor.",
        "{where}the entry ‘{name}’ is in the file twice; the program cannot tell which of "
        "the two is meant. Remove one of them in a text editor.",
    ),
    "number_too_large": (
        "{label} is een getal van meer dan {limit} cijfers; geen antwoord is zo groot. "
        "Herstel het in een teksteditor.",
        "{label} is a number of more than {limit} digits; no answer is that large. "
        "Repair it in a text editor.",
    ),
    "json_constant": (
        "Het bestand bevat {name}, wat geen geldige JSON is; vervang het door een getal in "
        "een teksteditor.",
        "The file holds {name}, which is not valid JSON; replace it with a number in a "
        "text editor.",
    ),
    "file_empty": (
        "Het bestand is leeg; kies een projectbestand (.policy.json).",
        "The file is empty; choose a project file (.policy.json).",
    ),
    "not_project_but_zip": (
        "Dit is geen projectbestand maar een Word-document of ander zip-bestand. Kies het "
        "projectbestand (.policy.json) dat u in het programma hebt opgeslagen.",
        "This is not a project file but a Word document or another zip file. Choose the "
        "project file (.policy.json) you saved in the program.",
    ),
    "not_utf8": (
        "Het bestand is geen project van dit programma: het is geen gewone tekst (UTF-8). "
        "Kies een projectbestand (.policy.json), of sla het bestand op als UTF-8.",
        "The file is not a project of this program: it is not plain text (UTF-8). "
        "Choose a project file (.policy.json), or save the file as UTF-8.",
    ),
    "not_json": (
        "Het bestand is beschadigd of onvolledig: het is geen geldige JSON (regel {line}, "
        "kolom {column}: {detail}). Open een reservekopie, of herstel het bestand in een "
        "teksteditor.",
        "The file is damaged or incomplete: it is not valid JSON (line {line}, column "
        "{column}: {detail}). Open a backup copy, or repair the file in a text editor.",
    ),
    "too_deep": (
        "Het bestand is te diep genest om een project te zijn; kies een projectbestand "
        "(.policy.json).",
        "The file is nested too deeply to be a project; choose a project file (.policy.json).",
    ),
    "not_object": (
        "Het bestand bevat geen project; kies een projectbestand (.policy.json).",
        "The file does not hold a project; choose a project file (.policy.json).",
    ),
    "schema_missing": (
        "Het bestand zegt niet welke formaatversie het heeft; dit lijkt geen projectbestand "
        "van dit programma. Kies een projectbestand (.policy.json).",
        "The file does not say which format version it has; this does not look like a "
        "project file of this program. Choose a project file (.policy.json).",
    ),
    "schema_newer": (
        "Het bestand heeft formaatversie {found}; dit programma kent versie {known}. "
        "Werk het programma bij.",
        "The file has format version {found}; this program knows version {known}. "
        "Update the program.",
    ),
    "schema_invalid": (
        "De formaatversie in het bestand moet een positief geheel getal zijn; dit lijkt geen "
        "projectbestand van dit programma.",
        "The format version in the file must be a positive whole number; this does not look "
        "like a project file of this program.",
    ),
    "logo_missing": (
        "Het logo {path} bestaat niet; kies een ander bestand of laat het logo leeg.",
        "The logo {path} does not exist; choose another file or leave the logo empty.",
    ),
    "logo_not_image": (
        "Het logo {path} is geen PNG- of JPEG-afbeelding; kies een PNG- of JPEG-bestand.",
        "The logo {path} is not a PNG or JPEG image; choose a PNG or JPEG file.",
    ),
    "logo_too_large": (
        "Het logo {path} is groter dan {limit} MB; kies een kleinere afbeelding.",
        "The logo {path} is larger than {limit} MB; choose a smaller image.",
    ),
    "logo_dimensions": (
        "Het logo {path} is {width}×{height} pixels; kies een afbeelding van hoogstens "
        "{limit} pixels breed en hoog.",
        "The logo {path} is {width}×{height} pixels; choose an image at most {limit} "
        "pixels wide and high.",
    ),
    # a house style (output.house_style, --house-style) that is refused, or needed filling in
    "house_style_missing": (
        "De huisstijl {path} bestaat niet; kies een ander Word-bestand of ga terug naar de "
        "ingebouwde huisstijl.",
        "The house style {path} does not exist; choose another Word file or go back to the "
        "built-in house style.",
    ),
    "house_style_not_word": (
        "De huisstijl {path} is geen Word-document (.docx) of Word-sjabloon (.dotx), of het is "
        "met een wachtwoord beveiligd; sla het in Word op als .docx of .dotx zonder wachtwoord.",
        "The house style {path} is not a Word document (.docx) or Word template (.dotx), or it "
        "is protected by a password; save it in Word as .docx or .dotx without a password.",
    ),
    "house_style_damaged": (
        "De huisstijl {path} is beschadigd; open het in Word of LibreOffice, sla het opnieuw op "
        "als .docx en kies het nog eens.",
        "The house style {path} is damaged; open it in Word or LibreOffice, save it again as "
        ".docx and choose it once more.",
    ),
    "house_style_too_large": (
        "De huisstijl {path} is groter dan {limit} MB; haal grote afbeeldingen weg of kies een "
        "kleiner bestand.",
        "The house style {path} is larger than {limit} MB; remove large pictures or choose a "
        "smaller file.",
    ),
    "house_style_bomb": (
        "De huisstijl {path} wordt uitgepakt veel groter dan een Word-bestand kan zijn en is "
        "daarom geweigerd; kies een ander bestand.",
        "The house style {path} unpacks to far more than a Word file can hold and was "
        "therefore refused; choose another file.",
    ),
    "house_style_too_complex": (
        "De huisstijl {path} bevat te veel opmaak of tekst om als huisstijl te lezen; "
        "gebruik een lege versie ervan (alleen de stijlen en de kop- en voettekst).",
        "The house style {path} holds too much formatting or text to be read as a house "
        "style; use an empty copy of it (only its styles and its header and footer).",
    ),
    "house_style_macros": (
        "De huisstijl {path} bevat macro's en is daarom geweigerd; sla het in Word op als "
        "gewoon document (.docx) of sjabloon (.dotx) zonder macro's.",
        "The house style {path} holds macros and was therefore refused; save it in Word as a "
        "plain document (.docx) or template (.dotx) without macros.",
    ),
    "house_style_entities": (
        "De huisstijl {path} bevat XML-declaraties (DTD of entiteiten) die Word zelf nooit "
        "schrijft en is daarom geweigerd; open en bewaar het in Word of LibreOffice.",
        "The house style {path} holds XML declarations (a DTD or entities) that Word never "
        "writes and was therefore refused; open and save it in Word or LibreOffice.",
    ),
    "house_style_image_too_large": (
        "De huisstijl {path} bevat een afbeelding groter dan {limit} MB; verklein die "
        "afbeelding en sla het opnieuw op.",
        "The house style {path} holds a picture larger than {limit} MB; make that picture "
        "smaller and save it again.",
    ),
    "house_style_filled_in": (
        "De huisstijl {path} mist de stijlen {styles}; die zijn overgenomen uit de ingebouwde "
        "huisstijl. Wilt u ze er anders uit laten zien, voeg ze dan toe aan het Word-bestand.",
        "The house style {path} lacks the styles {styles}; they were taken from the built-in "
        "house style. Add them to the Word file if they should look different.",
    ),
    "house_style_dropped": (
        "Uit de huisstijl {path} is niet overgenomen: {items}. De documenten nemen alleen "
        "de stijlen, lettertypen, kleuren, pagina-instelling en de tekst en afbeeldingen "
        "(PNG, JPEG) van kop- en voettekst over.",
        "Not taken from the house style {path}: {items}. The documents take only its "
        "styles, fonts, colours, page setup, and the text and pictures (PNG, JPEG) of its "
        "header and footer.",
    ),
    "output_exists": (
        "{path} bestaat al; gebruik --force om het te overschrijven.",
        "{path} already exists; use --force to overwrite it.",
    ),
    "output_not_folder": (
        "{path} is geen map; kies een map voor de documenten.",
        "{path} is not a folder; choose a folder for the documents.",
    ),
    # writing a file (a project, a document) failed; nothing was left half-written
    "write_no_permission": (
        "{path} kan niet worden opgeslagen: u mag in deze map niet schrijven, of het bestand "
        "is geopend in een ander programma (bijvoorbeeld Word). Sluit het bestand of kies een "
        "andere map, en probeer het opnieuw.",
        "{path} cannot be saved: you have no permission to write in this folder, or the "
        "file is open in another program (such as Word). Close the file or choose another "
        "folder, and try again.",
    ),
    "write_in_use": (
        "{path} is geopend in een ander programma (bijvoorbeeld Word). Sluit het bestand "
        "daar en probeer het opnieuw.",
        "{path} is open in another program (such as Word). Close the file there and try again.",
    ),
    "write_disk_full": (
        "De schijf is vol: {path} kan niet worden opgeslagen. Maak ruimte vrij of kies een "
        "andere schijf, en probeer het opnieuw.",
        "The disk is full: {path} cannot be saved. Free some space or choose another "
        "disk, and try again.",
    ),
    "write_read_only": (
        "{path} kan niet worden opgeslagen: op deze schijf kan niet worden geschreven. "
        "Kies een andere map.",
        "{path} cannot be saved: this disk cannot be written to. Choose another folder.",
    ),
    "write_not_folder": (
        "{path} kan niet worden opgeslagen: een deel van het pad is een bestand, geen map. "
        "Kies een andere map.",
        "{path} cannot be saved: part of its path is a file, not a folder. Choose another folder.",
    ),
    "write_no_folder": (
        "{path} kan niet worden opgeslagen: de map bestaat niet (meer). Kies een andere map.",
        "{path} cannot be saved: the folder does not exist (any more). Choose another folder.",
    ),
    "write_is_folder": (
        "{path} is een map; kies een naam voor het bestand.",
        "{path} is a folder; choose a name for the file.",
    ),
    "write_name_too_long": (
        "{path} kan niet worden opgeslagen: de naam is te lang. Kies een kortere naam of een "
        "map dichter bij het begin van de schijf.",
        "{path} cannot be saved: the name is too long. Choose a shorter name or a folder "
        "nearer the top of the disk.",
    ),
    "write_bad_name": (
        "{path} kan niet worden opgeslagen: de naam is niet toegestaan. Kies een naam zonder "
        'tekens als : * ? " < > |.',
        "{path} cannot be saved: the name is not allowed. Choose a name without characters "
        'such as : * ? " < > |.',
    ),
    "write_failed": (
        "{path} kan niet worden opgeslagen (foutcode {errno}). Probeer het opnieuw of kies "
        "een andere map.",
        "{path} cannot be saved (error code {errno}). Try again or choose another folder.",
    ),
    # another writer: the file changed since it was read, or someone is writing it now
    "file_changed": (
        "{path} is veranderd sinds het werd gelezen (door een ander programma of een "
        "collega); er is niets opgeslagen. Voer de opdracht opnieuw uit, dan werkt die op "
        "het nieuwe bestand.",
        "{path} has changed since it was read (by another program or a colleague); nothing "
        "was saved. Run the command again to work on the new file.",
    ),
    "file_locked": (
        "{path} wordt op dit moment opgeslagen door een ander programma ({holder}); er is "
        "niets opgeslagen. Probeer het over een moment opnieuw.",
        "{path} is being saved by another program right now ({holder}); nothing was saved. "
        "Try again in a moment.",
    ),
    "bad_choice": (
        # The option is named once, in front, by the command line (cli_line).
        "onbekende keuze {input}; kies uit {expected}.",
        "unknown choice {input}; choose from {expected}.",
    ),
}

# What Python's JSON reader says, in words; the line and column are given beside it.
_JSON_DETAILS: dict[str, tuple[str, str]] = {
    "Expecting value": ("hier ontbreekt een waarde", "a value is missing here"),
    "Expecting property name enclosed in double quotes": (
        "hier hoort een naam tussen dubbele aanhalingstekens",
        "a name in double quotes belongs here",
    ),
    "Expecting ':' delimiter": ("hier ontbreekt een dubbele punt", "a colon is missing here"),
    "Expecting ',' delimiter": ("hier ontbreekt een komma", "a comma is missing here"),
    "Unterminated string starting at": (
        "een tekst tussen aanhalingstekens wordt niet afgesloten",
        "a text in quotes is not closed",
    ),
    "Invalid control character at": (
        "hier staat een teken dat niet in een tekst mag",
        "a character that is not allowed in a text stands here",
    ),
    "Invalid \\escape": ("hier staat een ongeldige backslash", "an invalid backslash stands here"),
    "Invalid \\uXXXX escape": (
        "hier staat een ongeldige backslash",
        "an invalid backslash stands here",
    ),
    "Extra data": ("na het einde staat nog meer tekst", "more text follows the end"),
    "Illegal trailing comma before end of object": (
        "hier staat een komma te veel",
        "there is one comma too many here",
    ),
    "Illegal trailing comma before end of array": (
        "hier staat een komma te veel",
        "there is one comma too many here",
    ),
}
_JSON_OTHER = ("hier staat iets wat er niet hoort", "something here does not belong")

# The answers a choice can take, by the last part of its key (lists: any item).
_VALUE_KINDS = {
    "languages": "language",
    "documents": "document",
    "id": "channel",
    "blocked_channels": "channel",
    "segments": "segment",
    "goals": "goal",
    "step": "plan_step",
    "baseline": "baseline",
    **{
        name: name
        for name in (
            "sector",
            "size",
            "jurisdiction",
            "style",
            "employee_posting",
            "framework",
            "classification",
            "never_share",
            "personal_data",
            "photos",
            "generative_ai",
            "spokespersons",
            "private_use",
            "criticism_route",
            "after_hours",
            "training",
            "monitoring",
            "sanctions",
            "separation",
            "byod",
        )
    },
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
    "int_parsing_size": "integer",
    "greater_than_equal": "at_least",
    "less_than_equal": "at_most",
    "bool_parsing": "boolean",
    "bool_type": "boolean",
    "date_parsing": "date",
    "date_type": "date",
    "date_range": "date_range",
    "snapshot_invalid": "snapshot_invalid",
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


# What a house style held and the documents left out (wizard.output.house_style.DROPPED).
_DROPPED: dict[str, tuple[str, str]] = {
    "external": (
        "koppelingen naar iets buiten het bestand (webadressen, andere bestanden)",
        "links to anything outside the file (web addresses, other files)",
    ),
    "fields": ("velden anders dan paginanummers", "fields other than page numbers"),
    "objects": (
        "ingesloten objecten, besturingselementen en macro's",
        "embedded objects, controls and macros",
    ),
    "altchunk": ("ingevoegde documenten", "inserted documents"),
    "svg": (
        "afbeeldingen die geen PNG of JPEG zijn (zoals SVG)",
        "pictures that are not PNG or JPEG (such as SVG)",
    ),
    "pictures": (
        "afbeeldingen die te groot of beschadigd zijn",
        "pictures that are too large or damaged",
    ),
    "custom_xml": ("eigen XML-gegevens", "custom XML data"),
    "comments": ("opmerkingen", "comments"),
    "properties": ("eigen documenteigenschappen", "custom document properties"),
    "text_boxes": (
        "tekstvakken en vormen in kop- en voettekst",
        "text boxes and shapes in the header and footer",
    ),
    "page_setup": (
        "de paginagrootte en marges (geen bruikbare getallen, of geen ruimte voor tekst; "
        "de ingebouwde zijn gebruikt)",
        "the page size and margins (no usable numbers, or no room for the text; the "
        "built-in ones are used)",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing the user must change: which field, and what to do."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    def label(self, language: Language) -> str:
        """The question's name, as the window shows it: never a dotted key."""
        return question_label(self.field, language) if self.field else ""

    def message(self, language: Language) -> str:
        """What is wrong and what to do, naming the question by its label."""
        dutch, english = _TEXTS[self.code]
        text = dutch if language is Language.NL else english
        params = dict(self.params)
        if self.code in ("enum", "bad_choice") and "expected" in params:
            params["expected"] = _choices(self.field, str(params["expected"]), language)
        elif self.code == "duplicate_channel":
            params["channel"] = _value_name("channel", params.get("channel"), language)
        elif self.code == "duplicate_step":
            params["step"] = _value_name("plan_step", params.get("step"), language)
        elif self.code == "not_json":
            detail = str(params.get("detail", ""))
            dutch_detail, english_detail = _JSON_DETAILS.get(detail, _JSON_OTHER)
            params["detail"] = dutch_detail if language is Language.NL else english_detail
        elif self.code == "house_style_dropped":
            kinds = str(params.get("items", "")).split(",")
            index = 0 if language is Language.NL else 1
            params["items"] = "; ".join(_DROPPED[k][index] for k in kinds if k in _DROPPED)
        elif self.code in ("unknown_field", "duplicate_key"):
            parent, _, name = self.field.rpartition(".")
            params["name"] = name
            where = question_label(parent, language) if parent else ""
            params["where"] = f"{where}: " if where else ""
            if not where:
                text = text[0].upper() + text[1:]
        return text.format(label=self.label(language), **params)

    def line(self, language: Language) -> str:
        """The message on its own, as a list or a dialog shows it (no key)."""
        message = self.message(language)
        return message[:1].upper() + message[1:]

    def cli_line(self, language: Language) -> str:
        """``key: message``: on the command line the key helps whoever edits the file."""
        message = self.message(language)
        return f"{self.field}: {message}" if self.field else message


class ProjectError(Exception):
    """A project that cannot be used, with every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.cli_line(Language.EN) for p in problems))
        self.problems = list(problems)


def _value_name(kind: str, value: Any, language: Language) -> str:
    try:
        return value_label(kind, str(value), language)
    except KeyError:
        return repr(value)


def _choices(field: str, expected: str, language: Language) -> str:
    """pydantic's "'a', 'b' or 'c'" as the answers' names: "A, B of C"."""
    values = re.findall(r"'([^']*)'", expected)
    if not values:
        return expected
    parts = [p for p in field.split(".") if not p.isdigit()]
    kind = next((_VALUE_KINDS[p] for p in reversed(parts) if p in _VALUE_KINDS), None)
    names = []
    for value in values:
        try:
            names.append(value_label(kind, value, language) if kind else repr(value))
        except KeyError:
            names.append(repr(value))
    joiner = " of " if language is Language.NL else " or "
    return ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else names[0]


def problem_from_os_error(
    error: OSError, path: str | os.PathLike[str], *, writing: bool
) -> Problem:
    """What an operating system's refusal means for the user, without its own words.

    The system's message may be in another language than the interface, and names
    the temporary file a save writes first; the error's number says enough.
    """
    shown = str(path)
    number = error.errno or 0
    windows = getattr(error, "winerror", None) or 0
    if windows in (32, 33) or number in (errno.EBUSY, errno.ETXTBSY):
        kind = "in_use"
    elif number in (errno.ENOSPC, errno.EDQUOT) or windows in (39, 112):
        kind = "disk_full"
    elif number == errno.EROFS or windows == 19:
        kind = "read_only"
    elif number == errno.ENAMETOOLONG or windows == 206:
        kind = "name_too_long"
    elif isinstance(error, NotADirectoryError) or number == errno.ENOTDIR:
        kind = "not_folder"
    elif isinstance(error, IsADirectoryError) or number == errno.EISDIR:
        kind = "is_folder"
    elif isinstance(error, FileNotFoundError) or number == errno.ENOENT:
        kind = "missing"
    elif isinstance(error, PermissionError) or number in (errno.EACCES, errno.EPERM):
        kind = "no_permission"
    elif number == errno.EINVAL or windows == 123:
        kind = "bad_name"
    else:
        kind = "other"
    if not writing:
        code = {
            "in_use": "file_in_use",
            "missing": "file_missing",
            "is_folder": "file_is_folder",
            "no_permission": "file_no_permission",
        }.get(kind, "file_unreadable")
        return Problem("", code, {"errno": number or windows})
    code = {
        "missing": "write_no_folder",
        "other": "write_failed",
        "not_folder": "write_not_folder",
        "is_folder": "write_is_folder",
    }.get(kind, f"write_{kind}")
    return Problem("", code, {"path": shown, "errno": number or windows})


def holder_text(holder: Holder, language: Language) -> str:
    """Who holds a project's lock, in words: "process 4711 on laptop-els, since 10:42:07"."""
    dutch = language is Language.NL
    parts = []
    if holder.pid is not None:
        parts.append(("proces " if dutch else "process ") + str(holder.pid))
    if holder.host:
        parts.append(("op " if dutch else "on ") + holder.host)
    text = " ".join(parts)
    if holder.since:
        since = holder.since[11:19] if len(holder.since) >= 19 else holder.since
        text += (", sinds " if dutch else ", since ") + since
    return text or ("onbekend" if dutch else "unknown")


def interface_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of messages on the command line: Dutch where the system is Dutch."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return Language.NL if value.lower().startswith("nl") else Language.EN
    return Language.EN


_OPEN_FAILED = {
    "head": ("‘{name}’ kan niet worden geopend.", "‘{name}’ cannot be opened."),
    "more": ("… en nog {count} andere problemen.", "… and {count} more problems."),
    "edited": (
        "Het bestand is waarschijnlijk met de hand bewerkt of met een andere versie van het "
        "programma gemaakt. Herstel het in een teksteditor, of open een reservekopie. "
        "Uw huidige antwoorden zijn niet gewijzigd.",
        "The file was probably edited by hand or made with another version of the program. "
        "Repair it in a text editor, or open a backup copy. Your current answers have not "
        "been changed.",
    ),
    "kept": (
        "Uw huidige antwoorden zijn niet gewijzigd.",
        "Your current answers have not been changed.",
    ),
}
_OPEN_SHOWN = 6  # more lines than this do not help anyone; the rest is counted


def open_failure_text(name: str, problems: Sequence[Problem], language: Language) -> str:
    """The open-failure dialog's text: the file, what is wrong, and what to do."""

    def text(key: str, **params: object) -> str:
        return in_language(_OPEN_FAILED[key], language, **params)

    lines = [f"• {problem.line(language)}" for problem in problems[:_OPEN_SHOWN]]
    if len(problems) > _OPEN_SHOWN:
        lines.append(text("more", count=len(problems) - _OPEN_SHOWN))
    edited = any(problem.field for problem in problems) and not any(
        problem.code.startswith("schema_") for problem in problems
    )
    return "\n\n".join(
        [text("head", name=name), "\n".join(lines), text("edited" if edited else "kept")]
    )


def where_in(loc: Sequence[int | str], raw: Any) -> str:
    """The questionnaire's key of a place in the file (``channels.linkedin.manager``)."""
    return _dotted(loc, raw)


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
            shown = repr(item.get("input"))
            shown = shown if len(shown) <= 40 else f"{shown[:37]}…"
            params = {"input": shown, "expected": ctx.get("expected", "")}
        elif code in ("at_least", "at_most"):
            params = {"limit": ctx.get("ge", ctx.get("le", ""))}
        elif code in ("too_long_text", "too_many"):
            params = {"max_length": ctx.get("max_length", "")}
        elif code in ("duplicate_channel", "duplicate_step", "date_range"):
            params = dict(ctx)
        if kind == "extra_forbidden":
            params = {}
        problems.append(Problem(key, code, params))
    return problems

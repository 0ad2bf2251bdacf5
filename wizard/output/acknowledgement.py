"""What the acknowledgement register hands out: forms, e-mail drafts and a report.

- A personal acknowledgement form per outstanding person (Word, in the house style):
  name, role, the documents with title, version and date, a sentence of
  acknowledgement, and lines for the date and a signature.
- An e-mail draft (``.eml``) per person with an address: To, a Subject naming the
  version, a plain-text body and the code of conduct attached, marked ``X-Unsent: 1``
  so that Outlook opens it as a message still to be sent (other mail programs offer
  "Edit as new message" on any .eml).
  The program sends nothing.
- The register report: one table for an auditor, per person the version, date and
  method.

The form is written once with stand-ins for the person and copied per person with their
name filled in: writing 250 Word files one by one would take half a minute.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from wizard.answers.labels import value_label
from wizard.answers.model import SCHEMA_VERSION, DocumentKind, IssuedVersion, Project, Style
from wizard.answers.register import (
    METHOD_WORDS,
    Person,
    PersonState,
    Register,
    Totals,
    total_line,
)
from wizard.content.outline import (
    Clause,
    DocumentControl,
    Outline,
    Paragraph,
    Section,
    Table,
)
from wizard.content.tailoring import build_outline
from wizard.files import safe_file_name
from wizard.language import Language, in_language
from wizard.output.docx_writer import WrittenDocument, escape, write_document
from wizard.sanitise import one_line
from wizard.words import long_date

if TYPE_CHECKING:
    from wizard.output.house_style import HouseStyle

_WORDS: dict[str, tuple[str, str]] = {
    "form.title": ("Verklaring voor akkoord", "Acknowledgement"),
    "form.subject": ("Akkoordverklaring", "Acknowledgement form"),
    "form.stem": ("akkoordverklaring", "acknowledgement"),
    "form.person": ("Medewerker", "Employee"),
    "form.name": ("Naam", "Name"),
    "form.role": ("Functie", "Role"),
    "form.documents": ("Documenten", "Documents"),
    "form.document": ("Document", "Document"),
    "form.version": ("Versie", "Version"),
    "form.date": ("Datum", "Date"),
    "form.issued": ("Uitgegeven op", "Issued on"),
    "form.declaration": ("Verklaring", "Declaration"),
    "form.sentence": (
        "Ik heb de bovenstaande documenten van {org}, versie {version}, ontvangen en "
        "gelezen, en ik houd me aan de gedragscode social media.",
        "I have received and read the documents of {org} above, version {version}, and I "
        "will keep to the social media code of conduct.",
    ),
    "form.signature": ("Handtekening", "Signature"),
    "form.return": (
        "Lever dit formulier ondertekend in bij {owner}.",
        "Please return this form, signed, to {owner}.",
    ),
    "mail.subject": (
        "Gedragscode social media {org}, versie {version}: graag lezen en bevestigen",
        "Social media code of conduct {org}, version {version}: please read and confirm",
    ),
    "mail.body.informal": (
        "Beste {name},\n\n"
        "Op {date} is versie {version} van de gedragscode social media van {org} "
        "uitgegeven. Je vindt de gedragscode als bijlage bij deze e-mail.\n\n"
        'Wil je hem lezen en daarna op deze e-mail antwoorden met: "Ik heb de '
        'gedragscode social media, versie {version}, gelezen en ik houd me eraan."\n\n'
        "Met vriendelijke groet,\n{sender}\n",
        "Dear {name},\n\n"
        "On {date}, version {version} of the social media code of conduct of {org} was "
        "issued. You will find the code of conduct attached to this e-mail.\n\n"
        'Please read it and then reply to this e-mail with: "I have read the social media '
        'code of conduct, version {version}, and I will keep to it."\n\n'
        "Kind regards,\n{sender}\n",
    ),
    "mail.body.formal": (
        "Geachte {name},\n\n"
        "Op {date} is versie {version} van de gedragscode social media van {org} "
        "uitgegeven. U vindt de gedragscode als bijlage bij deze e-mail.\n\n"
        'Wilt u hem lezen en daarna op deze e-mail antwoorden met: "Ik heb de '
        'gedragscode social media, versie {version}, gelezen en ik houd me eraan."\n\n'
        "Met vriendelijke groet,\n{sender}\n",
        "Dear {name},\n\n"
        "On {date}, version {version} of the social media code of conduct of {org} was "
        "issued. You will find the code of conduct attached to this e-mail.\n\n"
        'Please read it and then reply to this e-mail with: "I have read the social media '
        'code of conduct, version {version}, and I will keep to it."\n\n'
        "Kind regards,\n{sender}\n",
    ),
    "report.title": ("Register van akkoordverklaringen", "Register of acknowledgements"),
    "report.stem": ("register akkoordverklaringen", "register of acknowledgements"),
    "report.state": ("Stand op {date}", "As of {date}"),
    "report.versions": ("Uitgegeven versies", "Issued versions"),
    "report.people": ("Medewerkers", "Staff"),
    "report.asked": ("akkoord gevraagd", "acknowledgement asked"),
    "report.not_asked": (
        "geen nieuw akkoord nodig (niets wezenlijks veranderd)",
        "no new acknowledgement needed (nothing material changed)",
    ),
    "report.none": (
        "Er zijn nog geen medewerkers in het register.",
        "The register holds no staff yet.",
    ),
    "col.name": ("Naam", "Name"),
    "col.role": ("Functie", "Role"),
    "col.email": ("E-mail", "E-mail"),
    "col.version": ("Laatst getekende versie", "Latest version acknowledged"),
    "col.date": ("Datum", "Date"),
    "col.method": ("Manier", "Method"),
    "col.state": ("Stand", "State"),
    "state.done": ("akkoord", "acknowledged"),
    "state.outstanding": ("openstaand", "outstanding"),
    "state.left": ("uit dienst sinds {date}", "left on {date}"),
    "state.none": ("geen akkoord nodig", "no acknowledgement needed"),
}


def say(key: str, language: Language, **params: object) -> str:
    return in_language(_WORDS[key], language, **params)


# --- the project as it was issued ---------------------------------------------------------


def issued_project(project: Project) -> tuple[Project, IssuedVersion] | None:
    """The latest issued version: the project rebuilt from its snapshot, so that the forms
    and the attached code show what was issued, not what has been answered since.
    None when no version was issued. A snapshot that no longer reads as a project (written
    by hand) gives the current answers under the issued number."""
    if not project.history:
        return None
    entry = project.history[-1]
    raw = {
        **entry.answers,
        "schema_version": SCHEMA_VERSION,
        "history": [item.model_dump(mode="json") for item in project.history],
    }
    try:
        issued = Project.model_validate(raw)
    except (ValidationError, TypeError, ValueError):
        issued = project.model_copy(deep=True)
        issued.organisation.version = entry.version
    return issued, entry


# --- forms --------------------------------------------------------------------------------

# Stand-ins in the form written once; private-use characters, which no name contains.
_NAME, _ROLE = "\ue000name\ue000", "\ue000role\ue000"


def owner_in_words(project: Project) -> str:
    owner = project.organisation.policy_owner
    return owner.name or owner.role


def form_outline(
    project: Project, entry: IssuedVersion, language: Language, person: Person | None = None
) -> Outline:
    """The acknowledgement form; without ``person`` it holds stand-ins for name and role."""
    org = project.organisation
    name = person.name if person else _NAME
    role = (person.role or "") if person else _ROLE
    documents = [
        (
            value_label("document", document, language),
            entry.version,
            long_date(entry.date, language),
        )
        for document in DocumentKind
        if document in project.output.documents
    ]
    person_rows = ((say("form.name", language), name), (say("form.role", language), role))
    blocks_person = (Table((), person_rows, (1, 3)),)
    blocks_documents = (
        Table(
            (
                say("form.document", language),
                say("form.version", language),
                say("form.issued", language),
            ),
            tuple(documents),
            (4, 1, 2),
        ),
    )
    sentence = say("form.sentence", language, org=org.name, version=entry.version)
    form_rows = ((say("form.date", language), ""), (say("form.signature", language), ""))
    blocks_declaration = (
        Paragraph(sentence),
        Table((), form_rows, (1, 3), form=True),
        Paragraph(say("form.return", language, owner=owner_in_words(project))),
    )
    sections = (
        Section("person", say("form.person", language), (_clause("person", blocks_person),)),
        Section(
            "documents", say("form.documents", language), (_clause("documents", blocks_documents),)
        ),
        Section(
            "declaration",
            say("form.declaration", language),
            (_clause("declaration", blocks_declaration),),
        ),
    )
    return _compact(project, entry, language, say("form.title", language), sections, "form.subject")


def _clause(name: str, blocks: tuple[Paragraph | Table, ...]) -> Clause:
    return Clause(f"register.{name}", (), (), blocks)


def _compact(
    project: Project,
    entry: IssuedVersion,
    language: Language,
    title: str,
    sections: tuple[Section, ...],
    subject: str,
    day: date | None = None,
) -> Outline:
    """A short document without a cover: the title, the organisation, the version and the
    date (``day``, else the version's effective date) head its first page."""
    org = project.organisation
    control = DocumentControl(
        version=entry.version,
        effective_date=day or org.effective_date,
        owner=owner_in_words(project),
        approver=entry.approved_by or "",
        next_review=org.effective_date,
    )
    return Outline(
        document=DocumentKind.CODE_OF_CONDUCT,
        language=language,
        organisation=org.name,
        title=title,
        subtitle=org.name,
        control=control,
        keywords=(say(subject, language), org.name),
        sections=sections,
        subject=say(subject, language),
        compact=True,
    )


@dataclass(frozen=True)
class FormTemplate:
    """The form written once; ``for_person`` fills in a name and a role."""

    written: WrittenDocument

    def for_person(self, person: Person) -> bytes:
        body = self.written.body.replace(escape(_NAME), escape(one_line(person.name)))
        body = body.replace(escape(_ROLE), escape(one_line(person.role or "")))
        return WrittenDocument(self.written.parts, self.written.main, body).zip()


def form_template(
    project: Project,
    entry: IssuedVersion,
    language: Language,
    logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> FormTemplate:
    return FormTemplate(write_document(form_outline(project, entry, language), logo, house_style))


def form_file_name(person: Person, version: str, language: Language) -> str:
    return safe_file_name(person.name, say("form.stem", language), version=version, suffix=".docx")


def code_of_conduct_bytes(
    project: Project,
    language: Language,
    logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> bytes:
    outline = build_outline(project, DocumentKind.CODE_OF_CONDUCT, language)
    return write_document(outline, logo, house_style).zip()


def code_file_name(project: Project, language: Language) -> str:
    stem = value_label("file_stem", DocumentKind.CODE_OF_CONDUCT, language)
    return safe_file_name(
        project.organisation.name, stem, version=project.organisation.version, suffix=".docx"
    )


_DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def email_draft(
    project: Project,
    entry: IssuedVersion,
    person: Person,
    language: Language,
    attachment: bytes,
    attachment_name: str,
) -> bytes:
    """An unsent e-mail (RFC 5322, CRLF line ends) with the code of conduct attached."""
    if not person.email:
        raise ValueError("a draft needs an e-mail address")
    org = project.organisation
    message = EmailMessage()
    local, _, domain = person.email.partition("@")
    message["To"] = Address(display_name=one_line(person.name), username=local, domain=domain)
    owner = org.policy_owner
    if owner.email:
        owner_local, _, owner_domain = owner.email.partition("@")
        message["From"] = Address(
            display_name=one_line(owner.name or ""), username=owner_local, domain=owner_domain
        )
    message["Subject"] = say("mail.subject", language, org=org.name, version=entry.version)
    # Outlook opens a message with this header as a draft to send; without a Date it
    # is plainly no message that was sent.
    message["X-Unsent"] = "1"
    formal = org.style is Style.FORMAL
    body = say(
        "mail.body.formal" if formal else "mail.body.informal",
        language,
        name=one_line(person.name).split(" ")[0] if not formal else one_line(person.name),
        date=long_date(entry.date, language),
        version=entry.version,
        org=org.name,
        sender=owner_in_words(project),
    )
    message.set_content(body)
    message.add_attachment(
        attachment, maintype=_DOCX[0], subtype=_DOCX[1], filename=attachment_name
    )
    return message.as_bytes(policy=SMTP)


def draft_file_name(person: Person, version: str, language: Language) -> str:
    return safe_file_name(person.name, say("form.stem", language), version=version, suffix=".eml")


# --- the status table, as text, CSV and a report --------------------------------------------


def state_words(state: PersonState, language: Language) -> str:
    if state.left and state.person.left is not None:
        return say("state.left", language, date=state.person.left.isoformat())
    if state.outstanding:
        return say("state.outstanding", language)
    if not state.needed:
        return say("state.none", language)
    return say("state.done", language)


def status_rows(states: Sequence[PersonState], language: Language) -> list[tuple[str, ...]]:
    """Per person: name, e-mail, role, latest version acknowledged, date, method, state."""
    rows: list[tuple[str, ...]] = []
    for state in states:
        ack = state.latest
        rows.append(
            (
                state.person.name,
                state.person.email or "",
                state.person.role or "",
                ack.version if ack else "",
                ack.date.isoformat() if ack else "",
                in_language(METHOD_WORDS[ack.method], language) if ack else "",
                state_words(state, language),
            )
        )
    return rows


def status_header(language: Language) -> tuple[str, ...]:
    keys = ("name", "email", "role", "version", "date", "method", "state")
    return tuple(say(f"col.{key}", language) for key in keys)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet shows as text: one that could start a formula gets a ``'``."""
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell


def status_csv(states: Sequence[PersonState], total: Totals, language: Language) -> bytes:
    """The status table as CSV (UTF-8 with BOM, so that Excel reads the accents; semicolons
    in Dutch, as Excel in a Dutch locale expects), with the total line last."""
    buffer = io.StringIO(newline="")
    delimiter = ";" if language is Language.NL else ","
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(c) for c in status_header(language)])
    for row in status_rows(states, language):
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    writer.writerow([spreadsheet_safe(total_line(total, language))])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def report_outline(
    project: Project,
    register: Register,
    states: Sequence[PersonState],
    total: Totals,
    language: Language,
    day: date,
) -> Outline:
    """The register report: the issued versions and, per person, version, date, method."""
    del register  # the states carry everything the report shows
    version_items = []
    for item in project.history:
        asked = say("report.asked" if item.acknowledge else "report.not_asked", language)
        version_items.append((item.version, long_date(item.date, language), asked))
    versions = Table(
        (say("form.version", language), say("col.date", language), ""),
        tuple(version_items),
        (1, 2, 4),
    )
    header = (
        say("col.name", language),
        say("col.role", language),
        say("form.version", language),
        say("col.date", language),
        say("col.method", language),
        say("col.state", language),
    )
    rows = tuple(
        (name, role, version, when, method, state)
        for name, _email, role, version, when, method, state in status_rows(states, language)
    )
    people_blocks: tuple[Paragraph | Table, ...] = (
        (Paragraph(total_line(total, language)), Table(header, rows, (5, 4, 2, 3, 3, 3)))
        if rows
        else (Paragraph(say("report.none", language)),)
    )
    sections = (
        Section(
            "people",
            say("report.state", language, date=long_date(day, language)),
            (_clause("people", people_blocks),),
        ),
        Section("versions", say("report.versions", language), (_clause("versions", (versions,)),)),
    )
    entry = project.history[-1] if project.history else IssuedVersion(version="-", date=day)
    return _compact(
        project, entry, language, say("report.title", language), sections, "report.title", day
    )


def report_file_name(project: Project, language: Language, day: date) -> str:
    return safe_file_name(
        project.organisation.name, say("report.stem", language), day.isoformat(), suffix=".docx"
    )


# --- writing the forms and drafts -----------------------------------------------------------


@dataclass
class WrittenForms:
    version: str
    forms: list[Path]
    drafts: list[Path]
    without_email: list[Person]


def write_forms(
    project: Project,
    states: Sequence[PersonState],
    folder: Path,
    language: Language,
    logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> WrittenForms | None:
    """A form per outstanding person and a draft per outstanding address, in ``folder``;
    None when no version was issued. All are made in memory and written together
    (``atomic_write_all``): a refused write (a full disk) leaves the folder as it was,
    not half the staff with a form, and its OSError names the file it failed on. Used by
    the command line and the window alike."""
    from wizard.files import atomic_write_all

    issued = issued_project(project)
    if issued is None:
        return None
    document, entry = issued
    outstanding = [s.person for s in states if s.outstanding]
    result = WrittenForms(entry.version, [], [], [p for p in outstanding if not p.email])
    if not outstanding:
        return result
    template = form_template(document, entry, language, logo, house_style)
    mailed = [p for p in outstanding if p.email]
    attachment = code_of_conduct_bytes(document, language, logo, house_style) if mailed else b""
    attachment_name = code_file_name(document, language)
    used: set[str] = set()

    def unique(name: str, person: Person) -> Path:
        # Two people of the same name get a file each: the second is named by its id too.
        if name.casefold() in used:
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}-{person.id}{dot}{suffix}"
        used.add(name.casefold())
        return folder / name

    files: list[tuple[Path, bytes]] = []
    for person in outstanding:
        target = unique(form_file_name(person, entry.version, language), person)
        files.append((target, template.for_person(person)))
        result.forms.append(target)
        if person.email:
            draft = email_draft(document, entry, person, language, attachment, attachment_name)
            target = unique(draft_file_name(person, entry.version, language), person)
            files.append((target, draft))
            result.drafts.append(target)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_all(files)
    return result

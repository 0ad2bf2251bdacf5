"""The output jobs: each file the program makes, written once for the command line and
the window.

A job takes plain inputs (a project or a draft, where to write, the languages, the day
from ``wizard.clock`` passed in) and returns what it wrote and what is worth saying, as
domain values. It never prints, never asks and never imports Qt: the command line words
the result on its streams, the window's worker threads call the job and nothing else and
the page words the result. What goes wrong with the disk is raised as the OSError (which
names the file); each front end says it in words with ``problem_from_os_error``.

Choosing a target and refusing to replace a file stay with the callers: the command line
refuses without ``--force``, the window asks. The ``*_plan``/``*_path`` helpers here
name the files first, so that both ask about the same ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from wizard.answers.messages import Problem, ProjectError
from wizard.answers.model import DocumentKind, Language, Project
from wizard.files import atomic_write

if TYPE_CHECKING:
    from wizard.answers.register import PersonState, Register
    from wizard.output.acknowledgement import WrittenForms
    from wizard.output.calendar_file import Reminder
    from wizard.output.export import PlannedDocument
    from wizard.output.house_style import HouseStyle


class Notice(Protocol):
    """Something worth saying that stops nothing: a house style's warning, a clause
    edited in one language only (``Problem`` and the consistency ``Warning``)."""

    def line(self, language: Language) -> str: ...

    def cli_line(self, language: Language) -> str: ...


@dataclass(frozen=True)
class JobResult:
    """The files a job wrote, in order, and its warnings."""

    written: list[Path] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)


# --- the house style ---------------------------------------------------------------------------


def project_house_style(
    project: Project, base_dir: Path | None
) -> tuple[HouseStyle | None, Problem | None]:
    """The project's house style (``output.house_style``, relative to ``base_dir``), or
    why it cannot be used; ``(None, None)`` is the built-in one."""
    if not project.output.house_style:
        return None, None  # the house style's reader (and python-docx) not even loaded
    from wizard.output.house_style import house_style_for

    return house_style_for(project.output.house_style, base_dir)


# --- the Word documents ------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportPlan:
    """The documents an export writes, and those of them (or their PDFs) already there."""

    planned: list[PlannedDocument]
    existing: list[Path]


def export_plan(
    project: Project,
    folder: Path,
    languages: Sequence[Language] | None = None,
    documents: Sequence[DocumentKind] | None = None,
    *,
    pdf: bool = False,
) -> ExportPlan:
    from wizard.output.export import existing_files, pdf_path, plan_export

    planned = plan_export(project, folder, languages, documents)
    existing = existing_files(planned)
    if pdf:
        existing += [pdf_path(item.path) for item in planned if pdf_path(item.path).exists()]
    return ExportPlan(planned, existing)


def export_documents(
    project: Project,
    planned: Sequence[PlannedDocument],
    logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> JobResult:
    """The planned Word documents, all rendered in memory before any is written (each
    atomically, the folder made when missing).

    Warned, not refused: a clause edited in one language only, when both are written
    (the two documents may now say different things).
    """
    from wizard.output.export import render_documents, write_documents

    rendered = render_documents(project, planned, logo, house_style)
    for folder in dict.fromkeys(item.path.parent for item in planned):
        folder.mkdir(parents=True, exist_ok=True)
    written = write_documents(rendered)
    return JobResult(written, _language_warnings(project, [item.language for item in planned]))


def _language_warnings(project: Project, languages: Sequence[Language]) -> list[Notice]:
    if not project.clauses or len(set(languages)) < 2:
        return []
    from wizard.content.consistency import clause_warnings

    return [w for w in clause_warnings(project) if w.code == "clause_one_language"]


@dataclass(frozen=True)
class BatchEntry:
    """One project of a batch: the folder its documents go into, and the earlier project
    of the batch that has the same name (then it is not written: both would land in one
    folder)."""

    project: Path
    folder: Path
    same_name_as: Path | None = None


def project_name(path: Path) -> str:
    """``NAME`` of ``NAME.policy.json`` (any other file: its name without the suffix)."""
    name = path.name
    for suffix in (".policy.json", ".json"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem or name


def batch_plan(projects: Sequence[Path], out: Path) -> list[BatchEntry]:
    """Where each project of a batch goes: ``out/NAME/``; names compared as Windows and
    macOS do (case-insensitively). Each project is then written with ``export_documents``,
    a failing one reported and the others still written."""
    seen: dict[str, Path] = {}
    entries = []
    for path in projects:
        name = project_name(path)
        first = seen.setdefault(name.casefold(), path)
        entries.append(BatchEntry(path, out / name, first if first != path else None))
    return entries


# --- PDF ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfFailure:
    """A Word file whose PDF was not made, and why (a PdfError, an OSError, or any
    other exception, which the caller words and logs)."""

    document: Path
    error: Exception

    def detail(self, language: Language) -> str | None:
        """Why, in words; None for an unexpected error (the caller words it)."""
        from wizard.output.pdf import PdfError

        if isinstance(self.error, PdfError):
            return self.error.detail(language)
        if isinstance(self.error, OSError):
            return self.error.strerror or str(self.error)
        return None


@dataclass(frozen=True)
class PdfResult(JobResult):
    """The PDFs written; those that failed; ``not_installed`` when LibreOffice is missing
    (then nothing was tried)."""

    failures: list[PdfFailure] = field(default_factory=list)
    not_installed: bool = False


def convert_to_pdf(
    documents: Sequence[Path],
    office: Path | None = None,
    *,
    made: Callable[[Path], None] | None = None,
) -> PdfResult:
    """A PDF beside each written Word file, one at a time; the Word files stay either way.

    ``office`` is LibreOffice's program (default: the one ``find_libreoffice`` finds).
    A failing document does not stop the others. ``made`` hears of each PDF as soon as
    it is there (a conversion takes seconds: the command line names each at once).
    """
    from wizard.output.pdf import convert, find_libreoffice, pdf_path

    office = office or find_libreoffice()
    if office is None:
        return PdfResult(not_installed=True)
    written: list[Path] = []
    failures: list[PdfFailure] = []
    for document in documents:
        try:
            written.append(convert(office, document, pdf_path(document)))
            if made is not None:
                made(written[-1])
        except Exception as error:  # each failure is said, the next document still made
            failures.append(PdfFailure(document, error))
    return PdfResult(written, failures=failures)


def pdf_message(code: str, language: Language, **params: object) -> str:
    """A message about PDF conversion, in ``language`` (``not_installed``, ``failed``)."""
    from wizard.output.pdf import message

    return message(code, language, **params)


# --- one Word file -----------------------------------------------------------------------------


def write_file(target: Path, data: bytes) -> JobResult:
    """``data`` into ``target`` atomically, its folder made when missing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
    return JobResult([target])


# --- the workshop report -----------------------------------------------------------------------


def workshop_report_path(
    draft: dict[str, Any], folder: Path, language: Language, today: date
) -> Path:
    from wizard.output.report import report_file_name

    return folder / report_file_name(draft, language, today)


def workshop_report(
    draft: dict[str, Any], base_dir: Path | None, target: Path, language: Language, today: date
) -> JobResult:
    """The workshop report of a draft that may be half answered, into ``target``.

    A draft that cannot be reported faithfully (a section of the wrong type, a value out
    of range) is refused with a ProjectError. A house style that cannot be used does not
    stop the report: it is a warning and the built-in looks are used.
    """
    from wizard.output.report import (
        gather,
        report_house_style,
        report_logo,
        report_outline,
        unreadable_problems,
        write_report,
    )

    data = gather(draft, language, today, base_dir)
    broken = unreadable_problems(data.problems)
    if broken:
        raise ProjectError(broken)
    house_style, passed_by = report_house_style(draft, base_dir)
    notes: list[Notice] = (
        [passed_by] if passed_by else list(house_style.warnings if house_style else ())
    )
    content = write_report(report_outline(data), report_logo(draft, base_dir), house_style)
    return JobResult(write_file(target, content).written, notes)


# --- the calendar ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarResult(JobResult):
    events: list[Reminder] = field(default_factory=list)


def calendar(project: Project, target: Path) -> CalendarResult:
    """The review date and the plan's due dates as an iCalendar file at ``target``."""
    from wizard.output.calendar_file import write_calendar

    target.parent.mkdir(parents=True, exist_ok=True)
    return CalendarResult([target], events=write_calendar(project, target))


# --- redlines ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Redline:
    path: Path
    inserted: int
    deleted: int


@dataclass(frozen=True)
class RedlineResult(JobResult):
    redlines: list[Redline] = field(default_factory=list)


def redline_targets(
    planned: Sequence[PlannedDocument],
) -> list[tuple[DocumentKind, Language, Path]]:
    """Each planned document's redline: beside where the document itself would go."""
    from wizard.output.redline import redline_path

    return [(item.document, item.language, redline_path(item.path)) for item in planned]


def redlines(
    old: Project,
    new: Project,
    targets: Sequence[tuple[DocumentKind, Language, Path]],
    when: datetime,
    *,
    old_logo: Path | None = None,
    new_logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> RedlineResult:
    """Each (document, language) of ``new`` with its changes against ``old`` tracked, as a
    Word file at its target; both written in the same house style."""
    from wizard.output.redline import redline_document, tracked_changes

    done = []
    for document, language, target in targets:
        data = redline_document(
            old,
            new,
            document,
            language,
            when,
            old_logo=old_logo,
            new_logo=new_logo,
            house_style=house_style,
        )
        write_file(target, data)
        done.append(Redline(target, *tracked_changes(data)))
    return RedlineResult([r.path for r in done], redlines=done)


# --- the acknowledgement register --------------------------------------------------------------


def register_report_path(project: Project, folder: Path, language: Language, today: date) -> Path:
    from wizard.output.acknowledgement import report_file_name

    return folder / report_file_name(project, language, today)


def register_report(
    project: Project,
    register: Register,
    states: Sequence[PersonState],
    target: Path,
    language: Language,
    today: date,
    *,
    logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> JobResult:
    """The register report for an auditor: who acknowledged which version, as Word."""
    from wizard.answers.register import totals
    from wizard.output.acknowledgement import report_outline
    from wizard.output.docx_writer import document_bytes

    total = totals(states, project.history)
    outline = report_outline(project, register, states, total, language, today)
    return write_file(target, document_bytes(outline, logo, house_style))


def acknowledgement_forms(
    project: Project,
    states: Sequence[PersonState],
    folder: Path,
    language: Language,
    *,
    logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> WrittenForms | None:
    """A form per outstanding person and an e-mail draft per address, in ``folder``;
    None when no version was issued."""
    from wizard.output.acknowledgement import write_forms

    return write_forms(project, states, folder, language, logo, house_style)


__all__ = [
    "BatchEntry",
    "CalendarResult",
    "ExportPlan",
    "JobResult",
    "Notice",
    "PdfFailure",
    "PdfResult",
    "Redline",
    "RedlineResult",
    "acknowledgement_forms",
    "batch_plan",
    "calendar",
    "convert_to_pdf",
    "export_documents",
    "export_plan",
    "pdf_message",
    "project_house_style",
    "project_name",
    "redline_targets",
    "redlines",
    "register_report",
    "register_report_path",
    "workshop_report",
    "workshop_report_path",
    "write_file",
]

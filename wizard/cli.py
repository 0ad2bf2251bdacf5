"""The command line: ``generate``, ``validate``, ``calendar``, ``report``, ``diff``,
``clauses``, ``import-edits`` and ``acknowledgements``. It never imports Qt.

Exit codes: 0 success (``diff``: no differences); 3 ``diff`` found differences, or
``acknowledgements status`` found someone outstanding; 2
invalid input or a refused overwrite, with one line on stderr that names the file and
the field; 1 an unexpected failure (a traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from wizard import __version__, clock
from wizard.answers.messages import (
    Problem,
    ProjectError,
    holder_text,
    interface_language,
    problem_from_os_error,
)
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import (
    load_project,
    logo_path,
    project_folder,
    read_raw,
    validate_raw,
)
from wizard.files import FileChanged, FileState
from wizard.language import in_language
from wizard.lock import Locked

if TYPE_CHECKING:
    from wizard.output.house_style import HouseStyle

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2


class UsageError(Exception):
    def __init__(self, problem: Problem, where: str) -> None:
        super().__init__(problem.code)
        self.problem, self.where = problem, where


def _choices(
    value: str | None, kind: type[Language] | type[DocumentKind], option: str
) -> list | None:  # type: ignore[type-arg]
    if value is None:
        return None
    chosen = []
    for part in (p.strip() for p in value.split(",")):
        try:
            chosen.append(kind(part))
        except ValueError:
            expected = ", ".join(member.value for member in kind)
            raise UsageError(
                Problem(option, "bad_choice", {"input": repr(part), "expected": expected}), option
            ) from None
    return chosen


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-builder",
        description="Social Media Policy Builder: a tailored social media code of conduct and "
        "ICT-policy section as Word documents, in Dutch and English.",
        epilog="Without a command the window opens, with the project when one is named: "
        "policy-builder [PROJECT.policy.json]",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show a traceback on unexpected errors"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    generate = commands.add_parser("generate", help="write the Word documents of a project")
    generate.add_argument(
        "project",
        type=Path,
        nargs="+",
        help="the project file (*.policy.json); with several, each goes into OUT/NAME/",
    )
    generate.add_argument("--out", type=Path, required=True, help="folder for the documents")
    generate.add_argument("--lang", help="languages, for example nl,en (default: the project's)")
    generate.add_argument(
        "--docs", help="documents: code_of_conduct,ict_policy (default: the project's)"
    )
    generate.add_argument("--force", action="store_true", help="overwrite existing documents")
    generate.add_argument(
        "--pdf", action="store_true", help="also write a PDF of each document (needs LibreOffice)"
    )
    generate.add_argument(
        "--house-style",
        type=Path,
        metavar="FILE",
        help="a Word file (.docx or .dotx) whose styles the documents take "
        "(default: the project's output.house_style)",
    )
    generate.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    calendar = commands.add_parser(
        "calendar", help="write the review date and the plan's due dates as an iCalendar file"
    )
    calendar.add_argument("project", type=Path, help="the project file (*.policy.json)")
    calendar.add_argument("--out", type=Path, required=True, help="the calendar file (*.ics)")
    calendar.add_argument("--force", action="store_true", help="overwrite an existing file")
    calendar.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    report = commands.add_parser(
        "report", help="write a workshop report: answers, notes, decisions and what is open"
    )
    report.add_argument("project", type=Path, help="the project file (*.policy.json)")
    report.add_argument("--out", type=Path, required=True, help="folder for the report")
    report.add_argument("--lang", help="nl or en (default: the project's first language)")
    report.add_argument("--force", action="store_true", help="overwrite an existing report")
    report.add_argument(
        "--pdf", action="store_true", help="also write a PDF of the report (needs LibreOffice)"
    )
    report.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    diff = commands.add_parser(
        "diff",
        help="list in words every answer and edited clause that differs between two projects "
        "(with one project: since its last issued version)",
    )
    diff.add_argument("project", type=Path, help="the older project file, or the only one")
    diff.add_argument("newer", type=Path, nargs="?", help="the newer project file")
    diff.add_argument("--lang", help="language of the list: nl or en (default: the system's)")
    diff.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    redline = commands.add_parser(
        "redline",
        help="a Word document with tracked changes between two projects' documents "
        "(with one project: since its last issued version)",
    )
    redline.add_argument("project", type=Path, help="the older project file, or the only one")
    redline.add_argument("newer", type=Path, nargs="?", help="the newer project file")
    redline.add_argument("--out", type=Path, required=True, help="the Word file (*.docx)")
    redline.add_argument(
        "--doc", help="code_of_conduct or ict_policy (default: the project's first document)"
    )
    redline.add_argument("--lang", help="nl or en (default: the project's first language)")
    redline.add_argument("--force", action="store_true", help="overwrite an existing file")
    redline.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    clients = commands.add_parser(
        "clients",
        help="a table of the projects in a folder and its direct subfolders, soonest review first",
    )
    clients.add_argument("folder", type=Path, help="the folder with the clients' projects")
    clients.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")
    clients.add_argument("--force", action="store_true", help="overwrite an existing CSV file")
    clients.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    reuse = commands.add_parser(
        "new-from",
        help="a new client's project from an earlier one: answers and clause edits kept, "
        "the earlier client's people, logo, notes, decisions and versions cleared",
    )
    reuse.add_argument("project", type=Path, help="the earlier client's project file")
    reuse.add_argument("--out", type=Path, required=True, help="the new project file")
    reuse.add_argument("--name", required=True, help="the new client's organisation name")
    reuse.add_argument("--force", action="store_true", help="overwrite an existing file")
    reuse.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    validate = commands.add_parser("validate", help="check a project file and report every problem")
    validate.add_argument("project", type=Path, help="the project file (*.policy.json)")
    validate.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    _add_edit_commands(commands)
    _add_acknowledgement_commands(commands)
    return parser


def _add_edit_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    clauses = commands.add_parser(
        "clauses", help="list the clauses with their titles and which are edited"
    )
    clauses.add_argument("project", type=Path, help="the project file (*.policy.json)")
    clauses.add_argument("--lang", help="nl or en (default: the project's first language)")
    clauses.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    imported = commands.add_parser(
        "import-edits", help="store the clauses changed in an edited Word document as edits"
    )
    imported.add_argument("project", type=Path, help="the project file (*.policy.json)")
    imported.add_argument("document", type=Path, help="the edited Word document (*.docx)")
    imported.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)


def _report(
    where: Path | str, problems: Sequence[Problem], stderr: TextIO, *, all_lines: bool
) -> None:
    language = interface_language()
    shown = problems if all_lines else problems[:1]
    for problem in shown:
        # An option's problem is already named by the option ("--lang: …"), and a file
        # that is in the way by its path ("out/x.docx already exists; …").
        named = str(where) in (problem.field, str(problem.params.get("path", "")))
        prefix = "" if named else f"{where}: "
        print(f"{prefix}{problem.cli_line(language)}", file=stderr)
    if not all_lines and len(problems) > 1:
        more = len(problems) - 1
        hint = (
            f"({more} andere problemen; 'validate' toont ze allemaal)"
            if language is Language.NL
            else f"({more} more; 'validate' lists them all)"
        )
        print(hint, file=stderr)


_BATCH_TEXTS = {
    "same_name": (
        "heeft dezelfde naam als {other}; beide zouden in {folder} komen. Hernoem er een.",
        "has the same name as {other}; both would go into {folder}. Rename one of them.",
    ),
    "summary": (
        "{written} van {total} projecten geschreven; niet geschreven: {failed}.",
        "{written} of {total} projects written; not written: {failed}.",
    ),
}


def _generate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """One project into ``--out``; several each into ``--out/NAME/``, a failing one
    reported and the others still written (exit 2 when any failed)."""
    projects: list[Path] = args.project
    if len(projects) == 1:
        args.project = projects[0]  # the run's own report names it
        return _generate_one(args, args.out, stdout, stderr)
    # A wrong option is said once, before any project is read.
    _choices(args.lang, Language, "--lang")
    _choices(args.docs, DocumentKind, "--docs")
    from wizard.output.jobs import batch_plan

    language = interface_language()
    failed: list[Path] = []
    for entry in batch_plan(projects, args.out):
        path, folder, other = entry.project, entry.folder, entry.same_name_as
        one = argparse.Namespace(**{**vars(args), "project": path})
        try:
            if other is not None:
                texts = _BATCH_TEXTS["same_name"]
                print(
                    f"{path}: {in_language(texts, language, other=other, folder=folder)}",
                    file=stderr,
                )
                code = EXIT_INVALID
            else:
                code = _generate_one(one, folder, stdout, stderr)
        except ProjectError as error:
            _report(path, error.problems, stderr, all_lines=False)
            code = EXIT_INVALID
        except UsageError as error:
            _report(error.where, [error.problem], stderr, all_lines=True)
            code = EXIT_INVALID
        except Exception as error:  # one project's surprise does not stop the others
            if args.debug:
                import traceback

                traceback.print_exc(file=stderr)
            print(f"{path}: unexpected error: {type(error).__name__}: {error}", file=stderr)
            code = EXIT_FAILURE
        if code != EXIT_OK:
            failed.append(path)
    if failed:
        summary = in_language(
            _BATCH_TEXTS["summary"],
            language,
            written=len(projects) - len(failed),
            total=len(projects),
            failed=", ".join(str(p) for p in failed),
        )
        print(summary, file=stderr)
        return EXIT_INVALID
    return EXIT_OK


def _generate_one(args: argparse.Namespace, out: Path, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.output import jobs

    project: Project = _project_with_house_style(args.project, args.house_style)
    house_style = _house_style(project, args.project, stderr)
    languages = _choices(args.lang, Language, "--lang")
    documents = _choices(args.docs, DocumentKind, "--docs")
    if out.exists() and not out.is_dir():
        raise UsageError(Problem("--out", "output_not_folder", {"path": str(out)}), str(out))
    plan = jobs.export_plan(project, out, languages, documents, pdf=args.pdf)
    if plan.existing and not args.force:
        _refuse_existing(plan.existing[0])
    logo = logo_path(project, project_folder(args.project))
    try:
        out.mkdir(parents=True, exist_ok=True)
        result = jobs.export_documents(project, plan.planned, logo, house_style)
    except OSError as error:
        return _cannot_write(error, out, stderr)
    for path in result.written:
        print(path, file=stdout)
    _warn(args.project, result.warnings, stderr)
    if args.pdf:
        return _convert_to_pdf(result.written, stdout, stderr)
    return EXIT_OK


def _refuse_existing(path: Path) -> NoReturn:
    """A file the run would replace, without --force: refused before anything is written."""
    raise UsageError(Problem("", "output_exists", {"path": str(path)}), str(path))


def _cannot_write(error: OSError, where: Path | str, stderr: TextIO) -> int:
    """The operating system refused a write (no permission, disk full, open in Word):
    said in words that name the file and what to do (the system's own words are left
    out, see messages). Exit 2, as for any input the user can put right: it is no
    surprise of ours (exit 1), and every output command answers it the same way."""
    target = getattr(error, "filename", None) or str(where)
    print(
        problem_from_os_error(error, target, writing=True).cli_line(interface_language()),
        file=stderr,
    )
    return EXIT_INVALID


def _warn(path: Path, warnings: Sequence[Any], stderr: TextIO) -> None:
    """A job's warnings, each named by the project: said, not refused."""
    language = interface_language()
    word = "waarschuwing" if language is Language.NL else "warning"
    for warning in warnings:
        print(f"{path}: {word}: {warning.cli_line(language)}", file=stderr)


def _project_with_house_style(path: Path, house_style: Path | None) -> Project:
    """The project, its house style replaced by ``--house-style`` (relative to here)."""
    if house_style is None:
        return load_project(path)
    raw = read_raw(path)
    output = raw.get("output")
    raw["output"] = {
        **(output if isinstance(output, dict) else {}),
        "house_style": str(house_style.expanduser().absolute()),
    }
    return validate_raw(raw, project_folder(path))


def _house_style(
    project: Project, path: Path, stderr: TextIO, *, announce: bool = True
) -> HouseStyle | None:
    """The project's house style, checked; its warnings printed (when ``announce``),
    a refusal raised. Loaded once: the second call takes it from the cache."""
    from wizard.output.jobs import project_house_style

    style, refused = project_house_style(project, project_folder(path))
    if refused is not None:
        raise ProjectError([refused])
    if style is not None and announce:
        _warn(path, style.warnings, stderr)
    return style


def _convert_to_pdf(documents: Sequence[Path], stdout: TextIO, stderr: TextIO) -> int:
    """PDFs of the written documents, one at a time; the Word files stay either way."""
    from wizard.output.jobs import convert_to_pdf, pdf_message
    from wizard.output.pdf import pdf_path

    language = interface_language()
    result = convert_to_pdf(documents, made=lambda pdf: print(pdf, file=stdout, flush=True))
    if result.not_installed:
        print(f"--pdf: {pdf_message('not_installed', language)}", file=stderr)
        return EXIT_INVALID
    refused = office_failed = False
    for failure in result.failures:
        if isinstance(failure.error, OSError):
            # The disk refused the PDF: worded and answered as every refused write.
            refused = bool(_cannot_write(failure.error, pdf_path(failure.document), stderr))
            continue
        detail = failure.detail(language)
        if detail is None:  # not LibreOffice, not the disk: the last line of defence says it
            raise failure.error
        failed = pdf_message("failed", language, detail=detail)
        print(f"{failure.document}: {failed}", file=stderr)
        office_failed = True  # LibreOffice failed or took too long: the Word files stay
    return EXIT_FAILURE if office_failed else EXIT_INVALID if refused else EXIT_OK


def _calendar(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.output.calendar_file import say
    from wizard.output.jobs import calendar

    project = load_project(args.project)
    out: Path = args.out
    language = interface_language()
    if out.is_dir():
        example = out / "review.ics"
        print(f"{out}: {say('out_is_folder', language, path=out, example=example)}", file=stderr)
        return EXIT_INVALID
    if out.exists() and not args.force:
        _refuse_existing(out)
    try:
        result = calendar(project, out)
    except OSError as error:
        return _cannot_write(error, out, stderr)
    print(out, file=stdout)
    for event in result.events:
        print(f"  {event.day.isoformat()}  {event.summary}", file=stdout)
    return EXIT_OK


def _written_one(target: Path, *, pdf: bool, stdout: TextIO, stderr: TextIO) -> int:
    print(target, file=stdout)
    if pdf:
        return _convert_to_pdf([target], stdout, stderr)
    return EXIT_OK


def _workshop_report(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """A report of a project that may be half answered; a broken file is refused."""
    from wizard.answers.draft import draft_from_raw
    from wizard.output import jobs
    from wizard.output.pdf import pdf_path
    from wizard.output.report import open_problems, report_language, unreadable_problems

    draft = draft_from_raw(read_raw(args.project))
    base = project_folder(args.project)
    # A section of the wrong type or a value out of range: the draft cannot be reported
    # faithfully; refused before anything reads it.
    broken = unreadable_problems(open_problems(draft, base))
    if broken:
        raise ProjectError(broken)
    languages = _choices(args.lang, Language, "--lang")
    if languages is not None and len(languages) != 1:
        print(in_language(_DIFF_TEXTS["one_language"], interface_language()), file=stderr)
        return EXIT_INVALID
    language = languages[0] if languages else report_language(draft)
    today = clock.today()
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise UsageError(Problem("--out", "output_not_folder", {"path": str(out)}), str(out))
    target = jobs.workshop_report_path(draft, out, language, today)
    for path in (target, pdf_path(target)) if args.pdf else (target,):
        if path.exists() and not args.force:
            _refuse_existing(path)
    try:
        result = jobs.workshop_report(draft, base, target, language, today)
    except OSError as error:
        return _cannot_write(error, target, stderr)
    _warn(args.project, result.warnings, stderr)
    return _written_one(target, pdf=args.pdf, stdout=stdout, stderr=stderr)


def _validate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.content.consistency import check_consistency

    project = load_project(args.project)
    language = interface_language()
    # A house style is checked inside too: a refusal makes the project unusable.
    _house_style(project, args.project, stdout, announce=False)
    ok = "is geldig" if language is Language.NL else "is valid"
    print(f"{args.project}: {ok} ({project.organisation.name})", file=stdout)
    _house_style(project, args.project, stdout)
    # Contradictions do not make a project invalid; they are worth a second look.
    word = "waarschuwing" if language is Language.NL else "warning"
    for warning in check_consistency(project, language):
        print(f"{args.project}: {word}: {warning.cli_line(language)}", file=stdout)
    return EXIT_OK


_MARKS = {
    "edited": ("aangepast", "edited"),
    "omitted": ("weggelaten", "left out"),
    "out_of_date": (
        "verouderd: de gegenereerde tekst is veranderd",
        "out of date: the generated text changed",
    ),
    "other": ("alleen in het {other} aangepast", "edited in {other} only"),
    "table": ("alleen de tekst boven de tabel", "only the text above the table"),
    "fixed": ("niet te bewerken, wel weg te laten", "not editable, can be left out"),
    "saved": (
        "Opgeslagen in {path}; het vorige bestand staat in {backup}.",
        "Saved to {path}; the previous file is in {backup}.",
    ),
    "absent": (
        "Niet in de documenten met deze antwoorden:",
        "Not in the documents with these answers:",
    ),
    "unused": (
        "Aanpassingen voor clausules die niet in de documenten staan:",
        "Edits for clauses that are not in the documents:",
    ),
}


def _clauses(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.labels import value_label
    from wizard.content.clause_states import clause_states, other_language

    project = load_project(args.project)
    chosen = _choices(args.lang, Language, "--lang")
    language = chosen[0] if chosen else project.output.languages[0]
    other = value_label("language", other_language(language), language)
    listed: set[str] = set()
    for document in project.output.documents:
        print(value_label("document", document, language), file=stdout)
        section = ""
        for state in clause_states(project, document, language):
            listed.add(state.id)
            if state.section_title != section:
                section = state.section_title
                print(f"  {section}", file=stdout)
            marks = [
                in_language(_MARKS[key], language, other=other)
                for key, on in (
                    ("omitted", state.omitted),
                    ("edited", state.edited is not None),
                    ("out_of_date", state.out_of_date and not state.omitted),
                    ("other", state.other_language_edited),
                    ("fixed", not state.editable),
                    ("table", state.table and state.editable),
                )
                if on
            ]
            shown = f" [{'; '.join(marks)}]" if marks else ""
            print(f"    {state.id:<32} {state.title}{shown}", file=stdout)
    from wizard.answers.labels import clause_title
    from wizard.content.clauses import CLAUSES

    # Registered clauses these answers leave out, so every id can be found here.
    absent = [c for c in CLAUSES if c not in listed and c not in project.clauses]
    if absent:
        print(in_language(_MARKS["absent"], language), file=stdout)
        for clause_id in absent:
            print(f"    {clause_id:<32} {clause_title(clause_id, language)}", file=stdout)
    unused = sorted(set(project.clauses) - listed)
    if unused:
        print(in_language(_MARKS["unused"], language), file=stdout)
        for clause_id in unused:
            print(f"    {clause_id:<32} {clause_title(clause_id, language)}", file=stdout)
    return EXIT_OK


def _import_edits(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.project_file import project_bytes, read_project_file
    from wizard.files import atomic_write
    from wizard.output.import_edits import ImportRefused, import_edits, read_document, report_lines

    path: Path = args.project
    language = interface_language()
    with contextlib.ExitStack() as held:
        # One writer at a time: the lock is held from reading the project to writing it,
        # so a second import-edits waits and then reads what the first one wrote.
        _hold_lock(held, path)
        read = read_project_file(path)
        project = validate_raw(read.raw, project_folder(path))
        try:
            result = import_edits(project, read_document(args.document))
        except ImportRefused as refused:
            print(f"{args.document}: {refused.message(language)}", file=stderr)
            return EXIT_INVALID
        for line in report_lines(result, language):
            print(line, file=stdout)
        if result.any_change:
            backup = path.with_name(path.name + ".bak")
            try:
                # A writer that takes no lock (an editor, a copy over the file share):
                # refused before the backup too, so the backup is what was read.
                _refuse_if_changed(path, read.state)
                atomic_write(backup, read.data)
                atomic_write(path, project_bytes(result.project), unchanged_since=read.state)
            except OSError as error:
                return _cannot_write(error, path, stderr)
            saved = in_language(_MARKS["saved"], language, path=path, backup=backup)
            print(saved, file=stdout)
    return EXIT_OK


def _hold_lock(held: contextlib.ExitStack, path: Path) -> None:
    """Take the project's lock into ``held``; Locked is refused by ``run``.

    Where no lock file can be made (a read-only folder), nothing can be saved either,
    and the save itself says so; reading goes on without the lock.
    """
    from wizard.lock import writing

    with contextlib.suppress(OSError):
        held.enter_context(writing(path))


def _refuse_if_changed(path: Path, state: FileState) -> None:
    from wizard.files import FileChanged, changed_since

    now = changed_since(path, state)
    if now is not None:
        raise FileChanged(path, now)


EXIT_DIFFERENT = 3
_DIFF_TEXTS = {
    "no_history": (
        "dit project heeft nog geen uitgegeven versie om mee te vergelijken; geef een versie "
        "uit (pagina Controleren en exporteren) of noem twee projectbestanden.",
        "this project has no issued version to compare with yet; issue a version (Review and "
        "export page) or name two project files.",
    ),
    "one_language": (
        "--lang: kies één taal, nl of en.",
        "--lang: choose one language, nl or en.",
    ),
    "same": ("Geen verschillen.", "No differences."),
}


def _diff_answers(path: Path) -> tuple[Project, dict[str, Any]]:
    """A project file's answers and clause edits; ProjectError names what is wrong."""
    from pydantic import ValidationError

    from wizard.answers.messages import problems_from_validation
    from wizard.answers.project_file import read_raw
    from wizard.answers.versions import snapshot

    raw = read_raw(path)
    try:
        # The logo is not compared, so a copy whose logo has moved still compares.
        project = Project.model_validate(raw)
    except ValidationError as error:
        raise ProjectError(problems_from_validation(error, raw)) from None
    except RecursionError:
        raise ProjectError([Problem("", "too_deep")]) from None
    dumped = project.model_dump(mode="json", include={"clauses"})
    return project, snapshot(project.answers_snapshot(), dumped["clauses"])


def _diff(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.changes import project_changes
    from wizard.language import in_language

    language = interface_language()
    chosen = _choices(args.lang, Language, "--lang")
    if chosen is not None:
        if len(chosen) != 1:
            print(in_language(_DIFF_TEXTS["one_language"], language), file=stderr)
            return EXIT_INVALID
        language = chosen[0]
    try:
        project, old = _diff_answers(args.project)
    except ProjectError as error:
        _report(args.project, error.problems[:1], stderr, all_lines=True)
        return EXIT_INVALID
    if args.newer is None:
        if not project.history:
            print(
                f"{args.project}: {in_language(_DIFF_TEXTS['no_history'], language)}", file=stderr
            )
            return EXIT_INVALID
        recorded = project.history[-1].answers
        old, new = recorded, old
    else:
        try:
            _, new = _diff_answers(args.newer)
        except ProjectError as error:
            _report(args.newer, error.problems[:1], stderr, all_lines=True)
            return EXIT_INVALID
    changes = project_changes(old, new, language)
    for change in changes:
        print(change.text, file=stdout)
    if not changes:
        print(in_language(_DIFF_TEXTS["same"], language), file=stdout)
        return EXIT_OK
    return EXIT_DIFFERENT


_REDLINE_TEXTS = {
    "one_document": (
        "--doc: kies één document, code_of_conduct of ict_policy.",
        "--doc: choose one document, code_of_conduct or ict_policy.",
    ),
    "not_docx": (
        "--out: de redline is een Word-bestand; geef een naam die eindigt op .docx, "
        "bijvoorbeeld {example}.",
        "--out: the redline is a Word file; give a name that ends in .docx, for example {example}.",
    ),
    "written": (
        "{path}: {inserted} invoegingen en {deleted} verwijderingen, als bijgehouden wijzigingen.",
        "{path}: {inserted} insertions and {deleted} deletions, as tracked changes.",
    ),
}


def _older_project(path: Path) -> tuple[Project, Path | None]:
    """An older project for a comparison: its logo is used when it is still there, but a
    copy whose logo has moved is still compared (as ``diff`` does)."""
    from pydantic import ValidationError

    from wizard.answers.messages import problems_from_validation
    from wizard.answers.project_file import check_logo

    raw = read_raw(path)
    try:
        project = Project.model_validate(raw)
    except ValidationError as error:
        raise ProjectError(problems_from_validation(error, raw)) from None
    except RecursionError:
        raise ProjectError([Problem("", "too_deep")]) from None
    logo = None if check_logo(project, path.parent) else logo_path(project, path.parent)
    return project, logo


def _issued_project(path: Path) -> Project | None:
    """The project as its last issued version recorded it; None without one."""
    from pydantic import ValidationError

    from wizard.answers.messages import problems_from_validation
    from wizard.answers.versions import as_issued

    try:
        raw = as_issued(read_raw(path))
    except LookupError:
        return None
    try:
        return Project.model_validate(raw)
    except ValidationError as error:
        raise ProjectError(problems_from_validation(error, raw)) from None


def _redline(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.output.jobs import redlines

    language_shown = interface_language()
    out: Path = args.out
    if out.suffix.lower() != ".docx":
        example = out.with_suffix(".docx") if out.suffix else out / "redline.docx"
        text = in_language(_REDLINE_TEXTS["not_docx"], language_shown, example=example)
        print(text, file=stderr)
        return EXIT_INVALID
    if out.is_dir():
        raise UsageError(Problem("--out", "output_not_folder", {"path": str(out)}), str(out))
    new_path: Path = args.newer or args.project
    if args.newer is None:
        new = load_project(new_path)
        issued = _issued_project(new_path)
        if issued is None:
            no_history = in_language(_DIFF_TEXTS["no_history"], language_shown)
            print(f"{new_path}: {no_history}", file=stderr)
            return EXIT_INVALID
        old, old_logo = issued, logo_path(new, new_path.parent)
    else:
        old, old_logo = _older_project(args.project)
        try:
            new = load_project(new_path)
        except ProjectError as error:
            # Named by itself: the run's own report names the first file.
            _report(new_path, error.problems, stderr, all_lines=False)
            return EXIT_INVALID
    languages = _choices(args.lang, Language, "--lang")
    documents = _choices(args.doc, DocumentKind, "--doc")
    for chosen, key in ((languages, "one_language"), (documents, "one_document")):
        if chosen is not None and len(chosen) != 1:
            texts = _DIFF_TEXTS if key == "one_language" else _REDLINE_TEXTS
            print(in_language(texts[key], language_shown), file=stderr)
            return EXIT_INVALID
    language = languages[0] if languages else new.output.languages[0]
    document = documents[0] if documents else new.output.documents[0]
    if out.exists() and not args.force:
        _refuse_existing(out)
    house_style = _house_style(new, new_path, stderr)
    try:
        result = redlines(
            old,
            new,
            [(document, language, out)],
            clock.now_utc(),
            old_logo=old_logo,
            new_logo=logo_path(new, new_path.parent),
            house_style=house_style,
        )
    except OSError as error:
        return _cannot_write(error, out, stderr)
    done = result.redlines[0]
    written = in_language(
        _REDLINE_TEXTS["written"],
        language_shown,
        path=out,
        inserted=done.inserted,
        deleted=done.deleted,
    )
    print(written, file=stdout)
    return EXIT_OK


_CLIENTS_TEXTS = {
    "no_folder": (
        "deze map bestaat niet; noem de map met de projectbestanden (*.policy.json).",
        "this folder does not exist; name the folder with the project files (*.policy.json).",
    ),
}


def _clients(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.output.clients import client_rows, csv_bytes, table_text
    from wizard.output.jobs import write_file

    language = interface_language()
    folder: Path = args.folder
    if not folder.is_dir():
        print(f"{folder}: {in_language(_CLIENTS_TEXTS['no_folder'], language)}", file=stderr)
        return EXIT_INVALID
    target: Path | None = args.csv
    if target is not None:
        if target.is_dir():
            problem = Problem("--csv", "output_not_folder", {"path": str(target)})
            raise UsageError(problem, str(target))
        if target.exists() and not args.force:
            _refuse_existing(target)
    rows = client_rows(folder, language, clock.today())
    print(table_text(rows, folder, language), file=stdout)
    if target is not None:
        try:
            write_file(target, csv_bytes(rows, language))
        except OSError as error:
            return _cannot_write(error, target, stderr)
    return EXIT_OK


_NEW_FROM_TEXTS = {
    "bad_name": (
        "--name: geef de naam van de nieuwe organisatie (1 tot 120 tekens).",
        "--name: give the new organisation's name (1 to 120 characters).",
    ),
    "written": ("{path}: nieuw project voor {name}.", "{path}: new project for {name}."),
    "cleared": ("Leeggemaakt:", "Cleared:"),
    "nothing": ("Er was niets leeg te maken.", "There was nothing to clear."),
    "open": (
        "Nog te beantwoorden: {count} vragen; 'validate' noemt ze, of open het project in het "
        "venster.",
        "Still to answer: {count} questions; 'validate' names them, or open the project in "
        "the window.",
    ),
}


def _new_from(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.draft import draft_bytes, draft_problems
    from wizard.answers.reuse import new_from
    from wizard.output.jobs import write_file
    from wizard.sanitise import clean_text

    language = interface_language()
    name = clean_text(args.name).strip()
    if not name or len(name) > 120:
        print(in_language(_NEW_FROM_TEXTS["bad_name"], language), file=stderr)
        return EXIT_INVALID
    out: Path = args.out
    if out.is_dir():
        raise UsageError(Problem("--out", "output_not_folder", {"path": str(out)}), str(out))
    if out.exists() and not args.force:
        _refuse_existing(out)
    raw = read_raw(args.project)
    # The earlier project must be readable faithfully (as for a report): a wrong type or an
    # unknown key is refused rather than carried into the new client's file, and before
    # anything reads its sections (a section of the wrong type crashed that).
    from wizard.answers.draft import draft_from_raw
    from wizard.output.report import unreadable_problems

    broken = unreadable_problems(draft_problems(draft_from_raw(raw)))
    if broken:
        raise ProjectError(broken)
    draft, cleared = new_from(raw, name, args.project.parent)
    broken = unreadable_problems(draft_problems(draft))
    if broken:
        raise ProjectError(broken)
    try:
        write_file(out, draft_bytes(draft))
    except OSError as error:
        return _cannot_write(error, out, stderr)
    print(in_language(_NEW_FROM_TEXTS["written"], language, path=out, name=name), file=stdout)
    if cleared:
        print(in_language(_NEW_FROM_TEXTS["cleared"], language), file=stdout)
        for item in cleared:
            print(f"  {item.text(language)}", file=stdout)
    else:
        print(in_language(_NEW_FROM_TEXTS["nothing"], language), file=stdout)
    still_open = draft_problems(draft, out.parent)
    if still_open:
        texts = _NEW_FROM_TEXTS["open"]
        print(in_language(texts, language, count=len(still_open)), file=stdout)
    return EXIT_OK


# --- the acknowledgement register ------------------------------------------------------------


def _add_acknowledgement_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    register_help = "the register (default: NAME.register.json beside NAME.policy.json)"
    group = commands.add_parser(
        "acknowledgements",
        help="the register of who acknowledged which version: staff, forms, record, status, report",
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    staff = actions.add_parser("staff", help="read a staff list (CSV or .xlsx) into the register")
    staff.add_argument("project", type=Path, help="the project file (*.policy.json)")
    staff.add_argument(
        "staff_list", type=Path, metavar="STAFF", help="the staff list (.csv, .xlsx)"
    )
    forms = actions.add_parser(
        "forms", help="a form per outstanding person and an e-mail draft per e-mail address"
    )
    forms.add_argument("project", type=Path, help="the project file (*.policy.json)")
    forms.add_argument("--out", type=Path, required=True, help="folder for the forms and drafts")
    forms.add_argument("--lang", help="nl or en (default: the project's first language)")
    forms.add_argument("--pdf", action="store_true", help="also a PDF of each form (LibreOffice)")
    record = actions.add_parser("record", help="record one acknowledgement, or many from a file")
    record.add_argument("project", type=Path, help="the project file (*.policy.json)")
    record.add_argument("--person", help="the person's name or e-mail address")
    record.add_argument("--date", help="the day it was given: YYYY-MM-DD")
    record.add_argument("--method", default="paper", help="paper, email, meeting or other")
    record.add_argument("--version", dest="issued", help="the issued version (default: latest)")
    record.add_argument("--note", help="a short note")
    record.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="a CSV or .xlsx with the columns person, date, method, version",
    )
    status = actions.add_parser("status", help="who acknowledged the current version")
    status.add_argument("project", type=Path, help="the project file (*.policy.json)")
    status.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")
    status.add_argument("--lang", help="nl or en for the CSV (default: the system's)")
    report = actions.add_parser("report", help="the register report for an auditor (Word)")
    report.add_argument("project", type=Path, help="the project file (*.policy.json)")
    report.add_argument("--out", type=Path, required=True, help="folder for the report")
    report.add_argument("--lang", help="nl or en (default: the project's first language)")
    report.add_argument("--pdf", action="store_true", help="also as PDF (LibreOffice)")
    report.add_argument("--force", action="store_true", help="overwrite an existing report")
    for action in (staff, forms, record, status, report):
        action.add_argument("--register", type=Path, metavar="FILE", help=register_help)
        action.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)


_ACK: dict[str, tuple[str, str]] = {
    "staff": (
        "{added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} "
        "overgeslagen; in {path}",
        "{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped; in {path}",
    ),
    "not_in_list_one": (
        "1 persoon in het register staat niet in deze lijst (ongewijzigd; geef een datum uit "
        "dienst om hem of haar niet meer mee te tellen): {names}",
        "1 person in the register is not in this list (kept as they are; give a leaving date "
        "to stop counting them): {names}",
    ),
    "not_in_list": (
        "{count} mensen in het register staan niet in deze lijst (ongewijzigd; geef een datum "
        "uit dienst om ze niet meer mee te tellen): {names}",
        "{count} people in the register are not in this list (kept as they are; give a "
        "leaving date to stop counting them): {names}",
    ),
    "forms": (
        "{forms} formulieren en {drafts} e-mailconcepten voor versie {version} in {path}",
        "{forms} forms and {drafts} e-mail drafts for version {version} in {path}",
    ),
    "no_email": (
        "zonder e-mailadres (alleen een formulier): {names}",
        "without an e-mail address (a form only): {names}",
    ),
    "nobody": (
        "Niemand hoeft versie {version} nog te tekenen; er is niets gemaakt.",
        "Nobody needs to acknowledge version {version}; nothing was made.",
    ),
    "recorded": (
        "Vastgelegd: {name}, versie {version}, {date}, {method}.",
        "Recorded: {name}, version {version}, {date}, {method}.",
    ),
    "known": (
        "Stond al vast: {name}, versie {version}, {date}.",
        "Already recorded: {name}, version {version}, {date}.",
    ),
    "imported": (
        "{count} akkoordverklaringen vastgelegd in {path}.",
        "{count} acknowledgements recorded in {path}.",
    ),
    "record_usage": (
        "noem --person en --date, of --import BESTAND.",
        "give --person and --date, or --import FILE.",
    ),
    "import_columns": (
        "geen kolommen persoon en datum gevonden (koppen: persoon of naam of e-mail, datum, "
        "manier, versie).",
        "no columns person and date found (headers: person or name or email, date, method, "
        "version).",
    ),
    "import_row": ("rij {row}: {problem}", "row {row}: {problem}"),
    "import_refused": (
        "niets vastgelegd: herstel de rijen hierboven; het register is niet veranderd.",
        "nothing recorded: repair the rows above; the register was not changed.",
    ),
    "csv": ("Tabel geschreven naar {path}", "Table written to {path}"),
}


def _acknowledgements(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    handlers = {
        "staff": _ack_staff,
        "forms": _ack_forms,
        "record": _ack_record,
        "status": _ack_status,
        "report": _ack_report,
    }
    return handlers[args.action](args, stdout, stderr)


def _ack_language(args: argparse.Namespace, project: Project) -> Language:
    chosen: list[Language] | None = _choices(getattr(args, "lang", None), Language, "--lang")
    if chosen is not None:
        if len(chosen) != 1:
            problem = Problem("--lang", "bad_choice", {"input": args.lang, "expected": "nl, en"})
            raise UsageError(problem, "--lang")
        return chosen[0]
    return project.output.languages[0]


def _names(people: Sequence[Any], limit: int = 10) -> str:
    shown = ", ".join(p.name for p in people[:limit])
    return shown + (f" (+{len(people) - limit})" if len(people) > limit else "")


def _ack_staff(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.register import load_register, register_path, save_register
    from wizard.output.staff_list import merge_staff, read_staff_list, skipped_line

    project = load_project(args.project)
    path = register_path(args.project, args.register)
    register = load_register(path, project.organisation.name, missing_ok=True)
    staff = read_staff_list(args.staff_list)
    merged = merge_staff(register, staff.rows)
    save_register(register, path)
    language = interface_language()
    counts = {
        "added": len(merged.added),
        "updated": len(merged.updated),
        "unchanged": merged.unchanged,
        "skipped": len(staff.skipped),
    }
    print(in_language(_ACK["staff"], language, path=path, **counts), file=stdout)
    for skipped in staff.skipped:
        print(f"  {args.staff_list}: {skipped_line(skipped, language)}", file=stdout)
    if merged.not_in_list:
        count = len(merged.not_in_list)
        names = _names(merged.not_in_list)
        key = "not_in_list_one" if count == 1 else "not_in_list"
        print(in_language(_ACK[key], language, count=count, names=names), file=stdout)
    return EXIT_OK


def _ack_states(args: argparse.Namespace) -> tuple[Project, Any, Path, Any]:
    from wizard.answers.register import load_register, person_states, register_path

    project = load_project(args.project)
    path = register_path(args.project, args.register)
    register = load_register(path, project.organisation.name)
    return project, register, path, person_states(register, project.history, clock.today())


def _ack_forms(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.register import RegisterError
    from wizard.output.jobs import acknowledgement_forms

    project, _register, _path, states = _ack_states(args)
    if not project.history:
        raise RegisterError(args.project, "no_version")
    language = _ack_language(args, project)
    shown = interface_language()
    out: Path = args.out
    if not any(s.outstanding for s in states):
        version = project.history[-1].version
        print(in_language(_ACK["nobody"], shown, version=version), file=stdout)
        return EXIT_OK
    if out.exists() and not out.is_dir():
        raise UsageError(Problem("--out", "output_not_folder", {"path": str(out)}), str(out))
    house_style = _house_style(project, args.project, stderr)
    logo = logo_path(project, args.project.parent)
    try:
        written = acknowledgement_forms(
            project, states, out, language, logo=logo, house_style=house_style
        )
    except OSError as error:
        return _cannot_write(error, out, stderr)
    assert written is not None, "a version was issued"
    counts = {"forms": len(written.forms), "drafts": len(written.drafts)}
    print(
        in_language(_ACK["forms"], shown, path=out, version=written.version, **counts),
        file=stdout,
    )
    if written.without_email:
        names = _names(written.without_email)
        print(in_language(_ACK["no_email"], shown, names=names), file=stdout)
    if args.pdf:
        return _convert_to_pdf(written.forms, stdout, stderr)
    return EXIT_OK


def _ack_record(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.register import (
        METHOD_WORDS,
        RegisterError,
        find_person,
        issued_version_or_refuse,
        load_register,
        record,
        register_path,
        save_register,
    )

    language = interface_language()
    project = load_project(args.project)
    path = register_path(args.project, args.register)
    register = load_register(path, project.organisation.name)
    if args.import_file is not None:
        entries = _acknowledgements_from_file(args.import_file, register, project, language)
        if isinstance(entries, list) and entries and isinstance(entries[0], str):
            for line in entries:
                print(f"{args.import_file}: {line}", file=stderr)
            print(
                f"{args.import_file}: {in_language(_ACK['import_refused'], language)}", file=stderr
            )
            return EXIT_INVALID
        added = 0
        for person, version, day, method in entries:
            added += record(register, person, version, day, method)
        save_register(register, path)
        print(in_language(_ACK["imported"], language, count=added, path=path), file=stdout)
        return EXIT_OK
    if not args.person or not args.date:
        print(in_language(_ACK["record_usage"], language), file=stderr)
        return EXIT_INVALID
    person = find_person(register, args.person, path)
    version = issued_version_or_refuse(project.history, args.issued, args.project)
    day, method, problem = _day_and_method(args.date, args.method)
    if problem is not None:
        raise RegisterError("", problem[0], value=problem[1])
    assert day is not None and method is not None
    added = record(register, person, version, day, method, args.note)
    if added:
        save_register(register, path)
    words = {
        "name": person.name,
        "version": version,
        "date": day.isoformat(),
        "method": in_language(METHOD_WORDS[method], language),
    }
    print(in_language(_ACK["recorded" if added else "known"], language, **words), file=stdout)
    return EXIT_OK


def _day_and_method(
    day_text: str, method_text: str | None
) -> tuple[Any, Any, tuple[str, str] | None]:
    from wizard.answers.register import Method, parse_day, parse_method

    day = parse_day(day_text)
    if day is None:
        return None, None, ("bad_date", day_text[:40])
    if day > clock.today():
        return None, None, ("future_date", day.isoformat())
    method = parse_method(method_text) if method_text else Method.PAPER
    if method is None:
        return None, None, ("bad_method", (method_text or "")[:40])
    return day, method, None


_IMPORT_HEADERS = {
    "person": ("person", "persoon", "naam", "name", "medewerker", "employee", "email", "e-mail"),
    "date": ("date", "datum", "getekend", "signed"),
    "method": ("method", "manier", "methode", "wijze"),
    "version": ("version", "versie"),
}


def _acknowledgements_from_file(
    path: Path, register: Any, project: Project, language: Language
) -> list[Any]:
    """Every row as (person, version, day, method), or every problem in words (strings)."""
    from wizard.answers.register import RegisterError, find_person, issued_version_or_refuse
    from wizard.answers.register import say as register_say
    from wizard.output.staff_list import read_cells

    cells = read_cells(path)
    rows = [row for row in cells if any(c.strip() for c in row)]
    folded = [c.strip().casefold() for c in rows[0]] if rows else []
    columns = {
        key: next((i for i, c in enumerate(folded) if c in words), None)
        for key, words in _IMPORT_HEADERS.items()
    }
    if columns["person"] is None or columns["date"] is None:
        return [in_language(_ACK["import_columns"], language)]

    def cell(row: list[str], key: str) -> str:
        index = columns[key]
        return row[index].strip() if index is not None and index < len(row) else ""

    found: list[Any] = []
    problems: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        try:
            person = find_person(register, cell(row, "person"))
            version = issued_version_or_refuse(project.history, cell(row, "version") or None)
        except RegisterError as error:
            problems.append(
                in_language(
                    _ACK["import_row"], language, row=number, problem=error.message(language)
                )
            )
            continue
        day, method, problem = _day_and_method(cell(row, "date"), cell(row, "method") or None)
        if problem is not None:
            text = register_say(problem[0], language, value=problem[1])
            problems.append(in_language(_ACK["import_row"], language, row=number, problem=text))
            continue
        found.append((person, version, day, method))
    return problems[:20] if problems else found


def _ack_status(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.answers.register import total_line, totals
    from wizard.files import atomic_write
    from wizard.output.acknowledgement import status_csv, status_header, status_rows

    project, _register, _path, states = _ack_states(args)
    language = interface_language()
    total = totals(states, project.history)
    header = status_header(language)
    rows = status_rows(states, language)
    widths = [min(40, max(len(str(r[i])) for r in [header, *rows])) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(str(c)[:40].ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(),
            file=stdout,
        )
    print(total_line(total, language), file=stdout)
    if args.csv is not None:
        csv_language = _choices(args.lang, Language, "--lang")
        chosen = csv_language[0] if csv_language else language
        data = status_csv(states, total, chosen)
        try:
            atomic_write(args.csv, data)
        except OSError as error:
            return _cannot_write(error, args.csv, stderr)
        print(in_language(_ACK["csv"], language, path=args.csv), file=stdout)
    return EXIT_OUTSTANDING if total.outstanding else EXIT_OK


EXIT_OUTSTANDING = 3


def _ack_report(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from wizard.output.jobs import register_report, register_report_path

    project, register, _path, states = _ack_states(args)
    language = _ack_language(args, project)
    today = clock.today()
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise UsageError(Problem("--out", "output_not_folder", {"path": str(out)}), str(out))
    target = register_report_path(project, out, language, today)
    if target.exists() and not args.force:
        _refuse_existing(target)
    house_style = _house_style(project, args.project, stderr)
    logo = logo_path(project, args.project.parent)
    try:
        register_report(
            project, register, states, target, language, today, logo=logo, house_style=house_style
        )
    except OSError as error:
        return _cannot_write(error, target, stderr)
    return _written_one(target, pdf=args.pdf, stdout=stdout, stderr=stderr)


# Each command and the function that carries it out (main.py names them too, to know
# without importing this module that the command line is wanted; a test keeps both equal).
HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "generate": _generate,
    "validate": _validate,
    "calendar": _calendar,
    "clauses": _clauses,
    "import-edits": _import_edits,
    "report": _workshop_report,
    "diff": _diff,
    "redline": _redline,
    "clients": _clients,
    "new-from": _new_from,
    "acknowledgements": _acknowledgements,
}


def run(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(list(argv))
    try:
        handler = HANDLERS.get(args.command)
        if handler is None:
            parser.print_help(stdout)
            return EXIT_OK
        return handler(args, stdout, stderr)
    except ProjectError as error:
        _report(args.project, error.problems, stderr, all_lines=args.command == "validate")
        return EXIT_INVALID
    except UsageError as error:
        _report(error.where, [error.problem], stderr, all_lines=True)
        return EXIT_INVALID
    except FileChanged:
        problem = Problem("", "file_changed", {"path": str(args.project)})
        print(problem.line(interface_language()), file=stderr)
        return EXIT_INVALID
    except Locked as locked:
        language = interface_language()
        holder = holder_text(locked.holder, language)
        problem = Problem("", "file_locked", {"path": str(args.project), "holder": holder})
        print(problem.line(language), file=stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader stopped early ("clauses … | head"): not an error of ours. Point the
        # standard output at nothing, so that flushing it at exit does not fail again.
        if stdout is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # the last line of defence: a user never sees a traceback
        # The register's refusals are worded. Imported here, not at the top: only the
        # acknowledgements commands use the register (its models cost `generate` some
        # 6 ms), and a RegisterError means they loaded it already.
        from wizard.answers.register import RegisterError

        if isinstance(error, RegisterError):
            print(error.line(interface_language()), file=stderr)
            return EXIT_INVALID
        if args.debug:
            import traceback

            traceback.print_exc(file=stderr)
        else:
            name = type(error).__name__
            print(f"policy-builder: unexpected error: {name}: {error} (see --debug)", file=stderr)
        return EXIT_FAILURE

"""A consultant's clients at a glance: one row per project file in a folder.

``clients DIR`` on the command line and the welcome page's table both read
``client_rows``: every ``*.policy.json`` in the folder and in its direct subfolders,
sorted by the next review date, soonest first. A file that cannot be read is a row that
says why, never a crash; such rows come last.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wizard import clock
from wizard.answers.labels import value_label
from wizard.answers.messages import ProjectError
from wizard.answers.model import Language, Project
from wizard.answers.project_file import load_project
from wizard.answers.register import (
    RegisterError,
    load_register,
    person_states,
    register_path,
    totals,
)
from wizard.language import in_language

PATTERN = "*.policy.json"
# A folder of a thousand clients is a lot; more files than this are not read, and the
# last row says so (the time a table takes stays bounded).
MAX_PROJECTS = 2000


@dataclass(frozen=True)
class Acknowledged:
    """How many of the staff who have not left acknowledged the current version."""

    done: int
    staff: int
    version: str

    @property
    def share(self) -> str:
        percent = round(100 * self.done / self.staff) if self.staff else 0
        return f"{self.done}/{self.staff} ({percent}%)"


@dataclass(frozen=True)
class ClientRow:
    path: Path
    organisation: str = ""
    sector: str = ""
    size: str = ""
    version: str = ""  # the last issued version, "" when none was issued
    issued: date | None = None
    next_review: date | None = None
    warnings: int = 0
    out_of_date: int = 0
    acknowledged: Acknowledged | None = None
    problem: str = ""  # why the file could not be read, in words

    @property
    def readable(self) -> bool:
        return not self.problem


def project_files(folder: Path) -> list[Path]:
    """The project files in ``folder`` and its direct subfolders, by path."""
    found = list(folder.glob(PATTERN)) + list(folder.glob(f"*/{PATTERN}"))
    return sorted(path for path in found if not path.is_dir())


def acknowledged(project: Project, register: Path, today: date) -> Acknowledged | None:
    """The share of staff who acknowledged the current version, from the register beside
    the project; None when there is no register, it is refused (damaged, of another
    organisation), or nothing was issued. The register's own reader and counting
    (``wizard.answers.register``) decide, as for ``acknowledgements status``."""
    if not project.history or not register.is_file():
        return None
    try:
        found = load_register(register, project.organisation.name)
    except RegisterError:
        return None
    total = totals(person_states(found, project.history, today), project.history)
    if total.version is None:
        return None
    return Acknowledged(total.acknowledged, total.staff, total.version)


def client_row(path: Path, language: Language, today: date) -> ClientRow:
    from wizard.content.consistency import check_consistency
    from wizard.content.tailoring import next_review

    try:
        project = load_project(path)
    except ProjectError as error:
        return ClientRow(path, problem=error.problems[0].cli_line(language))
    except (OSError, ValueError, RecursionError) as error:
        return ClientRow(path, problem=str(error))
    warnings = check_consistency(project, language, today=today)
    stale = {w.field for w in warnings if w.code == "clause_out_of_date"}
    last = project.history[-1] if project.history else None
    organisation = project.organisation
    return ClientRow(
        path,
        organisation=organisation.name,
        sector=value_label("sector", organisation.sector, language),
        size=value_label("size", organisation.size, language),
        version=last.version if last else "",
        issued=last.date if last else None,
        next_review=next_review(project),
        warnings=sum(1 for w in warnings if w.code != "clause_out_of_date"),
        out_of_date=len(stale),
        acknowledged=acknowledged(project, register_path(path), today),
    )


def client_rows(folder: Path, language: Language, today: date | None = None) -> list[ClientRow]:
    """Every client in ``folder``: soonest review first, unreadable files last."""
    today = today or clock.today()
    files = project_files(folder)
    rows = [client_row(path, language, today) for path in files[:MAX_PROJECTS]]
    rows.sort(key=lambda r: (not r.readable, r.next_review or date.max, r.organisation, r.path))
    if len(files) > MAX_PROJECTS:
        left = in_language(_MORE, language, count=len(files) - MAX_PROJECTS, limit=MAX_PROJECTS)
        rows.append(ClientRow(folder, problem=left))
    return rows


_MORE = (
    "nog {count} projectbestanden niet gelezen: een tabel toont er hoogstens {limit}; "
    "verdeel de klanten over meer mappen.",
    "{count} more project files not read: a table shows at most {limit}; spread the "
    "clients over more folders.",
)


_HEADER = {
    "organisation": ("Organisatie", "Organisation"),
    "sector": ("Sector", "Sector"),
    "size": ("Omvang", "Size"),
    "version": ("Uitgegeven versie", "Issued version"),
    "issued": ("Uitgegeven op", "Issued on"),
    "review": ("Volgende herziening", "Next review"),
    "warnings": ("Waarschuwingen", "Warnings"),
    "out_of_date": ("Verouderde aanpassingen", "Out-of-date edits"),
    "acknowledged": ("Kennisgenomen", "Acknowledged"),
    "file": ("Bestand", "File"),
}
_NONE = ("geen", "none")
_EMPTY = (
    "Geen projectbestanden (*.policy.json) in {folder}.",
    "No project files (*.policy.json) in {folder}.",
)


def columns(rows: Sequence[ClientRow]) -> list[str]:
    """The table's columns; the acknowledged share only when a register was found."""
    keys = list(_HEADER)
    if not any(row.acknowledged for row in rows):
        keys.remove("acknowledged")
    return keys


def header(keys: Sequence[str], language: Language) -> list[str]:
    return [in_language(_HEADER[key], language) for key in keys]


def cells(row: ClientRow, keys: Sequence[str], language: Language) -> list[str]:
    if not row.readable:
        first = {"organisation": row.problem, "file": str(row.path)}
        return [first.get(key, "") for key in keys]
    values = {
        "organisation": row.organisation,
        "sector": row.sector,
        "size": row.size,
        "version": row.version or in_language(_NONE, language),
        "issued": row.issued.isoformat() if row.issued else "",
        "review": row.next_review.isoformat() if row.next_review else "",
        "warnings": str(row.warnings),
        "out_of_date": str(row.out_of_date),
        "acknowledged": row.acknowledged.share if row.acknowledged else "",
        "file": str(row.path),
    }
    return [values[key] for key in keys]


def table_text(rows: Sequence[ClientRow], folder: Path, language: Language) -> str:
    """The rows as an aligned text table (the last column, the file, is not padded)."""
    if not rows:
        return in_language(_EMPTY, language, folder=folder)
    keys = columns(rows)
    lines = [header(keys, language), *(cells(row, keys, language) for row in rows)]
    # An unreadable file's problem runs over the columns; the other rows align.
    aligned = [lines[0], *(line for line, row in zip(lines[1:], rows, strict=True) if row.readable)]
    widths = [max(len(line[i]) for line in aligned) for i in range(len(keys))]
    out = []
    for line, row in zip(lines, [None, *rows], strict=True):
        if row is not None and not row.readable:
            out.append(f"{line[-1]}: {line[0]}")
            continue
        padded = [cell.ljust(widths[i]) for i, cell in enumerate(line[:-1])]
        out.append("  ".join([*padded, line[-1]]).rstrip())
    return "\n".join(out)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a ``'``."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def csv_bytes(rows: Sequence[ClientRow], language: Language) -> bytes:
    """The table as CSV (UTF-8 with a BOM, so that Excel reads the accents); every cell
    formula-safe. A row that could not be read says why in its organisation column."""
    keys = list(_HEADER)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header(keys, language))
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in cells(row, keys, language)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


__all__ = [
    "Acknowledged",
    "ClientRow",
    "cells",
    "client_row",
    "client_rows",
    "columns",
    "csv_bytes",
    "header",
    "project_files",
    "register_path",
    "safe_cell",
    "table_text",
]

"""Reading a staff list as a small business has it: a CSV or an Excel export.

Columns are found by their header in Dutch or English; comma or semicolon separated;
UTF-8 with or without a byte-order mark, or Windows-1252 as Excel on Windows writes it;
``.xlsx`` is read as a zip of XML parts through ``wizard.output.office_zip``, the one
reader of Office files a user hands us (bounded zip, no document type declarations,
bounded parts), without Excel or openpyxl. A file that is not a staff list is refused
with a ``RegisterError``; a row that cannot be used is skipped with its reason. Here,
beside the other readers of users' Office files, rather than with the register's model.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from wizard.answers.register import (
    Person,
    Register,
    RegisterError,
    name_key,
    parse_day,
    read_bounded,
)
from wizard.language import Language, in_language
from wizard.output.office_zip import Limits, OfficeZip, PackageRefused
from wizard.sanitise import one_line

MAX_STAFF_FILE_BYTES = 8 * 1024 * 1024
MAX_ROWS = 10_000
MAX_COLUMNS = 200
MAX_CELL = 1000
# A workbook of 10,000 rows is a few MB unpacked, with some hundred thousand elements.
XLSX_LIMITS = Limits(
    members=2000,
    unpacked=64 * 1024 * 1024,
    ratio=200,
    part=32 * 1024 * 1024,
    elements=2_000_000,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Header words, folded (lower case, without spaces, dashes, dots and underscores).
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("naam", "name", "volledigenaam", "fullname", "medewerker", "employee", "werknemer"),
    "first": ("voornaam", "firstname", "givenname", "roepnaam"),
    "last": ("achternaam", "lastname", "surname", "familyname"),
    "email": ("email", "emailadres", "emailaddress", "mail", "mailadres", "werkmail"),
    "role": ("functie", "role", "function", "jobtitle", "title", "rol", "positie", "position"),
    "started": ("indienst", "started", "startdate", "datumindienst", "startdatum", "start"),
    "left": ("uitdienst", "left", "enddate", "datumuitdienst", "einddatum", "end", "leaver"),
}


def _fold(text: str) -> str:
    return re.sub(r"[\s\-_.:]+", "", text.casefold())


_FOLDED = {word: key for key, words in HEADERS.items() for word in words}

_SKIP: dict[str, tuple[str, str]] = {
    "no_name": ("geen naam", "no name"),
    "bad_email": ("'{value}' is geen e-mailadres", "'{value}' is not an e-mail address"),
    "bad_date": (
        "{column} '{value}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)",
        "{column} '{value}' is not a date (YYYY-MM-DD or DD-MM-YYYY)",
    ),
    "twice": ("staat al eerder in de lijst (rij {row})", "appears earlier in the list (row {row})"),
    "too_long": (
        "een cel is langer dan {limit} tekens",
        "a cell is longer than {limit} characters",
    ),
}
_COLUMN_WORDS = {"started": ("in dienst", "started"), "left": ("uit dienst", "left")}

_REFUSE: dict[str, tuple[str, str]] = {
    "no_header": (
        "geen kolom met namen gevonden. De eerste rij moet koppen hebben zoals naam (of "
        "voornaam en achternaam), e-mail, functie, in dienst, uit dienst; gevonden: {found}.",
        "no column of names found. The first row must hold headers such as name (or first "
        "name and last name), email, role, started, left; found: {found}.",
    ),
    "not_text": (
        "is geen CSV-bestand (het bevat binaire gegevens); sla de lijst op als CSV of .xlsx.",
        "is not a CSV file (it holds binary data); save the list as CSV or .xlsx.",
    ),
    "too_many_rows": (
        "heeft meer dan {limit} rijen; dit programma is voor organisaties tot 250 mensen.",
        "has more than {limit} rows; this program is for organisations of up to 250 people.",
    ),
    "bad_xlsx": (
        "is geen leesbaar Excel-bestand (.xlsx): {detail}. Sla het opnieuw op in Excel, of "
        "als CSV.",
        "is not a readable Excel file (.xlsx): {detail}. Save it again in Excel, or as CSV.",
    ),
    "old_excel": (
        "is een oud Excel-bestand (.xls); sla het op als .xlsx of CSV.",
        "is an old Excel file (.xls); save it as .xlsx or CSV.",
    ),
    "empty": ("is leeg.", "is empty."),
}


class StaffListError(RegisterError):
    def message(self, language: Language) -> str:
        return in_language(_REFUSE[self.code], language, **self.params)


@dataclass(frozen=True)
class StaffRow:
    row: int  # as a spreadsheet numbers it: the header is row 1
    name: str
    email: str | None
    role: str | None
    started: date | None
    left: date | None


@dataclass(frozen=True)
class Skipped:
    row: int
    code: str
    params: dict[str, object] = field(default_factory=dict)

    def reason(self, language: Language) -> str:
        params = dict(self.params)
        column = params.get("column")
        if isinstance(column, tuple):  # the column's name, said in the reader's language
            params["column"] = in_language(column, language)
        return in_language(_SKIP[self.code], language, **params)


@dataclass
class StaffList:
    rows: list[StaffRow]
    skipped: list[Skipped]


# --- cells from a file --------------------------------------------------------------------


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data:
        raise StaffListError(path, "not_text")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            raise StaffListError(path, "not_text") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 as Excel on Windows writes it; five bytes are undefined in it,
        # and a file with those is no text of that kind either.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise StaffListError(path, "not_text") from None


def _csv_cells(text: str, path: Path) -> list[list[str]]:
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(rows) > MAX_ROWS:
                raise StaffListError(path, "too_many_rows", limit=MAX_ROWS)
            rows.append(row[:MAX_COLUMNS])
    except csv.Error:
        # Only a field over the csv module's limit ends up here; one cell that large
        # is no staff list.
        raise StaffListError(path, "not_text") from None
    return rows


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


_REFUSED_BECAUSE = {
    "dtd": "declares a document type",
    "bomb": "is too large unpacked",
    "too_large": "is too large",
    "not_zip": "is no zip",
    "damaged": "is damaged",
}


def _xml(workbook: OfficeZip, name: str, path: Path) -> Any:
    try:
        return workbook.xml(name)
    except KeyError:
        raise StaffListError(path, "bad_xlsx", detail=f"{name} is missing") from None
    except PackageRefused as refused:
        raise _refusal(refused, path) from None


def _refusal(refused: PackageRefused, path: Path) -> StaffListError:
    because = _REFUSED_BECAUSE.get(refused.reason, refused.reason)
    detail = f"{one_line(refused.detail)[:120]} {because}" if refused.detail else because
    return StaffListError(path, "bad_xlsx", detail=detail.strip())


def _column_index(reference: str) -> int:
    letters = "".join(ch for ch in reference if ch.isalpha()).upper()
    index = 0
    for letter in letters[:3]:
        index = index * 26 + (ord(letter) - 64)
    return max(index - 1, 0)


def _excel_day(serial: str) -> str:
    # Excel stores a date as days since 1899-12-30 (its 1900 system, leap bug included).
    try:
        days = float(serial)
    except ValueError:
        return serial
    if not 1 <= days <= 2958465:
        return serial
    return (date(1899, 12, 30) + timedelta(days=int(days))).isoformat()


def _xlsx_cells(data: bytes, path: Path) -> list[list[str]]:
    try:
        return _sheet_rows(OfficeZip(data, XLSX_LIMITS), path)
    except PackageRefused as refused:
        raise _refusal(refused, path) from None


def _first_sheet(archive: OfficeZip, path: Path) -> str:
    workbook = _xml(archive, "xl/workbook.xml", path)
    sheet = workbook.find(f"{_MAIN}sheets/{_MAIN}sheet")
    if sheet is None:
        raise StaffListError(path, "bad_xlsx", detail="the workbook has no sheet")
    relation = sheet.get(f"{_REL}id")
    target = "worksheets/sheet1.xml"
    if archive.has("xl/_rels/workbook.xml.rels"):
        rels = _xml(archive, "xl/_rels/workbook.xml.rels", path)
        for rel in rels.iter(f"{_PKG_REL}Relationship"):
            if rel.get("Id") == relation and rel.get("Target"):
                target = str(rel.get("Target"))
    target = target.lstrip("/")
    return target if target.startswith("xl/") else f"xl/{target}"


def _shared_strings(archive: OfficeZip, path: Path) -> list[str]:
    if not archive.has("xl/sharedStrings.xml"):
        return []
    root = _xml(archive, "xl/sharedStrings.xml", path)
    return [
        "".join(t.text or "" for t in item.iter(f"{_MAIN}t"))
        for item in root.iterchildren(f"{_MAIN}si")
    ]


def _date_styles(archive: OfficeZip, path: Path) -> set[int]:
    """The cell styles that show a number as a date (built-in formats 14-22, or a custom
    format with d, m and y in it)."""
    if not archive.has("xl/styles.xml"):
        return set()
    root = _xml(archive, "xl/styles.xml", path)
    custom: dict[int, str] = {}
    formats = root.find(f"{_MAIN}numFmts")
    for fmt in formats.iterchildren(f"{_MAIN}numFmt") if formats is not None else ():
        try:
            custom[int(fmt.get("numFmtId", "-1"))] = fmt.get("formatCode", "").lower()
        except ValueError:
            continue
    dated: set[int] = set()
    cells = root.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(cells.iterchildren(f"{_MAIN}xf") if cells is not None else ()):
        try:
            number = int(xf.get("numFmtId", "0"))
        except ValueError:
            continue
        code = custom.get(number, "")
        if 14 <= number <= 22 or ("d" in code and "y" in code):
            dated.add(index)
    return dated


def _sheet_rows(archive: OfficeZip, path: Path) -> list[list[str]]:
    sheet = _xml(archive, _first_sheet(archive, path), path)
    strings = _shared_strings(archive, path)
    dated = _date_styles(archive, path)
    rows: list[list[str]] = []
    data = sheet.find(f"{_MAIN}sheetData")
    for row in data.iterchildren(f"{_MAIN}row") if data is not None else ():
        if len(rows) > MAX_ROWS:
            raise StaffListError(path, "too_many_rows", limit=MAX_ROWS)
        cells: list[str] = []
        for cell in row.iter(f"{_MAIN}c"):
            index = _column_index(cell.get("r", "")) if cell.get("r") else len(cells)
            if index >= MAX_COLUMNS:
                continue
            kind = cell.get("t", "n")
            value = cell.find(f"{_MAIN}v")
            text = value.text or "" if value is not None else ""
            if kind == "s":
                try:
                    text = strings[int(text)]
                except (ValueError, IndexError):
                    text = ""
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))
            elif kind == "n" and text:
                try:
                    style = int(cell.get("s", "0"))
                except ValueError:
                    style = 0
                if style in dated:
                    text = _excel_day(text)
                elif text.endswith(".0"):
                    text = text[:-2]
            cells.extend([""] * (index - len(cells)))
            if index < len(cells):
                cells[index] = text
            else:
                cells.append(text)
        rows.append(cells)
    return rows


def read_cells(path: Path) -> list[list[str]]:
    """The file's rows of cells, whatever its kind; StaffListError when it is none."""
    path = Path(path)
    data = read_bounded(path, MAX_STAFF_FILE_BYTES)
    if not data.strip():
        raise StaffListError(path, "empty")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise StaffListError(path, "old_excel")
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() == ".xlsx":
        return _xlsx_cells(data, path)
    return _csv_cells(_decode(data, path), path)


# --- rows of people -----------------------------------------------------------------------


def _columns(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _FOLDED.get(_fold(cell))
        if key is not None and key not in found:
            found[key] = index
    return found


def parse_staff(cells: list[list[str]], path: Path) -> StaffList:
    rows = cells
    start = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if start is None:
        raise StaffListError(path, "empty")
    header = rows[start]
    columns = _columns(header)
    if "name" not in columns and not ("first" in columns or "last" in columns):
        shown = ", ".join(one_line(c)[:40] for c in header if c.strip())[:300] or "-"
        raise StaffListError(path, "no_header", found=shown)

    def cell(row: Sequence[str], key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(row):
            return ""
        return one_line(row[index])

    result = StaffList([], [])
    seen: dict[str, int] = {}
    for offset, row in enumerate(rows[start + 1 :], start=start + 2):
        if not any(c.strip() for c in row):
            continue  # a blank row is no one
        if any(len(c) > MAX_CELL for c in row):
            result.skipped.append(Skipped(offset, "too_long", {"limit": MAX_CELL}))
            continue
        name = cell(row, "name") or " ".join(
            part for part in (cell(row, "first"), cell(row, "last")) if part
        )
        if not name:
            result.skipped.append(Skipped(offset, "no_name"))
            continue
        email = cell(row, "email").strip("<>").lower() or None
        if email is not None and not _EMAIL.match(email):
            result.skipped.append(Skipped(offset, "bad_email", {"value": email[:80]}))
            continue
        days: dict[str, date | None] = {}
        problem = None
        for key in ("started", "left"):
            text = cell(row, key)
            days[key] = parse_day(text) if text else None
            if text and days[key] is None:
                column = _COLUMN_WORDS[key]
                problem = Skipped(offset, "bad_date", {"column": column, "value": text[:40]})
                break
        if problem is not None:
            result.skipped.append(problem)
            continue
        key = email or name_key(name)
        if key in seen:
            result.skipped.append(Skipped(offset, "twice", {"row": seen[key]}))
            continue
        seen[key] = offset
        result.rows.append(
            StaffRow(
                offset, name[:200], email, cell(row, "role") or None, days["started"], days["left"]
            )
        )
    return result


def read_staff_list(path: Path) -> StaffList:
    return parse_staff(read_cells(path), Path(path))


# --- into the register --------------------------------------------------------------------


@dataclass
class Merged:
    added: list[Person] = field(default_factory=list)
    updated: list[Person] = field(default_factory=list)
    unchanged: int = 0
    not_in_list: list[Person] = field(default_factory=list)


def merge_staff(register: Register, rows: Iterable[StaffRow]) -> Merged:
    """Add or update people: matched by e-mail address, else by name.

    A cell left empty keeps what the register knows (a payroll export without a
    leaving date must not bring someone back). Nobody is removed: people who left
    stay with their date, as the proof outlives the job.
    """
    by_email = {p.email.casefold(): p for p in register.people if p.email}
    by_name: dict[str, list[Person]] = {}
    for known in register.people:
        by_name.setdefault(name_key(known.name), []).append(known)
    merged = Merged()
    touched: set[str] = set()
    for row in rows:
        person: Person | None = by_email.get(row.email) if row.email else None
        if person is None:
            candidates = [p for p in by_name.get(name_key(row.name), []) if p.id not in touched]
            # A namesake with another address is another person.
            candidates = [p for p in candidates if not (row.email and p.email)]
            person = candidates[0] if candidates else None
        if person is None:
            person = Person(
                id=register.next_id(),
                name=row.name,
                email=row.email,
                role=row.role,
                started=row.started,
                left=row.left,
            )
            register.people.append(person)
            by_name.setdefault(name_key(person.name), []).append(person)
            if person.email:
                by_email[person.email.casefold()] = person
            merged.added.append(person)
            touched.add(person.id)
            continue
        touched.add(person.id)
        changes = {
            "name": row.name,
            "email": row.email,
            "role": row.role,
            "started": row.started,
            "left": row.left,
        }
        changed = False
        for key, value in changes.items():
            if value is not None and getattr(person, key) != value:
                setattr(person, key, value)
                changed = True
        if changed:
            merged.updated.append(person)
        else:
            merged.unchanged += 1
    merged.not_in_list = [p for p in register.people if p.id not in touched and p.left is None]
    return merged


def skipped_line(skipped: Skipped, language: Language) -> str:
    word = "rij" if language is Language.NL else "row"
    return f"{word} {skipped.row}: {skipped.reason(language)}"

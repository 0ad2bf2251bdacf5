"""Reading edits back from a Word document this program wrote.

The document carries hidden bookmarks (``wizard.output.marks``): one on its title that
names the document, its language and the organisation, and one around each clause with
a fingerprint of the clause's text as written. The text is read as it reads with every
tracked change accepted: inserted text counts, deleted and moved-away text does not.
A clause whose text differs from what was written becomes an edit in the document's
language, based on the clause's generated text now. A clause whose bookmark is gone and
text outside every clause are reported, never taken in silently or dropped.

The file is someone else's: it is read as house styles are (``wizard.output.office_zip``):
a zip whose size, number of parts and ratio are limited, every part of it read whatever
its name and encoding, a DTD or entity declaration in any part refused, and each part
parsed only within a bound of its bytes and elements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wizard.answers.labels import clause_title
from wizard.answers.model import BLOCK_LIMIT, ClauseEdit, DocumentKind, Language, Project
from wizard.content.clause_states import ClauseState, clause_states
from wizard.content.edits import closing_subheadings, normalise, record_edit
from wizard.content.outline import Subheading
from wizard.content.tailoring import build_outline
from wizard.files import FileRefused, read_regular_file
from wizard.language import in_language
from wizard.output.marks import (
    ClauseMark,
    DocumentMark,
    organisation_digits,
    read_clause_mark,
    read_document_mark,
)
from wizard.output.office_zip import Limits, OfficeZip, PackageRefused
from wizard.sanitise import NO_BREAK_HYPHEN, NO_BREAK_SPACE

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_LIMIT = 50 * 1024 * 1024  # a seven-page policy is some 40 kB; pictures make it larger
PART_LIMIT = 20 * 1024 * 1024  # the text part, unpacked
PARTS_LIMIT = 2000
RATIO_LIMIT = 200  # unpacked / packed: far beyond what XML compresses to, short of a bomb


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


_MESSAGES = {
    "not_found": (
        "Het bestand bestaat niet of kan niet worden gelezen. Kies het Word-document dat u "
        "hebt bewerkt.",
        "The file does not exist or cannot be read. Choose the Word document you edited.",
    ),
    "not_docx": (
        "Dit is geen Word-document (.docx). Sla het in Word of LibreOffice op als "
        "Word-document en importeer dat.",
        "This is not a Word document (.docx). Save it as a Word document in Word or "
        "LibreOffice and import that.",
    ),
    "too_large": (
        "Het bestand is groter dan {limit} MB of pakt uit tot meer dan dat; dat is geen "
        "beleidsdocument van dit programma.",
        "The file is larger than {limit} MB or unpacks to more than that; that is no policy "
        "document of this program.",
    ),
    "damaged": (
        "Het Word-document is beschadigd of bevat iets dat niet wordt gelezen ({detail}). "
        "Open het in Word of LibreOffice, sla het opnieuw op en probeer het nog eens.",
        "The Word document is damaged or holds something that is not read ({detail}). Open it "
        "in Word or LibreOffice, save it again and try once more.",
    ),
    "not_ours": (
        "Dit Word-document is niet door dit programma gemaakt (de onzichtbare markeringen van "
        "de clausules ontbreken). Importeer een document dat met 'Documenten maken' of "
        "'generate' is gemaakt en daarna is bewerkt.",
        "This Word document was not written by this program (the hidden marks of its clauses "
        "are missing). Import a document made with 'Make the documents' or 'generate' and "
        "edited afterwards.",
    ),
    "clause_too_long": (
        "De clausule {clause} ({title}) is in het document {length} tekens lang; een "
        "clausule mag hoogstens {limit} tekens hebben. Maak hem in Word korter, of verdeel "
        "de tekst over meer clausules, en importeer opnieuw. Er is niets opgeslagen.",
        "The clause {clause} ({title}) is {length} characters long in the document; a clause "
        "can have at most {limit}. Shorten it in Word, or spread the text over more clauses, "
        "and import again. Nothing was saved.",
    ),
    "other_organisation": (
        "Dit document is gemaakt voor een andere organisatie ({title}) dan dit project "
        "({organisation}), of de naam van de organisatie is sindsdien veranderd. Kies het "
        "document van dit project.",
        "This document was written for another organisation ({title}) than this project "
        "({organisation}), or the organisation's name has changed since. Choose this "
        "project's document.",
    ),
}


class ImportRefused(Exception):
    """A document that cannot be imported; ``message`` says why in the user's language."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def message(self, language: Language) -> str:
        params = dict(self.params)
        if "clause" in params:
            params["title"] = clause_title(str(params["clause"]), language)
        return in_language(_MESSAGES[self.code], language, **params)


# --- reading the package safely -------------------------------------------------------------

LIMITS = Limits(
    members=PARTS_LIMIT,
    unpacked=DOCX_LIMIT * 4,
    ratio=RATIO_LIMIT,
    part=PART_LIMIT,
    # Elements of one part (each costs a parser some hundred bytes): the fullest policy
    # has some 6,000 in its text, and Word's saving splits runs into several times that.
    elements=250_000,
)
# Why a part could not be read, as this command says it (wizard.output.office_zip).
_REFUSED = {"not_zip": "not_docx", "damaged": "damaged", "bomb": "too_large",
            "too_large": "too_large", "dtd": "damaged"}  # fmt: skip


def _refused(refused: PackageRefused) -> ImportRefused:
    code = _REFUSED[refused.reason]
    if code == "too_large":
        return ImportRefused(code, limit=DOCX_LIMIT // 2**20)
    if code == "damaged":
        detail = f"{refused.detail}: DTD" if refused.reason == "dtd" else refused.detail
        return ImportRefused(code, detail=detail or "zip")
    return ImportRefused(code)


def _xml(package: OfficeZip, name: str, *, required: bool) -> Any:
    try:
        return package.xml(name)
    except KeyError:
        if required:
            raise ImportRefused("not_docx") from None
        return None
    except PackageRefused as refused:
        raise _refused(refused) from None


@dataclass
class Package:
    document: Any
    styles: dict[str, str]  # style id -> lower-case name
    numbering: dict[tuple[str, str], str]  # (numId, level) -> number format
    title: str  # the title property, to name a document of another organisation


def read_package(data: bytes) -> Package:
    """The parts read back, from a zip checked whole (``wizard.output.office_zip``: every
    part read, bounded, with DTDs refused), as house styles are."""
    if len(data) > DOCX_LIMIT:
        raise ImportRefused("too_large", limit=DOCX_LIMIT // 2**20)
    try:
        package = OfficeZip(data, LIMITS)
    except PackageRefused as refused:
        raise _refused(refused) from None
    if not package.has("[Content_Types].xml"):
        raise ImportRefused("not_docx")
    document = _xml(package, "word/document.xml", required=True)
    styles = _xml(package, "word/styles.xml", required=False)
    numbering = _xml(package, "word/numbering.xml", required=False)
    core = _xml(package, "docProps/core.xml", required=False)
    title = ""
    if core is not None:
        found = core.find("{http://purl.org/dc/elements/1.1/}title")
        title = (found.text or "") if found is not None else ""
    return Package(document, _style_names(styles), _number_formats(numbering), title)


def _style_names(styles: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    if styles is None:
        return names
    for style in styles.iter(_w("style")):
        name = style.find(_w("name"))
        if name is not None:
            names[str(style.get(_w("styleId")))] = str(name.get(_w("val"), "")).lower()
    return names


def _number_formats(numbering: Any) -> dict[tuple[str, str], str]:
    if numbering is None:
        return {}
    abstract: dict[str, dict[str, str]] = {}
    for definition in numbering.iter(_w("abstractNum")):
        levels = {}
        for level in definition.iter(_w("lvl")):
            fmt = level.find(_w("numFmt"))
            levels[str(level.get(_w("ilvl")))] = str(fmt.get(_w("val"))) if fmt is not None else ""
        abstract[str(definition.get(_w("abstractNumId")))] = levels
    formats: dict[tuple[str, str], str] = {}
    for num in numbering.iter(_w("num")):
        ref = num.find(_w("abstractNumId"))
        found = abstract.get(str(ref.get(_w("val")))) if ref is not None else None
        for ilvl, fmt in (found or {}).items():
            formats[(str(num.get(_w("numId"))), ilvl)] = fmt
    return formats


# --- the text as it reads, tracked changes accepted ---------------------------------------

_DROPPED = {_w("del"), _w("moveFrom")}
_SKIPPED = {_w("del"), _w("moveFrom"), _w("instrText"), _w("delText"), _w("rPrChange")}


@dataclass
class Line:
    """A paragraph of the body as it reads."""

    kind: str  # "p", "bullet", "number", "heading", "title", "toc", "other_heading"
    text: str
    lead: str = ""
    in_table: bool = False
    marks: list[str] = field(default_factory=list)  # bookmark names around it
    style: str = ""

    def edit_text(self) -> str:
        body = f"**{self.lead}** {self.text}".strip() if self.lead else self.text
        if self.kind == "bullet":
            return f"- {body}"
        if self.kind == "number":
            return f"1. {body}"
        if self.kind == "heading":
            return f"## {self.text}"
        return body


def _is_bold(run: Any, strong: set[str]) -> bool:
    props = run.find(_w("rPr"))
    if props is None:
        return False
    style = props.find(_w("rStyle"))
    if style is not None and style.get(_w("val")) in strong:
        return True
    bold = props.find(_w("b"))
    return bold is not None and bold.get(_w("val"), "true") not in ("0", "false", "off")


_PLAIN = str.maketrans({NO_BREAK_SPACE: " ", NO_BREAK_HYPHEN: "-"})
# LibreOffice saves a non-breaking hyphen as Word's element for it; a soft hyphen is
# only a place where a word may break.
_HYPHEN, _SOFT_HYPHEN = _w("noBreakHyphen"), _w("softHyphen")
_PIECES = {_HYPHEN: "-", _SOFT_HYPHEN: ""}


def _runs(paragraph: Any, strong: set[str]) -> list[tuple[str, bool]]:
    """(text, bold) of each run as it reads with the changes accepted."""
    runs: list[tuple[str, bool]] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED or tag == _w("p") or tag == _w("txbxContent"):
                continue
            if tag == _w("r"):
                parts = []
                pieces = (_w("t"), _w("tab"), _w("br"), _w("cr"), _HYPHEN, _SOFT_HYPHEN)
                for piece in child.iter(*pieces):
                    if any(a.tag in _DROPPED for a in _ancestors(piece, child)):
                        continue
                    if piece.tag == _w("t"):
                        parts.append(piece.text or "")
                    else:
                        parts.append(_PIECES.get(piece.tag, " "))
                if parts:
                    # The writer keeps references on one line with non-breaking spaces
                    # and hyphens (docx_writer.unbroken); they read back as plain ones.
                    text = "".join(parts).translate(_PLAIN)
                    runs.append((text, _is_bold(child, strong)))
            elif tag != _w("pPr"):
                walk(child)

    walk(paragraph)
    return runs


def _ancestors(element: Any, stop: Any) -> list[Any]:
    found = []
    parent = element.getparent()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.getparent()
    return found


def _mark_deleted(paragraph: Any) -> bool:
    """A deleted paragraph mark: accepted, the paragraph joins the next."""
    props = paragraph.find(_w("pPr"))
    rpr = props.find(_w("rPr")) if props is not None else None
    return rpr is not None and rpr.find(_w("del")) is not None


def read_lines(package: Package) -> list[Line]:
    """The body's paragraphs in reading order, each with the bookmarks that start in it.

    Only where a bookmark starts is used: LibreOffice moves a bookmark's end when it
    saves (to the start of a clause that holds a table, or splits one bookmark in two),
    but keeps its start in place.
    """
    body = package.document.find(_w("body"))
    if body is None:
        raise ImportRefused("damaged", detail="word/document.xml")
    strong = {sid for sid, name in package.styles.items() if name == "strong"}
    lines: list[Line] = []
    pending: list[str] = []  # bookmarks between paragraphs: they mark the next one
    joining: Line | None = None
    current: tuple[Any, Line] | None = None

    for element in body.iter(_w("p"), _w("bookmarkStart")):
        if element.tag == _w("bookmarkStart"):
            name = str(element.get(_w("name"), ""))
            holder = next((a for a in _ancestors(element, body) if a.tag == _w("p")), None)
            if current is not None and holder is current[0]:
                current[1].marks.append(name)
            elif holder is None:
                pending.append(name)
            continue
        ancestors = _ancestors(element, body)
        if any(a.tag in (_w("txbxContent"), *_DROPPED) for a in ancestors):
            continue
        line = _line(element, package, strong)
        line.in_table = any(a.tag == _w("tbl") for a in ancestors)
        line.marks, pending = pending, []
        if joining is not None:
            joining.text = f"{joining.text} {line.text}".strip() if line.text else joining.text
            joining.marks += line.marks
            line = joining
        else:
            lines.append(line)
        current = (element, line)
        joining = line if _mark_deleted(element) else None
    return lines


def _line(paragraph: Any, package: Package, strong: set[str]) -> Line:
    props = paragraph.find(_w("pPr"))
    style_id = ""
    numbered: tuple[str, str] | None = None
    if props is not None:
        style = props.find(_w("pStyle"))
        style_id = str(style.get(_w("val"))) if style is not None else ""
        num = props.find(_w("numPr"))
        if num is not None:
            num_id, level = num.find(_w("numId")), num.find(_w("ilvl"))
            if num_id is not None and num_id.get(_w("val")) != "0":
                numbered = (
                    str(num_id.get(_w("val"))),
                    str(level.get(_w("val"))) if level is not None else "0",
                )
    name = package.styles.get(style_id, style_id.lower())
    runs = _runs(paragraph, strong)
    text = " ".join("".join(text for text, _ in runs).split())
    lead = ""
    bold_count = 0
    for _, bold in runs:
        if not bold:
            break
        bold_count += 1
    if 0 < bold_count < len(runs):
        lead = " ".join("".join(t for t, _ in runs[:bold_count]).split())
        text = " ".join("".join(t for t, _ in runs[bold_count:]).split())
    kind = "p"
    if name in ("title", "subtitle", "cover meta"):
        kind = "title"
    elif name.startswith("toc") or name == "contents heading":
        kind = "toc"
    elif name in ("heading 2", "heading 3"):
        kind = "heading"
    elif name.startswith("heading"):
        kind = "other_heading"
    elif name == "list bullet":
        kind = "bullet"
    elif name == "list number":
        kind = "number"
    elif numbered is not None:
        fmt = package.numbering.get(numbered, "bullet")
        kind = "bullet" if fmt in ("bullet", "none", "") else "number"
    return Line(kind=kind, text=text, lead=lead, style=name)


def lines_text(lines: list[Line]) -> str:
    """Paragraphs in the edit format: list items of one list on consecutive lines."""
    out: list[str] = []
    previous = ""
    number = 0
    for line in lines:
        if not line.text and not line.lead:
            previous = ""
            continue
        same_list = line.kind in ("bullet", "number") and line.kind == previous
        number = number + 1 if same_list else 1
        text = line.edit_text()
        if line.kind == "number":
            text = f"{number}. {text[3:]}"
        out.append(("\n" if same_list else "\n\n") + text)
        previous = line.kind
    return "".join(out).strip("\n")


# --- the import ----------------------------------------------------------------------------


@dataclass
class ImportResult:
    document: DocumentKind
    language: Language
    project: Project  # the project with the edits stored (the same when nothing changed)
    changed: list[str] = field(default_factory=list)  # clause ids stored as edits
    restored: list[str] = field(default_factory=list)  # back to the generated text
    emptied: list[str] = field(default_factory=list)  # all text deleted, marks kept
    missing: list[str] = field(default_factory=list)  # marks gone (deleted clause)
    not_applicable: list[str] = field(default_factory=list)  # clause not in the documents now
    fixed: list[str] = field(default_factory=list)  # text changed where none is editable
    tables: list[str] = field(default_factory=list)  # a table differs (not taken over)
    outside: list[str] = field(default_factory=list)  # text outside every clause

    @property
    def any_change(self) -> bool:
        return bool(self.changed or self.restored)


def _document_mark(lines: list[Line], package: Package) -> DocumentMark:
    for line in lines:
        for name in line.marks:
            found = read_document_mark(name)
            if found is not None:
                return found
    # The title paragraph may have been deleted; its bookmark can stand elsewhere.
    for element in package.document.iter(_w("bookmarkStart")):
        found = read_document_mark(str(element.get(_w("name"), "")))
        if found is not None:
            return found
    raise ImportRefused("not_ours")


def import_edits(project: Project, data: bytes) -> ImportResult:
    """The project with the edits of the Word document ``data``; nothing is written."""
    package = read_package(data)
    lines = read_lines(package)
    mark = _document_mark(lines, package)
    if mark.organisation != organisation_digits(project.organisation.name):
        raise ImportRefused(
            "other_organisation",
            title=package.title or "?",
            organisation=project.organisation.name,
        )
    language = mark.language
    states = {s.id: s for s in clause_states(project, mark.document, language)}
    shown = {c.id: c for c in build_outline(project, mark.document, language).clauses()}
    result = ImportResult(mark.document, language, project)
    read, outside = _clauses_of(lines)
    closing = {
        normalise(block.text)
        for clause in shown.values()
        for block in clause.blocks[len(clause.blocks) - closing_subheadings(clause) :]
        if isinstance(block, Subheading)
    }
    clauses: dict[str, Any] = project.model_dump(mode="json")["clauses"]
    for clause_id, (clause, clause_lines) in read.items():
        text_lines, after = _text_and_rest(clause_lines, closing)
        outside += after
        text = lines_text(text_lines)
        if clause_id in shown and _table_cells(shown[clause_id]) != _read_cells(clause_lines):
            result.tables.append(clause_id)
        if clause.unchanged(text):
            continue
        state = states.get(clause_id)
        if state is None:
            result.not_applicable.append(clause_id)
        elif not state.editable:
            result.fixed.append(clause_id)
        elif not normalise(text):
            result.emptied.append(clause_id)
        else:
            _store(clauses, state, language, text, result)
    result.missing = [c for c in shown if c in states and c not in read and states[c].editable]
    known = _outside_texts(project, mark.document, language)
    result.outside = [
        line.edit_text()
        for line in outside
        if (line.text or line.lead)
        and line.kind not in ("title", "toc")
        and normalise(line.edit_text()) not in known
        and normalise(line.text) not in known
    ]
    if result.any_change:
        try:
            edits = {k: ClauseEdit.model_validate(v) for k, v in clauses.items()}
        except ValidationError as error:
            # Lengths are checked above; anything else the project cannot hold is named.
            where = ".".join(str(part) for part in error.errors()[0]["loc"])
            raise ImportRefused("damaged", detail=where or "clauses") from None
        result.project = project.model_copy(update={"clauses": edits})
    return result


def _clauses_of(lines: list[Line]) -> tuple[dict[str, tuple[ClauseMark, list[Line]]], list[Line]]:
    """Each clause's lines, from where its mark starts up to the next clause's mark or
    heading (text typed after a clause belongs to it), and the lines outside them."""
    read: dict[str, tuple[ClauseMark, list[Line]]] = {}
    outside: list[Line] = []
    current: list[Line] | None = None
    for line in lines:
        marks = [m for m in map(read_clause_mark, line.marks) if m is not None]
        heading = line.kind in ("title", "toc", "other_heading")
        # Marks on a heading, or several on one paragraph (all but the last): bookmarks
        # left behind when their clause's paragraphs were deleted.
        for emptied in marks if heading else marks[:-1]:
            read.setdefault(emptied.clause_id, (emptied, []))
        if heading:
            current = None
        elif marks:
            mark = marks[-1]
            current = read.setdefault(mark.clause_id, (mark, []))[1]
        if current is None:
            outside.append(line)
        else:
            current.append(line)
    return read, outside


def _table_cells(clause: Any) -> list[str]:
    from wizard.content.outline import Table, block_texts

    cells = [t for b in clause.blocks if isinstance(b, Table) for t in block_texts(b)]
    return [normalise(cell) for cell in cells if normalise(cell)]


def _read_cells(lines: list[Line]) -> list[str]:
    cells = [normalise(line.edit_text()) for line in lines if line.in_table]
    return [cell for cell in cells if cell]


def _text_and_rest(lines: list[Line], closing: set[str]) -> tuple[list[Line], list[Line]]:
    """A clause's text (above its first table) and what follows it that is not a table:
    the document's closing subheadings (``closing``, which head the clauses after them)
    at its end, or text typed below the table."""
    text: list[Line] = []
    for index, line in enumerate(lines):
        if line.in_table:
            return text, [x for x in lines[index:] if not x.in_table]
        text.append(line)
    while text and not text[-1].text and not text[-1].lead:
        text.pop()
    rest: list[Line] = []
    while text and text[-1].kind == "heading" and normalise(text[-1].text) in closing:
        rest.insert(0, text.pop())
    return text, rest


def _store(
    clauses: dict[str, Any],
    state: ClauseState,
    language: Language,
    text: str,
    result: ImportResult,
) -> None:
    if normalise(text) == normalise(state.text):
        return  # already what the project shows (written before the last change)
    length = len(normalise(text))
    if length > BLOCK_LIMIT:
        # The project could not hold it: refused whole, before anything is stored.
        raise ImportRefused("clause_too_long", clause=state.id, length=length, limit=BLOCK_LIMIT)
    restored = normalise(text) == normalise(state.generated)
    if record_edit(clauses, state.id, language, None if restored else text, state.generated):
        (result.restored if restored else result.changed).append(state.id)


_NUMBER = re.compile(r"^\d+\.\s+")


def _outside_texts(project: Project, document: DocumentKind, language: Language) -> set[str]:
    """Texts the program writes outside every clause: headings and closing subheadings,
    and the cells of its tables, which follow the answers and are never edits.

    A table's cells count too because a clause that opens with a table (the document
    control) can lose its mark: LibreOffice drops a bookmark that stands before a table
    when it saves as ODF and back, and the table is then read as outside every clause.
    """
    from wizard.content.outline import Table, block_texts

    outline = build_outline(project, document, language)
    known = {normalise(outline.title), normalise(outline.subtitle)}
    known |= {
        normalise(cell)
        for clause in outline.clauses()
        for block in clause.blocks
        if isinstance(block, Table)
        for cell in block_texts(block)
    }

    for section in outline.sections:
        known.add(normalise(section.title))
        known.add(normalise(_NUMBER.sub("", section.title)))
        for clause in section.clauses:
            tail = closing_subheadings(clause)
            for block in clause.blocks[len(clause.blocks) - tail :] if tail else ():
                if isinstance(block, Subheading):
                    known.add(normalise(block.text))
                    known.add(normalise(f"## {block.text}"))
    return known


# --- the command -----------------------------------------------------------------------------


def read_document(path: Path) -> bytes:
    """The edited document's bytes: a regular file within the limit, read without
    blocking (a pipe would wait for a writer forever, ``/dev/zero`` never end)."""
    try:
        return read_regular_file(path, DOCX_LIMIT)[0]
    except FileRefused as refused:
        if refused.reason == "too_large":
            raise ImportRefused("too_large", limit=DOCX_LIMIT // 2**20) from None
        raise ImportRefused("not_docx") from None
    except OSError as error:
        raise ImportRefused("not_found") from error


_REPORT = {
    "document": ("{document} in het {in_words}", "{document} in {in_words}"),
    "nothing": (
        "Geen clausules veranderd; het project is niet opnieuw opgeslagen.",
        "No clauses changed; the project was not saved again.",
    ),
    "changed": ("Aangepast", "Edited"),
    "restored": ("Terug naar de gegenereerde tekst", "Back to the generated text"),
    "missing": (
        "Niet gevonden in het document (daar verwijderd, of nieuw sinds het document werd "
        "gemaakt); niets veranderd. Om een clausule weg te laten: laat hem weg in het "
        'venster, of zet "omit": true bij de clausule in het projectbestand:',
        "Not found in the document (deleted there, or new since the document was written); "
        "nothing changed. To leave a clause out, leave it out in the window, or set "
        '"omit": true for the clause in the project file:',
    ),
    "emptied": (
        "Alle tekst verwijderd; niet overgenomen. Om de clausule weg te laten: laat hem weg "
        'in het venster, of zet "omit": true bij de clausule in het projectbestand:',
        "All text deleted; not taken over. To leave the clause out, leave it out in the "
        'window, or set "omit": true for the clause in the project file:',
    ),
    "not_applicable": (
        "Veranderd, maar deze clausule staat niet meer in de documenten; niet overgenomen:",
        "Changed, but this clause is no longer in the documents; not taken over:",
    ),
    "fixed": (
        "Veranderd, maar deze clausule is alleen een tabel; niet overgenomen:",
        "Changed, but this clause is only a table; not taken over:",
    ),
    "tables": (
        "Een tabel wijkt af van wat de antwoorden geven (in het document veranderd, of de "
        "antwoorden zijn sindsdien veranderd). Tabellen volgen de antwoorden en worden niet "
        "overgenomen; pas zo nodig de antwoorden aan:",
        "A table differs from what the answers give (changed in the document, or the answers "
        "changed since). Tables follow the answers and are not taken over; change the "
        "answers if needed:",
    ),
    "outside": (
        "Tekst buiten de clausules, niet overgenomen (neem hem op in een clausule, in het "
        "venster of in het document):",
        "Text outside the clauses, not taken over (put it in a clause, in the window or in "
        "the document):",
    ),
}


def report_lines(result: ImportResult, language: Language) -> list[str]:
    """What the import did and what it left alone, for a person."""
    from wizard.answers.labels import value_label

    def say(key: str, **params: Any) -> str:
        return in_language(_REPORT[key], language, **params)

    def named(clause_id: str) -> str:
        return f"  {clause_id} ({clause_title(clause_id, language)})"

    document = value_label("document", result.document, language)
    shown = value_label("language", result.language, language)
    lines = [say("document", document=document, in_words=shown)]
    keys = ("changed", "restored", "emptied", "missing", "not_applicable", "fixed", "tables")
    for key in keys:
        ids: list[str] = getattr(result, key)
        if ids:
            lines.append(f"{say(key)}")
            lines.extend(named(clause_id) for clause_id in ids)
    if result.outside:
        lines.append(say("outside"))
        lines.extend(f"  {text[:200]}" for text in result.outside)
    if not result.any_change:
        lines.append(say("nothing"))
    return lines

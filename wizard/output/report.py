"""The workshop report: what a consultant mails after the session.

Every question with its answer, page by page (labels, never keys), the notes beside
their questions and at their page, the decision log, the warnings still open and the
questions still unanswered, with the date and the people involved. It works on a
draft, so a project that is half answered has a report too. The report is an outline
written by the same Word writer as the policy documents, so it has their looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.answers.choices import DocumentKind, PlanStepId
from wizard.answers.draft import OPEN_IN_DRAFT, draft_problems, preview_draft
from wizard.answers.labels import field_label, question_label, value_label
from wizard.answers.messages import Problem
from wizard.answers.pages import PAGES, page, page_of
from wizard.answers.project_file import check_logo_path, resolve_logo
from wizard.answers.summary import AnswerRow, date_text, question_rows, topic_text
from wizard.content.consistency import Warning, check_consistency
from wizard.content.outline import (
    BulletList,
    Clause,
    DocumentControl,
    Outline,
    Paragraph,
    Section,
    Subheading,
    Table,
)
from wizard.content.wording import long_date
from wizard.files import safe_file_name
from wizard.language import Language, in_language

if TYPE_CHECKING:
    from wizard.output.house_style import HouseStyle


_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Workshopverslag social-mediabeleid", "Workshop report: social media policy"),
    "subject": ("Workshopverslag", "Workshop report"),
    "file_stem": ("workshopverslag", "workshop report"),
    "no_name": ("(naam van de organisatie nog niet ingevuld)", "(organisation name not given yet)"),
    "about": ("Over dit verslag", "About this report"),
    "intro": (
        "Dit is het verslag van de workshop over het social-mediabeleid van {name}, "
        "opgemaakt op {date}. Het geeft de antwoorden zoals ze nu in het project staan, "
        "met de notities en besluiten uit de sessie, en wat nog open staat. Het is zelf "
        "geen beleid: de gedragscode en het deel voor het ICT-beleid worden apart gemaakt.",
        "This is the report of the workshop on the social media policy of {name}, made on "
        "{date}. It gives the answers as they now stand in the project, with the notes and "
        "decisions from the session, and what is still open. It is not the policy itself: "
        "the code of conduct and the ICT policy section are made separately.",
    ),
    "status": ("Stand van zaken", "Where things stand"),
    "status.open": ("Vragen nog open: {count}", "Questions still open: {count}"),
    "status.warnings": ("Waarschuwingen: {count}", "Warnings: {count}"),
    "status.decisions": ("Besluiten: {count}", "Decisions: {count}"),
    "status.notes": ("Notities: {count}", "Notes: {count}"),
    "participants": ("Betrokkenen", "People involved"),
    "participants.intro": (
        "De eigenaren uit de antwoorden en de mensen die in de besluitenlijst staan.",
        "The owners named in the answers and the people in the decision log.",
    ),
    "participants.none": (
        "Er zijn nog geen eigenaren ingevuld en er staan geen namen in de besluitenlijst.",
        "No owners have been given yet and the decision log names no one.",
    ),
    "col.name": ("Naam", "Name"),
    "col.role": ("Rol", "Role"),
    "role.policy_owner": ("Beleidseigenaar", "Policy owner"),
    "role.decided": ("Genoemd in de besluitenlijst", "Named in the decision log"),
    "col.channel": ("Kanaal", "Channel"),
    "col.question": ("Vraag", "Question"),
    "col.answer": ("Antwoord", "Answer"),
    "col.note": ("Notitie", "Note"),
    "page_note": ("Notitie bij deze pagina:", "Note on this page:"),
    "not_applicable": ("niet van toepassing", "does not apply"),
    "other_notes": ("Overige notities", "Other notes"),
    "decisions": ("Besluiten", "Decisions"),
    "decisions.none": (
        "Er zijn in deze workshop geen besluiten vastgelegd.",
        "No decisions were recorded in this workshop.",
    ),
    "col.date": ("Datum", "Date"),
    "col.topic": ("Onderwerp", "Topic"),
    "col.decision": ("Besluit", "Decision"),
    "col.by": ("Door", "By"),
    "col.reason": ("Waarom", "Why"),
    "actions": ("Afgesproken acties", "Actions agreed"),
    "actions.intro": (
        "Wat er is afgesproken: de besluiten en de stappen van het plan die nog komen, met wie "
        "ze uitvoert en wanneer.",
        "What was agreed: the decisions and the steps of the plan still to come, with who "
        "carries them out and when.",
    ),
    "actions.none": (
        "Er zijn geen besluiten en geen stappen van het plan die nog komen.",
        "There are no decisions and no steps of the plan still to come.",
    ),
    "actions.col.what": ("Actie", "Action"),
    "actions.col.who": ("Wie", "Who"),
    "actions.col.when": ("Wanneer", "When"),
    "actions.step": ("Stap van het plan: {step}", "Plan step: {step}"),
    "actions.nobody": ("nog toe te wijzen", "to be assigned"),
    "actions.unplanned": ("nog te plannen", "to be planned"),
    "open": ("Wat nog open staat", "What is still open"),
    "open.questions": ("Onbeantwoorde vragen", "Questions not answered yet"),
    "open.questions.none": (
        "Alle vragen zijn beantwoord: de documenten kunnen worden gemaakt.",
        "Every question has been answered: the documents can be made.",
    ),
    "open.warnings": ("Waarschuwingen", "Warnings"),
    "open.warnings.intro": (
        "Antwoorden die elkaar tegenspreken of een datum die niet klopt. De documenten "
        "kunnen zo worden gemaakt, maar het is verstandig deze punten na te lopen.",
        "Answers that contradict each other, or a date that does not add up. The documents "
        "can be made as they are, but these points are worth a second look.",
    ),
    "open.warnings.none": ("Er staan geen waarschuwingen open.", "There are no open warnings."),
}


def say(key: str, language: Language, **params: object) -> str:
    return in_language(_WORDS[key], language, **params)


def report_language(draft: dict[str, Any]) -> Language:
    """The project's first document language (Dutch when unreadable)."""
    languages = (draft.get("output") or {}).get("languages") or []
    for value in languages:
        if value in set(Language):
            return Language(value)
    return Language.NL


def report_file_name(draft: dict[str, Any], language: Language, day: date) -> str:
    """``de-linde-workshopverslag-2026-11-27.docx``, like the documents' names."""
    name = str((draft.get("organisation") or {}).get("name") or "")
    return safe_file_name(name, say("file_stem", language), version=day.isoformat(), suffix=".docx")


def open_problems(draft: dict[str, Any], base_dir: Path | None) -> list[Problem]:
    """What is still to answer; raises nothing: a broken file is checked by the caller."""
    return draft_problems(draft, base_dir)


def unreadable_problems(problems: list[Problem]) -> list[Problem]:
    """Problems that are not open answers: the draft cannot be reported faithfully."""
    return [p for p in problems if p.code not in OPEN_IN_DRAFT]


@dataclass(frozen=True)
class ReportData:
    """Everything the report says, gathered once from the draft."""

    draft: dict[str, Any]
    language: Language
    day: date
    problems: list[Problem]
    warnings: list[Warning]


def gather(
    draft: dict[str, Any], language: Language, day: date, base_dir: Path | None = None
) -> ReportData:
    problems = open_problems(draft, base_dir)
    project = preview_draft(draft, language)
    warnings = check_consistency(project, language) if project is not None else []
    return ReportData(draft, language, day, problems, warnings)


# --- the parts of the report ----------------------------------------------------------------


# About how many characters of table text a line of the page holds (9.5 pt on an A4
# page with its margins); each column also needs room for its cell margins.
_LINE_CHARACTERS = 88
_CELL_MARGIN = 3


def fitted(
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    weights: tuple[int, ...],
    *,
    whole: tuple[int, ...] = (),
) -> Table:
    """A table whose columns are at least as wide as their longest word, so that no word
    is broken over two lines ("bedrijfsvoeri / ng"); the room left is shared by
    ``weights``. A column in ``whole`` (a date) keeps each cell on one line."""
    minimum = []
    for column in range(len(header)):
        texts = [header[column], *(row[column] for row in rows if column < len(row))]
        if column in whole:
            longest = max(len(text) for text in texts)
        else:
            longest = max((len(word) for text in texts for word in text.split()), default=1)
        minimum.append(longest + _CELL_MARGIN)
    room = max(0, _LINE_CHARACTERS - sum(minimum))
    widths = tuple(
        round((m + room * w / sum(weights)) * 10) for m, w in zip(minimum, weights, strict=True)
    )
    return Table(header, rows, widths=widths)


def _one_line(text: str) -> str:
    """A note or decision in a table cell: its paragraphs and bullets on one line."""
    parts = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts.append(f"• {line[2:].strip()}" if line.startswith("- ") else line)
    return " ".join(parts)


def _note_blocks(text: str, lead: str) -> list[Any]:
    """A note under a heading as it was written: paragraphs, and "- " lines as bullets."""
    blocks: list[Any] = []
    bullets: list[Paragraph] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            first = not blocks
            blocks.append(Paragraph(" ".join(lines), lead=lead if first else ""))
            lines.clear()
        if bullets:
            if not blocks:
                blocks.append(Paragraph("", lead=lead))
            blocks.append(BulletList(tuple(bullets)))
            bullets.clear()

    for line in text.splitlines():
        line = line.strip()
        if line.startswith("- "):
            if lines:
                flush()
            bullets.append(Paragraph(line[2:].strip()))
        elif not line:
            flush()
        else:
            if bullets:
                flush()
            lines.append(line)
    flush()
    return blocks


def _notes(draft: dict[str, Any]) -> dict[str, str]:
    notes = draft.get("notes") or {}
    return {str(k): str(v) for k, v in notes.items() if isinstance(v, str) and v.strip()}


def participants(draft: dict[str, Any], language: Language) -> list[tuple[str, str]]:
    """(name, roles) of the policy owner, the HR, communications and IT owners, and who
    took each decision as the log says it; a name with several roles is listed once."""
    organisation = draft.get("organisation") or {}
    owner = organisation.get("policy_owner") or {}
    governance = draft.get("governance") or {}
    found: dict[str, list[str]] = {}

    def add(name: Any, role: str) -> None:
        if isinstance(name, str) and name.strip():
            roles = found.setdefault(name.strip(), [])
            if role not in roles:
                roles.append(role)

    owner_role = say("role.policy_owner", language)
    if owner.get("name") and owner.get("role"):
        owner_role = f"{owner_role} ({owner['role']})"
    add(owner.get("name") or owner.get("role"), owner_role)
    for key in ("governance.hr_owner", "governance.communications_owner", "governance.it_owner"):
        add(governance.get(key.split(".")[1]), field_label(key, language))
    # The "by" of a decision is free text ("Marieke, na overleg met OR-lid Henk"): it is
    # named as it was written, once, never taken apart into presumed persons.
    for decision in draft.get("decisions") or []:
        if isinstance(decision, dict) and isinstance(decision.get("by"), str):
            add(" ".join(decision["by"].split()), say("role.decided", language))
    return [(name, ", ".join(_later_lower(roles))) for name, roles in found.items()]


def _later_lower(roles: list[str]) -> list[str]:
    """ "Eigenaar HR, eigenaar communicatie": a role after the first reads on in lower case
    (an abbreviation such as "HR owner" keeps its capitals)."""
    return roles[:1] + [r[:1].lower() + r[1:] if r[1:2].islower() else r for r in roles[1:]]


def _about(data: ReportData, name: str) -> Section:
    language = data.language
    blocks: list[Any] = [
        Paragraph(say("intro", language, name=name, date=long_date(data.day, language)))
    ]
    decisions = [d for d in data.draft.get("decisions") or [] if isinstance(d, dict)]
    blocks.append(Subheading(say("status", language)))
    blocks.append(
        BulletList(
            (
                Paragraph(say("status.open", language, count=len(data.problems))),
                Paragraph(say("status.warnings", language, count=len(data.warnings))),
                Paragraph(say("status.decisions", language, count=len(decisions))),
                Paragraph(say("status.notes", language, count=len(_notes(data.draft)))),
            )
        )
    )
    blocks.append(Subheading(say("participants", language)))
    people = participants(data.draft, language)
    if people:
        blocks.append(Paragraph(say("participants.intro", language)))
        header = (say("col.name", language), say("col.role", language))
        blocks.append(fitted(header, tuple(people), (2, 3)))
    else:
        blocks.append(Paragraph(say("participants.none", language)))
    return Section(
        "about", say("about", language), (Clause("report.about", (), (), tuple(blocks)),)
    )


def _shown(row: AnswerRow, notes: dict[str, str]) -> bool:
    return row.applies or row.key in notes


def _page_section(data: ReportData, page_key: str, notes: dict[str, str]) -> Section:
    language = data.language
    rows = [r for r in question_rows(data.draft, page_key, language) if _shown(r, notes)]
    blocks: list[Any] = []
    if page_key in notes:
        blocks += _note_blocks(notes[page_key], say("page_note", language))
    with_notes = any(row.key in notes for row in rows)
    cells = []
    for row in rows:
        answer = "; ".join(row.lines)
        if not row.applies and page_key != "channels":
            answer = say("not_applicable", language)
        cell = [row.label, answer]
        if with_notes:
            cell.append(_one_line(notes.get(row.key, "")))
        cells.append(tuple(cell))
    if not cells:  # no channel in use and none with a note
        cells = [(field_label("channels", language), _unanswered(language))]
    first = "col.channel" if page_key == "channels" else "col.question"
    header = [say(first, language), say("col.answer", language)]
    if with_notes:
        header.append(say("col.note", language))
    weights = (3, 4, 5) if with_notes else (2, 3)
    blocks.append(fitted(tuple(header), tuple(cells), weights))
    title = page(page_key).title(language)
    return Section(page_key, title, (Clause(f"report.{page_key}", (), (), tuple(blocks)),))


def _unanswered(language: Language) -> str:
    from wizard.answers.summary import say as summary_say

    return summary_say("unanswered", language)


def _other_notes(data: ReportData, notes: dict[str, str]) -> Section | None:
    """Notes whose key is no page or question (written by hand, or by an older version)."""
    language = data.language
    placed = {p.key for p in PAGES} | {q for p in PAGES for q in p.questions}
    others = [(k, v) for k, v in notes.items() if k not in placed]
    if not others:
        return None
    rows = tuple((question_label(k, language), _one_line(v)) for k, v in others)
    header = (say("col.question", language), say("col.note", language))
    table = fitted(header, rows, (2, 5))
    clause = Clause("report.other_notes", (), (), (table,))
    return Section("other_notes", say("other_notes", language), (clause,))


def _decisions(data: ReportData) -> Section:
    language = data.language
    decisions = [d for d in data.draft.get("decisions") or [] if isinstance(d, dict)]
    blocks: list[Any]
    if not decisions:
        blocks = [Paragraph(say("decisions.none", language))]
    else:
        # In the order they were taken; decisions of one day in the order they were logged.
        ordered = sorted(decisions, key=lambda d: str(d.get("date") or ""))
        header = tuple(
            say(f"col.{name}", language) for name in ("date", "topic", "decision", "by", "reason")
        )
        rows = tuple(
            (
                date_text(d.get("date") or "", language),
                topic_text(str(d.get("topic") or ""), language),
                _one_line(str(d.get("decision") or "")),
                str(d.get("by") or ""),
                _one_line(str(d.get("reason") or "")),
            )
            for d in ordered
        )
        # The date fits on one line; the decision and its reason get the room.
        blocks = [fitted(header, rows, (1, 3, 5, 2, 5), whole=(0,))]
    clause = Clause("report.decisions", (), (), tuple(blocks))
    return Section("decisions", say("decisions", language), (clause,))


def _actions(data: ReportData) -> Section:
    """What was agreed to do: each decision, and each step of the plan not yet due, with
    who does it and by when."""
    language = data.language
    rows: list[tuple[str, str, str]] = []
    decisions = [d for d in data.draft.get("decisions") or [] if isinstance(d, dict)]
    for d in sorted(decisions, key=lambda d: str(d.get("date") or "")):
        topic = topic_text(str(d.get("topic") or ""), language)
        decision = _one_line(str(d.get("decision") or ""))
        who = " ".join(str(d.get("by") or "").split()) or say("actions.nobody", language)
        rows.append((f"{topic}: {decision}", who, date_text(d.get("date") or "", language)))
    governance = data.draft.get("governance") or {}
    for item in governance.get("plan") or []:
        if not isinstance(item, dict):
            continue
        due = _date_or_none(item.get("due"))
        if due is not None and due < data.day:
            continue  # its date has passed: no longer an action ahead
        step = str(item.get("step") or "")
        name = value_label("plan_step", step, language) if step in set(PlanStepId) else step
        owner = " ".join(str(item.get("owner") or "").split()) or say("actions.nobody", language)
        when = date_text(due.isoformat(), language) if due else say("actions.unplanned", language)
        rows.append((say("actions.step", language, step=name), owner, when))
    blocks: list[Any]
    if rows:
        header = tuple(say(f"actions.col.{name}", language) for name in ("what", "who", "when"))
        blocks = [
            Paragraph(say("actions.intro", language)),
            fitted(header, tuple(rows), (6, 3, 2), whole=(2,)),
        ]
    else:
        blocks = [Paragraph(say("actions.none", language))]
    clause = Clause("report.actions", (), (), tuple(blocks))
    return Section("actions", say("actions", language), (clause,))


def _date_or_none(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _where(key: str, language: Language) -> str:
    found = page_of(key)
    if found is not None:
        return page(found).title(language)
    return field_label(key.split(".")[0], language)


def _warning_item(warning: Warning, language: Language) -> Paragraph:
    """A warning under the page it belongs to. An edited text's warning names the text by
    its title already: its key-like label ("Aangepaste clausule webcare.who") is left out."""
    where = _where(warning.field, language)
    if warning.field.startswith("clauses."):
        return Paragraph(warning.message(language), lead=f"{where}:")
    return Paragraph(warning.line(language), lead=f"{where}:")


def _open(data: ReportData) -> Section:
    language = data.language
    blocks: list[Any] = [Subheading(say("open.questions", language))]
    if data.problems:
        items = tuple(
            Paragraph(p.line(language), lead=f"{_where(p.field, language)}:") for p in data.problems
        )
        blocks.append(BulletList(items))
    else:
        blocks.append(Paragraph(say("open.questions.none", language)))
    blocks.append(Subheading(say("open.warnings", language)))
    if data.warnings:
        blocks.append(Paragraph(say("open.warnings.intro", language)))
        warnings = tuple(_warning_item(w, language) for w in data.warnings)
        blocks.append(BulletList(warnings))
    else:
        blocks.append(Paragraph(say("open.warnings.none", language)))
    clause = Clause("report.open", (), (), tuple(blocks))
    return Section("open", say("open", language), (clause,))


def report_outline(data: ReportData) -> Outline:
    """The report as an outline: the Word writer's input, like a policy document's."""
    language = data.language
    draft = data.draft
    organisation = draft.get("organisation") or {}
    name = str(organisation.get("name") or "").strip() or say("no_name", language)
    owner = organisation.get("policy_owner") or {}
    notes = _notes(draft)
    sections = [_about(data, name)]
    sections += [_page_section(data, p.key, notes) for p in PAGES]
    other = _other_notes(data, notes)
    if other is not None:
        sections.append(other)
    sections += [_decisions(data), _actions(data), _open(data)]
    control = DocumentControl(
        version=str(organisation.get("version") or "—"),
        effective_date=data.day,
        owner=str(owner.get("name") or owner.get("role") or ""),
        approver="",
        next_review=data.day,
    )
    return Outline(
        document=DocumentKind.CODE_OF_CONDUCT,  # the short cover: contents on the title page
        language=language,
        organisation=name,
        title=say("title", language),
        subtitle=say("subject", language),
        control=control,
        keywords=(say("subject", language), name),
        sections=tuple(sections),
        subject=say("subject", language),
    )


def report_logo(draft: dict[str, Any], base_dir: Path | None) -> Path | None:
    """The organisation's logo when it can be placed; a report never fails on a logo."""
    shown = (draft.get("organisation") or {}).get("logo")
    if not isinstance(shown, str) or check_logo_path(shown, base_dir) is not None:
        return None
    return resolve_logo(shown, base_dir)


def report_house_style(
    draft: dict[str, Any], base_dir: Path | None
) -> tuple[HouseStyle | None, Problem | None]:
    """The project's house style for the report, or why it was passed by.

    A report never fails on its looks: a house style that is missing or refused is
    reported (the Problem) and the built-in style is used.
    """
    shown = (draft.get("output") or {}).get("house_style")
    if not isinstance(shown, str) or not shown:
        return None, None
    from wizard.output.house_style import house_style_for

    return house_style_for(shown, base_dir)


def write_report(
    outline: Outline, logo: Path | None = None, house_style: HouseStyle | None = None
) -> bytes:
    """The report as a Word file. The one place the report meets the Word writer."""
    from wizard.output.docx_writer import document_bytes

    return document_bytes(outline, logo, house_style)


def report_bytes(
    draft: dict[str, Any], language: Language, day: date, base_dir: Path | None = None
) -> bytes:
    data = gather(draft, language, day, base_dir)
    house_style, _ = report_house_style(draft, base_dir)
    return write_report(report_outline(data), report_logo(draft, base_dir), house_style)

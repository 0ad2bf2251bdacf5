"""The state of each clause for the window and the command line: its generated text,
its edit, whether the edit is out of date; and a project with one clause edited.

Apart from ``wizard.content.edits`` because these need the outline before edits, which
``wizard.content.tailoring`` builds, and tailoring applies the edits: together they
would import each other.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from wizard.answers.labels import clause_title
from wizard.answers.model import ClauseEdit, DocumentKind, Language, Project
from wizard.content.edits import clause_text, fingerprint, has_table, is_editable, record_edit
from wizard.content.outline import Clause, Section
from wizard.content.tailoring import build_outline


@dataclass(frozen=True)
class ClauseState:
    id: str
    section_id: str
    section_title: str
    title: str
    # False when the clause has no text to edit (only a table); it can still be left out.
    editable: bool
    # The clause holds a table: only the text above it is editable; the table follows
    # the answers.
    table: bool
    generated: str  # the generated text now, in this language (edit format)
    edited: str | None  # the edit in this language, or None
    omitted: bool
    out_of_date: bool  # an edit exists and the generated text changed since
    replaced: str | None  # the generated text the edit replaced, when the file kept it
    other_language_edited: bool  # edited in the other language only

    @property
    def text(self) -> str:
        """The text the document shows (the edit, or the generated text)."""
        return self.generated if self.edited is None else self.edited


def other_language(language: Language) -> Language:
    return Language.EN if language is Language.NL else Language.NL


def clause_state(
    clause: Clause, section: Section, edit: ClauseEdit | None, language: Language
) -> ClauseState:
    generated = clause_text(clause)
    edited = edit.text(language) if edit else None
    based_on = edit.based_on.get(language) if edit else None
    other = other_language(language)
    return ClauseState(
        id=clause.id,
        section_id=section.id,
        section_title=section.title,
        title=clause_title(clause.id, language),
        editable=is_editable(clause),
        table=has_table(clause),
        generated=generated,
        edited=edited,
        omitted=bool(edit and edit.omit),
        out_of_date=edited is not None and based_on != fingerprint(generated),
        replaced=edit.replaced.get(language) if edit and edited is not None else None,
        other_language_edited=bool(edit and edit.text(other) is not None and edited is None),
    )


def clause_states(
    project: Project,
    document: DocumentKind,
    language: Language,
    clauses: Collection[str] | None = None,
) -> list[ClauseState]:
    """Every clause of the document as generated (before edits), with its edit's state;
    with ``clauses``, at least those clauses (the sections they are in)."""
    outline = build_outline(project, document, language, apply_edits=False, clauses=clauses)
    return [
        clause_state(clause, section, project.clauses.get(clause.id), language)
        for section in outline.sections
        for clause in section.clauses
    ]


def generated_texts(project: Project, language: Language) -> dict[str, str]:
    """Clause id -> generated text (before edits) in every document the project writes."""
    texts: dict[str, str] = {}
    for document in DocumentKind:
        for state in clause_states(project, document, language):
            texts.setdefault(state.id, state.generated)
    return texts


def edit_project(
    project: Project,
    clause_id: str,
    language: Language,
    text: str | None,
    *,
    omit: bool | None = None,
) -> Project:
    """The project with one clause edited (see ``record_edit``); ``project`` stays as it is."""
    generated = generated_texts(project, language).get(clause_id, "")
    clauses = project.model_dump(mode="json")["clauses"]
    record_edit(clauses, clause_id, language, text, generated, omit=omit)
    return project.model_copy(
        update={"clauses": {k: ClauseEdit.model_validate(v) for k, v in clauses.items()}}
    )

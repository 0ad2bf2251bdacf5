"""Clause edits in the window: from a clause in the preview to the draft's ``clauses``.

The clause texts, fingerprints and states come from ``wizard.content.edits``; this
module asks the editor (``ui.clause_editor``) and writes the result into the draft
through the answer store, so the modified marker, autosave and crash restore work as
for any answer, and the preview and the review page hear of it.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.answers import AnswerStore
from ui.clause_editor import ClauseEditor, ClauseView, EditorAction
from ui.strings import tr
from wizard.answers.model import DocumentKind, Language
from wizard.content.clause_states import ClauseState, clause_states
from wizard.content.edits import accept_update, record_edit


def states(store: AnswerStore, document: DocumentKind, language: Language) -> list[ClauseState]:
    """Every clause of a document as the preview shows it, each once, in reading order."""
    project = store.preview_project(language)
    if project is None:
        return []
    seen: dict[str, ClauseState] = {}
    for state in clause_states(project, document, language):
        seen.setdefault(state.id, state)
    return list(seen.values())


def find_state(
    store: AnswerStore, clause_id: str, language: Language, document: DocumentKind | None = None
) -> tuple[DocumentKind, ClauseState] | None:
    """A clause by its id, in the given document or else in whichever document has it."""
    documents = [document] if document is not None else list(DocumentKind)
    for kind in documents:
        for state in states(store, kind, language):
            if state.id == clause_id:
                return kind, state
    return None


def clause_view(state: ClauseState, language: Language) -> ClauseView:
    return ClauseView(
        clause_id=state.id,
        title=state.title,
        section=state.section_title,
        language=language,
        text=state.text,
        generated=state.generated,
        edited=state.edited is not None,
        omitted=state.omitted,
        stale=state.out_of_date,
        old_generated=state.replaced,
        other_language_edited=state.other_language_edited,
        editable=state.editable,
        table=state.table,
    )


def _set_omit(clauses: dict[str, Any], clause_id: str, omit: bool) -> None:
    """Leave a clause out of both languages, or put it back; its edits stay as they are."""
    entry = clauses.get(clause_id)
    if not isinstance(entry, dict):
        if not omit:
            return
        entry = clauses[clause_id] = {"nl": None, "en": None, "based_on": {}, "replaced": {}}
    entry["omit"] = omit
    if not omit and entry.get("nl") is None and entry.get("en") is None:
        del clauses[clause_id]  # nothing left of the edit


def apply_choice(
    store: AnswerStore,
    state: ClauseState,
    language: Language,
    action: EditorAction,
    text: str = "",
) -> bool:
    """Write the editor's choice into the draft's ``clauses``; True when it changed."""
    clauses = copy.deepcopy(store.get("clauses") or {})
    if action is EditorAction.SAVE:
        record_edit(clauses, state.id, language, text, state.generated)
    elif action is EditorAction.RESTORE:
        record_edit(clauses, state.id, language, None, state.generated)
    elif action is EditorAction.OMIT:
        _set_omit(clauses, state.id, True)
    elif action is EditorAction.INCLUDE:
        _set_omit(clauses, state.id, False)
    elif action is EditorAction.ACCEPT:
        accept_update(clauses, state.id, language, state.generated)
    else:
        return False
    if clauses == store.get("clauses"):
        return False
    store.set("clauses", clauses)
    return True


def edit_clause(
    parent: QWidget | None,
    store: AnswerStore,
    clause_id: str,
    language: Language,
    document: DocumentKind | None = None,
) -> bool:
    """Open the editor on a clause and store what the user chose; True when it changed."""
    found = find_state(store, clause_id, language, document)
    if found is None:
        return _remove_unused(parent, store, clause_id)
    _kind, state = found
    dialog = ClauseEditor(parent, clause_view(state, language))
    dialog.exec()
    return apply_choice(store, state, language, dialog.action, dialog.text())


def warning_language(store: AnswerStore, key: str, interface: Language) -> Language:
    """The document language a clause warning is about: the one whose text to look at."""
    for warning in store.warnings(interface):
        if warning.field != key:
            continue
        params = dict(warning.params)
        # "Edited in Dutch only": the English text is the one still to write.
        wanted = params.get("other") if warning.code == "clause_one_language" else None
        wanted = wanted or params.get("language")
        if wanted in {language.value for language in Language}:
            return Language(wanted)
    languages = store.get("output.languages") or [Language.NL.value]
    return Language(languages[0])


def edit_from_warning(
    parent: QWidget | None, store: AnswerStore, key: str, interface: Language
) -> bool:
    """A review page's link to a clause warning: the editor on that clause."""
    clause_id = key.removeprefix("clauses.")
    return edit_clause(parent, store, clause_id, warning_language(store, key, interface))


def ask_remove_unused(parent: QWidget | None, clause_id: str) -> bool:
    """Whether to remove an edit of a clause the documents no longer hold (tests replace it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("clause.unused.title"))
    box.setText(tr("clause.unused.text", id=clause_id))
    remove = box.addButton(tr("clause.unused.remove"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("clause.cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is remove


def _remove_unused(parent: QWidget | None, store: AnswerStore, clause_id: str) -> bool:
    """An edit of a clause that no answer chooses now: it can only be removed (or kept)."""
    clauses = copy.deepcopy(store.get("clauses") or {})
    if clause_id not in clauses or not ask_remove_unused(parent, clause_id):
        return False
    del clauses[clause_id]
    store.set("clauses", clauses)
    return True

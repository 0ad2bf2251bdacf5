"""The answers being edited: one draft, shared by every page, the preview and autosave."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wizard.answers.advice import INCIDENT_KEY, does_it_all, myself_answers
from wizard.answers.defaults import (
    FITTED_KEYS,
    FITTING_QUESTIONS,
    LANGUAGES_KEY,
    Refit,
    new_project_draft,
    refit,
    undo_refit,
)
from wizard.answers.draft import (
    draft_problems,
    get_value,
    new_draft,
    preview_draft,
    project_from_draft,
    set_value,
)
from wizard.answers.messages import Problem
from wizard.answers.model import BLOCK_LIMIT, Language, Project
from wizard.content.consistency import Warning, check_consistency
from wizard.files import FileState

# Stands for a key the draft does not have yet; equal to no value.
_ABSENT: Any = object()


class AnswerStore(QObject):
    """Holds the draft; every change goes through ``set`` so that listeners hear of it."""

    changed = Signal(str)  # the dotted key that changed, or "" when everything did
    replaced = Signal()  # a new or opened project: pages reload every widget
    modified_changed = Signal(bool)
    # Notes and decisions never reach the documents: a change to them is heard only by
    # their own widgets (and autosave, through the modified flag), never by the preview
    # or the pages' validation.
    note_changed = Signal(str)  # the note's key (a question's or a page's)
    decisions_changed = Signal()
    # Answers set to fit a newly chosen size or sector (a wizard.answers.defaults.Refit),
    # or None when that was undone or a project replaced the answers.
    refitted = Signal(object)
    # "I do HR, communications and IT myself": not stored in the file, but derived on
    # loading (every owner and the approver equal the policy owner).
    myself_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft: dict[str, Any] = new_draft()
        self._problems: list[Problem] | None = None
        self._warnings: tuple[Language, list[Warning]] | None = None
        self._previews: dict[Language, Project | None] = {}
        self._modified = False
        self.path: Path | None = None
        # The project file as last read or written here: a save checks that the file on
        # disk is still this one, so that another writer's work is never overwritten
        # unasked (see MainWindow.check_disk).
        self.file_state: FileState | None = None
        # The answers the user chose (dotted keys): those never follow the size. In a
        # project that was opened or restored every answer counts as chosen.
        self.chosen: set[str] = set()
        self.last_refit: Refit | None = None
        self._myself = False

    # --- reading ---------------------------------------------------------------------

    @property
    def draft(self) -> dict[str, Any]:
        return self._draft

    def get(self, key: str) -> Any:
        return get_value(self._draft, key)

    def problems(self) -> list[Problem]:
        # Validation is cheap but runs for every listener; do it once per change.
        if self._problems is None:
            base = self.path.parent if self.path is not None else None
            self._problems = draft_problems(self._draft, base)
        return self._problems

    def project(self) -> Project | None:
        return project_from_draft(self._draft) if not self.problems() else None

    def warnings(self, language: Language) -> list[Warning]:
        """Contradictions between answers; checked on the draft as the preview shows it."""
        # Every page asks after each change; check once per change and language.
        if self._warnings is None or self._warnings[0] is not language:
            project = self.preview_project(language)
            found = check_consistency(project, language) if project is not None else []
            self._warnings = (language, found)
        return self._warnings[1]

    def preview_project(self, language: Language) -> Project | None:
        """The draft with [markers] for open answers; validated once per change and language."""
        if language not in self._previews:
            self._previews[language] = preview_draft(self._draft, language)
        return self._previews[language]

    def logo_base(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    @property
    def modified(self) -> bool:
        return self._modified

    # --- writing ---------------------------------------------------------------------

    def _current(self, key: str) -> Any:
        """The draft's value at ``key``; a key an older file lacks (a question added in a
        later release) is no value yet, never an error."""
        try:
            return self.get(key)
        except (KeyError, IndexError, TypeError):
            return _ABSENT

    def set(self, key: str, value: Any) -> None:
        if self._current(key) == value:
            return
        set_value(self._draft, key, copy.deepcopy(value))
        self._problems = None
        self._warnings = None
        self._previews = {}
        self.set_modified(True)
        self.changed.emit(key)

    def answer(self, key: str, value: Any) -> None:
        """An answer the user gave: it is theirs from now on. A new size or sector sets
        the answers the user has not chosen to what fits it (``refitted`` says which)."""
        self.chosen.add(key)
        if self._current(key) == value:
            return
        self.set(key, value)
        if self._myself and key.startswith("organisation.policy_owner"):
            self.set_many(myself_answers(self._draft, self.chosen))
        if key in FITTING_QUESTIONS:
            done = refit(self._draft, self.chosen)
            if len(done):
                self.set_many(done.after)
                self.last_refit = done
                self.refitted.emit(done)

    @property
    def myself(self) -> bool:
        return self._myself

    def set_myself(self, myself: bool) -> None:
        """The policy owner does HR, communications and IT and approves: with yes, the
        owners, the approver and (unless chosen) the incident contact follow the owner."""
        if myself != self._myself:
            self._myself = myself
            self.myself_changed.emit(myself)
        if myself:
            self.set_many(myself_answers(self._draft, self.chosen))

    def follow_interface_language(self, language: Language) -> None:
        """A new project's documents are in the interface's language: switching the
        interface before anything is answered takes them along. Once an answer is given,
        a switch of the interface changes no answer."""
        if self._modified or self.path is not None or LANGUAGES_KEY in self.chosen:
            return
        if self.get(LANGUAGES_KEY) != [language.value]:
            self.set(LANGUAGES_KEY, [language.value])
            self.set_modified(False)  # nothing the user did

    def undo_refit(self) -> None:
        """Take back the answers the last size or sector set, where still unchanged."""
        done, self.last_refit = self.last_refit, None
        if done is not None:
            self.set_many(undo_refit(self._draft, done))
        self.refitted.emit(None)

    def new_project(self, language: Language) -> None:
        """An empty project whose answers fit its size and nothing chosen yet."""
        self.replace(new_project_draft(language), None, fresh=True)

    def set_many(self, values: dict[str, Any]) -> None:
        """Several answers at once: every listener hears of each, after all are set."""
        changed = [key for key, value in values.items() if self._current(key) != value]
        if not changed:
            return
        for key in changed:
            set_value(self._draft, key, copy.deepcopy(values[key]))
        self._problems = None
        self._warnings = None
        self._previews = {}
        self.set_modified(True)
        for key in changed:
            self.changed.emit(key)

    def note(self, key: str) -> str:
        notes = self._draft.get("notes")
        value = notes.get(key) if isinstance(notes, dict) else None
        return value if isinstance(value, str) else ""

    def set_note(self, key: str, text: str) -> None:
        """A workshop note about a question or a page; an empty one is dropped."""
        notes = self._draft.get("notes")
        if not isinstance(notes, dict):
            notes = self._draft["notes"] = {}
        text = text[:BLOCK_LIMIT]  # the file's limit: a note can never make the draft invalid
        if text.strip():
            if notes.get(key) == text:
                return
            notes[key] = text
        elif key in notes:
            del notes[key]
        else:
            return
        self.set_modified(True)
        self.note_changed.emit(key)

    def decisions(self) -> list[dict[str, Any]]:
        found = self._draft.get("decisions")
        return [d for d in found if isinstance(d, dict)] if isinstance(found, list) else []

    def set_decisions(self, decisions: list[dict[str, Any]]) -> None:
        """The whole decision log; each entry complete (the log's dialog checks it)."""
        if decisions == self.decisions():
            return
        self._draft["decisions"] = copy.deepcopy(decisions)
        self.set_modified(True)
        self.decisions_changed.emit()

    def replace(
        self,
        draft: dict[str, Any],
        path: Path | None,
        *,
        modified: bool = False,
        fresh: bool = False,
        file_state: FileState | None = None,
    ) -> None:
        """Another project; ``fresh`` for a new one, whose answers the user has not chosen;
        ``file_state``: the project file as read (see ``file_state`` above)."""
        self._draft = copy.deepcopy(draft)
        self._problems = None
        self._warnings = None
        self._previews = {}
        self.path = path
        self.file_state = file_state
        self.chosen = set() if fresh else {*FITTED_KEYS, INCIDENT_KEY, LANGUAGES_KEY}
        myself = does_it_all(self._draft)
        if myself != self._myself:
            self._myself = myself
            self.myself_changed.emit(myself)
        if self.last_refit is not None:
            self.last_refit = None
            self.refitted.emit(None)
        self.replaced.emit()
        self.changed.emit("")
        self.set_modified(modified)

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

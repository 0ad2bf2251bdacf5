"""The names of the roles in the English documents.

A role typed in Dutch ("Raad van Bestuur", "manager communicatie") reaches the English
documents through the glossary (wizard.content.people); where the glossary does not know
it, or names it otherwise than the organisation does, the user types the English name
here. It is stored in ``governance.english_names``; an empty field means the glossary's
name (shown greyed in the field) or, without one, the answer as typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.help import fit_to_screen
from ui.strings import tr
from wizard.answers.labels import field_label
from wizard.answers.model import ENGLISH_NAME_KEYS
from wizard.content.people import in_english, untranslated_role


def english_names(store: AnswerStore) -> dict[str, str]:
    """The names stored; a file from before the question has none."""
    governance = store.draft.get("governance")
    names = governance.get("english_names") if isinstance(governance, dict) else None
    return {k: v for k, v in names.items() if isinstance(v, str)} if isinstance(names, dict) else {}


class EnglishNamesDialog(QDialog):
    """One row per role answer: the answer as typed, and its name in English."""

    def __init__(self, store: AnswerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("english_names")
        self.store = store
        language = strings.language()
        self.setWindowTitle(tr("english_names.title"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("english_names.intro"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        layout.addLayout(grid)
        for column, key in enumerate(("question", "answer", "english")):
            header = QLabel(tr(f"english_names.col.{key}"))
            header.setProperty("role", "title")
            grid.addWidget(header, 0, column)
        self.fields: dict[str, QLineEdit] = {}
        stored = english_names(store)
        for row, key in enumerate(ENGLISH_NAME_KEYS, start=1):
            answer = str(store.get(key) or "").strip()
            question = QLabel(field_label(key, language))
            question.setWordWrap(True)
            shown = QLabel(answer or "—")
            shown.setWordWrap(True)
            field = QLineEdit(stored.get(key, ""))
            field.setObjectName(f"english_names.{key}")
            # The glossary's name greyed in the field; for a Dutch role it does not know,
            # not the Dutch answer (it would read as our translation) but what to do.
            if answer and untranslated_role(answer):
                field.setPlaceholderText(tr("english_names.stays_dutch"))
            else:
                field.setPlaceholderText(in_english(answer) if answer else "")
            field.setAccessibleName(
                f"{field_label(key, language)}: {tr('english_names.col.english')}"
            )
            field.setEnabled(bool(answer))
            grid.addWidget(question, row, 0)
            grid.addWidget(shown, row, 1)
            grid.addWidget(field, row, 2)
            self.fields[key] = field
        grid.setColumnStretch(2, 1)
        layout.addStretch(1)  # extra height below the rows, not around the introduction
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("english_names.save"))
        ok.setObjectName("english_names.save")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("dialog.cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 360)

    def names(self) -> dict[str, str]:
        """The names typed, without the empty ones (those follow the glossary)."""
        return {
            key: field.text().strip()
            for key, field in self.fields.items()
            if field.isEnabled() and field.text().strip()
        }

    def accept(self) -> None:
        if self.names() != english_names(self.store):
            self.store.answer("governance.english_names", self.names())
        super().accept()

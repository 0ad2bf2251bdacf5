"""The clause editor: one clause's text in the document's language, edited by hand.

The dialog only shows a clause and says what the user chose (``ClauseEditor.action``
and ``ClauseEditor.text()``); ``ui.clause_edits`` turns that choice into a change of
the draft's ``clauses``, through the answer store, so that the modified marker,
autosave and crash restore treat it as any answer.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.help import fit_to_screen
from ui.strings import tr
from wizard.language import Language
from wizard.words import changed_words


class EditorAction(StrEnum):
    CANCEL = "cancel"
    SAVE = "save"  # store the text in the editor as the clause's edit
    RESTORE = "restore"  # drop the edit in this language: the generated text again
    OMIT = "omit"  # leave the clause out of both languages
    INCLUDE = "include"  # put an omitted clause back
    ACCEPT = "accept"  # an out-of-date edit: keep it, it now replaces the new text


@dataclass(frozen=True)
class ClauseView:
    """What the editor shows of one clause in one document language."""

    clause_id: str
    title: str
    section: str
    language: Language
    text: str  # the edit when there is one, else the generated text
    generated: str  # the generated text as the answers make it now
    edited: bool = False
    omitted: bool = False
    stale: bool = False  # the generated text changed under the edit
    old_generated: str | None = None  # what the edit replaced, when the file kept it
    other_language_edited: bool = False  # edited in the other language only
    editable: bool = True  # False: only a table, which follows the answers
    table: bool = False  # a table follows the text and keeps following the answers


def _reader(name: str) -> QPlainTextEdit:
    """A read-only text beside the editor: selectable, in the Tab order, never typed into."""
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    return view


# Words added to the generated text: a light yellow ground and underlined; words gone
# from it: struck through on a light red ground. Not by colour alone, for whoever does
# not see it.
_ADDED, _REMOVED = "#fff1a8", "#fbd5d2"


def _mark_changes(old: QPlainTextEdit, new: QPlainTextEdit, old_text: str, new_text: str) -> None:
    """Marks the words that changed between the old and the new generated text."""
    removed, added = changed_words(old_text, new_text)
    for view, spans, colour, struck in (
        (old, removed, _REMOVED, True),
        (new, added, _ADDED, False),
    ):
        style = QTextCharFormat()
        style.setBackground(QColor(colour))
        style.setFontStrikeOut(struck)
        style.setFontUnderline(not struck)
        for start, end in spans:
            cursor = QTextCursor(view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(style)


class ClauseEditor(QDialog):
    def __init__(self, parent: QWidget | None, view: ClauseView) -> None:
        super().__init__(parent)
        self.setObjectName("clause_editor")
        self.view = view
        self.action = EditorAction.CANCEL
        language_name = tr(f"clause.language.{view.language.value}")
        self.setWindowTitle(tr("clause.title", title=view.title))
        layout = QVBoxLayout(self)
        heading = QLabel(view.title)
        heading.setObjectName("clause_editor.heading")
        heading.setProperty("role", "pagetitle")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        where = QLabel(tr("clause.where", section=view.section, language=language_name))
        where.setObjectName("clause_editor.where")
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(where)
        self.state = QLabel(self._state_text())
        self.state.setObjectName("clause_editor.state")
        self.state.setProperty("role", "warning")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setVisible(bool(self.state.text()))
        layout.addWidget(self.state)
        hints = [tr("clause.hint")]
        if view.table and view.editable:
            hints.append(tr("clause.hint.table"))
        elif not view.editable:
            hints = [tr("clause.hint.not_editable")]
        hint = QLabel(" ".join(hints))
        hint.setObjectName("clause_editor.hint")
        hint.setProperty("role", "help")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.editor = QPlainTextEdit(view.text)
        self.editor.setObjectName("clause_editor.text")
        # Tab moves on to the buttons: a clause has no use for tab characters.
        self.editor.setTabChangesFocus(True)
        self.editor.setReadOnly(not view.editable)
        self.editor_label = QLabel(tr("clause.yours", language=language_name))
        self.editor_label.setBuddy(self.editor)
        self.editor.setAccessibleName(tr("clause.yours", language=language_name))

        # Out of date: the old and the new generated text beside the user's edit.
        self.old_text = _reader("clause_editor.old")
        self.old_text.setPlainText(view.old_generated or tr("clause.old_unknown"))
        self.old_text.setAccessibleName(tr("clause.old"))
        self.new_text = _reader("clause_editor.new")
        self.new_text.setPlainText(view.generated)
        self.new_text.setAccessibleName(tr("clause.new"))
        if view.old_generated:
            _mark_changes(self.old_text, self.new_text, view.old_generated, view.generated)
        self.compare = QWidget()
        self.compare.setObjectName("clause_editor.compare")
        grid = QGridLayout(self.compare)
        grid.setContentsMargins(0, 0, 0, 0)
        self.captions: list[QLabel] = []
        for column, (label, text) in enumerate(
            (
                (tr("clause.old"), self.old_text),
                (tr("clause.new"), self.new_text),
            )
        ):
            caption = QLabel(label)
            caption.setProperty("role", "title")
            caption.setWordWrap(True)
            caption.setBuddy(text)
            self.captions.append(caption)
            grid.addWidget(caption, 0, column)
            grid.addWidget(text, 1, column)
        self.editor_label.setProperty("role", "title")
        self.editor_label.setWordWrap(True)
        grid.addWidget(self.editor_label, 0, 2)
        grid.addWidget(self.editor, 1, 2)
        self.grid = grid
        grid.setRowStretch(1, 1)
        layout.addWidget(self.compare, 1)

        self.stale_row = QHBoxLayout()
        self.accept_button = self._button("clause_editor.accept", "clause.accept", self.stale_row)
        self.redo_button = self._button("clause_editor.redo", "clause.redo", self.stale_row)
        self.stale_row.addStretch(1)
        layout.addLayout(self.stale_row)
        self.accept_button.clicked.connect(lambda: self._finish(EditorAction.ACCEPT))
        self.redo_button.clicked.connect(self._start_from_new)

        row = QHBoxLayout()
        self.save_button = self._button("clause_editor.save", "clause.save", row)
        self.save_button.setToolTip(tr("clause.save.tip"))
        self.restore_button = self._button("clause_editor.restore", "clause.restore", row)
        self.omit_button = self._button(
            "clause_editor.omit", "clause.include" if view.omitted else "clause.omit", row
        )
        row.addStretch(1)
        self.cancel_button = self._button("clause_editor.cancel", "clause.cancel", row)
        layout.addLayout(row)
        self.save_button.clicked.connect(self._save)
        self.restore_button.clicked.connect(lambda: self._finish(EditorAction.RESTORE))
        self.omit_button.clicked.connect(
            lambda: self._finish(EditorAction.INCLUDE if view.omitted else EditorAction.OMIT)
        )
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.setEnabled(view.edited)
        # Ctrl+Enter saves from anywhere in the dialog, the text included (where a plain
        # Enter is a new line). Both Enter keys, as people reach for either.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._save)
        # Left to right as they stand: the old text, the new one, the user's, then the buttons.
        chain = [
            self.old_text,
            self.new_text,
            self.editor,
            self.accept_button,
            self.redo_button,
            self.save_button,
            self.restore_button,
            self.omit_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.editor.textChanged.connect(self._text_changed)
        self._show_stale(view.stale)
        self._text_changed()
        self._fit_screen()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, name: str, key: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(tr(key))
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the text is a new line, never a button
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row.addWidget(button)
        return button

    def _state_text(self) -> str:
        view = self.view
        lines = []
        if view.omitted:
            lines.append(tr("clause.state.omitted"))
        if view.stale:
            lines.append(tr("clause.state.stale"))
        elif view.edited:
            lines.append(tr("clause.state.edited"))
        if view.other_language_edited and not view.edited:
            lines.append(tr("clause.state.other_language"))
        return "\n".join(lines)

    def _show_stale(self, stale: bool) -> None:
        shown: list[QWidget] = [self.old_text, self.new_text, *self.captions]
        for widget in (*shown, self.accept_button, self.redo_button):
            widget.setVisible(stale)
        # Hidden columns still take their share of the width unless they stop stretching.
        for column in (0, 1):
            self.grid.setColumnStretch(column, 1 if stale else 0)
        self.grid.setColumnStretch(2, 1)
        # Without a comparison the label above the text says nothing the heading does not.
        self.editor_label.setVisible(stale)

    def _fit_screen(self) -> None:
        """Wide enough for three texts side by side; never larger than the screen."""
        width = 1100 if self.view.stale else 720
        height = 560
        scale = max(1.0, self.font().pointSizeF() / 10)
        fit_to_screen(
            self, round(width * scale), round(height * scale), width_percent=95, height_percent=90
        )

    def _text_changed(self) -> None:
        # An empty text is not an edit: leaving a clause out is its own button.
        self.save_button.setEnabled(
            bool(self.text().strip()) and not self.view.omitted and self.view.editable
        )

    def _start_from_new(self) -> None:
        """Redo an out-of-date edit: the new generated text in the editor, to change again."""
        self.editor.setPlainText(self.view.generated)
        self.view = _replace(self.view, stale=False)
        self._show_stale(True)  # keep the comparison in sight while redoing
        for button in (self.accept_button, self.redo_button):
            button.setVisible(False)
        self.state.setText(tr("clause.state.redo"))
        self.state.setVisible(True)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        if self.save_button.isEnabled():
            self._finish(EditorAction.SAVE)

    def _finish(self, action: EditorAction) -> None:
        self.action = action
        self.accept()

    def text(self) -> str:
        return self.editor.toPlainText()


def _replace(view: ClauseView, **changes: object) -> ClauseView:
    from dataclasses import replace

    return replace(view, **changes)  # type: ignore[arg-type]

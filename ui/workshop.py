"""Workshop notes and the decision log.

Notes and decisions are kept in the draft (``notes``, ``decisions``) through the answer
store, so saving, autosave and crash restore treat them as answers; they never reach
the policy documents, so changing one refreshes nothing but itself (no preview, no
validation of the pages). The workshop report (``wizard.output.report``) prints them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.dates import DateField
from ui.help import plain_tip
from ui.strings import tr
from wizard import clock
from wizard.answers.model import BLOCK_LIMIT, TEXT_LIMIT
from wizard.answers.pages import PAGES
from wizard.answers.summary import date_text, topic_text


def note_subject(key: str) -> str:
    """What a note is about, as the window names it: the question and its page."""
    return topic_text(key, strings.language())


class NoteButton(QToolButton):
    """A small button beside a question: opens its note; marked when there is one.

    Mouse only: Tab goes from question to question. With the keyboard, the Workshop
    menu's "Note…" (Ctrl+Shift+N) opens the note of the question that has the focus.
    """

    requested = Signal(str)

    def __init__(self, key: str, store: AnswerStore) -> None:
        super().__init__()
        self.key = key
        self.store = store
        self.setObjectName(f"{key}.note")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoRaise(True)
        # A question with a note: yellow ground (the window's style sheet, ui/main_window.py).
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda: self.requested.emit(self.key))
        store.note_changed.connect(self._note_changed)
        store.replaced.connect(self.show_state)
        self.show_state()

    def _note_changed(self, key: str) -> None:
        if key == self.key:
            self.show_state()

    @property
    def has_note(self) -> bool:
        return bool(self.store.note(self.key).strip())

    def show_state(self) -> None:
        has = self.has_note
        # A pencil; with a note, the pencil and a dot, on a yellow ground.
        self.setText("✎•" if has else "✎")
        if bool(self.property("note")) != has:
            self.setProperty("note", has)
            self.style().unpolish(self)
            self.style().polish(self)
        subject = note_subject(self.key)
        # Said without the pencil: a screen reader would read out "lower right pencil".
        name = tr("note.button.filled" if has else "note.button", subject=subject)
        below = self.store.note(self.key)[:400] if has else tr("note.add")
        self.setToolTip(plain_tip(f"{name}\n\n{below}"))
        self.setAccessibleName(name)
        self.setAccessibleDescription(tr("note.add"))

    def retranslate(self) -> None:
        self.show_state()


class PageNote(QWidget):
    """The page's own note, under its questions; folded away until it is opened.

    Folded it takes one line, so the questions keep the screen of a 1366 by 768 laptop.
    """

    def __init__(self, page_key: str, store: AnswerStore) -> None:
        super().__init__()
        self.key = page_key
        self.store = store
        self.setObjectName(f"{page_key}.page_note")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"{page_key}.note.toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self.set_open)
        layout.addWidget(self.toggle)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"{page_key}.note")
        self.edit.setTabChangesFocus(True)
        self.edit.hide()
        layout.addWidget(self.edit)
        self._loading = False
        self.edit.textChanged.connect(self._typed)
        store.note_changed.connect(self._note_changed)
        store.replaced.connect(self.load)
        self.load()

    def _fit(self) -> None:
        lines = 4
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)

    def set_open(self, opened: bool) -> None:
        if self.toggle.isChecked() != opened:
            self.toggle.setChecked(opened)  # calls back here
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self._fit()
        self.edit.setVisible(opened)
        if opened:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed(self) -> None:
        if not self._loading:
            self.store.set_note(self.key, self.edit.toPlainText())

    def _note_changed(self, key: str) -> None:
        if key != self.key:
            return
        if self.edit.toPlainText() != self.store.note(self.key):
            self.load()
        else:
            self.retranslate()

    def load(self) -> None:
        self._loading = True
        try:
            text = self.store.note(self.key)
            if self.edit.toPlainText() != text:
                self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        has = bool(self.store.note(self.key).strip())
        self.toggle.setText(tr("note.page.filled") if has else tr("note.page"))
        self.edit.setPlaceholderText(tr("note.placeholder"))
        self.edit.setAccessibleName(tr("note.page"))
        self._fit()


class NoteDialog(QDialog):
    """The note of one question, saved as it is typed; a decision can be logged from here."""

    decision_requested = Signal(str)

    def __init__(self, key: str, store: AnswerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.store = store
        self.setObjectName("note.dialog")
        self.setWindowTitle(tr("note.title", subject=note_subject(key)))
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("note.title", subject=note_subject(key)))
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        hint = QLabel(tr("note.hint"))
        hint.setWordWrap(True)
        hint.setProperty("role", "help")
        layout.addWidget(hint)
        self.edit = QPlainTextEdit(store.note(key))
        self.edit.setObjectName("note.text")
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(tr("note.title", subject=note_subject(key)))
        self.edit.textChanged.connect(lambda: store.set_note(key, self.edit.toPlainText()))
        layout.addWidget(self.edit, 1)
        # Says that a decision logged from here was stored: the log itself is elsewhere.
        self.logged = QLabel()
        self.logged.setObjectName("note.logged")
        self.logged.setWordWrap(True)
        self.logged.setProperty("role", "help")
        self.logged.hide()
        layout.addWidget(self.logged)
        row = QHBoxLayout()
        self.decision = QPushButton(tr("note.decision"))
        self.decision.setObjectName("note.decision")
        self.decision.clicked.connect(self._log_decision)
        self.close_button = QPushButton(tr("dialog.close"))
        self.close_button.setObjectName("note.close")
        self.close_button.setDefault(False)
        self.close_button.setAutoDefault(False)
        self.decision.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.decision)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(520, 320)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _log_decision(self) -> None:
        editor = DecisionEditor(self.store, {"topic": self.key}, self)
        if editor.run():
            self.store.set_decisions([*self.store.decisions(), editor.value()])
            count = sum(1 for d in self.store.decisions() if d.get("topic") == self.key)
            self.logged.setText(tr("note.logged", count=count))
            self.logged.show()


# --- the decision log ------------------------------------------------------------------------


def topic_choices() -> list[tuple[str, str]]:
    """(shown text, key) for every page and question a decision can be about."""
    language = strings.language()
    choices = []
    for page in PAGES:
        choices.append((topic_text(page.key, language), page.key))
        choices += [(topic_text(key, language), key) for key in page.questions]
    return choices


class DecisionEditor(QDialog):
    """One decision: date, topic (a question, or free text), decision, by whom, why."""

    def __init__(
        self, store: AnswerStore, decision: dict[str, Any] | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.store = store
        decision = decision or {}
        self.setObjectName("decision.editor")
        self.setWindowTitle(tr("decision.title"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = DateField("decision.date")
        self.date.set_value(decision.get("date") or clock.today().isoformat())
        self.topic = QComboBox()
        self.topic.setObjectName("decision.topic")
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic.setMinimumContentsLength(30)
        for text, key in topic_choices():
            self.topic.addItem(text, key)
        topic = str(decision.get("topic") or "")
        found = self.topic.findData(topic) if topic else -1
        if found >= 0:
            self.topic.setCurrentIndex(found)
        else:
            self.topic.setCurrentIndex(-1)
            self.topic.setEditText(topic)
        line = self.topic.lineEdit()
        if line is not None:
            line.setMaxLength(200)
            line.setPlaceholderText(tr("decision.topic.placeholder"))
        self.decision = QPlainTextEdit(str(decision.get("decision") or ""))
        self.decision.setObjectName("decision.decision")
        self.decision.setTabChangesFocus(True)
        self.by = QLineEdit(str(decision.get("by") or ""))
        self.by.setObjectName("decision.by")
        self.by.setMaxLength(200)
        self.reason = QPlainTextEdit(str(decision.get("reason") or ""))
        self.reason.setObjectName("decision.reason")
        self.reason.setTabChangesFocus(True)
        for edit in (self.decision, self.reason):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.labels = []
        for key, widget in (
            ("decision.date", self.date),
            ("decision.topic", self.topic),
            ("decision.decision", self.decision),
            ("decision.by", self.by),
            ("decision.reason", self.reason),
        ):
            label = QLabel(tr(key))
            label.setBuddy(widget)
            widget.setAccessibleName(tr(key).replace("&", ""))
            self.labels.append(label)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("decision.error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.ok = QPushButton(tr("decision.save"))
        self.ok.setObjectName("decision.save")
        self.ok.setAutoDefault(False)
        self.cancel = QPushButton(tr("dialog.cancel"))
        self.cancel.setObjectName("decision.cancel")
        self.cancel.setAutoDefault(False)
        row.addWidget(self.ok)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        self.ok.clicked.connect(self.try_accept)
        self.cancel.clicked.connect(self.reject)
        self.resize(560, 0)
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def topic_value(self) -> str:
        text = self.topic.currentText().strip()
        index = self.topic.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.topic.itemData(index))
        return text

    def value(self) -> dict[str, Any]:
        return {
            "date": self.date.value(),
            "topic": self.topic_value(),
            "decision": self.decision.toPlainText().strip()[:BLOCK_LIMIT],
            "by": self.by.text().strip()[:TEXT_LIMIT] or None,
            "reason": self.reason.toPlainText().strip()[:BLOCK_LIMIT] or None,
        }

    def problems(self) -> list[str]:
        found = []
        if self.date.value() is None or self.date.unreadable:
            found.append(tr("decision.need.date"))
        if not self.topic_value():
            found.append(tr("decision.need.topic"))
        if not self.decision.toPlainText().strip():
            found.append(tr("decision.need.decision"))
        return found

    def try_accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self.accept()

    def run(self) -> bool:
        """Shown and waited for; tests replace this to answer it."""
        return self.exec() == QDialog.DialogCode.Accepted


class DecisionLog(QDialog):
    """Every decision of the project, with add, change and delete; opened by Ctrl+D."""

    COLUMNS = ("date", "topic", "decision", "by", "reason")

    def __init__(self, store: AnswerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("decisions")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "help")
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("decisions.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("decisions.add")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("decisions.edit")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("decisions.delete")
        self.close_button = QPushButton()
        self.close_button.setObjectName("decisions.close")
        for button in (self.add_button, self.edit_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._enable)
        store.decisions_changed.connect(self.load)
        store.replaced.connect(self.load)
        self.retranslate()
        character = self.fontMetrics().averageCharWidth()
        self.resize(character * 120, self.fontMetrics().lineSpacing() * 22)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("decisions.title"))
        self.intro.setText(tr("decisions.intro"))
        self.table.setHorizontalHeaderLabels([tr(f"decisions.col.{c}") for c in self.COLUMNS])
        self.add_button.setText(tr("decisions.add"))
        self.edit_button.setText(tr("decisions.edit"))
        self.delete_button.setText(tr("decisions.delete"))
        self.close_button.setText(tr("dialog.close"))
        self.load()

    def load(self) -> None:
        language = strings.language()
        decisions = self.store.decisions()
        selected = self.selected()
        self.table.setRowCount(len(decisions))
        for row, decision in enumerate(decisions):
            cells = (
                date_text(decision.get("date") or "", language),
                topic_text(str(decision.get("topic") or ""), language),
                str(decision.get("decision") or ""),
                str(decision.get("by") or ""),
                str(decision.get("reason") or ""),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))
                self.table.setItem(row, column, item)
        # Widths in characters, so the columns grow with the text size (a projector).
        character = self.table.fontMetrics().averageCharWidth()
        self.table.resizeColumnToContents(0)
        for column, characters in ((1, 24), (2, 34), (3, 16)):
            self.table.setColumnWidth(column, character * characters)
        self.table.resizeRowsToContents()
        if decisions:
            self.table.selectRow(min(selected if selected is not None else 0, len(decisions) - 1))
        self._enable()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def editor(self, decision: dict[str, Any] | None) -> DecisionEditor:
        return DecisionEditor(self.store, decision, self)

    def add(self) -> None:
        editor = self.editor(None)
        if editor.run():
            self.store.set_decisions([*self.store.decisions(), editor.value()])
            self.table.selectRow(self.table.rowCount() - 1)
            self.table.setFocus()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        decisions = self.store.decisions()
        editor = self.editor(decisions[row])
        if editor.run():
            decisions[row] = editor.value()
            self.store.set_decisions(decisions)
            self.table.selectRow(row)
            self.table.setFocus()

    def confirm_delete(self, decision: dict[str, Any]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("decisions.delete.title"))
        box.setText(tr("decisions.delete.text", decision=str(decision.get("decision"))[:200]))
        remove = box.addButton(tr("decisions.delete.yes"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("dialog.cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is remove

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        decisions = self.store.decisions()
        if not self.confirm_delete(decisions[row]):
            return
        del decisions[row]
        self.store.set_decisions(decisions)
        self.table.setFocus()

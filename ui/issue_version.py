"""The dialog that issues a version: its number, who approved it and a summary.

Issuing records a snapshot of today's answers and clause edits in ``history`` and sets
the documents' version number, both through the answer store, so the window marks the
project modified, autosaves it and restores it after a crash like any other answer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.buttons import CheckBox
from ui.dates import DateField, format_date
from ui.strings import tr
from wizard import clock
from wizard.answers.labels import clause_title
from wizard.answers.versions import (
    VERSION_LIMIT,
    approver_in_words,
    changes_since_last,
    is_issued,
    issued_version,
    snapshot,
    suggested_versions,
    version_problem,
)
from wizard.content.consistency import clause_warnings
from wizard.content.law import revisions
from wizard.content.material import Suggestion, suggest_acknowledge


class MessageRoom(QWidget):
    """One place for the help and the error, as high as the longest text it may show.

    Its height depends on its width only, never on the text shown: a message that came
    and went while typing would push the fields below it, and a click aimed at the
    summary would land in the number field.
    """

    def __init__(self, help_label: QLabel, error: QLabel, texts: list[str]) -> None:
        super().__init__()
        self.labels = (help_label, error)
        for label in self.labels:
            label.setParent(self)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.texts = texts
        # Measures the texts as the error label would show them (not in a layout, never shown).
        self.probe = QLabel(self)
        self.probe.setWordWrap(True)
        self.probe.hide()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self.probe.setFont(self.labels[1].font())
        heights = []
        for text in self.texts:
            self.probe.setText(text)
            heights.append(self.probe.heightForWidth(width))
        return max(heights)

    def sizeHint(self) -> QSize:
        # About as wide as the field's column in a dialog of its preferred width.
        width = self.fontMetrics().averageCharWidth() * 75
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 20
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for label in self.labels:
            label.setGeometry(0, 0, self.width(), self.height())


class WideLabel(QLabel):
    """A wrapped label that prefers ``chars`` average characters of width and the height
    it needs there (QLabel prefers a narrow, tall shape); it may still be made narrower,
    so that the dialog can shrink to a small screen."""

    chars = 50

    def sizeHint(self) -> QSize:
        width = max(self.fontMetrics().averageCharWidth() * self.chars, super().sizeHint().width())
        return QSize(width, self.heightForWidth(width))


class IssueVersionDialog(QDialog):
    """Asks for the version's number, approver and summary; ``accept`` records it."""

    def __init__(self, store: AnswerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        project = store.project()
        if project is None:
            raise ValueError("a version is issued from a complete project")
        self.store = store
        self.today = clock.today()
        language = strings.language()
        self.history: list[Any] = list(store.get("history") or [])
        self.answers = snapshot(project.answers_snapshot(), store.get("clauses") or {})
        current = project.organisation.version
        self.suggestions = suggested_versions(current, self.history)
        self.setWindowTitle(tr("issue.title"))
        self.setObjectName("issue")
        layout = QVBoxLayout(self)
        intro = QLabel(tr("issue.intro"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        layout.addLayout(grid)

        self.version = QComboBox()
        self.version.setObjectName("issue.version")
        self.version.setEditable(True)
        self.version.addItems(self.suggestions)
        self.version.setCurrentIndex(0)
        line = self.version.lineEdit()
        assert line is not None
        line.setMaxLength(VERSION_LIMIT)
        self.version.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        version_label = QLabel(tr("issue.version"))
        version_label.setBuddy(self.version)
        grid.addWidget(version_label, 0, 0)
        grid.addWidget(self.version, 0, 1)
        # Under the field, in one place that never changes its height while typing: what
        # the numbers mean, or why this number cannot be used.
        minor, major = self._minor_major()
        self.version_help = QLabel(tr("issue.version.help", minor=minor, major=major))
        self.version_help.setProperty("role", "help")
        self.version_help.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("issue.error")
        self.error.setProperty("role", "error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        # The longest of each message: a taken number shows the number typed.
        longest = "0" * VERSION_LIMIT
        worst = [
            tr("issue.version.help", minor=minor, major=major),
            *(
                tr(f"issue.error.{kind}", version=longest, example=self._example())
                for kind in ("empty", "long", "format", "taken")
            ),
            tr("issue.error.date", example=format_date(self.today, language)),
            tr("issue.error.before", version=longest, date=format_date(self.today, language)),
        ]
        self.message_room = MessageRoom(self.version_help, self.error, worst)
        grid.addWidget(self.message_room, 1, 1)

        # The day the version was approved: today unless the approval was earlier (the
        # meeting last week) or is planned.
        self.date = DateField("issue.date")
        self.date.set_value(self.today.isoformat())
        date_label = QLabel(tr("issue.date"))
        date_label.setBuddy(self.date)
        grid.addWidget(date_label, 2, 0)
        grid.addWidget(self.date, 2, 1)

        self.approved_by = QLineEdit(approver_in_words(self.answers, language))
        self.approved_by.setObjectName("issue.approved_by")
        self.approved_by.setMaxLength(10_000)
        approved_label = QLabel(tr("issue.approved_by"))
        approved_label.setBuddy(self.approved_by)
        grid.addWidget(approved_label, 3, 0)
        grid.addWidget(self.approved_by, 3, 1)

        self.summary = QPlainTextEdit()
        self.summary.setObjectName("issue.summary")
        self.summary.setPlaceholderText(tr("issue.summary.placeholder"))
        self.summary.setTabChangesFocus(True)
        # Four lines: enough for a summary, and the dialog still fits a laptop screen
        # at twice the normal text size.
        lines = self.summary.fontMetrics().lineSpacing()
        self.summary.setFixedHeight(lines * 4 + 2 * self.summary.frameWidth() + 8)
        summary_label = QLabel(tr("issue.summary"))
        summary_label.setBuddy(self.summary)
        grid.addWidget(summary_label, 4, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.summary, 4, 1)
        # Must staff sign again? The program suggests, naming what changed; the person
        # issuing decides (history[].acknowledge).
        self.suggestion = self._suggestion(language)
        self.acknowledge = CheckBox(tr("issue.acknowledge"))
        self.acknowledge.setObjectName("issue.acknowledge")
        self.acknowledge.setChecked(self.suggestion.acknowledge)
        acknowledge_row = QHBoxLayout()
        acknowledge_row.addWidget(self.acknowledge, 0, Qt.AlignmentFlag.AlignTop)
        advice = tr("issue.acknowledge.help", suggestion=self.suggestion.text(language))
        self.acknowledge_help = WideLabel(advice)
        self.acknowledge_help.setObjectName("issue.acknowledge.help")
        self.acknowledge_help.setProperty("role", "help")
        self.acknowledge_help.setWordWrap(True)
        # Beside the box and wide (WideLabel), so that the advice takes few lines: the
        # dialog must fit a laptop screen at twice the text size.
        self.acknowledge.setToolTip(advice)
        acknowledge_row.addWidget(self.acknowledge_help, 1)
        grid.addLayout(acknowledge_row, 5, 1)
        grid.setColumnStretch(1, 1)

        changes = changes_since_last(self.answers, self.history, language)
        last = self._last_number()
        if changes is None:
            heading = tr("issue.first")
        elif not changes:
            heading = tr("issue.changes.none", version=last)
        else:
            heading = tr("issue.changes", version=last)
        self.changes_label = QLabel(heading)
        self.changes_label.setObjectName("issue.changes.title")
        self.changes_label.setWordWrap(True)
        layout.addWidget(self.changes_label)
        self.changes = QListWidget()
        self.changes.setObjectName("issue.changes")
        self.changes.setWordWrap(True)
        self.changes.addItems([change.text for change in changes or []])
        self.changes.setAccessibleName(heading)
        self.changes.setVisible(bool(changes))
        self.changes.setMinimumHeight(lines * 3)
        self.changes_label.setBuddy(self.changes)
        layout.addWidget(self.changes, 1)

        # An edit in one language only: the Dutch and English documents may now say
        # different things. Issuing waits until both agree or the user confirms they do.
        self.languages_confirm: QCheckBox | None = None
        differing = [
            dict(w.params).get("clause", "")
            for w in (clause_warnings(project) if project.clauses else [])
            if w.code == "clause_one_language"
        ]
        if differing:
            titles = ", ".join(f"‘{clause_title(c, language)}’" for c in differing)
            languages_note = QLabel(tr("issue.languages", clauses=titles))
            languages_note.setObjectName("issue.languages")
            languages_note.setWordWrap(True)
            languages_note.setProperty("kind", "warning")
            layout.addWidget(languages_note)
            self.languages_confirm = CheckBox(tr("issue.languages.confirm"))
            self.languages_confirm.setObjectName("issue.languages.confirm")
            self.languages_confirm.toggled.connect(lambda _checked: self._check())
            layout.addWidget(self.languages_confirm)

        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(tr("issue.ok"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("issue.ok")
        buttons.addButton(tr("dialog.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.version.currentTextChanged.connect(lambda _text: self._check())
        self.date.changed.connect(self._check)
        self._check()
        self.version.setFocus()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size()
            self.resize(self.size().boundedTo(room * 0.95))

    def _suggestion(self, language: Any) -> Suggestion:
        try:
            return suggest_acknowledge(self.answers, self.history, language)
        except ValueError:
            # A history entry that no longer reads (a hand-edited draft): asking everyone
            # is the safe side.
            return Suggestion(True, None, (), ())

    def sizeHint(self) -> QSize:
        # Wide enough that the introduction and the list of changes wrap little.
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * 90), hint.height())

    def _last_number(self) -> str:
        if not self.history:
            return ""
        last = self.history[-1]
        return str(last.get("version", "")) if isinstance(last, dict) else ""

    def _minor_major(self) -> tuple[str, str]:
        """The next minor and major numbers, the last two suggestions."""
        found = self.suggestions[-2:] if len(self.suggestions) >= 2 else ["1.1", "2.0"]
        return found[0], found[1]

    def _example(self) -> str:
        """A number the messages can offer: the first suggestion not issued yet."""
        found = (s for s in self.suggestions if not is_issued(self.history, s))
        return next(found, "") or "1.0"

    def chosen_version(self) -> str:
        return self.version.currentText().strip()

    def _check(self) -> str | None:
        """Why the number cannot be used (shown beside the field), or None."""
        version = self.chosen_version()
        found = version_problem(version, self.history)
        problem = (
            None
            if found is None
            else tr(f"issue.error.{found}", version=version, example=self._example())
        )
        if problem is None:
            problem = self._date_problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        self.version_help.setVisible(problem is None)
        self.ok.setEnabled(problem is None and self.languages_agree())
        return problem

    def languages_agree(self) -> bool:
        """No edit in one language only, or the user confirmed both say the same."""
        return self.languages_confirm is None or self.languages_confirm.isChecked()

    def chosen_date(self) -> date | None:
        value = self.date.value()
        return None if value is None or self.date.unreadable else date.fromisoformat(value)

    def _date_problem(self) -> str | None:
        """Why the date cannot be used: none, or earlier than the last issued version's
        (the version table lists versions oldest first)."""
        language = strings.language()
        chosen = self.chosen_date()
        if chosen is None:
            return tr("issue.error.date", example=format_date(self.today, language))
        last = self.history[-1] if self.history else None
        if isinstance(last, dict):
            try:
                before = date.fromisoformat(str(last.get("date")))
            except ValueError:
                return None
            if chosen < before:
                number = str(last.get("version", ""))
                when = format_date(before, language)
                return tr("issue.error.before", version=number, date=when)
        return None

    def accept(self) -> None:
        if self._check() is not None:
            if self._date_problem() is not None:
                self.date.setFocus()
            else:
                self.version.setFocus()
            return
        if not self.languages_agree() and self.languages_confirm is not None:
            self.languages_confirm.setFocus()
            return
        version = self.chosen_version()
        entry = issued_version(
            self.answers,
            self.store.get("clauses") or {},
            version,
            summary=self.summary.toPlainText(),
            approved_by=self.approved_by.text(),
            day=self.chosen_date() or self.today,
            legal=revisions(),
            acknowledge=self.acknowledge.isChecked(),
        )
        self.store.set_many({"history": [*self.history, entry], "organisation.version": version})
        super().accept()

"""The review page's version actions: the issued versions, issuing and withdrawing one,
the redline since the last issued version, and who has acknowledged it.

The redline is made by ``wizard.output.jobs.redlines`` (as ``redline`` on the command
line) in a worker thread of the output controls; the dialogs (issue a version, the
acknowledgement register) and the jobs are imported only when they are used.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from ui import strings
from ui.help import plain_tip
from ui.output_controls import OutputControls
from ui.strings import tr
from wizard import clock
from wizard.answers.messages import Problem
from wizard.answers.model import Project
from wizard.answers.summary import date_text
from wizard.answers.versions import withdrawn


def _date(value: Any) -> str:
    # As the date fields show it: one format per interface language.
    return date_text(value, strings.language())


class VersionActions(OutputControls):
    """The review page's versions; ``ui.review.ReviewPage`` puts them in its summary
    with ``build_versions``."""

    def build_versions(self, content: QVBoxLayout) -> None:
        """The documents' version table with its buttons, then the acknowledgements."""
        self.versions_title = QLabel()
        self.versions_title.setProperty("role", "title")
        self.versions_title.setObjectName("review.versions")
        self.versions_list = QLabel()
        self.versions_list.setObjectName("review.versions.list")
        self.versions_list.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        self.versions_list.setWordWrap(True)
        content.addSpacing(8)
        content.addWidget(self.versions_title)
        content.addWidget(self.versions_list)
        content.addLayout(self._version_buttons())
        content.addLayout(self._acknowledged_row())

    def _version_buttons(self) -> QHBoxLayout:
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("review.issue")
        self.issue_button.clicked.connect(self.issue_version)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("review.withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_version)
        # What the works council reviews: the documents since the last issued version.
        self.redline_button = QPushButton()
        self.redline_button.setObjectName("review.redline")
        self.redline_button.clicked.connect(self.write_redlines)
        row = QHBoxLayout()
        row.addWidget(self.issue_button)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.redline_button)
        row.addStretch(1)
        return row

    def _acknowledged_row(self) -> QHBoxLayout:
        """Who has acknowledged the current version (the register beside the project)."""
        self.acknowledged = QLabel()
        self.acknowledged.setObjectName("review.acknowledged")
        self.acknowledged.setTextFormat(Qt.TextFormat.PlainText)
        self.acknowledged.setWordWrap(True)
        self.acknowledgements_button = QPushButton()
        self.acknowledgements_button.setObjectName("review.acknowledgements")
        self.acknowledgements_button.clicked.connect(self.open_acknowledgements)
        row = QHBoxLayout()
        row.addWidget(self.acknowledgements_button)
        row.addWidget(self.acknowledged, 1)
        return row

    def _show_versions(self, incomplete: bool) -> None:
        history = [v for v in self.store.get("history") or [] if isinstance(v, dict)]
        lines = []
        for issued in history:
            params = {"version": issued.get("version", ""), "date": _date(issued.get("date"))}
            if issued.get("approved_by"):
                lines.append(tr("versions.line.approved", by=issued["approved_by"], **params))
            else:
                lines.append(tr("versions.line", **params))
            if issued.get("acknowledge") is False:
                lines[-1] += tr("versions.no_acknowledge")
            if issued.get("summary"):
                lines[-1] += f": {issued['summary']}"
        if incomplete:
            lines.append(tr("versions.issue.blocked"))
        self.versions_list.setText("\n".join(lines) if lines else tr("versions.none"))
        self.issue_button.setEnabled(not incomplete)
        self.withdraw_button.setEnabled(bool(history))
        folder = bool(self.folder.text().strip())
        self.redline_button.setEnabled(
            bool(history) and not incomplete and folder and not self.busy()
        )
        self.show_acknowledged()

    def show_acknowledged(self) -> None:
        from ui.acknowledgements import acknowledged_line

        line = acknowledged_line(self.store)
        self.acknowledged.setText(line)
        self.acknowledged.setVisible(bool(line))

    def open_acknowledgements(self) -> None:
        from ui.acknowledgements import AcknowledgementsDialog

        dialog = AcknowledgementsDialog(self.store, self)
        dialog.exec()
        self.show_acknowledged()

    def withdraw_version(self) -> bool:
        """Withdraw the last issued version (one issued by mistake), after asking."""
        history = list(self.store.get("history") or [])
        if not history or not isinstance(history[-1], dict):
            return False
        current = self.store.get("organisation.version")
        remaining, number = withdrawn(history, current if isinstance(current, str) else "")
        if not self.confirm_withdraw(history[-1], number if number != current else None):
            return False
        # Through the store: the project is marked modified and autosaved like any answer.
        self.store.set_many({"history": remaining, "organisation.version": number})
        return True

    def confirm_withdraw(self, issued: dict[str, Any], number: str | None) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("versions.withdraw.title"))
        version = str(issued.get("version", ""))
        box.setText(
            tr("versions.withdraw.question", version=version, date=_date(issued.get("date")))
        )
        if number is not None:
            box.setInformativeText(tr("versions.withdraw.number", number=number))
        withdraw = box.addButton(tr("versions.withdraw.yes"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr("dialog.cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is withdraw

    def issue_version(self) -> bool:
        """Ask for the new version's number, approver and summary, and record it."""
        from ui.issue_version import IssueVersionDialog

        if self.store.project() is None:
            return False
        dialog = IssueVersionDialog(self.store, self)
        return bool(dialog.exec())

    def write_redlines(self) -> None:
        """Each chosen document, with its changes since the last issued version tracked,
        into the chosen folder (``redline`` on the command line)."""
        from ui.house_style import load_for
        from wizard.answers.project_file import logo_path
        from wizard.answers.versions import as_issued
        from wizard.output.jobs import redline_targets, redlines

        project = self.store.project()
        if project is None or not project.history or self.busy():
            return
        folder = self.chosen_folder()
        if folder.exists() and not folder.is_dir():
            problem = Problem("", "output_not_folder", {"path": str(folder)})
            self._task_failed("versions.redline.failed", problem)
            return
        try:
            old = Project.model_validate(as_issued(project.model_dump(mode="json")))
        except ValueError as error:  # a snapshot an older release wrote and we cannot read
            self._task_failed("versions.redline.failed", error)
            return
        targets = redline_targets(self.planned())
        clashes = [target for _document, _language, target in targets if target.exists()]
        if clashes and not self.confirm_overwrite(clashes):
            return
        house_style, refused = load_for(self.store)
        if refused is not None:
            self._task_failed("versions.redline.failed", refused)
            return
        logo = logo_path(project, self.store.logo_base())
        when = clock.now_utc()

        def work() -> Any:
            return redlines(
                old, project, targets, when, old_logo=logo, new_logo=logo, house_style=house_style
            )

        self.run_task(work, self._redlines_done, "versions.redline.failed")

    def _redlines_done(self, result: Any) -> None:
        self._add_results([str(done.path) for done in result.redlines])
        lines = [
            tr(
                "versions.redline.done",
                path=done.path,
                inserted=done.inserted,
                deleted=done.deleted,
            )
            for done in result.redlines
        ]
        self.say("\n".join(lines))

    def retranslate_versions(self) -> None:
        self.versions_title.setText(tr("versions.title"))
        self.issue_button.setText(tr("versions.issue"))
        self.withdraw_button.setText(tr("versions.withdraw"))
        self.redline_button.setText(tr("versions.redline"))
        self.redline_button.setToolTip(tr("versions.redline.tip"))
        self.acknowledgements_button.setText(tr("ack.open"))
        self.acknowledgements_button.setToolTip(plain_tip(tr("ack.open.tip")))

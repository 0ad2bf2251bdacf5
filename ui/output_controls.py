"""The review page's output controls: which documents, languages and folder, the house
style, the export button and the other outputs (PDF, calendar file, workshop report),
and where the result is said.

Every file is made by a job of ``wizard.output.jobs`` (the command line calls the same
ones) in a worker thread (``ui.worker.Task``); this module gathers the job's inputs on
the UI thread, asks before a file is replaced, and words the result or the failure. The
jobs and the house style are imported only when an output is made: the window's start
does not load them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.desktop import open_path
from ui.help import plain_tip
from ui.settings import documents_folder
from ui.steps import StepPage, enclosing_scroll_area
from ui.strings import tr
from ui.welcome import button_row
from ui.worker import Task
from wizard import clock
from wizard.answers.labels import value_label
from wizard.answers.messages import Problem, problem_from_os_error
from wizard.answers.model import DocumentKind, Language

if TYPE_CHECKING:
    from ui.house_style import HouseStyleControl
    from ui.settings import Settings
    from wizard.output.jobs import CalendarResult, ExportPlan, JobResult, PdfResult


def failure_text(failure: BaseException | Problem, where: Path | None = None) -> str:
    """Why an export failed, in the interface language: never an exception's own words."""
    language = strings.language()
    if isinstance(failure, Problem):
        return failure.line(language)
    if isinstance(failure, OSError):
        target = where or getattr(failure, "filename", None) or ""
        reason = problem_from_os_error(failure, target, writing=True).line(language)
        return tr("words.export_failed", reason=reason)
    from ui.error_log import log_error

    log = log_error(type(failure), failure, failure.__traceback__)
    return tr("words.export_unexpected", log=str(log))


def pdf_lines(result: PdfResult) -> tuple[list[str], list[str]]:
    """The PDF job's result in words: (PDFs written, a line per failure).

    The Word files were written before the PDFs and nothing here touches them: whatever
    went wrong with a PDF (LibreOffice, the disk, the program itself) becomes a line
    that says which PDF failed, why, and that the Word file is there.
    """
    from wizard.output.jobs import pdf_message

    language = strings.language()
    if result.not_installed:
        text = pdf_message("not_installed", language)
        return [], [text[:1].upper() + text[1:]]
    failures = []
    for failure in result.failures:
        # An unexpected error is worded (and logged), never raised.
        detail = failure.detail(language) or failure_text(failure.error, failure.document)
        failed = pdf_message("failed", language, detail=detail)
        failures.append(f"{failure.document.name}: {failed}")
    return [str(path) for path in result.written], failures


class OutputControls(StepPage):
    """The review page's half that makes files; ``ui.review.ReviewPage`` builds it under
    its summary with ``build_output_controls``."""

    # The path the system's opener could not open (it ended in failure, in its thread).
    open_failed = Signal(str)
    store: AnswerStore

    def build_output_controls(
        self, layout: QVBoxLayout, folder: str, settings: Settings | None
    ) -> None:
        """The choices, the export row, the other outputs and the result, in that order
        (the Tab order too) at the end of ``layout``."""
        self.job: Task | None = None
        self.task: Task | None = None
        self.written: list[str] = []
        # A button that had the keyboard when its job disabled it, and where Qt then put
        # the focus: see refresh_outputs.
        self._focus_back: tuple[QWidget, QWidget | None] | None = None
        layout.addLayout(self._choices_grid(folder, settings))
        layout.addLayout(self._export_row())
        layout.addLayout(self._more_outputs_row())
        layout.addWidget(self._result_area())
        self._reserve_result_space()
        self.browse.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export)
        self.calendar_button.clicked.connect(self.write_calendar)
        self.report_button.clicked.connect(self.write_report)
        self.open_folder.clicked.connect(self._open_folder)
        self.open_failed.connect(self._say_not_opened)
        self.open_document.clicked.connect(self._open_document)
        self.results.itemActivated.connect(lambda _item: self._open_document())
        self.folder.textChanged.connect(lambda _t: self.refresh())
        self._show_results([])

    def _choices_grid(self, folder: str, settings: Settings | None) -> QGridLayout:
        from ui.house_style import HouseStyleControl

        grid = QGridLayout()
        self.documents_label, self.languages_label, self.folder_label = QLabel(), QLabel(), QLabel()
        for label in (self.documents_label, self.languages_label, self.folder_label):
            label.setProperty("role", "title")
        self.documents = {kind: QCheckBox() for kind in DocumentKind}
        self.languages = {language: QCheckBox() for language in Language}
        # The documents one under the other: their names are long, and side by side they
        # would not fit the column at large text sizes.
        grid.addWidget(self.documents_label, 0, 0)
        for row, (kind, box) in enumerate(self.documents.items()):
            box.setObjectName(f"output.documents.{kind.value}")
            box.toggled.connect(self._output_changed)
            grid.addWidget(box, row, 1, 1, 2)
        languages_row = len(self.documents)
        grid.addWidget(self.languages_label, languages_row, 0)
        for column, (language, box) in enumerate(self.languages.items(), start=1):
            box.setObjectName(f"output.languages.{language.value}")
            box.toggled.connect(self._output_changed)
            grid.addWidget(box, languages_row, column)
        grid.addWidget(self.folder_label, languages_row + 1, 0)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(folder)
        self.folder.setObjectName("review.folder")
        self.browse = QPushButton()
        self.browse.setObjectName("review.browse")
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        grid.addLayout(folder_row, languages_row + 1, 1, 1, 2)
        self.house_style: HouseStyleControl = HouseStyleControl(self.store, settings)
        grid.addWidget(self.house_style.label, languages_row + 2, 0)
        grid.addWidget(self.house_style.row_holder, languages_row + 2, 1, 1, 2)
        grid.addWidget(self.house_style.note, languages_row + 3, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        return grid

    def _export_row(self) -> QHBoxLayout:
        self.export_button = QPushButton()
        self.export_button.setObjectName("review.export")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        # Also a PDF of each document, through LibreOffice (wizard/output/pdf.py).
        self.pdf_box = QCheckBox()
        self.pdf_box.setObjectName("review.pdf")
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.pdf_box)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        return row

    def _more_outputs_row(self) -> QBoxLayout:
        """The other outputs, under a heading that says what they are: the review dates
        as a calendar file, and the workshop report (which needs no complete project: it
        lists what is open). Each button explains itself in its tooltip."""
        row, (self.calendar_button, self.report_button) = button_row(
            "review.calendar", "review.report"
        )
        self.more_label = QLabel()
        self.more_label.setObjectName("review.more")
        self.more_label.setProperty("role", "title")
        row.insertWidget(0, self.more_label)
        return row

    def _result_area(self) -> QWidget:
        """The result of the last action: its place is kept free from the start, so the
        controls above never move when a message or the files made appear."""
        self.result_area = QWidget()
        self.result_area.setObjectName("review.result")
        result = QGridLayout(self.result_area)
        result.setContentsMargins(0, 0, 0, 0)
        result.setVerticalSpacing(2)
        self.result_texts = QWidget()
        texts = QVBoxLayout(self.result_texts)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(0)
        self.notice = QLabel()
        self.notice.setObjectName("review.notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        texts.addWidget(self.notice)
        self.message = QLabel()
        self.message.setObjectName("review.message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        texts.addWidget(self.message)
        texts.addStretch(1)
        result.addWidget(self.result_texts, 0, 0, 1, 2)
        self.results_label = QLabel()
        result.addWidget(self.results_label, 1, 0, 1, 2)
        self.results = QListWidget()
        self.results.setObjectName("review.results")
        result.addWidget(self.results, 2, 0)
        opens = QVBoxLayout()
        self.open_folder = QPushButton()
        self.open_folder.setObjectName("review.open_folder")
        self.open_document = QPushButton()
        self.open_document.setObjectName("review.open_document")
        opens.addWidget(self.open_folder)
        opens.addWidget(self.open_document)
        opens.addStretch(1)
        result.addLayout(opens, 2, 1)
        result.setColumnStretch(0, 1)
        for widget in (self.results_label, self.results, self.open_folder, self.open_document):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        return self.result_area

    # --- state ---------------------------------------------------------------------------

    def load_output_choices(self, remembered: bool) -> None:
        """The project's documents and languages ticked; its folder unless one was chosen."""
        if self.store.path is not None and not self.folder.isModified() and not remembered:
            # Documents land beside the project unless the user chose a folder before.
            self.folder.setText(str(self.store.path.parent))
        for kind, box in self.documents.items():
            box.blockSignals(True)
            box.setChecked(kind.value in self.store.get("output.documents"))
            box.blockSignals(False)
        for language, box in self.languages.items():
            box.blockSignals(True)
            box.setChecked(language.value in self.store.get("output.languages"))
            box.blockSignals(False)
        self._show_results([])

    def _reserve_result_space(self) -> None:
        """Two lines for the message and three for the files made, at the current text size."""
        line = self.message.fontMetrics().lineSpacing()
        self.result_texts.setMinimumHeight(2 * line)
        row = self.results.fontMetrics().height() + 4
        self.results.setFixedHeight(3 * row + 2 * self.results.frameWidth() + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # The children take the new text size after the page: measure once they have.
            QTimer.singleShot(0, self, self._reserve_result_space)

    def _output_changed(self) -> None:
        self.store.set(
            "output.documents", [k.value for k, b in self.documents.items() if b.isChecked()]
        )
        # The order is the project's (its first language is the calendar's and the
        # report's): a language ticked again comes last, the others keep their place.
        ticked = [lang.value for lang, b in self.languages.items() if b.isChecked()]
        before = [v for v in self.store.get("output.languages") or [] if v in ticked]
        languages = before + [v for v in ticked if v not in before]
        if languages != self.store.get("output.languages"):
            self.store.answer("output.languages", languages)  # chosen: no longer follows

    def refresh(self) -> None:
        """What can be made now (the review page also shows what is open: its refresh)."""
        self.refresh_outputs(bool(self.store.problems()))

    def refresh_outputs(self, problems: bool) -> None:
        """What can be made now: nothing while a job runs; documents only when complete."""
        busy = self.busy()
        has_folder = bool(self.folder.text().strip())
        focused = QApplication.focusWidget()
        self.calendar_button.setEnabled(not problems and not busy)
        self.report_button.setEnabled(has_folder and not busy)
        chosen = any(b.isChecked() for b in self.documents.values()) and any(
            b.isChecked() for b in self.languages.values()
        )
        self.export_button.setEnabled(not problems and chosen and has_folder and not busy)
        self._keep_focus(focused, busy)
        if not problems and not chosen:
            self.message.setText(tr("review.choose_one"))
        elif not problems and not has_folder:
            self.message.setText(tr("review.choose_folder"))
        elif self.message.property("kind") != "failure":
            self.message.setText("")

    def _keep_focus(self, focused: QWidget | None, busy: bool) -> None:
        """The keyboard back on the button once its job is done (after an export, on the
        files made). Disabled while the job ran, the button lost the focus to the next
        widget, "Ook als PDF": a second Space ticked that box instead of doing anything a
        person expects. Unless the person has moved on meanwhile."""
        buttons = (self.export_button, self.calendar_button, self.report_button)
        if busy and focused in buttons and focused is not None and not focused.isEnabled():
            self._focus_back = (focused, QApplication.focusWidget())
        elif not busy and self._focus_back is not None:
            button, moved_to = self._focus_back
            self._focus_back = None
            if button.isEnabled() and QApplication.focusWidget() is moved_to:
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    def busy(self) -> bool:
        return self.job is not None or self.task is not None

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("dialog.folder.title"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # --- export ------------------------------------------------------------------------

    def planned(self) -> list:  # type: ignore[type-arg]
        """The documents the ticked boxes make in the chosen folder."""
        return self._plan().planned

    def _plan(self) -> ExportPlan:
        from wizard.output.jobs import export_plan

        project = self.store.project()
        assert project is not None
        languages = [lang for lang, b in self.languages.items() if b.isChecked()]
        documents = [k for k, b in self.documents.items() if b.isChecked()]
        return export_plan(
            project, self.chosen_folder(), languages, documents, pdf=self.pdf_box.isChecked()
        )

    def export(self) -> None:
        from ui.house_style import load_for
        from wizard.answers.project_file import logo_path
        from wizard.output.jobs import export_documents

        project = self.store.project()
        if project is None or self.busy():
            return
        folder = self.chosen_folder()
        self.message.setProperty("kind", "")
        if folder.exists() and not folder.is_dir():
            self._fail(Problem("", "output_not_folder", {"path": str(folder)}))
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._fail(error, folder)
            return
        plan = self._plan()
        if plan.existing and not self.confirm_overwrite(plan.existing):
            return
        house_style, refused = load_for(self.store)
        if refused is not None:
            self._fail(refused)
            return
        logo = logo_path(project, self.store.path.parent if self.store.path else None)
        planned = plan.planned
        self.job = Task(lambda: export_documents(project, planned, logo, house_style))
        self.job.signals.finished.connect(
            lambda result: self._finished([str(path) for path in result.written])
        )
        self.job.signals.failed.connect(self._fail)
        self.progress.show()
        self.message.setText(tr("review.exporting"))
        self.refresh()
        QThreadPool.globalInstance().start(self.job)

    def confirm_overwrite(self, clashes: list[Path]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("dialog.overwrite.title"))
        box.setText(tr("dialog.overwrite.text", files="\n".join(p.name for p in clashes)))
        replace = box.addButton(tr("dialog.overwrite.yes"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("dialog.cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is replace

    def _finished(self, paths: list[str]) -> None:
        self.job = None
        self.progress.hide()
        self.message.setText("")
        self._show_results(paths)
        if paths and self._focus_back is not None and self._focus_back[0] is self.export_button:
            # Made: the keyboard goes to the files made (Enter opens one), in view now.
            self._focus_back = (self.results, self._focus_back[1])
        self.refresh()
        if self.pdf_box.isChecked() and paths:
            self.make_pdfs(paths)

    def _fail(self, failure: BaseException | Problem, where: Path | None = None) -> None:
        detail = failure_text(failure, where)
        self.job = None
        self.progress.hide()
        self.message.setProperty("kind", "failure")
        self.message.setText(f"{tr('dialog.export_failed')}: {detail}")
        self.refresh()
        QMessageBox.critical(self, tr("dialog.export_failed"), detail)

    # --- the other outputs: PDF, calendar file, workshop report ---------------------------

    def run_task(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: str,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """``work`` (an output job) in a worker thread, so the window keeps responding;
        one at a time. A failure is said under the title ``failed``, or handed to
        ``on_failure``."""
        self.task = Task(work)
        self.task.signals.finished.connect(lambda result: self._task_done(done, result))
        if on_failure is None:
            self.task.signals.failed.connect(lambda error: self._task_failed(failed, error))
        else:
            self.task.signals.failed.connect(lambda error: self._task_done(on_failure, error))
        self.progress.show()
        self.say(tr("review.working"))
        self.refresh()
        QThreadPool.globalInstance().start(self.task)

    def _task_done(self, done: Callable[[Any], None], result: Any) -> None:
        self.task = None
        self.progress.hide()
        done(result)
        self.refresh()

    def _task_failed(self, title: str, failure: BaseException | Problem) -> None:
        self.task = None
        self.progress.hide()
        detail = failure_text(failure)
        self.say(f"{tr(title)}: {detail}")
        self.refresh()
        QMessageBox.critical(self, tr(title), detail)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _add_results(self, paths: list[str]) -> None:
        self._show_results([*self.written, *(p for p in paths if p not in self.written)])

    def make_pdfs(self, documents: list[str]) -> None:
        """A PDF of each written Word file, by the PDF job in a worker thread."""
        from wizard.output import jobs

        paths = [Path(document) for document in documents]
        self.run_task(
            lambda: jobs.convert_to_pdf(paths),
            lambda result: self._say_pdfs(*pdf_lines(result)),
            "review.pdf.failed",
            self._pdfs_failed,
        )

    def _pdfs_failed(self, error: BaseException) -> None:
        """The conversion could not even start (a bundle that lacks one of its modules):
        the Word files still stand."""
        self._say_pdfs([], [tr("review.pdf.unavailable", detail=failure_text(error))])

    def _say_pdfs(self, written: list[str], failures: list[str]) -> None:
        self._add_results(written)
        lines = [tr("review.pdf.done", path=path) for path in written] + failures
        self.say("\n".join(lines))
        if failures:
            QMessageBox.warning(self, tr("review.pdf.failed"), "\n".join(failures))

    def write_calendar(self) -> None:
        from wizard.files import safe_file_name
        from wizard.output.jobs import calendar

        project = self.store.project()
        if project is None or self.busy():
            return
        name = safe_file_name(project.organisation.name, tr("review.calendar.stem"), suffix=".ics")
        folder = Path(self.folder.text().strip() or str(documents_folder())).expanduser()
        path = self.choose_calendar_path(str(folder / name))
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".ics")
        self.run_task(
            lambda: calendar(project, target), self._calendar_done, "review.calendar.failed"
        )

    def choose_calendar_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("review.calendar.title"), suggested, tr("review.calendar.filter")
        )
        return path

    def _calendar_done(self, result: CalendarResult) -> None:
        path = str(result.written[0])
        self._add_results([path])
        self.say(tr("review.calendar.done", path=path, count=len(result.events)))

    def write_report(self) -> None:
        """The workshop report in the chosen folder, in the interface language."""
        import copy

        from wizard.output.jobs import workshop_report, workshop_report_path

        if self.busy():
            return
        folder = self.chosen_folder()
        if folder.exists() and not folder.is_dir():
            problem = Problem("", "output_not_folder", {"path": str(folder)})
            self._task_failed("review.report.failed", problem)
            return
        language = strings.language()
        draft = copy.deepcopy(self.store.draft)
        base = self.store.logo_base()
        today = clock.today()
        target = workshop_report_path(draft, folder, language, today)
        if target.exists() and not self.confirm_overwrite([target]):
            return
        # A house style that cannot be used is said beside its control already: the
        # job's warnings are not repeated here.
        self.run_task(
            lambda: workshop_report(draft, base, target, language, today),
            self._report_done,
            "review.report.failed",
        )

    def _report_done(self, result: JobResult) -> None:
        path = str(result.written[0])
        self._add_results([path])
        self.say(tr("review.report.done", path=path))
        if self.pdf_box.isChecked():
            # As for the documents: the report to send, as PDF too.
            self.make_pdfs([path])

    # --- the files made --------------------------------------------------------------------

    def _show_results(self, paths: list[str]) -> None:
        self.written = paths
        self.results.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(plain_tip(path))
            self.results.addItem(item)
        if paths:
            self.results.setCurrentRow(0)
        for widget in (self.results_label, self.results, self.open_folder, self.open_document):
            widget.setVisible(bool(paths))
        if paths:
            # At large text the page scrolls: the files made come into view, so that
            # nobody wonders whether the click did anything.
            QTimer.singleShot(0, self, self._bring_results_into_view)

    def _bring_results_into_view(self) -> None:
        area = enclosing_scroll_area(self.result_area)
        if area is not None:
            area.ensureWidgetVisible(self.result_area, 0, 0)

    def _open_folder(self) -> None:
        if self.written:
            folder = Path(self.written[0]).parent
            if not open_path(folder, lambda: self.open_failed.emit(str(folder))):
                self._say_not_opened(str(folder))

    def _open_document(self) -> None:
        row = max(0, self.results.currentRow())
        if self.written:
            document = self.written[row]
            if not open_path(document, lambda: self.open_failed.emit(str(document))):
                self._say_not_opened(str(document))

    def _say_not_opened(self, path: str) -> None:
        """Nothing opened it (no file manager, no word processor): say where it is."""
        self.message.setProperty("kind", "failure")
        self.message.setText(tr("review.not_opened", path=path))

    def retranslate_outputs(self) -> None:
        language = strings.language()
        self.documents_label.setText(tr("review.documents"))
        self.languages_label.setText(tr("review.languages"))
        self.folder_label.setText(tr("review.folder"))
        for kind, box in self.documents.items():
            box.setText(value_label("document", kind, language))
        for lang, box in self.languages.items():
            box.setText(value_label("language", lang, language))
        self.browse.setText(tr("button.browse"))
        self.export_button.setText(tr("review.export"))
        self.more_label.setText(tr("review.more"))
        # What each output is, for whoever meets the page for the first time.
        for widget, key in (
            (self.export_button, "review.export.tip"),
            (self.pdf_box, "review.pdf.tip"),
            (self.calendar_button, "review.calendar.tip"),
            (self.report_button, "review.report.tip"),
        ):
            widget.setToolTip(plain_tip(tr(key)))
            widget.setAccessibleDescription(tr(key))
        self.pdf_box.setText(tr("review.pdf"))
        self.calendar_button.setText(tr("review.calendar"))
        self.report_button.setText(tr("review.report"))
        self.results_label.setText(tr("review.done"))
        self.open_folder.setText(tr("review.open_folder"))
        self.open_document.setText(tr("review.open_document"))
        self.folder.setAccessibleName(tr("review.folder"))
        self.house_style.retranslate()

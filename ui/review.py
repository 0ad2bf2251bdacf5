"""The last page: what is still open, then export to Word in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
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
    QWizardPage,
)

from ui import strings
from ui.answers import AnswerStore
from ui.desktop import open_path
from ui.strings import tr
from ui.welcome import button_row
from wizard.labels import field_label, value_label
from wizard.model import DocumentKind, Language, Project


class ExportSignals(QObject):
    finished = Signal(list)
    failed = Signal(str)


class ExportJob(QRunnable):
    """Renders every document in memory, then writes each atomically (off the UI thread)."""

    def __init__(self, project: Project, planned: list, logo: Path | None) -> None:  # type: ignore[type-arg]
        super().__init__()
        self.project, self.planned, self.logo = project, planned, logo
        self.signals = ExportSignals()

    def run(self) -> None:
        from wizard.export import render_documents, write_documents

        try:
            rendered = render_documents(self.project, self.planned, self.logo)
            written = write_documents(rendered)
        except OSError as error:
            target = getattr(error, "filename", None) or ""
            self.signals.failed.emit(
                f"{target}: {error.strerror or error}" if target else str(error)
            )
            return
        except Exception as error:  # shown to the user, never a traceback
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.signals.finished.emit([str(path) for path in written])


class ReviewPage(QWizardPage):
    page_key = "review"

    def __init__(self, store: AnswerStore, folder: str, *, remembered: bool = False) -> None:
        super().__init__()
        self.store = store
        self.remembered = remembered
        self.job: ExportJob | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("review.summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setObjectName("review.problems")
        self.problems.setMaximumHeight(130)
        layout.addWidget(self.problems)
        grid = QGridLayout()
        self.documents_label, self.languages_label, self.folder_label = QLabel(), QLabel(), QLabel()
        for label in (self.documents_label, self.languages_label, self.folder_label):
            label.setProperty("role", "title")
        self.documents = {kind: QCheckBox() for kind in DocumentKind}
        self.languages = {language: QCheckBox() for language in Language}
        grid.addWidget(self.documents_label, 0, 0)
        for column, (kind, box) in enumerate(self.documents.items(), start=1):
            box.setObjectName(f"output.documents.{kind.value}")
            box.toggled.connect(self._output_changed)
            grid.addWidget(box, 0, column)
        grid.addWidget(self.languages_label, 1, 0)
        for column, (language, box) in enumerate(self.languages.items(), start=1):
            box.setObjectName(f"output.languages.{language.value}")
            box.toggled.connect(self._output_changed)
            grid.addWidget(box, 1, column)
        grid.addWidget(self.folder_label, 2, 0)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(folder)
        self.folder.setObjectName("review.folder")
        self.browse = QPushButton()
        self.browse.setObjectName("review.browse")
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        grid.addLayout(folder_row, 2, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.export_button = QPushButton()
        self.export_button.setObjectName("review.export")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.progress, 1)
        export_row.addStretch(0)
        layout.addLayout(export_row)
        self.message = QLabel()
        self.message.setObjectName("review.message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        layout.addWidget(self.message)
        self.results_label = QLabel()
        layout.addWidget(self.results_label)
        self.results = QListWidget()
        self.results.setObjectName("review.results")
        layout.addWidget(self.results)
        buttons, (self.open_folder, self.open_document) = button_row(
            "review.open_folder", "review.open_document"
        )
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.written: list[str] = []
        self.browse.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export)
        self.open_folder.clicked.connect(self._open_folder)
        self.open_document.clicked.connect(self._open_document)
        self.results.itemActivated.connect(lambda _item: self._open_document())
        self.folder.textChanged.connect(lambda _t: self.refresh())
        store.changed.connect(lambda _key: self.refresh())
        store.replaced.connect(self.load)
        self._show_results([])

    # --- state ---------------------------------------------------------------------------

    def load(self) -> None:
        if self.store.path is not None and not self.folder.isModified() and not self.remembered:
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
        self.refresh()

    def initializePage(self) -> None:
        self.load()

    def _output_changed(self) -> None:
        self.store.set(
            "output.documents", [k.value for k, b in self.documents.items() if b.isChecked()]
        )
        self.store.set(
            "output.languages", [lang.value for lang, b in self.languages.items() if b.isChecked()]
        )

    def refresh(self) -> None:
        language = strings.language()
        problems = self.store.problems()
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(problem.line(language))
        for warning in self.store.warnings(language):
            item = QListWidgetItem(f"⚠ {warning.line(language)}")
            self.problems.addItem(item)
        self.problems.setVisible(self.problems.count() > 0)
        self.summary.setText(tr("review.problems") if problems else tr("review.ready"))
        busy = self.job is not None
        chosen = any(b.isChecked() for b in self.documents.values()) and any(
            b.isChecked() for b in self.languages.values()
        )
        self.export_button.setEnabled(
            not problems and chosen and bool(self.folder.text().strip()) and not busy
        )
        if not problems and not chosen:
            self.message.setText(tr("review.choose_one"))
        elif not problems and not self.folder.text().strip():
            self.message.setText(tr("review.choose_folder"))
        elif self.message.property("kind") != "failure":
            self.message.setText("")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("dialog.folder.title"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # --- export ------------------------------------------------------------------------

    def planned(self) -> list:  # type: ignore[type-arg]
        from wizard.export import plan_export

        project = self.store.project()
        assert project is not None
        languages = [lang for lang, b in self.languages.items() if b.isChecked()]
        documents = [k for k, b in self.documents.items() if b.isChecked()]
        return plan_export(
            project, Path(self.folder.text().strip()).expanduser(), languages, documents
        )

    def export(self) -> None:
        from wizard.export import existing_files
        from wizard.project_file import logo_path

        project = self.store.project()
        if project is None or self.job is not None:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        self.message.setProperty("kind", "")
        if folder.exists() and not folder.is_dir():
            self._fail(tr("dialog.save_failed.text", path=str(folder), detail="not a folder"))
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._fail(f"{folder}: {error.strerror or error}")
            return
        planned = self.planned()
        clashes = existing_files(planned)
        if clashes and not self.confirm_overwrite(clashes):
            return
        base = self.store.path.parent if self.store.path else None
        self.job = ExportJob(project, planned, logo_path(project, base))
        self.job.signals.finished.connect(self._finished)
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
        self.refresh()

    def _fail(self, detail: str) -> None:
        self.job = None
        self.progress.hide()
        self.message.setProperty("kind", "failure")
        self.message.setText(f"{tr('dialog.export_failed')}: {detail}")
        self.refresh()
        QMessageBox.critical(self, tr("dialog.export_failed"), detail)

    def _show_results(self, paths: list[str]) -> None:
        self.written = paths
        self.results.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(path)
            self.results.addItem(item)
        if paths:
            self.results.setCurrentRow(0)
        for widget in (self.results_label, self.results, self.open_folder, self.open_document):
            widget.setVisible(bool(paths))

    def _open_folder(self) -> None:
        if self.written:
            open_path(Path(self.written[0]).parent)

    def _open_document(self) -> None:
        row = max(0, self.results.currentRow())
        if self.written:
            open_path(self.written[row])

    def retranslate(self) -> None:
        language = strings.language()
        self.setTitle(tr("page.review.title"))
        self.setSubTitle(tr("page.review.subtitle"))
        self.documents_label.setText(tr("review.documents"))
        self.languages_label.setText(tr("review.languages"))
        self.folder_label.setText(tr("review.folder"))
        for kind, box in self.documents.items():
            box.setText(value_label("document", kind, language))
        for lang, box in self.languages.items():
            box.setText(value_label("language", lang, language))
        self.browse.setText(tr("button.browse"))
        self.export_button.setText(tr("review.export"))
        self.results_label.setText(tr("review.done"))
        self.open_folder.setText(tr("review.open_folder"))
        self.open_document.setText(tr("review.open_document"))
        self.folder.setAccessibleName(tr("review.folder"))
        self.problems.setAccessibleName(field_label("output.documents", language))
        self.refresh()

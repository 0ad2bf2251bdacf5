"""The acknowledgement register in the window: staff, who signed, forms, status.

One dialog, opened from the review page or *Workshop > Staff and acknowledgements…*: the
staff with their state for the current version in a table; *Import staff list…* reads
a CSV or Excel export; a double-click on a person (or *Record*) records a signature
with the date and method chosen below the table; *Forms and e-mail drafts…*, *Export
status…* and *Register report…* write files. The register is its own file beside the
project (``wizard.answers.register``): every change is written to it at once,
atomically, and never enters the project file, so *Save* has nothing to do with it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.dates import DateField, format_date
from ui.help import fit_to_screen
from ui.settings import start_folder
from ui.strings import tr
from ui.worker import Task
from wizard import clock
from wizard.answers.messages import problem_from_os_error
from wizard.answers.register import (
    METHOD_WORDS,
    Method,
    PersonState,
    Register,
    RegisterError,
    load_register,
    person_states,
    record,
    register_path,
    save_register,
    total_line,
    totals,
)
from wizard.language import in_language


def register_for(store: AnswerStore) -> Path | None:
    return register_path(store.path) if store.path is not None else None


def register_problem(error: RegisterError) -> str:
    """A refusal in the window's words: the command line's names its --register option."""
    if error.code == "other_organisation":
        return tr("ack.other_organisation", path=error.path, **error.params)
    return error.line(strings.language())


def acknowledged_line(store: AnswerStore) -> str:
    """The review page's line: "12 of 14 have acknowledged version 1.1", or why not."""
    path = register_for(store)
    history = store.get("history") or []
    if path is None or not path.exists() or not history:
        return ""
    name = str(store.get("organisation.name") or "")
    try:
        register = load_register(path, name)
    except RegisterError as error:
        return register_problem(error)
    states = person_states(register, history, clock.today())
    return total_line(totals(states, history), strings.language(), have=True)


class AcknowledgementsDialog(QDialog):
    """The staff and their acknowledgements of the current version."""

    forms_written = Signal(object)  # the files written (empty when none or on failure)
    COLUMNS = ("name", "email", "role", "version", "date", "method", "state")

    def __init__(self, store: AnswerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("acknowledgements")
        self.setWindowTitle(tr("ack.title"))
        self.register: Register | None = None
        self.states: list[PersonState] = []
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        self.total = QLabel()
        self.total.setObjectName("ack.total")
        self.total.setProperty("role", "title")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.where = QLabel()
        self.where.setObjectName("ack.where")
        self.where.setProperty("role", "help")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.where)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("ack.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels([tr(f"ack.col.{c}") for c in self.COLUMNS])
        # A double-click (or Enter) on a person records their signature.
        self.table.itemActivated.connect(lambda _item: self.record_selected())
        layout.addWidget(self.table, 1)

        record_row = QHBoxLayout()
        self.date_label = QLabel(tr("ack.date"))
        self.date = DateField("ack.date")
        self.date.set_value(clock.today().isoformat())
        self.date_label.setBuddy(self.date)
        self.method_label = QLabel(tr("ack.method"))
        self.method = QComboBox()
        self.method.setObjectName("ack.method")
        language = strings.language()
        for method in Method:
            self.method.addItem(in_language(METHOD_WORDS[method], language), method.value)
        self.method_label.setBuddy(self.method)
        self.record_button = QPushButton(tr("ack.record"))
        self.record_button.setObjectName("ack.record")
        self.record_button.clicked.connect(self.record_selected)
        for widget in (self.date_label, self.date, self.method_label, self.method):
            record_row.addWidget(widget)
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        layout.addLayout(record_row)

        self.message = QLabel()
        self.message.setObjectName("ack.message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(tr("ack.import"))
        self.import_button.setObjectName("ack.import")
        self.import_button.clicked.connect(lambda: self.import_staff())
        self.forms_button = QPushButton(tr("ack.forms"))
        self.forms_button.setObjectName("ack.forms")
        self.forms_button.clicked.connect(lambda: self.make_forms())
        self.csv_button = QPushButton(tr("ack.csv"))
        self.csv_button.setObjectName("ack.csv")
        self.csv_button.clicked.connect(lambda: self.export_status())
        self.report_button = QPushButton(tr("ack.report"))
        self.report_button.setObjectName("ack.report")
        self.report_button.clicked.connect(lambda: self.write_report())
        self.close_button = QPushButton(tr("ack.close"))
        self.close_button.setObjectName("ack.close")
        self.close_button.clicked.connect(self.accept)
        for button in (
            self.import_button,
            self.forms_button,
            self.csv_button,
            self.report_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.load()
        chars = self.fontMetrics().averageCharWidth()
        fit_to_screen(self, chars * 150, self.fontMetrics().lineSpacing() * 40)

    # --- the register ---------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return register_for(self.store)

    def _organisation(self) -> str:
        return str(self.store.get("organisation.name") or "")

    def _history(self) -> list[Any]:
        return list(self.store.get("history") or [])

    def load(self) -> None:
        """Read the register again and show it; a refused register is said, not shown."""
        path = self.path
        self.register, self.states = None, []
        language = strings.language()
        if path is None:
            self.where.setText(tr("ack.unsaved"))
        else:
            self.where.setText(tr("ack.where", path=str(path)))
            try:
                self.register = load_register(path, self._organisation(), missing_ok=True)
            except RegisterError as error:
                self._say(register_problem(error), error=True)
        if self.register is not None:
            self.states = person_states(self.register, self._history(), clock.today())
        total = totals(self.states, self._history())
        self.total.setText(total_line(total, language, have=True) if self.states else "")
        self._fill_table()
        can_write = self.register is not None
        self.import_button.setEnabled(can_write)
        self.record_button.setEnabled(can_write and bool(self.states) and total.version is not None)
        has_version = total.version is not None and self.store.project() is not None
        self.forms_button.setEnabled(can_write and has_version)
        self.csv_button.setEnabled(can_write and bool(self.states))
        self.report_button.setEnabled(can_write and self.store.project() is not None)

    def _fill_table(self) -> None:
        from wizard.output.acknowledgement import status_rows

        rows = status_rows(self.states, strings.language())
        self.table.setRowCount(len(rows))
        language = strings.language()
        for r, (row, state) in enumerate(zip(rows, self.states, strict=True)):
            if state.latest is not None:
                # The window writes dates as its date fields do (01-12-2026 in Dutch).
                row = (*row[:4], format_date(state.latest.date, language), *row[5:])
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if state.outstanding and c == len(row) - 1:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)

    def _save(self) -> bool:
        assert self.register is not None and self.path is not None
        try:
            save_register(self.register, self.path)
        except RegisterError as error:
            self._say(error.line(strings.language()), error=True)
            self.load()  # what is on disk, not what failed to be written
            return False
        return True

    # --- actions ----------------------------------------------------------------------------

    def choose_staff_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("ack.import.title"), str(self._folder()), tr("ack.import.filter")
        )
        return path

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, tr("ack.forms.title"), str(self._folder()))

    def choose_csv_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("ack.csv.title"), suggested, tr("ack.csv.filter")
        )
        return path

    def _folder(self) -> Path:
        return self.store.path.parent if self.store.path is not None else start_folder()

    def import_staff(self, chosen: str | None = None) -> bool:
        from wizard.output.staff_list import merge_staff, read_staff_list

        if self.register is None:
            return False
        chosen = chosen if chosen is not None else self.choose_staff_file()
        if not chosen:
            return False
        language = strings.language()
        try:
            staff = read_staff_list(Path(chosen))
        except RegisterError as error:
            self._say(error.line(language), error=True)
            return False
        merged = merge_staff(self.register, staff.rows)
        if not self._save():
            return False
        lines = [
            tr(
                "ack.imported",
                added=len(merged.added),
                updated=len(merged.updated),
                unchanged=merged.unchanged,
                skipped=len(staff.skipped),
            )
        ]
        lines += [skipped_line for skipped_line in _skipped(staff.skipped, language)]
        self.load()
        self._say("\n".join(lines))
        return True

    def selected_states(self) -> list[PersonState]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.states[r] for r in rows if r < len(self.states)]

    def record_selected(self) -> int:
        """Record the selected people's acknowledgement of the current version."""
        if self.register is None or not self._history():
            return 0
        value = self.date.value()
        if value is None or self.date.unreadable:
            self._say(tr("ack.date.missing"), error=True)
            return 0
        day = date.fromisoformat(value)
        if day > clock.today():
            self._say(tr("ack.date.future"), error=True)
            return 0
        chosen = [s for s in self.selected_states() if not s.left]
        if not chosen:
            self._say(tr("ack.select"), error=True)
            return 0
        version = str(self._history()[-1].get("version", ""))
        method = Method(self.method.currentData())
        added = sum(record(self.register, s.person, version, day, method) for s in chosen)
        if added and not self._save():
            return 0
        selected = {s.person.id for s in chosen}
        self.load()
        for row, state in enumerate(self.states):
            if state.person.id in selected:
                self.table.selectRow(row)
        names = ", ".join(s.person.name for s in chosen)
        self._say(tr("ack.recorded", names=names, version=version, date=day.isoformat()))
        return added

    def make_forms(self, chosen: str | None = None) -> bool:
        """Write the forms and drafts in a worker thread (250 take seconds: each file is
        flushed to disk); ``forms_written`` says when they are there. False when nothing
        was started."""
        from wizard.answers.project_file import logo_path
        from wizard.output.jobs import acknowledgement_forms, project_house_style

        project = self.store.project()
        if project is None or self.register is None or self.task is not None:
            return False
        folder = chosen if chosen is not None else self.choose_folder()
        if not folder:
            return False
        language = strings.language()
        base = self.store.logo_base()
        style, refused = project_house_style(project, base)
        if refused is not None:
            self._say(refused.line(language), error=True)
            return False
        states, logo = list(self.states), logo_path(project, base)
        target = Path(folder)

        def work() -> Any:
            return acknowledgement_forms(
                project, states, target, language, logo=logo, house_style=style
            )

        self.task = Task(work)
        self.task.signals.finished.connect(lambda written: self._forms_done(written, folder))
        self.task.signals.failed.connect(lambda error: self._forms_failed(error, folder))
        self._set_busy(True)
        self._say(tr("ack.working"))
        QThreadPool.globalInstance().start(self.task)
        return True

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.import_button,
            self.forms_button,
            self.csv_button,
            self.report_button,
            self.record_button,
            self.close_button,
        ):
            button.setEnabled(not busy)
        if not busy:
            self.load()

    def _forms_done(self, written: Any, folder: str) -> None:
        self.task = None
        self._set_busy(False)
        if written is None:
            self.forms_written.emit([])
            return
        text = tr(
            "ack.forms.done",
            forms=len(written.forms),
            drafts=len(written.drafts),
            version=written.version,
            path=folder,
        )
        if written.without_email:
            names = ", ".join(p.name for p in written.without_email[:10])
            text += "\n" + tr("ack.forms.no_email", names=names)
        self._say(text)
        self.forms_written.emit([*written.forms, *written.drafts])

    def _forms_failed(self, error: BaseException, folder: str) -> None:
        self.task = None
        self._set_busy(False)
        self._say(refused_write(error, folder), error=True)
        self.forms_written.emit([])

    def reject(self) -> None:
        # Esc while the forms are being written: the worker still reports to this dialog.
        if self.task is None:
            super().reject()

    def accept(self) -> None:
        if self.task is None:
            super().accept()

    def export_status(self, chosen: str | None = None) -> str:
        from wizard.output.acknowledgement import status_csv
        from wizard.output.jobs import write_file

        if self.register is None:
            return ""
        suggested = str(self._folder() / tr("ack.csv.name"))
        target = chosen if chosen is not None else self.choose_csv_path(suggested)
        if not target:
            return ""
        language = strings.language()
        data = status_csv(self.states, totals(self.states, self._history()), language)
        try:
            write_file(Path(target), data)
        except OSError as error:
            self._say(refused_write(error, target), error=True)
            return ""
        self._say(tr("ack.csv.done", path=target))
        return target

    def write_report(self, chosen: str | None = None) -> str:
        from wizard.answers.project_file import logo_path
        from wizard.output.jobs import project_house_style, register_report, register_report_path

        project = self.store.project()
        if project is None or self.register is None:
            return ""
        folder = chosen if chosen is not None else self.choose_folder()
        if not folder:
            return ""
        language = strings.language()
        today = clock.today()
        base = self.store.logo_base()
        target = register_report_path(project, Path(folder), language, today)
        style, refused = project_house_style(project, base)
        if refused is not None:
            self._say(refused.line(language), error=True)
            return ""
        try:
            register_report(
                project,
                self.register,
                self.states,
                target,
                language,
                today,
                logo=logo_path(project, base),
                house_style=style,
            )
        except OSError as error:
            self._say(refused_write(error, target), error=True)
            return ""
        self._say(tr("ack.report.done", path=str(target)))
        return str(target)


def refused_write(error: BaseException, where: str | Path) -> str:
    """Why a file of the register could not be written, in the interface's words and
    naming the file, as the command line says it: the system's own words ("Permission
    denied") are in its language, not the user's, and say nothing of what to do."""
    if isinstance(error, OSError):
        target = getattr(error, "filename", None) or str(where)
        return problem_from_os_error(error, target, writing=True).line(strings.language())
    from ui.output_controls import failure_text

    return failure_text(error)


def _skipped(skipped: list[Any], language: Any) -> list[str]:
    from wizard.output.staff_list import skipped_line

    return [skipped_line(item, language) for item in skipped[:50]]

"""The last page: what is still open, every answer per page, then export to Word.

Each open question and each warning links to its question, and each page's answers
to that page: the page asks for it with ``question_requested`` (a dotted key, or a
page's key), and ``show_question`` goes there and puts the focus on the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.desktop import open_path
from ui.fields import issue_text
from ui.help import plain_tip
from ui.house_style import HouseStyleControl, load_for
from ui.steps import StepFrame, StepPage, checked_sibling, takes_answer_focus
from ui.strings import tr
from ui.welcome import button_row
from wizard import clock
from wizard.answers.labels import value_label
from wizard.answers.messages import Problem, problem_from_os_error
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.pages import PAGE_KEYS
from wizard.answers.summary import channel_line, date_text, question_rows
from wizard.answers.versions import withdrawn

if TYPE_CHECKING:
    from ui.settings import Settings
    from wizard.output.house_style import HouseStyle

# The question pages in order (wizard.answers.pages, shared with the workshop report).
QUESTION_PAGES = PAGE_KEYS

LINK_STYLE = """
QLabel[link="true"] { border: 2px solid transparent; padding: 1px 2px; }
QLabel[link="true"]:focus { border: 2px solid #1a5fb4; background: #e8f0fb; }
QLabel[link="true"]:hover { background: #eef2f7; }
QLabel[kind="error"] { color: #b3261e; }
QLabel[kind="warning"] { color: #8a5300; }
QLabel[kind="page"] { color: #1a5fb4; }
"""


class LinkLabel(QLabel):
    """A line of text that goes somewhere: a click, Enter or Space activates it; Tab reaches it."""

    activated = Signal(str)

    def __init__(self, target: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName(f"review.link.{target}")
        self.setProperty("link", True)
        self.setProperty("kind", kind)
        self.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.target)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.target)
            return
        super().keyPressEvent(event)


class SummaryArea(QScrollArea):
    """What is open and every answer: it takes the room the export controls leave and
    scrolls inside itself.

    Its wish is only a few lines, so the page's wish (which the page's scroll area follows
    once a wrapping text is on it) fits a laptop screen and the actions stay in view.
    """

    LINES = 8

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        height = self.LINES * self.fontMetrics().lineSpacing() + 2 * self.frameWidth()
        return QSize(super().minimumSizeHint().width(), height)


def page_of(key: str) -> str:
    """The page that asks a dotted key (or the page's own key): its page key."""
    head = key.split(".")[0]
    return head if head in QUESTION_PAGES else "review"


def _answer_widget(page: QWidget, key: str) -> QWidget | None:
    """The widget that takes the focus for ``key``: the key's own, or its nearest holder's."""
    binding_for = getattr(page, "binding_for", None)
    bound = binding_for(key) if binding_for is not None else None
    names = [bound] if bound else []
    parts = key.split(".")
    names += [".".join(parts[:end]) for end in range(len(parts), 0, -1)]
    for name in names:
        found = page.findChild(QWidget, name) if name else None
        if found is None:
            continue
        for candidate in [found, *found.findChildren(QWidget)]:
            if takes_answer_focus(candidate, page):
                return checked_sibling(candidate)
        return None  # the question is there but does not apply now: the page's first
    return None


def show_question(frame: StepFrame, key: str) -> None:
    """Go to the page that asks ``key`` and put the focus on its answer (or the page's first)."""
    wanted = page_of(key)
    page_id = next((pid for pid in frame.pageIds() if frame.page(pid).page_key == wanted), None)
    if page_id is None:
        return
    frame.go_to(page_id)
    page = frame.page(page_id)
    target = _answer_widget(page, key) if key != wanted else None
    if target is None:
        frame.focus_first_question()
        return
    holder = target.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(holder, QScrollArea):
        area = holder
        area.ensureWidgetVisible(target)
        # The page was just shown: scroll again once its layout has its final sizes.
        QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(target, 50, 80))


# --- the answers as sentences ---------------------------------------------------------------


def _date(value: Any) -> str:
    # As the date fields show it: one format per interface language.
    return date_text(value, strings.language())


def page_answers(
    draft: dict[str, Any], page: str, language: Language
) -> list[tuple[str, list[str]]]:
    """(label, answer lines) for each question of a page, in the order the page asks them.

    The words are those of the workshop report (``wizard.answers.summary``).
    """
    if page == "channels":
        channels = [c for c in draft.get("channels") or [] if isinstance(c, dict)]
        lines = [channel_line(c, language) for c in channels] or [tr("review.unanswered")]
        return [("", lines)]  # under the page's own heading "Kanalen"
    return [
        (row.label, list(row.lines))
        for row in question_rows(draft, page, language)
        if row.applies and row.label
    ]


def answers_html(rows: list[tuple[str, list[str]]]) -> str:
    """Label: answer, one question a line; a list of rows (channels, plan steps) one a line."""
    lines = []
    for label, answers in rows:
        if len(answers) == 1 and label:
            lines.append(f"<b>{escape(label)}:</b> {escape(answers[0])}")
        else:
            if label:
                lines.append(f"<b>{escape(label)}:</b>")
            lines += [f"&nbsp;&nbsp;• {escape(answer)}" for answer in answers]
    return "<br>".join(lines)


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


class ExportSignals(QObject):
    finished = Signal(list)
    failed = Signal(object)  # the exception: the page words it in the interface language


class ExportJob(QRunnable):
    """Renders every document in memory, then writes each atomically (off the UI thread)."""

    def __init__(
        self,
        project: Project,
        planned: list,  # type: ignore[type-arg]
        logo: Path | None,
        house_style: HouseStyle | None = None,
    ) -> None:
        super().__init__()
        self.project, self.planned, self.logo = project, planned, logo
        self.house_style = house_style
        self.signals = ExportSignals()

    def run(self) -> None:
        from wizard.output.export import render_documents, write_documents

        try:
            rendered = render_documents(self.project, self.planned, self.logo, self.house_style)
            written = write_documents(rendered)
        except Exception as error:  # worded for the user, never a traceback
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit([str(path) for path in written])


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One piece of work off the UI thread (a calendar, a report, PDFs); the page words
    its result or failure."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # worded for the user, never a traceback
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


def convert_to_pdf(documents: list[str]) -> tuple[list[str], list[str]]:
    """PDFs beside the Word files: (written, failures in words); LibreOffice must exist.

    The Word files are written before this runs and nothing here touches them: whatever
    goes wrong with a PDF (LibreOffice, the disk, the program itself) becomes a line
    that says which PDF failed, why, and that the Word file is there.
    """
    language = strings.language()
    try:
        from wizard.output.pdf import PdfError, convert, find_libreoffice, message, pdf_path
    except Exception as error:  # a broken installation: the Word files still stand
        detail = failure_text(error)
        return [], [tr("review.pdf.unavailable", detail=detail)]
    office = find_libreoffice()
    if office is None:
        text = message("not_installed", language)
        return [], [text[:1].upper() + text[1:]]
    written, failures = [], []
    for document in documents:
        try:
            written.append(str(convert(office, Path(document), pdf_path(Path(document)))))
        except PdfError as error:
            detail = error.detail(language)
        except Exception as error:  # worded (and an unexpected one logged), never raised
            detail = failure_text(error, Path(document))
        else:
            continue
        failures.append(f"{Path(document).name}: {message('failed', language, detail=detail)}")
    return written, failures


class ReviewPage(StepPage):
    page_key = "review"
    prefixes = ("output",)
    # A dotted key (an open question or a warning) or a page's key (its answers).
    question_requested = Signal(str)
    # The path the system's opener could not open (it ended in failure, in its thread).
    open_failed = Signal(str)

    def __init__(
        self,
        store: AnswerStore,
        folder: str,
        *,
        remembered: bool = False,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.remembered = remembered
        self.job: ExportJob | None = None
        self.setStyleSheet(LINK_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # What is open and every answer scroll above the export controls, which stay put.
        self.scroll_area = SummaryArea()
        self.scroll_area.setObjectName("review.scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        # Tab goes from link to link inside; the area scrolls to the one with the focus.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setObjectName("review.body")
        content = QVBoxLayout(body)
        content.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setObjectName("review.summary")
        self.summary.setWordWrap(True)
        content.addWidget(self.summary)
        # Links are made as they are needed, inside this holder: in the Tab order they
        # come after the summary, before the pages' links.
        self.issues_holder = QWidget()
        self.issues_box = QVBoxLayout(self.issues_holder)
        self.issues_box.setContentsMargins(0, 0, 0, 0)
        self.issues_box.setSpacing(0)
        content.addWidget(self.issues_holder)
        self.issue_links: list[LinkLabel] = []
        self._add_issue_link()  # made here, the first link has its place in the Tab order
        # Issued versions: the documents' version table, and the button that issues one.
        self.versions_title = QLabel()
        self.versions_title.setProperty("role", "title")
        self.versions_title.setObjectName("review.versions")
        self.versions_list = QLabel()
        self.versions_list.setObjectName("review.versions.list")
        self.versions_list.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        self.versions_list.setWordWrap(True)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("review.issue")
        self.issue_button.clicked.connect(self.issue_version)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("review.withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_version)
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.issue_button)
        issue_row.addWidget(self.withdraw_button)
        # What the works council reviews: the documents since the last issued version.
        self.redline_button = QPushButton()
        self.redline_button.setObjectName("review.redline")
        self.redline_button.clicked.connect(self.write_redlines)
        issue_row.addWidget(self.redline_button)
        issue_row.addStretch(1)
        content.addSpacing(8)
        content.addWidget(self.versions_title)
        content.addWidget(self.versions_list)
        content.addLayout(issue_row)
        # Who has acknowledged the current version (the register beside the project).
        self.acknowledged = QLabel()
        self.acknowledged.setObjectName("review.acknowledged")
        self.acknowledged.setTextFormat(Qt.TextFormat.PlainText)
        self.acknowledged.setWordWrap(True)
        self.acknowledgements_button = QPushButton()
        self.acknowledgements_button.setObjectName("review.acknowledgements")
        self.acknowledgements_button.clicked.connect(self.open_acknowledgements)
        acknowledged_row = QHBoxLayout()
        acknowledged_row.addWidget(self.acknowledgements_button)
        acknowledged_row.addWidget(self.acknowledged, 1)
        content.addLayout(acknowledged_row)
        self.answers_title = QLabel()
        self.answers_title.setProperty("role", "title")
        self.answers_title.setObjectName("review.answers")
        content.addSpacing(8)
        content.addWidget(self.answers_title)
        self.page_titles: dict[str, QLabel] = {}
        self.page_links: dict[str, LinkLabel] = {}
        self.page_answers: dict[str, QLabel] = {}
        for page in QUESTION_PAGES:
            heading = QHBoxLayout()
            title = QLabel()
            title.setProperty("role", "title")
            title.setObjectName(f"review.title.{page}")
            link = LinkLabel(page, "page")
            link.activated.connect(self.question_requested.emit)
            heading.addWidget(title)
            heading.addWidget(link)
            heading.addStretch(1)
            content.addSpacing(4)
            content.addLayout(heading)
            answers = QLabel()
            answers.setObjectName(f"review.answers.{page}")
            answers.setTextFormat(Qt.TextFormat.RichText)
            answers.setWordWrap(True)
            answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            content.addWidget(answers)
            self.page_titles[page], self.page_links[page] = title, link
            self.page_answers[page] = answers
        content.addStretch(1)
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)
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
        self.house_style = HouseStyleControl(store, settings)
        grid.addWidget(self.house_style.label, languages_row + 2, 0)
        grid.addWidget(self.house_style.row_holder, languages_row + 2, 1, 1, 2)
        grid.addWidget(self.house_style.note, languages_row + 3, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.export_button = QPushButton()
        self.export_button.setObjectName("review.export")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        # Also a PDF of each document, through LibreOffice (wizard/output/pdf.py).
        self.pdf_box = QCheckBox()
        self.pdf_box.setObjectName("review.pdf")
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.pdf_box)
        export_row.addWidget(self.progress, 1)
        export_row.addStretch(0)
        layout.addLayout(export_row)
        # The other outputs: the review dates as a calendar file, and the workshop report
        # (which needs no complete project: it lists what is open).
        more, (self.calendar_button, self.report_button) = button_row(
            "review.calendar", "review.report"
        )
        layout.addLayout(more)
        self.task: Task | None = None
        # The result of the last action: its place is kept free from the start, so the
        # controls above never move when a message or the files made appear.
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
        layout.addWidget(self.result_area)
        self._reserve_result_space()
        self.written: list[str] = []
        self.browse.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export)
        self.calendar_button.clicked.connect(self.write_calendar)
        self.report_button.clicked.connect(self.write_report)
        self.open_folder.clicked.connect(self._open_folder)
        self.open_failed.connect(self._say_not_opened)
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

    def first_question(self) -> QWidget | None:
        """The first open question or warning; with none, the button that makes the files."""
        for link in self.issue_links:
            if link.isVisibleTo(self) and link.text():
                return link
        if self.export_button.isEnabled():
            return self.export_button
        return super().first_question()

    def initializePage(self) -> None:
        self.load()

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
        language = strings.language()
        problems = self.store.problems()
        warnings = self.store.warnings(language)
        order = {page: index for index, page in enumerate((*QUESTION_PAGES, "review"))}
        issues = [
            (p.field, "error", issue_text(p.field, p.message(language), language)) for p in problems
        ] + [
            (w.field, "warning", tr("warning.line", message=w.message(language))) for w in warnings
        ]
        # What blocks the export first, then the warnings; each in the order of the pages.
        issues.sort(key=lambda issue: (issue[1] == "warning", order[page_of(issue[0])]))
        self._show_issues(issues)
        if problems:
            summary = tr("review.problems.link")
        elif warnings:
            count = len(warnings)
            key = "review.warnings.one" if count == 1 else "review.warnings.many"
            summary = tr(key, count=count)
        else:
            summary = tr("review.ready")
        self.summary.setText(summary)
        self.summary.setProperty("kind", "error" if problems else "warning" if warnings else "")
        if self.isVisible():
            self._show_answers()
        self._show_versions(bool(problems))
        busy = self.job is not None or self.task is not None
        self.calendar_button.setEnabled(not problems and not busy)
        self.report_button.setEnabled(bool(self.folder.text().strip()) and not busy)
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

    def _show_issues(self, issues: list[tuple[str, str, str]]) -> None:
        """One link per open question or warning; links are reused, so the focus stays."""
        while len(self.issue_links) > max(1, len(issues)):
            gone = self.issue_links.pop()
            gone.hide()  # at once: deleteLater waits for the event loop
            gone.deleteLater()
        while len(self.issue_links) < len(issues):
            self._add_issue_link()
        for link, (key, kind, text) in zip(self.issue_links, issues, strict=False):
            link.target = key
            link.setObjectName(f"review.link.{key}")
            if link.property("kind") != kind:
                link.setProperty("kind", kind)
                link.style().unpolish(link)
                link.style().polish(link)
            # A clause warning's link opens the clause editor, not a page.
            where = "review.clause" if key.startswith("clauses.") else f"page.{page_of(key)}.title"
            page_title = tr(where)
            if text.casefold().startswith(page_title.casefold()):
                link.set_text(text)  # "Channels: choose one", not "Channels › Channels: …"
            else:
                link.set_text(f"{page_title} › {text}")
        self.issue_links[0].setVisible(bool(issues))

    def _add_issue_link(self) -> None:
        index = len(self.issue_links)
        link = LinkLabel("", "error", self.issues_holder)
        link.activated.connect(lambda _target: self._issue_activated(index))
        if self.issue_links:
            # A new widget comes last in the window's Tab order: put it after the others.
            QWidget.setTabOrder(self.issue_links[-1], link)
        self.issues_box.addWidget(link)
        self.issue_links.append(link)

    def _issue_activated(self, index: int) -> None:
        self.question_requested.emit(self.issue_links[index].target)

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

    def _show_answers(self) -> None:
        language = strings.language()
        draft = self.store.draft
        for page in QUESTION_PAGES:
            html = answers_html(page_answers(draft, page, language))
            if self.page_answers[page].text() != html:
                self.page_answers[page].setText(html)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._show_answers()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("dialog.folder.title"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # --- export ------------------------------------------------------------------------

    def planned(self) -> list:  # type: ignore[type-arg]
        from wizard.output.export import plan_export

        project = self.store.project()
        assert project is not None
        languages = [lang for lang, b in self.languages.items() if b.isChecked()]
        documents = [k for k, b in self.documents.items() if b.isChecked()]
        return plan_export(
            project, Path(self.folder.text().strip()).expanduser(), languages, documents
        )

    def export(self) -> None:
        from wizard.answers.project_file import logo_path
        from wizard.output.export import existing_files

        project = self.store.project()
        if project is None or self.busy():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        self.message.setProperty("kind", "")
        if folder.exists() and not folder.is_dir():
            self._fail(Problem("", "output_not_folder", {"path": str(folder)}))
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._fail(error, folder)
            return
        planned = self.planned()
        clashes = existing_files(planned)
        if self.pdf_box.isChecked():
            from wizard.output.export import pdf_path

            clashes += [pdf_path(p.path) for p in planned if pdf_path(p.path).exists()]
        if clashes and not self.confirm_overwrite(clashes):
            return
        base = self.store.path.parent if self.store.path else None
        house_style, refused = load_for(self.store)
        if refused is not None:
            self._fail(refused)
            return
        self.job = ExportJob(project, planned, logo_path(project, base), house_style)
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
        if self.pdf_box.isChecked() and paths:
            self.run_task(lambda: convert_to_pdf(paths), self._pdfs_done, "review.pdf.failed")

    # --- the other outputs: PDF, calendar file, workshop report ---------------------------

    def run_task(self, work: Callable[[], Any], done: Callable[[Any], None], failed: str) -> None:
        """``work`` in a worker thread, so the window keeps responding; one at a time."""
        self.task = Task(work)
        self.task.signals.finished.connect(lambda result: self._task_done(done, result))
        self.task.signals.failed.connect(lambda error: self._task_failed(failed, error))
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

    def _pdfs_done(self, result: tuple[list[str], list[str]]) -> None:
        written, failures = result
        self._add_results(written)
        lines = [tr("review.pdf.done", path=path) for path in written] + failures
        self.say("\n".join(lines))
        if failures:
            QMessageBox.warning(self, tr("review.pdf.failed"), "\n".join(failures))

    def write_calendar(self) -> None:
        from wizard.files import safe_file_name
        from wizard.output.calendar_file import write_calendar

        project = self.store.project()
        if project is None or self.busy():
            return
        name = safe_file_name(project.organisation.name, tr("review.calendar.stem"), suffix=".ics")
        folder = Path(self.folder.text().strip() or str(Path.home())).expanduser()
        path = self.choose_calendar_path(str(folder / name))
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".ics")

        def work() -> tuple[str, int]:
            target.parent.mkdir(parents=True, exist_ok=True)
            return str(target), len(write_calendar(project, target))

        self.run_task(work, self._calendar_done, "review.calendar.failed")

    def choose_calendar_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("review.calendar.title"), suggested, tr("review.calendar.filter")
        )
        return path

    def _calendar_done(self, result: tuple[str, int]) -> None:
        path, count = result
        self._add_results([path])
        self.say(tr("review.calendar.done", path=path, count=count))

    def write_report(self) -> None:
        """The workshop report in the chosen folder, in the interface language."""
        import copy

        from wizard.output.report import (
            gather,
            report_file_name,
            report_house_style,
            report_logo,
            report_outline,
            write_report,
        )

        if self.busy():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if folder.exists() and not folder.is_dir():
            problem = Problem("", "output_not_folder", {"path": str(folder)})
            self._task_failed("review.report.failed", problem)
            return
        language = strings.language()
        draft = copy.deepcopy(self.store.draft)
        base = self.store.logo_base()
        today = clock.today()
        target = folder / report_file_name(draft, language, today)
        if target.exists() and not self.confirm_overwrite([target]):
            return

        def work() -> str:
            data = gather(draft, language, today, base)
            # A house style that cannot be used is said beside its control already.
            house_style, _ = report_house_style(draft, base)
            content = write_report(report_outline(data), report_logo(draft, base), house_style)
            from wizard.files import atomic_write

            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(target, content)
            return str(target)

        self.run_task(work, self._report_done, "review.report.failed")

    def write_redlines(self) -> None:
        """Each chosen document, with its changes since the last issued version tracked,
        into the chosen folder (``redline`` on the command line)."""
        from wizard.answers.project_file import logo_path
        from wizard.answers.versions import as_issued
        from wizard.files import atomic_write
        from wizard.output.redline import redline_document, redline_path, tracked_changes

        project = self.store.project()
        if project is None or not project.history or self.busy():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if folder.exists() and not folder.is_dir():
            problem = Problem("", "output_not_folder", {"path": str(folder)})
            self._task_failed("versions.redline.failed", problem)
            return
        try:
            old = Project.model_validate(as_issued(project.model_dump(mode="json")))
        except ValueError as error:  # a snapshot an older release wrote and we cannot read
            self._task_failed("versions.redline.failed", error)
            return
        planned = [(item, redline_path(item.path)) for item in self.planned()]
        clashes = [path for _item, path in planned if path.exists()]
        if clashes and not self.confirm_overwrite(clashes):
            return
        house_style, refused = load_for(self.store)
        if refused is not None:
            self._task_failed("versions.redline.failed", refused)
            return
        logo = logo_path(project, self.store.logo_base())
        when = clock.now_utc()

        def work() -> list[tuple[str, int, int]]:
            folder.mkdir(parents=True, exist_ok=True)
            done = []
            for item, target in planned:
                data = redline_document(
                    old,
                    project,
                    item.document,
                    item.language,
                    when,
                    old_logo=logo,
                    new_logo=logo,
                    house_style=house_style,
                )
                atomic_write(target, data)
                done.append((str(target), *tracked_changes(data)))
            return done

        self.run_task(work, self._redlines_done, "versions.redline.failed")

    def _redlines_done(self, done: list[tuple[str, int, int]]) -> None:
        self._add_results([path for path, _i, _d in done])
        lines = [
            tr("versions.redline.done", path=path, inserted=inserted, deleted=deleted)
            for path, inserted, deleted in done
        ]
        self.say("\n".join(lines))

    def _report_done(self, path: str) -> None:
        self._add_results([path])
        self.say(tr("review.report.done", path=path))
        if self.pdf_box.isChecked():
            # As for the documents: the report to send, as PDF too.
            self.run_task(lambda: convert_to_pdf([path]), self._pdfs_done, "review.pdf.failed")

    def busy(self) -> bool:
        return self.job is not None or self.task is not None

    def _fail(self, failure: BaseException | Problem, where: Path | None = None) -> None:
        detail = failure_text(failure, where)
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
            item.setToolTip(plain_tip(path))
            self.results.addItem(item)
        if paths:
            self.results.setCurrentRow(0)
        for widget in (self.results_label, self.results, self.open_folder, self.open_document):
            widget.setVisible(bool(paths))

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
        self.pdf_box.setText(tr("review.pdf"))
        self.calendar_button.setText(tr("review.calendar"))
        self.report_button.setText(tr("review.report"))
        self.results_label.setText(tr("review.done"))
        self.open_folder.setText(tr("review.open_folder"))
        self.open_document.setText(tr("review.open_document"))
        self.folder.setAccessibleName(tr("review.folder"))
        self.answers_title.setText(tr("review.answers"))
        self.house_style.retranslate()
        self.versions_title.setText(tr("versions.title"))
        self.issue_button.setText(tr("versions.issue"))
        self.withdraw_button.setText(tr("versions.withdraw"))
        self.redline_button.setText(tr("versions.redline"))
        self.redline_button.setToolTip(tr("versions.redline.tip"))
        self.acknowledgements_button.setText(tr("ack.open"))
        for page in QUESTION_PAGES:
            title = tr(f"page.{page}.title")
            self.page_titles[page].setText(title)
            self.page_links[page].set_text(tr("review.change"))
            self.page_links[page].setAccessibleName(tr("review.change.name", page=title))
        self.refresh()
        self._show_answers()

"""The first page and the page numbering: all the window needs before its first paint.

Kept free of the answer model and the question pages, which are built right after
the window is first shown (see ``MainWindow``).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

# Qt's namespace as QtCore.Qt, reached when used: importing ``Qt`` would build all
# its enums (some 25 ms), which the first paint does without (a test checks).
from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.steps import StepPage
from ui.strings import tr
from wizard.paths import EXAMPLES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

# The examples offered as a start: file name and the key of the button's text.
EXAMPLE_PROJECTS = (
    ("bakkerij-van-dijk.policy.json", "welcome.example.bakery"),
    ("northwind-advisory.policy.json", "welcome.example.advisory"),
    ("de-linde-zorg.policy.json", "welcome.example.care"),
)


def button_row(*names: str) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of buttons, named for tests and kept to the left."""
    row = QHBoxLayout()
    buttons = []
    for name in names:
        button = QPushButton()
        button.setObjectName(name)
        row.addWidget(button)
        buttons.append(button)
    row.addStretch(1)
    return row, buttons


class PageId(IntEnum):
    WELCOME = 0
    ORGANISATION = 1
    CHANNELS = 2
    MARKETS = 3
    CONFIDENTIALITY = 4
    BEHAVIOUR = 5
    TECHNICAL = 6
    GOVERNANCE = 7
    REVIEW = 8


class WelcomePage(StepPage):
    new_requested = Signal()
    open_requested = Signal(str)  # a path, or "" to ask for one
    example_requested = Signal(str)  # the path of an example, to start a copy of
    clients_requested = Signal()  # choose a folder of clients to show
    first_painted = Signal()

    page_key = "welcome"
    scrolls_itself = True

    def __init__(self) -> None:
        super().__init__()
        # The text scrolls when it is made large, instead of being cut off; the scroll
        # area is put around it right after the first paint (see _scroll_body), because
        # PySide builds a class's enums when it is imported, and the first paint is what
        # a person waits for.
        self._outer = QVBoxLayout(self)
        self._body = body = QWidget()
        self._outer.addWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setObjectName("welcome.method")
        layout.addWidget(self.method)
        buttons, (self.new_button, self.open_button) = button_row("welcome.new", "welcome.open")
        layout.addLayout(buttons)
        self.examples_title = QLabel()
        self.examples_title.setObjectName("welcome.examples")
        self.examples_title.setProperty("role", "title")
        layout.addWidget(self.examples_title)
        self.examples: dict[str, QPushButton] = {}
        # One under the other: side by side they are wider than the page at large text.
        row = QVBoxLayout()
        row.setSpacing(4)
        for file_name, key in EXAMPLE_PROJECTS:
            path = EXAMPLES / file_name
            if not path.is_file():
                continue
            button = QPushButton()
            button.setObjectName(key)
            button.clicked.connect(lambda _c=False, p=str(path): self.example_requested.emit(p))
            # As wide as its text, on the left (a size policy, not an alignment: the
            # alignment flags live in Qt's namespace, which takes PySide some 25 ms to
            # build, and nothing else before the first paint needs it).
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
            self.examples[key] = button
        layout.addLayout(row)
        self.examples_note = QLabel()
        self.examples_note.setObjectName("welcome.examples.note")
        self.examples_note.setWordWrap(True)
        self.examples_note.setProperty("role", "help")
        layout.addWidget(self.examples_note)
        for widget in (self.examples_title, self.examples_note):
            widget.setVisible(bool(self.examples))
        self.current = QLabel()
        self.current.setObjectName("welcome.current")
        layout.addWidget(self.current)
        self.recent_title = QLabel()
        self.recent_title.setProperty("role", "title")
        layout.addWidget(self.recent_title)
        self.recent = QListWidget()
        self.recent.setObjectName("welcome.recent")
        layout.addWidget(self.recent, 1)
        self.recent.setMinimumHeight(self.recent.fontMetrics().height() * 5)
        self.spacer = QWidget()  # holds the room of the list while it is hidden
        layout.addWidget(self.spacer, 1)
        # A consultant's clients: the projects of a folder as a table (``clients``).
        clients_row, (self.clients_button,) = button_row("welcome.clients")
        self.clients_folder = QLabel()
        self.clients_folder.setObjectName("welcome.clients.folder")
        self.clients_folder.setProperty("role", "help")
        clients_row.insertWidget(1, self.clients_folder, 1)
        layout.addLayout(clients_row)
        self._layout = layout
        self._clients: QTableWidget | None = None  # built when first shown (``clients``)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(""))
        self.clients_button.clicked.connect(self.clients_requested.emit)
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(self._recent[self.recent.row(item)])
        )
        self._recent: list[str] = []
        self._client_paths: list[str] = []
        self._clients_shown = ""
        self._clients_language: object = None
        self._painted = False
        self._current_name = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self, self.scroll_body)

    def scroll_body(self) -> None:
        """Put the page's content in a scroll area (once; also when asked before a paint)."""
        from PySide6.QtWidgets import QScrollArea

        if self._body.parentWidget() is not self:
            return  # wrapped already
        focused = self.focusWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameStyle(0)  # no frame
        scroll.viewport().setAutoFillBackground(False)
        self._outer.removeWidget(self._body)
        scroll.setWidget(self._body)
        self._outer.addWidget(scroll)
        if focused is not None:
            focused.setFocus()

    def first_question(self) -> QWidget | None:
        return self.new_button

    def set_recent(self, paths: list[str], names: dict[str, str] | None = None) -> None:
        """The recent projects, each by its organisation's name and its path."""
        self._recent = paths
        self.recent.clear()
        for path in paths:
            name = (names or {}).get(path)
            item = QListWidgetItem(f"{name} — {path}" if name else path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.retranslate()

    @property
    def clients(self) -> QTableWidget:
        """The consultant's table of clients, built when first asked for: most people
        never open a folder of clients, and the first paint does not wait for it."""
        if self._clients is None:
            from PySide6.QtWidgets import QAbstractItemView, QTableWidget

            table = QTableWidget()
            table.setObjectName("welcome.clients.table")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
            table.verticalHeader().hide()
            table.setWordWrap(False)
            table.hide()
            self._layout.addWidget(table, 2)
            # A click on a client opens it (a double click, or Enter, as in a file list).
            table.cellClicked.connect(self._client_chosen)
            table.cellActivated.connect(self._client_chosen)
            # A folder's name is the person's text, never markup.
            self.clients_folder.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            self._clients = table
        return self._clients

    def show_clients(self, folder: str) -> None:
        """The clients in ``folder`` as a table, soonest review first (see ``clients``)."""
        from pathlib import Path

        from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

        from ui import strings
        from wizard.output.clients import cells, client_rows, columns, header

        language = strings.language()
        rows = client_rows(Path(folder), language) if folder and Path(folder).is_dir() else []
        self._clients_shown = folder
        self._clients_language = language
        keys = columns(rows)
        self.clients.clear()
        self.clients.clearSpans()
        self.clients.setColumnCount(len(keys))
        self.clients.setRowCount(len(rows))
        self.clients.setHorizontalHeaderLabels(header(keys, language))
        self._client_paths = []
        for index, row in enumerate(rows):
            texts = cells(row, keys, language)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(row.problem or str(row.path))
                self.clients.setItem(index, column, item)
            self._client_paths.append(str(row.path) if row.readable else "")
            if not row.readable and len(keys) > 2:
                # Why the file cannot be read runs over the columns up to the file's own.
                self.clients.setSpan(index, 0, 1, len(keys) - 1)
        self.clients.resizeColumnsToContents()
        header_view = self.clients.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No column wider than a long name: the table stays readable beside the preview.
        widest = self.clients.fontMetrics().horizontalAdvance("M" * 20)
        for column in range(len(keys)):
            self.clients.setColumnWidth(column, min(self.clients.columnWidth(column), widest))
        self.clients.setVisible(bool(folder))
        line = self.clients.fontMetrics().height()
        self.clients.setMinimumHeight(line * 8)
        # The recent projects give the table room: a few lines are enough for them.
        self.recent.setMaximumHeight(line * 6 if folder else 16777215)
        self._client_count = len(rows)
        self.retranslate()

    def _client_chosen(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self._client_paths) and self._client_paths[row]:
            self.open_requested.emit(self._client_paths[row])

    def set_current(self, name: str) -> None:
        self._current_name = name
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("page.welcome.title"))
        self.setSubTitle(tr("page.welcome.subtitle"))
        self.method.setText(tr("welcome.method"))
        self.new_button.setText(tr("welcome.new"))
        self.open_button.setText(tr("welcome.open"))
        self.examples_title.setText(tr("welcome.examples"))
        self.examples_note.setText(tr("welcome.examples.note"))
        for key, button in self.examples.items():
            button.setText(tr(key))
        self.recent_title.setText(
            tr("welcome.recent") if self._recent else tr("welcome.recent.none")
        )
        self.recent.setVisible(bool(self._recent))
        self.spacer.setVisible(not self._recent)
        self.current.setText(
            tr("welcome.current", name=self._current_name) if self._current_name else ""
        )
        self.clients_button.setText(tr("welcome.clients"))
        shown = self._clients_shown
        from ui import strings

        if shown and self._clients_language is not strings.language():
            self.show_clients(shown)  # the table in the new language; calls this again
            return
        count = getattr(self, "_client_count", 0)
        self.clients_folder.setText(
            tr("welcome.clients.shown", folder=shown, count=count) if shown else ""
        )
        self.current.setVisible(bool(self._current_name))

"""The first page and the page numbering: all the window needs before its first paint.

Kept free of the answer model and the question pages, which are built right after
the window is first shown (see ``MainWindow``).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.steps import StepPage
from ui.strings import tr
from wizard.paths import EXAMPLES

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
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(""))
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(item.text()))
        self._recent: list[str] = []
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

    def set_recent(self, paths: list[str]) -> None:
        self._recent = paths
        self.recent.clear()
        for path in paths:
            self.recent.addItem(QListWidgetItem(path))  # the shown text is the path
        self.retranslate()

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
        self.current.setVisible(bool(self._current_name))

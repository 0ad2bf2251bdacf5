"""The step-by-step frame around the pages: header, step list, page stack, buttons.

A ``QWizard`` embedded in the window hid and showed its inner panel whenever a page
said its completeness might have changed, which it does after every key; Qt then gave
the keyboard focus to the next visible widget (the preview's document selector), so a
person could type one character at a time. This frame only swaps pages in a
``QStackedWidget`` and enables the buttons: nothing ever moves the focus but a page
change, and then it goes to the page's first question.

Kept light: the welcome page is built on it before the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing

# Qt's namespace as QtCore.Qt, reached when used: importing ``Qt`` would build all
# its enums (some 25 ms), which the first paint does without (a test checks).
from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.strings import tr


def answer_widgets() -> tuple[type[QWidget], ...]:
    """What a question is answered with; push buttons (Browse…) are not where a page starts.

    Imported when first asked: PySide builds a class's enums on import, and the welcome
    page, painted first, needs none of these.
    """
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QRadioButton,
    )

    return (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)


class StepPage(QWidget):
    """One page of the wizard: a title, a subtitle, and whether it is complete."""

    completeChanged = Signal()
    # A page that scrolls its own content; others get a scroll area from the frame.
    scrolls_itself = False
    # Enter in a single-line answer: the frame moves on when the page is complete.
    submitted = Signal()
    page_key = ""

    def __init__(self) -> None:
        super().__init__()
        self._title = ""
        self._subtitle = ""

    def setTitle(self, title: str) -> None:
        self._title = title
        self.completeChanged.emit()  # the frame re-reads title and state

    def title(self) -> str:
        return self._title

    def setSubTitle(self, subtitle: str) -> None:
        self._subtitle = subtitle

    def subTitle(self) -> str:
        return self._subtitle

    def isComplete(self) -> bool:
        return True

    def initializePage(self) -> None:
        """Called each time the page is shown."""

    def first_question(self) -> QWidget | None:
        """The widget a person starts at: the first answer that takes the focus by Tab."""
        from ui.focus_chain import focus_chain

        with closing(focus_chain(self)) as chain:  # closed: the walk's wrappers rehung
            for widget in chain:
                if self.isAncestorOf(widget) and takes_answer_focus(widget, self):
                    return checked_sibling(widget)
        return None


def takes_answer_focus(widget: QWidget, page: QWidget) -> bool:
    """An answer a person can Tab to on ``page`` now: shown, enabled, taking Tab focus."""
    return bool(
        isinstance(widget, answer_widgets())
        and widget.isEnabled()
        and widget.isVisibleTo(page)
        and widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
    )


def enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area that holds ``widget``, if any."""
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    return holder


def checked_sibling(widget: QWidget) -> QWidget:
    """For a radio button, the chosen one of its group: Tab lands there too."""
    from PySide6.QtWidgets import QRadioButton

    if isinstance(widget, QRadioButton) and widget.group() is not None:
        checked = widget.group().checkedButton()
        if checked is not None:
            return checked
    return widget


class StepFrame(QWidget):
    """Header with the step list, the pages, and Help / Back / Next."""

    currentIdChanged = Signal(int)
    helpRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard")
        self._pages: dict[int, StepPage] = {}
        self._holders: dict[int, QWidget] = {}
        self._order: list[int] = []
        self._current = -1
        self._before_next: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.steps_row = QHBoxLayout()
        self.steps_row.setSpacing(2)
        self.step_label = QLabel()
        self.step_label.setObjectName("wizard.step")
        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(True)
        self.step_buttons: dict[int, QToolButton] = {}
        self.steps_row.addStretch(1)
        layout.addLayout(self.steps_row)
        self.title = QLabel()
        self.title.setObjectName("wizard.title")
        self.title.setProperty("role", "pagetitle")
        self.title.setWordWrap(True)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.step_label)  # the title takes the rest of the row
        layout.addLayout(title_row)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("wizard.subtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        self.help_button = QPushButton()
        self.help_button.setObjectName("wizard.help")
        self.back_button = QPushButton()
        self.back_button.setObjectName("wizard.back")
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizard.next")
        self.next_button.setDefault(False)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.help_button.clicked.connect(self.helpRequested.emit)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        # Like a browser: Alt+Left and Alt+Right work from any field.
        for keys, slot in (("Alt+Right", self.next), ("Alt+Left", self.back)):
            shortcut = QShortcut(QKeySequence(keys), self)  # for the whole window
            shortcut.activated.connect(slot)

    # --- pages -----------------------------------------------------------------------------

    def setPage(self, page_id: int, page: StepPage) -> None:
        self._pages[page_id] = page
        self._order = sorted(self._pages)
        # Each page scrolls: whatever a page needs at a large text size, the window never
        # has to grow past the screen to show it.
        holder: QWidget = page
        if not page.scrolls_itself:
            from PySide6.QtWidgets import QFrame, QScrollArea

            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            area.setWidget(page)
            holder = area
        self._holders[page_id] = holder
        self.stack.addWidget(holder)
        page.completeChanged.connect(lambda p=page: self._page_state_changed(p))
        page.submitted.connect(lambda p=page: self._submitted(p))
        button = QToolButton()
        button.setObjectName(f"wizard.step.{page_id}")
        button.setCheckable(True)
        button.setAutoRaise(True)
        self.step_group.addButton(button, page_id)
        button.clicked.connect(lambda _c=False, pid=page_id: self.go_to(pid))
        self.steps_row.insertWidget(self.steps_row.count() - 1, button)
        self.step_buttons[page_id] = button
        if len(self.step_buttons) > 1:
            # Steps take no keyboard focus: the keyboard has Alt+arrows. Set from the
            # second page on: the focus policies live in Qt's namespace, which takes
            # PySide some 25 ms to build, and the first paint (the welcome page alone,
            # before anyone can press Tab) needs nothing else from it.
            for step in self.step_buttons.values():
                step.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self._relabel_steps()

    def page(self, page_id: int) -> StepPage:
        return self._pages[page_id]

    def pageIds(self) -> list[int]:
        return list(self._order)

    def currentId(self) -> int:
        return self._current

    def currentPage(self) -> StepPage:
        return self._pages[self._current]

    def set_before_next(self, hook: Callable[[], None]) -> None:
        """Something to do before leaving the first page (build the question pages)."""
        self._before_next = hook

    # --- moving ------------------------------------------------------------------------------

    def restart(self) -> None:
        self.go_to(self._order[0])

    def next(self) -> None:
        if self._current == self._order[0] and self._before_next is not None:
            self._before_next()
        if not self.next_button.isEnabled():
            return
        position = self._order.index(self._current)
        if position + 1 < len(self._order):
            self.go_to(self._order[position + 1])

    def back(self) -> None:
        position = self._order.index(self._current)
        if position > 0:
            self.go_to(self._order[position - 1])

    def go_to(self, page_id: int) -> None:
        if page_id not in self._pages:
            if self._before_next is not None:
                self._before_next()
            if page_id not in self._pages:
                return
        changed = page_id != self._current
        self._current = page_id
        page = self._pages[page_id]
        page.initializePage()
        self.stack.setCurrentWidget(self._holders[page_id])
        self._page_state_changed(page)
        if changed:
            self.currentIdChanged.emit(page_id)
        self.focus_first_question()

    def focus_first_question(self) -> None:
        target = self.currentPage().first_question()
        if target is None:
            return
        if not self.isVisible():
            # Before the window is shown this only chooses the widget that gets the focus
            # when it is (the reason counts then, not now); it also keeps Qt's namespace,
            # some 25 ms of PySide's time, out of the first paint.
            target.setFocus()
            return
        target.setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def _submitted(self, page: StepPage) -> None:
        if page is self.currentPage() and page.isComplete():
            self.next()

    # --- state ---------------------------------------------------------------------------

    def _page_state_changed(self, page: StepPage) -> None:
        if self._current not in self._pages or page is not self._pages[self._current]:
            return
        position = self._order.index(self._current)
        last = position == len(self._order) - 1
        self.back_button.setEnabled(position > 0)
        self.back_button.setVisible(position > 0)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(page.isComplete() and not last)
        self.title.setText(page.title())
        self.subtitle.setText(page.subTitle())
        self.subtitle.setVisible(bool(page.subTitle()))
        button = self.step_buttons.get(self._current)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self.step_label.setText(self._step_text(position))

    def _step_text(self, position: int) -> str:
        questions = len(self._order) - 2
        if position == 0:
            return tr("wizard.step.start")
        if position > questions:
            return tr("wizard.step.last")
        return tr("wizard.step.of", number=position, total=questions)

    def _relabel_steps(self) -> None:
        questions = len(self._order) - 2
        for position, page_id in enumerate(self._order):
            button = self.step_buttons[page_id]
            page = self._pages[page_id]
            if position == 0:
                button.setText(tr("wizard.step.home"))
            elif position > questions:
                button.setText(tr("wizard.step.review"))
            else:
                button.setText(str(position))
            button.setToolTip(page.title())
            button.setAccessibleName(page.title())

    def retranslate(self) -> None:
        self.back_button.setText(tr("button.back"))
        self.next_button.setText(tr("button.next"))
        self.help_button.setText(tr("button.help"))
        self.next_button.setToolTip(tr("wizard.next.tip"))
        self.back_button.setToolTip(tr("wizard.back.tip"))
        self._relabel_steps()
        if self._current in self._pages:
            self._page_state_changed(self._pages[self._current])

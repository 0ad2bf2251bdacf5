"""Question widgets bound to the answers, and the page that lays them out.

Every answer widget carries its dotted key from the project file (docs/project-file.md)
as ``objectName`` (radio buttons and set members ``key.value``), which tests and external
checks rely on. A binding reads and writes one key; the page shows the field's label, help text
and, beside it, what is wrong with the answer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import mnemonics, strings
from ui.answers import AnswerStore
from ui.buttons import CheckBox, RadioButton
from ui.dates import DateField
from ui.steps import StepPage
from ui.strings import tr
from wizard.answers.labels import field_label, value_label, value_labels
from wizard.answers.messages import Problem
from wizard.answers.model import ChannelId, Language, PlanStepId
from wizard.content.consistency import WARNED_QUESTIONS


@dataclass
class Binding:
    key: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    label: QLabel | None = None
    help: QLabel | None = None
    error: QLabel | None = None
    required: bool = False
    # Texts that follow the interface language: each call sets one in the current language.
    texts: list[Callable[[], None]] = field(default_factory=list)
    block: QWidget | None = None  # the whole field, hidden when it does not apply
    warning: QLabel | None = None  # a contradiction with another answer


class RadioTabbing(QObject):
    """Tab enters a group of radio buttons at the chosen one and leaves it in one step.

    The arrow keys move between the options, as everywhere on the desktop; without this
    Tab visits every option of every question and starts at the first, not the chosen.
    """

    def __init__(self, buttons: list[QRadioButton], parent: QObject) -> None:
        super().__init__(parent)
        self.buttons = buttons
        for button in buttons:
            button.installEventFilter(self)

    def _chosen(self) -> QRadioButton | None:
        return next((button for button in self.buttons if button.isChecked()), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            chosen = self._chosen()
            by_tab = event.reason() in (
                Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason,
            )
            if by_tab and chosen is not None and chosen is not watched:
                chosen.setFocus(event.reason())
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if modifiers != Qt.KeyboardModifier.NoModifier:
                return False
            if event.key() == Qt.Key.Key_Tab:
                return self._leave(self.buttons[-1], forward=True)
            if event.key() == Qt.Key.Key_Backtab:
                return self._leave(self.buttons[0], forward=False)
        return False

    def _leave(self, edge: QWidget, *, forward: bool) -> bool:
        from ui.focus_chain import focus_chain

        with closing(focus_chain(edge, forward=forward)) as chain:  # wrappers rehung
            for widget in chain:
                if widget in self.buttons:
                    continue
                takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
                if takes_tab and widget.isVisible() and widget.isEnabled():
                    reason = (
                        Qt.FocusReason.TabFocusReason
                        if forward
                        else Qt.FocusReason.BacktabFocusReason
                    )
                    widget.setFocus(reason)
                    return True
        return False


class OptionsBuddy(QObject):
    """The question's Alt+letter goes to its options without choosing one.

    A label whose buddy is a button clicks it on its Alt+letter (QLabel does so), which
    silently changed the answer to the first option. So the buddy is the options'
    container: it takes the focus only by click or shortcut (Tab passes it by), and
    hands it on at once to the chosen radio button, or to the first option. The choice
    is looked up when the focus arrives, so answers loaded with signals blocked count.
    """

    def __init__(self, label: QLabel, container: QWidget, options: list[QAbstractButton]):
        super().__init__(container)
        self.options = options
        container.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        container.installEventFilter(self)
        label.setBuddy(container)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            chosen = next(
                (b for b in self.options if b.isChecked() and b.autoExclusive()), self.options[0]
            )
            chosen.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return False


class FormPage(StepPage):
    """A wizard page of questions; subclasses call the ``add_*`` builders."""

    page_key = ""
    prefixes: tuple[str, ...] = ()
    scrolls_itself = True
    note_requested = Signal(str)  # a question's key: open its note

    def __init__(self, store: AnswerStore) -> None:
        super().__init__()
        self.store = store
        self.bindings: dict[str, Binding] = {}
        self.touched: set[str] = set()
        self._conditions: list[tuple[QWidget, Callable[[], bool], bool]] = []
        self._loading = False
        self._complete: bool | None = None
        self._more: QPushButton | None = None
        # Widgets of a question that is no simple binding (the plan's table), by its key,
        # folded with it under "More choices".
        self.fold_widgets: dict[str, list[QWidget]] = {}
        # Grids of options and the most columns each may use; see reflow().
        self._option_grids: list[tuple[QGridLayout, list[QWidget], int]] = []
        self._columns: dict[int, int] = {}  # columns in use, by id of the grid
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from question to question; the area scrolls to the focused one itself.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.form = QVBoxLayout(self.body)
        self.form.setSpacing(4)
        scroll.setWidget(self.body)
        outer.addWidget(scroll)
        # Warnings about rows of a table (or anything without a question of its own);
        # pages with a table move this label under it.
        self.extra_warning = warning_label(f"{self.page_key}.warning")
        outer.addWidget(self.extra_warning)
        # "Still open: …" on one line that is always there: a longer message is cut short
        # (whole in its tooltip), so that the page never jumps as the message changes.
        self.status = QLabel("\u00a0")
        self.status.setObjectName("page.status")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._status_text = ""
        outer.addWidget(self.status)
        self.scroll_area = scroll
        store.changed.connect(self._on_store_changed)
        store.replaced.connect(self.load)

    # --- building ----------------------------------------------------------------------

    def _field_block(
        self,
        key: str,
        widget: QWidget,
        *,
        required: bool,
        label: bool = True,
        shown: QWidget | None = None,
    ) -> Binding:
        """Label, the widget (or ``shown``, a row that holds it), help text and error line."""
        block = QWidget()
        block.setObjectName(f"{key}.block")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 6, 0, 2)
        layout.setSpacing(2)
        title = QLabel() if label else None
        # The question's note button sits beside its title (or beside a check box).
        note = self.note_button(key)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        if title is not None:
            title.setObjectName(f"{key}.label")
            title.setBuddy(widget)
            title.setProperty("role", "title")
            heading.addWidget(title)
            heading.addWidget(note)
            heading.addStretch(1)
            layout.addLayout(heading)
            layout.addWidget(shown or widget)
        else:
            heading.addWidget(shown or widget)
            heading.addWidget(note)
            heading.addStretch(1)
            layout.addLayout(heading)
        help_label = QLabel()
        help_label.setObjectName(f"{key}.help")
        help_label.setWordWrap(True)
        help_label.setProperty("role", "help")
        layout.addWidget(help_label)
        error = QLabel()
        error.setObjectName(f"{key}.error")
        error.setWordWrap(True)
        error.setProperty("role", "error")
        error.hide()
        layout.addWidget(error)
        if key in WARNED_QUESTIONS:
            # A line kept free, and never more than that line: a warning that appears, or
            # grows longer than the page is wide, moves nothing below it.
            warning: QLabel = OneLineWarning(f"{key}.warning")
            warning.setProperty("reserved", True)
            set_warnings(warning, [])
        else:
            warning = warning_label(f"{key}.warning")
        layout.addWidget(warning)
        self.form.addWidget(block)
        binding = Binding(
            key,
            widget,
            lambda: None,
            lambda _v: None,
            title,
            help_label,
            error,
            required,
            block=block,
            warning=warning,
        )
        self.bindings[key] = binding
        return binding

    def note_button(self, key: str) -> QWidget:
        from ui.workshop import NoteButton

        button = NoteButton(key, self.store)
        button.requested.connect(self.note_requested.emit)
        return button

    def add_page_note(self) -> None:
        """The page's own note, under its questions: last in the page's Tab order."""
        from ui.workshop import PageNote

        self.page_note = PageNote(self.page_key, self.store)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.status), self.page_note)
        # Open, the note takes its few lines from the questions' scroll area, no more.
        layout.setStretchFactor(self.scroll_area, 1)

    def question_with_focus(self) -> str | None:
        """The key of the question whose answer has the focus, for the note's shortcut."""
        from PySide6.QtWidgets import QApplication

        from wizard.answers.pages import question_of

        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            found = question_of(widget.objectName()) if widget.objectName() else None
            if found is not None and found.startswith(f"{self.page_key}."):
                return found
            widget = widget.parentWidget()
        return None

    def _changed(self, key: str) -> None:
        if self._loading:
            return
        self.touched.add(key)
        self.store.answer(key, self.bindings[key].read())

    @staticmethod
    def _button_text(button: QAbstractButton, kind: str, value: str) -> Callable[[], None]:
        return lambda: button.setText(value_label(kind, value, strings.language()))

    @staticmethod
    def _item_text(box: QComboBox, index: int, kind: str, value: str) -> Callable[[], None]:
        return lambda: box.setItemText(index, value_label(kind, value, strings.language()))

    def _on_radio(self, key: str) -> Callable[[bool], None]:
        def toggled(checked: bool) -> None:
            if checked:  # the button switched off by the same click says nothing
                self._changed(key)

        return toggled

    def add_text(
        self,
        key: str,
        *,
        required: bool = False,
        optional_null: bool = False,
        beside: list[QWidget] | None = None,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        shown = None
        if beside:
            shown = QWidget()
            line = QHBoxLayout(shown)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(edit, 1)
            for widget in beside:
                line.addWidget(widget)
        binding = self._field_block(key, edit, required=required, shown=shown)

        def read() -> Any:
            text = edit.text()
            return (text.strip() or None) if optional_null else text

        binding.read = read
        binding.write = lambda value: edit.setText("" if value is None else str(value))
        edit.textChanged.connect(lambda _t: self._changed(key))
        edit.returnPressed.connect(self.submitted.emit)
        return edit

    def add_lines(self, key: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(key)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        binding = self._field_block(key, edit, required=False)
        binding.read = lambda: [
            line.strip() for line in edit.toPlainText().splitlines() if line.strip()
        ]
        binding.write = lambda value: edit.setPlainText("\n".join(value or []))
        edit.textChanged.connect(lambda: self._changed(key))
        return edit

    def add_choice(
        self, key: str, kind: str, *, combo: bool = False, values: Iterable[str] | None = None
    ) -> QWidget:
        options = list(values or value_labels(kind, strings.language()))
        if combo:
            box = QComboBox()
            box.setObjectName(key)
            for value in options:
                box.addItem(value, value)
            binding = self._field_block(key, box, required=False)
            binding.read = lambda: box.currentData()
            binding.write = lambda value: box.setCurrentIndex(max(0, box.findData(value)))
            for index, value in enumerate(options):
                binding.texts.append(self._item_text(box, index, kind, value))
            box.currentIndexChanged.connect(lambda _i: self._changed(key))
            return box
        container = QWidget()
        container.setObjectName(key)
        layout = QGridLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(container)
        columns = 1 if len(options) > 3 else len(options)
        buttons: dict[str, QRadioButton] = {}
        binding = self._field_block(key, container, required=False)
        for value in options:
            button = RadioButton()
            button.setObjectName(f"{key}.{value}")
            group.addButton(button)
            buttons[value] = button
            binding.texts.append(self._button_text(button, kind, value))
            button.toggled.connect(self._on_radio(key))
        self._add_option_grid(layout, list(buttons.values()), columns, stretch_after=True)
        RadioTabbing(list(buttons.values()), container)
        if binding.label is not None:
            OptionsBuddy(binding.label, container, list(buttons.values()))

        def read() -> Any:
            return next((value for value, button in buttons.items() if button.isChecked()), None)

        def write(value: Any) -> None:
            if value in buttons:
                buttons[value].setChecked(True)

        binding.read, binding.write = read, write
        return container

    def add_set(
        self, key: str, kind: str, *, columns: int = 2, values: Iterable[str] | None = None
    ) -> QWidget:
        options = list(values or value_labels(kind, strings.language()))
        container = QWidget()
        container.setObjectName(key)
        layout = QGridLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        binding = self._field_block(key, container, required=False)
        for value in options:
            box = CheckBox()
            box.setObjectName(f"{key}.{value}")
            boxes[value] = box
            binding.texts.append(self._button_text(box, kind, value))
            box.toggled.connect(lambda _c: self._changed(key))
        self._add_option_grid(layout, list(boxes.values()), columns)
        if binding.label is not None:
            OptionsBuddy(binding.label, container, list(boxes.values()))
        binding.read = lambda: [value for value, box in boxes.items() if box.isChecked()]

        def write(value: Any) -> None:
            chosen = set(value or [])
            for name, box in boxes.items():
                box.setChecked(name in chosen)

        binding.write = write
        return container

    def add_bool(self, key: str) -> QCheckBox:
        box = CheckBox()
        box.setObjectName(key)
        binding = self._field_block(key, box, required=False, label=False)
        binding.read = box.isChecked
        binding.write = lambda value: box.setChecked(bool(value))
        binding.texts.append(lambda: box.setText(field_label(key, strings.language())))
        box.toggled.connect(lambda _c: self._changed(key))
        return box

    def add_int(self, key: str, minimum: int, maximum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(key)
        spin.setRange(minimum, maximum)
        spin.setMaximumWidth(120)
        binding = self._field_block(key, spin, required=False)
        binding.read = spin.value
        binding.write = lambda value: spin.setValue(
            int(value) if isinstance(value, int) else minimum
        )
        spin.valueChanged.connect(lambda _v: self._changed(key))
        return spin

    def add_date(self, key: str) -> DateField:
        edit = DateField(key)
        binding = self._field_block(key, edit, required=True)
        binding.read = edit.value
        binding.write = edit.set_value
        edit.changed.connect(lambda: self._changed(key))
        # Text that is not (yet) a date changes no answer, but the page says so.
        edit.changed.connect(self.refresh)
        return edit

    def _add_option_grid(
        self,
        layout: QGridLayout,
        widgets: list[QWidget],
        columns: int,
        *,
        stretch_after: bool = False,
    ) -> None:
        self._option_grids.append((layout, widgets, columns))
        self._place(layout, widgets, columns)
        if stretch_after:
            layout.setColumnStretch(len(widgets), 1)  # options sit together on the left

    def _place(self, layout: QGridLayout, widgets: list[QWidget], columns: int) -> None:
        self._columns[id(layout)] = columns
        for index, widget in enumerate(widgets):
            layout.addWidget(widget, index // columns, index % columns)

    def reflow(self) -> None:
        """Options side by side where they fit, one under the other where they do not.

        With large text (a projector) side-by-side options would make the page wider
        than its column, and every help text would run off to the right.
        """
        available = self.scroll_area.viewport().width() - 24
        if available <= 0:
            return
        for layout, widgets, most in self._option_grids:
            widest = max(widget.sizeHint().width() for widget in widgets)
            spacing = max(layout.horizontalSpacing(), 6)
            fits = max(1, min(most, (available + spacing) // (widest + spacing)))
            if self._columns.get(id(layout)) != fits:
                for widget in widgets:
                    layout.removeWidget(widget)
                self._place(layout, widgets, fits)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow()
        QTimer.singleShot(0, self, self._elide_status)  # once the label has its new width

    def add_widget(self, widget: QWidget) -> None:
        self.form.addWidget(widget)

    def show_when(self, key: str, condition: Callable[[], bool], *, hide: bool = False) -> None:
        """Enable (or, with ``hide``, show) a question only when it applies."""
        block = self.bindings[key].block
        assert block is not None
        self._conditions.append((block, condition, hide))

    # --- state -----------------------------------------------------------------------

    def load(self) -> None:
        """Show the store's answers; the store is the truth, the widgets follow it."""
        self._loading = True
        try:
            for binding in self.bindings.values():
                blockers = [QSignalBlocker(binding.widget)]
                blockers += [
                    QSignalBlocker(child) for child in binding.widget.findChildren(QAbstractButton)
                ]
                # A key the draft lacks keeps the widget's default.
                with contextlib.suppress(KeyError, TypeError):
                    binding.write(self.store.get(binding.key))
            self.load_extra()
        finally:
            self._loading = False
        self.touched = set(self.bindings) if self.store.path else set()
        self.refresh()

    def load_extra(self) -> None:
        """Widgets that are not simple bindings (tables) load here."""

    def _on_store_changed(self, key: str) -> None:
        binding = self.bindings.get(key)
        if binding is not None and not self._loading:
            # Set elsewhere (fitted to a new size, filled from the owner on another page):
            # the widget follows the store, quietly, so that it is not heard as an answer.
            with contextlib.suppress(KeyError, TypeError):
                value = self.store.get(key)
                if binding.read() != value:
                    self._loading = True
                    try:
                        blockers = [QSignalBlocker(binding.widget)]
                        blockers += [
                            QSignalBlocker(child)
                            for child in binding.widget.findChildren(QAbstractButton)
                        ]
                        binding.write(value)
                        del blockers
                    finally:
                        self._loading = False
        self.refresh()

    def own_problems(self) -> list[Problem]:
        return [p for p in self.store.problems() if p.field.startswith(self.prefixes)]

    def unreadable_dates(self) -> list[DateField]:
        return [field for field in self.findChildren(DateField) if field.unreadable]

    def isComplete(self) -> bool:
        return not self.own_problems() and not self.unreadable_dates()

    def _fold_button(self) -> QPushButton:
        """ "More choices": built on first use, under the page's questions."""
        if self._more is None:
            self._more = QPushButton()
            self._more.setObjectName(f"{self.page_key}.more")
            self._more.setCheckable(True)
            self._more.toggled.connect(self._more_toggled)
            index = self.form.count()
            for at in range(self.form.count() - 1, -1, -1):
                item = self.form.itemAt(at)
                if item is not None and item.spacerItem() is not None:
                    index = at  # above the page's closing stretch
                    break
            self.form.insertWidget(index, self._more, 0, Qt.AlignmentFlag.AlignLeft)
            # Made after every page exists, it would come last in the window's Tab chain:
            # put it right after the page's last question instead.
            takers = [
                w
                for w in self.body.findChildren(QWidget)
                if w is not self._more and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ]
            if takers:
                QWidget.setTabOrder(takers[-1], self._more)
        return self._more

    def _more_toggled(self, unfolded: bool) -> None:
        """Opened: the first question that came into view takes the focus, title and all.

        The button stays under the page's last question, so after Space on it the
        focus was below every question just shown, out of view, and the next Tab left
        the page: a keyboard user never met them. Closed: the focus stays on the
        button, which moves up, and the page scrolls to it.
        """
        before = self._shown_widgets()
        self.refresh()
        self.form.activate()  # the blocks just shown get their places now, not later
        shown = self._shown_widgets() - before
        first = self._first_answer_among(shown) if unfolded else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        more = self._more
        if more is not None and more.isVisible():
            # The button moved up by the height of what was folded: after the relayout.
            QTimer.singleShot(0, more, lambda: self.scroll_area.ensureWidgetVisible(more, 20, 20))

    def _shown_widgets(self) -> set[QWidget]:
        """The question blocks (and a folding question's widgets) shown to a person now."""
        widgets: list[QWidget] = [b.block for b in self.bindings.values() if b.block is not None]
        widgets += [w for ws in self.fold_widgets.values() for w in ws]
        return {w for w in widgets if w.isVisibleTo(self.body)}

    def _first_answer_among(self, holders: set[QWidget]) -> QWidget | None:
        """The first answer by Tab (which is reading order) inside ``holders``."""
        from ui.focus_chain import focus_chain
        from ui.steps import checked_sibling, takes_answer_focus

        if not holders:
            return None
        with closing(focus_chain(self)) as chain:  # closed: the walk's wrappers rehung
            for widget in chain:
                if not self.isAncestorOf(widget) or not takes_answer_focus(widget, self):
                    continue
                if any(holder is widget or holder.isAncestorOf(widget) for holder in holders):
                    return checked_sibling(widget)
        return None

    def folded(self) -> frozenset[str]:
        """This page's questions folded under "More choices" (a micro business's)."""
        from wizard.answers.advice import MYSELF_KEYS
        from wizard.answers.defaults import folded_questions

        language = strings.language()
        open_fields = [p.field for p in self.store.problems()]
        open_fields += [w.field for w in self.store.warnings(language)]
        keys = folded_questions(self.store.draft, open_fields)
        if self.store.myself and keys:
            keys |= {k for k in MYSELF_KEYS if not any(f.startswith(k) for f in open_fields)}
        return frozenset(key for key in keys if key in self.bindings or key in self.fold_widgets)

    def refresh(self) -> None:
        hidden: set[QWidget] = set()
        for target, condition, hide in self._conditions:
            applies = condition()
            if hide:
                target.setVisible(applies)
                if not applies:
                    hidden.add(target)
            else:
                target.setEnabled(applies)
        folded = self.folded()
        if folded or self._more is not None:
            more = self._fold_button()
            unfolded = more.isChecked()
            for key, binding in self.bindings.items():
                block = binding.block
                if block is None or block in hidden:
                    continue
                block.setVisible(unfolded or key not in folded)
            for key, widgets in self.fold_widgets.items():
                for widget in widgets:
                    widget.setVisible(unfolded or key not in folded)
            more.setVisible(bool(folded))
            more.setText(tr("page.fewer") if unfolded else tr("page.more", count=len(folded)))
            more.setToolTip(tr("page.more.tip"))
            more.setAccessibleDescription(tr("page.more.tip"))
        problems = self.own_problems()
        language = strings.language()
        for key, binding in self.bindings.items():
            if binding.error is None:
                continue
            mine = [p for p in problems if p.field == key or p.field.startswith(f"{key}.")]
            shown = [p for p in mine if key in self.touched or p.code not in ("blank", "missing")]
            lines = [p.message(language) for p in shown]
            if isinstance(binding.widget, DateField) and binding.widget.unreadable:
                lines.insert(0, tr("date.unreadable"))
            binding.error.setText("\n".join(lines))
            binding.error.setVisible(bool(lines))
            if bool(binding.widget.property("invalid")) != bool(lines):
                # Re-polishing against the style sheet is costly: only when the state flips.
                binding.widget.setProperty("invalid", bool(lines))
                binding.widget.style().unpolish(binding.widget)
                binding.widget.style().polish(binding.widget)
        self._show_warnings(language)
        self.refresh_extra(problems)
        # Say what is still open, not only that something is: the field may be out of view.
        if problems:
            self._set_status(tr("page.open", what=problems[0].message(language)))
        elif self.unreadable_dates():
            self._set_status(tr("page.open", what=tr("date.unreadable")))
        else:
            self._set_status("")
        # Only a flip is news: the frame re-reads the page's state on each signal.
        complete = self.isComplete()
        if self._complete is not complete:
            self._complete = complete
            self.completeChanged.emit()

    def _set_status(self, text: str) -> None:
        self._status_text = text
        self._elide_status()

    def _elide_status(self) -> None:
        text = self._status_text
        width = self.status.width()
        metrics = self.status.fontMetrics()
        if text and width > 20 and metrics.horizontalAdvance(text) > width:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        else:
            shown = text
        self.status.setText(shown or "\u00a0")
        self.status.setToolTip(text if shown != text else "")
        self.status.setAccessibleName(text)

    def refresh_extra(self, problems: list[Problem]) -> None:
        """Pages with extra widgets show their problems here."""

    def binding_for(self, key: str) -> str | None:
        """The question a key is about: itself, the question holding it, or its first part."""
        if key in self.bindings:
            return key
        holders = [k for k in self.bindings if key.startswith(f"{k}.")]
        if holders:
            return max(holders, key=len)
        return next((k for k in self.bindings if k.startswith(f"{key}.")), None)

    def _show_warnings(self, language: Language) -> None:
        """Each warning beside its answer; warnings about table rows under the table."""
        placed: dict[str, list[str]] = {key: [] for key in self.bindings}
        elsewhere: list[str] = []
        for warning in self.store.warnings(language):
            if not warning.field.startswith(self.prefixes):
                continue
            key = self.binding_for(warning.field)
            if key is not None:
                placed[key].append(warning.message(language))
            else:
                elsewhere.append(issue_text(warning.field, warning.message(language), language))
        for key, binding in self.bindings.items():
            if binding.warning is not None:
                set_warnings(binding.warning, placed[key])
        set_warnings(self.extra_warning, elsewhere)

    def retranslate(self) -> None:
        language = strings.language()
        self.setTitle(tr(f"page.{self.page_key}.title"))
        self.setSubTitle(tr(f"page.{self.page_key}.subtitle"))
        for key, binding in self.bindings.items():
            name = field_label(key, language)
            if binding.label is not None:
                binding.label.setText(f"{name} *" if binding.required else name)
            if binding.help is not None:
                binding.help.setText(strings.help_text(key))
            binding.widget.setAccessibleName(name)
            binding.widget.setAccessibleDescription(strings.help_text(key))
            for set_text in binding.texts:
                set_text()
        for date_field in self.findChildren(DateField):
            date_field.retranslate()
        from ui.workshop import NoteButton, PageNote

        for button in self.findChildren(NoteButton):
            button.retranslate()
        for page_note in self.findChildren(PageNote):
            page_note.retranslate()
        self.retranslate_extra()
        self.assign_mnemonics()
        self.refresh()

    def mnemonic_targets(self) -> list[QLabel | QAbstractButton]:
        """What gets an Alt+letter, in reading order: question titles, check boxes, buttons."""
        targets: list[QLabel | QAbstractButton] = []
        for binding in self.bindings.values():
            if binding.label is not None:
                targets.append(binding.label)
            elif isinstance(binding.widget, QCheckBox):
                targets.append(binding.widget)
        return targets + self.extra_mnemonic_targets()

    def extra_mnemonic_targets(self) -> list[QLabel | QAbstractButton]:
        """Pages with buttons of their own add them here."""
        return []

    def assign_mnemonics(self) -> None:
        targets = self.mnemonic_targets()
        texts = mnemonics.assign([t.text() for t in targets], strings.chrome_mnemonics())
        for target, text in zip(targets, texts, strict=True):
            target.setText(text)

    def retranslate_extra(self) -> None:
        """Pages with extra widgets translate them here."""


def warning_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("role", "warning")
    label.hide()
    return label


class OneLineWarning(QLabel):
    """A warning on one line that is always there. A warning longer than the page is
    wide is cut short with "…" where it is drawn; the whole text stays the label's
    text, its tooltip and what a screen reader reads, and the review page lists it in
    full. Wrapping it instead would push the questions below it down under the pointer.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "warning")
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def shown_text(self) -> str:
        """The text as drawn: on one line, cut short to the label's width."""
        line = "  ".join(part for part in self.text().splitlines() if part.strip())
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, max(width, 0))

    def _line_height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._line_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._line_height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._describe()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._describe()

    def _describe(self) -> None:
        whole = self.text().strip("\u00a0 ")
        cut = bool(whole) and self.shown_text().endswith("…")
        self.setToolTip(whole if cut else "")
        self.setAccessibleName(whole)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            QPalette.ColorRole.WindowText,
        )
        painter.end()


def set_warnings(label: QLabel, messages: list[str]) -> None:
    text = "\n".join(tr("warning.line", message=message) for message in messages)
    reserved = bool(label.property("reserved"))
    if reserved and not text:
        text = "\u00a0"  # keeps its line
    if label.text() != text:
        label.setText(text)
    label.setVisible(reserved or bool(text))


def row_name(key: str, language: Language) -> str:
    """The table row a key is about (a channel or a plan step), or "" for a plain question."""
    parts = key.split(".")
    if parts[0] == "channels" and len(parts) > 1 and parts[1] in set(ChannelId):
        return value_label("channel", parts[1], language)
    if parts[:2] == ["governance", "plan"] and len(parts) > 2 and parts[2] in set(PlanStepId):
        return value_label("plan_step", parts[2], language)
    return ""


def question_label(key: str, language: Language) -> str:
    """The question's label from labels.toml; "" where there is none (never the key)."""
    label = field_label(key, language)
    return "" if label == key and "." in key else label


def question_name(key: str, language: Language) -> str:
    """A key's question as a person reads it: the row (if any), then the label."""
    parts = (row_name(key, language), question_label(key, language))
    return ", ".join(part for part in parts if part)


def issue_text(key: str, message: str, language: Language) -> str:
    """A message about one answer, led by the names of its row and question unless it says them."""
    names = [
        part
        for part in (row_name(key, language), question_label(key, language))
        if part and part.lower() not in message.lower()
    ]
    if not names:
        return message[:1].upper() + message[1:]
    return f"{', '.join(names)}: {message}"


def natural_join(items: list[str]) -> str:
    """ "a, b en c" in Dutch, "a, b and c" in English."""
    if len(items) < 2:
        return "".join(items)
    return tr("list.and", items=", ".join(items[:-1]), last=items[-1])

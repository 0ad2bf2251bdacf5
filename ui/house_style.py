"""The house style control on the review page: the built-in style or a Word file of one's own.

The choice is stored in the project as ``output.house_style``: relative to the
project's folder when the project is saved where that path can reach the file, else
absolute. The house styles used last are offered again (``Settings.house_styles``).
What the file lacks (a warning) or why it is refused is shown beside the control.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.help import plain_tip
from ui.settings import start_folder
from ui.strings import tr
from wizard.answers.messages import Problem
from wizard.answers.project_file import resolve_logo
from wizard.output.looks import Looks

if TYPE_CHECKING:
    from ui.settings import Settings
    from wizard.output.house_style import HouseStyle

KEY = "output.house_style"


def house_style_file(store: AnswerStore) -> Path | None:
    """The house style's file as the project names it, resolved against its folder."""
    shown = store.get(KEY)
    return resolve_logo(shown, store.logo_base()) if isinstance(shown, str) else None


def load_for(store: AnswerStore) -> tuple[HouseStyle | None, Problem | None]:
    """The project's house style, loaded (cached by the loader); or why it cannot be used.

    ``(None, None)`` is the built-in house style.
    """
    shown = store.get(KEY)
    if not isinstance(shown, str) or not shown:
        return None, None  # the built-in one: the house style's reader is not even loaded
    from wizard.output.house_style import house_style_for

    return house_style_for(shown, store.logo_base())


def looks_for(store: AnswerStore) -> Looks | None:
    """The fonts and colours the preview follows; None for the built-in ones."""
    style, _ = load_for(store)
    return None if style is None else style.looks


def stored_value(path: Path, project_folder: Path | None) -> str:
    """How the project file names a house style: relative to the project when it can be."""
    path = path.resolve()
    if project_folder is None:
        return str(path)
    try:
        relative = os.path.relpath(path, project_folder.resolve())
    except ValueError:  # another drive on Windows: no relative path reaches it
        return str(path)
    return Path(relative).as_posix()


class HouseStyleControl(QWidget):
    """A list (built-in, the styles used last), a button to choose a Word file, a note."""

    def __init__(self, store: AnswerStore, settings: Settings | None) -> None:
        super().__init__()
        self.store, self.settings = store, settings
        self.label = QLabel()
        self.label.setProperty("role", "title")
        self.choice = QComboBox()
        self.choice.setObjectName(KEY)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(18)
        self.label.setBuddy(self.choice)
        self.choose = QPushButton()
        self.choose.setObjectName("review.house_style.choose")
        self.note = QLabel()
        self.note.setObjectName("review.house_style.note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The list and the button side by side, or one under the other when the text is
        # too large for both: the page then never needs to scroll sideways.
        self.row_holder = FoldingRow(self.fit)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.row_holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice, 1)
        row.addWidget(self.choose)
        self.row = row
        self.choice.activated.connect(self._chosen)
        self.choose.clicked.connect(self._browse)
        store.changed.connect(lambda key: self.load() if key in (KEY, "") else None)
        store.replaced.connect(self.load)

    def fit(self, width: int) -> None:
        """Side by side when both fit ``width``, else the button under the list."""
        needed = (
            self.choice.minimumSizeHint().width()
            + self.row.spacing()
            + self.choose.sizeHint().width()
        )
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self.row.direction() != wanted:
            self.row.setDirection(wanted)

    # --- the list ------------------------------------------------------------------------

    def load(self) -> None:
        """The list and the note after the project or its house style changed."""
        current = house_style_file(self.store)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(tr("review.house_style.built_in"), "")
        paths = [Path(p) for p in (self.settings.house_styles if self.settings else [])]
        if current is not None and all(_same(current, p) is False for p in paths):
            paths.insert(0, current)
        for path in paths:
            self.choice.addItem(path.name, str(path))
            self.choice.setItemData(self.choice.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)
        index = 0
        if current is not None:
            index = next(
                (
                    i
                    for i in range(1, self.choice.count())
                    if _same(current, Path(self.choice.itemData(i)))
                ),
                0,
            )
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        self._show_note()

    def _chosen(self, index: int) -> None:
        data = self.choice.itemData(index)
        if not data:
            self.store.set(KEY, None)
            return
        self.use(Path(str(data)))

    def _browse(self) -> None:
        start = house_style_file(self.store) or self.store.logo_base() or start_folder()
        name, _ = QFileDialog.getOpenFileName(
            self, tr("dialog.house_style.title"), str(start), tr("dialog.house_style.filter")
        )
        if name:
            self.use(Path(name))

    def use(self, path: Path) -> None:
        """Take a Word file as the house style, unless it is refused (the note says why)."""
        from wizard.output.house_style import house_style_for

        _style, problem = house_style_for(str(path), None)
        if problem is not None:
            self.load()  # the list goes back to what the project has
            self._set_note(problem.line(strings.language()), "error")
            return
        folder = self.store.path.parent if self.store.path is not None else None
        if self.settings is not None:
            self.settings.add_house_style(path)
        self.store.set(KEY, stored_value(path, folder))
        self.load()

    # --- the note ------------------------------------------------------------------------

    def _show_note(self) -> None:
        style, problem = load_for(self.store)
        language = strings.language()
        if problem is not None:
            self._set_note(problem.line(language), "error")
        elif style is not None and style.warnings:
            text = " ".join(w.line(language) for w in style.warnings)
            self._set_note(tr("warning.line", message=text), "warning")
        elif style is not None:
            self._set_note(tr("review.house_style.ok"), "")
        else:
            self._set_note("", "")

    def _set_note(self, text: str, kind: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.note.setProperty("kind", kind)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    def retranslate(self) -> None:
        self.label.setText(tr("review.house_style"))
        self.choose.setText(tr("review.house_style.choose"))
        self.choice.setAccessibleName(tr("review.house_style"))
        # What a house style is, for whoever meets the word for the first time.
        tip = tr("review.house_style.tip")
        for widget in (self.label, self.choice, self.choose):
            widget.setToolTip(plain_tip(tip))
        self.choice.setAccessibleDescription(tip)
        self.load()


class FoldingRow(QWidget):
    """A row that may fold: it asks only for the width of its widest part."""

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().minimumSizeHint()
        widths = [
            item.minimumSize().width()
            for item in (layout.itemAt(i) for i in range(layout.count()))
            if item is not None
        ]
        return QSize(max(widths, default=0), super().minimumSizeHint().height())

    def __init__(self, fit: Callable[[int], None]) -> None:
        super().__init__()
        self.fit = fit

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit(event.size().width())


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b

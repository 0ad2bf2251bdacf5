"""A table's column headings that stay in view while its rows scroll under them.

At twice the text size on a laptop screen the channel table is taller than its page: the
rows scroll, and with them the headings, so that the middle rows showed a check box,
a name and a drop-down without saying what each column asks ("Officieel account"?).
A copy of the heading row then stands at the top of the page's scroll area, over
the rows that pass beneath it, each copy over its own column.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QScrollArea, QWidget

from ui.steps import enclosing_scroll_area

# Room under the copied headings, above the line that closes them off from the rows.
PADDING = 4


class StickyHeadings(QWidget):
    """A copy of ``headings`` (row 0 of ``grid``) at the top of ``area`` while the real
    ones are scrolled out of view and rows of the table are still in it.

    It lives on ``area``'s viewport, above the page, and follows both the page's scroll
    and a table that scrolls sideways inside it. A field that gets the keyboard focus
    under it is scrolled clear of it.
    """

    def __init__(self, area: QScrollArea, grid: QGridLayout, headings: list[QLabel]) -> None:
        super().__init__(area.viewport())
        holder = grid.parentWidget()
        assert holder is not None, "the grid must be set on its widget first"
        self.area = area
        self.grid = grid
        self.holder = holder
        self.headings = headings
        self.copies: list[QLabel] = []
        for heading in headings:
            copy = type(heading)()  # a ColumnHeading wraps as its original does
            copy.setParent(self)
            copy.setObjectName(f"{heading.objectName() or 'heading'}.sticky")
            copy.setProperty("role", heading.property("role"))
            copy.setWordWrap(heading.wordWrap())
            copy.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            self.copies.append(copy)
        self.setAutoFillBackground(True)
        self.hide()
        area.verticalScrollBar().valueChanged.connect(self.place)
        area.horizontalScrollBar().valueChanged.connect(self.place)
        inner = enclosing_scroll_area(holder)
        self.inner = inner if inner is not None and inner is not area else None
        if self.inner is not None:
            self.inner.horizontalScrollBar().valueChanged.connect(self.place)
        area.viewport().installEventFilter(self)
        holder.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            # After the layout has placed the headings at their new size.
            QTimer.singleShot(0, self, self.place)
        return super().eventFilter(watched, event)

    def _heading_rect(self, heading: QLabel) -> QRect:
        viewport = self.area.viewport()
        return QRect(heading.mapTo(viewport, QPoint(0, 0)), heading.size())

    def place(self) -> None:
        """Show the copy where the real headings are out of view above, else hide it."""
        viewport = self.area.viewport()
        if not self.holder.isVisibleTo(viewport) or self.grid.rowCount() < 2:
            self.hide()
            return
        rects = [self._heading_rect(heading) for heading in self.headings]
        top = min(rect.top() for rect in rects)
        height = max(rect.bottom() for rect in rects) - top + 1 + PADDING + 1
        last = self.grid.cellRect(self.grid.rowCount() - 1, 0)
        rows_end = self.holder.mapTo(viewport, QPoint(0, last.bottom())).y()
        if top >= 0 or rows_end <= 0:
            self.hide()
            return
        # Near the table's end the copy moves up with its last row, rather than standing
        # over whatever follows the table.
        y = min(0, rows_end - height)
        if self.inner is not None:
            shown = self.inner.viewport()
            left = shown.mapTo(viewport, QPoint(0, 0)).x()
            width = shown.width()
        else:
            left = self.holder.mapTo(viewport, QPoint(0, 0)).x()
            width = self.holder.width()
        self.setGeometry(left, y, width, height)
        for heading, copy, rect in zip(self.headings, self.copies, rects, strict=True):
            copy.setText(heading.text())
            copy.setGeometry(rect.x() - left, rect.y() - top, rect.width(), rect.height())
        self.show()
        self.raise_()

    def covered(self) -> int:
        """How far down from the top of the scroll area the copy covers the page."""
        return self.geometry().bottom() + 1 if self.isVisible() else 0

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.holder.isAncestorOf(new):
            # After the window has scrolled the field into view (its own deferred scroll).
            QTimer.singleShot(0, self, lambda: self._uncover(new))

    def _uncover(self, widget: QWidget) -> None:
        """A field with the focus under the copy: scroll the page up until it is clear."""
        if not widget.hasFocus():
            return
        self.place()
        covered = self.covered()
        top = widget.mapTo(self.area.viewport(), QPoint(0, 0)).y()
        if top < covered:
            bar = self.area.verticalScrollBar()
            bar.setValue(bar.value() - (covered - top) - PADDING)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # A line under the headings: the rows pass under it rather than into the words.
        painter = QPainter(self)
        painter.setPen(self.palette().mid().color())
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

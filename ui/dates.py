"""A date field that takes a date typed as people write it, with a calendar to pick from.

A ``QDateEdit`` makes a person type into sections: typing ``01-02-2027`` over a
selected date gave 26-02-2026, and an empty optional date (a blank "special value")
swallowed Tab. This field is a line edit: it reads what is typed (31-12-2026,
31/12/2026, 31122026 or 2026-12-31), shows it in the interface's own format once the
field is left, and keeps the last good date in the answers while the text is not a date.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from ui import strings
from ui.strings import tr
from wizard import clock
from wizard.language import Language

_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """A date from what a person typed: day first (Dutch and British habit) or ISO."""
    for pattern, order in ((_ISO, (0, 1, 2)), (_DAY_FIRST, (2, 1, 0)), (_DIGITS, (2, 1, 0))):
        found = pattern.match(text)
        if found:
            parts = [int(part) for part in found.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None


def format_date(value: date, language: Language) -> str:
    # 31-12-2026 in Dutch; ISO in English, which no reader takes for month-first.
    return value.strftime("%d-%m-%Y" if language is Language.NL else "%Y-%m-%d")


def interface_locale() -> QLocale:
    if strings.language() is Language.NL:
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#44505a"))
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(1, 3, 14, 3, QColor("#44505a"))
    for x in (4, 8, 12):
        for y in (8, 11):
            painter.drawPoint(x, y)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """One date, or none when ``optional``; ``changed`` fires when the date changes."""

    changed = Signal()

    def __init__(self, name: str, *, optional: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.optional = optional
        self._value: date | None = None
        self._calendar: QCalendarWidget | None = None
        self.calendar_action = self.addAction(
            _calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 44)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") * 2 + 44)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)
        self.retranslate()

    # --- value -------------------------------------------------------------------------

    def value(self) -> str | None:
        """The last good date (ISO), or None when empty."""
        return self._value.isoformat() if self._value is not None else None

    def set_value(self, value: object) -> None:
        """Show a date from the answers (ISO text or None); says nothing back."""
        try:
            self._value = date.fromisoformat(str(value)) if value else None
        except ValueError:
            self._value = None
        self.setText(format_date(self._value, strings.language()) if self._value else "")
        self._set_invalid(False)

    @property
    def unreadable(self) -> bool:
        """Text that is not a date (the answers keep the last good one)."""
        return bool(self.text().strip()) and parse_date(self.text()) is None

    def _typed(self, text: str) -> None:
        parsed = parse_date(text) if text.strip() else None
        if text.strip() and parsed is None:
            self._set_invalid(True)  # half typed, or not a date: wait for more
            self.changed.emit()  # the page shows what is wrong, the answer stays
            return
        self._set_invalid(False)
        if parsed != self._value:
            self._value = parsed
        self.changed.emit()

    def _tidy(self) -> None:
        if self._value is not None and not self.unreadable:
            self.setText(format_date(self._value, strings.language()))

    def _set_invalid(self, invalid: bool) -> None:
        if bool(self.property("unreadable")) != invalid:
            self.setProperty("unreadable", invalid)
            self.style().unpolish(self)
            self.style().polish(self)

    # --- calendar ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        """A calendar below the field, at the date shown or else at today."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setObjectName(f"{self.objectName()}.calendar")
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        calendar = self._calendar
        calendar.setLocale(interface_locale())
        shown = self._value or clock.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setCurrentPage(shown.year, shown.month)
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return calendar

    def _picked(self, picked: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self._value = date(picked.year(), picked.month(), picked.day())
        self.setText(format_date(self._value, strings.language()))
        self._set_invalid(False)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.changed.emit()

    def retranslate(self) -> None:
        self.setPlaceholderText(tr("date.placeholder"))
        self.calendar_action.setToolTip(tr("date.calendar"))
        self.setLocale(interface_locale())
        if self._value is not None and not self.unreadable:
            self.setText(format_date(self._value, strings.language()))


def find_date_fields(widget: QWidget) -> list[DateField]:
    return widget.findChildren(DateField)

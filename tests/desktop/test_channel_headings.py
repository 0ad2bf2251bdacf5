"""The channel table at twice the text size on a 1366×768 screen, in Dutch: the table is
taller than its page, and every column is named at every scroll position."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.conftest import EXAMPLES
from tests.desktop.conftest import focus, layout_settled, press, wait_until
from ui.main_window import MainWindow
from ui.pages import COLUMNS, ChannelsPage
from ui.welcome import PageId


def channels_at_the_largest_text(window: MainWindow, qtbot: Any) -> ChannelsPage:
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("kapsalon")))
    window.apply_font_size(100)  # as far as Ctrl++ goes: twice the normal size
    window.wizard.go_to(PageId.CHANNELS)
    page = window.findChild(ChannelsPage)
    assert page is not None
    bar = page.scroll_area.verticalScrollBar()
    # The case at hand: the table does not fit, the page scrolls.
    qtbot.waitUntil(lambda: bar.maximum() > 200, timeout=5000)
    layout_settled()
    return page


def in_viewport(page: ChannelsPage, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(page.scroll_area.viewport(), QPoint(0, 0)), widget.size())


def named_column(page: ChannelsPage, column: int) -> QLabel | None:
    """The heading a person sees for a column: wholly in view and on top, or None."""
    viewport = page.scroll_area.viewport()
    text = page.headers[column].text()
    for label in viewport.findChildren(QLabel):
        if label.text() != text or not label.isVisible():
            continue
        rect = in_viewport(page, label)
        if viewport.rect().contains(rect) and viewport.childAt(rect.center()) is label:
            return label
    return None


def rows_in_view(page: ChannelsPage) -> list[str]:
    viewport = page.scroll_area.viewport().rect()
    return [
        channel.value
        for channel, widgets in page.rows.items()
        if viewport.intersects(in_viewport(page, widgets["manager"]))
    ]


def test_every_column_is_named_at_every_scroll_position(window: MainWindow, qtbot: Any) -> None:
    page = channels_at_the_largest_text(window, qtbot)
    assert window.font().pointSizeF() >= 2 * 9
    bar = page.scroll_area.verticalScrollBar()
    step = max(1, bar.maximum() // 12)
    for value in [*range(0, bar.maximum(), step), bar.maximum()]:
        bar.setValue(value)  # the headings follow at once (valueChanged)
        QApplication.processEvents()
        if not rows_in_view(page):
            continue
        for column, key in enumerate(COLUMNS):
            heading = named_column(page, column)
            assert heading is not None, f"at {value} of {bar.maximum()} no heading {key!r}"
            # Over its own column: it starts where the real heading does.
            real = page.headers[column]
            assert heading.mapToGlobal(QPoint(0, 0)).x() == real.mapToGlobal(QPoint(0, 0)).x()
    assert page.headers[1].text() == "Officieel account"


def test_tab_and_shift_tab_never_leave_a_field_under_the_headings(
    window: MainWindow, qtbot: Any
) -> None:
    page = channels_at_the_largest_text(window, qtbot)
    first = page.rows[next(iter(page.rows))]["use"]
    last = page.rows[next(reversed(page.rows))]["use"]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    wait_until(first.hasFocus, "the first row to take the focus")

    def clear_of_the_headings(widget: QWidget) -> None:
        qtbot.waitUntil(lambda: page.sticky.covered() <= in_viewport(page, widget).top())
        assert page.scroll_area.viewport().rect().contains(in_viewport(page, widget))

    seen = 0
    while focus() is not last:
        press(Qt.Key.Key_Tab)
        clear_of_the_headings(focus())
        seen += 1
        assert seen < 100, "Tab never reached the last row"
    assert page.sticky.isVisible()  # the headings stood over the rows on the way down
    while focus() is not first:
        press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        clear_of_the_headings(focus())
        seen -= 1
        assert seen > -100, "Shift+Tab never reached the first row"
    assert not page.sticky.isVisible()  # back at the top the table's own headings show
    window.store.set_modified(False)


def test_the_other_channel_s_name_shows_what_it_asks_for(window: MainWindow, qtbot: Any) -> None:
    """ "Naam van het kanaal" was cut to "Naam van …" at twice the text size."""
    page = channels_at_the_largest_text(window, qtbot)
    label = page.rows[next(reversed(page.rows))]["label"]
    assert label.placeholderText() == "Naam van het kanaal"
    room = label.contentsRect().width() - label.textMargins().left() - label.textMargins().right()
    assert label.fontMetrics().horizontalAdvance(label.placeholderText()) < room - 4
    assert not page.table_area.horizontalScrollBar().isVisible()  # and the table still fits
    window.store.set_modified(False)

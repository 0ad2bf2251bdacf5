"""The review page at 1366×768 in Dutch: the actions and the result of the last one stay in
view whatever the house style warns; at the largest text the page scrolls one way only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QScrollArea, QWidget

from tests.conftest import EXAMPLES
from ui.focus_chain import focus_chain
from ui.main_window import MainWindow
from ui.welcome import PageId
from wizard.answers.model import Language


def review_with_a_warning(window: MainWindow, qtbot: Any, tmp_path: Path) -> QScrollArea:
    """The Linde example on the review page, with a house style that lacks styles."""
    window.set_language(Language.NL)
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("de-linde")))
    style = tmp_path / "kaal.docx"
    docx.Document().save(str(style))
    review = window.wizard.review
    review.folder.setText(str(tmp_path))
    review.house_style.use(style)
    window.wizard.go_to(PageId.REVIEW)
    qtbot.wait(50)
    assert review.house_style.note.isVisible() and "Let op" in review.house_style.note.text()
    holder = review.parentWidget().parentWidget()  # the scroll area every page sits in
    assert isinstance(holder, QScrollArea)
    return holder


@contextmanager
def at_the_largest_text(window: MainWindow, qtbot: Any) -> Iterator[None]:
    """1366×768 at the largest text size; afterwards the normal size and the font the test
    found again, and nothing to save, as the next test expects."""
    font = QApplication.font()
    try:
        window.apply_font_size(100)  # held to the largest size there is
        qtbot.wait(50)
        # Offscreen the screen is smaller than a laptop's, and the window was kept inside it.
        window.resize(1366, 768)
        qtbot.wait(50)
        yield
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)


def in_view(widget: QWidget, area: QScrollArea) -> bool:
    viewport = area.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(rect)


def actions(window: MainWindow) -> list[QWidget]:
    review = window.wizard.review
    return [
        review.export_button,
        review.pdf_box,
        review.calendar_button,
        review.report_button,
        review.open_folder,
        review.open_document,
    ]


def test_actions_and_result_stay_in_view_and_in_place(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    page = review_with_a_warning(window, qtbot, tmp_path)
    review = window.wizard.review
    shown = (QApplication.font().pointSizeF(), window.size(), page.viewport().size())
    assert page.verticalScrollBar().maximum() == 0, shown  # no second, outer scroll bar
    assert page.horizontalScrollBar().maximum() == 0
    for widget in [*actions(window), review.result_area, review.message]:
        assert in_view(widget, page), widget.objectName()
    # The summary takes the room that is left, and scrolls inside itself.
    assert review.scroll_area.height() > 8 * review.summary.fontMetrics().lineSpacing()
    assert review.scroll_area.verticalScrollBar().maximum() > 0
    # The warning wraps: every line of it is shown.
    note = review.house_style.note
    assert note.height() >= note.heightForWidth(note.width())
    before = {w.objectName(): w.mapTo(window, QPoint(0, 0)) for w in actions(window)}
    files = [str(tmp_path / "gedragscode.docx"), str(tmp_path / "ict-beleid.docx")]
    review._finished(files)
    review.say("PDF gemaakt: " + files[0])
    qtbot.wait(50)
    assert review.open_folder.isVisible() and review.results.count() == 2
    after = {w.objectName(): w.mapTo(window, QPoint(0, 0)) for w in actions(window)}
    assert after == before  # the result appears in its reserved place; nothing moves
    assert page.verticalScrollBar().maximum() == 0
    for widget in [review.results, review.notice, review.open_folder, review.open_document]:
        assert in_view(widget, page), widget.objectName()
    window.store.set_modified(False)


def test_at_the_largest_text_every_button_is_reached_by_scrolling(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    page = review_with_a_warning(window, qtbot, tmp_path)
    review = window.wizard.review
    with at_the_largest_text(window, qtbot):
        assert page.horizontalScrollBar().maximum() == 0  # nothing runs off sideways
        # The list and its button fold under each other when they do not fit side by side.
        row = review.house_style.row_holder
        for part in (review.house_style.choice, review.house_style.choose):
            assert row.rect().contains(part.geometry())
        note = review.house_style.note
        assert note.height() >= note.heightForWidth(note.width())
        # The summary keeps room for several lines instead of shrinking to a slit: here
        # the controls leave it too few, so it is shown whole and the page scrolls as one,
        # with no scroll bar of its own beside the page's.
        area = review.scroll_area
        assert area.whole and area.verticalScrollBar().maximum() == 0
        body = area.widget()
        assert body is not None and area.viewport().height() >= body.minimumSizeHint().height()
        assert page.verticalScrollBar().maximum() > 0
        # The versions and the answers stand under the controls, which follow what is
        # open; the version buttons are whole once the page scrolls to them.
        y = {w: w.mapTo(review, QPoint(0, 0)).y() for w in (area, review.export_button)}
        assert y[area] < y[review.export_button] < review.details.mapTo(review, QPoint()).y()
        buttons = [review.issue_button, review.withdraw_button, review.redline_button]
        for button in buttons:
            page.ensureWidgetVisible(button, 0, 0)
            assert in_view(button, page), button.objectName()
        for widget in [*actions(window), review.house_style.choose, review.browse]:
            assert widget.focusPolicy().value & 0x1  # Tab reaches it
            review.open_folder.show()
            review.open_document.show()
            page.ensureWidgetVisible(widget, 0, 0)
            assert widget.width() <= page.viewport().width()
            assert in_view(widget, page), widget.objectName()


def test_the_summary_scrolls_inside_itself_again_back_at_normal_text(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    page = review_with_a_warning(window, qtbot, tmp_path)
    review = window.wizard.review
    with at_the_largest_text(window, qtbot):
        qtbot.waitUntil(lambda: review.scroll_area.whole)
        window.apply_font_size(0)
        qtbot.waitUntil(lambda: not review.scroll_area.whole)
        qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() == 0)
        qtbot.waitUntil(lambda: review.scroll_area.verticalScrollBar().maximum() > 0)
        assert review.scroll_area.isAncestorOf(review.details) and review.details.isVisible()
        # Tab reads it as before: what is open, the versions and answers, then the controls.
        with closing(focus_chain(review.issue_links[-1])) as chain:
            order = [w for w in chain if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        assert order[0] is review.issue_button
        assert order.index(review.page_links["governance"]) < order.index(review.export_button)


def test_no_english_redline_in_the_dutch_review_page(window: MainWindow) -> None:
    window.set_language(Language.NL)
    button = window.wizard.review.redline_button
    assert button.text().replace("&", "") == "Wijzigingen sinds laatste versie…"
    window.set_language(Language.EN)
    assert button.text().replace("&", "") == "Redline since the last version…"


def test_at_normal_text_the_house_style_row_stays_side_by_side(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    review_with_a_warning(window, qtbot, tmp_path)
    assert window.wizard.review.house_style.row.direction() is QBoxLayout.Direction.LeftToRight
    window.store.set_modified(False)


def test_at_the_largest_text_every_column_of_the_channels_table_is_reached(
    window: MainWindow, qtbot: Any
) -> None:
    font = QApplication.font()
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("de-linde")))
    try:
        window.apply_font_size(100)
        qtbot.wait(50)
        window.resize(1366, 768)
        window.wizard.go_to(PageId.CHANNELS)
        qtbot.wait(100)
        page = window.wizard.currentPage()
        table = page.table_area
        holder = table.widget()
        # The table never scrolls up and down: it is shown at its full height.
        assert table.viewport().height() >= holder.height()
        assert table.viewport().height() >= holder.heightForWidth(holder.width())
        for name in ("use", "official", "manager", "posting"):
            widget = page.rows[next(iter(page.rows))][name]
            table.ensureWidgetVisible(widget, 0, 0)
            assert in_view(widget, table), name
        note = page.findChild(QWidget, "channels.instagram.note")
        assert note is not None
        table.ensureWidgetVisible(note, 0, 0)
        assert in_view(note, table)
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)

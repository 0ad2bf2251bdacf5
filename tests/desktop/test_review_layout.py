"""On a real X server at the largest text: Tab reaches every button of the review page, and
the page scrolls each into view as it gets the focus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import EXAMPLES
from tests.desktop.conftest import focus, layout_settled, press, wait_until
from ui.main_window import MainWindow
from ui.welcome import PageId


def whole(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect().size() == widget.size()


def test_tab_reaches_every_review_button_at_the_largest_text(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("de-linde")))
    style = tmp_path / "kaal.docx"
    docx.Document().save(str(style))
    review = window.wizard.review
    review.folder.setText(str(tmp_path))
    review.house_style.use(style)
    window.apply_font_size(100)
    layout_settled()
    window.wizard.go_to(PageId.REVIEW)
    layout_settled()
    assert review.house_style.note.isVisible()
    holder = review.parentWidget().parentWidget()
    assert holder.horizontalScrollBar().maximum() == 0  # type: ignore[attr-defined]
    wanted = {
        review.export_button,
        review.pdf_box,
        review.calendar_button,
        review.report_button,
        review.house_style.choose,
        review.browse,
    }
    seen = set()
    review.export_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(200):
        widget = focus()
        if widget in wanted:
            # Fully in view: the page scrolls to the button that has the focus.
            wait_until(lambda w=widget: whole(w), f"{widget.objectName()} to come into view")
            seen.add(widget)
        if seen == wanted:
            break
        press(Qt.Key.Key_Tab)
    assert seen == wanted
    window.store.set_modified(False)
    assert QApplication.font().pointSizeF() > 0


def review_at_the_largest_text(window: MainWindow) -> Any:
    """The salon's review page at 1366x768 and twice the text size, laid out."""
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("kapsalon")))
    window.apply_font_size(100)
    layout_settled()
    window.wizard.go_to(PageId.REVIEW)
    layout_settled()
    return window.wizard.review


def test_the_controls_fit_and_the_files_made_come_into_view_at_the_largest_text(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    review = review_at_the_largest_text(window)
    review.folder.setText(str(tmp_path))  # (entering the page proposes the project's folder)
    # The controls would leave the summary a slot of six lines: it is shown whole, with
    # no scroll bar of its own, and the page scrolls as one.
    area = review.scroll_area
    assert area.whole and area.verticalScrollBar().maximum() == 0
    assert not area.verticalScrollBar().isVisible()
    # Every control comes whole into view as the focus reaches it.
    for widget in (
        review.export_button,
        review.pdf_box,
        review.calendar_button,
        review.report_button,
        review.house_style.choose,
    ):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        wait_until(lambda w=widget: whole(w), f"{widget.objectName()} to come into view")
    review.export_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: review.results.count() > 0, timeout=30000)
    assert len(list(tmp_path.glob("*.docx"))) == review.results.count()
    # The list of files made and the button that opens them come on screen, whole.
    for widget in (review.results, review.open_document):
        wait_until(lambda w=widget: whole(w), f"{widget.objectName()} to come into view")
    window.store.set_modified(False)


def test_at_the_largest_text_tab_reads_the_page_top_to_bottom(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    """The summary shown whole, the versions and answers under the controls: Tab goes
    down the page as it reads, each widget whole in view, and ends at Help."""
    review = review_at_the_largest_text(window)
    review.folder.setText(str(tmp_path))
    assert review.scroll_area.whole
    assert whole(review.summary) and focus() is review.export_button
    met: list[QWidget] = []
    for _ in range(80):
        widget = focus()
        if widget is window.wizard.help_button:
            break
        wait_until(lambda w=widget: whole(w), f"{widget.objectName()} to come into view")
        met.append(widget)
        press(Qt.Key.Key_Tab)
    assert focus() is window.wizard.help_button
    heights = [w.mapTo(review, QPoint(0, 0)).y() for w in met]
    assert heights == sorted(heights), [w.objectName() for w in met]
    assert review.acknowledgements_button in met
    assert set(review.page_links.values()) <= set(met)
    window.store.set_modified(False)

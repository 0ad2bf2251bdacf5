"""On a real X server at the largest text: Tab reaches every button of the review page, and
the page scrolls each into view as it gets the focus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import EXAMPLES
from tests.desktop.conftest import focus, press
from ui.main_window import MainWindow
from ui.welcome import PageId


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
    QTest.qWait(200)
    window.wizard.go_to(PageId.REVIEW)
    QTest.qWait(200)
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
            QTest.qWait(30)
            # Fully in view: the page scrolled to the button that has the focus.
            assert widget.visibleRegion().boundingRect().size() == widget.size(), widget
            seen.add(widget)
        if seen == wanted:
            break
        press(Qt.Key.Key_Tab)
    assert seen == wanted
    window.store.set_modified(False)
    assert QApplication.font().pointSizeF() > 0


def test_the_files_made_come_into_view_at_the_largest_text(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("kapsalon")))
    review = window.wizard.review
    window.apply_font_size(100)
    QTest.qWait(200)
    window.wizard.go_to(PageId.REVIEW)
    QTest.qWait(200)
    review.folder.setText(str(tmp_path))  # (entering the page proposes the project's folder)
    holder = review.parentWidget().parentWidget()
    holder.verticalScrollBar().setValue(0)  # type: ignore[attr-defined]
    QTest.qWait(50)
    assert review.results.visibleRegion().isEmpty()  # below the fold before the export
    review.export_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: review.results.count() > 0, timeout=30000)
    assert len(list(tmp_path.glob("*.docx"))) == review.results.count()
    QTest.qWait(100)
    # The list of files made and the button that opens them are on screen, whole.
    for widget in (review.results, review.open_document):
        assert widget.visibleRegion().boundingRect().size() == widget.size(), widget
    window.store.set_modified(False)

"""Workshop notes typed on a real X server: the focus stays, the preview is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.desktop.conftest import click, focus, named, press, type_text
from ui.main_window import MainWindow
from ui.welcome import PageId


def test_typing_a_page_note_keeps_the_focus_and_the_preview(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    window.wizard.go_to(PageId.BEHAVIOUR)
    QTest.qWait(600)  # the preview has rendered the new project
    rendered: list[int] = []
    window.preview.timer.timeout.connect(lambda: rendered.append(1))
    before = window.preview.browser.toHtml()
    changed: list[str] = []
    window.store.changed.connect(changed.append)
    click(named(window, "behaviour.note.toggle"))
    assert focus().objectName() == "behaviour.note"
    type_text("De OR wil meepraten. Één punt!", settle_every=4)
    press(Qt.Key.Key_Return)
    type_text("- navragen", settle_every=4)
    QTest.qWait(600)  # longer than the preview's debounce
    assert window.store.note("behaviour") == "De OR wil meepraten. Één punt!\n- navragen"
    assert focus().objectName() == "behaviour.note"
    assert changed == [] and rendered == []
    assert window.preview.browser.toHtml() == before
    assert window.store.modified


def test_typing_a_question_note_in_its_dialog(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    window.wizard.go_to(PageId.BEHAVIOUR)
    click(named(window, "behaviour.monitoring.note"))
    for _ in range(100):  # the window manager activates the dialog: on a busy machine, later
        if QApplication.focusWidget() is not None and focus().objectName() == "note.text":
            break
        QTest.qWait(30)
    assert focus().objectName() == "note.text"
    type_text("IT wil logging", settle_every=4)
    assert window.store.note("behaviour.monitoring") == "IT wil logging"
    assert named(window, "behaviour.monitoring.note").text() == "✎•"
    press(Qt.Key.Key_Escape)
    # Closed, the keyboard is back at the question the note is about.
    for _ in range(100):
        if QApplication.activeModalWidget() is None and QApplication.focusWidget() is not None:
            break
        QTest.qWait(30)
    assert focus().objectName().startswith("behaviour.monitoring")

"""Workshop notes typed on a real X server: the focus stays, the preview is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.desktop.conftest import (
    click,
    focus,
    named,
    press,
    preview_rendered,
    type_text,
    wait_until,
)
from ui.main_window import MainWindow
from ui.welcome import PageId


def test_typing_a_page_note_keeps_the_focus_and_the_preview(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    window.wizard.go_to(PageId.BEHAVIOUR)
    preview_rendered()  # the preview has rendered the new project
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
    preview_rendered()  # had the note been an answer, the preview would render now
    assert window.store.note("behaviour") == "De OR wil meepraten. Één punt!\n- navragen"
    assert focus().objectName() == "behaviour.note"
    assert changed == [] and rendered == []
    assert window.preview.browser.toHtml() == before
    assert window.store.modified


def test_typing_a_question_note_in_its_dialog(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    window.wizard.go_to(PageId.BEHAVIOUR)
    click(named(window, "behaviour.monitoring.note"))
    # The window manager activates the dialog: on a busy machine, later.
    wait_until(
        lambda: QApplication.focusWidget() is not None and focus().objectName() == "note.text",
        "the note's dialog to take the keyboard",
    )
    assert focus().objectName() == "note.text"
    type_text("IT wil logging", settle_every=4)
    assert window.store.note("behaviour.monitoring") == "IT wil logging"
    assert named(window, "behaviour.monitoring.note").text() == "✎•"
    press(Qt.Key.Key_Escape)
    # Closed, the keyboard is back at the question the note is about.
    wait_until(
        lambda: QApplication.activeModalWidget() is None and QApplication.focusWidget() is not None,
        "the note's dialog to close",
    )
    assert focus().objectName().startswith("behaviour.monitoring")

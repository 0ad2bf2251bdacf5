"""On a real X server: a clause edited from the preview with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.conftest import EXAMPLES
from tests.desktop.conftest import (
    focus,
    press,
    preview_rendered,
    type_text,
    wait_until,
    when,
)
from ui.clause_editor import ClauseEditor
from ui.main_window import MainWindow

LINDE = next(p for p in EXAMPLES if "linde" in p.name)
CTRL = Qt.KeyboardModifier.ControlModifier


def active(window: MainWindow) -> None:
    """The window has the keyboard again (a busy machine's window manager may be late)."""
    window.activateWindow()
    wait_until(window.isActiveWindow, "the window to become active")


def focused_link(window: MainWindow) -> str:
    cursor = window.preview.browser.textCursor()
    if not cursor.hasSelection():
        return ""
    probe = window.preview.browser.textCursor()
    probe.setPosition(cursor.selectionStart() + 1)
    return probe.charFormat().anchorHref()


def test_a_clause_is_edited_from_the_preview_with_the_keyboard(window: MainWindow) -> None:
    window.preview_action.setChecked(True)
    assert window.open_project(LINDE)
    preview = window.preview
    preview.document.setCurrentIndex(preview.document.findData("code_of_conduct"))
    preview.language.setCurrentIndex(preview.language.findData("nl"))
    preview_rendered()
    active(window)
    # Tab into the preview and on from link to link, to the texts of "Respect en toon".
    preview.browser.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(40):
        if focused_link(window) == "section:respect":
            break
        press(Qt.Key.Key_Tab)
    assert focused_link(window) == "section:respect"
    assert focus() is preview.browser
    seen: dict[str, object] = {}

    def in_editor() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClauseEditor)
        seen["title"] = dialog.view.title
        # The focus starts in the text (on a busy machine a moment after the dialog shows).
        wait_until(lambda: QApplication.focusWidget() is dialog.editor, "focus in the editor")
        seen["focus"] = focus() is dialog.editor
        press(Qt.Key.Key_A, CTRL)
        type_text("Wij zijn vriendelijk, ook online.", settle_every=8)
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_Return)
        type_text("- Geen scheldwoorden.", settle_every=8)
        seen["typed"] = dialog.text()
        press(Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves

    def in_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen["menu"] = [action.text() for action in menu.actions()]
        # An open menu grabs the keyboard: keys go to it, not to the widget with the focus.
        QTest.keyClick(menu, Qt.Key.Key_Down)  # the section's first text, "Toon"
        when(lambda: isinstance(QApplication.activeModalWidget(), ClauseEditor), in_editor)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    when(lambda: isinstance(QApplication.activePopupWidget(), QMenu), in_menu)
    press(Qt.Key.Key_Return)  # opens the section's list of texts (and returns when done)
    assert seen["menu"] and seen["focus"] is True
    assert seen["typed"] == "Wij zijn vriendelijk, ook online.\n\n- Geen scheldwoorden."
    edit = window.store.get("clauses")["respect.tone"]
    assert edit["nl"] == "Wij zijn vriendelijk, ook online.\n\n- Geen scheldwoorden."
    assert window.isWindowModified()
    preview_rendered()
    text = preview.browser.toPlainText()
    assert "✎ Aangepaste tekst" in text and "Wij zijn vriendelijk, ook online." in text
    assert focus() is preview.browser  # back where the user was


def test_escape_leaves_the_editor_without_a_change_and_tab_stays_inside(
    window: MainWindow,
) -> None:
    assert window.open_project(LINDE)
    order: list[str] = []

    def in_editor() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClauseEditor)
        type_text("weg", settle_every=8)
        for _ in range(6):
            press(Qt.Key.Key_Tab)
            order.append(focus().objectName())
        press(Qt.Key.Key_Escape)

    when(lambda: isinstance(QApplication.activeModalWidget(), ClauseEditor), in_editor)
    assert not window.preview.edit_clause("respect.tone")
    assert order[:4] == [
        "clause_editor.save",
        "clause_editor.omit",
        "clause_editor.cancel",
        "clause_editor.text",
    ], order
    assert window.store.get("clauses") == {} and not window.isWindowModified()

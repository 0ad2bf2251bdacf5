"""Tests on a real X server: a window that is active, keys that go where the focus is.

``offscreen`` never activates a window and hands keys to whatever widget a test names,
so focus bugs cannot show there. These tests run in a pytest process of their own
(``tests/ui/test_desktop.py`` starts it, with Xvfb and a window manager), because a
process has one QApplication and the rest of the suite uses ``offscreen``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import main
from tests.ui.conftest import _no_blocking_dialogs  # noqa: F401 (an autouse fixture)
from ui.main_window import MainWindow
from wizard.answers.model import Language


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    font = QApplication.font()  # a test that zooms must not leave its size to the next
    win = main.create_window([])
    qtbot.addWidget(win)
    win.set_language(Language.NL)
    win.show()
    win.activateWindow()
    win.raise_()
    qtbot.waitUntil(lambda: win.built and win.isActiveWindow(), timeout=10000)
    yield win
    QApplication.setFont(font)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a person presses it: to whatever has the focus now."""
    QTest.keyClick(focus(), key, modifier)
    QTest.qWait(15)


def type_character(widget: QWidget, character: str) -> None:
    if character.isascii():
        QTest.keyClicks(widget, character)
        return
    # QTest knows only ASCII keys; an é arrives as a key event that carries its text.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(widget, event)


def type_text(text: str, *, settle_every: int = 4) -> None:
    """Type one character at a time into the focused widget; the focus must stay put.

    Every few keys the preview's debounce runs out and it renders, as it would between
    a person's keystrokes.
    """
    target = focus()
    for index, character in enumerate(text, start=1):
        type_character(focus(), character)
        QTest.qWait(200 if index % settle_every == 0 else 10)
        assert focus() is target, (
            f"after {text[:index]!r} the focus moved from {target.objectName()!r} "
            f"to {focus().objectName()!r}"
        )


def named(win: QWidget, name: str) -> Any:
    found = win.findChild(QWidget, name)
    assert found is not None, f"no widget named {name}"
    return found


def click(widget: QWidget) -> None:
    """A left click near the start of a widget, where its text or box is."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    QTest.qWait(30)

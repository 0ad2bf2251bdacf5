"""Tests on a real X server: a window that is active, keys that go where the focus is.

``offscreen`` never activates a window and hands keys to whatever widget a test names,
so focus bugs cannot show there. These tests run in a pytest process of their own
(``tests/ui/test_desktop.py`` starts it, with Xvfb and a window manager), because a
process has one QApplication and the rest of the suite uses ``offscreen``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

import main
from tests.ui.conftest import _no_blocking_dialogs  # noqa: F401 (an autouse fixture)
from ui.main_window import MainWindow
from wizard.answers.model import Language

# How long a test waits for something that a loaded machine makes slow (a window the
# window manager activates, a dialog that opens) before it fails: long, since a test
# that waits on the condition itself costs nothing when things are quick.
PATIENCE_S = 20.0

DialogT = TypeVar("DialogT", bound=QWidget)


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


def wait_until(condition: Callable[[], object], what: str) -> None:
    """Wait, with the events running, until ``condition()`` holds; fail naming ``what``."""
    deadline = time.monotonic() + PATIENCE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {PATIENCE_S:g} s in vain for {what}")
        QTest.qWait(20)


def main_window() -> MainWindow:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert len(found) == 1, found
    return found[0]


def layout_settled() -> None:
    """Wait until the window's layout stops changing: after a new text size, a page
    change or a resize, the pages reflow in queued steps (and the window manager may
    answer late), so the test waits until two looks in a row see the same sizes."""
    window = main_window()

    def sizes() -> tuple[object, ...]:
        page = window.wizard.stack.currentWidget()
        areas = page.findChildren(QScrollArea) if page is not None else []
        return (
            window.geometry().getRect(),
            page.size().toTuple() if page is not None else None,
            QApplication.font().pointSizeF(),
            tuple(
                (
                    a.widget().size().toTuple() if a.widget() else None,
                    a.verticalScrollBar().maximum(),
                )
                for a in areas
            ),
        )

    seen: list[tuple[object, ...]] = [sizes()]

    def still() -> bool:
        now = sizes()
        same = now == seen[-1]
        seen.append(now)
        return same

    QApplication.processEvents()
    wait_until(still, "the layout to settle")


def preview_rendered() -> None:
    """Wait until the preview has shown the last change: its debounce ran out and it
    rendered (it renders at once when the timer fires), however busy the machine."""
    window = main_window()
    if window.built:
        wait_until(lambda: not window.preview.timer.isActive(), "the preview to render")


def when(ready: Callable[[], object], then: Callable[[], None]) -> None:
    """Run ``then`` once ``ready()`` holds, from inside whatever event loop runs then (a
    menu's or a modal dialog's own): call it just before what opens the menu or dialog.

    It looks every 50 ms rather than once after a fixed time, which a loaded machine
    overruns, until ``PATIENCE_S`` has passed. The looking ends with the window (its
    timers are the window's), so it never reaches into the next test.
    """
    deadline = time.monotonic() + PATIENCE_S
    window = main_window()

    def look() -> None:
        if ready():
            then()
        elif time.monotonic() < deadline:
            QTimer.singleShot(50, window, look)

    QTimer.singleShot(50, window, look)


def when_modal(kind: type[DialogT], drive: Callable[[DialogT], None]) -> None:
    """Call ``drive(dialog)`` inside a modal dialog's own event loop, once a dialog of
    ``kind`` is open and active (see ``when``). One that is still not active after half
    the patience is driven anyway, so that the test's own checks say so."""
    deadline = time.monotonic() + PATIENCE_S / 2

    def ready() -> bool:
        dialog = QApplication.activeModalWidget()
        return isinstance(dialog, kind) and (dialog.isActiveWindow() or time.monotonic() > deadline)

    def then() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        drive(dialog)

    when(ready, then)


def type_text(text: str, *, settle_every: int = 4) -> None:
    """Type one character at a time into the focused widget; the focus must stay put.

    Every few keys the preview's debounce runs out and it renders, as it would between
    a person's keystrokes: the test waits until it has.
    """
    target = focus()
    for index, character in enumerate(text, start=1):
        type_character(focus(), character)
        if index % settle_every == 0:
            preview_rendered()
        else:
            QTest.qWait(10)
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

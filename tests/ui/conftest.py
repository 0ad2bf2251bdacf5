from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ui import about
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """A modal dialog would wait for a click forever; tests answer them instead.

    Tests that care about a dialog replace it on their own window.
    """
    shown: list[tuple[str, Any]] = []
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, record: False)
    monkeypatch.setattr(MainWindow, "ask_disk_changed", lambda self: "cancel")
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, _n=name: shown.append((_n, args)))
    monkeypatch.setattr(QMessageBox, "about", lambda *args: shown.append(("about", args)))
    # Help > About is a dialog of its own: record its text instead of waiting for a click.
    monkeypatch.setattr(
        about.AboutDialog, "exec", lambda self: shown.append(("about", (self.text.text(),))) or 0
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: "")
    return shown


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    """The window in English, shown, and built after its first paint as a user would see."""
    import main
    from wizard.answers.model import Language

    font = QApplication.font()  # a test that zooms must not leave its size to the next
    win = main.create_window([])
    qtbot.addWidget(win)
    win.set_language(Language.EN)
    win.show()
    qtbot.waitUntil(lambda: win.built)
    assert isinstance(win, MainWindow)
    yield win
    QApplication.setFont(font)

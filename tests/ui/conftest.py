from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """A modal dialog would wait for a click forever; tests answer them instead.

    Tests that care about a dialog replace it on their own window.
    """
    shown: list[tuple[str, Any]] = []
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: "discard")
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, record: False)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, _n=name: shown.append((_n, args)))
    monkeypatch.setattr(QMessageBox, "about", lambda *args: shown.append(("about", args)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: "")
    return shown

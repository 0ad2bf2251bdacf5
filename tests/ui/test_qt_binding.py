"""The Qt binding itself: guards against a release that breaks the program at run time.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call of a
method that returns nothing; after some ten thousand such calls (a few hundred
keystrokes in the window) Python aborted with "deallocating None". constraints.txt
and pyproject.toml exclude it; these tests fail on any binding that does the same.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from tests.conftest import EXAMPLES
from ui.main_window import MainWindow


def test_methods_that_return_nothing_keep_none_alive(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("text")
        label.setEnabled(True)
    # Other code may take or drop a few references meanwhile; the bug took 4,000.
    assert before - sys.getrefcount(None) < 100


def test_a_long_editing_session_does_not_abort(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_project(Path(EXAMPLES[0]))
    before = sys.getrefcount(None)
    for index in range(300):
        window.store.set("organisation.name", f"Zorggroep {index}")
    assert abs(before - sys.getrefcount(None)) < 1000
    window.store.set_modified(False)

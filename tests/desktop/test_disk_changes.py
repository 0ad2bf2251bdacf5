"""On a real X server: back from another program, the window asks about a change on disk.

Offscreen the application is never inactive, so regaining the focus cannot happen there.
Here another program's window takes the focus, the project is changed on
disk meanwhile, and when that window goes the window manager gives the focus back: the
real question appears, and a click on *Opnieuw laden* shows the other version.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.conftest import EXAMPLES
from ui.main_window import MainWindow

# The real question, not the stand-in the offscreen tests' fixture puts in its place.
REAL_ASK = MainWindow.ask_disk_changed
BAKERY = next(p for p in EXAMPLES if "bakkerij" in p.name)
# A window of another process, which the window manager activates when it appears.
ANOTHER_PROGRAM = (
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication([])\n"
    "label = QLabel('another program')\n"
    "label.resize(400, 200)\n"
    "label.show()\n"
    "app.exec()\n"
)


def wait_for(condition: Any, what: str, tries: int = 300) -> None:
    for _ in range(tries):
        if condition():
            return
        QTest.qWait(30)
    raise AssertionError(f"waited in vain for {what}")


def test_back_from_another_program_the_window_asks_and_reloads(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "ask_disk_changed", REAL_ASK)
    project = tmp_path / "bakkerij.policy.json"
    shutil.copy(BAKERY, project)
    assert window.open_project(project)
    window.store.set("organisation.name", "Bakkerij Mijn")  # unsaved in the window
    # The question runs its own event loop: a timer answers it from inside that loop, as
    # a person's click would, once it is on screen.
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or seen:
            return
        seen.append(box.objectName())
        seen.append(box.text())
        reload = next(b for b in box.findChildren(QPushButton) if b.text() == "Opnieuw &laden")
        QTest.mouseClick(reload, Qt.MouseButton.LeftButton, pos=QPoint(8, reload.height() // 2))

    clicker = QTimer()
    clicker.timeout.connect(answer)
    clicker.start(100)
    other = subprocess.Popen([sys.executable, "-c", ANOTHER_PROGRAM])
    try:
        wait_for(
            lambda: QApplication.applicationState() != Qt.ApplicationState.ApplicationActive,
            "the other program to take the focus",
        )
        raw = json.loads(project.read_text(encoding="utf-8"))
        raw["organisation"]["name"] = "Bakkerij Van Collega"
        project.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    finally:
        other.terminate()
        other.wait(10)
    wait_for(lambda: window.store.get("organisation.name") == "Bakkerij Van Collega", "reload")
    assert seen[0] == "disk_changed" and "gewijzigd door een ander programma" in seen[1]
    assert QApplication.activeModalWidget() is None
    assert not window.store.modified
    # Back at the window once more: the file is as read, so nothing is asked. (The check
    # asks at once, in a dialog of its own; the clicker would answer and count it.)
    window.check_disk()
    clicker.stop()
    assert len(seen) == 2

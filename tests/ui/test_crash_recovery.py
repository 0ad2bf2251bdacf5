"""The real program is killed (SIGKILL) after answering; the next start restores every answer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability import record
from tests.ui.offscreen import run_script, window_env

FIRST_RUN = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import main
from tests.ui.test_main_window import answer_everything
window = main.create_window([])
window.show()
window.autosaver.timer.setInterval(300)  # the real timer, only sooner than every minute
answer_everything(window)
print(json.dumps(window.store.draft), flush=True)
path = window.autosaver.path
def announce():
    if path.exists():
        print("AUTOSAVED", flush=True)
    else:
        QTimer.singleShot(50, announce)
from PySide6.QtCore import QTimer
QTimer.singleShot(50, announce)
app.exec()
"""

SECOND_RUN = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
window = MainWindow()
offered = []
window.ask_restore = lambda record: offered.append(record) or True
restored = window.offer_restore()
result = {"offered": bool(offered), "restored": restored, "draft": window.store.draft}
print(json.dumps(result), flush=True)
window.store.set_modified(False)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_program_restores_every_answer(tmp_path: Path) -> None:
    env = window_env(tmp_path / "home")
    child = subprocess.Popen(
        [sys.executable, "-c", FIRST_RUN],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        expected = json.loads(child.stdout.readline())
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and line.strip() != "AUTOSAVED":
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                break
        assert line.strip() == "AUTOSAVED", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    result = run_script(SECOND_RUN, env)
    assert result["offered"] and result["restored"]
    assert result["draft"] == expected
    record("crashes_survived")
    record("files_lost", 0)

"""The window shows its first page before the answer model exists, then builds the rest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.ui.offscreen import run_script, window_env
from ui.main_window import MainWindow
from ui.welcome import PageId

FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from ui.steps import StepPage
app = QApplication([])
import main
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, StepPage) and not seen:
            seen["at_first_paint"] = sorted(
                m for m in ("pydantic", "jinja2", "docx") if m in sys.modules
            )
            seen["built_at_first_paint"] = window.built
        return False

spy = FirstPaint()
app.installEventFilter(spy)
window = main.create_window([])
window.show()

def check():
    if not window.built:
        QTimer.singleShot(20, check)
        return
    window.preview.refresh_preview()
    seen["preview_text"] = window.preview.browser.toPlainText()[:2000]
    seen["pages"] = len(window.wizard.pageIds())
    seen["docx_after_preview"] = "docx" in sys.modules
    print(json.dumps(seen), flush=True)
    app.quit()

QTimer.singleShot(0, check)
app.exec()
"""


def test_first_page_is_painted_before_the_model_and_the_rest_follows(tmp_path: Path) -> None:
    seen = run_script(FIRST_PAINT, window_env(tmp_path))
    # No pydantic, Jinja2 or python-docx before the first page is on screen ...
    assert seen["at_first_paint"] == []
    assert seen["built_at_first_paint"] is False
    # ... and without any action of the user, the questions and the preview follow.
    assert seen["pages"] == len(PageId)
    assert seen["preview_text"].strip()
    assert seen["docx_after_preview"] is False  # python-docx waits for an export


def test_next_on_the_first_page_builds_the_questions_first(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.built
    window.wizard.next()
    assert window.built
    assert window.wizard.currentId() == PageId.ORGANISATION


def test_closing_before_the_questions_exist_builds_nothing(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.close()
    assert not window.built


def test_restore_is_offered_once_the_window_is_built(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    asked: list[dict[str, Any]] = []
    window.autosaver.path.parent.mkdir(parents=True, exist_ok=True)
    window.autosaver.path.write_text(
        json.dumps({"saved_at": "2026-11-26T10:00:00", "draft": {}}), encoding="utf-8"
    )
    late = MainWindow()
    qtbot.addWidget(late)
    late.ask_restore = lambda record: asked.append(record) or False  # type: ignore[method-assign]
    late.offer_restore_when_built()
    assert not asked  # not before the window is built ...
    late.show()
    qtbot.waitUntil(lambda: bool(asked))  # ... and then without being asked again
    assert asked[0]["saved_at"] == "2026-11-26T10:00:00"


def test_a_project_the_finder_opens_is_opened(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """macOS sends a project opened from the Finder as an event (ui.app installs the
    filter there only); the filter opens it and takes no other event."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFileOpenEvent

    from ui.app import FileOpenFilter

    window = MainWindow()
    qtbot.addWidget(window)
    opened: list[Path] = []
    monkeypatch.setattr(window, "open_project", opened.append)
    chosen = tmp_path / "de-linde.policy.json"
    files = FileOpenFilter(window)
    assert files.eventFilter(window, QFileOpenEvent(str(chosen)))
    assert opened == [chosen]
    assert not files.eventFilter(window, QEvent(QEvent.Type.Show))
    assert opened == [chosen]

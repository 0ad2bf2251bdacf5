"""Autosave: the answers are kept in the user data folder, so a crash costs nothing.

The autosave file exists only while there is unsaved work: a save or a normal exit
removes it. Finding one at start-up therefore means the last session ended without
saving (a crash, a killed process, a power cut), and the window offers to restore it.
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.answers import AnswerStore
from wizard.files import atomic_write

INTERVAL_MS = 60_000


class Autosaver(QObject):
    saved = Signal(str)  # the time of the save, for the status bar

    def __init__(
        self,
        store: AnswerStore,
        folder: Path,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        # Owned by the window: its timer must stop when the window goes.
        super().__init__(parent)
        self.store = store
        self.path = folder / "autosave.json"
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()

    def save_now(self) -> None:
        if not self.store.modified:
            return
        record: dict[str, Any] = {
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "project_path": str(self.store.path) if self.store.path else None,
            "draft": self.store.draft,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(
                self.path, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
            )
        except OSError:
            return  # a full or read-only data folder must not interrupt the user's work
        self.saved.emit(str(record["saved_at"])[11:16])

    def pending(self) -> dict[str, Any] | None:
        """The record a previous session left behind, if it is readable."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict) or not isinstance(record.get("draft"), dict):
            return None
        return record

    def clear(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()

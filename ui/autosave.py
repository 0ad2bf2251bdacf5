"""Autosave: the answers are kept in the user data folder, so a crash costs nothing.

The autosave file exists only while there is unsaved work: a save or a normal exit
removes it. Finding one at start-up therefore means the last session ended without
saving (a crash, a killed process, a power cut), and the window offers to restore it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, QTimer, Signal

from ui import strings
from ui.answers import AnswerStore
from ui.strings import tr
from wizard import clock
from wizard.files import FileState, atomic_write
from wizard.language import Language

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
            "saved_at": clock.now().isoformat(timespec="seconds"),
            "project_path": str(self.store.path) if self.store.path else None,
            "draft": self.store.draft,
            # What the project file held when these answers were opened or last saved,
            # so that a restored session still notices a change on disk before saving.
            "project_state": dataclasses.asdict(self.store.file_state)
            if self.store.file_state
            else None,
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


def recorded_state(record: dict[str, Any]) -> FileState | None:
    """The project file's state an autosave record remembers, when it is readable."""
    found = record.get("project_state")
    try:
        return FileState(**found) if isinstance(found, dict) else None
    except TypeError:
        return None


def restore_question(record: dict[str, Any]) -> str:
    """The restore dialog's question: when the answers were kept, and for which project."""
    project = record.get("project_path")
    suffix = tr("dialog.restore.project", name=Path(project).name) if project else ""
    return tr("dialog.restore.text", when=moment_text(record.get("saved_at")), project=suffix)


def moment_text(value: object, today: date | None = None) -> str:
    """When an autosave was made, as a person says it: "vandaag om 14:05", "3 maart 2026 om 9:12".

    The record holds an ISO timestamp (``2026-03-03T09:12:40``); that form is for files.
    """
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return tr("words.moment.unknown")
    today = today or clock.today()
    time = f"{moment.hour}:{moment.minute:02d}"
    if moment.date() == today:
        return tr("words.moment.today", time=time)
    if moment.date() == today - timedelta(days=1):
        return tr("words.moment.yesterday", time=time)
    locale = (
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if strings.language() is Language.NL
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")
    return tr("words.moment.date", date=day, time=time)

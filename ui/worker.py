"""One piece of work off the UI thread: the window's worker for the output jobs.

A ``Task`` runs a function (an output job of ``wizard.output.jobs``, called with the
inputs the page gathered) in the thread pool and hands its result, or the exception it
raised, back to the UI thread through its signals; the page words either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception: the page words it in the interface language


class Task(QRunnable):
    """Runs ``work`` in a worker thread; ``signals`` say how it ended."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # worded for the user, never a traceback
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)

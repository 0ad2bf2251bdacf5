"""Unexpected errors go to a log file in the data folder, never on the screen.

The user sees a message in the interface language that names this file; whoever
helps them reads the traceback here.
"""

from __future__ import annotations

import contextlib
import traceback
from pathlib import Path
from types import TracebackType

from ui.settings import data_folder
from wizard import clock

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 512 * 1024  # a log that grows without end helps nobody


def log_path() -> Path:
    return data_folder() / LOG_NAME


def log_error(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path:
    """Append the error and its traceback to the log; the log's path, written or not."""
    path = log_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.unlink()  # start afresh rather than fill the disk
        text = "".join(traceback.format_exception(kind, error, tb))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {clock.now().isoformat(timespec='seconds')}\n{text}\n")
    return path

"""One writer at a time per file: a lock file beside it.

``.NAME.lock`` beside the file (beside a symbolic link's target, so every link to one
file shares one lock) says who writes: the process id, the computer and the time. The
lock itself is the operating system's lock on that file (``flock`` on POSIX, a locked
byte on Windows), which the system releases when the process ends however it ends: a
lock file left behind by a killed process is therefore recognised as stale and taken
over by the next writer, and the text inside only serves to say who holds a live one.

A writer holds the lock from before it reads the file until after it has written it
(``import-edits``), or while it checks and writes (the window's *Save*); the check that
the file is still the one that was read (``wizard.files.atomic_write``) catches a
writer that takes no lock, such as a text editor.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wizard import clock
from wizard.files import write_target

WAIT_SECONDS = 10.0  # a writer of this program holds a lock for well under a second

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # A byte far beyond the text, so that reading who holds the lock is never blocked.
    _LOCKED_BYTE = 1 << 30

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as its file says (any part may be unknown)."""

    pid: int | None
    host: str
    since: str  # ISO time, as written


class Locked(Exception):
    """Another writer holds the lock of ``path``."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(f"{path} is being written by another program ({holder})")
        self.path, self.holder = path, holder


def lock_path(path: Path) -> Path:
    target = write_target(Path(path))
    return target.with_name(f".{target.name}.lock")


def read_holder(lock: Path) -> Holder:
    try:
        with open(lock, "rb") as stream:
            found = json.loads(stream.read(4096).decode("utf-8", "replace"))
    except (OSError, ValueError):
        return Holder(None, "", "")
    if not isinstance(found, dict):
        return Holder(None, "", "")
    pid = found.get("pid")
    return Holder(
        pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
        str(found.get("host", ""))[:100],
        str(found.get("time", ""))[:40],
    )


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the file at ``path`` (a releasing writer unlinks it)."""
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


@contextlib.contextmanager
def writing(path: Path, *, wait: float | None = None) -> Iterator[Path]:
    """Hold the lock of ``path`` for the ``with`` block; Locked after ``wait`` seconds
    (WAIT_SECONDS when not given).

    OSError when the lock file cannot be made (a folder without write permission): then
    the file could not be written either, and the error names the reason.
    """
    lock = lock_path(path)
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        if _try_lock(fd) and _same_file(fd, lock):
            break
        os.close(fd)
        if time.monotonic() >= deadline:
            raise Locked(Path(path), read_holder(lock))
        time.sleep(0.05)
    try:
        # The lock is ours (a stale file is simply taken over): say who holds it now.
        # socket only here: loading a project (every command) imports this module.
        import socket

        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "time": clock.now().isoformat(timespec="seconds"),
        }
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(record).encode("utf-8"))
        yield lock
    finally:
        # Unlinked while still locked, so that a writer waiting on this file notices
        # (_same_file) that it is gone and makes a new one; Windows cannot unlink an
        # open file, so there it goes after closing, when no one else has it open.
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(lock)
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - Windows only
            with contextlib.suppress(OSError):
                os.unlink(lock)

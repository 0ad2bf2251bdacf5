"""Reading and writing files safely, and file names that are safe on every system.

Every file a user hands us is read by ``read_regular_file``: only a regular file (not a
FIFO, a device or a folder), opened without blocking, and never more than a limit.
What was read is remembered as a ``FileState`` (size, time, SHA-256).

Every file the program writes (project, autosave, export) goes through
``atomic_write``: the bytes go to a temporary file beside the target, are flushed to
disk, and only then replace the target. A crash, a full disk or a locked file can
leave the old file or the new one, never half of one. Given the ``FileState`` of what
was read, it first checks that the file on disk is still that one (``FileChanged``
otherwise), so that a save never overwrites what another program wrote meanwhile. A
symbolic link is written through: its target gets the new bytes, the link stays.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wizard.sanitise import one_line


@dataclass(frozen=True)
class FileState:
    """A file as it was read: enough to tell later whether someone changed it."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, status: os.stat_result) -> FileState:
        return cls(len(data), status.st_mtime_ns, hashlib.sha256(data).hexdigest())


class FileRefused(Exception):
    """A file we will not read: ``reason`` is ``not_regular`` or ``too_large``."""

    def __init__(self, path: Path, reason: str, limit: int = 0) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason, self.limit = path, reason, limit


class FileChanged(Exception):
    """The file on disk is no longer the one that was read: someone else wrote it."""

    def __init__(self, path: Path, now: FileState | None) -> None:
        super().__init__(f"{path} changed on disk since it was read")
        self.path, self.now = path, now


def read_regular_file(path: Path, limit: int) -> tuple[bytes, FileState]:
    """The bytes of a regular file of at most ``limit`` bytes, and its state.

    Opened without blocking (a FIFO would otherwise wait for a writer forever) and
    checked on the open descriptor (so a file swapped after a check cannot slip in);
    reads at most ``limit + 1`` bytes, so ``/dev/zero`` or a growing file cannot fill
    the memory. OSError as the system raises it; FileRefused for the rest.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(status.st_mode):
            raise FileRefused(path, "not_regular")
        if status.st_size > limit:
            raise FileRefused(path, "too_large", limit)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # it grew while we read
            raise FileRefused(path, "too_large", limit)
        return data, FileState.of(data, status)
    finally:
        os.close(fd)


def current_state(path: Path, limit: int = 256 * 1024 * 1024) -> FileState | None:
    """The state of the file on disk now; None when there is none (or it is no file)."""
    try:
        return read_regular_file(path, limit)[1]
    except (OSError, FileRefused):
        return None


def changed_since(path: Path, read: FileState) -> FileState | None:
    """The file's state now when its content differs from what was read, else None.

    The content decides (SHA-256), not the time alone: a file system may keep times to
    two seconds only, and a program may write the same bytes again. A file that is gone
    has nothing to lose, so writing it again is no conflict.
    """
    now = current_state(path, max(read.size, 1) * 4 + (1 << 20))
    if now is None:
        return None if not os.path.lexists(path) else FileState(-1, 0, "")
    return None if now.sha256 == read.sha256 else now


def write_target(path: Path) -> Path:
    """Where writing ``path`` lands: a symbolic link's target, so the link stays a link."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def atomic_write(path: Path, data: bytes, *, unchanged_since: FileState | None = None) -> None:
    """Write ``data`` to ``path`` so that the path holds either all of it or what it held.

    With ``unchanged_since`` (the state of the file when it was read), FileChanged is
    raised and nothing written when the file on disk is no longer that one.
    """
    path = write_target(Path(path))
    temporary = _written_beside(path, data)
    try:
        if unchanged_since is not None:
            # Checked last, right before the rename, to keep the gap as small as it gets;
            # writers of this program also hold the project's lock (wizard.lock).
            now = changed_since(path, unchanged_since)
            if now is not None:
                raise FileChanged(path, now)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _naming_target(error, path) from error
        raise
    _sync_folder(path.parent)


def atomic_write_all(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files, each as ``atomic_write`` does, with one sync per folder.

    Every file reaches the disk beside its target before the first is renamed into
    place, so a failure while writing (a full disk) leaves every target as it was; once
    the renames begin, each path holds either all of its data or what it held. The
    folders are synced once at the end instead of after each file: export writes four
    documents into one folder, and each sync waits for the disk.
    """
    pending: list[tuple[Path, Path]] = []
    renamed: list[Path] = []
    try:
        for path, data in files:
            target = write_target(Path(path))
            pending.append((_written_beside(target, data), target))
        for temporary, target in pending:
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise _naming_target(error, target) from error
            renamed.append(target)
    finally:
        for temporary, target in pending:
            if target not in renamed:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
        for folder in dict.fromkeys(target.parent for target in renamed):
            _sync_folder(folder)


def _written_beside(path: Path, data: bytes) -> Path:
    """``data`` in a temporary file beside ``path``, on the disk (flushed and synced)."""
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise _naming_target(error, path) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            # mkstemp makes the file private (0600); give it the permissions of the
            # file it replaces, or those any new file of the user gets.
            if hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), _permissions(path))
            os.fsync(stream.fileno())
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _naming_target(error, path) from error
        raise
    return Path(temporary)


def _naming_target(error: OSError, path: Path) -> OSError:
    """The same failure, naming the target: the temporary file is the program's business."""
    if error.errno is None:
        return error
    winerror = getattr(error, "winerror", None)
    try:
        return type(error)(error.errno, error.strerror, str(path), winerror)
    except TypeError:  # a subclass with a constructor of its own
        return error


def _read_umask() -> int:
    # Linux tells the umask without changing it; elsewhere reading it means setting it
    # for a moment, which is done once, when this module is first imported.
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()


def _permissions(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_UMASK


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk too; Windows cannot open folders this way.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)
}
_UNSAFE = re.compile(r"[^a-z0-9]+")
_UNSAFE_KEEP_DOTS = re.compile(r"[^a-z0-9.]+")


def slug(text: str, *, limit: int = 60, keep_dots: bool = False) -> str:
    """A lower-case, dash-separated name that any file system accepts.

    Accents are folded (``Café Zoë`` becomes ``cafe-zoe``) so that names survive
    e-mail, zip files and old Windows shares alike.
    """
    folded = unicodedata.normalize("NFKD", one_line(text)).encode("ascii", "ignore").decode()
    unsafe = _UNSAFE_KEEP_DOTS if keep_dots else _UNSAFE
    name = unsafe.sub("-", folded.lower()).strip("-.")
    name = re.sub(r"-{2,}", "-", name)[:limit].strip("-.")
    return name


def _version_slug(version: str) -> str:
    """A version as a name: a dot is kept only between digits (``2.0.1``), so that a
    version such as ``1.exe`` cannot end the name in another file type (``1-exe``)."""
    name = slug(version, limit=20, keep_dots=True)
    return re.sub(r"-{2,}", "-", re.sub(r"(?<!\d)\.|\.(?!\d)", "-", name)).strip("-")


def safe_file_name(*parts: str, version: str = "", suffix: str) -> str:
    """Join slugged ``parts`` and a version (dots kept: ``1.0``) into a file name.

    Never empty, never a reserved Windows name, never over-long.
    """
    pieces = [p for p in (slug(part) for part in parts) if p] or ["document"]
    if slug(version, keep_dots=True):
        pieces.append(_version_slug(version))
    stem = "-".join(pieces)
    if stem.split(".")[0] in _WINDOWS_RESERVED:
        stem = f"{stem}-file"
    return f"{stem[:150]}{suffix}"

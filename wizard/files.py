"""Writing files safely, and file names that are safe on every system.

Every file the program writes (project, autosave, export) goes through
``atomic_write``: the bytes go to a temporary file beside the target, are flushed to
disk, and only then replace the target. A crash, a full disk or a locked file can
leave the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from wizard.sanitise import one_line


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the path holds either all of it or what it held."""
    path = Path(path)
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
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _naming_target(error, path) from error
        raise
    _sync_folder(path.parent)


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


def safe_file_name(*parts: str, version: str = "", suffix: str) -> str:
    """Join slugged ``parts`` and a version (dots kept: ``1.0``) into a file name.

    Never empty, never a reserved Windows name, never over-long.
    """
    pieces = [p for p in (slug(part) for part in parts) if p] or ["document"]
    if slug(version, keep_dots=True):
        pieces.append(slug(version, limit=20, keep_dots=True))
    stem = "-".join(pieces)
    if stem.split(".")[0] in _WINDOWS_RESERVED:
        stem = f"{stem}-file"
    return f"{stem[:150]}{suffix}"

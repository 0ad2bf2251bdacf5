"""Opening a document or a folder with the user's own programs, in the user's environment.

A frozen build (PyInstaller) changes its own environment so that it loads the libraries
it carries: on Linux its folder stands first in ``LD_LIBRARY_PATH`` (the user's value
kept in ``LD_LIBRARY_PATH_ORIG``), and ``_PYI_*`` variables tell a PyInstaller program
that it is a child of its own bootloader; on Windows the DLL search path points into
the bundle. A word processor or file manager started with that environment would load
our Qt and our libraries instead of its own, and may crash. So the opener runs with the
environment the user started the program with.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

# Variables the bootloader prepends its folder to, keeping the user's value beside them.
LIBRARY_PATHS = ("LD_LIBRARY_PATH", "LIBPATH")


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def user_environment(
    environ: Mapping[str, str] | None = None, *, frozen: bool | None = None
) -> dict[str, str]:
    """The environment as the user started the program, for programs it starts."""
    env = dict(os.environ if environ is None else environ)
    if not (is_frozen() if frozen is None else frozen):
        return env
    for name in LIBRARY_PATHS:
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
        else:
            env.pop(name, None)
    for name in [n for n in env if n.startswith("_PYI_")]:
        del env[name]
    return env


def opener(platform: str = sys.platform) -> str:
    """The system's command that opens a file with its usual program."""
    return "open" if platform == "darwin" else "xdg-open"


def open_path(path: Path | str, failed: Callable[[], None] | None = None) -> bool:
    """Open a document or folder as a double-click would; False when nothing could.

    The opener hands over and ends; when it ends in failure (``xdg-open`` where no file
    manager or no program for the file type is registered) ``failed`` is called, from
    another thread: pass something that crosses threads, such as a Qt signal's ``emit``.
    """
    target = str(path)
    if sys.platform == "win32":
        return _open_on_windows(target)
    env = user_environment()
    command = shutil.which(opener(), path=env.get("PATH"))
    if command:
        try:
            process = subprocess.Popen(
                [command, target],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            pass
        else:
            # Collected when it ends (xdg-open hands over and ends), so no zombie stays.
            def collect() -> None:
                if process.wait() != 0 and failed is not None:
                    failed()

            threading.Thread(target=collect, daemon=True).start()
            return True
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(target)))


def _open_on_windows(target: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    frozen = is_frozen() and hasattr(sys, "_MEIPASS")
    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 (absent elsewhere)
    if frozen:
        # The bundle's DLL folder is inherited by the programs we start; undo it
        # for the opener, then set it again for our own later loads.
        kernel32.SetDllDirectoryW(None)
    try:
        getattr(os, "startfile")(target)  # noqa: B009 (absent elsewhere)
        return True
    except OSError:
        return False
    finally:
        if frozen:
            kernel32.SetDllDirectoryW(getattr(sys, "_MEIPASS"))  # noqa: B009

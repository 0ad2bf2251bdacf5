"""A home or settings folder the program cannot write: the window opens and says, once,
that settings will not be kept.

Only temporary folders: in this process through POLICY_BUILDER_HOME (a regular file
where the folders would go, which stops every user, the administrator too); in a child
process as a user would meet it, with HOME and the XDG folders read-only (by their
permissions, or, for the administrator, whom permissions do not stop, as a read-only
mount in a namespace of its own).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import main
from ui.main_window import MainWindow
from ui.settings import Settings, unkept_folders
from wizard.answers.model import Language

ROOT = Path(__file__).resolve().parents[2]


def test_a_writable_home_says_nothing(
    qtbot: Any, _no_blocking_dialogs: list[tuple[str, Any]]
) -> None:
    window = main.create_window([])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.built)
    qtbot.wait(50)
    assert window.settings.writable
    assert unkept_folders(window.settings) == []
    assert _no_blocking_dialogs == []


def test_settings_folder_in_the_way_window_opens_and_says_so_once(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _no_blocking_dialogs: list[tuple[str, Any]],
) -> None:
    blocked = tmp_path / "home"
    blocked.write_text("a file where the folders would go")
    monkeypatch.setenv("POLICY_BUILDER_HOME", str(blocked))
    settings = Settings()
    assert not settings.writable
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_language(Language.EN)
    window.show()
    qtbot.waitUntil(lambda: window.built)
    qtbot.waitUntil(lambda: bool(_no_blocking_dialogs))
    [(kind, args)] = _no_blocking_dialogs
    assert kind == "information"
    assert args[1] == "Settings will not be kept"
    assert str(blocked / "config") in args[2] and str(blocked / "data") in args[2]
    # Settings still work for this session, and nothing is said a second time.
    window.apply_font_size(14)
    window.settings.language = Language.NL
    assert window.settings.language is Language.NL
    window.hide()
    window.show()
    window.say_if_settings_unkept()
    qtbot.wait(50)
    assert len(_no_blocking_dialogs) == 1
    window.settings.sync()  # closing writes nothing and raises nothing
    assert blocked.read_text() == "a file where the folders would go"


PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
shown = []
for name in ("information", "warning", "critical", "question"):
    setattr(QMessageBox, name, staticmethod(lambda *a, _n=name: shown.append([_n, *a[1:3]])))
from ui.app import create_main_window, set_identity
app = QApplication([])
set_identity(app)
sys.excepthook = lambda kind, error, tb: shown.append(["error", repr(error)])
window = create_main_window([])
window.show()
QTimer.singleShot(1500, window.close)
QTimer.singleShot(2000, app.quit)
app.exec()
print(json.dumps(shown))
"""


def _read_only_run(home: Path, language: str) -> list[list[str]]:
    """The window started with HOME and the XDG folders read-only; what it said."""
    folders = {
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
    }
    for folder in folders.values():
        folder.mkdir(parents=True)
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": language,
        "LC_ALL": language,
        **{name: str(folder) for name, folder in folders.items()},
    }
    command = [sys.executable, "-c", PROBE]
    if os.geteuid() != 0:
        for folder in [*folders.values(), home / ".local", home]:
            folder.chmod(0o555)
    else:
        # Permissions do not stop the administrator: a read-only mount does.
        unshare = shutil.which("unshare")
        if unshare is None:
            pytest.skip("run as the administrator without unshare: no read-only folder")
        script = f'mount --bind "{home}" "{home}" && mount -o remount,bind,ro "{home}" && exec "$@"'
        command = [unshare, "-rm", "sh", "-c", script, "sh", *command]
        trial = subprocess.run([unshare, "-rm", "true"], capture_output=True, check=False)
        if trial.returncode != 0:
            pytest.skip("run as the administrator, and no namespace for a read-only mount")
    try:
        result = subprocess.run(
            command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
        )
    finally:
        for folder in [home, home / ".local", *folders.values()]:
            folder.chmod(0o755)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert lines, result.stdout + result.stderr[-2000:]
    shown: list[list[str]] = json.loads(lines[-1])
    return shown


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and mounts")
@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en_GB.UTF-8", "Settings will not be kept"),
        ("nl_NL.UTF-8", "Instellingen worden niet bewaard"),
    ],
)
def test_read_only_home_window_opens_and_says_so_once(
    tmp_path: Path, language: str, title: str
) -> None:
    home = tmp_path / "home"
    shown = _read_only_run(home, language)
    assert len(shown) == 1, shown
    kind, said_title, text = shown[0]
    assert kind == "information" and said_title == title
    assert str(home / ".config" / "SocialMediaPolicyBuilder") in text
    assert str(home / ".local" / "share" / "SocialMediaPolicyBuilder") in text
    assert not list(home.rglob("*.ini")), "nothing was written"

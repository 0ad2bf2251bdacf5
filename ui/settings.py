"""Where settings and autosaves live, and the settings themselves.

``POLICY_BUILDER_HOME`` moves both folders, and the folders that dialogs and exports
start from (tests point it at a temporary folder, so they never touch the real user
folders); otherwise each is one folder named after the
program in the system's place for such files: on Linux
``~/.config/SocialMediaPolicyBuilder`` and ``~/.local/share/SocialMediaPolicyBuilder``,
on Windows ``AppData\\Local\\SocialMediaPolicyBuilder``, on macOS in
``~/Library/Preferences`` and ``~/Library/Application Support``.

Earlier builds put both three folders deep (Qt's per-application location already ends
in the organisation's and the application's name, and the name was added a third
time); their files are moved up once, on first use.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths

from wizard.language import Language

APP_NAME = "SocialMediaPolicyBuilder"
MAX_RECENT = 8
MAX_HOUSE_STYLES = 5
MAX_LAST_PAGES = 50
Location = QStandardPaths.StandardLocation


def config_folder() -> Path:
    home = os.environ.get("POLICY_BUILDER_HOME")
    if home:
        return Path(home) / "config"
    base = Path(
        QStandardPaths.writableLocation(Location.GenericConfigLocation) or Path.home() / ".config"
    )
    folder = base / APP_NAME
    migrate(base / APP_NAME / APP_NAME / APP_NAME, folder)
    return folder


def data_folder() -> Path:
    home = os.environ.get("POLICY_BUILDER_HOME")
    if home:
        return Path(home) / "data"
    base = Path(
        QStandardPaths.writableLocation(Location.GenericDataLocation)
        or Path.home() / ".local" / "share"
    )
    folder = base / APP_NAME
    migrate(legacy_data_base(base) / APP_NAME / APP_NAME / APP_NAME, folder)
    return folder


def documents_folder() -> Path:
    """Where documents go when the user has chosen no folder yet: the system's documents
    folder (``Documenten`` on a Dutch Linux desktop, a OneDrive folder on many Windows
    machines), not a guessed ``~/Documents``. Under ``POLICY_BUILDER_HOME`` a folder in
    it, so that no test writes into the real one."""
    home = os.environ.get("POLICY_BUILDER_HOME")
    if home:
        return Path(home) / "Documents"
    found = QStandardPaths.writableLocation(Location.DocumentsLocation)
    return Path(found) if found else Path.home() / "Documents"


def start_folder() -> Path:
    """Where a file dialog starts when nothing better is known (no project, no earlier
    choice): the user's home folder, or the test's own under ``POLICY_BUILDER_HOME``."""
    home = os.environ.get("POLICY_BUILDER_HOME")
    return Path(home) if home else Path.home()


def legacy_data_base(generic: Path) -> Path:
    """Where Qt's per-application data folder started: the roaming one on Windows."""
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"])
    return generic


def migrate(old: Path, new: Path) -> bool:
    """Move the files of a three-deep folder of an older version to ``new``, once.

    A file already in ``new`` is newer and wins. The emptied old folders are removed,
    up to the first one that holds something else. True when something was moved.
    """
    if not old.is_dir():
        return False
    moved = False
    with contextlib.suppress(OSError):
        new.mkdir(parents=True, exist_ok=True)
        for item in old.iterdir():
            target = new / item.name
            if not target.exists():
                item.replace(target)
                moved = True
    folder = old
    for _ in range(2):  # .../APP/APP/APP: the two below the new folder, .../APP
        try:
            folder.rmdir()
        except OSError:
            break
        folder = folder.parent
    return moved


def writable_folder(folder: Path) -> bool:
    """Whether files can be made in ``folder`` (made when missing): tried, not guessed.

    A permission check would say yes to the administrator on a read-only disk; making
    (and at once removing) a file answers for every user and file system.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return False
    return True


def writable_file(path: Path) -> bool:
    """Whether ``path`` can be written: a folder that takes files, and the file if there."""
    if not writable_folder(path.parent):
        return False
    try:
        with path.open("r+b"):
            pass
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def unkept_folders(settings: Settings) -> list[Path]:
    """The folders the program cannot write: settings (and autosaves) are not kept there."""
    folders = [] if settings.writable else [settings.folder]
    data = data_folder()
    if not writable_folder(data):
        folders.append(data)
    return folders


class Settings:
    """Window geometry, recent files, interface language, font size, preview state.

    When the settings folder cannot be written (a read-only home, a full disk), the
    settings live in memory for this session; ``writable`` says so, and the window
    tells the user once.
    """

    def __init__(self) -> None:
        self.folder = config_folder()
        path = self.folder / "settings.ini"
        self.writable = writable_file(path)
        # An unwritable file is still read; what is set stays in memory.
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._settings.sync()

    @property
    def language(self) -> Language:
        stored = self._settings.value("interface/language", "")
        if stored in ("nl", "en"):
            return Language(stored)
        # The first start follows the system language.
        return Language.NL if QLocale.system().language() == QLocale.Language.Dutch else Language.EN

    @language.setter
    def language(self, value: Language) -> None:
        self._settings.setValue("interface/language", value.value)

    @property
    def font_size(self) -> int:
        try:
            return int(str(self._settings.value("interface/font_size", 0)))
        except (TypeError, ValueError):
            return 0

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._settings.setValue("interface/font_size", value)

    @property
    def preview_visible(self) -> bool:
        return str(self._settings.value("interface/preview", "true")).lower() == "true"

    @preview_visible.setter
    def preview_visible(self, value: bool) -> None:
        self._settings.setValue("interface/preview", "true" if value else "false")

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def recent(self) -> list[str]:
        value = self._settings.value("files/recent", [])
        # An INI file returns a single entry as a string, several as a list.
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(v) for v in items if v]

    def add_recent(self, path: Path, name: str | None = None) -> None:
        """``path`` first among the recent files; ``name`` is its organisation, shown
        beside it (a consultant knows clients by name, not by file)."""
        entry = str(path.resolve())
        paths = [entry, *(p for p in self.recent if p != entry)][:MAX_RECENT]
        self._settings.setValue("files/recent", paths)
        names = {p: n for p, n in self.recent_names.items() if p in paths}
        if name and name.strip():
            names[entry] = name.strip()
        import json

        self._settings.setValue("files/recent_names", json.dumps(names))

    @property
    def recent_names(self) -> dict[str, str]:
        """Organisation names of recent files, by path (a file saved by an older release
        has none)."""
        stored = str(self._settings.value("files/recent_names", "") or "")
        if stored in ("", "{}"):
            return {}  # no recent files: the first paint need not import json
        import json

        try:
            value = json.loads(stored)
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}

    @property
    def clients_folder(self) -> str:
        return str(self._settings.value("files/clients_folder", "") or "")

    @clients_folder.setter
    def clients_folder(self, value: str) -> None:
        self._settings.setValue("files/clients_folder", value)

    def remove_recent(self, path: str) -> None:
        self._settings.setValue("files/recent", [p for p in self.recent if p != path])

    @property
    def house_styles(self) -> list[str]:
        """The house styles (Word files) used last, the most recent first."""
        value = self._settings.value("files/house_styles", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(v) for v in items if v]

    def add_house_style(self, path: Path) -> None:
        entry = str(path.resolve())
        paths = [entry, *(p for p in self.house_styles if p != entry)][:MAX_HOUSE_STYLES]
        self._settings.setValue("files/house_styles", paths)

    @property
    def export_folder(self) -> str:
        return str(self._settings.value("files/export_folder", "") or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._settings.setValue("files/export_folder", value)

    def last_page(self, path: Path) -> str | None:
        """The page a project was left on, so that reopening it goes back there."""
        return self._last_pages().get(str(path.resolve()))

    def set_last_page(self, path: Path, page: str) -> None:
        pages = self._last_pages()
        entry = str(path.resolve())
        pages.pop(entry, None)
        pages[entry] = page
        kept = dict(list(pages.items())[-MAX_LAST_PAGES:])  # the most recent last
        import json  # here, not at the top: the window's first paint does not need it

        self._settings.setValue("files/last_pages", json.dumps(kept))

    def _last_pages(self) -> dict[str, str]:
        import json

        try:
            value = json.loads(str(self._settings.value("files/last_pages", "{}")))
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(k): str(v) for k, v in value.items()}

"""Where settings and autosaves live, and the settings themselves.

``POLICY_BUILDER_HOME`` moves both folders (tests point it at a temporary folder, so
they never touch the real user folders); otherwise Qt's standard locations are used.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths

from wizard.language import Language

APP_NAME = "SocialMediaPolicyBuilder"
MAX_RECENT = 8
MAX_LAST_PAGES = 50


def config_folder() -> Path:
    home = os.environ.get("POLICY_BUILDER_HOME")
    if home:
        return Path(home) / "config"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(location or Path.home() / ".config") / APP_NAME


def data_folder() -> Path:
    home = os.environ.get("POLICY_BUILDER_HOME")
    if home:
        return Path(home) / "data"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share") / APP_NAME


class Settings:
    """Window geometry, recent files, interface language, font size, preview state."""

    def __init__(self) -> None:
        folder = config_folder()
        folder.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

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

    def add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        paths = [entry, *(p for p in self.recent if p != entry)][:MAX_RECENT]
        self._settings.setValue("files/recent", paths)

    def remove_recent(self, path: str) -> None:
        self._settings.setValue("files/recent", [p for p in self.recent if p != path])

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
        self._settings.setValue("files/last_pages", json.dumps(kept))

    def _last_pages(self) -> dict[str, str]:
        try:
            value = json.loads(str(self._settings.value("files/last_pages", "{}")))
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(k): str(v) for k, v in value.items()}

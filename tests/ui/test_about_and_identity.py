"""Desktop manners: the icon, the names the desktop sees, Help > About."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from ui import about, app
from ui.about import AboutDialog
from ui.main_window import MainWindow
from wizard import __version__
from wizard.answers.model import Language

ICONS = ROOT / "resources" / "icons"


@pytest.mark.parametrize("size", app.ICON_SIZES)
def test_each_icon_size_is_a_png_of_that_size(size: int) -> None:
    image = QImage(str(ICONS / f"policy-builder-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_windows_and_mac_icons_hold_the_pngs() -> None:
    ico = (ICONS / "policy-builder.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ICONS / "policy-builder.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns and b"\x89PNG" in icns
    assert (ICONS / "policy-builder.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_application_says_who_it_is(qapp: QApplication) -> None:
    before = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        app.set_identity(qapp)
        assert QGuiApplication.desktopFileName() == "social-media-policy-builder"
        assert qapp.applicationVersion() == __version__
        assert qapp.applicationDisplayName() == "Social Media Policy Builder"
        icon = QGuiApplication.windowIcon()
        assert not icon.isNull()
        assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    finally:
        qapp.setApplicationName(before[0])
        qapp.setOrganizationName(before[1])
        qapp.setApplicationDisplayName(before[2])


def test_the_desktop_file_has_the_name_the_program_gives() -> None:
    desktop = ROOT / "packaging" / "linux" / f"{app.DESKTOP_FILE}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f"Icon={app.DESKTOP_FILE}" in text
    assert "MimeType=application/x-social-media-policy-project;" in text


def test_about_names_version_licence_and_libraries(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"Version {__version__}" in text or f"Versie {__version__}" in text
    for name, version, licence in about.libraries():
        assert name in text and licence in text
        assert version, name
    assert "LGPL" in text


def test_help_about_opens_the_dialog(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_language(Language.NL)
    about_action = window.help_menu.actions()[-1]
    about_action.trigger()
    (dialog,) = shown
    assert "Versie" in dialog.text.text() and dialog.windowTitle().startswith("Over")


def test_files_of_the_program_exist_in_the_checkout() -> None:
    for name in ("packaging/policy-builder.spec", "packaging/build.py"):
        assert (ROOT / name).is_file(), name
    assert Path(app.program_file("resources", "icons", "policy-builder-48.png")).is_file()


def test_about_opens_the_third_party_notice_with_every_licence(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.about import NoticeDialog
    from wizard import notices

    shown: list[NoticeDialog] = []
    monkeypatch.setattr(NoticeDialog, "exec", lambda self: shown.append(self) or 0)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.notices_button.click()
    (notice,) = shown
    qtbot.addWidget(notice)
    text = notice.text.toPlainText()
    # From a checkout: made from the installed distributions' metadata.
    assert notices.shipped_notice() is None
    for name in ("Python", "PySide6_Essentials", "shiboken6", "pydantic", "Jinja2", "lxml"):
        assert f"\n{notices.RULE}\n{name} " in text, name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "The Qt libraries are used unmodified" in text
    assert "Permission is hereby granted" in text  # pydantic's MIT licence, from its wheel


def test_a_shipped_notice_is_the_one_shown(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.about import NoticeDialog
    from wizard import notices

    shipped = tmp_path / notices.NOTICE_NAME
    shipped.write_text("the bundle's own notice", encoding="utf-8")
    monkeypatch.setattr(notices, "program_file", lambda *parts: tmp_path.joinpath(*parts))
    dialog = NoticeDialog()
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "the bundle's own notice"

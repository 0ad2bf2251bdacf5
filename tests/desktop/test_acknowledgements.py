"""The staff and acknowledgements dialog on a real X server, in Dutch at 1366×768."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton

from tests.acknowledgement_files import csv_bytes, project_with_versions
from tests.desktop.conftest import click, focus, named, press, wait_until, when_modal
from ui.acknowledgements import AcknowledgementsDialog
from ui.main_window import MainWindow
from ui.welcome import PageId


def test_the_dialog_fits_and_enter_records_a_signature(window: MainWindow, tmp_path: Path) -> None:
    path = project_with_versions(tmp_path, [("1.0", True)])
    staff = tmp_path / "personeel.csv"
    rows = [["Naam", "E-mail"]] + [[f"Medewerker {i:02d}", f"m{i}@x.nl"] for i in range(1, 30)]
    staff.write_bytes(csv_bytes(rows))
    assert window.open_project(path)
    click(named(window, f"wizard.step.{PageId.REVIEW.value}"))
    seen: dict[str, Any] = {}

    def drive(dialog: AcknowledgementsDialog) -> None:
        try:
            seen["active"] = dialog.isActiveWindow()
            dialog.import_staff(str(staff))
            screen = dialog.screen().availableGeometry()
            seen["fits"] = screen.contains(dialog.frameGeometry())
            inside = QRect(0, 0, dialog.width(), dialog.height())
            buttons = dialog.findChildren(QPushButton)
            seen["buttons_shown"] = all(
                inside.contains(QRect(b.mapTo(dialog, b.rect().topLeft()), b.size()))
                for b in buttons
                if b.isVisible()
            )
            dialog.table.setFocus()
            wait_until(lambda: focus() is dialog.table, "the staff table to take the focus")
            press(Qt.Key.Key_Down)
            press(Qt.Key.Key_Down)
            seen["on_table"] = focus() is dialog.table
            press(Qt.Key.Key_Return)  # Enter on a person records their signature
            wait_until(lambda: dialog.total.text().startswith("1 van"), "the signature")
            seen["total"] = dialog.total.text()
            press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sluiten
            wait_until(lambda: not dialog.isVisible(), "the dialog to close")
            seen["closed"] = True
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(AcknowledgementsDialog, drive)
    click(named(window, "review.acknowledgements"))
    assert seen == {
        "active": True,
        "fits": True,
        "buttons_shown": True,
        "on_table": True,
        "total": "1 van 29 hebben versie 1.0 voor akkoord getekend",
        "closed": True,
    }
    register = json.loads(path.with_name("de-linde.register.json").read_text(encoding="utf-8"))
    assert [a["method"] for a in register["acknowledgements"]] == ["paper"]
    assert named(window, "review.acknowledged").text() == (
        "1 van 29 hebben versie 1.0 voor akkoord getekend"
    )

"""Issuing a version with the keyboard, on a real X server: the dialog is modal and active."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import EXAMPLES
from tests.desktop.conftest import click, focus, named, press, type_text, wait_until, when_modal
from ui.issue_version import IssueVersionDialog
from ui.main_window import MainWindow
from ui.welcome import PageId

NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))


def test_issuing_a_version_with_the_keyboard(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / NORTHWIND.name
    shutil.copy(NORTHWIND, path)
    assert window.open_project(path)
    click(named(window, f"wizard.step.{PageId.REVIEW.value}"))
    seen: dict[str, Any] = {}

    def drive(dialog: IssueVersionDialog) -> None:
        try:
            seen["active"] = dialog.isActiveWindow()
            # An editable combo box takes the focus itself and types into its line.
            seen["on_number"] = focus() in (dialog.version, dialog.version.lineEdit())
            press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text("2.0")  # Northwind's documents say 2.1: 2.0 was never issued
            seen["no_error"] = not dialog.error.isVisible()
            press(Qt.Key.Key_Tab)
            seen["on_date"] = focus() is dialog.date  # the date of approval, today's
            press(Qt.Key.Key_Tab)
            seen["on_approver"] = focus() is dialog.approved_by
            press(Qt.Key.Key_Tab)
            seen["on_summary"] = focus() is dialog.summary
            type_text("Eerste versie")
            press(Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Versie &uitgeven
            wait_until(lambda: not dialog.isVisible(), "the version to be issued")
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failed check must not leave a modal dialog waiting

    when_modal(IssueVersionDialog, drive)
    click(named(window, "review.issue"))
    assert seen == {
        "active": True,
        "on_number": True,
        "no_error": True,
        "on_date": True,
        "on_approver": True,
        "on_summary": True,
    }
    history = window.store.get("history")
    assert [(h["version"], h["summary"]) for h in history] == [("2.0", "Eerste versie")]
    assert window.store.get("organisation.version") == "2.0"
    # Issuing 2.0 again is refused beside the field, with the keyboard too.
    refused: dict[str, Any] = {}

    def again(dialog: IssueVersionDialog) -> None:
        try:
            press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text("2.0")
            refused["error"] = dialog.error.isVisible() and "al uitgegeven" in dialog.error.text()
            press(Qt.Key.Key_Return)  # refused at once: the dialog stays
            refused["still_open"] = dialog.isVisible()
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(IssueVersionDialog, again)
    click(named(window, "review.issue"))
    assert refused == {"error": True, "still_open": True}
    assert len(window.store.get("history")) == 1
    window.store.set_modified(False)


@pytest.mark.parametrize("size", [0, 100])  # normal, and twice the normal text size
def test_typing_a_wrong_number_moves_nothing_at_either_text_size(
    window: MainWindow, tmp_path: Path, size: int
) -> None:
    path = tmp_path / NORTHWIND.name
    shutil.copy(NORTHWIND, path)
    assert window.open_project(path)
    click(named(window, f"wizard.step.{PageId.REVIEW.value}"))
    window.apply_font_size(size)  # the dialog opens at this size
    seen: dict[str, Any] = {}

    def drive(dialog: IssueVersionDialog) -> None:
        try:
            seen["on_screen"] = dialog.screen().availableGeometry().contains(dialog.frameGeometry())
            before = dialog.summary.mapToGlobal(dialog.summary.rect().topLeft())
            press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            moved = []
            for letter in "1.0Privegebruik: met":
                type_text(letter)
                if dialog.summary.mapToGlobal(dialog.summary.rect().topLeft()) != before:
                    moved.append(letter)
            seen["moved"] = moved
            seen["refused"] = dialog.error.isVisible() and "versienummer" in dialog.error.text()
            seen["fits"] = dialog.error.heightForWidth(dialog.error.width()) <= (
                dialog.error.height()
            )
            seen["ok"] = dialog.ok.isEnabled()
            press(Qt.Key.Key_Return)  # refused at once: the dialog stays
            seen["still_open"] = dialog.isVisible()
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(IssueVersionDialog, drive)
    click(named(window, "review.issue"))
    assert seen == {
        "on_screen": True,
        "moved": [],
        "refused": True,
        "fits": True,
        "ok": False,
        "still_open": True,
    }, size
    assert window.store.get("history") == []

"""Typing, clicking and choosing as a person does, with the preview shown or hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from tests.desktop.conftest import (
    click,
    focus,
    named,
    press,
    preview_rendered,
    type_text,
)
from ui.main_window import MainWindow
from ui.welcome import PageId
from wizard.answers.model import ChannelId


@pytest.mark.parametrize("preview", [True, False], ids=["preview shown", "preview hidden"])
def test_every_character_typed_arrives(window: MainWindow, preview: bool) -> None:
    window.preview_action.setChecked(preview)
    assert window.preview.isVisible() is preview
    click(named(window, "welcome.new"))
    assert window.wizard.currentId() == PageId.ORGANISATION
    # New project puts the focus on the first question.
    assert focus().objectName() == "organisation.name"
    type_text("Bakkerij Van Dijk & Zonen é ë")
    assert named(window, "organisation.name").text() == "Bakkerij Van Dijk & Zonen é ë"
    click(named(window, "organisation.policy_owner.role"))
    type_text("eigenaar")
    assert window.store.get("organisation.policy_owner.role") == "eigenaar"
    assert window.wizard.next_button.isEnabled()


def test_check_boxes_and_drop_downs_keep_the_focus(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # not complete: stays
    assert window.wizard.currentId() == PageId.ORGANISATION
    type_text("Fietsen Jansen")
    named(window, "organisation.policy_owner.role").setFocus()
    type_text("eigenaar")
    press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.wizard.currentId() == PageId.CHANNELS
    instagram: QCheckBox = named(window, "channels.instagram")
    click(instagram)
    preview_rendered()
    assert instagram.isChecked() and focus() is instagram
    press(Qt.Key.Key_Tab)
    official = focus()
    assert official.objectName() == "channels.instagram.official_account"
    press(Qt.Key.Key_Space)
    preview_rendered()
    assert official.isChecked() and focus() is official  # type: ignore[attr-defined]
    press(Qt.Key.Key_Tab)
    assert focus().objectName() == "channels.instagram.manager"
    type_text("Lotte de Vries")
    press(Qt.Key.Key_Tab)
    posting: QComboBox = focus()  # type: ignore[assignment]
    assert posting.objectName() == "channels.instagram.employee_posting"
    before = posting.currentIndex()
    press(Qt.Key.Key_Down)
    preview_rendered()
    assert posting.currentIndex() == before + 1 and focus() is posting
    assert window.wizard.next_button.isEnabled()


def test_hide_preview_button_hides_it_and_the_menu_follows(window: MainWindow) -> None:
    window.preview_action.setChecked(True)
    click(named(window, "preview.hide"))
    assert not window.preview.isVisible()
    assert not window.preview_action.isChecked()
    assert window.settings.preview_visible is False
    window.preview_action.trigger()
    assert window.preview.isVisible() and window.settings.preview_visible


def test_enter_in_a_complete_page_moves_on(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    type_text("Kapsalon Knip")
    edit: QLineEdit = named(window, "organisation.policy_owner.role")
    edit.setFocus()
    type_text("eigenaar")
    press(Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.CHANNELS
    first_channel = f"channels.{next(iter(ChannelId)).value}"
    assert QApplication.focusWidget() is named(window, first_channel)
    press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.wizard.currentId() == PageId.ORGANISATION

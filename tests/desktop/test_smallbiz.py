"""'I do all of this myself' with the keyboard, on a real X server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

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
from wizard.answers.advice import MYSELF_KEYS


def owners(win: MainWindow) -> list[str]:
    return [win.store.get(key) for key in MYSELF_KEYS]


def test_ticking_do_it_all_myself_with_space_and_typing_the_owner(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    type_text("Bakkerij Van Dijk")
    click(named(window, "organisation.size.micro"))
    click(named(window, "organisation.policy_owner.role"))
    type_text("eigenaar")
    click(named(window, f"wizard.step.{PageId.GOVERNANCE.value}"))
    myself: QCheckBox = named(window, "governance.myself")
    assert focus() is myself  # the first thing on the page, and where the focus goes
    press(Qt.Key.Key_Space)
    preview_rendered()
    assert myself.isChecked() and focus() is myself
    assert owners(window) == ["eigenaar"] * 4
    assert not any(named(window, key).isEnabled() for key in MYSELF_KEYS)
    # The name typed later, a character at a time: the four follow, the focus stays.
    click(named(window, f"wizard.step.{PageId.ORGANISATION.value}"))
    click(named(window, "organisation.policy_owner.name"))
    type_text("Henk van Dijk")
    assert owners(window) == ["Henk van Dijk"] * 4
    assert [named(window, key).text() for key in MYSELF_KEYS] == ["Henk van Dijk"] * 4
    click(named(window, f"wizard.step.{PageId.GOVERNANCE.value}"))
    assert focus() is myself and myself.isChecked()
    press(Qt.Key.Key_Space)  # unticked: the values stay and can be changed
    preview_rendered()
    assert not myself.isChecked() and owners(window) == ["Henk van Dijk"] * 4
    press(Qt.Key.Key_Tab)
    assert focus() is named(window, "governance.hr_owner")

"""Warnings beside their answers, the review page's links and summary, the preview's note."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

import main
from tests.ui.test_main_window import widget
from ui.main_window import MainWindow
from ui.welcome import PageId
from wizard.consistency import Warning
from wizard.model import Language

DOTTED_KEY = re.compile(r"\b[a-z_]+\.[a-z_]+(\.[a-z_]+)*\b")


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    win = main.create_window([])
    qtbot.addWidget(win)
    win.set_language(Language.EN)
    win.show()
    qtbot.waitUntil(lambda: win.built)
    return win


def test_a_warning_stands_beside_its_answer_and_goes_when_fixed(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    window.wizard.go_to(PageId.MARKETS)
    warning: QLabel = widget(window, "markets.webcare.warning")
    assert not warning.isVisibleTo(window)
    widget(window, "markets.webcare").setChecked(True)
    assert warning.isVisibleTo(window)
    assert "Webcare is on, but customer service is not a goal" in warning.text()
    assert warning.text().startswith("⚠") and warning.property("role") == "warning"
    # It stands in the question's own block, right under the answer.
    block = widget(window, "markets.webcare.block")
    assert block.isAncestorOf(warning)
    widget(window, "markets.goals.customer_service").setChecked(True)
    assert not warning.isVisibleTo(window)


def test_a_date_warning_stands_beside_the_effective_date(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    window.set_language(Language.NL)
    window.store.set("organisation.effective_date", "2020-03-01")
    warning: QLabel = widget(window, "organisation.effective_date.warning")
    assert warning.isVisibleTo(window) and "1 maart 2020" in warning.text()
    review: QLabel = widget(window, "organisation.review_months.warning")
    assert review.isVisibleTo(window) and "herziening" in review.text()


def test_a_warning_about_a_channel_row_stands_under_the_table(
    window: MainWindow, monkeypatch: Any
) -> None:
    widget(window, "welcome.new").click()
    window.wizard.go_to(PageId.CHANNELS)
    store = window.store
    row_warning = Warning("channels.instagram.manager", "webcare_without_goal")
    monkeypatch.setattr(store, "warnings", lambda language: [row_warning])
    widget(window, "channels.instagram").setChecked(True)
    label: QLabel = widget(window, "channels.warning")
    assert label.isVisibleTo(window)
    assert label.text().startswith("⚠ Note: Instagram")
    assert "channels." not in label.text()
    # Under the table, not at the foot of the window.
    assert widget(window, "channels").parentWidget() is label.parentWidget()


def preview_text(win: MainWindow) -> str:
    win.preview.refresh_preview()  # what the debounce timer does a moment later
    return str(win.preview.browser.toPlainText())


def test_a_half_typed_address_keeps_the_preview_up_with_a_note(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    window.set_language(Language.NL)
    widget(window, "organisation.name").setText("Bakkerij Van Dijk")
    widget(window, "organisation.policy_owner.email").setText("henk@bakkerij.nl")
    assert "Bakkerij Van Dijk" in preview_text(window)
    note: QLabel = widget(window, "preview.note")
    assert not note.isVisibleTo(window)
    widget(window, "organisation.policy_owner.email").setText("piet@")
    widget(window, "organisation.name").setText("Bakkerij Van Dijk en Zonen")
    text = preview_text(window)
    # The rest keeps up; the address being typed stands as its [label], as an open answer.
    assert "Bakkerij Van Dijk en Zonen" in text
    assert "piet@" not in text
    assert note.isVisibleTo(window)
    assert "E-mailadres van de beleidseigenaar" in note.text()
    assert "organisation." not in note.text()
    widget(window, "organisation.policy_owner.email").setText("piet@bakkerij.nl")
    assert "piet@bakkerij.nl" in preview_text(window)
    assert not note.isVisibleTo(window)


def test_an_answer_that_cannot_be_shown_keeps_the_last_good_text(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    window.set_language(Language.NL)
    widget(window, "organisation.name").setText("Bakkerij Van Dijk")
    assert "Bakkerij Van Dijk" in preview_text(window)
    # No widget allows it, but a value out of range cannot be shown as a marker.
    window.store.set("organisation.review_months", 99)
    assert window.store.preview_project(Language.NL) is None
    assert "Bakkerij Van Dijk" in preview_text(window)
    note: QLabel = widget(window, "preview.note")
    assert note.isVisibleTo(window)
    assert note.text().startswith("Het voorbeeld toont de laatste geldige antwoorden")
    assert "Herziening elke (maanden)" in note.text()
    window.store.set("organisation.review_months", 12)
    assert "Bakkerij Van Dijk" in preview_text(window) and not note.isVisibleTo(window)

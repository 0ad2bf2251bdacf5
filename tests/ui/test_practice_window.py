"""The consultant's practice in the window: clients on the welcome page, recent
projects by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction

from tests.test_practice import BAKERY, LINDE, NORTHWIND, copy_example
from tests.ui.test_main_window import widget
from ui.main_window import MainWindow
from wizard.answers.model import Language


def test_recent_projects_are_shown_by_their_client_name(window: MainWindow, tmp_path: Path) -> None:
    path = copy_example(BAKERY, tmp_path)
    assert window.open_project(path)
    item = window.wizard.welcome.recent.item(0)
    assert item.text() == f"Bakkerij Van Dijk — {path.resolve()}"
    # Choosing the item opens its project by its path.
    opened: list[str] = []
    window.wizard.welcome.open_requested.connect(opened.append)
    window.wizard.welcome.recent.itemActivated.emit(item)
    assert opened == [str(path.resolve())]


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_the_welcome_page_shows_a_folder_of_clients_and_a_click_opens_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: Language
) -> None:
    window.set_language(language)
    folder = tmp_path / "clients"
    copy_example(LINDE, folder)
    northwind = copy_example(NORTHWIND, folder / "northwind")
    (folder / "kapot.policy.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr(window, "ask_clients_folder", lambda: str(folder))
    welcome = window.wizard.welcome
    assert not welcome.clients.isVisibleTo(welcome)
    widget(window, "welcome.clients").click()
    table = welcome.clients
    assert table.isVisibleTo(welcome)
    assert table.rowCount() == 3
    first = [table.item(row, 0).text() for row in range(3)]
    assert first[:2] == ["Zorggroep De Linde", "Northwind Advisory B.V."]  # review date order
    assert "JSON" in first[2]  # the broken file says why
    header = table.horizontalHeaderItem(0).text()
    assert header == ("Organisatie" if language is Language.NL else "Organisation")
    assert str(folder) in welcome.clients_folder.text()
    assert window.settings.clients_folder == str(folder)
    table.cellClicked.emit(2, 0)  # the broken one: nothing happens
    assert window.store.path is None
    table.cellClicked.emit(1, 0)
    assert window.store.path == northwind.resolve()


def test_the_clients_table_follows_the_interface_language(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    folder = tmp_path / "clients"
    copy_example(BAKERY, folder)
    window.set_language(Language.EN)
    monkeypatch.setattr(window, "ask_clients_folder", lambda: str(folder))
    widget(window, "welcome.clients").click()
    table = window.wizard.welcome.clients
    assert table.item(0, 1).text() == "Retail"
    window.set_language(Language.NL)
    assert table.horizontalHeaderItem(0).text() == "Organisatie"
    assert table.item(0, 1).text() == "Detailhandel"


def test_new_from_this_project_keeps_the_answers_and_clears_the_client(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    window.set_language(Language.EN)
    source = copy_example(NORTHWIND, tmp_path)
    raw = json.loads(source.read_text(encoding="utf-8"))
    raw["notes"] = {"behaviour.monitoring": "Ask the works council."}
    raw["clauses"] = {"respect.tone": {"en": "At Northwind Advisory B.V. we are kind."}}
    source.write_text(json.dumps(raw), encoding="utf-8")
    assert window.open_project(source)
    reports: list[str] = []
    monkeypatch.setattr(window, "ask_new_client_name", lambda: "Acme Advies")
    monkeypatch.setattr(window, "show_new_from_report", reports.append)
    window.findChild(QAction, "action.menu.new_from").trigger()
    store = window.store
    assert store.path is None, "untitled: Save asks where"
    assert store.get("organisation.name") == "Acme Advies"
    assert store.get("behaviour.monitoring") == raw["behaviour"]["monitoring"]
    assert store.get("clauses")["respect.tone"]["en"] == "At Acme Advies we are kind."
    assert store.get("notes") == {} and store.get("governance.hr_owner") == ""
    assert source.read_text(encoding="utf-8") == json.dumps(raw), "the earlier client is untouched"
    [report] = reports
    assert "Acme Advies" in report and "Notes (1)" in report and "HR owner" in report


def test_the_folder_of_clients_is_shown_again_at_the_next_start(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    import main

    folder = tmp_path / "clients"
    copy_example(BAKERY, folder)
    window.settings.clients_folder = str(folder)
    window.settings.sync()
    again = main.create_window([])
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.built)
    table = again.wizard.welcome.clients
    assert not table.isHidden() and table.rowCount() == 1
    assert table.item(0, 0).text() == "Bakkerij Van Dijk"

"""Keys, dates and the way back into a project, offscreen (logic, not focus)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

import main
from tests.conftest import EXAMPLES
from ui.dates import DateField, parse_date
from ui.main_window import MainWindow
from ui.mnemonics import letter
from ui.settings import Settings
from ui.welcome import PageId
from wizard.answers.model import Language


def visible_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """Every Alt+letter a person can use while the current page is shown."""
    found = []
    for action in window.menuBar().actions():
        if (key := letter(action.text())) is not None:
            found.append((key, action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            key = letter(widget.text())
            if key is not None:
                found.append((key, widget.text()))
    return found


@pytest.mark.parametrize("language", list(Language))
def test_alt_letters_are_unique_on_every_page(window: MainWindow, language: Language) -> None:
    window.set_language(language)
    for page in PageId:
        window.wizard.go_to(page)
        keys = visible_mnemonics(window)
        letters = [key for key, _ in keys]
        doubles = {k: [t for key, t in keys if key == k] for k in letters if letters.count(k) > 1}
        assert not doubles, f"{page.name} ({language.value}): {doubles}"


def test_dates_follow_the_interface_language(window: MainWindow) -> None:
    window.wizard.go_to(PageId.ORGANISATION)
    field = window.findChild(DateField, "organisation.effective_date")
    window.store.set("organisation.effective_date", "2027-03-09")
    window.wizard.currentPage().load()
    window.set_language(Language.NL)
    assert field.text() == "09-03-2027"
    window.set_language(Language.EN)
    assert field.text() == "2027-03-09"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("01-02-2027", date(2027, 2, 1)),
        ("1-2-2027", date(2027, 2, 1)),
        ("01/02/2027", date(2027, 2, 1)),
        ("01.02.2027", date(2027, 2, 1)),
        ("01022027", date(2027, 2, 1)),
        ("2027-02-01", date(2027, 2, 1)),
        ("31-02-2027", None),
        ("01-02-27", None),
        ("morgen", None),
    ],
)
def test_dates_are_read_as_people_type_them(typed: str, meant: date | None) -> None:
    assert parse_date(typed) == meant


def test_text_that_is_not_a_date_keeps_the_last_good_one(window: MainWindow) -> None:
    window.set_language(Language.NL)
    window.wizard.go_to(PageId.ORGANISATION)
    page = window.wizard.currentPage()
    field = window.findChild(DateField, "organisation.effective_date")
    before = window.store.get("organisation.effective_date")
    field.textEdited.emit("31-02")  # half typed, as textEdited reports typing
    field.setText("31-02")
    field.textEdited.emit("31-02")
    assert window.store.get("organisation.effective_date") == before
    error = window.findChild(QLabel, "organisation.effective_date.error")
    assert "geen datum" in error.text() and error.isVisibleTo(page)
    assert not page.isComplete()
    field.setText("15-04-2027")
    field.textEdited.emit("15-04-2027")
    assert window.store.get("organisation.effective_date") == "2027-04-15"
    assert "geen datum" not in error.text()


def test_an_empty_plan_date_opens_its_calendar_at_today(window: MainWindow, clock: Any) -> None:
    window.wizard.go_to(PageId.GOVERNANCE)
    due = window.findChild(DateField, "governance.plan.baseline.due")
    due.set_value(None)
    calendar = due.open_calendar()
    day = clock.today()  # the program's clock, not the system's
    today = QDate(day.year, day.month, day.day)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.selectedDate() == today
    assert due.text() == ""  # looking is not choosing
    calendar.clicked.emit(QDate(2027, 1, 15))
    assert due.value() == "2027-01-15"
    assert window.store.get("governance.plan")[0]["due"] == "2027-01-15"


def test_a_project_reopens_on_the_page_it_was_left_on(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    project = tmp_path / "bakkerij.policy.json"
    shutil.copy(next(p for p in EXAMPLES if "bakkerij" in p.name), project)
    assert window.open_project(project)
    assert window.wizard.currentId() == PageId.ORGANISATION
    window.wizard.go_to(PageId.BEHAVIOUR)
    again = main.create_window([str(project)])
    qtbot.addWidget(again)
    assert again.wizard.currentId() == PageId.BEHAVIOUR
    assert Settings().last_page(project) == "behaviour"


def test_the_preview_shows_the_passage_an_answer_changed(window: MainWindow, qtbot: Any) -> None:
    window.open_project(next(p for p in EXAMPLES if "northwind" in p.name))
    window.wizard.go_to(PageId.BEHAVIOUR)
    preview = window.preview
    preview.refresh_preview()
    bar = preview.browser.verticalScrollBar()
    bar.setValue(0)
    before = preview.html
    window.store.set("behaviour.sanctions", "guidance")
    preview.refresh_preview()
    assert preview.html != before
    assert bar.value() > 0  # scrolled down to the section with the sanctions

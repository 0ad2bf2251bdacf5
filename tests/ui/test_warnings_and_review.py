"""Warnings beside their answers, the review page's links and summary, the preview's note."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.test_main_window import widget
from ui.main_window import MainWindow
from ui.welcome import PageId
from wizard.answers.model import Language
from wizard.content.consistency import Warning

DOTTED_KEY = re.compile(r"\b[a-z_]+\.[a-z_]+(\.[a-z_]+)*\b")


def test_a_warning_stands_beside_its_answer_and_goes_when_fixed(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    window.wizard.go_to(PageId.MARKETS)
    warning: QLabel = widget(window, "markets.webcare.warning")
    # Its line is kept free, so that a warning appearing moves nothing below it.
    assert warning.isVisibleTo(window) and not warning.text().strip()
    height = warning.sizeHint().height()
    widget(window, "markets.webcare").setChecked(True)
    assert warning.isVisibleTo(window)
    assert "Webcare is on without the goal Customer service" in warning.text()
    assert warning.text().startswith("⚠") and warning.property("role") == "warning"
    # It stands in the question's own block, right under the answer.
    block = widget(window, "markets.webcare.block")
    assert block.isAncestorOf(warning)
    widget(window, "markets.goals.customer_service").setChecked(True)
    assert not warning.text().strip() and warning.sizeHint().height() == height


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
    page = window.wizard.currentPage()
    assert page.table_area.isAncestorOf(widget(window, "channels"))  # type: ignore[attr-defined]
    form = page.form  # type: ignore[attr-defined]
    assert 0 < form.indexOf(page.table_area) < form.indexOf(label)  # type: ignore[attr-defined]


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


def open_example(win: MainWindow, name: str = "bakkerij-van-dijk") -> None:
    from tests.conftest import EXAMPLES

    path = next(p for p in EXAMPLES if p.name.startswith(name))
    assert win.open_project(path)


def test_clicking_a_warning_goes_to_its_question(window: MainWindow, qtbot: Any) -> None:
    open_example(window)
    window.store.set("markets.webcare", False)  # customer service is a goal: a warning
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    links = [link for link in review.issue_links if link.target == "markets.goals"]
    assert len(links) == 1 and links[0].isVisibleTo(window)
    assert "Markets and goals" in links[0].text() and "⚠" in links[0].text()
    qtbot.mouseClick(links[0], Qt.MouseButton.LeftButton)
    assert window.wizard.currentId() == PageId.MARKETS
    focused = window.focusWidget()
    assert focused is not None and focused.objectName().startswith("markets.goals.")


def test_enter_on_an_open_question_goes_there(window: MainWindow, qtbot: Any) -> None:
    open_example(window)
    window.store.set("technical.incident_contact", "")
    widget(window, "channels.x").setChecked(True)
    widget(window, "channels.x.official_account").setChecked(True)  # needs a manager
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    targets = [link.target for link in review.issue_links]
    assert targets == ["channels.x.manager", "technical.incident_contact"]  # in page order
    link = review.issue_links[0]
    assert "X (formerly Twitter)" in link.text() and "channels." not in link.text()
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.CHANNELS
    assert window.focusWidget() is widget(window, "channels.x.manager")
    window.wizard.go_to(PageId.REVIEW)
    qtbot.keyClick(review.issue_links[1], Qt.Key.Key_Enter)
    assert window.wizard.currentId() == PageId.TECHNICAL
    assert window.focusWidget() is widget(window, "technical.incident_contact")


def test_a_page_link_goes_to_the_page_and_its_first_question(
    window: MainWindow, qtbot: Any
) -> None:
    open_example(window)
    window.wizard.go_to(PageId.REVIEW)
    link = window.wizard.review.page_links["governance"]
    assert link.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.GOVERNANCE
    # The page's first question: the "I do all of this myself" box above the owners.
    assert window.focusWidget() is widget(window, "governance.myself")


def test_the_summary_never_says_ready_above_an_open_warning(window: MainWindow) -> None:
    open_example(window)
    window.wizard.go_to(PageId.REVIEW)
    summary: QLabel = widget(window, "review.summary")
    assert not window.store.problems() and not window.store.warnings(Language.EN)
    assert summary.text().startswith("Every question has been answered")
    window.store.set("markets.webcare", False)
    assert window.store.warnings(Language.EN)
    assert "answered" not in summary.text() and "1 warning is still open" in summary.text()
    window.set_language(Language.NL)
    assert "beantwoord" not in summary.text() and "1 waarschuwing" in summary.text()
    window.store.set("technical.incident_contact", "")
    assert summary.text().startswith("Nog niet alles is ingevuld")


@pytest.mark.parametrize("language", list(Language))
def test_the_review_page_summarises_every_page(window: MainWindow, language: Language) -> None:
    open_example(window)
    window.set_language(language)
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    from ui import strings
    from wizard.answers.labels import field_label

    for page in ("organisation", "channels", "markets", "confidentiality"):
        assert review.page_titles[page].text() == strings.tr(f"page.{page}.title")
    for page in ("behaviour", "technical", "governance"):
        assert review.page_links[page].isVisibleTo(window)
    texts = {page: label.text() for page, label in review.page_answers.items()}
    assert all(texts.values())
    for page, text in texts.items():
        plain = re.sub(r"<[^>]+>", "", text)
        assert not DOTTED_KEY.search(plain.replace("Viva Engage", "")), (page, plain)
        assert "True" not in plain and "None" not in plain and "_" not in plain, (page, plain)
    organisation = texts["organisation"]
    assert f"{field_label('organisation.name', language)}:</b> Bakkerij Van Dijk" in organisation
    if language is Language.NL:
        assert "Detailhandel" in organisation and "01-12-2026" in organisation
        assert (
            "Instagram (officieel account, beheerd door Lotte van Dijk, delen aangemoedigd)"
            in texts["channels"]
        )
        assert "Consumenten en Mkb en zzp" in texts["markets"] or "Mkb en zzp" in texts["markets"]
        assert "Nulmeting: Henk van Dijk, uiterlijk 30-11-2026" in texts["governance"]
        assert "Borging: nog niet gepland" in texts["governance"]
    else:
        assert "Retail" in organisation
        assert "Instagram (official account, managed by Lotte van Dijk" in texts["channels"]


def test_answered_questions_leave_no_links_behind(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    assert sum(link.isVisibleTo(review) for link in review.issue_links) >= 5
    open_example(window)
    window.wizard.go_to(PageId.REVIEW)
    # At once, before the event loop has deleted the links no longer needed.
    assert not [link.text() for link in review.issue_links if link.isVisibleTo(review)]


def test_the_summary_takes_the_colour_of_what_it_says(window: MainWindow) -> None:
    """A new project starts with questions open (red); once every question is answered
    "Every question has been answered" stood in that red still, as an error would."""
    from tests.conftest import EXAMPLES

    widget(window, "welcome.new").click()
    window.wizard.go_to(PageId.REVIEW)
    summary: QLabel = widget(window, "review.summary")

    def colour() -> str:
        return summary.palette().color(summary.foregroundRole()).name()

    assert summary.property("kind") == "error" and colour() == "#b3261e"
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("kapsalon")))
    window.wizard.go_to(PageId.REVIEW)
    assert not window.store.problems() and not window.store.warnings(Language.EN)
    assert summary.text().startswith("Every question has been answered")
    assert colour() not in ("#b3261e", "#8a5300")

"""On a real X server: a half-typed address keeps the preview up; review links by keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.conftest import EXAMPLES
from tests.desktop.conftest import focus, press, preview_rendered, type_text
from ui.main_window import MainWindow
from ui.review import QUESTION_PAGES
from ui.welcome import PageId


def named(win: QWidget, name: str) -> Any:
    found = win.findChild(QWidget, name)
    assert found is not None, f"no widget named {name}"
    return found


def test_a_half_typed_address_keeps_the_preview_and_the_focus(window: MainWindow) -> None:
    window.preview_action.setChecked(True)
    QTest.mouseClick(named(window, "welcome.new"), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    type_text("Bakkerij Van Dijk")
    named(window, "organisation.policy_owner.role").setFocus()
    type_text("eigenaar")
    email = named(window, "organisation.policy_owner.email")
    email.setFocus()
    preview_rendered()
    assert "Bakkerij Van Dijk" in window.preview.browser.toPlainText()
    type_text("piet@")
    preview_rendered()
    assert focus() is email and email.text() == "piet@"
    text = window.preview.browser.toPlainText()
    assert "Bakkerij Van Dijk" in text and len(text) > 1000  # the document, not a list
    note = named(window, "preview.note")
    assert note.isVisible() and "E-mailadres van de beleidseigenaar" in note.text()
    type_text("bakkerij.nl")
    preview_rendered()
    assert focus() is email
    assert "piet@bakkerij.nl" in window.preview.browser.toPlainText()
    assert not note.isVisible()


def test_tab_and_enter_on_a_review_link_go_to_the_question(window: MainWindow) -> None:
    path = next(p for p in EXAMPLES if p.name.startswith("bakkerij"))
    assert window.open_project(path)
    window.store.set("markets.webcare", False)  # customer service is a goal: a warning
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    link = next(link for link in review.issue_links if link.target == "markets.goals")
    # Tab reaches the links in order; Enter follows the one with the focus.
    review.issue_links[0].setFocus()
    for _ in range(5):
        if focus() is link:
            break
        press(Qt.Key.Key_Tab)
    assert focus() is link
    press(Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.MARKETS
    assert focus().objectName().startswith("markets.goals.")
    window.wizard.go_to(PageId.REVIEW)
    # After the issues, Tab goes through the pages' links in order.
    link.setFocus()
    seen = []
    # Between them: Issue this version and Staff and acknowledgements (Withdraw is disabled).
    for _ in range(len(review.issue_links) + 8):
        press(Qt.Key.Key_Tab)
        seen.append(focus().objectName())
    pages = [name for name in seen if name.startswith("review.link.") and "." not in name[12:]]
    assert pages[:7] == [f"review.link.{page}" for page in QUESTION_PAGES], seen
    review.page_links["technical"].setFocus()
    press(Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.TECHNICAL
    assert focus().objectName().startswith("technical.")

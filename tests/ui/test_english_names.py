"""The roles' names in the English documents, typed in the window (ui/english_names.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.conftest import EXAMPLES
from tests.ui.test_main_window import widget
from ui.english_names import EnglishNamesDialog, english_names
from ui.main_window import MainWindow
from ui.welcome import PageId
from wizard.answers.draft import project_from_draft
from wizard.answers.model import DocumentKind, Language
from wizard.content.tailoring import build_outline

LINDE = next(p for p in EXAMPLES if "linde" in p.name)


def test_a_name_typed_reaches_the_english_documents_and_only_them(window: MainWindow) -> None:
    window.set_language(Language.NL)
    assert window.open_project(LINDE)
    window.wizard.go_to(PageId.GOVERNANCE)
    button = widget(window, "english_names.button")
    assert button.isVisibleTo(window) and "Engelse" in button.text()
    dialog = EnglishNamesDialog(window.store, window)
    approver = dialog.findChild(QLineEdit, "english_names.governance.approver")
    # The glossary's name stands greyed in the field; nothing is stored until typed.
    assert approver.text() == "" and approver.placeholderText() == "Board of directors"
    approver.setText("  Executive Board ")
    dialog.accept()
    assert english_names(window.store) == {"governance.approver": "Executive Board"}
    assert window.store.modified
    project = project_from_draft(window.store.draft)
    assert project is not None
    english = build_outline(project, DocumentKind.ICT_POLICY, Language.EN)
    dutch = build_outline(project, DocumentKind.ICT_POLICY, Language.NL)
    assert "executive board" in english.control.approver.lower()
    assert "executive board" not in dutch.control.approver.lower()
    assert "raad van bestuur" in dutch.control.approver.lower()
    # Emptied again: the glossary's name comes back.
    dialog = EnglishNamesDialog(window.store, window)
    dialog.findChild(QLineEdit, "english_names.governance.approver").setText("")
    dialog.accept()
    assert english_names(window.store) == {}


def test_cancel_changes_nothing_and_dutch_only_documents_hide_the_button(
    window: MainWindow,
) -> None:
    assert window.open_project(LINDE)
    dialog = EnglishNamesDialog(window.store, window)
    dialog.findChild(QLineEdit, "english_names.governance.it_owner").setText("IT lead")
    dialog.reject()
    assert english_names(window.store) == {}
    assert not window.store.modified
    window.store.set("output.languages", ["nl"])
    window.wizard.go_to(PageId.GOVERNANCE)
    assert not widget(window, "english_names.button").isVisibleTo(window)


def test_a_role_that_stays_dutch_is_warned_about_beside_it_until_named(
    window: MainWindow,
) -> None:
    from PySide6.QtWidgets import QLabel

    from ui.strings import tr
    from wizard.answers.pages import page

    window.set_language(Language.NL)
    assert window.open_project(LINDE)  # Dutch and English documents
    window.wizard.go_to(PageId.GOVERNANCE)
    warning: QLabel = widget(window, "governance.it_owner.warning")
    # Its line is kept free, so that the warning appearing moves nothing below it.
    assert warning.isVisibleTo(window) and not warning.text().strip()
    height = warning.sizeHint().height()
    field: QLineEdit = widget(window, "governance.it_owner")
    field.setText("beleidsadviseur")
    # The dialog does not show the Dutch answer as if it were the English name.
    named = EnglishNamesDialog(window.store, window).findChild(
        QLineEdit, "english_names.governance.it_owner"
    )
    assert named.placeholderText() == "Blijft Nederlands: typ de Engelse naam"
    text = warning.text()
    assert text.startswith("⚠") and "'beleidsadviseur' blijft Nederlands" in text
    # It names the button and the page as the window labels them.
    button = tr("english_names.button").replace("&", "").rstrip("…")
    assert f"'{button}'" in text and f"'{page('governance').title_nl}'" in text
    assert warning.sizeHint().height() == height
    # The review page lists it too.
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    shown = [link.text() for link in review.issue_links if link.isVisibleTo(review)]
    assert [t for t in shown if "'beleidsadviseur'" in t] == [
        "Organisatie van het beleid › ⚠ " + text.removeprefix("⚠ ")
    ]
    # Given an English name, the warning goes.
    window.wizard.go_to(PageId.GOVERNANCE)
    dialog = EnglishNamesDialog(window.store, window)
    dialog.findChild(QLineEdit, "english_names.governance.it_owner").setText("Policy adviser")
    dialog.accept()
    assert not warning.text().strip() and warning.isVisibleTo(window)
    window.wizard.go_to(PageId.REVIEW)
    shown = [link.text() for link in review.issue_links if link.isVisibleTo(review)]
    assert not [t for t in shown if "beleidsadviseur" in t]
    window.wizard.go_to(PageId.GOVERNANCE)
    # In English the warning names the English button.
    window.set_language(Language.EN)
    window.store.set("governance.english_names", {})
    assert "'Names in the English documents'" in warning.text()
    assert "'Governance and plan' page" in warning.text()

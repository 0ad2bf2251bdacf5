"""What a new user tripped over, walking a small business from the welcome page to the
Word files with the keyboard alone, in Dutch at twice the text size on 1366×768."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.desktop.conftest import (
    click,
    focus,
    layout_settled,
    named,
    press,
    type_text,
    wait_until,
)
from ui.main_window import MainWindow
from ui.welcome import PageId


@contextmanager
def at_twice_the_text(window: MainWindow) -> Iterator[None]:
    """1366×768 at twice the text size; afterwards the normal size again and nothing to
    save, as the next test expects."""
    font = QApplication.font()
    window.resize(1366, 768)
    window.apply_font_size(100)  # as far as Ctrl++ goes
    layout_settled()
    try:
        yield
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)


def whole(widget: QWidget) -> bool:
    """Shown, and not cut by the edge of its scroll area."""
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def question_of(widget: QWidget) -> QWidget | None:
    block = widget.parentWidget()
    while block is not None and not block.objectName().endswith(".block"):
        block = block.parentWidget()
    return block


def test_the_help_under_a_field_comes_into_view_with_it(window: MainWindow, qtbot: Any) -> None:
    """ "Mag leeg blijven" (may stay empty) and "bijvoorbeeld eigenaar of directeur" are
    under their fields: Tab brought the field into view and left them under the edge."""
    with at_twice_the_text(window):
        named(window, "welcome.new").setFocus()
        press(Qt.Key.Key_Space)
        wait_until(lambda: window.wizard.currentId() == PageId.ORGANISATION, "page 1")
        type_text("Fietsenwinkel De Spaak")
        checked = []
        for _ in range(30):
            press(Qt.Key.Key_Tab)
            widget = focus()
            block = question_of(widget)
            if block is None or window.wizard.currentId() != PageId.ORGANISATION:
                continue
            help_label = block.findChild(QLabel, block.objectName().replace(".block", ".help"))
            if help_label is None or not help_label.text():
                continue
            area = window.wizard.currentPage().scroll_area  # type: ignore[attr-defined]
            if block.height() > area.viewport().height() - 40:
                continue  # a question taller than the page: its field comes first
            wait_until(lambda b=block: whole(b), f"{block.objectName()} to be in view")
            assert whole(help_label), help_label.objectName()
            checked.append(block.objectName())
        assert "organisation.policy_owner.email.block" in checked, checked
        assert "organisation.policy_owner.role.block" in checked, checked


def test_after_the_export_the_keyboard_is_on_the_files_made(
    window: MainWindow, qtbot: Any, tmp_path: Any
) -> None:
    """The export button is disabled while it works, and Qt gave its focus to the next
    widget, "Ook als PDF": a second Space ticked it. Now the keyboard is on the list of
    files made, where Enter opens a document."""
    from tests.conftest import EXAMPLES

    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("kapsalon")))
    with at_twice_the_text(window):
        window.wizard.go_to(PageId.REVIEW)
        layout_settled()
        review = window.wizard.review
        review.folder.setText(str(tmp_path))
        review.export_button.setFocus(Qt.FocusReason.TabFocusReason)
        wait_until(review.export_button.hasFocus, "the export button to take the focus")
        press(Qt.Key.Key_Space)
        wait_until(lambda: review.job is None and review.results.count() > 0, "the export")
        wait_until(lambda: focus() is review.results, "the focus on the files made")
        press(Qt.Key.Key_Space)
        assert not review.pdf_box.isChecked()
        assert whole(review.results)

        # And it shows that it has the focus: the list is framed in blue as every field
        # is (its first file is selected either way, focus or not).
        def frame() -> str:
            image = review.results.grab().toImage()
            return image.pixelColor(0, image.height() // 2).name()

        assert frame() == "#1a5fb4"
        review.open_folder.setFocus(Qt.FocusReason.TabFocusReason)
        wait_until(review.open_folder.hasFocus, "the focus to move on")
        QApplication.processEvents()
        assert frame() != "#1a5fb4"


def test_the_preview_beside_the_welcome_page_starts_at_the_top(window: MainWindow) -> None:
    """A new user's first screen showed the code of conduct from its section 9 on: the
    new project's own answers counted as a change to scroll to."""
    from tests.desktop.conftest import preview_rendered

    window.preview_action.setChecked(True)
    assert window.wizard.currentId() == PageId.WELCOME
    preview_rendered()
    layout_settled()
    bar = window.preview.browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    # Where the user goes next, the preview still follows the answers.
    named(window, "welcome.new").setFocus()
    press(Qt.Key.Key_Space)
    wait_until(lambda: window.wizard.currentId() == PageId.ORGANISATION, "page 1")
    window.store.set_modified(False)


def test_a_name_typed_on_the_undo_link_goes_to_the_name(window: MainWindow) -> None:
    """The size's undo link is a Tab stop between the size and the owner's name: a name
    typed one Tab too early undid the size's answers at its first space."""
    named(window, "welcome.new").setFocus()
    press(Qt.Key.Key_Space)
    wait_until(lambda: window.wizard.currentId() == PageId.ORGANISATION, "page 1")
    micro = named(window, "organisation.size.micro")
    click(micro)
    wait_until(lambda: window.store.last_refit is not None, "the answers to follow the size")
    micro.setFocus(Qt.FocusReason.TabFocusReason)
    wait_until(micro.hasFocus, "the size to take the focus")
    fitted = dict(window.store.last_refit.after)  # type: ignore[union-attr]
    press(Qt.Key.Key_Tab)
    line = named(window, "organisation.refit")
    assert focus() is line
    for character in "Joost Bakker":
        press(Qt.Key(ord(character.upper())) if character != " " else Qt.Key.Key_Space)
    name = named(window, "organisation.policy_owner.name")
    assert focus() is name and name.text().casefold() == "joost bakker"
    assert window.store.last_refit is not None
    assert all(window.store.get(key) == value for key, value in fitted.items())
    # Enter on the link still undoes.
    line.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Return)
    wait_until(lambda: window.store.last_refit is None, "the undo")
    window.store.set_modified(False)


def test_the_review_page_opens_with_its_summary_in_view(window: MainWindow) -> None:
    """ "Alle vragen zijn beantwoord" is what a user looks for on arriving; the page's
    first link took the focus on the way in and scrolled the line out of view."""
    from tests.conftest import EXAMPLES

    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("kapsalon")))
    with at_twice_the_text(window):
        window.wizard.go_to(PageId.GOVERNANCE)
        layout_settled()
        press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # &Volgende
        wait_until(lambda: window.wizard.currentId() == PageId.REVIEW, "the review page")
        layout_settled()
        review = window.wizard.review
        assert review.summary.text().startswith("Alle vragen zijn beantwoord")
        wait_until(lambda: whole(review.summary), "the summary to be in view")
        assert focus() is review.export_button

"""The whole way from New project to the Word files with the keyboard alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.desktop.conftest import focus, layout_settled, press, type_text
from ui.main_window import MainWindow
from ui.welcome import PageId

ALT = Qt.KeyboardModifier.AltModifier


def tab_to(name: str, *, most: int = 120) -> None:
    """Press Tab until the named widget has the focus, as a person would."""
    for _ in range(most):
        if focus().objectName() == name:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; the focus is on {focus().objectName()}")


def test_keyboard_only_from_new_project_to_export(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    assert focus().objectName() == "welcome.new"
    press(Qt.Key.Key_Space)
    assert window.wizard.currentId() == PageId.ORGANISATION
    type_text("Bakkerij Van Dijk")
    tab_to("organisation.policy_owner.role")
    type_text("eigenaar")
    press(Qt.Key.Key_Right, ALT)
    assert window.wizard.currentId() == PageId.CHANNELS
    tab_to("channels.instagram")
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Right, ALT)
    for page in (PageId.MARKETS, PageId.CONFIDENTIALITY, PageId.BEHAVIOUR, PageId.TECHNICAL):
        assert window.wizard.currentId() == page
        if page is PageId.TECHNICAL:
            tab_to("technical.incident_contact")
            type_text("henk@bakkerij.nl")
        press(Qt.Key.Key_Right, ALT)
    assert window.wizard.currentId() == PageId.GOVERNANCE
    for key in ("hr_owner", "communications_owner", "it_owner", "approver"):
        tab_to(f"governance.{key}")
        type_text("Henk")
    press(Qt.Key.Key_Right, ALT)
    assert window.wizard.currentId() == PageId.REVIEW, window.store.problems()
    tab_to("review.folder")
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(str(tmp_path), settle_every=1000)
    tab_to("review.export")
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.wizard.review.job is None, timeout=30000)
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".docx"]


def test_tab_lands_on_the_chosen_radio_button(window: MainWindow) -> None:
    press(Qt.Key.Key_Space)  # New project
    tab_to("organisation.sector")
    press(Qt.Key.Key_Tab)
    assert focus().objectName() == "organisation.size.small"  # the default, not the first


def test_tab_visits_every_question_before_the_preview(window: MainWindow) -> None:
    press(Qt.Key.Key_Space)
    seen: list[str] = []
    for _ in range(60):
        press(Qt.Key.Key_Tab)
        name = focus().objectName()
        if name.startswith("preview."):
            break
        seen.append(name)
    questions = [n for n in seen if n.startswith("organisation.")]
    assert "organisation.logo" in questions and "organisation.review_months" in questions
    assert seen.index("organisation.logo") < seen.index("wizard.help")


def test_dates_are_typed_as_dutch_people_write_them(window: MainWindow) -> None:
    press(Qt.Key.Key_Space)
    tab_to("organisation.effective_date")
    date_field = focus()
    assert len(date_field.text()) == 10 and date_field.text()[2] == "-"  # type: ignore[attr-defined]
    type_text("01-12-2027", settle_every=1000)  # Tab selected the old date: typing replaces it
    press(Qt.Key.Key_Tab)
    assert window.store.get("organisation.effective_date") == "2027-12-01"
    assert date_field.text() == "01-12-2027"  # type: ignore[attr-defined]


def test_tab_goes_through_every_plan_date(window: MainWindow) -> None:
    press(Qt.Key.Key_Space)
    window.wizard.go_to(PageId.GOVERNANCE)
    tab_to("governance.plan.baseline.owner")
    visited = []
    for _ in range(12):
        press(Qt.Key.Key_Tab)
        visited.append(focus().objectName())
    dates = [name for name in visited if name.endswith(".due")]
    assert len(dates) == 5, visited
    tab_to("governance.plan.policy.due")
    type_text("1-3-2027", settle_every=1000)
    press(Qt.Key.Key_Tab)
    plan = {step["step"]: step["due"] for step in window.store.get("governance.plan")}
    assert plan["policy"] == "2027-03-01"


def test_large_text_never_grows_the_window_past_the_screen(window: MainWindow) -> None:
    press(Qt.Key.Key_Space)
    indicator_before = _indicator_size(window)
    for _ in range(12):
        press(Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    layout_settled()
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert frame.width() <= room.width() and frame.height() <= room.height()
    base = QApplication.font().pointSizeF() - window.settings.font_size
    assert QApplication.font().pointSizeF() == round(2 * base)  # twice, and no more
    assert _indicator_size(window) > indicator_before
    type_text("Zo groot als op een beamer")
    assert window.store.get("organisation.name") == "Zo groot als op een beamer"


def _indicator_size(window: MainWindow) -> int:
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

    button = window.findChild(QRadioButton, "organisation.size.small")
    option = QStyleOptionButton()
    option.initFrom(button)
    rect = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
    return int(rect.width())


def test_the_channel_table_fits_a_laptop_screen(window: MainWindow) -> None:
    window.preview_action.setChecked(True)
    press(Qt.Key.Key_Space)
    window.wizard.go_to(PageId.CHANNELS)
    layout_settled()
    page = window.wizard.currentPage()
    assert not page.scroll_area.horizontalScrollBar().isVisible()  # type: ignore[attr-defined]
    assert not page.table_area.horizontalScrollBar().isVisible()  # type: ignore[attr-defined]
    for combo in page.findChildren(QComboBox):
        # The chosen text is shown whole, not cut off.
        text_width = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() > text_width + 20, combo.objectName()


def test_alt_letter_goes_to_the_chosen_option_and_changes_nothing(window: MainWindow) -> None:
    """Alt+O ("Omvang") used to click the first option, Micro: a silent change of answer."""
    linde = Path(__file__).resolve().parents[2] / "examples" / "de-linde-zorg.policy.json"
    assert window.open_project(linde)
    window.wizard.go_to(PageId.ORGANISATION)
    layout_settled()
    before = window.store.get("organisation.size")
    assert before == "medium"
    press(Qt.Key.Key_O, ALT)  # &Omvang
    assert focus().objectName() == "organisation.size.medium"
    press(Qt.Key.Key_A, ALT)  # &Aanspreekvorm
    assert focus().objectName() == "organisation.style.formal"
    assert window.store.get("organisation.size") == "medium"
    assert window.store.get("organisation.style") == "formal"
    assert not window.isWindowModified()
    # A set of check boxes: the focus goes to its first box, which is not ticked by it.
    window.wizard.go_to(PageId.MARKETS)
    layout_settled()
    segments = window.store.get("markets.segments")
    press(Qt.Key.Key_M, ALT)  # &Markten
    assert focus().objectName().startswith("markets.segments.")
    assert window.store.get("markets.segments") == segments
    assert not window.isWindowModified()

"""At twice the text size every check box and radio button shows its whole label.

Qt cuts a label off at its measured width, and painted letters come out a little
wider than measured: "Tweestapsverificatie" lost half its last letter on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSpinBox,
)

from tests.conftest import EXAMPLES
from tests.desktop.conftest import layout_settled
from ui.main_window import MainWindow
from ui.welcome import PageId


def room_after_the_label(button: QAbstractButton) -> int:
    """Pixels between the label's last painted letter and where Qt cuts it off."""
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    element = (
        QStyle.SubElement.SE_RadioButtonContents
        if isinstance(button, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxContents
    )
    contents = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    inked = [
        x
        for x in range(contents.left(), min(contents.right() + 1, image.width()))
        if any(image.pixelColor(x, y).lightness() < 100 for y in range(image.height()))
    ]
    assert inked, f"{button.objectName()}: no label painted"
    return contents.right() - max(inked)


def test_every_label_is_painted_whole_at_twice_the_text_size(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("kapsalon")))
    window.apply_font_size(100)  # as far as Ctrl++ goes
    checked = 0
    for page in list(PageId)[1:-1]:
        window.wizard.go_to(page)
        layout_settled()
        for button in [*window.findChildren(QCheckBox), *window.findChildren(QRadioButton)]:
            if not button.isVisible() or not button.text():
                continue
            assert room_after_the_label(button) >= 1, f"{page.name}: {button.text()!r} is cut off"
            checked += 1
    assert checked > 20
    window.store.set_modified(False)


def test_a_number_box_s_arrows_grow_with_the_text(window: MainWindow, qtbot: Any) -> None:
    """At twice the text size the arrows of "Herziening elke (maanden)" were a sliver,
    squashed flat once the box had the focus and its border."""
    window.resize(1366, 768)
    assert window.open_project(next(p for p in EXAMPLES if p.name.startswith("de-linde")))
    window.apply_font_size(100)
    window.wizard.go_to(PageId.ORGANISATION)
    layout_settled()
    spin = window.findChild(QSpinBox, "organisation.review_months")
    assert spin is not None and spin.isVisibleTo(window.wizard.currentPage())
    for focused in (False, True):
        if focused:
            spin.setFocus(Qt.FocusReason.TabFocusReason)
            layout_settled()
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)  # type: ignore[attr-defined]
        text_height = spin.fontMetrics().height()
        for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            arrow = spin.style().subControlRect(
                QStyle.ComplexControl.CC_SpinBox, option, part, spin
            )
            assert arrow.width() >= 0.8 * text_height, (focused, part, arrow, text_height)
            assert arrow.height() >= 0.3 * text_height, (focused, part, arrow, text_height)
        number = spin.lineEdit()
        assert number.fontMetrics().horizontalAdvance(str(spin.maximum())) < number.width()
    window.store.set_modified(False)

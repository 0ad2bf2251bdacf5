"""A business of four through the real window (issue 20): the answers follow the size,
the owner comes first, fitting questions fold away, the focus shows, the page holds still,
and at double text size the page fits 1366×768 with the preview stepped aside."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QScrollArea, QWidget

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


def next_page(window: MainWindow) -> None:
    before = window.wizard.currentId()
    click(named(window, "wizard.next"))
    wait_until(lambda: window.wizard.currentId() != before, "the next page")
    layout_settled()


def start_salon(window: MainWindow) -> None:
    click(named(window, "welcome.new"))
    type_text("Kapsalon Knip")
    click(named(window, "organisation.size.micro"))
    click(named(window, "organisation.policy_owner.name"))
    type_text("Sanne de Boer")
    click(named(window, "organisation.policy_owner.role"))
    type_text("eigenaar")
    click(named(window, "organisation.myself"))


def shown_questions(window: MainWindow) -> list[str]:
    page: Any = window.wizard.currentPage()
    return [k for k, b in page.bindings.items() if b.block is not None and b.block.isVisible()]


def test_a_salon_owner_answers_only_what_is_hers(window: MainWindow) -> None:
    start_salon(window)
    line: QLabel = named(window, "organisation.refit")
    assert "antwoorden ingesteld voor een bedrijf van 1–9 mensen" in line.text()
    assert window.store.get("confidentiality.classification") == "none"
    assert window.store.myself
    # The owner is every owner, the approver and whom to tell about an incident.
    assert window.store.get("governance.approver") == "Sanne de Boer"
    assert window.store.get("technical.incident_contact") == "Sanne de Boer"
    # Only name, sector, size and who she is are left on the first page.
    assert shown_questions(window) == [
        "organisation.name",
        "organisation.sector",
        "organisation.size",
        "organisation.policy_owner.name",
        "organisation.policy_owner.role",
    ]
    next_page(window)
    click(named(window, "channels.instagram"))
    click(named(window, "channels.instagram.official_account"))
    assert named(window, "channels.instagram.manager").text() == "Sanne de Boer"
    for page in (PageId.MARKETS, PageId.CONFIDENTIALITY, PageId.BEHAVIOUR, PageId.TECHNICAL):
        next_page(window)
        assert window.wizard.currentId() == page
        assert len(shown_questions(window)) <= 3
    next_page(window)
    assert window.wizard.currentId() == PageId.GOVERNANCE
    assert shown_questions(window) == []  # the box says who does it all
    next_page(window)
    assert window.wizard.currentId() == PageId.REVIEW
    window.store.set_modified(False)


def test_more_choices_shows_the_folded_questions_to_who_looks(window: MainWindow) -> None:
    start_salon(window)
    click(named(window, f"wizard.step.{PageId.BEHAVIOUR.value}"))
    more: QPushButton = named(window, "behaviour.more")
    assert more.isVisible() and "Meer keuzes (8)" in more.text()
    assert not named(window, "behaviour.sanctions.block").isVisible()
    more.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    wait_until(named(window, "behaviour.sanctions.block").isVisible, "the folded questions")
    assert more.text().startswith("Minder keuzes")
    # The focus went to the first question that came into view, not left on the button.
    assert focus() is not more
    # An answer chosen there stays the user's: a new size leaves it alone.
    click(named(window, "behaviour.sanctions.graded"))
    click(named(window, f"wizard.step.{PageId.ORGANISATION.value}"))
    click(named(window, "organisation.size.small"))
    click(named(window, "organisation.size.micro"))
    assert window.store.get("behaviour.sanctions") == "graded"
    window.store.set_modified(False)


def _look(widget: QWidget) -> QImage:
    QApplication.processEvents()  # a focus change repaints through a queued style update
    return widget.grab().toImage()


def test_every_kind_of_widget_shows_that_it_has_the_focus(window: MainWindow) -> None:
    start_salon(window)
    click(named(window, f"wizard.step.{PageId.MARKETS.value}"))
    kinds = [
        named(window, "wizard.next"),  # a push button
        named(window, "markets.webcare"),  # a check box
        named(window, "markets.more"),  # the fold button
    ]
    click(named(window, f"wizard.step.{PageId.ORGANISATION.value}"))
    kinds += [
        named(window, "organisation.sector"),  # a drop-down
        named(window, "organisation.size.micro"),  # an option button
        named(window, "organisation.name"),  # a text field
        named(window, "organisation.myself"),
    ]
    for widget in kinds:
        if not widget.isVisible():
            page = next(p for p in window.wizard.form_pages if p.isAncestorOf(widget))
            window.wizard.go_to(window.wizard.form_pages.index(page) + 1)
        named(window, "wizard.back").setFocus(Qt.FocusReason.TabFocusReason)
        before = _look(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        after = _look(widget)
        assert QApplication.focusWidget() is widget
        assert before != after, f"{widget.objectName()} looks the same with the focus"
    window.store.set_modified(False)


def test_the_undo_link_is_reached_by_tab_shows_its_focus_and_undoes_with_enter(
    window: MainWindow,
) -> None:
    click(named(window, "welcome.new"))
    type_text("Kapsalon Knip")
    click(named(window, "organisation.size.micro"))
    line: QLabel = named(window, "organisation.refit")
    assert "Ongedaan maken" in line.text()
    assert window.store.last_refit is not None
    fitted = dict(window.store.last_refit.after)
    assert fitted
    micro = named(window, "organisation.size.micro")
    micro.setFocus(Qt.FocusReason.TabFocusReason)
    before = _look(line)
    press(Qt.Key.Key_Tab)
    assert focus() is line
    assert _look(line) != before, "the undo link looks the same with the focus"
    press(Qt.Key.Key_Return)
    wait_until(lambda: window.store.last_refit is None, "the refit to be undone")
    assert window.store.last_refit is None and "Ongedaan" not in line.text()  # undone
    assert any(window.store.get(key) != value for key, value in fitted.items())
    # Nothing left to undo: the empty line is no Tab stop.
    micro.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert focus() is not line
    window.store.set_modified(False)


def test_a_warning_moves_nothing_below_it(window: MainWindow) -> None:
    start_salon(window)
    click(named(window, f"wizard.step.{PageId.MARKETS.value}"))
    webcare: QCheckBox = named(window, "markets.webcare")
    where = webcare.mapTo(window, QPoint(0, 0))
    click(named(window, "markets.goals.customer_service"))  # warns: no webcare
    warning: QLabel = named(window, "markets.goals.warning")
    wait_until(lambda: "webcare" in warning.text().lower(), "the warning")
    layout_settled()
    assert "webcare" in warning.text().lower()
    assert webcare.mapTo(window, QPoint(0, 0)) == where
    status: QLabel = named(window.wizard.currentPage(), "page.status")
    assert status.height() <= status.fontMetrics().height() * 2
    window.store.set_modified(False)


def test_a_warning_longer_than_a_line_moves_nothing_below_it(window: MainWindow) -> None:
    start_salon(window)
    click(named(window, f"wizard.step.{PageId.TECHNICAL.value}"))
    layout_settled()
    click(named(window, "technical.more"))  # separation is folded away for a micro firm
    wait_until(lambda: named(window, "technical.separation.strict").isVisible(), "more")
    click(named(window, "technical.separation.strict"))
    layout_settled()
    warning: QLabel = named(window, "technical.separation.warning")
    below = named(window, "technical.mfa.block")  # the next question
    assert below.isVisible() and below.y() > warning.mapTo(below.parentWidget(), QPoint()).y()
    where, height = below.mapTo(window, QPoint(0, 0)), warning.height()
    # Official accounts on six channels: strict separation's warning now names them all,
    # far more than one line of the page beside the preview.
    channels = ["instagram", "facebook", "linkedin", "tiktok", "youtube", "x"]
    window.store.set(
        "channels",
        [{"id": c, "official_account": True, "manager": "Sanne de Boer"} for c in channels],
    )
    wait_until(lambda: "YouTube" in warning.text(), "the warning to name every channel")
    layout_settled()
    whole = warning.text()
    assert "Strikte scheiding" in whole and "YouTube" in whole
    assert warning.fontMetrics().horizontalAdvance(whole) > 1.5 * warning.width()
    assert below.mapTo(window, QPoint(0, 0)) == where
    assert warning.height() == height
    # Cut short where it is drawn; whole in its tooltip and for a screen reader.
    assert warning.toolTip() == whole.strip()
    assert warning.accessibleName() == whole.strip()
    window.store.set_modified(False)


def test_at_double_text_every_page_fits_and_the_preview_steps_aside(
    window: MainWindow,
) -> None:
    font = QApplication.font()
    window.resize(1366, 768)
    start_salon(window)
    preview = window.preview
    assert preview.isVisible()
    try:
        window.apply_font_size(100)  # as far as Ctrl++ goes: twice the normal size
        wait_until(lambda: not preview.isVisible(), "the preview to step aside")
        assert "het voorbeeld opzij" in window.statusBar().currentMessage()
        for page_id in range(PageId.ORGANISATION, PageId.REVIEW + 1):
            window.wizard.go_to(page_id)
            layout_settled()
            page = window.wizard.currentPage()
            for area in page.findChildren(QScrollArea):
                if area.isVisible():
                    bar = area.horizontalScrollBar()
                    assert bar.maximum() == 0 or not bar.isVisible(), (page_id, area)
        # Ctrl+P brings it back at this size; the normal size brings it back by itself.
        window.preview_action.trigger()
        assert preview.isVisible()
        window.preview_action.trigger()
        window.apply_font_size(0)
        wait_until(preview.isVisible, "the preview to return")
        assert window.settings.preview_visible
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)


def test_at_double_text_a_manager_s_name_fits_its_field(window: MainWindow) -> None:
    """The check-box column's two-word heading wraps instead of taking the room of the
    names: "Sanne de Boer" is whole in its field at twice the text size, in the window as
    it first opens on a 1366×768 screen (1280 wide)."""
    font = QApplication.font()
    assert window.width() <= 1280
    start_salon(window)
    try:
        window.apply_font_size(100)
        layout_settled()
        window.wizard.go_to(PageId.CHANNELS)
        layout_settled()
        click(named(window, "channels.instagram"))
        click(named(window, "channels.instagram.official_account"))
        manager = named(window, "channels.instagram.manager")
        assert manager.text() == "Sanne de Boer"
        room = manager.contentsRect().width() - manager.textMargins().left() - 8
        assert manager.fontMetrics().horizontalAdvance(manager.text()) <= room
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)


def _placeholder_fits(field: Any) -> bool:
    room = field.contentsRect().width() - field.textMargins().left() - 8
    return bool(field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room)


def test_the_manager_placeholder_is_whole_at_normal_and_double_text(window: MainWindow) -> None:
    """ "Wie beheert het account?" was cut to "Wie beheert het a…" in the window as it
    first opens on 1366×768, at the normal and at twice the text size."""
    font = QApplication.font()
    assert window.width() <= 1280
    start_salon(window)
    try:
        for size in (0, 100):
            window.apply_font_size(size)
            layout_settled()
            window.wizard.go_to(PageId.CHANNELS)
            layout_settled()
            fields = [
                named(window, f"channels.{channel}.manager")
                for channel in ("linkedin", "facebook", "other")
            ]
            for field in fields:
                assert field.text() == "" and field.placeholderText() == "Beheerder (naam)"
                assert _placeholder_fits(field), (size, field.objectName(), field.width())
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)


def test_tab_goes_from_the_last_question_to_more_choices(window: MainWindow) -> None:
    start_salon(window)
    click(named(window, f"wizard.step.{PageId.BEHAVIOUR.value}"))
    acknowledgement = named(window, "behaviour.acknowledgement")
    acknowledgement.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert focus() is named(window, "behaviour.more")
    press(Qt.Key.Key_Backtab)
    assert focus() is acknowledgement
    window.store.set_modified(False)


def _in_view(widget: QWidget) -> bool:
    """Whether a person sees the widget: shown, and not scrolled out of its area."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _tab_to(name: str, *, most: int = 80) -> QWidget:
    """Tab until the named widget has the focus; every widget passed on the way is in view."""
    for _ in range(most):
        widget = focus()
        assert _in_view(widget), f"the focus is on {widget.objectName()!r}, out of view"
        if widget.objectName() == name:
            return widget
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; the focus is on {focus().objectName()}")


def test_the_salon_owner_with_the_keyboard_alone_at_double_text(
    window: MainWindow, qtbot: Any, tmp_path: Any
) -> None:
    """Issue 20's Done-when, with keys only, at twice the text size on 1366×768: every
    widget Tab passes is in view, and she ends with her two Word documents."""
    font = QApplication.font()
    window.resize(1366, 768)
    alt = Qt.KeyboardModifier.AltModifier
    try:
        window.apply_font_size(100)
        layout_settled()
        assert focus().objectName() == "welcome.new"
        press(Qt.Key.Key_Space)
        assert window.wizard.currentId() == PageId.ORGANISATION
        type_text("Kapsalon Knip")
        _tab_to(f"organisation.size.{window.store.get('organisation.size')}")
        for _ in range(4):  # the arrows choose among the sizes; Micro is the first
            if focus().objectName() == "organisation.size.micro":
                break
            press(Qt.Key.Key_Up)
        assert window.store.get("organisation.size") == "micro"
        _tab_to("organisation.policy_owner.name")
        type_text("Sanne de Boer")
        _tab_to("organisation.policy_owner.role")
        type_text("eigenaar")
        _tab_to("organisation.myself")
        press(Qt.Key.Key_Space)
        assert window.store.myself
        press(Qt.Key.Key_Right, alt)
        assert window.wizard.currentId() == PageId.CHANNELS
        for channel in ("instagram", "facebook", "whatsapp"):
            _tab_to(f"channels.{channel}")
            press(Qt.Key.Key_Space)
            _tab_to(f"channels.{channel}.official_account")
            press(Qt.Key.Key_Space)
            assert named(window, f"channels.{channel}.manager").text() == "Sanne de Boer"
        for page in (PageId.MARKETS, PageId.CONFIDENTIALITY, PageId.BEHAVIOUR, PageId.TECHNICAL):
            press(Qt.Key.Key_Right, alt)
            assert window.wizard.currentId() == page
            assert _in_view(focus())
        press(Qt.Key.Key_Right, alt)
        assert window.wizard.currentId() == PageId.GOVERNANCE
        press(Qt.Key.Key_Right, alt)
        assert window.wizard.currentId() == PageId.REVIEW, window.store.problems()
        _tab_to("review.folder", most=120)
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(str(tmp_path), settle_every=1000)
        _tab_to("review.export")
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.wizard.review.job is None, timeout=30000)
        assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".docx"]
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)


def _whole_in_view(widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside its scroll area's view."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= area.viewport().height()


def test_more_choices_by_keyboard_leads_into_the_new_questions_at_double_text(
    window: MainWindow,
) -> None:
    """Space on "Meer keuzes" at twice the text size: the first question just shown has
    the focus, its title in view; Tab walks the new questions down the page, each in view,
    to "Minder keuzes"; Space there folds them away and the focus stays, in view. It was
    left on the button, which had moved below every new question, and the next Tab went
    to the page's note: every new question was skipped."""
    font = QApplication.font()
    window.resize(1366, 768)
    start_salon(window)
    try:
        window.apply_font_size(100)
        layout_settled()
        for page_id in (PageId.ORGANISATION, PageId.MARKETS, PageId.BEHAVIOUR):
            window.wizard.go_to(page_id)
            layout_settled()
            page: Any = window.wizard.currentPage()
            more: QPushButton = named(page, f"{page.page_key}.more")
            folded = page.folded()
            assert folded and not any(page.bindings[k].block.isVisible() for k in folded)
            first = next(k for k in page.bindings if k in folded)  # built top to bottom
            more.setFocus(Qt.FocusReason.TabFocusReason)
            layout_settled()
            press(Qt.Key.Key_Space)
            layout_settled()
            assert more.text().startswith("Minder keuzes")
            start = focus()
            assert not start.objectName().endswith(".more"), page_id
            question = page.question_with_focus()
            assert question == first, (question, first)
            title = page.bindings[question].label
            assert title is None or _whole_in_view(title), f"{question}'s title out of view"
            assert _in_view(start)
            # Tab walks the new questions in the order of the page, each in view.
            met: list[str] = []
            while focus() is not more:
                assert _in_view(focus()), f"the focus is on {focus().objectName()}, out of view"
                asked = page.question_with_focus()
                if asked is not None and (not met or met[-1] != asked):
                    met.append(asked)
                press(Qt.Key.Key_Tab)
                assert len(met) < 40
            order = [k for k in page.bindings if k in met]
            assert met == order, "Tab skipped back up the page"
            assert set(folded) & set(met), "Tab met none of the new questions"
            answerable = {
                k
                for k in folded
                if page.bindings[k].block.isVisible() and page.bindings[k].widget.isEnabled()
            }
            assert answerable <= set(met), answerable - set(met)
            # Folded again: the focus stays on the button, which is in view.
            press(Qt.Key.Key_Space)
            layout_settled()
            assert focus() is more and more.text().startswith("Meer keuzes")
            assert _whole_in_view(more)
    finally:
        window.apply_font_size(0)
        QApplication.setFont(font)
        window.store.set_modified(False)

"""The wizard with its real widgets, offscreen. Dialogs are replaced where they would block."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QWidget,
)

import main
from tests.conftest import EXAMPLES
from ui.main_window import MainWindow
from ui.mnemonics import plain
from ui.welcome import PageId
from wizard.answers.draft import project_from_draft
from wizard.answers.model import Language
from wizard.answers.project_file import load_project


def widget(win: QWidget, name: str) -> Any:
    found = win.findChild(QWidget, name)
    assert found is not None, f"no widget named {name}"
    return found


def next_enabled(win: MainWindow) -> bool:
    return bool(win.wizard.next_button.isEnabled())


def go_next(win: MainWindow) -> None:
    assert next_enabled(win), [p.field for p in win.wizard.currentPage().own_problems()]
    win.wizard.next()


def answer_everything(win: MainWindow) -> None:
    """Walk from Welcome to Review, answering as a user would."""
    widget(win, "welcome.new").click()
    assert win.wizard.currentId() == PageId.ORGANISATION
    assert not next_enabled(win)
    widget(win, "organisation.name").setText("Bakkerij {{ 7*7 }} & <Zonen>")
    combo: QComboBox = widget(win, "organisation.sector")
    combo.setCurrentIndex(combo.findData("healthcare"))
    widget(win, "organisation.size.micro").setChecked(True)
    widget(win, "organisation.style.formal").setChecked(True)
    widget(win, "organisation.policy_owner.role").setText("eigenaar")
    go_next(win)
    assert not next_enabled(win)  # no channel yet
    widget(win, "channels.instagram").setChecked(True)
    widget(win, "channels.instagram.official_account").setChecked(True)
    assert not next_enabled(win)  # an official account needs a manager
    widget(win, "channels.instagram.manager").setText("Lotte")
    widget(win, "channels.other").setChecked(True)
    widget(win, "channels.other.label").setText("Nieuwsbrief")
    go_next(win)
    widget(win, "markets.segments.consumer").setChecked(True)
    widget(win, "markets.webcare").setChecked(True)
    spin: QSpinBox = widget(win, "markets.webcare_response_hours")
    spin.setValue(8)
    go_next(win)
    widget(win, "confidentiality.never_share.patient_data").setChecked(True)
    go_next(win)
    widget(win, "behaviour.training.onboarding_and_annual").setChecked(True)
    go_next(win)
    widget(win, "technical.separation.restricted").setChecked(True)
    widget(win, "technical.blocked_channels.tiktok").setChecked(True)
    widget(win, "technical.incident_contact").setText("servicedesk@bakkerij.nl")
    go_next(win)
    for key, value in (
        ("hr_owner", "Henk"),
        ("communications_owner", "Lotte"),
        ("it_owner", "Ilse"),
    ):
        widget(win, f"governance.{key}").setText(value)
    widget(win, "governance.plan.policy.owner").setText("Henk")
    go_next(win)
    assert win.wizard.currentId() == PageId.REVIEW


def test_full_walk_from_welcome_to_export(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    answer_everything(window)
    project = window.store.project()
    assert project is not None
    assert project.organisation.name == "Bakkerij {{ 7*7 }} & <Zonen>"
    assert project.framework.value == "nen7510"  # follows the sector
    assert [c.id.value for c in project.channels] == ["instagram", "other"]
    assert project.technical.blocked_channels[0].value == "tiktok"
    assert project.governance.plan_item(project.governance.plan[1].step).owner == "Henk"
    # A new project's documents are in the interface's language; add the other one.
    widget(window, "output.languages.en").setChecked(True)
    widget(window, "output.languages.nl").setChecked(True)
    widget(window, "review.folder").setText(str(tmp_path / "out"))
    export: Any = widget(window, "review.export")
    assert export.isEnabled()
    export.click()
    qtbot.waitUntil(lambda: window.wizard.review.job is None, timeout=30000)
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == 4
    text = "\n".join(p.text for p in docx.Document(str(files[0])).paragraphs)
    assert "Bakkerij {{ 7*7 }} & <Zonen>" in text
    assert widget(window, "review.results").count() == 4


def test_next_is_blocked_by_invalid_input_and_the_reason_is_shown(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    name: QLineEdit = widget(window, "organisation.name")
    name.setText("x")
    name.setText("")
    widget(window, "organisation.policy_owner.role").setText("owner")
    assert not next_enabled(window)
    error = widget(window, "organisation.name.error")
    assert error.isVisibleTo(window) and "Organisation name is empty" in error.text()
    widget(window, "organisation.policy_owner.email").setText("no-address")
    name.setText("De Linde")
    assert not next_enabled(window)
    assert "e-mail address" in widget(window, "organisation.policy_owner.email.error").text()
    widget(window, "organisation.policy_owner.email").setText("")
    assert next_enabled(window)
    assert not widget(window, "organisation.name.error").isVisibleTo(window)


def test_dependent_questions_apply_only_when_they_should(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    hours = window.wizard.form_pages[2].bindings["markets.webcare_response_hours"].block
    assert hours is not None and not hours.isEnabled()
    widget(window, "markets.webcare").setChecked(True)
    assert hours.isEnabled()
    assert not widget(window, "channels.x.manager").isEnabled()
    widget(window, "channels.x").setChecked(True)
    widget(window, "channels.x.official_account").setChecked(True)
    assert widget(window, "channels.x.manager").isEnabled()
    blocked = window.wizard.form_pages[5].bindings["technical.blocked_channels"].block
    assert blocked is not None and not blocked.isEnabled()
    widget(window, "technical.separation.restricted").setChecked(True)
    assert blocked.isEnabled()
    tools = window.wizard.form_pages[3].bindings["confidentiality.approved_ai_tools"].block
    # A new project allows AI without confidential data (the question's own advice).
    assert tools is not None and not tools.isEnabled()
    widget(window, "confidentiality.generative_ai.approved_tools_only").setChecked(True)
    assert tools.isEnabled()
    widget(window, "confidentiality.generative_ai.forbidden").setChecked(True)
    assert not tools.isEnabled()


def test_back_keeps_answers(window: MainWindow) -> None:
    answer_everything(window)
    before = json.dumps(window.store.draft, sort_keys=True)
    for _ in range(7):
        window.wizard.back()
    assert window.wizard.currentId() == PageId.ORGANISATION
    assert widget(window, "organisation.name").text() == "Bakkerij {{ 7*7 }} & <Zonen>"
    assert widget(window, "organisation.style.formal").isChecked()
    assert json.dumps(window.store.draft, sort_keys=True) == before


def test_save_and_open_give_back_the_same_model(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    answer_everything(window)
    path = tmp_path / "bakkerij.policy.json"
    window.choose_save_path = lambda: path  # type: ignore[method-assign]
    assert window.save()
    assert not window.store.modified and not window.isWindowModified()
    saved = load_project(path)
    assert saved == window.store.project()
    other = main.create_window([str(path)])
    qtbot.addWidget(other)
    assert other.store.project() == saved
    assert other.windowTitle().startswith("bakkerij.policy.json")
    assert widget(other, "channels.other.label").text() == "Nieuwsbrief"


def test_title_shows_the_modified_marker(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    assert not window.isWindowModified()
    widget(window, "organisation.name").setText("De Linde")
    assert window.isWindowModified()
    assert window.windowTitle().startswith("De Linde[*]")


def test_autosave_and_restore_after_a_crash(window: MainWindow, qtbot: Any) -> None:
    answer_everything(window)
    window.autosaver.save_now()
    assert window.autosaver.path.exists()
    expected = json.dumps(window.store.draft, sort_keys=True)
    # The process dies here: no close event, the autosave stays behind.
    restored = MainWindow()
    qtbot.addWidget(restored)
    restored.ask_restore = lambda record: True  # type: ignore[method-assign]
    assert restored.offer_restore()
    assert json.dumps(restored.store.draft, sort_keys=True) == expected
    assert restored.store.modified
    assert widget(restored, "organisation.name").text() == "Bakkerij {{ 7*7 }} & <Zonen>"


def test_declined_restore_discards_the_autosave(window: MainWindow, qtbot: Any) -> None:
    widget(window, "welcome.new").click()
    widget(window, "organisation.name").setText("Kept?")
    window.autosaver.save_now()
    again = MainWindow()
    qtbot.addWidget(again)
    again.ask_restore = lambda record: False  # type: ignore[method-assign]
    assert not again.offer_restore()
    assert not again.autosaver.path.exists()


def test_page_change_autosaves(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    widget(window, "organisation.name").setText("De Linde")
    widget(window, "organisation.policy_owner.role").setText("owner")
    go_next(window)
    record = json.loads(window.autosaver.path.read_text(encoding="utf-8"))
    assert record["draft"]["organisation"]["name"] == "De Linde"


def test_language_switch_keeps_answers(window: MainWindow) -> None:
    answer_everything(window)
    before = json.dumps(window.store.draft, sort_keys=True)
    back_button = window.wizard.back_button
    assert "Back" in plain(back_button.text())
    window.language_actions[Language.NL].trigger()
    assert "Vorige" in plain(back_button.text())
    assert window.wizard.currentPage().title() == "Controleren en exporteren"
    assert widget(window, "output.languages.nl").text() == "Nederlands"
    assert json.dumps(window.store.draft, sort_keys=True) == before
    window.wizard.back()
    assert plain(widget(window, "governance.hr_owner.label").text()) == "Eigenaar HR *"


def test_overwrite_is_confirmed_first(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    answer_everything(window)
    widget(window, "review.folder").setText(str(tmp_path))
    review = window.wizard.review
    review.export()
    qtbot.waitUntil(lambda: review.job is None, timeout=30000)
    files = sorted(tmp_path.iterdir())
    stamps = [p.stat().st_mtime_ns for p in files]
    asked: list[list[Path]] = []
    review.confirm_overwrite = lambda clashes: asked.append(clashes) or False  # type: ignore[method-assign]
    review.export()
    assert asked and sorted(asked[0]) == files
    assert [p.stat().st_mtime_ns for p in files] == stamps
    review.confirm_overwrite = lambda clashes: True  # type: ignore[method-assign]
    review.export()
    qtbot.waitUntil(lambda: review.job is None, timeout=30000)
    assert [p.stat().st_mtime_ns for p in files] != stamps


def test_export_failure_is_shown_and_leaves_no_half_file(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_everything(window)
    widget(window, "review.folder").setText(str(tmp_path))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    import os

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    window.wizard.review.export()
    qtbot.waitUntil(lambda: window.wizard.review.job is None, timeout=30000)
    # In plain words, naming the document and not the temporary file written first.
    assert shown and "The disk is full" in shown[0] and ".tmp" not in shown[0]
    assert "No space left" not in shown[0] and "OSError" not in shown[0]
    assert "The disk is full" in widget(window, "review.message").text()
    assert list(tmp_path.iterdir()) == []


def test_unsaved_work_prompts_before_closing(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    widget(window, "organisation.name").setText("De Linde")
    asked: list[bool] = []
    window.ask_save_changes = lambda: asked.append(True) or "cancel"  # type: ignore[method-assign]
    window.close()
    assert asked and window.isVisible()
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    window.close()
    assert not window.isVisible()


def test_unsaved_work_prompts_before_opening_another(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    widget(window, "organisation.name").setText("De Linde")
    window.ask_save_changes = lambda: "cancel"  # type: ignore[method-assign]
    assert not window.open_project(EXAMPLES[0])
    assert widget(window, "organisation.name").text() == "De Linde"


def test_a_broken_file_is_refused_with_a_message(window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.policy.json"
    broken.write_text("{oops", encoding="utf-8")
    shown: list[str] = []
    window.show_error = lambda title, text: shown.append(text)  # type: ignore[method-assign]
    assert not window.open_project(broken)
    assert shown and "not valid JSON" in shown[0]


def test_object_names_follow_the_questionnaire(window: MainWindow) -> None:
    for name, kind in (
        ("organisation.name", QLineEdit),
        ("organisation.size", QWidget),
        ("organisation.size.medium", QRadioButton),
        ("markets.segments.consumer", QCheckBox),
        ("behaviour.spokespersons", QWidget),
        ("channels.linkedin", QCheckBox),
        ("channels.linkedin.official_account", QCheckBox),
        ("channels.linkedin.manager", QLineEdit),
        ("channels.linkedin.employee_posting", QComboBox),
        ("channels.other.label", QLineEdit),
        ("governance.plan.baseline.owner", QLineEdit),
        ("governance.plan.assurance.due", QWidget),
    ):
        assert isinstance(widget(window, name), kind), name


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    for edit in window.findChildren(QLineEdit):
        if edit.objectName() and not edit.objectName().startswith("qt_"):
            assert edit.accessibleName(), edit.objectName()


def test_font_size_grows_and_persists(window: MainWindow) -> None:
    label = widget(window, "organisation.name.label")
    before = label.fontInfo().pointSizeF()
    window.zoom(2)
    assert window.settings.font_size == 2
    assert label.fontInfo().pointSizeF() > before
    window.apply_font_size(0)


def test_settings_stay_in_the_test_folder(window: MainWindow, _private_user_folders: Path) -> None:
    window.set_language(Language.NL)
    window.settings.sync()
    assert (_private_user_folders / "config" / "settings.ini").exists()


def test_opened_example_is_complete(qtbot: Any) -> None:
    for example in EXAMPLES:
        win = main.create_window([str(example)])
        qtbot.addWidget(win)
        assert win.store.problems() == []
        assert project_from_draft(win.store.draft) == load_project(example)


def test_language_switch_drops_a_message_in_the_old_language(window: MainWindow) -> None:
    window.statusBar().showMessage("Opened: somewhere.policy.json", 5000)
    window.language_actions[Language.NL].trigger()
    assert window.statusBar().currentMessage() == ""


def test_menus_survive_review_links_going_away(window: MainWindow) -> None:
    """Walking the focus chain once hung the menu bar under a review-page link in PySide's
    bookkeeping; when the link was deleted, PySide declared the menus deleted too, and
    switching the language failed with "Internal C++ object already deleted"."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    widget(window, "welcome.new").click()
    window.wizard.go_to(PageId.REVIEW)  # many open questions: many links
    links = len(window.wizard.review.issue_links)
    assert links > 3
    window.wizard.go_to(PageId.ORGANISATION)  # the page change walks the focus chain
    answer_everything(window)  # the links go
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert len(window.wizard.review.issue_links) < links
    menus = [window.file_menu, window.view_menu, window.language_menu, window.help_menu]
    assert all(shiboken6.isValid(menu) for menu in menus)
    window.language_actions[Language.NL].trigger()
    assert plain(window.file_menu.title()) == "Bestand"


def test_a_window_that_starts_at_large_text_keeps_the_preview_aside(qtbot: Any) -> None:
    """Large text set last time: the preview stays aside when it is built after the first
    paint, as it does when the text is made large in the window (it stood beside the
    questions, halving their column)."""
    from PySide6.QtWidgets import QApplication

    from ui.settings import Settings

    font = QApplication.font()
    settings = Settings()
    settings.font_size = 9  # twice the normal size
    settings.preview_visible = True
    settings.sync()
    win = main.create_window([])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.built)
    try:
        assert not win.preview.isVisible()
        assert not win.preview_action.isChecked()
        win.apply_font_size(0)  # back to normal: it comes back, as the user left it
        assert win.preview.isVisible() and win.preview_action.isChecked()
    finally:
        QApplication.setFont(font)

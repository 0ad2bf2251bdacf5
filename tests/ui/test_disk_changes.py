"""The window never overwrites a project that another program changed on disk unasked.

It notices the change when it regains the focus and before saving, and asks: reload,
save under another name, or overwrite. Offscreen, with the question answered by the
test; ``tests/desktop/test_disk_changes.py`` does it once on a real X server.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import EXAMPLES
from tests.reliability import record
from ui.main_window import MainWindow
from wizard import lock
from wizard.answers.model import Language

BAKERY = next(p for p in EXAMPLES if "bakkerij" in p.name)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "bakkerij.policy.json"
    shutil.copy(BAKERY, path)
    return path


@pytest.fixture
def opened(window: MainWindow, project: Path) -> MainWindow:
    assert window.open_project(project)
    return window


def name_on_disk(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["organisation"]["name"])


def change_on_disk(path: Path, name: str) -> None:
    """Another program (import-edits, a colleague on the file share) saves the project."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["organisation"]["name"] = name
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")


def answer(window: MainWindow, choice: str) -> list[str]:
    asked: list[str] = []

    def ask() -> str:
        asked.append(choice)
        return choice

    window.ask_disk_changed = ask  # type: ignore[method-assign]
    return asked


def test_nothing_is_asked_while_the_file_is_as_read_or_saved(
    opened: MainWindow, project: Path
) -> None:
    asked = answer(opened, "overwrite")
    opened.check_disk()
    opened.store.set("organisation.name", "Bakkerij Mine")
    assert opened.save() and name_on_disk(project) == "Bakkerij Mine"
    opened.store.set("organisation.name", "Bakkerij Mine 2")
    assert opened.save() and name_on_disk(project) == "Bakkerij Mine 2"  # its own save
    opened.check_disk()
    assert asked == []


def test_regaining_the_focus_after_a_change_offers_to_reload(
    opened: MainWindow, project: Path, qtbot: Any
) -> None:
    asked = answer(opened, "reload")
    opened.store.set("organisation.name", "Bakkerij Mine")  # unsaved here
    change_on_disk(project, "Bakkerij Theirs")
    opened._application_state_changed(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: asked == ["reload"])
    assert opened.store.get("organisation.name") == "Bakkerij Theirs"
    assert not opened.store.modified
    # Reloaded: the file is the window's again, so saving asks nothing.
    opened.store.set("organisation.name", "Bakkerij Both")
    assert opened.save() and asked == ["reload"]
    assert name_on_disk(project) == "Bakkerij Both"
    record("lost_updates_prevented")


def test_saving_over_a_change_asks_and_overwrites_only_when_told(
    opened: MainWindow, project: Path
) -> None:
    opened.store.set("organisation.name", "Bakkerij Mine")
    change_on_disk(project, "Bakkerij Theirs")
    asked = answer(opened, "cancel")
    assert not opened.save()
    assert asked == ["cancel"] and name_on_disk(project) == "Bakkerij Theirs"
    assert opened.store.modified
    asked = answer(opened, "overwrite")
    assert opened.save()
    assert asked == ["overwrite"] and name_on_disk(project) == "Bakkerij Mine"
    assert not opened.store.modified
    record("lost_updates_prevented")


def test_save_as_keeps_both_versions(opened: MainWindow, project: Path, tmp_path: Path) -> None:
    opened.store.set("organisation.name", "Bakkerij Mine")
    change_on_disk(project, "Bakkerij Theirs")
    other = tmp_path / "mine.policy.json"
    opened.choose_save_path = lambda: other  # type: ignore[method-assign]
    asked = answer(opened, "save_as")
    assert opened.save()
    assert asked == ["save_as"]
    assert name_on_disk(project) == "Bakkerij Theirs" and name_on_disk(other) == "Bakkerij Mine"
    assert opened.store.path == other.resolve()


def test_a_change_put_off_is_asked_about_once_and_again_before_saving(
    opened: MainWindow, project: Path
) -> None:
    change_on_disk(project, "Bakkerij Theirs")
    asked = answer(opened, "cancel")
    opened.check_disk()
    opened.check_disk()  # the same change: not asked again on every focus
    assert asked == ["cancel"]
    change_on_disk(project, "Bakkerij Theirs Again")
    opened.check_disk()  # a new change: asked
    assert asked == ["cancel", "cancel"]
    opened.store.set("organisation.name", "Bakkerij Mine")
    assert not opened.save()
    assert asked == ["cancel"] * 3 and name_on_disk(project) == "Bakkerij Theirs Again"


def test_closing_with_unsaved_work_over_a_change_asks_first(
    opened: MainWindow, project: Path
) -> None:
    opened.store.set("organisation.name", "Bakkerij Mine")
    change_on_disk(project, "Bakkerij Theirs")
    opened.ask_save_changes = lambda: "save"  # type: ignore[method-assign]
    asked = answer(opened, "cancel")
    assert not opened.close()  # the save was put off: the window stays
    assert asked == ["cancel"] and name_on_disk(project) == "Bakkerij Theirs"


def test_a_project_another_program_is_writing_is_not_saved(
    opened: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    opened.show_error = lambda title, text: errors.append(text)  # type: ignore[method-assign]
    opened.store.set("organisation.name", "Bakkerij Mine")
    before = project.read_bytes()
    with lock.writing(project):
        assert not opened.save()
    assert project.read_bytes() == before and opened.store.modified
    assert len(errors) == 1 and "being saved by another program right now" in errors[0]


def test_a_symlinked_project_stays_a_link(
    window: MainWindow, project: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.policy.json"
    link.symlink_to(project)
    assert window.open_project(link)
    window.store.set("organisation.name", "Bakkerij Linked")
    assert window.save()
    assert link.is_symlink() and name_on_disk(project) == "Bakkerij Linked"


def test_a_restored_session_still_notices_a_change_on_disk(
    opened: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.store.set("organisation.name", "Bakkerij Mine")
    opened.autosaver.save_now()
    record_ = opened.autosaver.pending()
    assert record_ is not None and record_["project_state"]["sha256"]
    change_on_disk(project, "Bakkerij Theirs")
    opened.store.replace(opened.store.draft, None)  # as a new start would be
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, record: True)
    assert opened.offer_restore()
    asked = answer(opened, "cancel")
    assert not opened.save()
    assert asked == ["cancel"] and name_on_disk(project) == "Bakkerij Theirs"


@pytest.mark.parametrize(
    ("language", "button", "choice"),
    [
        (Language.NL, "Opnieuw &laden", "reload"),
        (Language.NL, "Opslaan &als…", "save_as"),
        (Language.NL, "&Overschrijven", "overwrite"),
        (Language.EN, "&Reload", "reload"),
        (Language.EN, "Save &as…", "save_as"),
        (Language.EN, "&Overwrite", "overwrite"),
        (Language.EN, "Cancel", "cancel"),
    ],
)
def test_the_question_offers_three_ways_in_both_languages(
    opened: MainWindow, language: Language, button: str, choice: str
) -> None:
    opened.set_language(language)
    box, choices = opened.disk_changed_question()
    texts = [b.text() for b in box.buttons()]
    assert len(texts) == 4 and button in texts
    next(b for b in box.buttons() if b.text() == button).click()
    assert choices.get(id(box.clickedButton()), "cancel") == choice
    expected = "gewijzigd door een ander programma" if language is Language.NL else "was changed"
    assert expected in box.text() and "‘bakkerij.policy.json’" in box.text()
    assert box.defaultButton().text() in ("Opslaan &als…", "Save &as…")

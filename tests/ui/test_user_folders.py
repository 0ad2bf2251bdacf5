"""Settings and autosaves sit one folder deep; an older three-deep folder is moved up."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from ui import settings
from ui.settings import APP_NAME, Settings, config_folder, data_folder, migrate


def test_migrate_moves_the_files_up_and_removes_the_old_folders(tmp_path: Path) -> None:
    new = tmp_path / APP_NAME
    old = new / APP_NAME / APP_NAME
    old.mkdir(parents=True)
    (old / "settings.ini").write_text("[interface]\nlanguage=nl\n", encoding="utf-8")
    assert migrate(old, new)
    assert (new / "settings.ini").read_text(encoding="utf-8").startswith("[interface]")
    assert not (new / APP_NAME).exists()
    assert not migrate(old, new)  # once


def test_a_file_already_in_the_new_place_wins(tmp_path: Path) -> None:
    new = tmp_path / APP_NAME
    old = new / APP_NAME / APP_NAME
    old.mkdir(parents=True)
    (old / "settings.ini").write_text("old", encoding="utf-8")
    (old / "autosave.json").write_text("{}", encoding="utf-8")
    (new / "settings.ini").write_text("new", encoding="utf-8")
    migrate(old, new)
    assert (new / "settings.ini").read_text(encoding="utf-8") == "new"
    assert (new / "autosave.json").exists()
    # What could not be moved stays where it was, with its folders.
    assert (old / "settings.ini").read_text(encoding="utf-8") == "old"


def test_without_an_old_folder_nothing_happens(tmp_path: Path) -> None:
    assert not migrate(tmp_path / "a" / "b" / "c", tmp_path / "a")
    assert not (tmp_path / "a").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_the_real_folders_are_one_deep_and_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POLICY_BUILDER_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    three_deep = tmp_path / "config" / APP_NAME / APP_NAME / APP_NAME
    three_deep.mkdir(parents=True)
    (three_deep / "settings.ini").write_text(
        "[interface]\nlanguage=nl\nfont_size=3\n", encoding="utf-8"
    )
    old_data = tmp_path / "data" / APP_NAME / APP_NAME / APP_NAME
    old_data.mkdir(parents=True)
    (old_data / "autosave.json").write_text("{}", encoding="utf-8")

    assert config_folder() == tmp_path / "config" / APP_NAME
    assert data_folder() == tmp_path / "data" / APP_NAME
    assert (tmp_path / "data" / APP_NAME / "autosave.json").exists()
    assert sorted(p.name for p in (tmp_path / "config" / APP_NAME).iterdir()) == ["settings.ini"]
    assert Settings().font_size == 3  # the old settings are read from the new place


def test_the_home_variable_still_moves_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICY_BUILDER_HOME", str(tmp_path))
    assert settings.config_folder() == tmp_path / "config"
    assert settings.data_folder() == tmp_path / "data"
    assert settings.documents_folder() == tmp_path / "Documents"
    assert settings.start_folder() == tmp_path


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG user folders are Linux's")
def test_documents_go_to_the_systems_documents_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a Dutch desktop the documents folder is ~/Documenten: exports go there, not
    into a ~/Documents that the program would have to make."""
    monkeypatch.delenv("POLICY_BUILDER_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    (tmp_path / ".config").mkdir()
    (tmp_path / ".config" / "user-dirs.dirs").write_text(
        'XDG_DOCUMENTS_DIR="$HOME/Documenten"\n', encoding="utf-8"
    )
    (tmp_path / "Documenten").mkdir()
    assert settings.documents_folder() == tmp_path / "Documenten"
    assert settings.start_folder() == Path.home()


def test_the_window_offers_the_documents_folder_and_never_the_real_one(window: Any) -> None:
    """With no project and no folder chosen before, documents go to the documents folder:
    in a test the one under POLICY_BUILDER_HOME, never the tester's own."""
    from PySide6.QtWidgets import QLineEdit

    folder = window.findChild(QLineEdit, "review.folder")
    assert folder is not None
    assert Path(folder.text()) == settings.documents_folder()
    assert Path(folder.text()).is_relative_to(Path(os.environ["POLICY_BUILDER_HOME"]))

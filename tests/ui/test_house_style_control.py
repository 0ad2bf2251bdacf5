"""The review page's house style control: choose a Word file, see what it lacks, go back."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox, QPushButton

from tests.conftest import EXAMPLES
from tests.wizard.output import house_styles
from ui.main_window import MainWindow
from wizard.answers.model import Language


def widget(win: MainWindow, name: str) -> Any:
    found = win.findChild(QLabel, name) or win.findChild(QComboBox, name)
    return found or win.findChild(QPushButton, name)


def open_example(win: MainWindow, folder: Path) -> Path:
    """The Linde example, saved into ``folder`` with its logo beside it."""
    source = next(p for p in EXAMPLES if p.name.startswith("de-linde"))
    project = folder / source.name
    project.write_bytes(source.read_bytes())
    (folder / "de-linde-logo.png").write_bytes((source.parent / "de-linde-logo.png").read_bytes())
    assert win.open_project(project)
    return project


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_choosing_a_house_style_stores_it_relative_and_styles_the_export(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_example(window, tmp_path)
    (tmp_path / "styles").mkdir()
    style = house_styles.letter_serif(tmp_path / "styles")
    window.wizard.review.house_style.retranslate()
    choose_file(monkeypatch, style)
    widget(window, "review.house_style.choose").click()
    assert window.store.get("output.house_style") == "styles/letter-serif.docx"
    note = widget(window, "review.house_style.note")
    # What the file lacks is said in plain words beside the control.
    assert "Policy Table" in note.text() and note.property("kind") == "warning"
    # The preview follows the house style's fonts and colours.
    window.preview.refresh_preview()
    assert "Georgia" in window.preview.html and "#8B1A1A" in window.preview.html
    # Offered again: in the list, and remembered in the settings.
    choice: QComboBox = widget(window, "output.house_style")
    assert [choice.itemText(i) for i in range(choice.count())][1:] == ["letter-serif.docx"]
    assert window.settings.house_styles == [str(style.resolve())]
    out = tmp_path / "out"
    widget_folder = window.wizard.review.folder
    widget_folder.setText(str(out))
    window.wizard.review.export()
    qtbot.waitUntil(lambda: window.wizard.review.job is None, timeout=30000)
    written = sorted(out.glob("*.docx"))
    assert written
    with zipfile.ZipFile(io.BytesIO(written[0].read_bytes())) as archive:
        assert 'w:ascii="Georgia"' in archive.read("word/styles.xml").decode()
    # And back to the built-in style.
    choice.setCurrentIndex(0)
    choice.activated.emit(0)
    assert window.store.get("output.house_style") is None
    assert not note.isVisibleTo(window)
    window.preview.refresh_preview()
    assert "Georgia" not in window.preview.html


def test_a_refused_house_style_is_not_taken_and_says_why_in_dutch(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_example(window, tmp_path)
    window.set_language(Language.NL)
    hostile = house_styles.hostile(tmp_path, "house_style_macros")
    choose_file(monkeypatch, hostile)
    widget(window, "review.house_style.choose").click()
    assert window.store.get("output.house_style") is None
    note = widget(window, "review.house_style.note")
    assert "macro's" in note.text() and str(hostile) in note.text()
    assert note.property("kind") == "error"
    assert widget(window, "review.house_style.choose").text() == "Eigen Word-sjabloon gebruiken…"


def test_a_project_whose_house_style_is_refused_does_not_export(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_example(window, tmp_path)
    hostile = house_styles.hostile(tmp_path, "house_style_entities")
    window.store.set("output.house_style", hostile.name)
    note = widget(window, "review.house_style.note")
    assert "DTD" in note.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    out = tmp_path / "out"
    window.wizard.review.folder.setText(str(out))
    window.wizard.review.export()
    assert shown and "DTD" in shown[0]
    assert not list(out.glob("*.docx")) if out.exists() else True


def test_a_project_whose_house_style_is_gone_opens_and_says_so(
    window: MainWindow, tmp_path: Path
) -> None:
    import json

    source = next(p for p in EXAMPLES if p.name.startswith("bakkerij"))
    raw = json.loads(source.read_text(encoding="utf-8"))
    raw["output"]["house_style"] = "gone/huisstijl.dotx"
    project = tmp_path / "p.policy.json"
    project.write_text(json.dumps(raw), encoding="utf-8")
    assert window.open_project(project)  # fixable on the review page, not a broken file
    note = widget(window, "review.house_style.note")
    assert "gone/huisstijl.dotx" in note.text() and note.property("kind") == "error"
    assert [p.code for p in window.store.problems()] == ["house_style_missing"]
    choice: QComboBox = widget(window, "output.house_style")
    choice.setCurrentIndex(0)
    choice.activated.emit(0)
    assert window.store.problems() == []

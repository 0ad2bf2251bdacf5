"""'Also as PDF' on the review page: a failed PDF never costs the Word files (offscreen).

The Word files are written first and stay; the page says which PDF failed and why,
whatever failed: LibreOffice, the conversion, or the PDF code itself (as in a bundle
that lacked a module the conversion imports).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from tests.ui.test_workshop import _review
from ui.main_window import MainWindow


def _export_with_pdf(window: MainWindow, qtbot: Any, folder: Path) -> Any:
    review = _review(window, folder)
    review.pdf_box.setChecked(True)
    review.export()
    qtbot.waitUntil(lambda: review.job is None and review.task is None, timeout=30000)
    return review


def _word_files_stand(folder: Path, review: Any) -> list[Path]:
    words = sorted(folder.glob("*.docx"))
    assert words, "the Word files are written"
    for word in words:
        assert word.read_bytes().startswith(b"PK"), word
        assert str(word) in review.written
    assert not list(folder.glob("*.pdf"))
    return words


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for LibreOffice")
def test_libreoffice_that_fails_leaves_the_word_files_and_says_why(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _no_blocking_dialogs: list[tuple[str, Any]],
) -> None:
    import wizard.output.pdf

    office = tmp_path / "bin" / "soffice"
    office.parent.mkdir()
    office.write_text("#!/bin/sh\nexit 3\n")
    office.chmod(0o755)
    monkeypatch.setattr(wizard.output.pdf, "find_libreoffice", lambda *a, **k: office)
    out = tmp_path / "out"
    review = _export_with_pdf(window, qtbot, out)
    words = _word_files_stand(out, review)
    notice = review.notice.text()
    for word in words:
        assert word.name in notice
    assert "LibreOffice stopped with code 3" in notice
    assert "the Word file is there" in notice
    assert [kind for kind, _ in _no_blocking_dialogs] == ["warning"]


def test_a_pdf_module_that_cannot_load_leaves_the_word_files_and_says_so(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _no_blocking_dialogs: list[tuple[str, Any]],
) -> None:
    # As in a bundle whose build left out a module the conversion imports: the import
    # itself fails, after the Word files are written.
    monkeypatch.setitem(sys.modules, "wizard.output.pdf", None)
    review = _export_with_pdf(window, qtbot, tmp_path)
    _word_files_stand(tmp_path, review)
    notice = review.notice.text()
    assert "The PDFs were not made" in notice and "the Word files are there" in notice
    assert [kind for kind, _ in _no_blocking_dialogs] == ["warning"]


def test_an_unexpected_failure_in_the_conversion_is_worded_not_raised(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _no_blocking_dialogs: list[tuple[str, Any]],
) -> None:
    import wizard.output.pdf

    def convert(*_: Any, **__: Any) -> Path:
        raise RuntimeError("boom")

    monkeypatch.setattr(wizard.output.pdf, "find_libreoffice", lambda *a, **k: Path("/soffice"))
    monkeypatch.setattr(wizard.output.pdf, "convert", convert)
    review = _export_with_pdf(window, qtbot, tmp_path)
    words = _word_files_stand(tmp_path, review)
    notice = review.notice.text()
    assert all(word.name in notice for word in words)
    assert "the Word file is there" in notice and "boom" not in notice


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for LibreOffice")
def test_the_smoke_test_entry_exports_with_a_failing_pdf_and_keeps_the_word_files(
    tmp_path: Path,
) -> None:
    # POLICY_BUILDER_SMOKE_EXPORT: how packaging/smoke_test.sh drives the bundled window.
    import subprocess

    root = Path(__file__).resolve().parents[2]
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            str(root / "main.py"),
            str(root / "examples" / "de-linde-zorg.policy.json"),
        ],
        env={
            "PATH": f"{fake.parent}:/usr/bin:/bin",
            "HOME": str(tmp_path),
            "POLICY_BUILDER_HOME": str(tmp_path / "home"),
            "QT_QPA_PLATFORM": "offscreen",
            "POLICY_BUILDER_SMOKE_EXPORT": str(out),
            "LANG": "en_GB.UTF-8",
        },
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    words = sorted(out.glob("*.docx"))
    assert len(words) == 4 and not list(out.glob("*.pdf"))
    said, report = result.stdout.split("written:\n", 1)
    written, message = report.split("message:\n", 1)
    assert sorted(written.splitlines()) == [str(w) for w in words]
    assert "PDF not written" in said  # the warning the page shows
    assert message.count("LibreOffice stopped with code 3") == 4

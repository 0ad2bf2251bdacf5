"""The review page's output controls (offscreen): each output explains itself, and the
window makes its files with the same job functions as the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from tests.ui.test_workshop import _review
from ui.main_window import MainWindow
from wizard import cli
from wizard.answers.model import Language

LINDE = next(p for p in EXAMPLES if "linde" in p.name)


def test_every_output_says_what_it_is_in_both_languages(window: MainWindow) -> None:
    review = window.wizard.review
    controls = {
        "export": review.export_button,
        "pdf": review.pdf_box,
        "calendar": review.calendar_button,
        "report": review.report_button,
        "house style": review.house_style.choose,
        "redline": review.redline_button,
        "acknowledgements": review.acknowledgements_button,
    }
    tips: dict[Language, dict[str, str]] = {}
    for language in Language:
        window.set_language(language)
        tips[language] = {name: widget.toolTip() for name, widget in controls.items()}
        assert all(len(tip) > 40 for tip in tips[language].values()), tips[language]
        assert review.more_label.text()
    assert all(tips[Language.NL][name] != tips[Language.EN][name] for name in controls)
    assert "LibreOffice" in tips[Language.EN]["pdf"]
    assert ".ics" in tips[Language.NL]["calendar"]


def test_the_window_and_the_command_line_call_the_same_export_job(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wizard.output import jobs

    real = jobs.export_documents
    calls: list[str] = []

    def spy(project: Any, planned: Any, *args: Any, **kwargs: Any) -> jobs.JobResult:
        calls.append(project.organisation.name)
        return real(project, planned, *args, **kwargs)

    monkeypatch.setattr(jobs, "export_documents", spy)
    assert cli.run(["generate", str(LINDE), "--out", str(tmp_path / "cli")]) == cli.EXIT_OK
    review = _review(window, tmp_path / "window")
    review.export()
    qtbot.waitUntil(lambda: review.job is None, timeout=30000)
    assert len(calls) == 2
    written = sorted(p.name for p in (tmp_path / "window").glob("*.docx"))
    assert written and sorted(Path(p).name for p in review.written) == written

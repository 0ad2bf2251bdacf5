"""Opening a damaged project in the window shows a dialog and keeps the current answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import main
from tests.reliability import record
from tests.test_hostile_files import CASES
from wizard.answers.model import Language

# What the dialog names, in English: the question by its label, never its key.
SHOWN = {
    "not json": "not valid JSON",
    "truncated": "not valid JSON",
    "empty": "empty",
    "binary": "UTF-8",
    "utf-16": "UTF-8",
    "60 MB field": "too large",
    "deep nesting": "nested",
    "wrong types": "Channels",
    "object as text": "Organisation name",
    "impossible date": "Effective date",
    "negative months": "Review every (months)",
    "negative hours": "Response time (hours)",
    "newer schema": "format version 99",
    "missing schema": "format version",
    "unknown key": "‘extra_answer’",
    "year 9999": "Effective date must lie between",
    "due date in 9999": "due by must lie between",
    "5,000-digit number": "Review every (months) is a number of more than 18 digits",
    "section of the wrong type": "Organisation must be a group of answers",
    "output of the wrong type": "must be a group of answers",
    "history nested 900 deep": "nested too deeply",
    "a section written twice": "‘technical’ is in the file twice",
    "NaN": "NaN",
}

# A logo that cannot be used is repaired on the Organisation page, so those files open.
OPENED_WITH_A_PROBLEM_SHOWN = {
    "logo missing",
    "logo not an image",
    "logo enormous",
    "logo too heavy",
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file_is_refused_or_shown(case: str, qtbot: Any, tmp_path: Path) -> None:
    content, extra, _ = CASES[case]
    path = tmp_path / "hostile.policy.json"
    path.write_bytes(content)
    for name, data in extra.items():
        (tmp_path / name).write_bytes(data)
    window = main.create_window([])
    qtbot.addWidget(window)
    window.set_language(Language.EN)
    window.store.set("organisation.name", "Kept")
    window.store.set_modified(False)
    shown: list[str] = []
    window.show_error = lambda title, text: shown.append(text)  # type: ignore[method-assign]
    opened = window.open_project(path)
    if case in OPENED_WITH_A_PROBLEM_SHOWN:
        assert opened and not shown
        assert any(p.field == "organisation.logo" for p in window.store.problems())
    else:
        assert not opened and len(shown) == 1 and SHOWN[case] in shown[0]
        assert "hostile.policy.json" in shown[0] and "organisation." not in shown[0]
        assert window.store.get("organisation.name") == "Kept"
    record("hostile_inputs")

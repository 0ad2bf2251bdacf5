"""The program's own files are found through one function, from a checkout or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from wizard import paths


def test_from_a_checkout_the_files_are_beside_the_source() -> None:
    assert not getattr(sys, "frozen", False)
    assert paths.program_file("templates") == ROOT / "templates"
    assert paths.program_file("resources", "reference.docx") == paths.REFERENCE_DOCX
    assert paths.REFERENCE_DOCX.is_file()
    assert (paths.TEMPLATES / "nl" / "labels.toml").is_file()


def test_in_a_frozen_build_they_are_in_the_bundles_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.program_file("templates") == tmp_path / "_internal" / "templates"
    assert paths.program_file("resources", "icons", "a.png") == (
        tmp_path / "_internal" / "resources" / "icons" / "a.png"
    )


def test_a_frozen_build_without_a_data_folder_looks_beside_the_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "policy-builder"))
    assert paths.program_file("templates") == tmp_path / "templates"


def test_nothing_else_finds_program_files_by_its_own_path() -> None:
    """Every module asks wizard.paths; none works out the source folder itself."""
    offenders = []
    for path in [ROOT / "main.py", *(ROOT / "wizard").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        if path.name == "paths.py":
            continue
        if "__file__" in path.read_text(encoding="utf-8"):
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders

"""Test tiers: `run.py test --quick` leaves out the slow, LibreOffice and real-X tests, and
nothing else ever does: the README's test command and CI run every tier."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import run
from tests.conftest import ROOT, _real_office

TIERS = {"slow", "libreoffice", "desktop"}


def test_the_default_test_command_deselects_nothing() -> None:
    assert run.pytest_arguments([]) == []
    assert run.pytest_arguments(["-q", "tests/test_main.py"]) == ["-q", "tests/test_main.py"]
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = shlex.split(options["tool"]["pytest"]["ini_options"]["addopts"])
    assert not {"-m", "-k", "--deselect", "--ignore"} & set(addopts)
    assert not any(option.startswith(("-m", "--deselect", "--ignore")) for option in addopts)


def test_quick_leaves_out_every_tier_and_a_callers_own_choice_comes_after() -> None:
    quick = run.pytest_arguments(["--quick", "-q"])
    assert quick == ["-m", run.QUICK, "-q"]
    assert {word for word in run.QUICK.split() if word not in {"not", "and"}} == TIERS
    assert run.pytest_arguments(["--quick", "-m", "slow"])[-2:] == ["-m", "slow"]


def test_the_tiers_are_registered_and_strict() -> None:
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytest_options = options["tool"]["pytest"]["ini_options"]
    assert "--strict-markers" in shlex.split(pytest_options["addopts"])
    assert {line.split(":")[0] for line in pytest_options["markers"]} == TIERS


def test_ci_and_the_readme_run_every_tier() -> None:
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    commands = [line for line in ci if "run.py test" in line and not line.startswith("#")]
    assert commands and all(line.endswith("python3 run.py test -q") for line in commands)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "```\npython3 run.py test\n```" in readme


def test_a_stand_in_is_not_libreoffice_but_the_installed_one_is(tmp_path: Path) -> None:
    stand_in = tmp_path / "soffice"
    stand_in.write_text("#!/bin/sh\nexit 0\n")
    stand_in.chmod(0o755)
    assert not _real_office([str(stand_in), "--headless"])
    assert not _real_office(["/soffice"])  # what a test's find_libreoffice returns
    assert not _real_office([sys.executable, "-c", "pass"])
    installed = shutil.which("soffice")
    if installed:
        assert _real_office(["soffice", "--version"]) and _real_office(installed)


@pytest.mark.slow
def test_the_markers_land_where_they_belong() -> None:
    def collected(expression: str) -> set[str]:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", expression],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return {line.split("[")[0] for line in done.stdout.splitlines() if "::" in line}

    assert "tests/ui/test_desktop.py::test_real_input_on_an_x_server" in collected("desktop")
    office = collected("libreoffice")
    assert (
        "tests/wizard/output/test_pdf.py::test_generate_pdf_writes_tagged_pdfs_whose_contents_match"
        in office
    )
    assert "tests/wizard/output/test_house_style.py::test_a_style_saved_by_libreoffice" in office
    # a stand-in for LibreOffice is no reason to leave a test out
    assert (
        "tests/ui/test_pdf_export.py::test_the_smoke_test_entry_exports_with_a_failing_pdf_and_keeps_the_word_files"
        not in office
    )
    slow = collected("slow")
    assert (
        "tests/wizard/test_robustness.py::test_generated_projects_export_to_valid_documents" in slow
    )  # hypothesis
    assert "tests/wizard/output/test_fuzz_office.py::test_mutated_house_styles" in slow
    # the rules stay in the quick loop, however long they take
    assert "tests/test_quality.py::test_mypy" not in slow | office

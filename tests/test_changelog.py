"""CHANGELOG.md follows Keep a Changelog, starts with the program's version, and a release
is published only for that version with its date (packaging/release_notes.py)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from wizard import __version__

ROOT = Path(__file__).resolve().parent.parent
# packaging/ is no package (and its name is pip's `packaging` library): load the script.
_spec = importlib.util.spec_from_file_location(
    "release_notes", ROOT / "packaging" / "release_notes.py"
)
assert _spec and _spec.loader
release_notes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(release_notes)
NotReleasable, notes, versions = (
    release_notes.NotReleasable,
    release_notes.notes,
    release_notes.versions,
)
CHANGELOG = ROOT / "CHANGELOG.md"
KINDS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def test_the_latest_version_is_the_programs() -> None:
    listed = versions(CHANGELOG.read_text(encoding="utf-8"))
    assert listed, "CHANGELOG.md has no '## [X.Y.Z] - DATE' heading"
    assert listed[0][0] == __version__


def test_releases_are_newest_first_and_only_the_top_one_unreleased() -> None:
    listed = versions(CHANGELOG.read_text(encoding="utf-8"))
    for version, _ in listed:
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), version
    keys = [version_key(version) for version, _ in listed]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    assert all(date != "unreleased" for _, date in listed[1:])


def test_every_heading_is_a_release_or_a_kind_of_change() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    headings = re.findall(r"^(#{2,}) (.+)$", text, re.MULTILINE)
    for level, title in headings:
        if level == "##":
            assert re.fullmatch(r"\[[^\]]+\] - (\d{4}-\d{2}-\d{2}|unreleased)", title), title
        else:
            assert level == "###" and title in KINDS, title


RELEASED = """# Changelog

## [1.3.0] - 2027-02-01

### Fixed

- A thing.

## [1.2.0] - 2027-01-10

### Added

- Another.
"""


def test_the_release_notes_are_the_versions_section() -> None:
    assert notes(RELEASED, "v1.3.0", version="1.3.0") == "### Fixed\n\n- A thing.\n"


@pytest.mark.parametrize(
    ("changelog", "tag", "version", "refusal"),
    [
        (RELEASED, "v1.2.0", "1.3.0", "is not the program's version"),
        (RELEASED, "v1.4.0", "1.4.0", "does not start with version 1.4.0"),
        (RELEASED.replace("2027-02-01", "unreleased"), "v1.3.0", "1.3.0", "release date"),
    ],
)
def test_a_release_that_is_not_ready_is_refused(
    changelog: str, tag: str, version: str, refusal: str
) -> None:
    with pytest.raises(NotReleasable, match=refusal):
        notes(changelog, tag, version=version)


def test_the_script_refuses_with_exit_code_2_and_one_line() -> None:
    # This checkout's top heading is unreleased, or its tag would not be v0.0.0.
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "release_notes.py"), "v0.0.0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "v0.0.0" in done.stderr


def test_the_release_workflow_publishes_these_notes() -> None:
    workflow: dict[str, Any] = yaml.safe_load(
        (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    )
    runs = [str(step.get("run", "")) for step in workflow["jobs"]["publish"]["steps"]]
    notes_step = next(i for i, run in enumerate(runs) if "release_notes.py" in run)
    publish_step = next(i for i, run in enumerate(runs) if "gh release create" in run)
    assert notes_step < publish_step
    assert "--notes-file" in runs[publish_step]

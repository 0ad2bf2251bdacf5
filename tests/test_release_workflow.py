"""The release workflow (.github/workflows/release.yml): it parses, runs on runner
images GitHub still offers, and publishes a release with checksums once every build
has succeeded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
# Images GitHub has retired (macos-13 in December 2025): a job on one never starts.
RETIRED = {
    "macos-10.15",
    "macos-11",
    "macos-12",
    "macos-13",
    "macos-13-xlarge",
    "ubuntu-18.04",
    "ubuntu-20.04",
    "windows-2016",
    "windows-2019",
}
BUILDS = {"linux", "windows", "macos"}


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def runners(job: dict[str, Any]) -> list[str]:
    runs_on = job["runs-on"]
    if isinstance(runs_on, str) and "matrix." in runs_on:
        key = runs_on.split("matrix.", 1)[1].strip(" }")
        return [entry[key] for entry in job["strategy"]["matrix"]["include"]]
    return [runs_on] if isinstance(runs_on, str) else list(runs_on)


def test_every_job_runs_on_a_current_image(workflow: dict[str, Any]) -> None:
    names = [name for job in workflow["jobs"].values() for name in runners(job)]
    assert names and not set(names) & RETIRED, names
    macos = runners(workflow["jobs"]["macos"])
    assert "macos-15-intel" in macos  # the Intel build
    assert any(name.startswith("macos-") and "intel" not in name for name in macos)


def test_a_tag_publishes_the_release_after_every_build(workflow: dict[str, Any]) -> None:
    # YAML reads the key "on" as True.
    trigger = workflow.get("on", workflow.get(True))
    assert "v*" in trigger["push"]["tags"]
    publish = workflow["jobs"]["publish"]
    assert set(publish["needs"]) == BUILDS == set(workflow["jobs"]) - {"publish"}
    assert "refs/tags/v" in publish["if"]
    assert publish["permissions"]["contents"] == "write"
    steps = "\n".join(str(step.get("run", "")) for step in publish["steps"])
    assert "sha256sum" in steps and "SHA256SUMS" in steps
    assert "gh release create" in steps
    download = [s for s in publish["steps"] if "download-artifact" in s.get("uses", "")]
    assert download and download[0]["with"]["merge-multiple"] is True


def test_every_build_hands_its_installers_to_the_release(workflow: dict[str, Any]) -> None:
    for name in BUILDS:
        uploads = [
            s for s in workflow["jobs"][name]["steps"] if "upload-artifact" in s.get("uses", "")
        ]
        assert uploads, name
        assert all(s["with"].get("if-no-files-found") == "error" for s in uploads), name
    linux = "\n".join(str(s.get("run", "")) for s in workflow["jobs"]["linux"]["steps"])
    assert "bash .ci/run" in linux  # tests, packages and the smoke test before a release

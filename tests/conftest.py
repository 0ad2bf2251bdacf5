from __future__ import annotations

import os

# Before any QApplication exists: the UI tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

# tests/desktop needs a real X server and a process of its own (tests/ui/test_desktop.py).
collect_ignore = [] if os.environ["QT_QPA_PLATFORM"] == "xcb" else ["desktop"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.policy.json"))

MINIMAL: dict[str, Any] = {
    "schema_version": 1,
    "organisation": {"name": "De Linde", "policy_owner": {"role": "directeur"}},
    "channels": [{"id": "linkedin"}],
    "technical": {"incident_contact": "servicedesk@delinde.nl"},
    "governance": {"hr_owner": "Els", "communications_owner": "Bas", "it_owner": "Ilse"},
}


@pytest.fixture
def minimal_raw() -> dict[str, Any]:
    return copy.deepcopy(MINIMAL)


@pytest.fixture(params=EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
def example_path(request: pytest.FixtureRequest) -> Path:
    return request.param


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# The day the whole suite lives on, whatever the real date: the program's clock
# (wizard/clock.py) reads it, in this process and in every command a test starts. A test
# that needs another day sets it with the ``clock`` fixture; CI also runs the suite with the
# system clock a year ahead (faketime), so nothing may read the real date behind the clock.
SUITE_DAY = date(2026, 11, 16)


@pytest.fixture(autouse=True)
def _suite_day(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from wizard import clock

    monkeypatch.setenv(clock.PIN_VARIABLE, SUITE_DAY.isoformat())
    yield
    clock.set_now(None)


@pytest.fixture
def clock() -> Any:
    """The program's clock, to put on another day: ``clock.set_now(date(2031, 5, 1))``."""
    from wizard import clock

    return clock


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Settings and autosaves go to a temporary folder: tests never touch the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("POLICY_BUILDER_HOME", str(home))
    return home


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from tests.reliability import write_report

    write_report()


def soffice_convert(
    documents: list[Path], folder: Path, target: str = "pdf", *, timeout: float = 300
) -> None:
    """Convert files with LibreOffice into ``folder`` (``target`` as ``--convert-to``
    takes it: ``pdf``, ``docx``), in a profile of its own.

    With the default profile a second LibreOffice (another test, a helper, the user's
    own) holds its lock and the conversion silently does nothing.
    """
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(folder),
                *map(str, documents),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
        )


def soffice_to_pdf(documents: list[Path], folder: Path, *, timeout: float = 300) -> None:
    soffice_convert(documents, folder, "pdf", timeout=timeout)

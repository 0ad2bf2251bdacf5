from __future__ import annotations

import os

# Before any QApplication exists: the UI tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
import json
import shutil
import subprocess
import tempfile
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


# --- Tiers (docs/design.md, "Tests"). `python3 run.py test --quick` leaves out the slow,
# libreoffice and desktop markers; without --quick every tier runs. The markers are set
# here from where a test is and what it uses, so that no test file needs to say it.

# On a real X server: the desktop tests run in a process of their own (test_desktop.py).
DESKTOP = ("tests/desktop/", "tests/ui/test_desktop.py")
# Tests that start LibreOffice without a skip mark that says so (they skip inside).
LIBREOFFICE = (
    "tests/test_bundle_excludes.py::test_generate_pdf_runs_without_the_excluded_modules",
    "tests/wizard/output/test_house_style.py::test_a_style_saved_by_libreoffice",
    "tests/wizard/output/test_pdf.py::test_an_existing_pdf_is_not_overwritten_without_force",
)
# The measured-slow tier (tests/measure_slow.py writes the list); hypothesis tests are
# slow by rule.
SLOW = frozenset(
    line
    for line in (ROOT / "tests" / "slow.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)


def needs_libreoffice(item: pytest.Item) -> bool:
    """A test skipped where LibreOffice is missing runs it where it is not."""
    for mark in item.iter_markers("skipif"):
        reason = str(mark.kwargs.get("reason", ""))
        if "LibreOffice" in reason and ("not installed" in reason or "needs" in reason):
            return True
    return item.nodeid.split("[")[0] in LIBREOFFICE


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(DESKTOP):
            item.add_marker(pytest.mark.desktop)
        if needs_libreoffice(item):
            item.add_marker(pytest.mark.libreoffice)
        function = getattr(item, "function", None)
        if item.nodeid.split("[")[0] in SLOW or hasattr(function, "hypothesis"):
            item.add_marker(pytest.mark.slow)


def _real_office(program: object) -> bool:
    """Whether a command starts the installed LibreOffice (not a stand-in a test wrote)."""
    if isinstance(program, list | tuple):
        program = program[0] if program else ""
    if not isinstance(program, str | os.PathLike):
        return False
    path = Path(os.fspath(program))
    if path.name not in {"soffice", "soffice.bin", "libreoffice", "soffice.exe"}:
        return False
    found = shutil.which(str(path))
    if found is None:
        return False
    real = Path(found).resolve()
    return not real.is_relative_to(Path(tempfile.gettempdir()).resolve())


@pytest.fixture(autouse=True)
def _libreoffice_tier_is_marked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A test that starts LibreOffice in this process must be in the libreoffice tier, or
    the quick loop would start it (a test that starts it from a child process is not
    seen here: give it a skip mark that says it needs LibreOffice, or list it above)."""
    if request.node.get_closest_marker("libreoffice"):
        yield
        return
    started: list[str] = []
    original = subprocess.Popen.__init__

    def watched(self: subprocess.Popen[Any], args: Any, *more: Any, **options: Any) -> None:
        if _real_office(options.get("executable") or args):
            started.append(str(args))
        original(self, args, *more, **options)

    monkeypatch.setattr(subprocess.Popen, "__init__", watched)
    yield
    if started:
        pytest.fail(
            f"{request.node.nodeid} starts LibreOffice but is not in the libreoffice tier: "
            "give it a skip mark whose reason says it needs LibreOffice (see tests/conftest.py)",
            pytrace=False,
        )


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

"""Every command that writes a file answers a refused write the same way (the exit-code
contract in docs/command-line.md): exit 2, one line that names the file and says what
to do, in the user's words, not the system's, and nothing written or half-written."""

from __future__ import annotations

import errno
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.acknowledgement_files import csv_bytes, project_with_versions
from tests.conftest import EXAMPLES
from tests.test_lost_update import edited_document
from wizard import cli
from wizard.answers.model import Language

BAKERY = next(p for p in EXAMPLES if p.name.startswith("bakkerij"))
STAFF = [
    ["Naam", "E-mail"],
    ["Anna de Vries", "anna@delinde.nl"],
    ["Bram Jansen", "bram@delinde.nl"],
    ["Cécile Müller", ""],
]

# Each command that writes: its arguments (given the folder of a project with an issued
# version and a register), and the file or folder its refusal must name.
Command = Callable[[Path, Path], tuple[list[str], Path]]
COMMANDS: dict[str, Command] = {
    "generate": lambda p, out: (["generate", str(BAKERY), "--out", str(out)], out),
    "generate several": lambda p, out: (
        ["generate", str(BAKERY), str(p), "--out", str(out)],
        out,
    ),
    "report": lambda p, out: (["report", str(BAKERY), "--out", str(out)], out),
    "calendar": lambda p, out: (
        ["calendar", str(BAKERY), "--out", str(out / "review.ics")],
        out / "review.ics",
    ),
    "redline": lambda p, out: (
        ["redline", str(p), "--out", str(out / "wijzigingen.docx")],
        out / "wijzigingen.docx",
    ),
    "new-from": lambda p, out: (
        ["new-from", str(BAKERY), "--out", str(out / "nieuw.policy.json"), "--name", "Nieuw"],
        out / "nieuw.policy.json",
    ),
    "clients --csv": lambda p, out: (
        ["clients", str(BAKERY.parent), "--csv", str(out / "klanten.csv")],
        out / "klanten.csv",
    ),
    "acknowledgements staff": lambda p, out: (
        ["acknowledgements", "staff", str(p), str(p.parent / "nieuw.csv")],
        p.with_name("de-linde.register.json"),
    ),
    "acknowledgements record": lambda p, out: (
        ["acknowledgements", "record", str(p), "--person", "Anna de Vries", "--date", "2026-01-05"],
        p.with_name("de-linde.register.json"),
    ),
    "import-edits": lambda p, out: (
        [
            "import-edits",
            str(p),
            str(edited_document(p, out.parent, Language.NL, "respect.tone", "Eigen toon. ")),
        ],
        p,
    ),
    "acknowledgements forms": lambda p, out: (
        ["acknowledgements", "forms", str(p), "--out", str(out)],
        out,
    ),
    "acknowledgements status --csv": lambda p, out: (
        ["acknowledgements", "status", str(p), "--csv", str(out / "status.csv")],
        out / "status.csv",
    ),
    "acknowledgements report": lambda p, out: (
        ["acknowledgements", "report", str(p), "--out", str(out)],
        out,
    ),
}


def no_permission(monkeypatch: pytest.MonkeyPatch) -> None:
    # As root every mode allows a write, so the refusal is made where the OS gives it.
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)


REFUSALS = {"no permission": no_permission, "disk full": disk_full}
SAID = {"no permission": "no permission to write in this folder", "disk full": "The disk is full"}


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = project_with_versions(tmp_path / "klant", [("1.0", True)])
    staff = path.parent / "personeel.csv"
    staff.write_bytes(csv_bytes(STAFF))
    (path.parent / "nieuw.csv").write_bytes(csv_bytes([*STAFF, ["Dirk Oud", "dirk@x.nl"]]))
    assert cli.run(["acknowledgements", "staff", str(path), str(staff)], io.StringIO()) == 0
    return path


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("refusal", REFUSALS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_refused_write_exits_2_names_the_file_and_writes_nothing(
    command: str,
    refusal: str,
    project: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    argv, named = COMMANDS[command](project, out)
    before = files_in(tmp_path)
    REFUSALS[refusal](monkeypatch)
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run(argv, stdout, stderr)
    said = stderr.getvalue()
    assert code == 2, said
    assert str(named) in said and SAID[refusal] in said, said
    for system_words in ("Permission denied", "No space left", "Errno", "unexpected", ".tmp"):
        assert system_words not in said, said
    assert files_in(tmp_path) == before  # nothing written, nothing half-written


@pytest.mark.usefixtures("english")
def test_forms_for_everyone_or_for_no_one(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up at the third of five files: no one has a form, rather than two
    people who then seem to be the only ones asked to sign."""
    out = tmp_path / "formulieren"
    real_fsync = os.fsync
    synced: list[int] = []

    def fills_up(fd: int) -> None:
        synced.append(fd)
        if len(synced) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fills_up)
    stderr = io.StringIO()
    code = cli.run(["acknowledgements", "forms", str(project), "--out", str(out)], stderr=stderr)
    assert code == 2 and "The disk is full" in stderr.getvalue()
    assert list(out.iterdir()) == []


@pytest.mark.usefixtures("english")
def test_a_pdf_the_disk_refuses_is_a_refused_write_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 2 like any refused write; exit 1 stays for LibreOffice failing (test_pdf)."""
    import wizard.output.pdf as pdf

    def refused(office: Path, document: Path, target: Path, **kwargs: object) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(pdf, "find_libreoffice", lambda *args, **kwargs: Path("/bin/true"))
    monkeypatch.setattr(pdf, "convert", refused)
    out = tmp_path / "uit"
    stderr = io.StringIO()
    code = cli.run(["generate", str(BAKERY), "--out", str(out), "--pdf"], io.StringIO(), stderr)
    lines = stderr.getvalue().splitlines()
    assert code == 2 and len(lines) == 2, lines  # one per document
    assert all(".pdf cannot be saved: you have no permission" in line for line in lines)
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".docx"]


def test_a_refused_register_is_said_in_dutch_in_a_dutch_interface(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    register = project.with_name("de-linde.register.json")
    before = register.read_bytes()
    no_permission(monkeypatch)
    stderr = io.StringIO()
    argv = ["acknowledgements", "record", str(project), "--person", "Anna de Vries"]
    code = cli.run([*argv, "--date", "2026-01-05"], io.StringIO(), stderr)
    assert code == 2
    assert stderr.getvalue() == (
        f"{register} kan niet worden opgeslagen: u mag in deze map niet schrijven, of het "
        "bestand is geopend in een ander programma (bijvoorbeeld Word). Sluit het bestand of "
        "kies een andere map, en probeer het opnieuw. Het register is niet veranderd.\n"
    )
    assert register.read_bytes() == before

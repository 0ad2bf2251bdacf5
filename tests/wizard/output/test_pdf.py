"""``generate --pdf``: finding LibreOffice, real conversions read back page by page, and
what happens without LibreOffice."""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path, PureWindowsPath

import pytest

from tests.conftest import EXAMPLES, ROOT
from tests.test_main import run
from wizard import cli, clock
from wizard.answers.project_file import load_project
from wizard.output import pdf
from wizard.output.pdf import PdfError, convert, find_libreoffice, install_candidates

needs_libreoffice = pytest.mark.skipif(
    find_libreoffice() is None, reason="LibreOffice is not installed"
)
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
posix_only = pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for soffice")

# A contents entry: its number and title, a dot leader, the page. Read from the page's text
# with all white space as single spaces, so an entry or a heading that wraps onto a second
# line (another font, another width) reads the same as one that does not.
CONTENTS_ENTRY = re.compile(r"(\d+\.\s.*?)\s*\.{3,}\s*(\d+)(?=\s|$)")


def pages(path: Path) -> list[str]:
    """The text of each page, as laid out."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def flat(text: str) -> str:
    return " ".join(text.split())


def contents_and_headings(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """What the contents page says, and on which page each heading really is (from 1).

    Titles are compared without a final full stop: the dot leader swallows the one of
    "B.V." on the contents page.
    """
    texts = pages(path)
    listed: dict[str, int] = {}
    contents_page = 0
    for number, text in enumerate(texts, start=1):
        for match in CONTENTS_ENTRY.finditer(flat(text)):
            listed[match.group(1).rstrip(".")] = int(match.group(2))
            contents_page = number
        if listed:
            break
    found: dict[str, int] = {}
    for title in listed:
        for number, text in enumerate(texts, start=1):
            if number > contents_page and heading_on(text, title):
                found[title] = number
                break
    return listed, found


def heading_on(text: str, title: str) -> bool:
    """Whether ``title`` starts a line of the page, on that line alone or wrapped onto the
    lines after it (a mention of the title in a table cell or a sentence does not count)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for start, line in enumerate(lines):
        joined = line
        for following in lines[start + 1 :]:
            if len(joined) >= len(title) or not title.startswith(joined):
                break
            joined = f"{joined} {following}"
        if joined.rstrip(".") == title:
            return True
    return False


def test_a_wrapped_contents_entry_and_heading_are_read_as_one(tmp_path: Path) -> None:
    laid_out = [
        "Inhoud\n1. Inleiding ........ 2\n2. Gebruik van sociale media door\n"
        "   medewerkers van Bakkerij B.V. ........ 3\n",
        "1. Inleiding\nTekst.\n",
        "2. Gebruik van sociale media\ndoor medewerkers van Bakkerij B.V.\nTekst.\n",
    ]
    entries = CONTENTS_ENTRY.finditer(flat(laid_out[0]))
    listed = {match.group(1).rstrip("."): int(match.group(2)) for match in entries}
    assert listed == {
        "1. Inleiding": 2,
        "2. Gebruik van sociale media door medewerkers van Bakkerij B.V": 3,
    }
    assert all(heading_on(laid_out[page - 1], title) for title, page in listed.items())
    # a mention inside a table cell or a sentence is no heading
    assert not heading_on("5.1   Beleid   zie 1. Inleiding\n", "1. Inleiding")


def fake_office(folder: Path, script: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "soffice"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return program


# --- finding LibreOffice ----------------------------------------------------------------


def test_an_empty_path_and_no_folders_find_nothing(tmp_path: Path) -> None:
    assert find_libreoffice(search_path=str(tmp_path), candidates=[]) is None


@posix_only
def test_found_on_the_path_by_either_name(tmp_path: Path) -> None:
    program = fake_office(tmp_path / "bin", "exit 0")
    assert find_libreoffice(search_path=str(program.parent), candidates=[]) == program
    renamed = program.rename(program.with_name("libreoffice"))
    assert find_libreoffice(search_path=str(renamed.parent), candidates=[]) == renamed


@posix_only
def test_found_in_an_install_folder(tmp_path: Path) -> None:
    program = fake_office(tmp_path / "LibreOffice" / "program", "exit 0")
    missing = tmp_path / "elsewhere" / "soffice"
    empty = str(tmp_path / "empty")
    assert find_libreoffice(search_path=empty, candidates=[missing, program]) == program


def test_usual_install_folders_on_windows_and_macos() -> None:
    windows = [PureWindowsPath(p) for p in install_candidates("win32", {"ProgramFiles": "D:\\P"})]
    assert windows[0] == PureWindowsPath(r"D:\P\LibreOffice\program\soffice.exe")
    assert PureWindowsPath(r"C:\Program Files\LibreOffice\program\soffice.exe") in windows
    assert PureWindowsPath(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe") in windows
    mac = install_candidates("darwin", {})
    assert mac == [
        Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
        Path.home() / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice",
    ]


def test_libreoffice_org_packages_in_opt_on_linux(tmp_path: Path) -> None:
    for version in ("libreoffice7.6", "libreoffice24.8"):
        (tmp_path / version / "program").mkdir(parents=True)
        (tmp_path / version / "program" / "soffice").touch()
    (tmp_path / "other" / "program").mkdir(parents=True)
    found = install_candidates("linux", {}, opt=tmp_path)
    assert {p.parent.parent.name for p in found} == {"libreoffice7.6", "libreoffice24.8"}


# --- without LibreOffice ----------------------------------------------------------------


def _without_libreoffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(pdf, "install_candidates", lambda *args, **kwargs: [])
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en_GB.UTF-8", "PDF needs LibreOffice, which was not found; the Word files were written"),
        ("nl_NL.UTF-8", "voor PDF is LibreOffice nodig en dat is niet gevonden"),
    ],
)
def test_without_libreoffice_the_word_files_are_written_and_exit_2(
    lang: str, expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _without_libreoffice(monkeypatch, tmp_path)
    monkeypatch.setenv("LANG", lang)
    out = tmp_path / "out"
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run(["generate", str(EXAMPLES[0]), "--out", str(out), "--pdf"], stdout, stderr)
    assert code == 2
    written = sorted(out.iterdir())
    assert written and all(p.suffix == ".docx" for p in written)
    assert stdout.getvalue().split() == [str(p) for p in sorted(written)]
    lines = stderr.getvalue().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("--pdf: ")
    assert expected in lines[0]
    assert "libreoffice.org" in lines[0] and "apt install libreoffice-writer" in lines[0]


def test_without_libreoffice_as_a_process(tmp_path: Path) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    if find_libreoffice(search_path=str(empty)) is not None:
        pytest.skip("LibreOffice is installed in a usual folder outside the PATH")
    env = {"PATH": str(empty), "LANG": "en_US.UTF-8", "PYTHONPATH": str(ROOT)}
    out = tmp_path / "out"
    main = [sys.executable, str(ROOT / "main.py")]
    result = subprocess.run(
        [*main, "generate", str(EXAMPLES[0]), "--out", str(out), "--pdf"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "PDF needs LibreOffice" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert [p.suffix for p in out.iterdir()] == [".docx", ".docx"]


def test_an_existing_pdf_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", EXAMPLES[0], "--out", out).returncode == 0
    first = sorted(out.iterdir())[0]
    for document in out.iterdir():
        document.unlink()
    existing = first.with_suffix(".pdf")
    existing.write_bytes(b"keep me")
    refused = run("generate", EXAMPLES[0], "--out", out, "--pdf")
    assert refused.returncode == 2
    assert str(existing) in refused.stderr and "--force" in refused.stderr
    assert list(out.iterdir()) == [existing] and existing.read_bytes() == b"keep me"
    if find_libreoffice() is not None:
        forced = run("generate", EXAMPLES[0], "--out", out, "--pdf", "--force")
        assert forced.returncode == 0, forced.stderr
        assert existing.read_bytes().startswith(b"%PDF")


# --- conversions that fail ----------------------------------------------------------------


@posix_only
def test_a_hanging_conversion_is_stopped_after_the_time_out(tmp_path: Path) -> None:
    marker = tmp_path / "still-running"
    office = fake_office(tmp_path / "bin", f"sleep 30; touch {marker}")
    document = tmp_path / "a.docx"
    document.write_bytes(b"PK")
    started = time.monotonic()
    with pytest.raises(PdfError) as caught:
        convert(office, document, tmp_path / "a.pdf", timeout=1)
    assert time.monotonic() - started < 10
    assert caught.value.code == "timeout"
    assert "after 1 seconds" in caught.value.detail(pdf.Language.EN)
    time.sleep(0.5)
    assert not marker.exists() and not (tmp_path / "a.pdf").exists()


@posix_only
def test_a_program_that_writes_nothing_is_reported(tmp_path: Path) -> None:
    office = fake_office(tmp_path / "bin", "exit 0")
    document = tmp_path / "a.docx"
    document.write_bytes(b"PK")
    with pytest.raises(PdfError) as caught:
        convert(office, document, tmp_path / "a.pdf", timeout=20)
    assert caught.value.detail(pdf.Language.NL) == "LibreOffice schreef geen PDF"
    assert not (tmp_path / "a.pdf").exists()


@posix_only
def test_a_failing_conversion_exits_1_and_keeps_the_word_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = fake_office(tmp_path / "bin", "exit 3")
    monkeypatch.setattr(pdf, "find_libreoffice", lambda *args, **kwargs: office)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    out = tmp_path / "out"
    stderr = io.StringIO()
    code = cli.run(
        ["generate", str(EXAMPLES[0]), "--out", str(out), "--pdf"], io.StringIO(), stderr
    )
    assert code == 1
    assert [p.suffix for p in out.iterdir()] == [".docx", ".docx"]
    lines = stderr.getvalue().strip().splitlines()
    assert len(lines) == 2  # one per document
    assert all(
        "the PDF could not be made (LibreOffice stopped with code 3); the Word file is there."
        in line
        for line in lines
    )


# --- real conversions ---------------------------------------------------------------------


@needs_libreoffice
@needs_pdftotext
@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
def test_generate_pdf_writes_tagged_pdfs_whose_contents_match(
    example: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    env_path = os.pathsep.join(
        [str(Path(find_libreoffice() or "soffice").parent), "/usr/bin", "/bin"]
    )
    main = [sys.executable, str(ROOT / "main.py")]
    result = subprocess.run(
        [*main, "generate", str(example), "--out", str(out), "--lang", "nl,en", "--pdf"],
        capture_output=True,
        text=True,
        env={
            "PATH": env_path,
            "LANG": "en_US.UTF-8",
            "PYTHONPATH": str(ROOT),
            clock.PIN_VARIABLE: os.environ[clock.PIN_VARIABLE],
        },
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    documents = sorted(out.glob("*.docx"))
    pdfs = sorted(out.glob("*.pdf"))
    assert len(documents) == 4
    assert [p.with_suffix(".docx") for p in pdfs] == documents
    printed = result.stdout.splitlines()
    # the Word files first, then each PDF as it is made
    assert sorted(printed[:4]) == list(map(str, documents))
    assert sorted(printed[4:]) == list(map(str, pdfs))
    assert not [p for p in out.iterdir() if p.suffix not in (".docx", ".pdf")]
    for path in pdfs:
        data = path.read_bytes()
        assert data.startswith(b"%PDF")
        assert b"/StructTreeRoot" in data and b"/MarkInfo" in data  # tagged
        listed, found = contents_and_headings(path)
        if load_project(example).organisation.size.value == "micro":
            assert listed == {}, path.name  # compact: no contents page
            continue
        assert len(listed) >= 8, path.name  # every heading is listed with a page number
        assert listed == found, path.name


@needs_libreoffice
@needs_pdftotext
@posix_only
def test_a_running_libreoffice_does_not_block_the_conversion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The user's LibreOffice: the default profile of this (private) home folder.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    office = find_libreoffice()
    assert office is not None
    running = subprocess.Popen(
        [str(office), "--headless", "--norestore"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        # An example with a contents page (a micro business's compact documents have none).
        example = next(p for p in EXAMPLES if p.name.startswith("northwind"))
        assert run("generate", example, "--out", tmp_path / "out").returncode == 0
        document = sorted((tmp_path / "out").glob("*.docx"))[0]
        target = convert(office, document, document.with_suffix(".pdf"), timeout=120)
        assert running.poll() is None  # it was running all along
        assert target.read_bytes().startswith(b"%PDF")
        listed, found = contents_and_headings(target)
        assert listed and listed == found
    finally:
        os.killpg(running.pid, 9)
        running.wait()

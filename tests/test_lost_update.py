"""No lost update: one writer at a time per project, and no write over another's work.

Real processes: two ``import-edits`` at once, a writer holding the lock, a writer
killed while it held it, an editor that writes the file without any lock.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import EXAMPLES, ROOT
from tests.reliability import record
from tests.wizard.output.test_import_edits import clause_paragraphs
from wizard import lock
from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import load_project, read_project_file
from wizard.cli import run as run_in_process
from wizard.content.tailoring import build_outline
from wizard.files import FileChanged, atomic_write, changed_since, read_regular_file
from wizard.output.docx_writer import document_bytes

LINDE = next(p for p in EXAMPLES if "linde" in p.name)
ENV = {"PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "PYTHONPATH": str(ROOT)}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for source in LINDE.parent.glob("de-linde*"):
        shutil.copy(source, tmp_path / source.name)
    return tmp_path / LINDE.name


def edited_document(
    project: Path, folder: Path, language: Language, clause: str, text: str
) -> Path:
    """A document of ``project`` with ``clause`` rewritten, as a client returns it."""
    outline = build_outline(load_project(project), DocumentKind.CODE_OF_CONDUCT, language)
    document = docx.Document(io.BytesIO(document_bytes(outline)))
    first = clause_paragraphs(document, clause)[0]
    for run in first.runs[1:]:
        run.text = ""
    first.runs[0].text = text
    path = folder / f"{language.value}-{clause}.docx"
    document.save(str(path))
    return path


def start(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )


def clauses_of(project: Path) -> dict[str, Any]:
    clauses: dict[str, Any] = json.loads(project.read_text(encoding="utf-8"))["clauses"]
    return clauses


def test_two_import_edits_at_once_keep_both_edits(project: Path, tmp_path: Path) -> None:
    dutch = edited_document(project, tmp_path, Language.NL, "respect.tone", "Eigen toon. ")
    english = edited_document(project, tmp_path, Language.EN, "respect.tone", "Own tone. ")
    for _ in range(3):  # the race is one of timing: run it a few times
        shutil.copy(LINDE, project)
        first, second = (
            start("import-edits", project, dutch),
            start("import-edits", project, english),
        )
        outputs = [first.communicate(timeout=120), second.communicate(timeout=120)]
        assert first.returncode == second.returncode == 0, outputs
        edit = clauses_of(project)["respect.tone"]
        assert edit["nl"].startswith("Eigen toon.") and edit["en"].startswith("Own tone.")
        assert not lock.lock_path(project).exists()
        record("concurrent_writers_survived")


def test_a_writer_waits_for_the_lock_and_then_reads_what_the_first_wrote(
    project: Path, tmp_path: Path
) -> None:
    dutch = edited_document(project, tmp_path, Language.NL, "respect.tone", "Eigen toon. ")
    english = edited_document(project, tmp_path, Language.EN, "respect.tone", "Own tone. ")
    with lock.writing(project):
        # Both start while another writer (this test) holds the lock: neither reads yet.
        waiting = [start("import-edits", project, dutch), start("import-edits", project, english)]
        time.sleep(1.5)
        assert all(process.poll() is None for process in waiting)
        holder = lock.read_holder(lock.lock_path(project))
        assert holder.pid == os.getpid() and holder.host == socket.gethostname()
    for process in waiting:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    edit = clauses_of(project)["respect.tone"]
    assert edit["nl"].startswith("Eigen toon.") and edit["en"].startswith("Own tone.")


def test_a_lock_held_too_long_is_refused_naming_its_holder(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    document = edited_document(project, tmp_path, Language.NL, "respect.tone", "Eigen toon. ")
    before = project.read_bytes()
    monkeypatch.setattr(lock, "WAIT_SECONDS", 0.3)
    with lock.writing(project):
        code = run_in_process(["import-edits", str(project), str(document)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert str(project) in err and "being saved by another program" in err
    assert f"process {os.getpid()} on {socket.gethostname()}" in err
    assert project.read_bytes() == before
    assert not project.with_name(project.name + ".bak").exists()


def test_a_stale_lock_of_a_killed_writer_is_taken_over(project: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from wizard import lock\n"
            "with lock.writing(sys.argv[1]):\n"
            "    print('held', flush=True); time.sleep(600)",
            str(project),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    stale = lock.lock_path(project)
    assert lock.read_holder(stale).pid == holder.pid
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    assert stale.exists()  # left behind, as a killed process leaves it
    document = edited_document(project, tmp_path, Language.NL, "respect.tone", "Eigen toon. ")
    started = time.monotonic()
    process = start("import-edits", project, document)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert time.monotonic() - started < lock.WAIT_SECONDS  # taken over, not waited out
    assert clauses_of(project)["respect.tone"]["nl"].startswith("Eigen toon.")
    assert not stale.exists()
    record("crashes_survived")


def test_a_change_by_a_writer_without_lock_is_never_overwritten(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """A text editor or a copy over the file share writes while import-edits works."""
    import wizard.output.import_edits as module

    document = edited_document(project, tmp_path, Language.NL, "respect.tone", "Eigen toon. ")
    theirs = project.read_bytes().replace(b'"1.0"', b'"1.1"', 1)
    real = module.import_edits

    def meanwhile(*args: Any, **kwargs: Any) -> Any:
        project.write_bytes(theirs)  # someone else saves the project right now
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "import_edits", meanwhile)
    code = run_in_process(["import-edits", str(project), str(document)])
    err = capsys.readouterr().err
    assert code == 2 and "has changed since it was read" in err and str(project) in err
    assert project.read_bytes() == theirs  # their work stands
    assert not project.with_name(project.name + ".bak").exists()


def test_a_symlinked_project_is_written_through_to_its_target(
    project: Path, tmp_path: Path
) -> None:
    link_folder = tmp_path / "links"
    link_folder.mkdir()
    link = link_folder / "project.policy.json"
    link.symlink_to(project)
    document = edited_document(project, tmp_path, Language.NL, "respect.tone", "Eigen toon. ")
    process = start("import-edits", link, document)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert link.is_symlink() and link.resolve() == project
    assert clauses_of(project)["respect.tone"]["nl"].startswith("Eigen toon.")
    # The lock lives beside the target, shared by every link to it.
    assert lock.lock_path(link) == lock.lock_path(project)


def test_atomic_write_checks_the_state_that_was_read(tmp_path: Path) -> None:
    path = tmp_path / "p.policy.json"
    path.write_bytes(b"one")
    _, state = read_regular_file(path, 100)
    atomic_write(path, b"two", unchanged_since=state)  # unchanged: written
    assert path.read_bytes() == b"two"
    with pytest.raises(FileChanged):
        atomic_write(path, b"three", unchanged_since=state)  # "two" is not what was read
    assert path.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["p.policy.json"]  # no temporary left
    # Written again with the same bytes (a touch, an identical save): no conflict.
    _, state = read_regular_file(path, 100)
    os.utime(path, ns=(1, 1))
    assert changed_since(path, state) is None
    # Gone: nothing to lose by writing it again.
    path.unlink()
    assert changed_since(path, state) is None


def test_project_files_are_read_only_from_regular_files(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.policy.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    for path in (fifo, Path("/dev/zero")):
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "validate", str(path)],
            capture_output=True,
            text=True,
            env=ENV,
            cwd=ROOT,
            timeout=60,
        )
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(f"{path}: This is not an ordinary file")
        record("hostile_inputs")
    assert time.monotonic() - started < 30  # neither waits for a writer nor reads forever
    read = read_project_file(LINDE)
    assert read.state.size == len(read.data) == LINDE.stat().st_size


def test_where_no_lock_file_can_be_made_the_check_alone_guards_the_write(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    def refused(path: Path, *, wait: float | None = None) -> Any:
        raise PermissionError(13, "Permission denied", str(lock.lock_path(path)))

    monkeypatch.setattr(lock, "writing", refused)
    document = edited_document(project, tmp_path, Language.NL, "respect.tone", "Eigen toon. ")
    assert run_in_process(["import-edits", str(project), str(document)]) == 0
    assert clauses_of(project)["respect.tone"]["nl"].startswith("Eigen toon.")
    capsys.readouterr()


def test_an_edited_document_is_read_only_from_a_regular_file(
    project: Path, tmp_path: Path, capsys: Any
) -> None:
    fifo = tmp_path / "edited.docx"
    os.mkfifo(fifo)
    before = project.read_bytes()
    for document in (fifo, Path("/dev/zero")):
        started = time.monotonic()
        assert run_in_process(["import-edits", str(project), str(document)]) == 2
        assert time.monotonic() - started < 10
        err = capsys.readouterr().err
        assert err.startswith(f"{document}: This is not a Word document")
    assert project.read_bytes() == before

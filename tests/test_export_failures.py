"""Export that cannot write fails cleanly: a clear message, no partial file, nothing damaged."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.reliability import record
from wizard import cli


def generate(out: Path, *extra: str) -> tuple[int, str]:
    stderr = io.StringIO()
    code = cli.run(
        ["generate", str(EXAMPLES[0]), "--out", str(out), *extra],
        stdout=io.StringIO(),
        stderr=stderr,
    )
    return code, stderr.getvalue()


def test_folder_without_write_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path))

    # Running as root ignores file modes, so the refusal is simulated where the OS gives it.
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, message = generate(tmp_path)
    # The system's own words are not repeated; what it means is said plainly.
    assert code == 2 and "no permission" in message and "Traceback" not in message
    assert "Permission denied" not in message and ".tmp" not in message
    assert list(tmp_path.iterdir()) == []
    record("write_failures_survived")


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, message = generate(tmp_path)
    assert code == 2 and "disk is full" in message and ".tmp" not in message
    assert list(tmp_path.iterdir()) == []
    record("write_failures_survived")


def test_open_document_is_not_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert generate(tmp_path)[0] == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    code, message = generate(tmp_path, "--force")
    assert code == 2 and "open in another program (such as Word)" in message
    assert ".tmp" not in message
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    record("write_failures_survived")
    record("files_lost", 0)

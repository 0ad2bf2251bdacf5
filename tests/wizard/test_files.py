from __future__ import annotations

import os
from pathlib import Path

import pytest

from wizard import files
from wizard.files import atomic_write, atomic_write_all, safe_file_name, slug


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("De Linde", "gedragscode social media"), "de-linde-gedragscode-social-media-1.0.docx"),
        (("Café Zoë & Zonen",), "cafe-zoe-zonen-1.0.docx"),
        (("CON",), "con-1.0.docx"),
        (("a/b\\c", ".."), "a-b-c-1.0.docx"),
        (("name. . .  ",), "name-1.0.docx"),
        (("日本語",), "document-1.0.docx"),
        (("Northwind Advisory B.V.",), "northwind-advisory-b-v-1.0.docx"),
    ],
)
def test_safe_file_names(parts: tuple[str, ...], expected: str) -> None:
    assert safe_file_name(*parts, version="1.0", suffix=".docx") == expected


def test_reserved_windows_names_are_avoided() -> None:
    assert safe_file_name("CON", suffix=".docx") == "con-file.docx"
    assert safe_file_name("lpt1", suffix=".txt") == "lpt1-file.txt"


def test_long_names_are_cut() -> None:
    name = safe_file_name("x" * 300, "y" * 300, version="1" * 300, suffix=".docx")
    assert len(name) <= 160


def test_slug_never_ends_in_dot_or_dash() -> None:
    assert slug("version 1.0.", keep_dots=True) == "version-1.0"


def test_locked_target_keeps_the_old_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os

    from wizard.files import atomic_write

    target = tmp_path / "policy.docx"
    target.write_bytes(b"old")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The file is open in another program", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["policy.docx"]


def test_missing_folder_writes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wizard.files import atomic_write

    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "nowhere" / "file.docx", b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "name", ["CON", "a/b", "..", "name. . .  ", "x" * 300, "\u202eevil\u202c", "aux.txt", "  "]
)
def test_names_from_user_text_are_safe_everywhere(name: str) -> None:
    import re

    file_name = safe_file_name(name, "gedragscode", version="1.0", suffix=".docx")
    stem = file_name.removesuffix(".docx")
    assert re.fullmatch(r"[a-z0-9][a-z0-9.-]*", stem)
    assert not stem.endswith((".", " ")) and ".." not in stem and "/" not in stem
    assert stem.split(".")[0].split("-")[0] not in {"con", "aux"} or "-" in stem
    assert len(file_name) <= 160


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_written_files_get_the_usual_permissions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    new = tmp_path / "new.docx"
    atomic_write(new, b"one")
    assert new.stat().st_mode & 0o777 == 0o666 & ~files._UMASK  # not mkstemp's 0600
    shared = tmp_path / "shared.docx"
    shared.write_bytes(b"old")
    shared.chmod(0o664)
    atomic_write(shared, b"new")
    assert shared.stat().st_mode & 0o777 == 0o664  # a replaced file keeps its mode


def test_several_files_are_written_with_one_sync_per_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(files, "_sync_folder", synced.append)
    other = tmp_path / "other"
    other.mkdir()
    (tmp_path / "b.docx").write_bytes(b"old")
    atomic_write_all(
        [(tmp_path / "a.docx", b"a"), (tmp_path / "b.docx", b"b"), (other / "c.docx", b"c")]
    )
    assert [(tmp_path / n).read_bytes() for n in ("a.docx", "b.docx")] == [b"a", b"b"]
    assert (other / "c.docx").read_bytes() == b"c"
    assert synced == [tmp_path, other]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx", "other"]


def test_a_full_disk_while_writing_several_files_leaves_all_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.docx").write_bytes(b"old")
    real_fsync = os.fsync
    calls: list[int] = []

    def full_at_the_second(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_at_the_second)
    with pytest.raises(OSError) as raised:
        atomic_write_all([(tmp_path / "a.docx", b"new"), (tmp_path / "b.docx", b"b")])
    assert raised.value.filename == str(tmp_path / "b.docx")  # names the file, not a .tmp
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]  # no temporary file left
    assert (tmp_path / "a.docx").read_bytes() == b"old"


def test_a_locked_file_among_several_keeps_its_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "b.docx").write_bytes(b"old")
    real_replace = os.replace

    def locked(src: str, dst: str) -> None:
        if str(dst).endswith("b.docx"):
            raise PermissionError(13, "The file is open in another program", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError):
        atomic_write_all([(tmp_path / "a.docx", b"a"), (tmp_path / "b.docx", b"new")])
    assert (tmp_path / "a.docx").read_bytes() == b"a"  # renamed before the lock was met
    assert (tmp_path / "b.docx").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx"]

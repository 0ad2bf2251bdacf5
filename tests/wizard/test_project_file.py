from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, write_json
from wizard.answers.messages import ProjectError
from wizard.answers.model import Language
from wizard.answers.project_file import load_project, project_bytes, save_project, validate_raw


def codes(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    return [(p.field, p.code) for p in caught.value.problems]


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_load_and_round_trip(example: Path, tmp_path: Path) -> None:
    project = load_project(example)
    copy = tmp_path / "copy.policy.json"
    save_project(project, copy)
    again = validate_raw(json.loads(copy.read_text(encoding="utf-8")), example.parent)
    assert again == project
    assert project_bytes(again) == copy.read_bytes()


def test_saved_file_is_indented_utf8_in_model_order(
    minimal_raw: dict[str, Any], tmp_path: Path
) -> None:
    minimal_raw["organisation"]["name"] = "Café Zoë"
    path = tmp_path / "p.policy.json"
    save_project(validate_raw(minimal_raw), path)
    text = path.read_text(encoding="utf-8")
    assert "Café Zoë" in text
    assert text.startswith('{\n  "schema_version": 1,\n  "output"')
    assert list(json.loads(text)) == [
        "schema_version",
        "output",
        "organisation",
        "channels",
        "markets",
        "confidentiality",
        "behaviour",
        "technical",
        "governance",
    ]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "file_empty"),
        (b"   \n", "file_empty"),
        (b"{not json", "not_json"),
        (b"[1, 2]", "not_object"),
        ('{"a": 1}'.encode("utf-16"), "not_utf8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not_utf8"),
        (b"{}", "schema_missing"),
        (b'{"schema_version": 2}', "schema_newer"),
        (b'{"schema_version": "1"}', "schema_invalid"),
        (b'{"schema_version": 0}', "schema_invalid"),
        (b"[" * 200_000 + b"]" * 200_000, "too_deep"),
    ],
)
def test_broken_files_are_refused_with_a_reason(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "broken.policy.json"
    path.write_bytes(content)
    assert codes(path)[0][1] == code


def test_missing_file(tmp_path: Path) -> None:
    assert codes(tmp_path / "nothing.policy.json") == [("", "file_missing")]


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.policy.json"
    path.write_bytes(b'{"schema_version": 1, "x": "' + b"a" * (3 * 1024 * 1024) + b'"}')
    assert codes(path) == [("", "file_too_large")]


def test_newer_schema_message_says_what_to_do(tmp_path: Path) -> None:
    path = write_json(tmp_path / "new.policy.json", {"schema_version": 7})
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert "version 7" in caught.value.problems[0].message(Language.EN)
    assert "Werk het programma bij" in caught.value.problems[0].message(Language.NL)


def test_logo_is_resolved_next_to_the_project(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    logo = Path(EXAMPLES[0]).parent / "de-linde-logo.png"
    (tmp_path / "logo.png").write_bytes(logo.read_bytes())
    minimal_raw["organisation"]["logo"] = "logo.png"
    assert (
        load_project(write_json(tmp_path / "p.policy.json", minimal_raw)).organisation.logo
        == "logo.png"
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "logo_missing"),
        (b"GIF89a not a png", "logo_not_image"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 8, "logo_not_image"),
    ],
)
def test_bad_logos(
    minimal_raw: dict[str, Any], tmp_path: Path, content: bytes | None, code: str
) -> None:
    if content is not None:
        (tmp_path / "logo.png").write_bytes(content)
    minimal_raw["organisation"]["logo"] = "logo.png"
    assert codes(write_json(tmp_path / "p.policy.json", minimal_raw)) == [
        ("organisation.logo", code)
    ]


def test_enormous_logo_dimensions(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    header = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
        + (50_000).to_bytes(4, "big") * 2
        + b"\x08\x06\x00\x00\x00"
    )
    (tmp_path / "logo.png").write_bytes(header)
    minimal_raw["organisation"]["logo"] = "logo.png"
    assert codes(write_json(tmp_path / "p.policy.json", minimal_raw)) == [
        ("organisation.logo", "logo_dimensions")
    ]


def test_failed_save_keeps_the_old_file(
    minimal_raw: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.policy.json"
    path.write_text("old content", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        save_project(validate_raw(minimal_raw), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["p.policy.json"]

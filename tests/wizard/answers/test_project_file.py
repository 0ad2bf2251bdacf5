from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, write_json
from wizard.answers.messages import ProjectError
from wizard.answers.model import Language, Project
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
    assert text.startswith('{\n  "schema_version": 3,\n  "output"')
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
        "clauses",
        "notes",
        "decisions",
        "history",
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
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "not_project_but_zip"),
        (b"{}", "schema_missing"),
        (b'{"schema_version": 4}', "schema_newer"),
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


# --- version 2 ---------------------------------------------------------------------------


def test_version_1_file_migrates_on_load_and_keeps_every_answer(tmp_path: Path) -> None:
    for example in EXAMPLES:
        raw = json.loads(Path(example).read_text(encoding="utf-8"))
        assert raw["schema_version"] == 1  # the examples are kept in version 1 for this test
        path = write_json(tmp_path / Path(example).name, raw)
        for logo in Path(example).parent.glob("*.png"):
            (tmp_path / logo.name).write_bytes(logo.read_bytes())
        before = path.read_bytes()
        project = load_project(path)
        assert project.schema_version == 3
        assert (project.clauses, project.notes, project.decisions, project.history) == (
            {},
            {},
            [],
            [],
        )
        assert project.output.house_style is None
        # Every answer of version 1 is there, unchanged.
        migrated = project.model_dump(mode="json")
        expected = Project.model_validate({**raw, "schema_version": 3}).model_dump(mode="json")
        assert migrated == expected
        for section in raw:
            if section != "schema_version":
                assert migrated[section] == expected[section]
        # The file on disk stays version 1 until the user saves.
        assert path.read_bytes() == before
        save_project(project, path)
        assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3
        assert load_project(path) == project


def test_version_2_keys_round_trip(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    minimal_raw.update(
        schema_version=2,
        clauses={
            "channels.advice": {
                "nl": "Eerste alinea.\r\n\r\n- een punt  \n- nog een",
                "omit": False,
                "based_on": {"nl": "0123abcd"},
            },
            "confidentiality.small_details": {"omit": True},
        },
        notes={
            "behaviour.monitoring": "HR twijfelt nog.",
            "channels": "  ",
            "technical": "MFA eerst",
        },
        decisions=[
            {
                "date": "2026-11-20",
                "topic": "behaviour.monitoring",
                "decision": "Alleen publiek",
                "by": "MT",
            }
        ],
        history=[
            {
                "version": "1.0",
                "date": "2026-11-20",
                "summary": "Eerste versie",
                "approved_by": "Directie",
                "answers": {"organisation": {"name": "X"}},
            }
        ],
    )
    minimal_raw["output"] = {"house_style": "  huisstijl/Sjabloon 2026.dotx "}
    # The house style must exist, relative to the project's folder (its inside is checked
    # when documents are written: tests/wizard/test_house_style.py).
    (tmp_path / "huisstijl").mkdir()
    (tmp_path / "huisstijl" / "Sjabloon 2026.dotx").write_bytes(b"PK")
    project = validate_raw(minimal_raw, tmp_path)
    edit = project.clauses["channels.advice"]
    assert edit.nl == "Eerste alinea.\n\n- een punt\n- nog een"  # line ends and trailing blanks
    assert edit.en is None and edit.text(Language.NL) == edit.nl
    assert project.clauses["confidentiality.small_details"].omit
    assert project.notes == {"behaviour.monitoring": "HR twijfelt nog.", "technical": "MFA eerst"}
    assert project.output.house_style == "huisstijl/Sjabloon 2026.dotx"
    path = tmp_path / "p.policy.json"
    save_project(project, path)
    assert load_project(path) == project


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            lambda r: r.update(clauses={"Channels advice": {"nl": "x"}}),
            "clauses.Channels advice.[key]",
        ),
        (
            lambda r: r.update(clauses={"channels.advice": {"omit": "ja"}}),
            "clauses.channels.advice.omit",
        ),
        (
            lambda r: r.update(clauses={"channels.advice": {"de": "x"}}),
            "clauses.channels.advice.de",
        ),
        (lambda r: r.update(notes={"behaviour.monitoring": 5}), "notes.behaviour.monitoring"),
        (
            lambda r: r.update(decisions=[{"date": "gisteren", "topic": "x", "decision": "y"}]),
            "decisions.1.date",
        ),
        (lambda r: r.update(history=[{"version": "", "date": "2026-01-01"}]), "history.1.version"),
    ],
)
def test_bad_version_2_keys_are_named(minimal_raw: dict[str, Any], change: Any, field: str) -> None:
    change(minimal_raw)
    with pytest.raises(ProjectError) as caught:
        validate_raw(minimal_raw)
    problems = caught.value.problems
    assert field in [p.field for p in problems]
    for problem in problems:
        for language in Language:
            text = problem.message(language)
            assert "[key]" not in text and text.strip()


# --- version 3 ---------------------------------------------------------------------------


def test_version_2_file_migrates_with_every_issued_version_to_acknowledge(
    minimal_raw: dict[str, Any], tmp_path: Path
) -> None:
    entry = {"version": "1.0", "date": "2026-11-20", "answers": {}}
    minimal_raw.update(schema_version=2, history=[entry, {**entry, "version": "1.1"}])
    path = write_json(tmp_path / "old.policy.json", minimal_raw)
    before = path.read_bytes()
    project = load_project(path)
    assert project.schema_version == 3
    assert [h.acknowledge for h in project.history] == [True, True]
    assert path.read_bytes() == before  # the file keeps version 2 until saved
    project.history[1].acknowledge = False
    save_project(project, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 3
    assert [h["acknowledge"] for h in saved["history"]] == [True, False]
    assert load_project(path) == project


def test_acknowledge_is_true_or_false(minimal_raw: dict[str, Any]) -> None:
    entry = {"version": "1.0", "date": "2026-11-20", "acknowledge": "ja"}
    minimal_raw.update(schema_version=3, history=[entry])
    with pytest.raises(ProjectError) as raised:
        validate_raw(minimal_raw)
    assert raised.value.problems[0].field == "history.1.acknowledge"

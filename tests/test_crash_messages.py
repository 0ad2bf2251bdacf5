"""What used to crash ("unexpected error", exit 1) is a clear message now, on every command.

Each hostile project of ``tests.test_hostile_files`` goes through every command that reads
a project: exit 2, one message naming the file and the field, nothing written.
"""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import EXAMPLES, write_json
from tests.reliability import record
from tests.test_hostile_files import CASES
from wizard.answers.model import Language
from wizard.answers.project_file import load_project
from wizard.cli import run

CRASHES = [
    "year 9999",
    "due date in 9999",
    "5,000-digit number",
    "section of the wrong type",
    "output of the wrong type",
    "history nested 900 deep",
    "a section written twice",
    "NaN",
]
BAKERY = next(p for p in EXAMPLES if "bakkerij" in p.name)


def commands(project: Path, out: Path) -> list[list[str]]:
    document = out.parent / "edited.docx"
    return [
        ["validate", str(project)],
        ["generate", str(project), "--out", str(out), "--force"],
        ["calendar", str(project), "--out", str(out / "review.ics"), "--force"],
        ["report", str(project), "--out", str(out), "--force"],
        ["clauses", str(project)],
        ["diff", str(project)],
        ["import-edits", str(project), str(document)],
        ["redline", str(project), "--out", str(out / "redline.docx"), "--force"],
        ["new-from", str(project), "--name", "Nieuw", "--out", str(out / "new.policy.json")],
        ["acknowledgements", "status", str(project)],
    ]


@pytest.mark.parametrize("case", CRASHES)
def test_every_command_refuses_with_a_message_naming_the_field(
    case: str, tmp_path: Path, capsys: Any
) -> None:
    content, _, expected = CASES[case]
    project = tmp_path / "hostile.policy.json"
    project.write_bytes(content)
    out = tmp_path / "out"
    for argv in commands(project, out):
        code = run(argv)
        err = capsys.readouterr().err
        assert code == 2, (argv[0], err)
        assert err.startswith(f"{project}: ") and expected in err, (argv[0], err)
        assert "unexpected error" not in err and "Traceback" not in err
        assert not out.exists() and project.read_bytes() == content
        record("hostile_inputs")


def test_a_lone_surrogate_in_history_is_cleaned_and_generate_writes(
    tmp_path: Path, capsys: Any
) -> None:
    raw = json.loads(BAKERY.read_text(encoding="utf-8"))
    raw["schema_version"] = 2
    answers = {key: raw[key] for key in ("output", "organisation", "channels", "governance")}
    changed = copy.deepcopy(answers)
    changed["organisation"]["na\ud800me"] = "Bakkerij \udc00"
    raw["history"] = [
        {"version": "1.0", "date": "2026-01-01", "answers": answers},
        {"version": "1.1", "date": "2026-02-01", "answers": changed, "summary": "\ud800"},
    ]
    project = tmp_path / "p.policy.json"
    project.write_text(json.dumps(raw), encoding="utf-8")  # \ud800 as a JSON escape
    assert run(["generate", str(project), "--out", str(tmp_path / "out")]) == 0, (
        capsys.readouterr().err
    )
    recorded = load_project(project).history[1].answers["organisation"]
    assert "name" in recorded and recorded["name"] == "Bakkerij "
    for written in (tmp_path / "out").iterdir():
        docx.Document(str(written))  # opens: no surrogate reached the XML


def test_snapshot_keys_are_the_answer_sections(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    minimal_raw["schema_version"] = 2
    minimal_raw["history"] = [{"version": "1", "date": "2026-01-01", "answers": {"x": 1}}]
    assert run(["validate", str(write_json(tmp_path / "p.policy.json", minimal_raw))]) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_calendar_says_why_a_write_failed(tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        code = run(["calendar", str(BAKERY), "--out", str(folder / "review.ics")])
    finally:
        folder.chmod(stat.S_IRWXU)
    err = capsys.readouterr().err
    assert code == 2 and "review.ics cannot be saved" in err and "unexpected" not in err
    assert list(folder.iterdir()) == []


def test_calendar_says_why_a_write_failed_even_as_root(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk: the calendar names the file and the reason (once a KeyError)."""
    import errno

    import wizard.output.calendar_file as calendar_file

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(calendar_file, "atomic_write", full)
    target = tmp_path / "review.ics"
    assert run(["calendar", str(BAKERY), "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"The disk is full: {target} cannot be saved")
    assert not target.exists()


@pytest.mark.parametrize("width", ["abc", "1e999", "99999999999999999999999", "-5", ""])
def test_a_house_style_whose_page_width_is_not_a_number_is_named_not_a_crash(
    width: str, tmp_path: Path, capsys: Any
) -> None:
    """The house style's allowlist (wizard.output.house_style) rebuilds the page setup;
    one that is no number takes the built-in page, named in a warning."""
    style = docx.Document()
    size = style.sections[0]._sectPr.find(docx.oxml.ns.qn("w:pgSz"))
    size.set(docx.oxml.ns.qn("w:w"), width)
    path = tmp_path / "style.docx"
    style.save(str(path))
    out = tmp_path / "out"
    code = run(["generate", str(BAKERY), "--out", str(out), "--house-style", str(path)])
    err = capsys.readouterr().err
    assert code == 0 and "unexpected" not in err, err
    assert "output.house_style" in err and "the page size and margins" in err
    for written in out.iterdir():
        section = docx.Document(str(written)).sections[0]
        assert section.page_width is not None and section.page_width > 0


def test_a_version_cannot_make_the_file_name_end_in_another_type(
    minimal_raw: dict[str, Any], tmp_path: Path, capsys: Any
) -> None:
    minimal_raw["organisation"]["version"] = "1.exe"
    project = write_json(tmp_path / "p.policy.json", minimal_raw)
    assert run(["generate", str(project), "--out", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "de-linde-gedragscode-social-media-1-exe.docx",
        "de-linde-social-media-ict-beleid-1-exe.docx",
    ]
    capsys.readouterr()


@pytest.mark.parametrize(
    ("order", "word"), [(["en", "nl"], "workshop-report"), (["nl", "en"], "workshopverslag")]
)
def test_report_and_calendar_follow_the_order_of_output_languages(
    order: list[str], word: str, tmp_path: Path, capsys: Any
) -> None:
    raw = json.loads(BAKERY.read_text(encoding="utf-8"))
    raw["output"]["languages"] = order
    project = write_json(tmp_path / "p.policy.json", raw)
    assert run(["report", str(project), "--out", str(tmp_path / "out")]) == 0
    assert word in next((tmp_path / "out").iterdir()).name
    assert run(["calendar", str(project), "--out", str(tmp_path / "review.ics")]) == 0
    calendar = (tmp_path / "review.ics").read_text(encoding="utf-8")
    assert ("herziening" in calendar) is (order[0] == Language.NL.value)
    capsys.readouterr()


def test_the_file_readers_bounds(minimal_raw: dict[str, Any]) -> None:
    """Numbers up to 18 digits, nesting up to 16 levels; beyond, refused naming the place."""
    from wizard.answers.messages import ProjectError
    from wizard.answers.project_file import parse_raw, validate_raw

    def problem(text: str) -> tuple[str, str]:
        with pytest.raises(ProjectError) as caught:
            parse_raw(text.encode("utf-8"))
        first = caught.value.problems[0]
        return first.field, first.code

    base = json.dumps(minimal_raw)[:-1]
    assert parse_raw(f'{base}, "x": {"9" * 18}}}'.encode())["x"] == int("9" * 18)
    assert problem(f'{base}, "x": {"9" * 19}}}') == ("x", "number_too_large")
    assert problem(f'{base}, "x": -{"9" * 19}}}') == ("x", "number_too_large")
    assert parse_raw(f'{base}, "x": {"[" * 15}{"]" * 15}}}'.encode())
    assert problem(f'{base}, "x": {"[" * 17}{"]" * 17}}}') == ("x.1.1", "too_deep")
    assert problem(f'{base}, "x": Infinity}}')[1] == "json_constant"
    assert problem('{"a": {"b": 1, "b": 2}}') == ("a.b", "duplicate_key")
    minimal_raw["schema_version"] = 2
    deep: Any = "x"
    for _ in range(9):
        deep = [deep]
    minimal_raw["history"] = [{"version": "1", "date": "2026-01-01", "answers": {"output": deep}}]
    with pytest.raises(ProjectError) as caught:
        validate_raw(minimal_raw)
    assert caught.value.problems[0].code == "snapshot_invalid"
    minimal_raw["history"][0]["answers"] = {"output": [["x"] * 100] * 201}
    with pytest.raises(ProjectError):
        validate_raw(minimal_raw)

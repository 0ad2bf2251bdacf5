"""python main.py diff, end to end: exit codes 0, 3 and 2, two files or one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from tests.conftest import EXAMPLES, write_json
from tests.test_main import run
from wizard.answers.project_file import validate_raw
from wizard.answers.versions import issued_version

NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))


def northwind() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    return raw


def test_languages_in_another_order_are_a_difference(tmp_path: Path) -> None:
    """Northwind writes English first: Dutch first makes the calendar and the workshop
    report Dutch, so diff says so (it compared the languages as a set)."""
    new = northwind()
    assert new["output"]["languages"] == ["en", "nl"]
    new["output"]["languages"] = ["nl", "en"]
    path = write_json(tmp_path / "new.policy.json", new)
    result = run("diff", NORTHWIND, path, "--lang", "en")
    assert result.returncode == 3, result.stderr
    assert result.stdout.splitlines() == [
        "Document languages: English and Dutch → Dutch and English"
    ]


def test_two_files_with_differences_exit_3_one_per_line(tmp_path: Path) -> None:
    new = northwind()
    new["behaviour"]["monitoring"] = "none"
    new["channels"].append({"id": "tiktok"})
    new["clauses"] = {"respect.tone": {"omit": True}}
    path = write_json(tmp_path / "new.policy.json", new)
    result = run("diff", NORTHWIND, path, "--lang", "nl")
    assert result.returncode == 3, result.stderr
    assert result.stdout.splitlines() == [
        "Kanaal TikTok toegevoegd",
        "Monitoring: Openbare vermeldingen → Geen",
        "Clausule respect.tone weggelaten",
    ]
    assert result.stderr == ""
    english = run("diff", NORTHWIND, path, "--lang", "en")
    assert english.returncode == 3
    assert "Monitoring: Public mentions → None" in english.stdout.splitlines()


def test_the_same_answers_exit_0(tmp_path: Path) -> None:
    same = northwind()
    # Written differently, meaning the same: a set in another order, a default left out.
    same["markets"]["goals"].reverse()
    del same["technical"]["mfa"]
    same["decisions"] = [{"date": "2027-01-01", "topic": "x", "decision": "y"}]
    result = run("diff", NORTHWIND, write_json(tmp_path / "same.policy.json", same))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "No differences."


def test_one_file_against_its_last_issued_version(tmp_path: Path) -> None:
    raw = northwind()
    raw["history"] = [
        issued_version(
            validate_raw(raw).answers_snapshot(),
            {},
            "2.1",
            summary=None,
            approved_by=None,
            day=date(2027, 1, 1),
        )
    ]
    path = write_json(tmp_path / "p.policy.json", raw)
    assert run("diff", path).returncode == 0
    raw["organisation"]["sector"] = "healthcare"
    write_json(path, raw)
    result = run("diff", path, "--lang", "nl")
    assert result.returncode == 3
    assert result.stdout.splitlines() == ["Sector: Zakelijke dienstverlening → Zorg"]


def test_a_version_1_project_has_no_issued_version_to_compare(tmp_path: Path) -> None:
    raw = northwind()
    raw["schema_version"] = 1
    path = write_json(tmp_path / "v1.policy.json", raw)
    result = run("diff", path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "no issued version" in result.stderr and str(path) in result.stderr
    # Against a version 2 file it compares as any other.
    assert run("diff", path, NORTHWIND).returncode == 0


def test_bad_input_exits_2_with_one_line_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.policy.json"
    broken.write_text("{", encoding="utf-8")
    invalid = northwind()
    invalid["organisation"]["name"] = ""
    del invalid["technical"]["incident_contact"]
    invalid_path = write_json(tmp_path / "invalid.policy.json", invalid)
    cases = [
        (NORTHWIND, broken, "broken.policy.json", "not valid JSON"),
        (broken, NORTHWIND, "broken.policy.json", "not valid JSON"),
        (NORTHWIND, tmp_path / "missing.json", "missing.json", "does not exist"),
        (invalid_path, NORTHWIND, "invalid.policy.json", "Organisation name is empty"),
    ]
    for old, new, named, reason in cases:
        result = run("diff", old, new)
        assert result.returncode == 2, (old, new)
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert named in result.stderr and reason in result.stderr
    result = run("diff", NORTHWIND, NORTHWIND, "--lang", "nl,en")
    assert result.returncode == 2 and "one language" in result.stderr


def test_diff_imports_neither_jinja_nor_word_nor_qt(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import sys, main; rc = main.main(['diff', sys.argv[1], sys.argv[1]]);"
        "assert rc == 0, rc;"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('jinja2', 'docx', 'PySide6')];"
        "assert not heavy, heavy"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(NORTHWIND)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr

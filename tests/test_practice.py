"""The consultant's practice on the command line: several projects in one run (generate),
the clients table (clients) and a new client from an old one (new-from)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from wizard import cli

LINDE = next(p for p in EXAMPLES if p.name.startswith("de-linde"))
NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))
BAKERY = next(p for p in EXAMPLES if p.name.startswith("bakkerij"))


def run(*argv: str | Path) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run([str(a) for a in argv], stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def copy_example(source: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    raw: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    logo = raw["organisation"].get("logo")
    if logo:
        shutil.copy(source.parent / logo, folder)
    target = folder / (name or source.name)
    target.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return target


# --- generate with several projects -------------------------------------------------------


def test_generate_writes_each_project_into_a_folder_of_its_name(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run("generate", LINDE, NORTHWIND, BAKERY, "--out", out)
    assert code == 0, stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "bakkerij-van-dijk",
        "de-linde-zorg",
        "northwind-advisory",
    ]
    assert len(list((out / "de-linde-zorg").glob("*.docx"))) == 4
    assert len(list((out / "bakkerij-van-dijk").glob("*.docx"))) == 2  # Dutch only
    written = [Path(line) for line in stdout.splitlines()]
    assert all(path.is_file() for path in written)
    assert {path.parent.name for path in written} == {p.name for p in out.iterdir()}


def test_a_failing_project_is_reported_and_the_others_are_written(tmp_path: Path) -> None:
    broken = tmp_path / "broken.policy.json"
    broken.write_text('{"schema_version": 2, "organisation": 5}', encoding="utf-8")
    out = tmp_path / "out"
    code, _, stderr = run("generate", LINDE, broken, NORTHWIND, "--out", out, "--lang", "en")
    assert code == 2
    assert stderr.splitlines()[0].startswith(str(broken))
    assert "2 of 3 projects written" in stderr and str(broken) in stderr.splitlines()[-1]
    assert not (out / "broken").exists()
    assert len(list((out / "de-linde-zorg").glob("*.docx"))) == 2
    assert len(list((out / "northwind-advisory").glob("*.docx"))) == 2


def test_existing_documents_of_one_project_are_kept_and_the_others_written(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    assert run("generate", LINDE, "--out", out / "de-linde-zorg", "--lang", "nl")[0] == 0
    before = {p: p.read_bytes() for p in (out / "de-linde-zorg").iterdir()}
    code, _, stderr = run("generate", LINDE, NORTHWIND, "--out", out, "--lang", "nl")
    assert code == 2 and "--force" in stderr
    assert {p: p.read_bytes() for p in (out / "de-linde-zorg").iterdir()} == before
    assert len(list((out / "northwind-advisory").glob("*.docx"))) == 2
    assert run("generate", LINDE, NORTHWIND, "--out", out, "--force", "--lang", "nl")[0] == 0


def test_two_projects_of_the_same_name_are_not_written_into_one_folder(tmp_path: Path) -> None:
    first = copy_example(LINDE, tmp_path / "a")
    second = copy_example(NORTHWIND, tmp_path / "b", LINDE.name)
    out = tmp_path / "out"
    code, _, stderr = run("generate", first, second, "--out", out)
    assert code == 2
    assert f"{second}: has the same name as {first}" in stderr
    # The first one is written, and only the first one.
    names = [p.name for p in (out / "de-linde-zorg").iterdir()]
    assert names and all(name.startswith("zorggroep-de-linde") for name in names)


def test_a_wrong_option_is_said_once_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, stderr = run("generate", LINDE, NORTHWIND, "--out", out, "--lang", "xx")
    assert code == 2 and stderr.count("--lang") == 1
    assert not out.exists()


# --- clients -------------------------------------------------------------------------------


def practice(tmp_path: Path) -> Path:
    """A consultant's folder: two clients at the top, one in a subfolder, one broken file
    and one two levels down (not read)."""
    folder = tmp_path / "clients"
    copy_example(LINDE, folder)
    copy_example(BAKERY, folder)
    northwind = copy_example(NORTHWIND, folder / "northwind")
    raw = json.loads(northwind.read_text(encoding="utf-8"))
    raw["organisation"]["effective_date"] = "2026-01-01"  # review due soonest
    raw["organisation"]["review_months"] = 12
    northwind.write_text(json.dumps(raw), encoding="utf-8")
    (folder / "kapot.policy.json").write_text('{"schema_version": 2,', encoding="utf-8")
    copy_example(BAKERY, folder / "a" / "b", "deep.policy.json")
    return folder


def test_clients_lists_every_project_soonest_review_first_and_a_broken_file_in_words(
    tmp_path: Path,
) -> None:
    folder = practice(tmp_path)
    code, stdout, stderr = run("clients", folder)
    assert code == 0, stderr
    lines = stdout.splitlines()
    assert lines[0].split()[:3] == ["Organisation", "Sector", "Size"]
    names = [line.split("  ")[0] for line in lines[1:4]]
    assert names == ["Northwind Advisory B.V.", "Zorggroep De Linde", "Bakkerij Van Dijk"]
    assert "2027-01-01" in lines[1]  # 2026-01-01 plus twelve months
    assert lines[-1].startswith(f"{folder / 'kapot.policy.json'}: ")
    assert "not valid JSON" in lines[-1]
    assert "deep" not in stdout and len(lines) == 5
    assert " none " in lines[1], "no version issued yet"
    assert "Acknowledged" not in lines[0], "no register, no column"


def test_clients_counts_warnings_and_out_of_date_edits_and_the_last_issued_version(
    tmp_path: Path,
) -> None:
    from wizard.answers.versions import issued_version

    folder = tmp_path / "clients"
    path = copy_example(NORTHWIND, folder)
    raw = json.loads(path.read_text(encoding="utf-8"))
    sections = {k: raw[k] for k in raw if k not in ("schema_version", "clauses")}
    raw["history"] = [issued_version(sections, {}, "2.1", summary=None, approved_by=None)]
    raw["history"][0]["date"] = "2026-10-01"
    # An edit made against other generated text: out of date.
    raw["clauses"] = {"respect.tone": {"en": "Be kind.", "based_on": {"en": "0" * 16}}}
    raw["markets"]["webcare"] = True
    raw["markets"]["goals"] = ["marketing"]  # webcare without customer service: a warning
    path.write_text(json.dumps(raw), encoding="utf-8")
    from wizard.answers.model import Language
    from wizard.output.clients import client_rows

    [row] = client_rows(folder, Language.EN)
    assert (row.version, row.issued.isoformat() if row.issued else "") == ("2.1", "2026-10-01")
    assert row.out_of_date == 1
    assert row.warnings >= 1


def test_clients_shows_the_share_that_acknowledged_when_a_register_is_beside(
    tmp_path: Path,
) -> None:
    from wizard.answers.versions import issued_version

    folder = tmp_path / "clients"
    path = copy_example(NORTHWIND, folder, "northwind.policy.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    sections = {k: raw[k] for k in raw if k not in ("schema_version", "clauses")}
    raw["history"] = [
        issued_version(sections, {}, "2.1", summary=None, approved_by=None),
        issued_version(sections, {}, "2.2", summary=None, approved_by=None),
    ]
    path.write_text(json.dumps(raw), encoding="utf-8")
    register = {
        "schema_version": 1,
        "organisation": "Northwind Advisory B.V.",
        "people": [
            {"id": "p1", "name": "Ann", "email": None, "role": None, "started": None, "left": None},
            {"id": "p2", "name": "Bob", "email": None, "role": None, "started": None, "left": None},
            {"id": "p3", "name": "Cas", "email": None, "role": None, "started": None, "left": None},
            {"id": "p4", "name": "Dee", "left": "2020-01-01"},  # has left: not counted
        ],
        "acknowledgements": [
            {"person": "p1", "version": "2.2", "date": "2026-11-01", "method": "paper"},
            {"person": "p2", "version": "2.1", "date": "2026-10-01", "method": "email"},
            {"person": "p4", "version": "2.2", "date": "2019-01-01", "method": "paper"},
        ],
    }
    (folder / "northwind.register.json").write_text(json.dumps(register), encoding="utf-8")
    copy_example(BAKERY, folder)  # no register: an empty cell
    code, stdout, _ = run("clients", folder)
    assert code == 0
    lines = stdout.splitlines()
    assert "Acknowledged" in lines[0]
    assert "1/3 (33%)" in next(line for line in lines if line.startswith("Northwind"))
    # A register that is refused (damaged, or another organisation's: the register's own
    # reader decides) leaves the cell empty, never the table.
    (folder / "northwind.register.json").write_text("{oops", encoding="utf-8")
    code, stdout, _ = run("clients", folder)
    assert code == 0 and "Acknowledged" not in stdout.splitlines()[0]


def test_clients_csv_is_formula_safe_and_kept_without_force(tmp_path: Path) -> None:
    import csv

    folder = tmp_path / "clients"
    path = copy_example(BAKERY, folder)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["organisation"]["name"] = '=HYPERLINK("http://x")'
    path.write_text(json.dumps(raw), encoding="utf-8")
    target = tmp_path / "clients.csv"
    code, _, stderr = run("clients", folder, "--csv", target)
    assert code == 0, stderr
    assert target.read_bytes().startswith("\ufeff".encode())  # for Excel
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Organisation" and rows[0][-1] == "File"
    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    before = target.read_bytes()
    code, _, stderr = run("clients", folder, "--csv", target)
    assert code == 2 and "--force" in stderr and target.read_bytes() == before
    assert run("clients", folder, "--csv", target, "--force")[0] == 0


def test_clients_of_a_folder_that_is_not_there_exit_2(tmp_path: Path) -> None:
    code, stdout, stderr = run("clients", tmp_path / "nowhere")
    assert code == 2 and stdout == ""
    assert stderr.startswith(str(tmp_path / "nowhere")) and "does not exist" in stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    code, stdout, _ = run("clients", empty)
    assert code == 0 and "No project files" in stdout


# --- new-from ------------------------------------------------------------------------------


def test_new_from_keeps_answers_and_edits_and_lists_what_it_cleared(tmp_path: Path) -> None:
    from wizard.answers.versions import issued_version

    source = copy_example(LINDE, tmp_path / "linde")
    raw = json.loads(source.read_text(encoding="utf-8"))
    sections = {k: raw[k] for k in raw if k not in ("schema_version", "clauses")}
    raw["history"] = [issued_version(sections, {}, "1.0", summary=None, approved_by=None)]
    raw["notes"] = {"behaviour.monitoring": "OR vragen"}
    raw["decisions"] = [
        {"date": "2026-11-01", "topic": "behaviour.monitoring", "decision": "Geen", "by": "Henk"}
    ]
    raw["clauses"] = {"respect.tone": {"nl": "Bij Zorggroep De Linde zijn we vriendelijk."}}
    raw["output"]["house_style"] = "huisstijl.dotx"
    source.write_text(json.dumps(raw), encoding="utf-8")
    before = source.read_bytes()
    out = tmp_path / "acme" / "acme.policy.json"
    code, stdout, stderr = run("new-from", source, "--out", out, "--name", "Acme Zorg")
    assert code == 0, stderr
    assert source.read_bytes() == before
    new = json.loads(out.read_text(encoding="utf-8"))
    assert new["organisation"]["name"] == "Acme Zorg"
    for section in ("markets", "confidentiality", "behaviour"):
        assert new[section] == {**new[section], **raw[section]}, section
    assert [c["id"] for c in new["channels"]] == [c["id"] for c in raw["channels"]]
    assert all(c["manager"] is None for c in new["channels"])
    assert new["clauses"]["respect.tone"]["nl"] == "Bij Acme Zorg zijn we vriendelijk."
    assert new["organisation"]["policy_owner"]["name"] is None
    assert (
        new["organisation"]["policy_owner"]["role"] == raw["organisation"]["policy_owner"]["role"]
    )
    assert new["organisation"]["logo"] is None and new["organisation"]["version"] == "1.0"
    assert (new["notes"], new["decisions"], new["history"]) == ({}, [], [])
    assert new["governance"]["hr_owner"] == "" and new["technical"]["incident_contact"] == ""
    assert raw["governance"]["approver"] != "management"  # named in the example
    assert new["governance"]["approver"] == "management"
    assert all(step["owner"] is None for step in new["governance"]["plan"])
    assert new["output"]["house_style"] == str((source.parent / "huisstijl.dotx").absolute())
    lines = stdout.splitlines()
    assert lines[0] == f"{out}: new project for Acme Zorg."
    for cleared in (
        "Policy owner's name",
        "Logo",
        "HR owner",
        "Incident contact",
        "Notes (1)",
        "Decision log (1 decisions)",
        "Issued versions (1)",
        "Organisation name: replaced in 1 edited texts",
    ):
        assert f"  {cleared}" in lines, cleared
    assert lines[-1].startswith("Still to answer:")


def test_new_from_refuses_an_existing_file_without_force_and_a_broken_source(
    tmp_path: Path,
) -> None:
    source = copy_example(BAKERY, tmp_path)
    out = tmp_path / "new.policy.json"
    out.write_text("mine", encoding="utf-8")
    code, _, stderr = run("new-from", source, "--out", out, "--name", "Acme")
    assert code == 2 and "--force" in stderr and out.read_text() == "mine"
    assert run("new-from", source, "--out", out, "--name", "Acme", "--force")[0] == 0
    code, _, stderr = run("new-from", source, "--out", tmp_path / "x.policy.json", "--name", " ")
    assert code == 2 and "--name" in stderr
    broken = tmp_path / "broken.policy.json"
    broken.write_text('{"schema_version": 2, "organisation": {"name": 5}, "extra": 1}')
    code, _, stderr = run("new-from", broken, "--out", tmp_path / "y.policy.json", "--name", "A")
    assert code == 2 and stderr.startswith(str(broken))
    assert not (tmp_path / "y.policy.json").exists()


def test_a_folder_with_more_files_than_a_table_shows_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wizard.output.clients

    monkeypatch.setattr(wizard.output.clients, "MAX_PROJECTS", 2)
    folder = tmp_path / "clients"
    for name in ("a", "b", "c"):
        copy_example(BAKERY, folder, f"{name}.policy.json")
    code, stdout, _ = run("clients", folder)
    assert code == 0
    lines = stdout.splitlines()
    assert len(lines) == 4 and lines[-1] == (
        f"{folder}: 1 more project files not read: a table shows at most 2; spread the "
        "clients over more folders."
    )

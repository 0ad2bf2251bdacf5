"""The acknowledgement register on the command line: staff, forms, record, status, report."""

from __future__ import annotations

import email
import email.policy
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from tests.acknowledgement_files import (
    ORGANISATION,
    csv_bytes,
    project_with_versions,
    xlsx_bytes,
)
from tests.conftest import ROOT
from wizard import cli
from wizard.output.pdf import find_libreoffice

STAFF = [
    ["Naam", "E-mail", "Functie", "In dienst", "Uit dienst"],
    ["Anna de Vries", "anna@delinde.nl", "Verpleegkundige", "01-02-2020", ""],
    ["Bram Jansen", "bram@delinde", "Arts", "", ""],
    ["Cécile Müller", "", "Secretaresse", "2021-03-01", ""],
    ["", "", "", "", ""],
    ["Dirk Oud", "dirk@delinde.nl", "Kok", "", "31-12-2025"],
    ["Eva Smit", "eva@delinde.nl", "=1+1", "", ""],
    ["Anna de Vries", "anna@delinde.nl", "", "", ""],
]


def ack(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["acknowledgements", *map(str, args)], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return project_with_versions(tmp_path, [("1.0", True)])


@pytest.fixture
def staffed(project: Path, tmp_path: Path) -> Path:
    staff = tmp_path / "personeel.csv"
    staff.write_bytes(csv_bytes(STAFF, encoding="cp1252"))
    code, _, err = ack("staff", project, staff)
    assert code == 0, err
    return project


def register_of(project: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(project.with_name("de-linde.register.json").read_text(encoding="utf-8"))


def test_staff_list_in_windows_1252_with_semicolons_and_dutch_headers(
    project: Path, tmp_path: Path
) -> None:
    staff = tmp_path / "personeel.csv"
    staff.write_bytes(csv_bytes(STAFF, encoding="cp1252"))
    code, out, err = ack("staff", project, staff)
    assert (code, err) == (0, "")
    assert out.startswith("4 added, 0 updated, 0 unchanged, 2 skipped")
    assert "row 3: 'bram@delinde' is not an e-mail address" in out
    assert "row 8: appears earlier in the list (row 2)" in out
    register = register_of(project)
    assert register["schema_version"] == 1 and register["organisation"] == ORGANISATION
    people = {p["name"]: p for p in register["people"]}
    assert set(people) == {"Anna de Vries", "Cécile Müller", "Dirk Oud", "Eva Smit"}
    assert people["Anna de Vries"]["started"] == "2020-02-01"
    assert people["Dirk Oud"]["left"] == "2025-12-31"
    assert len({p["id"] for p in register["people"]}) == 4


def test_staff_list_again_updates_by_email_else_by_name_and_keeps_who_left(
    staffed: Path, tmp_path: Path
) -> None:
    ids = {p["name"]: p["id"] for p in register_of(staffed)["people"]}
    again = tmp_path / "again.csv"
    rows = [
        ["name", "email", "role", "left"],
        ["Anna de Vries-Bakker", "ANNA@delinde.nl", "Teamleider", ""],
        ["Cécile Müller", "cecile@delinde.nl", "", "2026-10-01"],
        ["Frank Nieuw", "frank@delinde.nl", "", ""],
    ]
    again.write_bytes(b"\xef\xbb\xbf" + csv_bytes(rows, delimiter=","))
    code, out, _ = ack("staff", staffed, again)
    assert code == 0
    assert out.startswith("1 added, 2 updated, 0 unchanged, 0 skipped")
    # Eva is not in the list; Dirk is not either, but he has left.
    assert "1 person in the register is not in this list" in out and out.endswith("Eva Smit\n")
    people = {p["id"]: p for p in register_of(staffed)["people"]}
    anna = people[ids["Anna de Vries"]]
    assert (anna["name"], anna["role"], anna["started"]) == (
        "Anna de Vries-Bakker",
        "Teamleider",
        "2020-02-01",  # an empty cell keeps what was known
    )
    cecile = people[ids["Cécile Müller"]]
    assert (cecile["email"], cecile["left"]) == ("cecile@delinde.nl", "2026-10-01")
    assert ids["Dirk Oud"] in people  # the proof outlives the job
    code, out, _ = ack("status", staffed)
    assert "left on 2026-10-01" in out
    assert out.strip().endswith("0 of 3 acknowledged version 1.0")


def test_staff_list_from_excel_with_english_headers_and_date_cells(
    project: Path, tmp_path: Path
) -> None:
    staff = tmp_path / "staff.xlsx"
    staff.write_bytes(
        xlsx_bytes(
            [
                ["Full name", "Email address", "Job title", "Start date"],
                ["Anna de Vries", "anna@delinde.nl", "Nurse", ("date", 45000)],
                ["Bram Jansen", "", "", ""],
            ]
        )
    )
    code, _, err = ack("staff", project, staff)
    assert code == 0, err
    people = {p["name"]: p for p in register_of(project)["people"]}
    assert people["Anna de Vries"]["started"] == "2023-03-15"
    assert people["Anna de Vries"]["role"] == "Nurse"
    assert people["Bram Jansen"]["email"] is None


def test_a_staff_list_without_names_is_refused_and_no_register_made(
    project: Path, tmp_path: Path
) -> None:
    staff = tmp_path / "wrong.csv"
    staff.write_bytes(csv_bytes([["Product", "Prijs"], ["Brood", "3"]]))
    code, out, err = ack("staff", project, staff)
    assert code == 2 and out == ""
    assert err.startswith(f"{staff}: no column of names found")
    assert "Product, Prijs" in err
    assert not project.with_name("de-linde.register.json").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "holds binary data"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "old Excel file (.xls)"),
        (b"PK\x03\x04 not a zip", "not a readable Excel file"),
        (b"", "is empty"),
    ],
)
def test_a_staff_list_that_is_no_list_is_refused(
    staffed: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    register = staffed.with_name("de-linde.register.json")
    before = register.read_bytes()
    staff = tmp_path / "bad.csv"
    staff.write_bytes(content)
    code, _, err = ack("staff", staffed, staff)
    assert code == 2 and expected in err and str(staff) in err
    assert "Traceback" not in err
    assert register.read_bytes() == before


def test_an_xlsx_with_a_document_type_is_refused(project: Path, tmp_path: Path) -> None:
    staff = tmp_path / "laughs.xlsx"
    doctype = '<!DOCTYPE lolz [<!ENTITY lol "lol">]>'
    staff.write_bytes(xlsx_bytes([["Naam"], ["Anna"]], sheet_prefix=doctype))
    code, _, err = ack("staff", project, staff)
    assert code == 2 and "declares a document type" in err


def test_a_register_of_another_organisation_is_refused_unchanged(
    staffed: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.register.json"
    data = register_of(staffed)
    data["organisation"] = "Bakkerij Van Dijk"
    other.write_text(json.dumps(data), encoding="utf-8")
    before = other.read_bytes()
    staff = tmp_path / "staff.csv"
    staff.write_bytes(csv_bytes([["naam"], ["Zoë"]]))
    for args in (
        ("staff", staffed, staff, "--register", other),
        (
            "record",
            staffed,
            "--person",
            "Anna de Vries",
            "--date",
            "2026-11-01",
            "--register",
            other,
        ),
        ("status", staffed, "--register", other),
    ):
        code, _, err = ack(*args)
        assert code == 2, args
        assert err.strip() == (
            f"{other}: belongs to 'Bakkerij Van Dijk', not to '{ORGANISATION}' of this "
            "project. Choose the right register with --register; this register was not changed."
        )
    assert other.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01\x02binary", "holds binary data"),
        (b'{"organisation": "x", "organisation": "y"}', "holds the key 'organisation' twice"),
        (b"[1, 2]", "is not a register of this program"),
        (b'{"schema_version": 2, "organisation": "x"}', "has schema_version 2"),
        (b"{", "is not valid JSON"),
        (b'{"schema_version": 1, "organisation": "Zorggroep De Linde", "people": NaN}', "JSON"),
        (
            b'{"schema_version": 1, "organisation": "Zorggroep De Linde", "people": [],'
            b' "acknowledgements": [{"person": "p9", "version": "1.0", "date": "2026-01-01"}]}',
            "unknown person p9",
        ),
    ],
)
def test_a_damaged_register_is_refused_with_its_name_and_left_alone(
    project: Path, content: bytes, expected: str
) -> None:
    register = project.with_name("de-linde.register.json")
    register.write_bytes(content)
    code, _, err = ack("record", project, "--person", "x", "--date", "2026-11-01")
    assert code == 2 and err.startswith(f"{register}: ") and expected in err, err
    assert register.read_bytes() == content


def test_a_folder_or_a_fifo_as_register_is_refused(project: Path, tmp_path: Path) -> None:
    code, _, err = ack("status", project, "--register", tmp_path)
    assert code == 2 and "is not a regular file" in err
    fifo = tmp_path / "pipe.register.json"
    import os

    os.mkfifo(fifo)
    code, _, err = ack("status", project, "--register", fifo)  # would hang if opened
    assert code == 2 and "is not a regular file" in err


def test_an_unknown_person_is_refused_with_the_register_unchanged(staffed: Path) -> None:
    register = staffed.with_name("de-linde.register.json")
    before = register.read_bytes()
    code, _, err = ack("record", staffed, "--person", "Zoë Onbekend", "--date", "2026-11-01")
    assert code == 2
    assert "'Zoë Onbekend' is not in the register" in err
    assert register.read_bytes() == before


def test_forms_and_drafts_for_each_outstanding_person(staffed: Path, tmp_path: Path) -> None:
    ack("record", staffed, "--person", "eva@delinde.nl", "--date", "2026-11-10")
    out = tmp_path / "forms"
    code, stdout, err = ack("forms", staffed, "--out", out, "--lang", "nl")
    assert code == 0, err
    assert "2 forms and 1 e-mail drafts for version 1.0" in stdout
    assert "without an e-mail address (a form only): Cécile Müller" in stdout
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "anna-de-vries-akkoordverklaring-1.0.docx",
        "anna-de-vries-akkoordverklaring-1.0.eml",
        "cecile-muller-akkoordverklaring-1.0.docx",
    ]
    form = docx.Document(str(out / "anna-de-vries-akkoordverklaring-1.0.docx"))
    text = "\n".join(
        [p.text for p in form.paragraphs]
        + [c.text for t in form.tables for r in t.rows for c in r.cells]
    )
    assert "Verklaring voor akkoord" in text and "Anna de Vries" in text
    assert "Verpleegkundige" in text and "Gedragscode social media" in text
    assert "versie 1.0" in text and "Handtekening" in text
    assert "\ue000" not in text and "Cécile" not in text
    message = email.message_from_bytes(
        (out / "anna-de-vries-akkoordverklaring-1.0.eml").read_bytes(),
        policy=email.policy.default,
    )
    assert message["To"] == "Anna de Vries <anna@delinde.nl>"
    assert "versie 1.0" in message["Subject"]
    assert message["X-Unsent"] == "1" and message["Date"] is None
    body = message.get_body(("plain",))
    assert body is not None and "versie 1.0" in body.get_content()
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename().endswith("gedragscode-social-media-1.0.docx")
    code_of_conduct = docx.Document(io.BytesIO(attachment.get_content()))
    assert any("Gedragscode" in p.text for p in code_of_conduct.paragraphs)


def test_forms_are_refused_before_a_version_is_issued(tmp_path: Path) -> None:
    project = project_with_versions(tmp_path, [])
    staff = tmp_path / "staff.csv"
    staff.write_bytes(csv_bytes([["naam"], ["Anna"]]))
    assert ack("staff", project, staff)[0] == 0
    code, _, err = ack("forms", project, "--out", tmp_path / "forms")
    assert code == 2
    assert err.strip() == (
        f"{project}: no version has been issued yet. Issue a version first (Review and "
        "export page, 'Issue this version…')."
    )
    assert not (tmp_path / "forms").exists()
    code, out, _ = ack("status", project)
    assert code == 0 and "no version issued yet" in out


def test_record_status_and_exit_codes(staffed: Path) -> None:
    code, out, _ = ack("status", staffed)
    assert code == 3
    assert out.strip().splitlines()[-1] == "0 of 3 acknowledged version 1.0"
    code, out, _ = ack(
        "record",
        staffed,
        "--person",
        "ANNA@delinde.nl",
        "--date",
        "14-11-2026",
        "--method",
        "email",
    )
    assert (code, out.strip()) == (
        0,
        "Recorded: Anna de Vries, version 1.0, 2026-11-14, by e-mail.",
    )
    code, out, _ = ack(
        "record", staffed, "--person", "Anna de Vries", "--date", "2026-11-14", "--method", "email"
    )
    assert out.startswith("Already recorded")
    assert len(register_of(staffed)["acknowledgements"]) == 1
    for who in ("Cécile Müller", "eva@delinde.nl"):
        assert ack("record", staffed, "--person", who, "--date", "2026-11-15")[0] == 0
    code, out, _ = ack("status", staffed)
    assert code == 0
    assert out.strip().splitlines()[-1] == "3 of 3 acknowledged version 1.0"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (("--date", "2026-13-01"), "'2026-13-01' is not a date"),
        (("--date", "2027-01-01"), "2027-01-01 is in the future"),
        (("--date", "2026-11-01", "--method", "fax"), "'fax' is not a method"),
        (("--date", "2026-11-01", "--version", "3.0"), "version '3.0' was not issued"),
    ],
)
def test_a_wrong_record_is_refused_and_nothing_recorded(
    staffed: Path, extra: tuple[str, ...], expected: str
) -> None:
    register = staffed.with_name("de-linde.register.json")
    before = register.read_bytes()
    code, _, err = ack("record", staffed, "--person", "Anna de Vries", *extra)
    assert code == 2 and expected in err
    assert register.read_bytes() == before


def test_record_many_from_a_file_all_or_nothing(staffed: Path, tmp_path: Path) -> None:
    register = staffed.with_name("de-linde.register.json")
    bad = tmp_path / "getekend.csv"
    bad.write_bytes(
        csv_bytes(
            [
                ["persoon", "datum", "manier"],
                ["anna@delinde.nl", "2026-11-02", "papier"],
                ["Niemand", "2026-11-02", "papier"],
                ["Eva Smit", "gisteren", ""],
            ]
        )
    )
    before = register.read_bytes()
    code, _, err = ack("record", staffed, "--import", bad)
    assert code == 2
    assert "row 3: 'Niemand' is not in the register" in err
    assert "row 4: 'gisteren' is not a date" in err
    assert "nothing recorded" in err
    assert register.read_bytes() == before
    good = tmp_path / "signed.csv"
    good.write_bytes(
        csv_bytes(
            [
                ["person", "date", "method", "version"],
                ["anna@delinde.nl", "2026-11-02", "meeting", "1.0"],
                ["Eva Smit", "2026-11-03", "", ""],
            ],
            delimiter=",",
        )
    )
    code, out, _ = ack("record", staffed, "--import", good)
    assert code == 0 and out.startswith("2 acknowledgements recorded")
    methods = [a["method"] for a in register_of(staffed)["acknowledgements"]]
    assert methods == ["meeting", "paper"]


def test_status_csv_cannot_run_as_a_formula(staffed: Path, tmp_path: Path) -> None:
    target = tmp_path / "status.csv"
    code, out, _ = ack("status", staffed, "--csv", target)
    assert code == 3 and f"Table written to {target}" in out
    text = target.read_text(encoding="utf-8-sig")
    assert "'=1+1" in text  # Eva's role
    cells = [cell for line in text.splitlines() for cell in line.split(",")]
    assert not any(cell.lstrip('"').startswith(("=", "+", "-", "@")) for cell in cells)
    assert text.splitlines()[-1] == "0 of 3 acknowledged version 1.0"


def test_a_version_that_needs_no_acknowledgement_keeps_earlier_ones_valid(
    tmp_path: Path,
) -> None:
    project = project_with_versions(tmp_path, [("1.0", True), ("1.1", False)])
    staff = tmp_path / "staff.csv"
    staff.write_bytes(csv_bytes([["naam"], ["Anna"], ["Bram"]]))
    ack("staff", project, staff)
    ack("record", project, "--person", "Anna", "--date", "2026-11-01", "--version", "1.0")
    code, out, _ = ack("status", project)
    assert code == 3
    assert out.strip().splitlines()[-1] == "1 of 2 acknowledged version 1.1"
    # Version 1.2 changes the rules: Anna's signature for 1.0 no longer counts.
    later = project_with_versions(
        tmp_path / "later", [("1.0", True), ("1.1", False), ("1.2", True)]
    )
    code, out, _ = ack("status", later, "--register", project.with_name("de-linde.register.json"))
    assert out.strip().splitlines()[-1] == "0 of 2 acknowledged version 1.2"
    assert code == 3


def test_the_register_report_lists_person_version_date_and_method(
    staffed: Path, tmp_path: Path
) -> None:
    ack(
        "record",
        staffed,
        "--person",
        "Anna de Vries",
        "--date",
        "2026-11-14",
        "--method",
        "meeting",
    )
    code, out, err = ack("report", staffed, "--out", tmp_path / "rep", "--lang", "en")
    assert code == 0, err
    path = Path(out.strip())
    assert path.name == "zorggroep-de-linde-register-of-acknowledgements-2026-11-16.docx"
    document = docx.Document(str(path))
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    assert [
        "Anna de Vries",
        "Verpleegkundige",
        "1.0",
        "2026-11-14",
        "at a meeting",
        "acknowledged",
    ] in rows
    assert ["Dirk Oud", "Kok", "", "", "", "left on 2025-12-31"] in rows
    assert any(p.text == "1 of 3 acknowledged version 1.0" for p in document.paragraphs)
    code, _, err = ack("report", staffed, "--out", tmp_path / "rep", "--lang", "en")
    assert code == 2 and "already exists" in err


def test_nothing_of_the_register_enters_documents_report_or_project(
    staffed: Path, tmp_path: Path
) -> None:
    before = staffed.read_bytes()
    ack("record", staffed, "--person", "Anna de Vries", "--date", "2026-11-14")
    assert staffed.read_bytes() == before
    out = tmp_path / "docs"
    assert (
        cli.run(
            ["generate", str(staffed), "--out", str(out), "--lang", "nl,en"],
            io.StringIO(),
            io.StringIO(),
        )
        == 0
    )
    assert cli.run(["report", str(staffed), "--out", str(out)], io.StringIO(), io.StringIO()) == 0
    written = list(out.iterdir())
    assert len(written) == 5
    people = [p["name"] for p in register_of(staffed)["people"]]
    for path in [*written, staffed]:
        data = path.read_bytes()
        texts = [data]
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                texts = [archive.read(name) for name in archive.namelist()]
        for name in people:
            assert not any(name.encode() in text for text in texts), (path.name, name)
        assert not any(b"anna@delinde.nl" in text for text in texts)


def test_main_runs_the_acknowledgement_commands(staffed: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "acknowledgements", "status", str(staffed)],
        capture_output=True,
        text=True,
        env={**env, "POLICY_BUILDER_TODAY": "2026-11-16"},
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 van 3 akkoord met versie 1.0"


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_the_register_report_as_pdf_fits_one_page(staffed: Path, tmp_path: Path) -> None:
    import shutil

    code, out, err = ack("report", staffed, "--out", tmp_path / "rep", "--pdf")
    assert code == 0, err
    word, pdf = (Path(line) for line in out.strip().splitlines())
    assert word.suffix == ".docx" and pdf == word.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        pages = [line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:")]
        assert pages == ["1"], info.stdout

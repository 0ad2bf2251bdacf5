"""The workshop report: opened with python-docx and read as the consultant's reader would."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import ROOT, write_json
from tests.test_main import run
from wizard.answers.draft import draft_from_raw
from wizard.answers.pages import PAGES
from wizard.language import Language
from wizard.output.report import (
    gather,
    participants,
    people_named,
    report_bytes,
    report_file_name,
    report_outline,
)

DAY = date(2026, 11, 27)


@pytest.fixture
def workshop(minimal_raw: dict[str, Any]) -> dict[str, Any]:
    """A project in the middle of a workshop: notes, decisions, a warning, an open answer."""
    raw = minimal_raw
    raw["schema_version"] = 2
    raw["organisation"]["policy_owner"] = {"name": "Marieke Jansen", "role": "directeur"}
    raw["channels"] = [
        {"id": "linkedin", "official_account": True, "manager": "Bas"},
        {"id": "tiktok", "official_account": True, "manager": "Bas"},
    ]
    raw["technical"]["separation"] = "restricted"
    raw["technical"]["blocked_channels"] = ["tiktok"]  # used and blocked: a warning
    raw["governance"]["it_owner"] = ""  # still open
    raw["notes"] = {
        "behaviour": "De OR wil meepraten over dit hoofdstuk.\n- Zet het op de agenda.",
        "behaviour.monitoring": "IT wil logging; HR twijfelt.\n- navragen bij de OR",
        "channels.linkedin": "Eén beheerder is te weinig.",
        "channels.facebook": "Facebook wordt overwogen voor werving.",
    }
    raw["decisions"] = [
        {
            "date": "2026-11-20",
            "topic": "behaviour.monitoring",
            "decision": "Geen monitoring van privé-accounts.",
            "by": "Petra de Vries",
            "reason": "Proportionaliteit.",
        },
        {
            "date": "2026-11-18",
            "topic": "Budget voor training",
            "decision": "Eén e-learning per jaar.",
            "by": "Marieke Jansen",
        },
    ]
    return raw


def _text(data: bytes) -> tuple[str, list[list[list[str]]]]:
    document = docx.Document(io.BytesIO(data))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    tables = [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]
    return paragraphs, tables


def _row(tables: list[list[list[str]]], first: str) -> list[str]:
    for table in tables:
        for row in table:
            if row[0] == first:
                return row
    raise AssertionError(f"no row starts with {first!r}")


def test_dutch_report_has_answers_notes_decisions_warnings_and_open_questions(
    workshop: dict[str, Any],
) -> None:
    paragraphs, tables = _text(report_bytes(draft_from_raw(workshop), Language.NL, DAY))
    for page in PAGES:  # every page has its heading, by its title
        assert page.title(Language.NL) in paragraphs
    # Answers by their labels, never keys; the note beside its question.
    monitoring = _row(tables, "Monitoring")
    assert monitoring[1] == "Openbare vermeldingen"
    assert monitoring[2] == "IT wil logging; HR twijfelt. • navragen bij de OR"
    assert _row(tables, "LinkedIn")[1:] == [
        "officieel account, beheerd door Bas, delen toegestaan",
        "Eén beheerder is te weinig.",
    ]
    # A channel that is not used appears only because it has a note.
    assert _row(tables, "Facebook")[1] == "niet gebruikt"
    assert not any(row[0] == "Instagram" for table in tables for row in table)
    assert "Notitie bij deze pagina: De OR wil meepraten over dit hoofdstuk." in paragraphs
    assert "\nZet het op de agenda.\n" in paragraphs  # a note's "- " line is a bullet
    # Decisions in date order, a question topic by its label and page.
    first, second = _row(tables, "18-11-2026"), _row(tables, "20-11-2026")
    assert first[1:4] == ["Budget voor training", "Eén e-learning per jaar.", "Marieke Jansen"]
    assert second[1] == "Monitoring (Gedrag)"
    # What is open: the IT owner, and the blocked channel in use.
    assert "Organisatie van het beleid: Eigenaar ICT" in paragraphs
    assert "TikTok" in paragraphs.split("Waarschuwingen")[-1]
    # Who took part: the owners and the people in the decisions, each once.
    assert _row(tables, "Marieke Jansen")[1] == (
        "Beleidseigenaar (directeur), genoemd in de besluitenlijst"
    )
    assert _row(tables, "Petra de Vries")[1] == "Genoemd in de besluitenlijst"
    assert _row(tables, "Els")[1] == "Eigenaar HR"
    assert "27 november 2026" in paragraphs
    for text in (paragraphs, str(tables)):
        assert "behaviour.monitoring" not in text and "governance." not in text


def test_english_report(workshop: dict[str, Any]) -> None:
    paragraphs, tables = _text(report_bytes(draft_from_raw(workshop), Language.EN, DAY))
    assert "Workshop report: social media policy" in paragraphs
    assert _row(tables, "Monitoring")[1] == "Public mentions"
    assert _row(tables, "2026-11-20")[1] == "Monitoring (Behaviour)"
    assert _row(tables, "Petra de Vries")[1] == "Named in the decision log"
    assert "Governance and plan: IT owner" in paragraphs
    assert "27 November 2026" in paragraphs
    assert "Notitie" not in paragraphs + str(tables)


def test_a_finished_project_says_nothing_is_open(minimal_raw: dict[str, Any]) -> None:
    paragraphs, tables = _text(report_bytes(draft_from_raw(minimal_raw), Language.EN, DAY))
    assert "Every question has been answered" in paragraphs
    assert "No decisions were recorded" in paragraphs
    assert all(len(table[0]) <= 2 for table in tables[1:])  # no notes: no notes column


def test_file_name_follows_the_documents() -> None:
    draft = {"organisation": {"name": "Zorggroep De Linde"}}
    assert report_file_name(draft, Language.NL, DAY) == (
        "zorggroep-de-linde-workshopverslag-2026-11-27.docx"
    )
    assert report_file_name(draft, Language.EN, DAY).endswith("-workshop-report-2026-11-27.docx")


def test_participants_list_each_person_once(workshop: dict[str, Any]) -> None:
    workshop["governance"]["communications_owner"] = "Els"
    names = dict(participants(draft_from_raw(workshop), Language.EN))
    assert names["Els"] == "HR owner, communications owner"


def test_report_outline_is_built_from_the_draft_alone(workshop: dict[str, Any]) -> None:
    outline = report_outline(gather(draft_from_raw(workshop), Language.NL, DAY))
    assert [s.id for s in outline.sections][:2] == ["about", "organisation"]
    assert outline.subject == "Workshopverslag"


# --- the command, end to end -------------------------------------------------------------------


def test_report_command_writes_once_and_refuses_to_overwrite(
    workshop: dict[str, Any], tmp_path: Path
) -> None:
    project = write_json(tmp_path / "workshop.policy.json", workshop)
    out = tmp_path / "out"
    result = run("report", project, "--out", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.strip())
    assert written.parent == out and written.name.startswith("de-linde-workshop-report-")
    before = written.read_bytes()
    again = run("report", project, "--out", out, "--lang", "en")
    assert again.returncode == 2 and "--force" in again.stderr
    assert written.read_bytes() == before
    assert run("report", project, "--out", out, "--lang", "en", "--force").returncode == 0
    dutch = run("report", project, "--out", out)  # the project's first language
    assert dutch.returncode == 0 and "workshopverslag" in dutch.stdout


@pytest.mark.parametrize(
    "change",
    [
        lambda raw: raw["organisation"].update(name=3),  # a wrong type
        lambda raw: raw.update(notes={"Niet Goed": "x"}),  # a key no note may have
        lambda raw: raw.update(extra=True),  # an unknown key
    ],
)
def test_report_command_refuses_a_broken_file(
    workshop: dict[str, Any], tmp_path: Path, change: Any
) -> None:
    change(workshop)
    project = write_json(tmp_path / "broken.policy.json", workshop)
    result = run("report", project, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) >= 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_report_command_refuses_bad_options(workshop: dict[str, Any], tmp_path: Path) -> None:
    project = write_json(tmp_path / "p.policy.json", workshop)
    both = run("report", project, "--out", tmp_path / "o", "--lang", "nl,en")
    assert both.returncode == 2 and "choose one language" in both.stderr
    afile = tmp_path / "file.txt"
    afile.write_text("x")
    assert run("report", project, "--out", afile).returncode == 2
    assert run("report", tmp_path / "missing.policy.json", "--out", tmp_path / "o").returncode == 2
    assert not (tmp_path / "o").exists()


def test_report_of_an_example_in_both_languages(tmp_path: Path) -> None:
    example = ROOT / "examples" / "de-linde-zorg.policy.json"
    for language in ("nl", "en"):
        assert run("report", example, "--out", tmp_path, "--lang", language).returncode == 0
    assert len(list(tmp_path.glob("*.docx"))) == 2


@pytest.mark.parametrize(
    ("by", "people"),
    [
        ("Marieke Jansen (kwaliteit), Pieter de Vries (HR)", ["Marieke Jansen", "Pieter de Vries"]),
        ("Raad van Bestuur en MT", ["Raad van Bestuur", "MT"]),
        ("Els & Bas; Els", ["Els", "Bas"]),
        ("Jan (HR, ICT)", ["Jan"]),
        ("Team Communicatie", ["Team Communicatie"]),
    ],
)
def test_the_people_in_a_decision_are_named_one_by_one(by: str, people: list[str]) -> None:
    assert people_named(by) == people


def test_a_person_with_a_note_in_brackets_is_listed_once(workshop: dict[str, Any]) -> None:
    workshop["governance"]["hr_owner"] = "Marieke Jansen"
    workshop["decisions"][0]["by"] = "Marieke Jansen (kwaliteit), Pieter de Vries"
    names = dict(participants(draft_from_raw(workshop), Language.NL))
    assert "Marieke Jansen (kwaliteit)" not in names
    assert "HR" in names["Marieke Jansen"]
    assert "Pieter de Vries" in names

"""The workshop report: opened with python-docx and read as the consultant's reader would."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import ROOT, write_json
from tests.test_main import run
from wizard.answers.draft import draft_from_raw
from wizard.answers.pages import PAGES
from wizard.content.outline import Table
from wizard.language import Language
from wizard.output.report import (
    gather,
    participants,
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
    # No notes: no notes column (the actions agreed have their own three).
    assert all(len(table[0]) <= 2 for table in tables[1:] if table[0][0] != "Action")


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
    "by",
    [
        "Marieke Jansen (kwaliteit), Pieter de Vries (HR)",
        "Marieke, na overleg met OR-lid Henk",
        "Raad van Bestuur en MT",
    ],
)
def test_who_took_a_decision_is_named_as_written_never_split(
    workshop: dict[str, Any], by: str
) -> None:
    without = dict(workshop, decisions=workshop["decisions"][1:])
    before = {name for name, _ in participants(draft_from_raw(without), Language.NL)}
    workshop["decisions"][0]["by"] = by
    names = [name for name, _ in participants(draft_from_raw(workshop), Language.NL)]
    assert [name for name in names if name not in before] == [by], "as written, in one piece"


def test_a_name_in_the_answers_and_the_log_is_listed_once_with_both_roles(
    workshop: dict[str, Any],
) -> None:
    workshop["governance"]["hr_owner"] = "Marieke Jansen"
    workshop["decisions"][0]["by"] = "  Marieke   Jansen "
    people = participants(draft_from_raw(workshop), Language.NL)
    names = [name for name, _ in people]
    assert names.count("Marieke Jansen") == 1
    roles = dict(people)["Marieke Jansen"]
    assert "HR" in roles and "besluitenlijst" in roles


def test_actions_agreed_list_the_decisions_and_the_plan_steps_still_to_come(
    workshop: dict[str, Any],
) -> None:
    workshop["governance"]["plan"] = [
        {"step": "baseline", "owner": "Els", "due": "2026-10-01"},  # passed: not listed
        {"step": "policy", "owner": "Bas", "due": "2026-12-15"},
        {"step": "plan_of_action", "owner": None, "due": None},
    ]
    workshop["decisions"][0]["by"] = "Petra, na overleg met OR-lid Henk"
    _, tables = _text(report_bytes(draft_from_raw(workshop), Language.NL, DAY))
    actions = next(table for table in tables if table[0] == ["Actie", "Wie", "Wanneer"])
    assert actions[1:] == [
        ["Budget voor training: Eén e-learning per jaar.", "Marieke Jansen", "18-11-2026"],
        [
            "Monitoring (Gedrag): Geen monitoring van privé-accounts.",
            "Petra, na overleg met OR-lid Henk",
            "20-11-2026",
        ],
        ["Stap van het plan: Beleid", "Bas", "15-12-2026"],
        ["Stap van het plan: Plan van aanpak", "nog toe te wijzen", "nog te plannen"],
    ]


def test_no_column_is_narrower_than_its_longest_word(workshop: dict[str, Any]) -> None:
    from wizard.output.report import gather

    workshop["decisions"][0]["by"] = "bedrijfsvoering"
    workshop["decisions"][0]["reason"] = "Arbeidsomstandighedenwetgeving " * 8
    outline = report_outline(gather(draft_from_raw(workshop), Language.NL, DAY))
    for section in outline.sections:
        for block in section.blocks:
            if not isinstance(block, Table):
                continue
            total = sum(block.widths)
            for column, width in enumerate(block.widths):
                texts = [block.header[column], *(row[column] for row in block.rows)]
                longest = max(len(word) for text in texts for word in text.split())
                # In characters of an 88-character line, as the report's fitting counts.
                assert width / total * 88 >= longest, (block.header, column)


def test_clause_warnings_name_the_text_by_its_title_not_its_key(
    workshop: dict[str, Any],
) -> None:
    workshop["clauses"] = {"webcare.who": {"nl": "Webcare doen wij zelf."}}
    workshop["markets"] = {"webcare": True, "goals": ["customer_service"]}
    workshop["output"] = {"languages": ["nl", "en"]}
    paragraphs, tables = _text(report_bytes(draft_from_raw(workshop), Language.NL, DAY))
    text = paragraphs + str(tables)
    assert "Wie webcare doet" in text
    assert "webcare.who" not in text and "Aangepaste clausule" not in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_report_as_pdf_breaks_no_word_in_its_columns(
    workshop: dict[str, Any], tmp_path: Path
) -> None:
    import subprocess

    workshop["decisions"][0]["by"] = "bedrijfsvoering"
    workshop["decisions"][1]["by"] = "Marieke, na overleg met OR-lid Henk"
    workshop["decisions"][0]["reason"] = "Arbeidsomstandighedenwetgeving en privacy."
    project = write_json(tmp_path / "workshop.policy.json", workshop)
    result = run("report", project, "--out", tmp_path / "out", "--lang", "nl", "--pdf")
    assert result.returncode == 0, result.stderr
    [pdf] = (tmp_path / "out").glob("*.pdf")
    [word] = (tmp_path / "out").glob("*.docx")
    assert pdf.stem == word.stem and str(pdf) in result.stdout
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = text.split()
    for whole in ("bedrijfsvoering", "Arbeidsomstandighedenwetgeving", "Henk", "Afgesproken"):
        assert whole in words, whole
    assert "Aangepaste clausule" not in text

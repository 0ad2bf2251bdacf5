"""The output jobs (wizard/output/jobs.py): each writes its files from plain inputs and
says what it wrote and what is worth a warning, as values; the command line and the
window both call them."""

from __future__ import annotations

import io
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import EXAMPLES
from wizard.answers.draft import draft_from_raw
from wizard.answers.messages import Problem, ProjectError
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import load_project, read_raw
from wizard.output import jobs

DAY = date(2026, 11, 16)
LINDE = next(p for p in EXAMPLES if "linde" in p.name)


def linde(**output: Any) -> Project:
    data = load_project(LINDE).model_dump(mode="json")
    data["organisation"]["logo"] = None
    data["output"].update(output)
    return Project.model_validate(data)


def text_of(path: Path) -> str:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    return "\n".join(p.text for p in document.paragraphs)


# --- the Word documents ------------------------------------------------------------------------


def test_the_plan_names_each_document_and_what_is_already_there(tmp_path: Path) -> None:
    project = linde(languages=["nl", "en"], documents=["code_of_conduct"])
    plan = jobs.export_plan(project, tmp_path)
    assert [(p.document, p.language) for p in plan.planned] == [
        (DocumentKind.CODE_OF_CONDUCT, Language.NL),
        (DocumentKind.CODE_OF_CONDUCT, Language.EN),
    ]
    assert plan.existing == []
    plan.planned[1].path.write_bytes(b"old")
    plan.planned[0].path.with_suffix(".pdf").write_bytes(b"old")
    assert jobs.export_plan(project, tmp_path).existing == [plan.planned[1].path]
    with_pdf = jobs.export_plan(project, tmp_path, pdf=True)
    assert with_pdf.existing == [plan.planned[1].path, plan.planned[0].path.with_suffix(".pdf")]
    only_english = jobs.export_plan(project, tmp_path, [Language.EN])
    assert [p.language for p in only_english.planned] == [Language.EN]


def test_export_writes_every_planned_document_into_a_new_folder(tmp_path: Path) -> None:
    project = linde(languages=["nl"])
    folder = tmp_path / "new" / "folder"
    plan = jobs.export_plan(project, folder)
    result = jobs.export_documents(project, plan.planned)
    assert result.written == [p.path for p in plan.planned] and len(result.written) == 2
    for path in result.written:
        assert project.organisation.name in text_of(path)
    assert result.warnings == []


def test_a_clause_edited_in_one_language_is_a_warning_when_both_are_written(
    tmp_path: Path,
) -> None:
    data = linde(languages=["nl", "en"]).model_dump(mode="json")
    data["clauses"] = {"measures.register": {"nl": "Eigen register.", "omit": False}}
    project = Project.model_validate(data)
    both = jobs.export_documents(project, jobs.export_plan(project, tmp_path / "both").planned)
    assert [w.cli_line(Language.EN) for w in both.warnings]
    assert all("measures.register" in w.cli_line(Language.EN) for w in both.warnings)
    dutch = jobs.export_plan(project, tmp_path / "nl", [Language.NL]).planned
    assert jobs.export_documents(project, dutch).warnings == []


def test_a_refused_write_is_raised_naming_the_file_and_nothing_is_half_written(
    tmp_path: Path,
) -> None:
    project = linde(languages=["nl"])
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    plan = jobs.export_plan(project, in_the_way / "out")
    with pytest.raises(OSError):
        jobs.export_documents(project, plan.planned)
    assert in_the_way.read_text() == "not a folder"


def test_a_batch_puts_each_project_in_a_folder_of_its_name(tmp_path: Path) -> None:
    first, other, twin = (
        Path("a/Linde.policy.json"),
        Path("b/kern.json"),
        Path("c/linde.policy.json"),
    )
    entries = jobs.batch_plan([first, other, twin], tmp_path)
    assert [(e.project, e.folder) for e in entries] == [
        (first, tmp_path / "Linde"),
        (other, tmp_path / "kern"),
        (twin, tmp_path / "linde"),
    ]
    # Named alike but for case: one folder on Windows and macOS, so the second is not written.
    assert [e.same_name_as for e in entries] == [None, None, first]


# --- PDF ---------------------------------------------------------------------------------------


def test_without_libreoffice_nothing_is_tried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wizard.output.pdf

    monkeypatch.setattr(wizard.output.pdf, "find_libreoffice", lambda *a, **k: None)
    word = tmp_path / "a.docx"
    word.write_bytes(b"PK")
    result = jobs.convert_to_pdf([word])
    assert result.not_installed and result.written == [] and result.failures == []
    assert "LibreOffice" in jobs.pdf_message("not_installed", Language.EN)


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for soffice")
def test_each_failed_pdf_is_a_failure_with_its_reason_and_the_others_are_tried(
    tmp_path: Path,
) -> None:
    office = tmp_path / "bin" / "soffice"
    office.parent.mkdir()
    office.write_text("#!/bin/sh\nexit 3\n")
    office.chmod(0o755)
    words = [tmp_path / "a.docx", tmp_path / "b.docx"]
    for word in words:
        word.write_bytes(b"PK")
    result = jobs.convert_to_pdf(words, office)
    assert [f.document for f in result.failures] == words and result.written == []
    assert result.failures[0].detail(Language.EN) == "LibreOffice stopped with code 3"
    assert not list(tmp_path.glob("*.pdf"))


def test_an_unexpected_failure_is_kept_for_the_caller_to_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wizard.output.pdf

    def convert(*_: Any, **__: Any) -> Path:
        raise RuntimeError("boom")

    monkeypatch.setattr(wizard.output.pdf, "convert", convert)
    result = jobs.convert_to_pdf([tmp_path / "a.docx"], Path("/soffice"))
    (failure,) = result.failures
    assert isinstance(failure.error, RuntimeError) and failure.detail(Language.EN) is None


def test_each_pdf_is_announced_as_soon_as_it_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wizard.output.pdf

    heard: list[Path] = []

    def convert(office: Path, document: Path, target: Path, **_: Any) -> Path:
        assert heard == [p.with_suffix(".pdf") for p in words[: words.index(document)]]
        target.write_bytes(b"%PDF")
        return target

    monkeypatch.setattr(wizard.output.pdf, "convert", convert)
    words = [tmp_path / "a.docx", tmp_path / "b.docx"]
    result = jobs.convert_to_pdf(words, Path("/soffice"), made=heard.append)
    assert heard == result.written == [tmp_path / "a.pdf", tmp_path / "b.pdf"]


# --- the workshop report -----------------------------------------------------------------------


def test_the_workshop_report_is_written_with_its_file_name(tmp_path: Path) -> None:
    draft = draft_from_raw(read_raw(LINDE))
    target = jobs.workshop_report_path(draft, tmp_path / "out", Language.EN, DAY)
    assert target.parent == tmp_path / "out" and "2026-11-16" in target.name
    result = jobs.workshop_report(draft, LINDE.parent, target, Language.EN, DAY)
    assert result.written == [target] and result.warnings == []
    assert text_of(target)


def test_a_house_style_that_cannot_be_used_is_a_warning_not_a_refusal(tmp_path: Path) -> None:
    draft = draft_from_raw(read_raw(LINDE))
    draft["output"]["house_style"] = "gone.docx"
    target = tmp_path / "report.docx"
    result = jobs.workshop_report(draft, tmp_path, target, Language.NL, DAY)
    assert target.exists()
    (warning,) = result.warnings
    assert isinstance(warning, Problem) and warning.code == "house_style_missing"
    assert warning.cli_line(Language.EN).startswith("output.house_style: ")
    assert "gone.docx" in warning.line(Language.EN)


def test_a_draft_that_cannot_be_reported_faithfully_is_refused(tmp_path: Path) -> None:
    draft = draft_from_raw(read_raw(LINDE))
    draft["channels"] = "not a list"
    target = tmp_path / "report.docx"
    with pytest.raises(ProjectError):
        jobs.workshop_report(draft, LINDE.parent, target, Language.NL, DAY)
    assert not target.exists()


# --- the calendar and one file -----------------------------------------------------------------


def test_the_calendar_holds_every_reminder(tmp_path: Path) -> None:
    from wizard.output.calendar_file import reminders

    project = linde()
    target = tmp_path / "sub" / "review.ics"
    result = jobs.calendar(project, target)
    assert result.written == [target]
    assert len(result.events) == len(reminders(project)) > 0
    assert target.read_bytes().count(b"BEGIN:VEVENT") == len(result.events)


def test_write_file_makes_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "c.csv"
    assert jobs.write_file(target, b"x;y\n").written == [target]
    assert target.read_bytes() == b"x;y\n"


# --- redlines ----------------------------------------------------------------------------------


def test_a_redline_tracks_what_changed(tmp_path: Path) -> None:
    old = linde()
    data = old.model_dump(mode="json")
    data["organisation"]["name"] = "Zorggroep Het Eiland"
    new = Project.model_validate(data)
    target = tmp_path / "redline.docx"
    when = datetime(2026, 11, 16, 9, tzinfo=UTC)
    result = jobs.redlines(old, new, [(DocumentKind.CODE_OF_CONDUCT, Language.NL, target)], when)
    (done,) = result.redlines
    assert result.written == [target] and done.path == target
    assert done.inserted > 0 and done.deleted > 0
    unchanged = jobs.redlines(old, old, [(DocumentKind.ICT_POLICY, Language.EN, target)], when)
    assert (unchanged.redlines[0].inserted, unchanged.redlines[0].deleted) == (0, 0)


# --- the register ------------------------------------------------------------------------------


def test_the_register_report_and_the_forms(tmp_path: Path) -> None:
    from tests.acknowledgement_files import project_with_versions
    from wizard.answers.register import load_register, person_states, register_path
    from wizard.output.staff_list import merge_staff, read_staff_list

    path = project_with_versions(tmp_path / "p", [("1.0", True)])
    project = load_project(path)
    register = load_register(register_path(path, None), project.organisation.name, missing_ok=True)
    staff = tmp_path / "staff.csv"
    staff.write_text("name;email\nAnna de Vries;anna@example.org\nBram Smit;\n", encoding="utf-8")
    merge_staff(register, read_staff_list(staff).rows)
    states = person_states(register, project.history, DAY)
    target = jobs.register_report_path(project, tmp_path / "out", Language.EN, DAY)
    result = jobs.register_report(project, register, states, target, Language.EN, DAY)
    assert result.written == [target] and "Anna de Vries" in docx_text_with_tables(target)
    forms = jobs.acknowledgement_forms(project, states, tmp_path / "forms", Language.NL)
    assert forms is not None and len(forms.forms) == 2 and len(forms.drafts) == 1


def docx_text_with_tables(path: Path) -> str:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


# --- the house style ---------------------------------------------------------------------------


def test_the_house_style_is_resolved_checked_and_loaded_in_one_place(tmp_path: Path) -> None:
    assert jobs.project_house_style(linde(), tmp_path) == (None, None)
    refused, problem = jobs.project_house_style(linde(house_style="style.txt"), tmp_path)
    assert refused is None and problem is not None and problem.code == "house_style_not_word"
    missing = jobs.project_house_style(linde(house_style="gone.docx"), tmp_path)[1]
    assert missing is not None and missing.code == "house_style_missing"
    docx.Document().save(str(tmp_path / "style.docx"))
    style, problem = jobs.project_house_style(linde(house_style="style.docx"), tmp_path)
    assert style is not None and problem is None

"""Documents that fit a business of four: one person named, no departments or teams,
and a code short enough to hand out (a hair salon, as issue 20 tried it)."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import soffice_convert
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import validate_raw
from wizard.content.outline import Table, outline_text
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import write_docx

SALON: dict[str, Any] = {
    "schema_version": 2,
    "output": {"languages": ["nl"], "documents": ["code_of_conduct", "ict_policy"]},
    "organisation": {
        "name": "Kapsalon Knip",
        "sector": "general",
        "size": "micro",
        "policy_owner": {"name": "Sanne de Boer", "role": "eigenaar"},
        "effective_date": "2027-01-01",
    },
    "channels": [
        {"id": "instagram", "official_account": True, "manager": "Sanne de Boer"},
        {"id": "facebook", "official_account": True, "manager": "Sanne de Boer"},
        {"id": "whatsapp", "official_account": True, "manager": "Sanne de Boer"},
    ],
    # The answers a new micro project starts with (wizard.answers.defaults).
    "markets": {"segments": ["consumer"], "goals": ["marketing"], "webcare": False},
    "confidentiality": {
        "framework": "none",
        "classification": "none",
        "generative_ai": "allowed_without_confidential",
    },
    "behaviour": {"sanctions": "guidance", "disclaimer": False},
    "technical": {"byod": "allowed", "incident_contact": "Sanne de Boer"},
    "governance": {
        "hr_owner": "Sanne de Boer",
        "communications_owner": "Sanne de Boer",
        "it_owner": "Sanne de Boer",
        "approver": "Sanne de Boer",
    },
}


def salon(**changes: Any) -> Project:
    raw = copy.deepcopy(SALON)
    for key, value in changes.items():
        section, field = key.split("__")
        raw[section][field] = value
    return validate_raw(raw)


def text(project: Project, document: DocumentKind, language: Language) -> str:
    return outline_text(build_outline(project, document, language))


@pytest.mark.parametrize("language", list(Language))
def test_one_person_is_named_instead_of_departments(language: Language) -> None:
    outline = build_outline(salon(), DocumentKind.ICT_POLICY, language)
    roles = outline.section("roles")
    tables = [b for b in roles.blocks if isinstance(b, Table)]
    assert tables == []  # no responsibility table with a column per department
    words = outline_text(outline)
    if language is Language.NL:
        assert "HR en communicatie hebben de leiding" not in words
        assert "één persoon dit allemaal: Sanne de Boer" in words
        assert "ICT en communicatie samen" not in words
        assert "Sanne de Boer beperkt de schade" in words
        assert "Communicatie beslist" not in words
    else:
        assert "HR and communications lead it" not in words
        assert "one person does all of this: Sanne de Boer" in words
        assert "IT and communications together" not in words
        assert "Sanne de Boer contains it" in words


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("route", ["manager", "hr"])
def test_criticism_goes_to_the_person_not_to_an_hr_the_salon_lacks(
    language: Language, route: str
) -> None:
    code = text(salon(behaviour__criticism_route=route), DocumentKind.CODE_OF_CONDUCT, language)
    if language is Language.NL:
        assert "collega's met Sanne de Boer." in code and "met HR" not in code
    else:
        assert "colleagues with Sanne de Boer." in code and "with HR" not in code
    # A firm with an HR department keeps it.
    firm = salon(behaviour__criticism_route="hr", organisation__size="small")
    words = text(firm, DocumentKind.CODE_OF_CONDUCT, language)
    assert ("collega's met HR." if language is Language.NL else "colleagues with HR.") in words


def test_a_firm_with_departments_keeps_its_table() -> None:
    project = salon(organisation__size="small", governance__hr_owner="Afdeling HR")
    roles = build_outline(project, DocumentKind.ICT_POLICY, Language.NL).section("roles")
    assert any(isinstance(b, Table) for b in roles.blocks)


@pytest.mark.parametrize("webcare", [False, True])
def test_no_team_spokespersons_or_department_in_a_micro_code(webcare: bool) -> None:
    project = salon(markets__webcare=webcare, markets__goals=["marketing", "customer_service"])
    words = text(project, DocumentKind.CODE_OF_CONDUCT, Language.NL)
    assert "webcareteam" not in words
    assert "woordvoerders" not in words
    assert "Afdeling" not in words
    assert ("Webcare en incidenten" in words) is webcare
    english = text(project, DocumentKind.CODE_OF_CONDUCT, Language.EN)
    assert "Department" not in english
    assert "designated spokespersons" not in english
    assert "social media customer service" not in english


def test_a_larger_firm_keeps_department_and_spokespersons() -> None:
    project = salon(organisation__size="small")
    words = text(project, DocumentKind.CODE_OF_CONDUCT, Language.NL)
    assert "Afdeling" in words
    assert "aangewezen woordvoerders" in words


def _pdf_pages_and_words(pdf: Path) -> tuple[int, int]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match is not None
    body = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return int(match.group(1)), len(body.stdout.split())


@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdfinfo")),
    reason="needs LibreOffice and poppler-utils (pdftotext, pdfinfo)",
)
def test_the_salon_documents_are_short_as_pdf(tmp_path: Path) -> None:
    project = salon()
    code, ict = tmp_path / "code.docx", tmp_path / "ict.docx"
    write_docx(build_outline(project, DocumentKind.CODE_OF_CONDUCT, Language.NL), code)
    write_docx(build_outline(project, DocumentKind.ICT_POLICY, Language.NL), ict)
    soffice_convert([code, ict], tmp_path)
    pages, words = _pdf_pages_and_words(tmp_path / "code.pdf")
    assert pages <= 4 and words <= 1300, (pages, words)
    pages, _ = _pdf_pages_and_words(tmp_path / "ict.pdf")
    assert pages <= 5, pages


@pytest.mark.parametrize("language", list(Language))
def test_the_ict_section_of_four_people_skips_what_a_larger_firm_needs(
    language: Language,
) -> None:
    outline = build_outline(salon(), DocumentKind.ICT_POLICY, language)
    assert "mapping" not in [section.id for section in outline.sections]  # no framework
    words = outline_text(outline)
    assert "PDCA" not in words
    if language is Language.NL:
        assert "uitzendkrachten" not in words and "normenkader" not in words
        assert "iedereen die voor Kapsalon Knip werkt" in words
        assert "\nSanne de Boer beoordeelt direct" in words
    else:
        assert "temporary worker" not in words
        assert "everyone who works for Kapsalon Knip" in words
        assert "\nSanne de Boer assesses at once" in words
    # A firm with a framework keeps its mapping, a larger one its wording.
    framed = salon(confidentiality__framework="iso27002")
    assert "mapping" in [
        s.id for s in build_outline(framed, DocumentKind.ICT_POLICY, language).sections
    ]
    larger = text(salon(organisation__size="small"), DocumentKind.ICT_POLICY, Language.NL)
    assert "PDCA" in larger and "uitzendkrachten" in larger


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_a_plan_step_nobody_was_named_for_is_the_one_persons(language: Language) -> None:
    plan = [{"step": "baseline", "owner": "Sanne de Boer", "due": "2026-12-15"}]
    outline = build_outline(salon(governance__plan=plan), DocumentKind.ICT_POLICY, language)
    text = outline_text(outline)
    assert "nog toe te wijzen" not in text and "to be assigned" not in text
    rows = [
        row
        for section in outline.sections
        for block in section.blocks
        if isinstance(block, Table) and len(block.header) == 5
        for row in block.rows
    ]
    assert len(rows) == 5 and all(row[3] == "Sanne de Boer" for row in rows)


def test_a_firm_still_sees_which_plan_steps_have_no_owner() -> None:
    raw = copy.deepcopy(SALON)
    raw["organisation"]["size"] = "small"
    raw["governance"]["it_owner"] = "Kees Vos"
    raw["governance"]["plan"] = [{"step": "baseline", "owner": "Kees Vos"}]
    text = outline_text(build_outline(validate_raw(raw), DocumentKind.ICT_POLICY, Language.NL))
    assert "nog toe te wijzen" in text


@pytest.mark.parametrize("language", list(Language))
def test_a_business_of_four_measures_and_checks_once_a_year(language: Language) -> None:
    """A florist of four read "every quarter" for her register and three indicators, beside
    "the owner looks at these at least once a year"."""
    quarterly = {Language.NL: "kwartaal", Language.EN: "quarter"}[language]
    micro = text(salon(technical__account_register=True), DocumentKind.ICT_POLICY, language)
    assert quarterly not in micro
    assert {Language.NL: "elk jaar gecontroleerd", Language.EN: "checked every year"}[
        language
    ] in micro
    larger = salon(organisation__size="small", technical__account_register=True)
    assert quarterly in text(larger, DocumentKind.ICT_POLICY, language)

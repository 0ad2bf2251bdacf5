from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wizard.answers.model import DocumentKind, Framework, Language, Project
from wizard.answers.project_file import load_project, validate_raw
from wizard.content.outline import outline_text
from wizard.content.tailoring import SECTIONS, add_months, build_outline, clause_ids

PLACEHOLDER = re.compile(
    r"\{\{|\}\}|\{%|%\}|\bTODO\b|\bN/A\b|(?i:lorem ipsum)|\bNone\b(?! of)|\bnull\b"
    r"|##|@clause|@row|@table"
)


def outlines(project: Project) -> list:
    return [build_outline(project, d, lang) for d in DocumentKind for lang in Language]


def test_every_section_is_present_for_the_examples(example_path: Path) -> None:
    project = load_project(example_path)
    for outline in outlines(project):
        expected = [s.id for s in SECTIONS[outline.document] if s.condition(project)]
        assert [s.id for s in outline.sections] == expected
        for section in outline.sections:
            assert section.blocks, f"{section.id} is empty"


def test_no_placeholders_in_examples(example_path: Path) -> None:
    for outline in outlines(load_project(example_path)):
        assert not PLACEHOLDER.search(outline_text(outline)), outline.document


def test_dutch_and_english_have_the_same_clauses(example_path: Path) -> None:
    project = load_project(example_path)
    for document in DocumentKind:
        nl = build_outline(project, document, Language.NL)
        en = build_outline(project, document, Language.EN)
        assert clause_ids(nl) == clause_ids(en)
        assert [len(c.blocks) for c in nl.clauses()] == [len(c.blocks) for c in en.clauses()]


def test_formal_dutch_never_says_je(example_path: Path) -> None:
    project = load_project(example_path)
    formal = project.model_copy(deep=True)
    formal.organisation.style = formal.organisation.style.__class__("formal")
    informal = project.model_copy(deep=True)
    informal.organisation.style = informal.organisation.style.__class__("informal")
    text_formal = outline_text(build_outline(formal, DocumentKind.CODE_OF_CONDUCT, Language.NL))
    text_informal = outline_text(build_outline(informal, DocumentKind.CODE_OF_CONDUCT, Language.NL))
    assert not re.search(r"\b(je|jij|jou|jouw|jezelf)\b", text_formal, re.I)
    assert re.search(r"\bu\b", text_formal)
    assert not re.search(r"\b(uw|uzelf)\b", text_informal, re.I)


def test_english_register_follows_the_style(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["style"] = "formal"
    formal = outline_text(
        build_outline(validate_raw(minimal_raw), DocumentKind.CODE_OF_CONDUCT, Language.EN)
    )
    minimal_raw["organisation"]["style"] = "informal"
    informal = outline_text(
        build_outline(validate_raw(minimal_raw), DocumentKind.CODE_OF_CONDUCT, Language.EN)
    )
    assert "don't" in informal and "don't" not in formal and "Do not" in formal


def test_optional_sections_follow_the_answers(minimal_raw: dict[str, Any]) -> None:
    base = build_outline(validate_raw(minimal_raw), DocumentKind.CODE_OF_CONDUCT, Language.EN)
    assert "ambassadors" not in [s.id for s in base.sections]
    assert "acknowledgement" in [s.id for s in base.sections]
    minimal_raw["markets"] = {"ambassadors": True}
    minimal_raw["behaviour"] = {"acknowledgement": False}
    changed = build_outline(validate_raw(minimal_raw), DocumentKind.CODE_OF_CONDUCT, Language.EN)
    assert "ambassadors" in [s.id for s in changed.sections]
    assert "acknowledgement" not in [s.id for s in changed.sections]


def test_framework_none_says_so_plainly(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["confidentiality"] = {"framework": "none"}
    outline = build_outline(validate_raw(minimal_raw), DocumentKind.ICT_POLICY, Language.EN)
    text = outline_text(outline)
    assert "not tied to a specific information-security standard" in text
    assert "ISO/IEC 27002:2022:" not in text
    # No heading over a section that only says it is empty: the mapping is left out.
    assert "mapping" not in [section.id for section in outline.sections]
    assert "5. Baseline" in text


def test_mapping_lists_only_known_controls(example_path: Path) -> None:
    from wizard.content.controls import CONTROLS

    project = load_project(example_path)
    outline = build_outline(project, DocumentKind.ICT_POLICY, Language.NL)
    if project.framework is Framework.NONE:
        return  # no standard: no mapping section
    for block in outline.section("mapping").blocks:
        if hasattr(block, "rows"):
            for row in block.rows:
                assert row[0].split()[0] in CONTROLS
                assert row[1] == CONTROLS[row[0].split()[0]][1]


def test_bio_measures_appear_for_government(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["organisation"]["sector"] = "government"
    text = outline_text(
        build_outline(validate_raw(minimal_raw), DocumentKind.ICT_POLICY, Language.EN)
    )
    # BIO2 numbers, checked against the BIO2 text: MFA 5.17.01, password manager 5.17.02,
    # conduct rules 5.04.02/5.04.03, incident reporting procedure known 6.08.01.
    assert "5.17 (5.17.01, 5.17.02)" in text and "6.3 (6.03.02)" in text
    assert "5.4 (5.04.02, 5.04.03)" in text and "6.8 (6.08.01)" in text
    assert "5.9 (5.09.01)" in text and "5.16 (5.16.02)" in text


def test_blocked_channels_are_listed_when_restricted(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["technical"].update({"separation": "restricted", "blocked_channels": ["tiktok"]})
    text = outline_text(
        build_outline(validate_raw(minimal_raw), DocumentKind.ICT_POLICY, Language.NL)
    )
    assert "TikTok" in text


def test_missing_plan_step_is_shown_without_owner(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["governance"]["plan"] = [{"step": "policy", "owner": "An", "due": "2027-03-01"}]
    outline = build_outline(validate_raw(minimal_raw), DocumentKind.ICT_POLICY, Language.NL)
    table = outline.section("plan").blocks[1]
    assert [row[1] for row in table.rows] == [
        "Nulmeting",
        "Beleid",
        "Plan van aanpak",
        "Implementatie",
        "Borging",
    ]
    assert table.rows[1][3:] == ("An", "1 maart 2027")
    assert table.rows[0][3:] == ("nog toe te wijzen", "nog te plannen")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 11, 26), 12, date(2027, 11, 26)),
        (date(2024, 2, 29), 36, date(2027, 2, 28)),
    ],
)
def test_review_date(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected

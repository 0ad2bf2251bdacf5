"""The version table and "changes in this version" in the outline and the Word files."""

from __future__ import annotations

import copy
import io
import json
from datetime import date
from typing import Any

import docx
import pytest

from tests.conftest import EXAMPLES
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import validate_raw
from wizard.answers.versions import issued_version
from wizard.content.outline import BulletList, Paragraph, Subheading, Table, block_texts
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes

NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))


def two_versions(*, current: str = "2.2") -> Project:
    """Northwind issued as 2.1, then monitoring off, TikTok added and one clause left out,
    issued as 2.2."""
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    first = validate_raw(raw)
    raw["history"] = [
        issued_version(
            first.answers_snapshot(),
            {},
            "2.1",
            summary="First approved version",
            approved_by="The management board",
            day=date(2027, 1, 20),
        )
    ]
    raw["behaviour"]["monitoring"] = "none"
    raw["channels"].append({"id": "tiktok", "employee_posting": "discouraged"})
    raw["clauses"] = {"respect.tone": {"omit": True}}
    second = validate_raw(raw)
    raw["history"].append(
        issued_version(
            second.answers_snapshot(),
            raw["clauses"],
            "2.2",
            summary=None,
            approved_by="Claire Dubois",
            day=date(2027, 6, 1),
        )
    )
    raw["organisation"]["version"] = current
    return validate_raw(raw)


def control_blocks(project: Project, document: DocumentKind, language: Language) -> list[Any]:
    return list(build_outline(project, document, language).section("document_control").blocks)


@pytest.mark.parametrize("document", list(DocumentKind))
def test_two_versions_in_dutch(document: DocumentKind) -> None:
    blocks = control_blocks(two_versions(), document, Language.NL)
    headings = [b.text for b in blocks if isinstance(b, Subheading)]
    assert headings == ["Versiegeschiedenis", "Wijzigingen in deze versie"]
    table = next(b for b in blocks if isinstance(b, Table) and b.header[0] == "Versie")
    assert table.header == ("Versie", "Datum", "Samenvatting", "Vastgesteld door")
    assert table.rows == (
        # The approver as the Dutch text names it, spelled as in the document control.
        ("2.1", "20 januari 2027", "First approved version", "De directie"),
        ("2.2", "1 juni 2027", "—", "Claire Dubois"),
    )
    intro = next(b for b in blocks if isinstance(b, Paragraph) and "versie 2.1" in b.text)
    assert intro.text == "Ten opzichte van versie 2.1 is het volgende veranderd:"
    changes = next(b for b in blocks if isinstance(b, BulletList))
    assert block_texts(changes)[:2] == [
        "Kanaal TikTok toegevoegd",
        "Monitoring: Openbare vermeldingen → Geen",
    ]
    if document is DocumentKind.CODE_OF_CONDUCT:
        # For the readers: what changed in the rules, never a clause id or an edit.
        assert (
            block_texts(changes)[2]
            == "Uit ‘Respect en toon’ is de tekst over ‘Toon en respect’ weggehaald."
        )
    else:  # the clause is in the code of conduct: not a change of this document
        assert len(block_texts(changes)) == 2


@pytest.mark.parametrize("document", list(DocumentKind))
def test_two_versions_in_english(document: DocumentKind) -> None:
    blocks = control_blocks(two_versions(), document, Language.EN)
    headings = [b.text for b in blocks if isinstance(b, Subheading)]
    assert headings == ["Version history", "Changes in this version"]
    table = next(b for b in blocks if isinstance(b, Table) and b.header[0] == "Version")
    assert table.rows[0] == (
        "2.1",
        "20 January 2027",
        "First approved version",
        "The management board",
    )
    changes = block_texts(next(b for b in blocks if isinstance(b, BulletList)))
    assert changes[:2] == ["Channel TikTok added", "Monitoring: Public mentions → None"]
    if document is DocumentKind.CODE_OF_CONDUCT:
        assert (
            changes[2] == "The text on ‘Tone and respect’ has been taken out of ‘Respect and tone’."
        )
    else:
        assert len(changes) == 2


def test_a_clause_is_named_by_its_section_in_the_code_of_conduct() -> None:
    blocks = control_blocks(two_versions(), DocumentKind.CODE_OF_CONDUCT, Language.EN)
    changes = block_texts(next(b for b in blocks if isinstance(b, BulletList)))
    # respect.tone is in the code of conduct: named by its section there.
    assert "‘Respect and tone’" in changes[2] and "respect.tone" not in changes[2]


def test_an_edit_in_the_other_language_is_no_change_of_this_document() -> None:
    from wizard.content.tailoring import _for_readers

    project = two_versions()
    names = {"privacy.law": "5. Privacy, photos and video"}
    english_edit = _for_readers(project, "clauses.privacy.law.en", "", names, Language.EN)
    assert (
        english_edit
        == "In ‘Privacy, photos and video’, the text on ‘Privacy law’ has been rewritten."
    )
    assert _for_readers(project, "clauses.privacy.law.en", "", names, Language.NL) == ""
    assert "eigen" not in english_edit and "privacy.law" not in english_edit


def test_a_draft_after_the_last_version_names_that_version() -> None:
    blocks = control_blocks(two_versions(current="2.3"), DocumentKind.ICT_POLICY, Language.NL)
    assert [b.text for b in blocks if isinstance(b, Subheading)][1] == "Wijzigingen in versie 2.2"


def test_the_first_version_says_it_is_the_first() -> None:
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    raw["history"] = [
        issued_version(
            validate_raw(raw).answers_snapshot(),
            {},
            "2.1",
            summary=None,
            approved_by=None,
            day=date(2027, 1, 20),
        )
    ]
    project = validate_raw(raw)
    for language, first in (
        (Language.NL, "Dit is de eerste uitgegeven versie van dit document."),
        (Language.EN, "This is the first issued version of this document."),
    ):
        blocks = control_blocks(project, DocumentKind.CODE_OF_CONDUCT, language)
        assert any(isinstance(b, Paragraph) and b.text == first for b in blocks)
        assert not any(isinstance(b, BulletList) for b in blocks)


def test_no_changes_between_two_versions_is_said_so() -> None:
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    snapshot = validate_raw(raw).answers_snapshot()
    raw["history"] = [
        issued_version(snapshot, {}, number, summary=None, approved_by=None, day=date(2027, 1, 1))
        for number in ("2.1", "2.2")
    ]
    blocks = control_blocks(validate_raw(raw), DocumentKind.ICT_POLICY, Language.EN)
    assert any(
        isinstance(b, Paragraph)
        and b.text == "Compared with version 2.1, neither the answers nor the texts changed."
        for b in blocks
    )


@pytest.mark.parametrize("language", list(Language))
def test_a_project_without_history_has_neither(language: Language) -> None:
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    raw["schema_version"] = 1  # as saved by the first release
    for document in DocumentKind:
        blocks = control_blocks(validate_raw(copy.deepcopy(raw)), document, language)
        assert len(blocks) == 1 and isinstance(blocks[0], Table)  # the document control alone


@pytest.mark.parametrize("language", list(Language))
def test_the_word_file_shows_the_table_and_the_changes(language: Language) -> None:
    project = two_versions()
    outline = build_outline(project, DocumentKind.ICT_POLICY, language)
    opened = docx.Document(io.BytesIO(document_bytes(outline)))
    text = "\n".join(p.text for p in opened.paragraphs)
    cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
    if language is Language.NL:
        assert "Wijzigingen in deze versie" in text and "Versiegeschiedenis" in text
        assert "Monitoring: Openbare vermeldingen → Geen" in text
        assert "20 januari 2027" in cells and "First approved version" in cells
    else:
        assert "Changes in this version" in text and "Version history" in text
        assert "Monitoring: Public mentions → None" in text
        assert "20 January 2027" in cells and "Claire Dubois" in cells
    version_table = next(
        t for t in opened.tables if t.rows[0].cells[0].text in ("Versie", "Version")
    )
    assert [row.cells[0].text for row in version_table.rows[1:]] == ["2.1", "2.2"]

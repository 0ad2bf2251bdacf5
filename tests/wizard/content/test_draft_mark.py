"""Documents that differ from the last issued version say on their cover that they are
a draft, not yet issued; an issued version and a project never issued do not."""

from __future__ import annotations

import io

import docx

from tests.conftest import EXAMPLES
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import load_project
from wizard.answers.versions import issued_version
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes
from wizard.output.html_preview import outline_html

NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))


def issued(project: Project) -> Project:
    entry = issued_version(project.answers_snapshot(), {}, "2.1", summary=None, approved_by=None)
    return Project.model_validate({**project.model_dump(mode="json"), "history": [entry]})


def cover(project: Project, language: Language) -> list[str]:
    outline = build_outline(project, DocumentKind.CODE_OF_CONDUCT, language)
    document = docx.Document(io.BytesIO(document_bytes(outline)))
    return [p.text for p in document.paragraphs[:8]]


def test_never_issued_and_just_issued_documents_are_no_draft() -> None:
    project = load_project(NORTHWIND)
    for version in (project, issued(project)):
        for language in Language:
            assert not any("Concept" in t or "Draft" in t for t in cover(version, language))


def test_a_change_after_the_last_issued_version_makes_a_draft_in_both_languages() -> None:
    project = issued(load_project(NORTHWIND))
    changed = project.model_copy(deep=True)
    changed.behaviour.monitoring = changed.behaviour.monitoring.__class__("none")
    assert "Concept — nog niet uitgegeven" in cover(changed, Language.NL)
    assert "Draft — not yet issued" in cover(changed, Language.EN)
    outline = build_outline(changed, DocumentKind.ICT_POLICY, Language.EN)
    assert "<b>Draft — not yet issued</b>" in outline_html(outline)
    # Only a new version number is no change of the text.
    renumbered = project.model_copy(deep=True)
    renumbered.organisation.version = "2.2"
    assert not any("Draft" in t for t in cover(renumbered, Language.EN))

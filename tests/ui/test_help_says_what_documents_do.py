"""What the window's help says about the documents is what the documents do."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from ui.strings import HELP
from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import load_project
from wizard.content.tailoring import build_outline


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name.split(".")[0])
def test_the_version_is_on_the_first_page_and_document_control_at_the_back(
    example: Path,
) -> None:
    """The effective date's help: with the version on the first page, with the next review
    in the document control at the back (not "a small table at the front")."""
    project = load_project(example)
    for document in DocumentKind:
        outline = build_outline(project, document, Language.NL)
        ids = [section.id for section in outline.sections]
        if "document_control" in ids:
            # Last, or before the acknowledgement form that is torn off.
            assert ids.index("document_control") >= len(ids) - 2, (document, ids)
        assert outline.control.version and outline.control.effective_date
    assert "document_control" in [
        s.id for s in build_outline(project, DocumentKind.ICT_POLICY, Language.NL).sections
    ]


def test_the_effective_date_s_help_says_where_it_is_shown() -> None:
    dutch, english = HELP["organisation.effective_date"]
    assert "eerste pagina" in dutch and "achterin" in dutch and "voorin" not in dutch
    assert "first page" in english and "at the back" in english and "front" not in english

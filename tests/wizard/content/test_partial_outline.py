"""An outline of a few clauses only (for checking edits) says what the whole one says."""

from __future__ import annotations

from pathlib import Path

from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import load_project
from wizard.content.clause_states import clause_states
from wizard.content.clauses import CLAUSES


def test_each_clause_is_generated_the_same_in_a_partial_outline(example_path: Path) -> None:
    project = load_project(example_path)
    for document in DocumentKind:
        for language in Language:
            full = {s.id: s for s in clause_states(project, document, language)}
            for clause_id in CLAUSES:
                partial = {s.id: s for s in clause_states(project, document, language, [clause_id])}
                if clause_id in full:
                    assert partial[clause_id] == full[clause_id], clause_id
                else:
                    assert clause_id not in partial, clause_id
            # A partial outline holds fewer sections, each numbered as in the whole.
            some = {
                s.section_title
                for s in clause_states(project, document, language, ["respect.tone"])
            }
            assert some <= {s.section_title for s in full.values()}

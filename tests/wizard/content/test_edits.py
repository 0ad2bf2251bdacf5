from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import load_project
from wizard.content.clause_states import clause_states, edit_project, generated_texts
from wizard.content.edits import (
    accept_update,
    clause_text,
    edit_blocks,
    fingerprint,
    record_edit,
)
from wizard.content.outline import (
    BulletList,
    NumberedList,
    Paragraph,
    Subheading,
    Table,
    outline_text,
)
from wizard.content.tailoring import build_outline

NL, EN = Language.NL, Language.EN
CODE, ICT = DocumentKind.CODE_OF_CONDUCT, DocumentKind.ICT_POLICY


def linde() -> Project:
    return load_project(next(p for p in EXAMPLES if "linde" in p.name))


def clause(project: Project, document: DocumentKind, language: Language, clause_id: str) -> Any:
    outline = build_outline(project, document, language)
    return next((c for c in outline.clauses() if c.id == clause_id), None)


# --- the edit format ------------------------------------------------------------------------


def test_clause_text_writes_leads_bullets_and_numbered_items() -> None:
    project = linde()
    register = clause(project, ICT, NL, "measures.register")
    assert clause_text(register).startswith("**Accountregister.** ")
    steps = clause_text(clause(project, ICT, NL, "measures.incident_steps"))
    assert "\n\n1. " in steps and "\n2. " in steps
    gaps = clause_text(clause(project, ICT, NL, "baseline.gaps"))
    assert "\n\n- " in gaps


def test_a_table_clause_offers_the_text_above_its_table() -> None:
    project = linde()
    states = {s.id: s for s in clause_states(project, ICT, NL)}
    assert states["measures.account_table"].table
    assert states["measures.account_table"].editable
    assert states["measures.account_table"].generated == "De officiële accounts en hun beveiliging:"
    # Document control is only a table: nothing to edit, but it can be left out.
    assert not states["document.control"].editable
    assert states["document.control"].generated == ""


def test_a_clause_closing_subheading_is_not_its_text() -> None:
    intro = clause_text(clause(linde(), ICT, NL, "measures.intro"))
    assert "##" not in intro and "Technische maatregelen" not in intro


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
def test_edit_text_reads_back_as_the_same_blocks(path: Path) -> None:
    """The edit format loses nothing: every clause's text makes the same blocks again."""
    project = load_project(path)
    for document in DocumentKind:
        for language in Language:
            for found in build_outline(project, document, language).clauses():
                text = clause_text(found)
                blocks = tuple(b for b in found.blocks if not isinstance(b, Table))
                expected = blocks[: len(edit_blocks(text))]
                assert edit_blocks(text) == expected, found.id


def test_edit_blocks_reads_paragraphs_bullets_numbers_and_subheadings() -> None:
    blocks = edit_blocks(
        "First line\njoined.\n\n- one\n- two\n  goes on\n\n1. first\n2. second\n\n"
        "## Heading\n\n**Lead.** Body."
    )
    assert blocks == (
        Paragraph("First line joined."),
        BulletList((Paragraph("one"), Paragraph("two goes on"))),
        NumberedList((Paragraph("first"), Paragraph("second"))),
        Subheading("Heading"),
        Paragraph("Body.", lead="Lead."),
    )


def test_edit_text_is_never_a_template_and_is_cleaned() -> None:
    blocks = edit_blocks("{{ org }} and {% if x %}@clause purpose.why\x00\x0b\n\n@table 1")
    assert blocks == (
        Paragraph("{{ org }} and {% if x %}@clause purpose.why"),
        Paragraph("@table 1"),
    )


def test_fingerprint_follows_the_text_not_its_spacing() -> None:
    assert fingerprint("A  b\r\n\n\n\nc ") == fingerprint("A b\n\nc")
    assert fingerprint("A b") != fingerprint("A c")
    assert len(fingerprint("x")) == 16 and int(fingerprint("x"), 16) >= 0


# --- recording edits -------------------------------------------------------------------------


def test_record_edit_keeps_what_it_replaced_and_none_restores() -> None:
    clauses: dict[str, Any] = {}
    assert record_edit(clauses, "respect.tone", NL, "Eigen tekst.", "Gegenereerd.")
    assert clauses["respect.tone"] == {
        "nl": "Eigen tekst.",
        "en": None,
        "omit": False,
        "based_on": {"nl": fingerprint("Gegenereerd.")},
        "replaced": {"nl": "Gegenereerd."},
    }
    assert not record_edit(clauses, "respect.tone", NL, "Eigen  tekst.\n", "Gegenereerd.")
    assert record_edit(clauses, "respect.tone", NL, None, "Gegenereerd.")
    assert clauses == {}
    # The generated text itself is no edit.
    assert not record_edit(clauses, "respect.tone", NL, "Gegenereerd.", "Gegenereerd.")
    assert clauses == {}


def test_omit_is_kept_when_the_text_is_restored() -> None:
    clauses: dict[str, Any] = {}
    record_edit(clauses, "respect.tone", EN, "Mine.", "Generated.", omit=True)
    record_edit(clauses, "respect.tone", EN, None, "Generated.")
    assert clauses["respect.tone"]["omit"] is True and clauses["respect.tone"]["en"] is None
    record_edit(clauses, "respect.tone", EN, None, "Generated.", omit=False)
    assert clauses == {}


def test_an_answer_change_puts_the_edit_out_of_date_until_accepted() -> None:
    project = edit_project(linde(), "measures.register", NL, "**Register.** Wij houden het bij.")
    state = next(s for s in clause_states(project, ICT, NL) if s.id == "measures.register")
    assert state.edited and not state.out_of_date and state.replaced == state.generated
    changed = project.model_copy(deep=True)
    changed.governance.communications_owner = "Karin Smit (communicatie)"
    state = next(s for s in clause_states(changed, ICT, NL) if s.id == "measures.register")
    assert state.out_of_date and state.replaced != state.generated
    clauses = changed.model_dump(mode="json")["clauses"]
    assert accept_update(clauses, "measures.register", NL, state.generated)
    accepted = Project.model_validate({**changed.model_dump(mode="json"), "clauses": clauses})
    state = next(s for s in clause_states(accepted, ICT, NL) if s.id == "measures.register")
    assert not state.out_of_date and state.edited == "**Register.** Wij houden het bij."


def test_an_edit_in_one_language_shows_in_the_other() -> None:
    project = edit_project(linde(), "respect.tone", NL, "Wees aardig.")
    english = next(s for s in clause_states(project, CODE, EN) if s.id == "respect.tone")
    dutch = next(s for s in clause_states(project, CODE, NL) if s.id == "respect.tone")
    assert english.other_language_edited and english.edited is None
    assert not dutch.other_language_edited and dutch.edited == "Wees aardig."


# --- edits in the documents ------------------------------------------------------------------


def test_an_edit_replaces_the_clause_in_its_language_only() -> None:
    project = edit_project(linde(), "respect.tone", NL, "Wees aardig.\n\n- echt\n- altijd")
    dutch = clause(project, CODE, NL, "respect.tone")
    assert dutch.blocks == (
        Paragraph("Wees aardig."),
        BulletList((Paragraph("echt"), Paragraph("altijd"))),
    )
    assert clause(project, CODE, EN, "respect.tone") == clause(linde(), CODE, EN, "respect.tone")
    # The generated text for fingerprints is the text before edits.
    generated = build_outline(project, CODE, NL, apply_edits=False)
    assert generated == build_outline(linde(), CODE, NL)


def test_omit_drops_the_clause_in_both_languages_and_from_the_mapping() -> None:
    project = linde()
    before = build_outline(project, ICT, NL).section("mapping")
    assert "5.9" in outline_text_of(before)
    omitted = edit_project(project, "measures.register", NL, None, omit=True)
    for language in Language:
        assert clause(omitted, ICT, language, "measures.register") is None
    after = build_outline(omitted, ICT, NL).section("mapping")
    # 5.9 (inventory) was implemented by the register alone.
    assert "5.9 " not in outline_text_of(after) + " "
    rows = next(b for b in after.blocks if isinstance(b, Table)).rows
    assert all(row[0] != "5.9" for row in rows)


def outline_text_of(section: Any) -> str:
    return " | ".join(
        cell
        for block in section.blocks
        if isinstance(block, Table)
        for row in block.rows
        for cell in row
    )


def test_omitting_a_clause_keeps_the_subheading_that_heads_the_next() -> None:
    omitted = edit_project(linde(), "measures.account_table", NL, None, omit=True)
    measures = build_outline(omitted, ICT, NL).section("measures")
    headings = [b.text for b in measures.blocks if isinstance(b, Subheading)]
    assert headings == [
        "Technische maatregelen",
        "Organisatorische maatregelen",
        "Gedragsmaatregelen",
    ]
    # The subheading closes the clause before; the clause after keeps its own text.
    register = next(c for c in measures.clauses if c.id == "measures.register")
    assert not clause_text(register).startswith("##")
    before = next(c for c in measures.clauses if c.id == "measures.password_manager")
    assert before.blocks[-1] == Subheading("Organisatorische maatregelen")


def test_leaving_out_a_whole_group_drops_its_subheading() -> None:
    project = linde()
    measures = build_outline(project, ICT, NL).section("measures")
    clause_ids = [c.id for c in measures.clauses]
    group = clause_ids[clause_ids.index("measures.register") : clause_ids.index("measures.code")]
    for clause_id in group:
        project = edit_project(project, clause_id, NL, None, omit=True)
    edited = build_outline(project, ICT, NL).section("measures")
    headings = [b.text for b in edited.blocks if isinstance(b, Subheading)]
    assert headings == ["Technische maatregelen", "Gedragsmaatregelen"]


def test_a_section_with_every_clause_left_out_goes_and_the_rest_are_renumbered() -> None:
    project = linde()
    outline = build_outline(project, CODE, NL)
    respect = outline.section("respect")
    for found in respect.clauses:
        project = edit_project(project, found.id, NL, None, omit=True)
    edited = build_outline(project, CODE, NL)
    assert "respect" not in [s.id for s in edited.sections]
    numbers = [int(s.title.split(".")[0]) for s in edited.sections]
    assert numbers == list(range(1, len(numbers) + 1))
    assert "{{" not in outline_text(edited)


def test_generated_texts_cover_both_documents() -> None:
    texts = generated_texts(linde(), NL)
    assert "respect.tone" in texts and "measures.register" in texts


def test_every_registered_clause_has_a_title_in_both_languages() -> None:
    from wizard.answers.labels import clause_title
    from wizard.content.clauses import CLAUSES

    for clause_id in CLAUSES:
        titles = {clause_title(clause_id, language) for language in Language}
        assert clause_id not in titles, clause_id
        assert all(0 < len(t) <= 60 for t in titles), clause_id


# --- warnings ------------------------------------------------------------------------------


def both_languages(project: Project) -> Project:
    data = project.model_dump(mode="json")
    data["output"]["languages"] = ["nl", "en"]
    return Project.model_validate(data)


def test_warnings_for_out_of_date_one_language_and_unknown_clauses() -> None:
    from wizard.content.consistency import check_consistency

    project = both_languages(edit_project(linde(), "measures.register", NL, "Eigen register."))
    data = project.model_dump(mode="json")
    data["clauses"]["gone.clause"] = {"nl": "Oud.", "omit": False}
    data["governance"]["communications_owner"] = "Karin Smit"
    changed = Project.model_validate(data)
    codes = {(w.field, w.code) for w in check_consistency(changed, NL)}
    assert ("clauses.measures.register", "clause_out_of_date") in codes
    assert ("clauses.measures.register", "clause_one_language") in codes
    assert ("clauses.gone.clause", "clause_not_in_documents") in codes
    messages = [w.message(NL) for w in check_consistency(changed, NL) if w.field.startswith("c")]
    assert any("'Accountregister' is alleen in het Nederlands aangepast" in m for m in messages)
    assert any("in het Engels staat nog" in m for m in messages)
    english = [w.message(EN) for w in check_consistency(changed, EN) if w.field.startswith("c")]
    assert any("'Account register' (Dutch)" in m for m in english)


def test_no_clause_warnings_when_edits_are_current_and_complete() -> None:
    from wizard.content.consistency import check_consistency

    project = edit_project(linde(), "respect.tone", NL, "Wees aardig.")
    project = edit_project(project, "respect.tone", EN, "Be kind.")
    project = both_languages(project)
    assert not [w for w in check_consistency(project, NL) if w.field.startswith("clauses.")]
    # One language written: an edit in that language only is complete.
    data = edit_project(linde(), "respect.tone", NL, "Wees aardig.").model_dump(mode="json")
    data["output"]["languages"] = ["nl"]
    single = Project.model_validate(data)
    assert not [w for w in check_consistency(single, NL) if w.field.startswith("clauses.")]

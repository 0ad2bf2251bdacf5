"""Fuzz: mutated house styles and mutated edited documents, each refused cleanly or used
with nothing hostile inside (deterministic seeds: a failure names its seed).

House styles: each mutant either raises HouseStyleError (with a message in both
languages naming the file) or is written into a document that a scan
(``crafted.hostile_inside``) finds clean. Edited documents: each mutant either raises
ImportRefused (with a message) or gives a project that the project file takes back.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import docx
import pytest

from tests.reliability import record
from tests.wizard.output import crafted, house_styles
from tests.wizard.output.mutate import mutant
from tests.wizard.output.test_house_style import EXAMPLE
from tests.wizard.output.test_house_style_hostile import DROPPED, paragraph, picture, with_logo
from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import load_project, parse_raw, project_bytes, validate_raw
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes
from wizard.output.house_style import HouseStyleError, load_house_style
from wizard.output.import_edits import ImportRefused, import_edits

HOUSE_STYLE_MUTANTS = 320
DOCUMENT_MUTANTS = 320
BATCH = 40  # mutants per test: a failure shows its seed, the count stays honest


@cache
def house_style_corpus() -> tuple[bytes, ...]:
    """Real house styles: python-docx's and a letterhead (logo, text, footer), one that
    Word-like markup fills (page numbers, alignment, a picture), and the crafted hostile
    files of the trust issue."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="fuzz-styles-"))
    plain = [
        house_styles.python_docx_default(folder).read_bytes(),
        house_styles.letter_serif(folder).read_bytes(),
        house_styles.dotx(folder).read_bytes(),
        with_logo(
            paragraph(picture("rIdLogo"), align="right"),
            footer_body=paragraph("<w:r><w:t>Vertrouwelijk</w:t></w:r>", align="center"),
        ),
    ]
    return (*plain, *(make() for make, _ in DROPPED.values()))


@cache
def outline_for_styles() -> object:
    return build_outline(load_project(EXAMPLE), DocumentKind.CODE_OF_CONDUCT, Language.NL)


def check_house_style(seed: int, folder: Path) -> str:
    corpus = house_style_corpus()
    data = mutant(corpus[seed % len(corpus)], seed)
    path = folder / f"mutant-{seed}.docx"
    path.write_bytes(data)
    try:
        style = load_house_style(path)
    except HouseStyleError as refused:
        for language in Language:
            line = refused.problem.line(language)
            assert str(path) in line and "{" not in line, (seed, line)
        return refused.problem.code
    for warning in style.warnings:
        for language in Language:
            assert "{" not in warning.line(language), (seed, warning)
    written = document_bytes(outline_for_styles(), None, style)  # type: ignore[arg-type]
    assert crafted.hostile_inside(written) == [], seed
    docx.Document(io.BytesIO(written))  # it opens
    return "written"


@pytest.mark.parametrize("batch", range(HOUSE_STYLE_MUTANTS // BATCH))
def test_mutated_house_styles(batch: int, tmp_path: Path) -> None:
    outcomes = [
        check_house_style(seed, tmp_path) for seed in range(batch * BATCH, (batch + 1) * BATCH)
    ]
    # The mutator reaches both ends: some files are refused, and some are used.
    assert "written" in outcomes, outcomes
    record("fuzzed_house_styles", len(outcomes))
    record("fuzzed_house_styles_written_clean", outcomes.count("written"))


@cache
def edited_corpus() -> tuple[tuple[DocumentKind, Language, bytes], ...]:
    from tests.wizard.output.test_import_edits import LINDE, clause_paragraphs, saved

    project = load_project(LINDE)
    found = []
    for document, language in (
        (DocumentKind.CODE_OF_CONDUCT, Language.NL),
        (DocumentKind.ICT_POLICY, Language.EN),
    ):
        data = document_bytes(build_outline(project, document, language))
        found.append((document, language, data))
    edited = docx.Document(io.BytesIO(found[0][2]))
    clause_paragraphs(edited, "respect.tone")[0].runs[0].text = "Eigen woorden. "
    found.append((DocumentKind.CODE_OF_CONDUCT, Language.NL, saved(edited)))
    return tuple(found)


def check_edited_document(seed: int) -> str:
    from tests.wizard.output.test_import_edits import LINDE

    corpus = edited_corpus()
    _, _, data = corpus[seed % len(corpus)]
    project = load_project(LINDE)
    try:
        result = import_edits(project, mutant(data, seed))
    except ImportRefused as refused:
        for language in Language:
            message = refused.message(language)
            assert message and "{" not in message, (seed, message)
        return refused.code
    # What would be saved is a project the program reads back as it was.
    saved_bytes = project_bytes(result.project)
    assert validate_raw(parse_raw(saved_bytes), LINDE.parent) == result.project, seed
    return "changed" if result.any_change else "read"


@pytest.mark.parametrize("batch", range(DOCUMENT_MUTANTS // BATCH))
def test_mutated_edited_documents(batch: int) -> None:
    outcomes = [check_edited_document(seed) for seed in range(batch * BATCH, (batch + 1) * BATCH)]
    assert set(outcomes) - {"not_docx", "damaged", "too_large"}, outcomes
    record("fuzzed_edited_documents", len(outcomes))
    record("fuzzed_edited_documents_read", len([o for o in outcomes if o in ("read", "changed")]))


def test_the_fuzz_counts_are_what_the_issue_asks() -> None:
    assert HOUSE_STYLE_MUTANTS >= 300 and DOCUMENT_MUTANTS >= 300

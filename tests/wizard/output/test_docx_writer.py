"""Every generated file is re-opened with python-docx and checked."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from tests.conftest import EXAMPLES
from wizard import clock
from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import load_project, logo_path, validate_raw
from wizard.content.outline import Paragraph, Table
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes, write_docx
from wizard.output.styles import STYLES, Style
from wizard.paths import REFERENCE_DOCX


def test_every_style_the_writer_uses_exists_in_reference_docx() -> None:
    reference = docx.Document(str(REFERENCE_DOCX))
    names = {style.name for style in reference.styles}
    assert set(STYLES) <= names
    assert len(reference.paragraphs) == 0, "reference.docx carries looks, not text"


@pytest.fixture(
    params=[(d, lang) for d in DocumentKind for lang in Language],
    ids=lambda p: f"{p[0].value}-{p[1].value}",
)
def generated(request: pytest.FixtureRequest, example_path: Path) -> tuple[Any, Any, bytes]:
    document, language = request.param
    project = load_project(example_path)
    outline = build_outline(project, document, language)
    return project, outline, document_bytes(outline, logo_path(project, example_path.parent))


def test_generated_document_reopens_with_its_content(generated: tuple[Any, Any, bytes]) -> None:
    project, outline, data = generated
    opened = docx.Document(io.BytesIO(data))
    headings = [p.text for p in opened.paragraphs if p.style.name == Style.HEADING_1]
    assert headings == [s.title for s in outline.sections]
    body = "\n".join(p.text for p in opened.paragraphs)
    assert project.organisation.name in body
    header = opened.sections[0].header.paragraphs[0].text
    assert project.organisation.name in header and outline.title in header
    tables = sum(1 for s in outline.sections for b in s.blocks if isinstance(b, Table))
    assert len(opened.tables) == tables
    assert opened.tables[0].style.name == Style.TABLE


def test_core_properties_are_ours(generated: tuple[Any, Any, bytes]) -> None:
    project, outline, data = generated
    props = docx.Document(io.BytesIO(data)).core_properties
    owner = project.organisation.policy_owner
    assert props.author == (owner.name or owner.role)
    assert props.author != "python-docx"
    assert outline.title in props.title and project.organisation.name in props.title
    assert props.subject and props.keywords and "social media" in props.keywords
    assert props.language == ("nl-NL" if outline.language is Language.NL else "en-GB")
    now = clock.now_utc().replace(tzinfo=None)  # the suite's day (tests/conftest.py)
    for moment in (props.created, props.modified):
        assert moment is not None and moment.replace(tzinfo=None) == now


def test_fields_lists_and_repeating_headers(generated: tuple[Any, Any, bytes]) -> None:
    _, outline, data = generated
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        document_xml = archive.read("word/document.xml").decode()
        settings = archive.read("word/settings.xml").decode()
        footers = "".join(
            archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer")
        )
    # A micro business's compact documents have no contents page.
    assert ('TOC \\o "1-1"' in document_xml) is not outline.compact
    assert "updateFields" in settings
    assert " PAGE " in footers and " NUMPAGES " in footers
    assert "tblHeader" in document_xml


def test_each_numbered_list_restarts(minimal_raw: dict[str, Any]) -> None:
    project = validate_raw(minimal_raw)
    outline = build_outline(project, DocumentKind.CODE_OF_CONDUCT, Language.EN)
    opened = docx.Document(io.BytesIO(document_bytes(outline)))
    numbered = [p for p in opened.paragraphs if p.style.name == Style.NUMBER]
    num_ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(num_ids) == 2  # the incident steps and the graded consequences
    numbering = opened.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) in num_ids:
            assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_text_that_xml_cannot_hold_is_removed(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    project = validate_raw(minimal_raw)
    project.governance.it_owner = "Ilse"
    outline = build_outline(project, DocumentKind.ICT_POLICY, Language.NL)
    path = tmp_path / "out.docx"
    write_docx(outline, path)
    assert docx.Document(str(path)).paragraphs


# --- references that never break across lines (m13) --------------------------------------

NBSP, NBHYPHEN = "\u00a0", "\u2011"


def _written_texts(data: bytes) -> str:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    return xml


def test_standards_and_citations_are_joined_by_non_breaking_characters() -> None:
    from wizard.output.docx_writer import unbroken

    assert unbroken("(NEN 7510-2:2024: 5.10, 8.23)") == (
        f"(NEN{NBSP}7510{NBHYPHEN}2:2024:{NBSP}5.10, 8.23)"
    )
    assert unbroken("volgt ISO/IEC 27002:2022.") == f"volgt ISO/IEC{NBSP}27002:2022."
    assert unbroken("(BIO2: 5.4, 6.2; maatregelen 5.04.02)") == (
        f"(BIO2:{NBSP}5.4, 6.2; maatregelen{NBSP}5.04.02)"
    )
    assert unbroken("(WOR, artikel 27 lid 1, onder k en l)") == (
        f"(WOR, artikel{NBSP}27 lid{NBSP}1, onder{NBSP}k en{NBSP}l)"
    )
    assert unbroken("article 50, paragraph 4") == f"article{NBSP}50, paragraph{NBSP}4"
    assert unbroken("Kamerstuk 36 764; Richtlijn (EU) 2022/2555") == (
        f"Kamerstuk{NBSP}36{NBSP}764; Richtlijn (EU){NBSP}2022/2555"
    )
    assert unbroken("uiterlijk 72 uur nadat") == f"uiterlijk 72{NBSP}uur nadat"
    # Ordinary words stay as they are: "onder werktijd", a name with a hyphen.
    for plain in ("onder werktijd en k", "Directeur-bestuurder", "2 august 2026", "De BIO2 vraagt"):
        assert unbroken(plain) == plain


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("document", list(DocumentKind))
def test_no_written_reference_can_break_across_lines(
    example_path: Path, document: DocumentKind, language: Language
) -> None:
    """In every example's documents: no standard or citation is followed by a plain
    space before its number, and the outline's references are written joined."""
    import re

    project = load_project(example_path)
    outline = build_outline(project, document, language)
    xml = _written_texts(document_bytes(outline))
    broken = re.findall(
        r"(?:ISO/IEC|NEN|BIO2:|[Aa]rtikel|[Aa]rticle|lid|paragraph|Kamerstuk|\(EU\)) \d", xml
    )
    assert broken == []
    assert "7510-2" not in xml
    if project.confidentiality.framework.value == "nen7510" and document is DocumentKind.ICT_POLICY:
        assert f"NEN{NBSP}7510{NBHYPHEN}2:2024" in xml


def test_a_reference_joined_in_a_table_counts_as_one_word() -> None:
    from wizard.output.docx_writer import fitted_widths, unbroken

    cell = "NEN 7510-2:2024: 8.23"
    plain = fitted_widths((1, 5), [(cell, "x")], 9000)
    joined = fitted_widths((1, 5), [(unbroken(cell).replace(NBSP, "_"), "x")], 9000)
    assert joined[0] > plain[0]  # the written cell is as wide as the whole reference


# --- no line or heading carried alone to a new page (m14) ---------------------------------


def _body_paragraphs(data: bytes) -> list[Any]:
    """The body's paragraphs in reading order, those in tables included."""
    opened = docx.Document(io.BytesIO(data))
    return list(opened.element.body.iter(qn("w:p")))


def _text(paragraph: Any) -> str:
    """The paragraph's text as the outline has it (plain spaces and hyphens)."""
    text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
    return text.replace(NBSP, " ").replace(NBHYPHEN, "-")


def _keeps(paragraph: Any) -> bool:
    props = paragraph.find(qn("w:pPr"))
    return props is not None and props.find(qn("w:keepNext")) is not None


def test_normal_text_has_widow_and_orphan_control() -> None:
    reference = docx.Document(str(REFERENCE_DOCX))
    assert reference.styles["Normal"].paragraph_format.widow_control is True
    for name in ("Heading 1", "Heading 2"):
        assert reference.styles[name].paragraph_format.keep_with_next is True


@pytest.mark.parametrize("language", list(Language))
def test_the_closing_lines_keep_with_what_precedes_them(language: Language) -> None:
    """The sources' "state of the law" line and the assurance's reporting sentence are
    never alone on a page: the list or table before them keeps its last line with them;
    a long list keeps its introduction with its first item."""
    for example in ("northwind", "woonstichting", "linde"):
        path = next(p for p in EXAMPLES if example in p.name)
        outline = build_outline(load_project(path), DocumentKind.ICT_POLICY, language)
        paragraphs = _body_paragraphs(document_bytes(outline))
        texts = [_text(p) for p in paragraphs]
        stand = "Stand van de wet-" if language is Language.NL else "Law and regulations as of"
        at = next(i for i, t in enumerate(texts) if t.startswith(stand))
        blocks = outline.sections[-2].blocks
        items = len(blocks[-2].items)  # type: ignore[union-attr]  # the last list
        first_item = at - items
        assert _keeps(paragraphs[first_item])
        if isinstance(blocks[-3], Paragraph):  # the sentence that introduces the list
            assert _keeps(paragraphs[first_item - 1])
        assert _keeps(paragraphs[at - 1]) and (items == 1 or _keeps(paragraphs[at - 2]))
        if items > 6:  # a long list may break between its second and its last but one
            assert not all(_keeps(p) for p in paragraphs[first_item + 1 : at - 2])
        reports = outline.sections[-3].blocks[-1].text  # type: ignore[union-attr]
        at = texts.index(reports)
        # The spacing paragraph after the table, and the table's last row, keep with it.
        assert texts[at - 1] == "" and _keeps(paragraphs[at - 1]) and _keeps(paragraphs[at - 2])


def test_a_document_ending_in_a_table_makes_no_page_for_its_last_paragraph() -> None:
    path = next(p for p in EXAMPLES if "northwind" in p.name)
    outline = build_outline(load_project(path), DocumentKind.ICT_POLICY, Language.EN)
    assert isinstance(outline.sections[-1].blocks[-1], Table)
    body = docx.Document(io.BytesIO(document_bytes(outline))).element.body
    last = [child for child in body if child.tag == qn("w:p")][-1]
    assert last.getprevious().tag in (qn("w:tbl"), qn("w:bookmarkEnd"))
    spacing = last.find(qn("w:pPr")).find(qn("w:spacing"))
    assert spacing.get(qn("w:line")) == "20" and spacing.get(qn("w:lineRule")) == "exact"


def test_a_long_list_keeps_its_first_and_last_lines_together_but_may_break(
    example_path: Path,
) -> None:
    from wizard.content.outline import BulletList

    outline = build_outline(load_project(example_path), DocumentKind.ICT_POLICY, Language.NL)
    paragraphs = _body_paragraphs(document_bytes(outline))
    texts = [_text(p) for p in paragraphs]
    long_lists = [
        block
        for section in outline.sections
        for block in section.blocks
        if isinstance(block, BulletList) and len(block.items) > 6
    ]
    for block in long_lists:
        first = texts.index(
            block.items[0].lead + (" " if block.items[0].lead else "") + block.items[0].text
        )
        kept = [_keeps(paragraphs[first + i]) for i in range(len(block.items))]
        assert kept[0] and kept[-2]  # never one item alone at either end of a page
        assert not all(kept[1:-2])  # but the list may break in between


@pytest.mark.parametrize("language", list(Language))
def test_the_sentence_before_grouped_lists_keeps_with_the_first_group(
    example_path: Path, language: Language
) -> None:
    """The sources' opening sentence, followed by a subheading per check date, is never
    left alone at the foot of a page (Kapsalon Lisa's p.4 before)."""
    outline = build_outline(load_project(example_path), DocumentKind.ICT_POLICY, language)
    paragraphs = _body_paragraphs(document_bytes(outline))
    texts = [_text(p) for p in paragraphs]
    opening = outline.sections[-2].blocks[0].text  # type: ignore[union-attr]
    at = texts.index(opening)
    assert _keeps(paragraphs[at])


# --- long runs spliced in as bytes (issue 23) -----------------------------------------------


def _with_long_texts(outline: Any, long: str) -> Any:
    """The outline with a clause of long texts added to its first section: a paragraph
    with a lead, a bullet and a table cell beside short text of ours."""
    import dataclasses

    from wizard.content.outline import BulletList, Clause

    clause = Clause(
        id="test.long",
        answers=(),
        controls=(),
        blocks=(
            Paragraph(long, lead="Lang’e tekst:"),
            BulletList((Paragraph(f"“{long}”"),)),
            Table(header=("Kanaal", "Omschrijving"), rows=(("LinkedIn – één", long),)),
        ),
    )
    first = outline.sections[0]
    changed = dataclasses.replace(first, clauses=(*first.clauses, clause))
    return dataclasses.replace(outline, sections=(changed, *outline.sections[1:]))


def test_long_texts_are_written_whole_beside_text_of_ours(minimal_raw: dict[str, Any]) -> None:
    """A text of 1,024 characters or more is kept out of its paragraph while writing and
    spliced in when zipping; the document reads as if it had been written in place:
    escaped, sanitised, its references unbroken, also in a table and a list."""
    from wizard.output.docx_writer import write_document

    word = "Privé & <veilig> ISO 27001\x00\x07 "
    long = (word * 200)[:5000]
    expected = long.replace("\x00", "").replace("\x07", "")
    outline = _with_long_texts(
        build_outline(validate_raw(minimal_raw), DocumentKind.CODE_OF_CONDUCT, Language.NL),
        long,
    )
    written = write_document(outline, None, None)
    assert "\x00" not in written.body  # every mark spliced in
    once = expected.count("Privé & <veilig> ISO 27001")
    assert written.body.count("Privé &amp; &lt;veilig&gt; ISO\u00a027001") == 3 * once
    texts = [_text(p) for p in _body_paragraphs(written.zip())]
    assert f"Lang’e tekst: {expected}" in texts
    assert f"“{expected}”" in texts
    assert expected in texts
    assert "LinkedIn – één" in texts
    # Not copied into its run, paragraph or table while writing.
    assert max(len(piece) for piece in written._pieces) < len(expected)
    # Only the long runs are kept apart (the paragraph, the bullet and the cell); short
    # text stays in its piece, the lead of the long paragraph too.
    assert [len(run) >= 1024 for run in written._long_runs] == [True] * 3
    assert any("Lang’e tekst:" in piece for piece in written._pieces)
    assert any("LinkedIn – één" in piece for piece in written._pieces)

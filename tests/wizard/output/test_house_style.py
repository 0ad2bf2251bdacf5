"""House styles: Word files made by other tools become the documents' looks; hostile ones not."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from tests.wizard.output import house_styles
from wizard import cli
from wizard.answers.messages import ProjectError
from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import load_project, logo_path, validate_raw
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes
from wizard.output.house_style import (
    DOCUMENT_MAIN,
    HouseStyle,
    HouseStyleError,
    load_house_style,
)
from wizard.output.styles import STYLES, Style

EXAMPLE = house_styles.EXAMPLES / "de-linde-zorg.policy.json"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def written(style: HouseStyle | None, document: DocumentKind = DocumentKind.ICT_POLICY) -> bytes:
    project = load_project(EXAMPLE)
    outline = build_outline(project, document, Language.NL)
    return document_bytes(outline, logo_path(project, EXAMPLE.parent), style)


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode()


def parts(data: bytes, prefix: str) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [archive.read(n).decode() for n in archive.namelist() if n.startswith(prefix)]


def reopened_fine(data: bytes) -> docx.document.Document:
    opened = docx.Document(io.BytesIO(data))
    names = {style.name for style in opened.styles}
    assert set(STYLES) <= names
    headings = [p.text for p in opened.paragraphs if p.style.name == Style.HEADING_1]
    assert len(headings) >= 5
    return opened


def test_python_docx_default_template(tmp_path: Path) -> None:
    path = house_styles.python_docx_default(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    style = load_house_style(path)
    data = written(style)
    opened = reopened_fine(data)
    body = "\n".join(p.text for p in opened.paragraphs)
    assert "Template text" not in body  # the template's own words stay out
    # python-docx's template has no cover, table or contents styles of ours: filled in, named.
    assert [w.code for w in style.warnings] == ["house_style_filled_in"]
    named = str(style.warnings[0].params["styles"])
    assert "Policy Table" in named and "Cover Meta" in named
    assert "Heading 1" not in named
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # never changed


def test_different_page_size_fonts_and_colours(tmp_path: Path) -> None:
    style = load_house_style(house_styles.letter_serif(tmp_path))
    data = written(style)
    opened = reopened_fine(data)
    section = opened.sections[0]
    assert round(section.page_width.cm, 1) == 21.6 and round(section.page_height.cm, 1) == 27.9
    assert round(section.left_margin.cm, 1) == 1.8
    styles = part(data, "word/styles.xml")
    assert 'w:ascii="Georgia"' in styles and "8B1A1A" in styles
    # Its header and footer keep their words and logo; ours follow on lines of their own.
    headers = "".join(parts(data, "word/header"))
    assert "ACME Advies" in headers and "Zorggroep De Linde" in headers
    assert "Footer text of the template" in "".join(parts(data, "word/footer"))
    # Tables span the Letter page's text width (in twentieths of a point).
    usable = (section.page_width - section.left_margin - section.right_margin) / 635
    widths = re.findall(r'<w:tblW w:w="(\d+)"', part(data, "word/document.xml"))
    assert widths and all(abs(int(w) - usable) < 10 for w in widths)
    assert style.looks.body_font == "Georgia" and style.looks.heading_colour == "8B1A1A"
    assert style.header_logo


def test_a5_tables_fit_the_page(tmp_path: Path) -> None:
    data = written(load_house_style(house_styles.a5_document(tmp_path)))
    opened = reopened_fine(data)
    section = opened.sections[0]
    usable = (section.page_width - section.left_margin - section.right_margin) / 635
    widths = re.findall(r'<w:tblW w:w="(\d+)"', part(data, "word/document.xml"))
    assert all(int(w) <= usable + 1 for w in widths)


def test_missing_list_styles_are_filled_in_with_numbering(tmp_path: Path) -> None:
    style = load_house_style(house_styles.without_list_styles(tmp_path))
    named = str(style.warnings[0].params["styles"])
    assert "List Bullet" in named and "List Number" in named
    opened = reopened_fine(written(style, DocumentKind.CODE_OF_CONDUCT))
    numbered = [p for p in opened.paragraphs if p.style.name == Style.NUMBER]
    bullets = [p for p in opened.paragraphs if p.style.name == Style.BULLET]
    assert numbered and bullets
    numbering = opened.part.numbering_part.element
    num_ids = {n.get(qn("w:numId")) for n in numbering.findall(qn("w:num"))}
    style_num = opened.styles[Style.BULLET].element.pPr.find(qn("w:numPr")).find(qn("w:numId"))
    assert style_num.get(qn("w:val")) in num_ids


def test_a_template_becomes_an_ordinary_document(tmp_path: Path) -> None:
    path = house_styles.dotx(tmp_path)
    data = written(load_house_style(path))
    types = part(data, "[Content_Types].xml")
    assert DOCUMENT_MAIN in types and "template.main" not in types
    reopened_fine(data)  # python-docx refuses a template's main part: this is a document


def test_a_style_saved_by_libreoffice(tmp_path: Path) -> None:
    path = house_styles.libreoffice(tmp_path, tmp_path / "lo-profile")
    if path is None:
        pytest.skip("LibreOffice (soffice) is not installed: no LibreOffice-saved house style")
    style = load_house_style(path)
    data = written(style)
    opened = reopened_fine(data)
    assert round(opened.sections[0].page_width.cm, 1) == 21.6
    assert style.looks.body_font == "Georgia"


@pytest.mark.parametrize("kind", house_styles.HOSTILE)
def test_hostile_house_styles_are_refused(kind: str, tmp_path: Path) -> None:
    path = house_styles.hostile(tmp_path, kind)
    code = kind.removesuffix("_suffix")
    with pytest.raises(HouseStyleError) as refused:
        load_house_style(path)
    assert refused.value.problem.code == code
    assert refused.value.problem.field == "output.house_style"
    for language in Language:
        line = refused.value.problem.line(language)
        assert str(path) in line and "{" not in line


@pytest.mark.parametrize("kind", house_styles.HOSTILE)
def test_the_command_line_refuses_and_writes_nothing(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = house_styles.hostile(tmp_path, kind)
    out = tmp_path / "out"
    code = cli.run(["generate", str(EXAMPLE), "--out", str(out), "--house-style", str(path)])
    assert code == cli.EXIT_INVALID
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "output.house_style" in error[0] and str(path) in error[0]
    assert not out.exists()


def test_the_command_line_warns_of_styles_filled_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    path = house_styles.python_docx_default(tmp_path)
    out = tmp_path / "out"
    code = cli.run(["generate", str(EXAMPLE), "--out", str(out), "--house-style", str(path)])
    assert code == cli.EXIT_OK
    err = capsys.readouterr().err
    assert "waarschuwing" in err and "Policy Table" in err and str(path) in err
    assert len(list(out.glob("*.docx"))) == 4  # both documents, in both languages


def test_a_relative_house_style_is_relative_to_the_project(
    minimal_raw: dict[str, Any], tmp_path: Path
) -> None:
    folder = tmp_path / "client"
    (folder / "huisstijl").mkdir(parents=True)
    house_styles.letter_serif(folder / "huisstijl")
    minimal_raw["output"] = {"house_style": "huisstijl/letter-serif.docx"}
    project = validate_raw(minimal_raw, folder)
    assert project.output.house_style == "huisstijl/letter-serif.docx"
    with pytest.raises(ProjectError) as missing:
        validate_raw(minimal_raw, tmp_path)
    assert [p.code for p in missing.value.problems] == ["house_style_missing"]
    assert [p.field for p in missing.value.problems] == ["output.house_style"]


def test_a_changed_file_is_read_again_and_an_unchanged_one_is_not(tmp_path: Path) -> None:
    path = house_styles.python_docx_default(tmp_path)
    first = load_house_style(path)
    assert load_house_style(path) is first
    house_styles.letter_serif(tmp_path).replace(path)
    assert load_house_style(path) is not first


# --- accessible, strictly valid documents ------------------------------------------------


@pytest.mark.parametrize("with_style", [False, True], ids=["built-in", "house-style"])
@pytest.mark.parametrize("document", list(DocumentKind), ids=lambda d: d.value)
def test_pictures_titles_languages_and_headings(
    with_style: bool, document: DocumentKind, tmp_path: Path
) -> None:
    # The house style brings its own header logo: ids must stay unique with it.
    style = load_house_style(house_styles.letter_serif(tmp_path)) if with_style else None
    data = written(style, document)
    xml = [
        part(data, "word/document.xml"),
        *parts(data, "word/header"),
        *parts(data, "word/footer"),
    ]
    doc_prs = [m for text in xml for m in re.findall(r"<wp:docPr [^>]*>", text)]
    ids = [re.search(r'\bid="(\d+)"', d).group(1) for d in doc_prs]  # type: ignore[union-attr]
    assert len(doc_prs) >= 2 and len(ids) == len(set(ids)), ids
    ours = [d for d in doc_prs if 'name="Logo"' in d]
    assert ours and all('descr="Logo van Zorggroep De Linde"' in d for d in ours)
    # The house style's own pictures: described, or marked as decoration for screen readers.
    for text in xml:
        for doc_pr in re.findall(r"<wp:docPr [^>]*?(?:/>|>.*?</wp:docPr>)", text, re.S):
            assert re.search(r'descr="[^"]+"', doc_pr) or "adec:decorative" in doc_pr, doc_pr
    if with_style:
        assert any("adec:decorative" in text for text in xml)
    # Every table with a header row marks it as a header (it repeats, and is read as one).
    body = part(data, "word/document.xml")
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", body)
    assert tables and any("<w:tblHeader" in t for t in tables)
    opened = docx.Document(io.BytesIO(data))
    assert "Zorggroep De Linde" in opened.core_properties.title
    assert opened.core_properties.language == "nl-NL"
    styles = part(data, "word/styles.xml")
    assert re.search(r'<w:docDefaults>.*<w:lang [^>]*w:val="nl-NL"', styles, re.S)
    # Headings come only from heading styles: no paragraph carries its own outline level,
    # and of the styles used, only the headings have one (below 9, the body level).
    assert "<w:outlineLvl" not in body
    used = {p.style.name for p in opened.paragraphs}
    for element in opened.styles.element.findall(qn("w:style")):
        level = element.find(f"{W}pPr/{W}outlineLvl")
        style_id = element.get(qn("w:styleId"))
        shown = next(s.name for s in opened.styles if s.style_id == style_id)
        if shown in used and level is not None and level.get(qn("w:val")) != "9":
            assert shown.startswith("Heading"), shown


def test_the_preview_takes_only_plain_font_names_and_colours(tmp_path: Path) -> None:
    from wizard.content.outline import Outline
    from wizard.output.html_preview import outline_html

    document = docx.Document()
    document.styles["Normal"].font.name = "Evil'}</style><script>x</script>"
    path = tmp_path / "evil-font.docx"
    document.save(str(path))
    looks = load_house_style(path).looks
    assert not set(looks.body_font) & set("'\"{}<>;/")
    outline = build_outline(load_project(EXAMPLE), DocumentKind.CODE_OF_CONDUCT, Language.EN)
    assert isinstance(outline, Outline)
    html = outline_html(outline, looks=looks)
    assert "<script>" not in html and html.count("</style>") == 1


def test_validate_checks_the_house_style_inside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.policy.json"
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["organisation"]["logo"] = None
    raw["output"]["house_style"] = "style.docx"
    project.write_text(json.dumps(raw), encoding="utf-8")
    house_styles.python_docx_default(tmp_path).rename(tmp_path / "style.docx")
    assert cli.run(["validate", str(project)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "is valid" in out and "warning: output.house_style:" in out and "Policy Table" in out
    (tmp_path / "m").mkdir()
    macros = house_styles.hostile(tmp_path / "m", "house_style_macros")
    macros.replace(tmp_path / "style.docx")
    assert cli.run(["validate", str(project)]) == cli.EXIT_INVALID
    captured = capsys.readouterr()
    assert "is valid" not in captured.out and "macros" in captured.err


def test_the_workshop_report_takes_the_house_style(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["organisation"]["logo"] = None
    raw["output"]["house_style"] = "letter-serif.docx"
    project = tmp_path / "p.policy.json"
    project.write_text(json.dumps(raw), encoding="utf-8")
    house_styles.letter_serif(tmp_path)
    out = tmp_path / "out"
    assert cli.run(["report", str(project), "--out", str(out), "--lang", "en"]) == cli.EXIT_OK
    assert "Policy Table" in capsys.readouterr().err  # the styles it lacks, as warnings
    (report,) = out.glob("*.docx")
    data = report.read_bytes()
    assert 'w:ascii="Georgia"' in part(data, "word/styles.xml")
    assert round(docx.Document(io.BytesIO(data)).sections[0].page_width.cm, 1) == 21.6
    # A house style that cannot be used: the report is still written, on the built-in style.
    (tmp_path / "letter-serif.docx").unlink()
    code = cli.run(["report", str(project), "--out", str(out), "--lang", "en", "--force"])
    assert code == cli.EXIT_OK
    assert "does not exist" in capsys.readouterr().err
    assert 'w:ascii="Georgia"' not in part(report.read_bytes(), "word/styles.xml")


def test_header_text_loses_exactly_what_xml_cannot_hold() -> None:
    """The filter for header and footer text names the characters it removes (it compiles
    faster so); it removes exactly those outside XML 1.0's characters, and returns."""
    from wizard.output.house_style import _TEXT

    every = "".join(chr(code) for code in range(0x110000))
    allowed = re.compile(r"[\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    assert _TEXT.sub("", every) == "".join(allowed.findall(every))

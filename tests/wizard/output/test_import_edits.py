"""Edits made in Word (python-docx, tracked changes, LibreOffice) come back as clause edits."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from tests.conftest import EXAMPLES, soffice_convert
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import load_project
from wizard.cli import run
from wizard.content.clause_states import clause_states, edit_project
from wizard.content.clauses import CLAUSES
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes
from wizard.output.import_edits import ImportRefused, import_edits
from wizard.output.marks import NAME_LIMIT, clause_mark, read_clause_mark

NL, EN = Language.NL, Language.EN
CODE, ICT = DocumentKind.CODE_OF_CONDUCT, DocumentKind.ICT_POLICY
LINDE = next(p for p in EXAMPLES if "linde" in p.name)


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    for source in LINDE.parent.glob("de-linde*"):
        shutil.copy(source, tmp_path / source.name)
    return tmp_path / LINDE.name


def written(project: Project, document: DocumentKind = CODE, language: Language = NL) -> bytes:
    return document_bytes(build_outline(project, document, language))


def opened(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def clause_paragraphs(document: Any, clause_id: str) -> list[Any]:
    """The body's paragraphs from the clause's mark up to the next mark or heading."""
    from docx.text.paragraph import Paragraph

    found: list[Any] = []
    inside = False
    pending: list[str] = []
    for element in document.element.body:
        if element.tag == qn("w:bookmarkStart"):
            pending.append(element.get(qn("w:name")))
            continue
        if element.tag != qn("w:p"):
            continue
        names = pending + [b.get(qn("w:name")) for b in element.iter(qn("w:bookmarkStart"))]
        pending = []
        paragraph = Paragraph(element, document._body)
        marks = [m for m in map(read_clause_mark, names) if m is not None]
        if marks:
            inside = marks[0].clause_id == clause_id
        elif paragraph.style.name.startswith("Heading 1"):
            inside = False
        if inside:
            found.append(paragraph)
    return found


def delete_clause(document: Any, clause_id: str) -> None:
    """As Word deletes a clause: its text and the bookmark around it; a closing
    subheading, which heads the next clauses, stays."""
    paragraphs = clause_paragraphs(document, clause_id)
    for paragraph in paragraphs:
        if paragraph.style.name != "Heading 2" or paragraph is paragraphs[0]:
            paragraph._p.getparent().remove(paragraph._p)
    for mark in [*document.element.body.iter(qn("w:bookmarkStart"))]:
        found = read_clause_mark(mark.get(qn("w:name")))
        if found is not None and found.clause_id == clause_id:
            ends = document.element.body.iter(qn("w:bookmarkEnd"))
            end = next(e for e in ends if e.get(qn("w:id")) == mark.get(qn("w:id")))
            mark.getparent().remove(mark)
            end.getparent().remove(end)


# --- the marks ------------------------------------------------------------------------------


def test_every_clause_mark_is_a_legal_hidden_bookmark_name_that_reads_back() -> None:
    names = {clause_id: clause_mark(clause_id, "some text") for clause_id in CLAUSES}
    assert len(set(names.values())) == len(names)
    for clause_id, name in names.items():
        assert len(name) <= NAME_LIMIT and name.startswith("_")
        assert name.replace("_", "").isalnum()
        mark = read_clause_mark(name)
        assert mark is not None and mark.clause_id == clause_id and mark.unchanged("some text")
    assert read_clause_mark("_Toc123456789") is None and read_clause_mark("_GoBack") is None


def test_the_document_names_its_language_and_organisation() -> None:
    project = load_project(LINDE)
    states = {s.id for s in clause_states(project, ICT, EN)}
    document = opened(written(project, ICT, EN))
    names = [b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))]
    assert names[0].startswith("_pbdoc_ict_policy_en_")
    marked = {m.clause_id for m in map(read_clause_mark, names) if m is not None}
    assert marked == states
    assert document.core_properties.language == "en-GB"
    # The marks are invisible: no text was added.
    assert "_pbdoc" not in "\n".join(p.text for p in document.paragraphs)


# --- round trips ----------------------------------------------------------------------------


def test_the_unedited_document_changes_nothing() -> None:
    project = load_project(LINDE)
    for document in DocumentKind:
        for language in Language:
            result = import_edits(project, written(project, document, language))
            assert not result.any_change and not result.missing and not result.outside
            assert not result.tables
            assert result.project is project


def test_a_document_with_edits_and_a_left_out_clause_reads_back_unchanged() -> None:
    project = edit_project(load_project(LINDE), "measures.account_table", NL, None, omit=True)
    project = edit_project(project, "measures.register", NL, "**Register.** Eigen.\n\n- a\n- b")
    project = edit_project(project, "measures.incident_steps", NL, "Stappen:\n\n1. een\n2. twee")
    result = import_edits(project, written(project, ICT, NL))
    assert not result.any_change and not result.missing and not result.outside
    assert not result.tables


def test_an_edit_made_with_python_docx_becomes_a_clause_edit() -> None:
    project = load_project(LINDE)
    document = opened(written(project))
    first = clause_paragraphs(document, "respect.tone")[0]
    for later in first.runs[1:]:
        later.text = ""
    first.runs[0].text = "Wees vriendelijk en eerlijk, ook als je het oneens bent."
    bullet = first.insert_paragraph_before("Eerst dit.", style="List Bullet")
    bullet._p.getparent().remove(bullet._p)
    # After the clause's only paragraph, outside its bookmark: text typed after a
    # clause belongs to it.
    first._p.addnext(bullet._p)
    result = import_edits(project, saved(document))
    assert result.changed == ["respect.tone"] and result.language is NL
    edit = result.project.clauses["respect.tone"]
    assert edit.nl is not None and edit.en is None
    assert edit.nl.startswith(
        "Wees vriendelijk en eerlijk, ook als je het oneens bent.\n\n- Eerst dit."
    )
    state = next(s for s in clause_states(result.project, CODE, NL) if s.id == "respect.tone")
    assert not state.out_of_date and state.replaced == state.generated
    # Importing the same document again changes nothing more.
    again = import_edits(result.project, saved(document))
    assert not again.any_change


def test_a_lead_and_numbered_items_read_back_as_written() -> None:
    project = load_project(LINDE)
    document = opened(written(project, ICT, NL))
    register = clause_paragraphs(document, "measures.register")[0]
    register.runs[-1].text = register.runs[-1].text.replace("elk kwartaal", "elke maand")
    steps = clause_paragraphs(document, "measures.incident_steps")
    steps[-1].runs[-1].text += " Dat leggen we vast."
    result = import_edits(project, saved(document))
    assert sorted(result.changed) == ["measures.incident_steps", "measures.register"]
    register_text = result.project.clauses["measures.register"].nl or ""
    assert register_text.startswith("**Accountregister.** ") and "elke maand" in register_text
    steps_text = result.project.clauses["measures.incident_steps"].nl or ""
    assert "\n\n1. " in steps_text and "\n2. " in steps_text and "Dat leggen we vast." in steps_text


def _tracked(document: Any, clause_id: str) -> None:
    """A tracked deletion of the paragraph's first run and a tracked insertion after it."""
    paragraph = clause_paragraphs(document, clause_id)[0]
    first = paragraph.runs[0]._r
    deletion = paragraph._p.makeelement(qn("w:del"), {qn("w:id"): "901", qn("w:author"): "HR"})
    first.addprevious(deletion)
    deletion.append(first)
    for text in first.iter(qn("w:t")):
        text.tag = qn("w:delText")
    insertion = paragraph._p.makeelement(qn("w:ins"), {qn("w:id"): "902", qn("w:author"): "HR"})
    run = paragraph._p.makeelement(qn("w:r"), {})
    text = paragraph._p.makeelement(qn("w:t"), {})
    text.text = "Ingevoegd door HR. "
    run.append(text)
    insertion.append(run)
    deletion.addnext(insertion)


def test_a_changed_table_is_reported_not_taken_over() -> None:
    project = load_project(LINDE)
    document = opened(written(project, ICT, NL))
    cell = document.tables[0].rows[1].cells[1].paragraphs[0]
    cell.runs[0].text = "Z"
    result = import_edits(project, saved(document))
    assert result.tables == ["roles.raci"] and not result.any_change


def test_tracked_changes_are_read_as_accepted() -> None:
    project = load_project(LINDE)
    document = opened(written(project))
    paragraph = clause_paragraphs(document, "respect.tone")[0]
    deleted_text = paragraph.runs[0].text
    _tracked(document, "respect.tone")
    result = import_edits(project, saved(document))
    assert result.changed == ["respect.tone"]
    text = result.project.clauses["respect.tone"].nl or ""
    assert text.startswith("Ingevoegd door HR.")
    assert deleted_text.strip()[:30] not in text


def test_a_deleted_clause_and_text_outside_the_clauses_are_reported_not_lost() -> None:
    project = load_project(LINDE)
    document = opened(written(project))
    delete_clause(document, "respect.mistakes")
    heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    added = document.add_paragraph("Een alinea buiten elke clausule.")
    heading._p.addnext(added._p)
    document.add_paragraph("Nieuw hoofdstuk", style="Heading 1")
    document.add_paragraph("Tekst in een nieuw hoofdstuk.")
    result = import_edits(project, saved(document))
    assert "respect.mistakes" in result.missing
    assert "respect.mistakes" not in result.project.clauses
    assert result.outside == [
        "Een alinea buiten elke clausule.",
        "Nieuw hoofdstuk",
        "Tekst in een nieuw hoofdstuk.",
    ]
    assert not result.any_change


def test_a_clause_whose_text_was_deleted_but_not_its_mark_is_reported() -> None:
    project = load_project(LINDE)
    document = opened(written(project))
    for paragraph in clause_paragraphs(document, "respect.mistakes"):
        paragraph._p.getparent().remove(paragraph._p)
    result = import_edits(project, saved(document))
    assert result.emptied == ["respect.mistakes"] and not result.missing
    assert not result.any_change


def test_a_document_of_another_organisation_or_not_ours_is_refused() -> None:
    project = load_project(LINDE)
    other = project.model_copy(deep=True)
    other.organisation.name = "Bakkerij Van Dijk"
    with pytest.raises(ImportRefused) as refused:
        import_edits(other, written(project))
    assert refused.value.code == "other_organisation"
    assert "Bakkerij Van Dijk" in refused.value.message(NL)
    plain = docx.Document()
    plain.add_paragraph("Een gewone brief.")
    with pytest.raises(ImportRefused) as refused:
        import_edits(project, saved(plain))
    assert refused.value.code == "not_ours"
    with pytest.raises(ImportRefused) as refused:
        import_edits(project, b"%PDF-1.7 not a word file")
    assert refused.value.code == "not_docx"


def _repacked(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, content if item.filename == name else source.read(item))
    return buffer.getvalue()


def test_hostile_documents_are_refused() -> None:
    project = load_project(LINDE)
    data = written(project)
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    hostile = _repacked(data, "word/document.xml", entity + body[body.index(b"<w:document") :])
    with pytest.raises(ImportRefused) as refused:
        import_edits(project, hostile)
    assert refused.value.code == "damaged"
    bomb = _repacked(data, "word/document.xml", b"<a>" + b" " * (30 * 1024 * 1024) + b"</a>")
    with pytest.raises(ImportRefused) as refused:
        import_edits(project, bomb)
    assert refused.value.code == "too_large"
    broken = _repacked(data, "word/document.xml", b"<w:document><unclosed>")
    with pytest.raises(ImportRefused) as refused:
        import_edits(project, broken)
    assert refused.value.code == "damaged"


def test_an_old_document_is_not_taken_for_an_edit_when_the_answers_changed() -> None:
    """The marks remember the text as written: a changed answer is no edit in Word."""
    project = load_project(LINDE)
    data = written(project, ICT, NL)
    changed = project.model_copy(deep=True)
    changed.governance.communications_owner = "Karin Smit (communicatie)"
    result = import_edits(changed, data)
    assert not result.any_change


def test_an_edit_already_in_the_project_is_kept_when_its_document_is_imported() -> None:
    project = edit_project(load_project(LINDE), "respect.tone", NL, "Wees aardig.")
    result = import_edits(project, written(project))
    assert not result.any_change


# --- LibreOffice -----------------------------------------------------------------------------


def _through_libreoffice(data: bytes, folder: Path) -> bytes:
    source = folder / "edited.docx"
    source.write_bytes(data)
    out = folder / "lo"
    soffice_convert([source], out, "docx", timeout=240)
    return (out / "edited.docx").read_bytes()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_document_saved_again_by_libreoffice_reads_back(tmp_path: Path) -> None:
    project = load_project(LINDE)
    document = opened(written(project, ICT, NL))
    paragraph = clause_paragraphs(document, "measures.offboarding")[0]
    paragraph.runs[-1].text += " Dat controleert ICT dezelfde dag."
    delete_clause(document, "measures.recruitment")
    data = _through_libreoffice(saved(document), tmp_path)
    result = import_edits(project, data)
    assert result.changed == ["measures.offboarding"]
    assert "Dat controleert ICT dezelfde dag." in (
        result.project.clauses["measures.offboarding"].nl or ""
    )
    assert result.missing == ["measures.recruitment"]
    assert result.outside == [] and result.tables == []
    # Unedited, through LibreOffice: nothing changes.
    plain = _through_libreoffice(written(project, CODE, EN), tmp_path)
    unchanged = import_edits(project, plain)
    assert not unchanged.any_change and not unchanged.outside and not unchanged.missing
    assert not unchanged.tables
    # A project with edits (bullets, a lead) and a clause left out, likewise.
    edited = edit_project(project, "measures.account_table", NL, None, omit=True)
    edited = edit_project(edited, "measures.register", NL, "**Register.** Eigen.\n\n- a\n- b")
    again = import_edits(edited, _through_libreoffice(written(edited, ICT, NL), tmp_path))
    assert not again.any_change and not again.outside and not again.missing and not again.tables


# --- the command --------------------------------------------------------------------------------


def test_import_edits_command_keeps_a_backup_and_writes_only_on_change(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = load_project(project_file)
    plain = tmp_path / "plain.docx"
    plain.write_bytes(written(project))
    before = project_file.read_bytes()
    assert run(["import-edits", str(project_file), str(plain)]) == 0
    assert project_file.read_bytes() == before
    assert not project_file.with_name(project_file.name + ".bak").exists()
    assert "No clauses changed" in capsys.readouterr().out

    document = opened(written(project))
    clause_paragraphs(document, "respect.tone")[0].runs[0].text = "Eigen woorden. "
    edited = tmp_path / "edited.docx"
    edited.write_bytes(saved(document))
    assert run(["import-edits", str(project_file), str(edited)]) == 0
    out = capsys.readouterr().out
    assert "respect.tone (Tone and respect)" in out
    assert project_file.with_name(project_file.name + ".bak").read_bytes() == before
    stored = json.loads(project_file.read_text(encoding="utf-8"))["clauses"]["respect.tone"]
    assert stored["nl"].startswith("Eigen woorden.") and stored["based_on"]["nl"]


def test_import_edits_command_refuses_clearly(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("just text", encoding="utf-8")
    before = project_file.read_bytes()
    assert run(["import-edits", str(project_file), str(text)]) == 2
    err = capsys.readouterr().err
    assert "notes.docx" in err and "not a Word document" in err and "Traceback" not in err
    assert run(["import-edits", str(project_file), str(tmp_path / "missing.docx")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert project_file.read_bytes() == before


def test_clauses_command_lists_titles_and_marks(
    project_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = edit_project(load_project(project_file), "respect.tone", NL, "Wees aardig.")
    project = edit_project(project, "measures.register", NL, None, omit=True)
    from wizard.answers.project_file import save_project

    save_project(project, project_file)
    assert run(["clauses", str(project_file), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "respect.tone" in out and "Toon en respect [aangepast]" in out
    assert "Accountregister [weggelaten]" in out
    assert "document.control" in out and "niet te bewerken" in out
    assert run(["clauses", str(project_file), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Tone and respect [edited in Dutch only]" in out
    # Every registered clause is listed, also those these answers leave out.
    listed = {line.split()[0] for line in out.splitlines() if line.startswith("    ")}
    assert listed == set(CLAUSES)
    bad = project_file.with_name("bad.policy.json")
    bad.write_text("{", encoding="utf-8")
    assert run(["clauses", str(bad)]) == 2
    assert run(["clauses", str(project_file), "--lang", "de"]) == 2


@pytest.mark.parametrize("make", ["letter_serif", "without_list_styles"])
def test_a_document_on_a_house_style_reads_back(make: str, tmp_path: Path) -> None:
    from tests.wizard.output import house_styles
    from wizard.output.house_style import load_house_style

    style = load_house_style(getattr(house_styles, make)(tmp_path))
    project = load_project(LINDE)
    data = document_bytes(build_outline(project, ICT, NL), None, style)
    result = import_edits(project, data)
    assert not result.any_change and not result.missing and not result.outside
    assert not result.tables
    document = opened(data)
    steps = clause_paragraphs(document, "measures.incident_steps")
    steps[-1].runs[-1].text += " Dat leggen we vast."
    changed = import_edits(project, saved(document))
    assert changed.changed == ["measures.incident_steps"]
    text = changed.project.clauses["measures.incident_steps"].nl or ""
    assert "\n\n1. " in text and "\n2. " in text and text.endswith("Dat leggen we vast.")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_round_trip_through_odt_without_edits_reports_nothing(tmp_path: Path) -> None:
    """docx → odt → docx in LibreOffice loses the mark before the document-control table;
    its cells are the program's own text, not text outside the clauses."""
    from wizard.answers.versions import issued_version

    project = load_project(LINDE)
    entry = issued_version(project.answers_snapshot(), {}, "1.0", summary=None, approved_by=None)
    project = Project.model_validate({**project.model_dump(mode="json"), "history": [entry]})
    for document, language in ((CODE, NL), (ICT, EN)):
        source = tmp_path / f"{document.value}-{language.value}.docx"
        source.write_bytes(written(project, document, language))
        soffice_convert([source], tmp_path / "odt", "odt", timeout=240)
        soffice_convert(
            [tmp_path / "odt" / source.with_suffix(".odt").name], tmp_path / "back", "docx"
        )
        result = import_edits(project, (tmp_path / "back" / source.name).read_bytes())
        assert result.outside == [], (document, language)
        assert not result.any_change and not result.missing and not result.tables


# --- the same hardening as house styles (wizard.output.office_zip) ------------------------------


def test_a_clause_over_the_limit_is_a_clear_message(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wizard.answers.model import BLOCK_LIMIT

    project = load_project(project_file)
    document = opened(written(project))
    clause_paragraphs(document, "respect.tone")[0].runs[0].text = "Lang. " * 4000
    edited = tmp_path / "long.docx"
    edited.write_bytes(saved(document))
    before = project_file.read_bytes()
    assert run(["import-edits", str(project_file), str(edited)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(edited) in err
    assert "respect.tone (Tone and respect)" in err and f"at most {BLOCK_LIMIT}" in err
    assert project_file.read_bytes() == before
    assert not project_file.with_name(project_file.name + ".bak").exists()
    with pytest.raises(ImportRefused) as refused:
        import_edits(project, edited.read_bytes())
    assert "Lang" not in refused.value.message(NL) and "tekens" in refused.value.message(NL)


def _added(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item))
        target.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "customXml/item9.xml",
            '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e SYSTEM '
            '"file:///etc/passwd">]><x>&e;</x>'.encode("utf-16"),
        ),
        ("word/notes.bin", b'<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'),
        (
            "word/media/odd.dat",
            '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"><x/>'.encode("utf-16-le"),
        ),
    ],
    ids=["UTF-16 part", "part not named .xml", "UTF-16 without a byte-order mark"],
)
def test_a_dtd_in_any_part_is_refused(name: str, content: bytes) -> None:
    project = load_project(LINDE)
    with pytest.raises(ImportRefused) as refused:
        import_edits(project, _added(written(project), name, content))
    assert refused.value.code == "damaged" and "DTD" in refused.value.message(EN)


def test_a_utf16_document_reads_back() -> None:
    project = load_project(LINDE)
    data = written(project)
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    body = body.replace("encoding='UTF-8'", "encoding='UTF-16'")
    result = import_edits(project, _repacked(data, "word/document.xml", body.encode("utf-16")))
    assert not result.any_change and not result.missing


IMPORT_CHILD = """
import json, resource, sys
from pathlib import Path
from wizard.answers.project_file import load_project
from wizard.output.import_edits import ImportRefused, import_edits
outcome = "read"
try:
    import_edits(load_project(Path(sys.argv[1])), Path(sys.argv[2]).read_bytes())
except ImportRefused as refused:
    outcome = refused.code
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"outcome": outcome, "peak_mb": peak_mb(),
                  "cpu_s": usage.ru_utime + usage.ru_stime}))
"""


def test_the_worst_document_within_the_limits_needs_little_memory(tmp_path: Path) -> None:
    """Text, styles and numbering each of as many elements as the limits let through."""
    import subprocess
    import sys

    from wizard.output.import_edits import LIMITS

    project = load_project(LINDE)
    data = written(project)
    members = {
        n: zipfile.ZipFile(io.BytesIO(data)).read(n)
        for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
    }
    count = LIMITS.elements - 20_000
    fill = "".join(f'<w:b w:val="{(i * 7919) % 99991:05d}"/>' for i in range(count))
    body = members["word/document.xml"].decode()
    members["word/document.xml"] = body.replace(
        "<w:body>", f"<w:body><w:p><w:r><w:rPr>{fill}</w:rPr></w:r></w:p>", 1
    ).encode()
    styles = members["word/styles.xml"].decode()
    members["word/styles.xml"] = styles.replace(
        "</w:styles>", f'<w:style w:styleId="Fill"><w:rPr>{fill}</w:rPr></w:style></w:styles>'
    ).encode()
    path = tmp_path / "worst.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    from tests.conftest import ROOT
    from tests.wizard.output.crafted import PEAK_MEMORY

    result = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY + IMPORT_CHILD, str(LINDE), str(path)],
        capture_output=True, text=True, timeout=300, cwd=ROOT, check=True,
    )  # fmt: skip
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["outcome"] == "read", figures  # within the limits: read, not refused
    assert figures["peak_mb"] <= 300, figures
    assert figures["cpu_s"] <= 10, figures


def test_non_breaking_spaces_and_hyphens_read_back_as_plain_ones() -> None:
    """The writer joins references with U+00A0 and U+2011; LibreOffice saves the hyphen
    as Word's <w:noBreakHyphen/>. Neither counts as an edit."""
    project = load_project(LINDE)
    data = written(project, ICT, NL)
    source = zipfile.ZipFile(io.BytesIO(data))
    xml = source.read("word/document.xml").decode("utf-8")
    assert "\u2011" in xml and "\u00a0" in xml
    xml = xml.replace("\u2011", '</w:t></w:r><w:r><w:noBreakHyphen/><w:t xml:space="preserve">')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            body = xml.encode("utf-8") if item.filename == "word/document.xml" else None
            target.writestr(item, body if body is not None else source.read(item.filename))
    result = import_edits(project, buffer.getvalue())
    assert not result.any_change and not result.outside and not result.missing

"""The redline: a Word document with tracked changes between two versions' documents.

Accept all in LibreOffice must give the newer document's text and Reject all the older
one's; the marks carry the program as author and the program's clock as date.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tests.conftest import EXAMPLES
from tests.tracked_changes import LibreOfficeText
from wizard import cli
from wizard.answers.model import DocumentKind, Language, Project
from wizard.answers.project_file import load_project, validate_raw
from wizard.answers.versions import as_issued, issued_version
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes
from wizard.output.redline import AUTHOR, redline, tracked_changes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LINDE = next(p for p in EXAMPLES if p.name.startswith("de-linde"))
WHEN = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)


def linde(tmp_path: Path) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(LINDE.read_text(encoding="utf-8"))
    shutil.copy(LINDE.parent / raw["organisation"]["logo"], tmp_path)
    return raw


def save(path: Path, raw: dict[str, Any]) -> Path:
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def changed(raw: dict[str, Any]) -> dict[str, Any]:
    """A next version: a channel gone, a practice changed, a clause rewritten."""
    new = json.loads(json.dumps(raw))
    new["organisation"]["version"] = "1.1"
    new["channels"] = new["channels"][:-1]
    new["behaviour"]["monitoring"] = "none"
    new["markets"]["webcare"] = not new["markets"].get("webcare", False)
    new["technical"]["mfa"] = False
    plan = new["governance"]["plan"]
    plan[1]["owner"] = "Piet Jansen"
    plan[2]["due"] = "2027-06-30"
    new["governance"]["plan"] = plan[:-1]
    new["clauses"] = {
        "respect.tone": {
            "nl": "Wees vriendelijk.\n\nBlijf beleefd, ook als anderen dat niet zijn.",
            "en": "Be kind.\n\nStay polite, even when others are not.",
        }
    }
    return new


def body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")


def written(project: Project, document: DocumentKind, language: Language) -> bytes:
    return document_bytes(build_outline(project, document, language))


def test_the_same_document_has_no_tracked_changes(tmp_path: Path) -> None:
    project = validate_raw(linde(tmp_path), tmp_path)
    data = written(project, DocumentKind.CODE_OF_CONDUCT, Language.NL)
    assert tracked_changes(redline(data, data, WHEN)) == (0, 0)


def test_marks_name_the_program_and_the_clock_and_words_change_inside_a_paragraph(
    tmp_path: Path,
) -> None:
    raw = linde(tmp_path)
    old = validate_raw(raw, tmp_path)
    new = validate_raw(changed(raw), tmp_path)
    data = redline(
        written(old, DocumentKind.CODE_OF_CONDUCT, Language.EN),
        written(new, DocumentKind.CODE_OF_CONDUCT, Language.EN),
        WHEN,
    )
    root = body(data)
    marks = [*root.iter(f"{W}ins"), *root.iter(f"{W}del")]
    assert marks
    assert {m.get(f"{W}author") for m in marks} == {AUTHOR}
    assert {m.get(f"{W}date") for m in marks} == {"2026-11-16T09:30:00Z"}
    ids = [m.get(f"{W}id") for m in root.iter(f"{W}ins", f"{W}del", f"{W}pPrChange")]
    assert len(ids) == len(set(ids))
    # Word level: the cover's version line keeps its label and changes only the number.
    cover = next(p for p in root.iter(f"{W}p") if "Version: " in "".join(p.itertext()))
    kept = "".join(t.text or "" for r in cover.findall(f"{W}r") for t in r.iter(f"{W}t"))
    assert kept.startswith("Version: 1.")
    assert [t.text for t in cover.iter(f"{W}delText")] == ["0"]
    assert [t.text for t in cover.find(f"{W}ins").iter(f"{W}t")] == ["1"]
    # A whole paragraph added: its words and its end are insertions.
    added = next(p for p in root.iter(f"{W}p") if "Be kind." in "".join(p.itertext()))
    assert added.find(f"{W}pPr/{W}rPr/{W}ins") is not None
    assert added.findall(f"{W}r") == []
    # Removed text is kept as deleted text, never as ordinary text.
    removed = [t.text for t in root.iter(f"{W}delText")]
    assert any("discrimination" in (t or "") for t in removed)


def test_a_changed_table_row_changes_word_by_word_and_a_removed_row_is_marked(
    tmp_path: Path,
) -> None:
    raw = linde(tmp_path)
    old = validate_raw(raw, tmp_path)
    new = validate_raw(changed(raw), tmp_path)
    data = redline(
        written(old, DocumentKind.ICT_POLICY, Language.EN),
        written(new, DocumentKind.ICT_POLICY, Language.EN),
        WHEN,
    )
    root = body(data)
    rows_removed = root.findall(f".//{W}tr/{W}trPr/{W}del")
    assert rows_removed, "the last plan step's row is marked as removed"
    owner = next(tr for tr in root.iter(f"{W}tr") if "Piet Jansen" in "".join(tr.itertext()))
    assert owner.find(f"{W}trPr/{W}ins") is None, "a changed row is not a new row"
    inserted = "".join(t.text or "" for ins in owner.iter(f"{W}ins") for t in ins.iter(f"{W}t"))
    assert "Piet" in inserted, "the new owner's name is inserted"
    kept = "".join(t.text or "" for t in owner.iter(f"{W}t"))
    assert "Piet Jansen" in kept and "Piet Jansen" not in inserted, "word by word"


needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> LibreOfficeText:
    return LibreOfficeText(tmp_path_factory.mktemp("lo-profile"))


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


@needs_libreoffice
@pytest.mark.parametrize(
    ("document", "language", "since_issued"),
    [
        (DocumentKind.CODE_OF_CONDUCT, Language.NL, False),
        (DocumentKind.ICT_POLICY, Language.EN, True),
    ],
    ids=["two-files-code-nl", "since-issued-ict-en"],
)
def test_accept_all_gives_the_new_text_and_reject_all_the_old(
    tmp_path: Path,
    libreoffice: LibreOfficeText,
    document: DocumentKind,
    language: Language,
    since_issued: bool,
) -> None:
    raw = linde(tmp_path)
    new_raw = changed(raw)
    out = tmp_path / "redline.docx"
    if since_issued:
        sections = {k: raw[k] for k in raw if k not in ("schema_version", "clauses")}
        new_raw["history"] = [issued_version(sections, {}, "1.0", summary=None, approved_by=None)]
        new_path = save(tmp_path / "linde.policy.json", new_raw)
        old = validate_raw(as_issued(json.loads(new_path.read_text())), tmp_path)
        args = [str(new_path)]
    else:
        old_path = save(tmp_path / "old.policy.json", raw)
        new_path = save(tmp_path / "new.policy.json", new_raw)
        old = load_project(old_path)
        args = [str(old_path), str(new_path)]
    new = load_project(new_path)
    code = cli.run(
        ["redline", *args, "--out", str(out), "--doc", document.value, "--lang", language.value]
    )
    assert code == 0
    logo = tmp_path / raw["organisation"]["logo"]
    (tmp_path / "old.docx").write_bytes(
        document_bytes(build_outline(old, document, language), logo)
    )
    (tmp_path / "new.docx").write_bytes(
        document_bytes(build_outline(new, document, language), logo)
    )
    accepted = lines(libreoffice.text(out, "accept"))
    rejected = lines(libreoffice.text(out, "reject"))
    assert accepted == lines(libreoffice.text(tmp_path / "new.docx", "as_is"))
    assert rejected == lines(libreoffice.text(tmp_path / "old.docx", "as_is"))
    assert accepted != rejected


def run(argv: list[str]) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run(argv, stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_one_project_without_an_issued_version_is_refused(tmp_path: Path) -> None:
    path = save(tmp_path / "linde.policy.json", linde(tmp_path))
    code, _, stderr = run(["redline", str(path), "--out", str(tmp_path / "r.docx")])
    assert code == 2
    assert "no issued version" in stderr or "geen uitgegeven versie" in stderr
    assert not (tmp_path / "r.docx").exists()


def test_an_existing_file_is_kept_without_force_and_a_non_docx_name_is_refused(
    tmp_path: Path,
) -> None:
    raw = linde(tmp_path)
    old = save(tmp_path / "old.policy.json", raw)
    new = save(tmp_path / "new.policy.json", changed(raw))
    out = tmp_path / "r.docx"
    out.write_bytes(b"mine")
    code, _, stderr = run(["redline", str(old), str(new), "--out", str(out)])
    assert code == 2 and str(out) in stderr
    assert out.read_bytes() == b"mine"
    code, stdout, _ = run(["redline", str(old), str(new), "--out", str(out), "--force"])
    assert code == 0 and out.read_bytes().startswith(b"PK")
    assert "r.docx" in stdout and "insertions and" in stdout and "deletions" in stdout
    code, _, stderr = run(["redline", str(old), str(new), "--out", str(tmp_path / "r.pdf")])
    assert code == 2 and ".docx" in stderr
    assert not (tmp_path / "r.pdf").exists()


def test_a_broken_newer_file_is_named_by_itself(tmp_path: Path) -> None:
    old = save(tmp_path / "old.policy.json", linde(tmp_path))
    broken = tmp_path / "new.policy.json"
    broken.write_text("[]", encoding="utf-8")
    code, _, stderr = run(["redline", str(old), str(broken), "--out", str(tmp_path / "r.docx")])
    assert code == 2 and stderr.startswith(str(broken))
    assert not (tmp_path / "r.docx").exists()


def test_a_broken_older_file_is_named_with_exit_2(tmp_path: Path) -> None:
    raw = linde(tmp_path)
    broken = tmp_path / "old.policy.json"
    broken.write_text("{not json", encoding="utf-8")
    new = save(tmp_path / "new.policy.json", changed(raw))
    out = tmp_path / "r.docx"
    code, _, stderr = run(["redline", str(broken), str(new), "--out", str(out)])
    assert code == 2 and "old.policy.json" in stderr
    assert not out.exists()


def test_a_list_item_that_only_moved_to_the_end_of_its_list_has_no_property_change(
    tmp_path: Path,
) -> None:
    # Without two-step verification the plan's list is shorter, so its consent step now
    # keeps with the next line (pagination), and without monitoring its words change: the
    # redline marks the words, never the pagination as a change of properties (Reject All
    # in LibreOffice then dropped the item's bullet).
    raw = linde(tmp_path)
    new_raw = changed(raw)
    data = redline(
        written(validate_raw(raw, tmp_path), DocumentKind.ICT_POLICY, Language.EN),
        written(validate_raw(new_raw, tmp_path), DocumentKind.ICT_POLICY, Language.EN),
        WHEN,
    )
    item = next(
        p for p in body(data).iter(f"{W}p") if "ask the works council" in "".join(p.itertext())
    )
    assert item.find(f"{W}pPr/{W}pPrChange") is None
    assert item.find(f".//{W}del") is not None  # "and the monitoring" is deleted

"""Hostile text and generated projects never produce a broken document.

Hypothesis generates valid projects with every enum value and random Unicode in every
text field: emoji, right-to-left scripts, CJK, control characters, texts of 10,000
characters, and the markup of Jinja, XML and CDATA. Each exports, in both languages,
to documents whose zip is intact, whose XML is well-formed, that python-docx re-opens,
and that carry the organisation's name.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.conftest import soffice_to_pdf
from tests.reliability import record
from wizard.answers.model import (
    AfterHours,
    BaselineItem,
    Byod,
    ChannelId,
    Classification,
    CriticismRoute,
    DocumentKind,
    EmployeePosting,
    Framework,
    GenerativeAI,
    Goal,
    Jurisdiction,
    Language,
    Monitoring,
    PersonalData,
    Photos,
    PlanStepId,
    PrivateUse,
    Sanctions,
    Sector,
    Segment,
    SensitiveInfo,
    Separation,
    Size,
    Spokespersons,
    Style,
    Training,
)
from wizard.answers.project_file import validate_raw
from wizard.content.clauses import CLAUSES
from wizard.content.outline import outline_text
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes
from wizard.output.export import document_file_name
from wizard.sanitise import one_line

HOSTILE = [
    "{{ 7*7 }}",
    "{% if %}",
    "<w:p>",
    "]]>",
    "&amp;",
    "| @row",
    "- **x**",
    "\x00\x1b",
    "\ud800",
]
SCRIPTS = ["مرحبا بالعالم", "שלום עולם", "漢字かなカナ", "한국어", "👩‍💻🎉", "Ωμέγα", "Zoë & Café"]

words = st.one_of(
    st.text(
        min_size=1, max_size=40
    ),  # any code point hypothesis likes, control characters included
    st.sampled_from(HOSTILE + SCRIPTS),
)
text = st.lists(words, min_size=1, max_size=6).map(" ".join)


def long_text(limit: int) -> st.SearchStrategy[str]:
    return st.builds(
        lambda piece: (piece * limit)[:limit], st.sampled_from([*SCRIPTS, "a b ", "{{ x }} "])
    )


# LibreOffice needs minutes to lay out many 10,000-character runs of CJK without a break
# (Word does not); the PDF sample therefore keeps long answers to 1,000 characters.
answer = st.one_of(text, text, text, long_text(10_000))
pdf_answer = st.one_of(text, text, text, long_text(1_000))


def required(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # A required answer must keep at least one character after cleaning.
    return strategy.map(lambda value: value if one_line(value) else f"x{value}")


def enum(kind: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in kind])


def enum_set(kind: Any, *, at_least_one: bool = False) -> st.SearchStrategy[list[str]]:
    return st.lists(enum(kind), min_size=1 if at_least_one else 0, unique=True)


@st.composite
def channels(draw: st.DrawFn, answer: st.SearchStrategy[str] = answer) -> list[dict[str, Any]]:
    ids = draw(st.lists(enum(ChannelId), min_size=1, max_size=len(ChannelId), unique=True))
    result = []
    for channel_id in ids:
        official = draw(st.booleans())
        result.append(
            {
                "id": channel_id,
                "label": draw(required(answer))
                if channel_id == "other"
                else draw(st.one_of(st.none(), text)),
                "official_account": official,
                "manager": draw(required(answer)) if official else None,
                "employee_posting": draw(enum(EmployeePosting)),
            }
        )
    return result


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)).map(date.isoformat)


@st.composite
def projects(draw: st.DrawFn, answer: st.SearchStrategy[str] = answer) -> dict[str, Any]:
    steps = draw(st.lists(enum(PlanStepId), unique=True))
    return {
        "schema_version": 1,
        "organisation": {
            "name": draw(required(text.map(lambda t: t[:110]))),
            "sector": draw(enum(Sector)),
            "size": draw(enum(Size)),
            "jurisdiction": draw(enum(Jurisdiction)),
            "style": draw(enum(Style)),
            "policy_owner": {
                "name": draw(st.one_of(st.none(), answer)),
                "role": draw(required(answer)),
                "email": draw(st.one_of(st.none(), st.just("owner@example.org"))),
            },
            "effective_date": draw(dates),
            "version": draw(required(st.text(min_size=1, max_size=15))),
            "review_months": draw(st.integers(3, 36)),
        },
        "channels": draw(channels(answer)),
        "markets": {
            "segments": draw(enum_set(Segment, at_least_one=True)),
            "goals": draw(enum_set(Goal)),
            "ambassadors": draw(st.booleans()),
            "webcare": draw(st.booleans()),
            "webcare_response_hours": draw(st.integers(1, 168)),
        },
        "confidentiality": {
            "framework": draw(enum(Framework)),
            "classification": draw(enum(Classification)),
            "never_share": draw(enum_set(SensitiveInfo)),
            "personal_data": draw(enum(PersonalData)),
            "photos": draw(enum(Photos)),
            "generative_ai": draw(enum(GenerativeAI)),
            "approved_ai_tools": draw(st.lists(required(answer), max_size=4)),
        },
        "behaviour": {
            "spokespersons": draw(enum(Spokespersons)),
            "disclaimer": draw(st.booleans()),
            "private_use": draw(enum(PrivateUse)),
            "criticism_route": draw(enum(CriticismRoute)),
            "after_hours": draw(enum(AfterHours)),
            "wellbeing_support": draw(st.booleans()),
            "training": draw(enum(Training)),
            "monitoring": draw(enum(Monitoring)),
            "sanctions": draw(enum(Sanctions)),
            "acknowledgement": draw(st.booleans()),
        },
        "technical": {
            "separation": draw(enum(Separation)),
            "blocked_channels": draw(enum_set(ChannelId)),
            "byod": draw(enum(Byod)),
            "mfa": draw(st.booleans()),
            "password_manager": draw(st.booleans()),
            "account_register": draw(st.booleans()),
            "offboarding": draw(st.booleans()),
            "incident_contact": draw(required(answer)),
        },
        "governance": {
            "hr_owner": draw(required(answer)),
            "communications_owner": draw(required(answer)),
            "it_owner": draw(required(answer)),
            "approver": draw(required(answer)),
            "baseline": draw(enum_set(BaselineItem)),
            "plan": [
                {
                    "step": step,
                    "owner": draw(st.one_of(st.none(), answer)),
                    "due": draw(st.one_of(st.none(), dates)),
                }
                for step in steps
            ],
        },
    }


def check_document(data: bytes, name: str) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        for part in archive.namelist():
            if part.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(part))  # raises on malformed XML
    opened = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in opened.paragraphs)
    assert name in body


@settings(
    max_examples=int(__import__("os").environ.get("ROBUSTNESS_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(projects())
def test_generated_projects_export_to_valid_documents(raw: dict[str, Any]) -> None:
    project = validate_raw(raw)
    name = project.organisation.name
    assert name == one_line(raw["organisation"]["name"])
    for document in DocumentKind:
        for language in Language:
            outline = build_outline(project, document, language)
            assert "\x01" not in outline_text(outline) and "\x02" not in outline_text(outline)
            check_document(document_bytes(outline), name)
            assert document_file_name(project, document, language).endswith(".docx")
    record("projects_generated")
    record("documents_checked", 4)


@pytest.mark.parametrize("hostile", HOSTILE[:7])
@pytest.mark.parametrize("language", list(Language))
def test_user_text_is_never_evaluated(
    minimal_raw: dict[str, Any], hostile: str, language: Language
) -> None:
    """Every text field holds the hostile string; it comes out literally in the Word file."""
    value = f"A {hostile} Z"
    raw = minimal_raw
    raw["organisation"]["name"] = value
    raw["organisation"]["policy_owner"].update(name=value, role=value)
    raw["channels"] = [{"id": "other", "label": value, "official_account": True, "manager": value}]
    raw["confidentiality"] = {"approved_ai_tools": [value]}
    raw["technical"]["incident_contact"] = value
    raw["governance"] = {
        "hr_owner": value,
        "communications_owner": value,
        "it_owner": value,
        "approver": value,
        "plan": [{"step": "policy", "owner": value}],
    }
    project = validate_raw(raw)
    expected = one_line(value)
    for document in DocumentKind:
        data = document_bytes(build_outline(project, document, language))
        check_document(data, expected)
        opened = docx.Document(io.BytesIO(data))
        cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
        texts = [p.text for p in opened.paragraphs] + cells
        assert sum(expected in t for t in texts) >= 3
        assert "A 49 Z" not in "\n".join(texts)
    record("hostile_inputs", 1)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(projects(pdf_answer), st.sampled_from(list(DocumentKind)), st.sampled_from(list(Language)))
def test_generated_documents_convert_to_pdf(
    raw: dict[str, Any], document: DocumentKind, language: Language
) -> None:
    project = validate_raw(raw)
    folder = Path(__import__("tempfile").mkdtemp(prefix="pdf-check-"))
    try:
        source = folder / "document.docx"
        source.write_bytes(document_bytes(build_outline(project, document, language)))
        soffice_to_pdf([source], folder, timeout=240)
        assert (folder / "document.pdf").stat().st_size > 1000
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    record("pdf_conversions")


# --- the project fuzz, version 2: every command on mutated projects ---------------------------


HUGE = "__HUGE_NUMBER__"  # replaced in the file's text by a number of 5,000 digits
hostile_text = st.one_of(
    text,
    st.sampled_from(["", " ", "\ud800", "\udfff x", "a\x00b", "<img src='file:///etc/passwd'>"]),
)
dates_any = st.one_of(
    dates,
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "1899-12-31", "3000-01-01", ""]),
)
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
    st.just(HUGE),
)
junk = st.recursive(
    scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def version_2_projects(draw: st.DrawFn) -> dict[str, Any]:
    """A project with every version-2 key; half of them hostile: values of other kinds,
    unknown keys, impossible dates and numbers, lone surrogates, over-long texts."""
    hostile = draw(st.booleans())

    def pick(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any] = junk) -> Any:
        return draw(st.one_of(*[good] * 4, bad) if hostile else good)

    def clause_edit() -> dict[str, Any]:
        edit: dict[str, Any] = {}
        for language in draw(st.lists(st.sampled_from(["nl", "en"]), unique=True)):
            edit[language] = pick(st.one_of(st.none(), text), long_text(20_001))
        if draw(st.booleans()):
            edit["omit"] = pick(st.booleans())
        if draw(st.booleans()):
            edit["based_on"] = pick(st.just({"nl": "abcdef12"}), st.just({"xx": "zz"}))
            edit["replaced"] = pick(st.just({"nl": "Oude tekst"}), junk)
        return edit

    raw = draw(projects(text))
    raw["schema_version"] = draw(st.sampled_from([1, 2, 2, 2]))
    sections = {k: raw[k] for k in ("organisation", "channels", "governance")}
    raw["output"] = {
        "languages": pick(
            st.lists(st.sampled_from(["nl", "en"]), min_size=1, max_size=3),
            st.just(["de"]),
        ),
        "house_style": pick(
            st.sampled_from([None, "style.docx", "style.dotx"]),
            st.sampled_from(["missing.docx", "x.docm", "style.txt", "/dev/zero"]),
        ),
    }
    clause_ids = st.sampled_from(list(CLAUSES))
    raw["clauses"] = {
        pick(clause_ids, st.text(max_size=10)): clause_edit()
        for _ in range(draw(st.integers(0, 4)))
    }
    note_keys = st.sampled_from(["channels", "behaviour.monitoring", "governance"])
    raw["notes"] = {
        pick(note_keys, st.just("Not A Key")): pick(text, junk)
        for _ in range(draw(st.integers(0, 3)))
    }
    raw["decisions"] = [
        {
            "date": pick(dates, dates_any),
            "topic": pick(required(text)),
            "decision": pick(required(text)),
            "by": pick(st.one_of(st.none(), text)),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    history = []
    for _ in range(draw(st.integers(0, 2))):
        answers = dict(sections)
        if draw(st.booleans()):  # an answer of an older release, or a damaged key
            answers["organisation"] = {
                **sections["organisation"],
                draw(st.sampled_from(["na\ud800me", "retired_answer"])): draw(text),
            }
        history.append(
            {
                "version": pick(st.sampled_from(["1.0", "1.exe", "2", "v2.0"]), st.just("1" * 30)),
                "date": pick(dates, dates_any),
                "summary": pick(st.one_of(st.none(), text)),
                "answers": pick(st.just(answers), st.just({"x": [[[[[[[[[[1]]]]]]]]]]})),
            }
        )
    raw["history"] = history
    if hostile and draw(st.booleans()):
        # Anywhere in the file, a value of another kind than its key wants.
        section = draw(st.sampled_from(sorted(raw)))
        if isinstance(raw[section], dict) and raw[section] and draw(st.booleans()):
            raw[section][draw(st.sampled_from(sorted(raw[section])))] = draw(junk)
        else:
            raw[section] = draw(junk)
    if hostile and draw(st.booleans()):
        # A whole section of another kind: a list, a number, a text.
        raw[draw(st.sampled_from(["output", "organisation", "governance", "notes"]))] = draw(
            st.one_of(scalar, st.lists(scalar, max_size=2))
        )
    elif hostile and isinstance(raw["organisation"], dict) and draw(st.booleans()):
        # (The organisation may already be junk from the replacement above.)
        raw["organisation"]["effective_date"] = draw(dates_any)
    return raw


_STYLE: list[bytes] = []


def _house_style_bytes() -> bytes:
    if not _STYLE:
        buffer = io.BytesIO()
        docx.Document().save(buffer)
        _STYLE.append(buffer.getvalue())
    return _STYLE[0]


def project_text(raw: dict[str, Any], duplicate: bool) -> str:
    written = json.dumps(raw, ensure_ascii=True)  # lone surrogates as \ud800 escapes
    written = written.replace(json.dumps(HUGE), "9" * 5000)
    if duplicate:  # a section written twice
        written = written[:-1] + ', "notes": {}}'
    return written


@settings(
    max_examples=int(__import__("os").environ.get("PROJECT_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(version_2_projects(), st.sampled_from([False] * 9 + [True]))
def test_every_command_on_a_mutated_project_succeeds_or_refuses_clearly(
    raw: dict[str, Any], duplicate: bool
) -> None:
    """Never a traceback, never "unexpected error" (exit 1): exit 0, or 2 with a message
    naming the file (``diff`` and ``redline`` also 3: differences found)."""
    import contextlib
    import tempfile

    from wizard.cli import run

    with tempfile.TemporaryDirectory(prefix="project-fuzz-") as folder:
        base = Path(folder)
        (base / "style.docx").write_bytes(_house_style_bytes())
        (base / "style.dotx").write_bytes(_house_style_bytes())
        project = base / "p.policy.json"
        project.write_text(project_text(raw, duplicate), encoding="utf-8")
        out = base / "out"
        commands = [
            ["validate", str(project)],
            ["generate", str(project), "--out", str(out), "--force"],
            ["calendar", str(project), "--out", str(base / "review.ics"), "--force"],
            ["report", str(project), "--out", str(out), "--force"],
            ["clauses", str(project)],
            ["diff", str(project)],
            ["import-edits", str(project), str(base / "none.docx")],
            ["redline", str(project), "--out", str(base / "redline.docx"), "--force"],
            ["new-from", str(project), "--name", "Nieuw", "--out", str(base / "new.policy.json")],
            ["clients", str(base)],
            ["acknowledgements", "status", str(project)],
        ]
        for argv in commands:
            err = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()):
                code = run(argv, stderr=err)
            message = err.getvalue()
            allowed = {0, 2, 3} if argv[0] in ("diff", "redline") else {0, 2}
            assert code in allowed, (argv[0], message)
            assert "unexpected error" not in message and "Traceback" not in message
            if code == 2:
                assert message.strip() and str(base) in message, (argv[0], message)
    record("projects_fuzzed")
    record("commands_fuzzed", len(commands))

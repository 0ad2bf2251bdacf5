"""One register of legal statements (wizard.content.law): every statement of law,
article, authority or deadline in the documents comes from it, and the ICT section ends
with its sources and the date the law was checked."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.wizard.content.kinds import abroad_documents, all_documents
from wizard.answers.model import DocumentKind, Jurisdiction, Language
from wizard.content import law
from wizard.content.law import (
    NL_ONLY,
    REGISTER,
    changed_since,
    cited,
    ids,
    law_checked,
    revisions,
)
from wizard.content.outline import outline_text
from wizard.content.tailoring import build_outline
from wizard.paths import TEMPLATES
from wizard.words import long_date

# What a statement of law looks like in running text: an article, a named act, code or
# authority, or a statutory deadline.
LAW = re.compile(
    r"\b(artikel(en)?\s+\d|articles?\s+\d|AVG\b|GDPR\b|Woo\b|Archiefwet|Archives Act|"
    r"Arbeidstijdenwet|Working Hours Act|Cyberbeveiligingswet|Cyber Security Act|"
    r"klokkenluiders|Whistleblower|Ambtenarenwet|Civil Servants Act|Burgerlijk Wetboek|"
    r"Civil Code|WOR\b|Works Councils Act|AI-verordening|AI Act|"
    r"Digitaledienstenverordening|Digital Services Act|Reclamecode|Advertising Code|Wwft|"
    r"VGBA|NIS2|[Rr]ichtlijn\b|Directive|Autoriteit Persoonsgegevens|"
    r"Data Protection Authority|IGJ|Inspectie|Inspectorate|Z-CERT|ENSIA|Besluit|"
    r"\d+ uur|\d+ hours|verordening|Regulation)",
)


def without_register(text: str, language: Language) -> str:
    """The text with every register statement and source taken out."""
    pieces = [s.text(language) for s in REGISTER.values()]
    pieces += [s.source_in(language) for s in REGISTER.values()]
    pieces += [piece[0].upper() + piece[1:] for piece in pieces]  # opening a sentence
    for piece in sorted(pieces, key=len, reverse=True):
        text = text.replace(piece, " ")
    return text


# Where a number of hours is the organisation's own promise, not the law.
# Our own promise to answer (a micro code says it in one sentence), not a time limit in law.
OWN_HOURS = re.compile(
    r"binnen \d+ uur beantwoorden|answer every message within \d+ hours"
    r"|via social media beantwoordt [^,.]+, binnen \d+ uur"
    r"|complaints on social media, within \d+ hours"
)


@pytest.mark.parametrize("case", all_documents(), ids=lambda d: f"{d[0]}-{d[2].value}-{d[3].value}")
def test_every_statement_of_law_comes_from_the_register(case: tuple) -> None:  # type: ignore[type-arg]
    name, project, document, language, body = case
    rest = OWN_HOURS.sub(" ", without_register(body, language))
    rest = rest.replace(project.organisation.name, " ")
    found = LAW.search(rest)
    assert not found, (
        f"{name} {document.value} {language.value} states law outside the register: "
        f"{rest[max(0, found.start() - 90) : found.end() + 60]!r}"
    )


TEMPLATE_LAW = re.compile(r"""law\(\s*["']([^"']+)["']\s*\)""")


def test_templates_cite_only_statements_in_the_register() -> None:
    used: set[str] = set()
    for path in Path(TEMPLATES).rglob("*.j2"):
        ids = set(TEMPLATE_LAW.findall(path.read_text(encoding="utf-8")))
        assert ids <= set(REGISTER), (path.name, ids - set(REGISTER))
        used |= ids
    # A statement no template or code cites is dead weight in the register.
    in_code = {"ap", "avg", "avg.33", "avg.33.term"}  # the breach text and privacy law
    assert set(REGISTER) - used - in_code <= {"dtc"}, set(REGISTER) - used - in_code


def test_each_statement_is_complete() -> None:
    for statement in REGISTER.values():
        assert statement.nl and statement.en and statement.source and statement.applies
        if statement.verified is None:
            # Not yet checked: the register says what is open, in both languages.
            assert statement.open_point and statement.open_point_nl, statement.id
        else:
            assert date(2025, 1, 1) <= statement.verified <= law_checked()
            assert not statement.open_point, statement.id
        numbers = [r.number for r in statement.revisions]
        assert numbers == list(range(1, len(numbers) + 1)), statement.id
        assert all(r.why for r in statement.revisions), statement.id
        assert statement.source_in(Language.EN)


def test_the_ict_section_ends_with_its_sources_and_the_date_of_the_law() -> None:
    for name, project, document, language, _ in all_documents():
        if document is not DocumentKind.ICT_POLICY:
            continue
        outline = build_outline(project, document, language)
        ids = [s.id for s in outline.sections]
        assert ids[-2:] == ["sources", "document_control"], name
        sources = outline.section("sources")
        title = "Bronnen" if language is Language.NL else "Sources"
        assert sources.title.endswith(title)
        last = sources.clauses[-1].blocks[-1]
        # The state of the law is the oldest check among the statements the section cites.
        cited_here = cited(outline_text(outline), language)
        oldest = min(s.verified for s in cited_here if s.verified is not None)
        stamp = (
            f"Stand van de wet- en regelgeving: {long_date(oldest, language)}."
            if language is Language.NL
            else f"Law and regulations as of: {long_date(oldest, language)}."
        )
        assert getattr(last, "text", "") == stamp, (name, last)
        listed = outline_text(outline).split(title, 1)[-1]
        for item in cited_here:
            # Each source once, under its own date, or under "still to be checked" with
            # what is still open about it.
            assert item.source_in(language) in listed, (name, item.id)
            if item.verified is None:
                assert f"{item.source_in(language)} – {item.still_open(language)}" in listed


def test_statements_have_their_own_check_dates() -> None:
    """Not one date for all: statements first written and not read against the source
    since keep that day; those still open on a point claim no date at all."""
    days = {s.verified for s in REGISTER.values()}
    assert len(days - {None}) > 1 and None in days
    for still_open in ("wms", "cbw"):
        assert REGISTER[still_open].verified is None
    assert REGISTER["avg.33.term"].verified == law_checked()  # corrected on the latest day
    assert REGISTER["bw.7:660"].verified < law_checked()  # written earlier, not re-read


def test_a_section_of_only_open_statements_claims_no_date() -> None:
    from wizard.content.wording import render_section

    for language, heading, stamp in (
        (Language.NL, "Nog te controleren", "Stand van de wet- en regelgeving: nog niet"),
        (Language.EN, "Still to be checked", "Law and regulations as of: not yet checked."),
    ):
        context = {"sources": [{"checked": None, "sources": ["X – open"]}], "law_date": None}
        section = render_section(language, "ict_policy/sources.j2", context)
        texts = [getattr(block, "text", "") for block in section.clauses[0].blocks]
        assert heading in texts and texts[-1].startswith(stamp)


def test_a_version_issued_before_a_correction_learns_what_changed() -> None:
    # Issued before the register: every statement at its first revision.
    changed = {s.id for s in changed_since(None)}
    assert {"avg.33.term", "atw.1:7", "wbk.grounds", "ai.50", "cbw"} <= changed
    assert "avg.33" not in changed  # the citation itself did not change
    assert changed_since(revisions()) == []


def test_a_project_issued_under_older_statements_is_told_which_clauses_changed(
    tmp_path: Path,
) -> None:
    from tests.wizard.content.test_legal_content import project
    from wizard.answers.versions import issued_version
    from wizard.cli import run
    from wizard.content.consistency import check_consistency

    old = project(history=[{"version": "1.0", "date": "2026-06-01", "answers": {}}])
    warnings = [w for w in check_consistency(old, Language.NL) if w.code == "law_changed"]
    assert len(warnings) == 1
    message = warnings[0].message(Language.NL)
    assert "Versie 1.0 is uitgegeven met een oudere tekst van de wet" in message
    assert "'Een datalek melden'" in message and "onredelijke vertraging" in message
    # A statement this organisation's documents do not state is not mentioned.
    assert "Cyberbeveiligingswet" not in message
    english = warnings[0].message(Language.EN)
    assert "'Reporting a data breach'" in english and "Version 1.0 was issued" in english
    # Issued with the current register: nothing to report.
    entry = issued_version({}, {}, "1.1", summary=None, approved_by=None, legal=revisions())
    assert entry["legal"] == revisions()
    current = project(history=[{**entry, "answers": {}}])
    assert not [w for w in check_consistency(current) if w.code == "law_changed"]
    # The command line's validate says so too.
    import json

    raw = json.loads(json.dumps(old.model_dump(mode="json")))
    path = tmp_path / "old.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    import io

    out, err = io.StringIO(), io.StringIO()
    assert run(["validate", str(path)], out, err) == 0
    assert "law" in out.getvalue() or "wet" in out.getvalue()
    assert "history" in out.getvalue()


def test_the_legal_statements_page_follows_the_register() -> None:
    from wizard.content.law import register_markdown

    page = Path(__file__).resolve().parents[3] / "docs" / "legal-statements.md"
    assert page.read_text(encoding="utf-8") == register_markdown(), (
        "docs/legal-statements.md is out of date: run python docs/make_legal_statements.py"
    )


def test_generate_warns_when_a_clause_is_edited_in_one_language_only(tmp_path: Path) -> None:
    import io
    import json

    from tests.wizard.content.test_legal_content import BASE
    from wizard.cli import run

    raw = json.loads(json.dumps(BASE))
    raw["output"] = {"languages": ["nl", "en"]}
    raw["clauses"] = {"privacy.photos": {"nl": "Foto's van collega's mogen met toestemming."}}
    path = tmp_path / "edited.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["generate", str(path), "--out", str(tmp_path / "out")], out, err) == 0
    assert "privacy.photos" in err.getvalue() and len(out.getvalue().splitlines()) == 4
    # Both languages edited: nothing to say.
    raw["clauses"]["privacy.photos"]["en"] = "Photos of colleagues only with their consent."
    path.write_text(json.dumps(raw), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["generate", str(path), "--out", str(tmp_path / "again")], out, err) == 0
    assert err.getvalue() == ""


# --- cited: what a document's texts cite, each text read once and remembered -----------

STATEMENT_TEXTS = [s.text(language) for s in REGISTER.values() for language in Language]


def scanned(texts: list[str], language: Language) -> list[str]:
    """The statements cited, found the plain way: each looked for in the whole text, the
    longest first, taken out once found."""
    whole = "\n".join(texts)
    found = set()
    for item in sorted(REGISTER.values(), key=lambda s: len(s.text(language)), reverse=True):
        if item.text(language) in whole:
            found.add(item.id)
            whole = whole.replace(item.text(language), "\n")
    return [s.id for s in REGISTER.values() if s.id in found]


def test_no_statement_spans_two_texts() -> None:
    """A document's texts are looked at one by one; a statement could only span two of
    them (joined by a line break) if it held a line break itself."""
    assert not any("\n" in text for text in STATEMENT_TEXTS)


@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.builds(
                lambda before, statement, after: before + statement + after,
                st.text(max_size=10),
                st.sampled_from(STATEMENT_TEXTS),
                st.text(max_size=10),
            ),
        ),
        max_size=8,
    ),
    st.sampled_from(list(Language)),
)
def test_cited_finds_what_a_search_of_the_whole_text_finds(
    texts: list[str], language: Language
) -> None:
    assert ids(cited(texts, language)) == scanned(texts, language)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(law, "_REMEMBERED_FROM", 8)  # most of them long, so remembered
        assert ids(cited(texts, language)) == scanned(texts, language)
        # A second time (remembered) gives the same.
        assert ids(cited(texts, language)) == scanned(texts, language)


def test_a_changed_text_is_read_again() -> None:
    """Remembered by the text itself: a text that changes (an answer, an edited clause)
    is another text, so a statement added or taken out is seen at once."""
    avg = REGISTER["avg.28"].text(Language.NL)
    text = f"Leveranciers tekenen een verwerkersovereenkomst ({avg})."
    assert ids(cited([text], Language.NL)) == ["avg.28"]
    assert ids(cited(text, Language.NL)) == ["avg.28"]  # one text given on its own
    assert ids(cited([text.replace(avg, "de wet")], Language.NL)) == []
    assert ids(cited([text], Language.EN)) == []  # another language, another statement
    assert ids(cited([text + " " + REGISTER["ensia"].text(Language.NL)], Language.NL)) == [
        "avg.28",
        "ensia",
    ]


def test_what_is_remembered_stays_within_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only long texts are remembered, the oldest forgotten first, so memory stays
    bounded; a forgotten text is simply read again, and one longer than the budget is
    read every time."""
    monkeypatch.setattr(law, "_CITED", {})
    monkeypatch.setattr(law, "_cited_size", 0)
    monkeypatch.setattr(law, "_REMEMBERED_FROM", 30)
    monkeypatch.setattr(law, "_CITED_BUDGET", 100)
    cited(["ENSIA, kort"], Language.NL)
    assert law._CITED == {}  # short texts are read together, not remembered
    texts = [f"{index:02d} " + "x" * 37 for index in range(5)]  # 40 characters each
    for text in texts:
        cited([text], Language.NL)
    assert [key[0] for key in law._CITED] == texts[-2:]
    assert law._cited_size == 80
    long = "ENSIA " + "y" * 200
    assert ids(cited([long], Language.NL)) == ["ensia"]
    assert (long, Language.NL) not in law._CITED and law._cited_size <= 100
    assert ids(cited([texts[0]], Language.NL)) == []  # forgotten, read again
    # A long text and short ones together: what each cites.
    avg = REGISTER["avg.28"].text(Language.NL)
    assert ids(cited([avg, "z" * 40 + " ENSIA"], Language.NL)) == ["avg.28", "ensia"]


# Dutch law, authorities and frameworks framed as binding, in words the register's
# texts do not hold: none may reach a document of an organisation outside the
# Netherlands (N33).
DUTCH_FRAMING = {
    Language.NL: re.compile(
        r"wettelijk verplicht|NEN 7510 verplicht|CSIRT voor de zorg|verantwoording af"
    ),
    Language.EN: re.compile(
        r"legal duty|NEN 7510 is mandatory|CSIRT for healthcare|Dutch healthcare"
        r"|account for these measures"
    ),
}


@pytest.mark.parametrize(
    "case",
    all_documents() + abroad_documents(),
    ids=lambda d: f"{d[0]}-{d[2].value}-{d[3].value}",
)
def test_no_document_states_law_outside_its_jurisdiction(case: tuple) -> None:  # type: ignore[type-arg]
    name, project, document, language, body = case
    jurisdiction = project.organisation.jurisdiction
    foreign = [s.id for s in cited(body, language) if jurisdiction not in s.where]
    assert not foreign, f"{name} {document.value} {language.value} states {foreign}"
    if jurisdiction is not Jurisdiction.NL:
        found = DUTCH_FRAMING[language].search(body)
        assert not found, f"{name}: {body[max(0, found.start() - 90) : found.end() + 60]!r}"


def test_the_dutch_acts_authorities_and_frameworks_are_scoped_to_the_netherlands() -> None:
    # The scope is data, not prose: the statements a Dutch-only sentence cites.
    dutch = {
        "begz", "zcert", "woo.archiefwet", "ensia", "ambtenarenwet.9", "ambtenarenwet.10",
        "cbw", "igj", "wbk", "huis.klokkenluiders", "wor.27", "wms", "bw.7:660", "ap",
    }  # fmt: skip
    assert {s for s in dutch if REGISTER[s].where != NL_ONLY} == set()
    assert all(s.where for s in REGISTER.values())


# N39: a statement that opens an insertion ("…, zoals A en B", "…, such as A and B") and
# does not end its sentence closes it with a comma before the sentence goes on.
INSERTION = re.compile(r", (zoals|such as) ")


@pytest.mark.parametrize("language", list(Language))
def test_an_insertion_in_a_statement_is_closed_before_the_sentence_goes_on(
    language: Language,
) -> None:
    opened = [s for s in REGISTER.values() if INSERTION.search(s.text(language))]
    assert opened, "the VGBA statement names principles 'such as …'"
    from tests.wizard.content.test_legal_content import project, text

    bodies = [(name, body) for name, _, _, lang, body in all_documents() if lang is language]
    for sector in ("professional_services", "financial"):  # the VGBA's sectors under NL law
        p = project(organisation__sector=sector)
        bodies += [(sector, text(p, document, language)) for document in DocumentKind]
    seen = 0
    for name, body in bodies:
        for statement in opened:
            for found in re.finditer(re.escape(statement.text(language)), body):
                seen += 1
                after = body[found.end() : found.end() + 1]
                assert after in {",", ".", ";", ":", ")"}, (name, statement.id, after)
    assert seen

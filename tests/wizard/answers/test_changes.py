"""Differences between two sets of answers, in words: every kind, both languages."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from wizard.answers.changes import answer_changes, clause_changes, project_changes
from wizard.answers.labels import _table
from wizard.answers.project_file import load_project
from wizard.answers.versions import (
    approver_in_words,
    changes_in_last_version,
    changes_since_last,
    is_issued,
    issued_version,
    suggested_versions,
)
from wizard.language import Language

NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))
NL, EN = Language.NL, Language.EN


@pytest.fixture
def answers() -> dict[str, Any]:
    return load_project(NORTHWIND).answers_snapshot()


def texts(old: Any, new: Any, language: Language) -> list[str]:
    return [change.text for change in answer_changes(old, new, language)]


# Every answer key of the file, as "section.field": no line of changes may show one.
ANSWER_KEYS = re.compile(
    r"\b(output|organisation|channels|markets|confidentiality|behaviour|technical|governance)"
    r"\.[a-z_]+"
)


def changed_everywhere(answers: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(answers)
    new["output"]["languages"] = ["nl"]
    org = new["organisation"]
    org.update(
        name="Northwind B.V.",
        sector="healthcare",
        size="medium",
        effective_date="2027-03-01",
        review_months=24,
    )
    org["policy_owner"]["email"] = None
    new["channels"] = [c for c in new["channels"] if c["id"] != "x"]
    new["channels"].append({"id": "tiktok", "employee_posting": "discouraged"})
    linkedin = next(c for c in new["channels"] if c["id"] == "linkedin")
    linkedin["manager"] = "Anna"
    new["markets"]["goals"] = ["marketing", "customer_service"]
    new["markets"]["webcare"] = True
    new["confidentiality"]["approved_ai_tools"] = ["DeepL Pro", "Copilot"]
    new["behaviour"]["monitoring"] = "none"
    new["technical"]["mfa"] = False
    new["governance"]["approver"] = "management"
    new["governance"]["plan"][0]["owner"] = None
    new["governance"]["plan"][1]["due"] = "2027-03-03"
    return new


def test_every_kind_of_change_in_dutch(answers: dict[str, Any]) -> None:
    found = texts(answers, changed_everywhere(answers), NL)
    assert found == [
        "Talen van de documenten: Engels verwijderd",
        "Naam van de organisatie: Northwind Advisory B.V. → Northwind B.V.",
        "Sector: Zakelijke dienstverlening → Zorg",
        "Omvang: Klein (10–49 mensen) → Middelgroot (50–249 mensen)",
        "E-mailadres van de beleidseigenaar: claire.dubois@northwind-advisory.eu → niet ingevuld",
        "Ingangsdatum: 1 februari 2027 → 1 maart 2027",
        "Herziening elke (maanden): 12 → 24",
        "LinkedIn – beheerd door: Tom Bakker → Anna",
        "Kanaal TikTok toegevoegd",
        "Kanaal X (voorheen Twitter) verwijderd",
        "Doelen: Klantenservice toegevoegd",
        "Doelen: Werving en Kennis delen en profilering verwijderd",
        "Webcare: Nee → Ja",
        "Goedgekeurde AI-tools: Copilot toegevoegd",
        "Goedgekeurde AI-tools: ChatGPT Enterprise verwijderd",
        "Monitoring: Openbare vermeldingen → Geen",
        "Tweestapsverificatie: Ja → Nee",
        "Vaststeller: the management board → het management",
        "Nulmeting (implementatieplan) – eigenaar: Priya Raman → niet ingevuld",
        "Beleid (implementatieplan) – uiterlijk klaar: 1 februari 2027 → 3 maart 2027",
    ]


def test_every_kind_of_change_in_english(answers: dict[str, Any]) -> None:
    found = texts(answers, changed_everywhere(answers), EN)
    assert "Sector: Professional services → Healthcare" in found
    assert "Channel TikTok added" in found
    assert "Channel X (formerly Twitter) removed" in found
    assert "Monitoring: Public mentions → None" in found
    assert "Goals: Recruitment and Thought leadership removed" in found
    assert "Effective date: 1 February 2027 → 1 March 2027" in found
    assert "LinkedIn – managed by: Tom Bakker → Anna" in found
    assert "Policy (implementation plan) – due by: 1 February 2027 → 3 March 2027" in found
    assert len(found) == 20


@pytest.mark.parametrize("language", list(Language))
def test_labels_never_keys(answers: dict[str, Any], language: Language) -> None:
    found = texts(answers, changed_everywhere(answers), language)
    found += texts(changed_everywhere(answers), answers, language)
    assert found
    for line in found:
        assert not ANSWER_KEYS.search(line), line
        # Nor a value as the file spells it: "public_mentions", "customer_service".
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", line), line


def test_the_same_answers_have_no_differences(answers: dict[str, Any]) -> None:
    assert answer_changes(answers, copy.deepcopy(answers), NL) == []
    # Order and repeats in a set carry no meaning.
    shuffled = copy.deepcopy(answers)
    shuffled["markets"]["goals"] = list(reversed(answers["markets"]["goals"])) * 2
    shuffled["channels"] = list(reversed(answers["channels"]))
    assert answer_changes(answers, shuffled, EN) == []


def languages(answers: dict[str, Any], *chosen: str) -> dict[str, Any]:
    changed = copy.deepcopy(answers)
    changed["output"]["languages"] = list(chosen)
    return changed


def test_the_order_of_the_languages_is_a_change(answers: dict[str, Any]) -> None:
    """The first language is the project's main one (calendar, workshop report): a swap
    is a change, where the order of any other set is not."""
    english_first = languages(answers, "en", "nl")
    assert texts(english_first, languages(answers, "nl", "en"), NL) == [
        "Talen van de documenten: Engels en Nederlands → Nederlands en Engels"
    ]
    assert texts(english_first, languages(answers, "nl", "en"), EN) == [
        "Document languages: English and Dutch → Dutch and English"
    ]
    # A new first language: the whole list before and after.
    assert texts(languages(answers, "nl"), languages(answers, "en", "nl"), EN) == [
        "Document languages: Dutch → English and Dutch"
    ]
    assert texts(languages(answers, "nl"), languages(answers, "en"), EN) == [
        "Document languages: Dutch → English"
    ]
    # Added after the first or removed (the next was already second), and repeats:
    # said as for any set, or not at all.
    assert texts(languages(answers, "nl"), languages(answers, "nl", "en"), EN) == [
        "Document languages: English added"
    ]
    assert texts(english_first, languages(answers, "nl"), EN) == [
        "Document languages: English removed"
    ]
    assert texts(english_first, languages(answers, "en", "nl", "en"), EN) == []


def test_an_older_snapshot_is_compared_gracefully(answers: dict[str, Any]) -> None:
    old = copy.deepcopy(answers)
    # A key the snapshot's release did not have yet takes the program's default.
    del old["technical"]["mfa"]
    del old["behaviour"]
    # A value that no longer validates is named as it is, a key no longer known too.
    old["organisation"]["sector"] = "zorg_en_welzijn"
    old["organisation"]["old_answer"] = "ja"
    old["channels"].append({"id": "myspace", "official_account": "yes"})
    old["governance"]["plan"] = "later"
    found = texts(old, answers, NL)
    assert "Sector: zorg_en_welzijn → Zakelijke dienstverlening" in found
    assert "Kanaal myspace verwijderd" in found
    assert not any("Tweestapsverificatie" in line for line in found)  # default = now
    # behaviour missing: its defaults, against Northwind's own answers.
    assert (
        "Wie spreekt namens de organisatie: Aangewezen woordvoerders → Getrainde medewerkers"
        in found
    )
    assert any(line.startswith("Organisatie") and "ja" in line for line in found)
    assert any(line.startswith("Implementatieplan: later →") for line in found)


@pytest.mark.parametrize(
    "old",
    [{}, None, [], "text", {"organisation": 5, "channels": {"x": 1}}, {"markets": {"goals": "x"}}],
)
def test_nonsense_never_crashes(answers: dict[str, Any], old: Any) -> None:
    for language in Language:
        assert answer_changes(old, answers, language)
        answer_changes(answers, old, language)


def test_clause_edits_by_id_both_languages() -> None:
    old = {
        "channels.advice": {"nl": "Oud", "en": None, "omit": False},
        "speaking.press": {"omit": True},
        "security.mfa": {"en": "Own text"},
    }
    new = {
        "channels.advice": {"nl": "Nieuw", "en": "New", "omit": False},
        "respect.tone": {"omit": True},
        "confidentiality.small_details": {"nl": "Eigen"},
    }
    dutch = [c.text for c in clause_changes(old, new, NL)]
    assert dutch == [
        "Clausule channels.advice: eigen Nederlandse tekst gewijzigd",
        "Clausule channels.advice: eigen Engelse tekst toegevoegd",
        "Clausule confidentiality.small_details: eigen Nederlandse tekst toegevoegd",
        "Clausule respect.tone weggelaten",
        "Clausule security.mfa: eigen Engelse tekst verwijderd; de gegenereerde tekst geldt weer",
        "Clausule speaking.press weer opgenomen",
    ]
    english = [c.text for c in clause_changes(old, new, EN, {"respect.tone": "5. Respect"})]
    assert english[0] == "Clause ‘5. Respect’ (respect.tone) left out"
    assert "Clause speaking.press included again" in english
    assert "Clause channels.advice: own English text added" in english


def test_clause_edits_count_only_when_both_sides_record_them(answers: dict[str, Any]) -> None:
    edited = {**answers, "clauses": {"respect.tone": {"omit": True}}}
    assert project_changes({**answers, "clauses": {}}, edited, EN)[0].key == "clauses.respect.tone"
    # A snapshot from before clause edits were recorded says nothing about them.
    assert project_changes(answers, edited, EN) == []


def test_suggested_numbers() -> None:
    assert suggested_versions("1.0", []) == ["1.0", "1.1", "2.0"]
    assert suggested_versions("1.0", [{"version": "1.0"}]) == ["1.1", "2.0"]
    assert suggested_versions("1.1", [{"version": "1.0"}, {"version": "1.1"}]) == ["1.2", "2.0"]
    assert suggested_versions("concept", []) == ["1.0", "2.0"]
    assert suggested_versions("v3", [{"version": "v3"}]) == ["3.1", "4.0"]
    assert is_issued([{"version": "1.0"}], " 1.0 ") and not is_issued([{"version": "1.0"}], "1.1")


def test_approver_in_words(answers: dict[str, Any]) -> None:
    assert approver_in_words(answers, NL) == "The management board"
    # The default names nobody: the issue dialog asks who approved instead of putting a
    # management the organisation may not have into the version history.
    answers["governance"]["approver"] = "management"
    assert approver_in_words(answers, NL) == ""
    answers["organisation"]["sector"] = "nonprofit"
    assert approver_in_words(answers, EN) == ""
    assert approver_in_words({}, EN) == ""


def test_issuing_two_versions_in_the_core(answers: dict[str, Any]) -> None:
    first = issued_version(
        answers, {}, "2.1", summary=" ", approved_by="Board", day=date(2027, 1, 5)
    )
    assert first["summary"] is None and first["date"] == "2027-01-05"
    assert changes_in_last_version([first], NL) is None
    changed = copy.deepcopy(answers)
    changed["behaviour"]["monitoring"] = "none"
    since = changes_since_last(changed, [first], EN)
    assert since is not None and [c.text for c in since] == ["Monitoring: Public mentions → None"]
    second = issued_version(
        changed,
        {"respect.tone": {"omit": True, "based_on": {}}},
        "2.2",
        summary="Monitoring",
        approved_by=None,
    )
    assert second["answers"]["organisation"]["version"] == "2.2"
    assert second["answers"]["clauses"] == {"respect.tone": {"omit": True}}
    # The number is in the version table; it is no change of its own.
    last = changes_in_last_version([first, second], NL)
    assert last is not None
    assert [c.text for c in last] == [
        "Monitoring: Openbare vermeldingen → Geen",
        "Clausule respect.tone weggelaten",
    ]
    # The history survives a round trip through the project file.
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    raw["history"] = [first, second]
    from wizard.answers.project_file import validate_raw

    assert [v.version for v in validate_raw(raw).history] == ["2.1", "2.2"]


def test_every_change_phrase_exists_in_both_languages() -> None:
    assert set(_table(NL)["phrases"]["change"]) == set(_table(EN)["phrases"]["change"])

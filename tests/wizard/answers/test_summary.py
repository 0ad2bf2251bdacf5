"""The page list and the answers in words, without Qt."""

from __future__ import annotations

from typing import Any

from wizard.answers.draft import draft_from_raw
from wizard.answers.pages import PAGES, is_note_key, page_of, question_of
from wizard.answers.summary import question_rows, topic_text
from wizard.language import Language


def test_topics_and_note_keys_name_questions() -> None:
    assert topic_text("channels.linkedin", Language.NL) == "LinkedIn (Kanalen)"
    assert topic_text("governance", Language.EN) == "Governance and plan"
    assert topic_text("Budget", Language.EN) == "Budget"
    assert question_of("channels.linkedin.manager") == "channels.linkedin"


def test_every_question_has_a_label_on_every_page(minimal_raw: dict[str, Any]) -> None:
    draft = draft_from_raw(minimal_raw)
    for language in Language:
        for page in PAGES:
            rows = question_rows(draft, page.key, language)
            assert [row.key for row in rows] == list(page.questions)
            for row in rows:
                assert row.label and "." not in row.label and row.lines, row


def test_answers_read_as_words(minimal_raw: dict[str, Any]) -> None:
    minimal_raw["markets"] = {"webcare": False, "segments": ["consumer", "business"]}
    rows = {r.key: r for r in question_rows(draft_from_raw(minimal_raw), "markets", Language.EN)}
    assert rows["markets.segments"].lines == ("Consumers and Businesses (B2B)",)
    assert not rows["markets.webcare_response_hours"].applies  # only with webcare
    channels = {
        r.key: r for r in question_rows(draft_from_raw(minimal_raw), "channels", Language.NL)
    }
    assert channels["channels.linkedin"].applies and not channels["channels.tiktok"].applies


def test_note_keys() -> None:
    assert is_note_key("behaviour") and is_note_key("channels.linkedin")
    assert not is_note_key("channels.linkedin.manager")
    assert page_of("output.languages") is None

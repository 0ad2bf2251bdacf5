"""Answers of 10,000 characters cost what their length costs, no more: the checks that
read an answer's shape (a name with its role in brackets, a label's last word) look at
what they need first, and agree with the patterns they stand for on any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.content import people
from wizard.content.people import (
    _WITH_ROLE,
    DUTCH_TO_ENGLISH,
    _with_role,
    apposition,
    english_name,
    in_english,
)
from wizard.content.tailoring import ends_in_lower_word
from wizard.language import Language

# Texts made of the characters the checks care about, white space of every kind included.
SHAPED = st.text(alphabet=st.sampled_from("ab Z-()\u00a0\u2003\t\n\x1c"), max_size=30)
ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)

# What ends_in_lower_word stands for: the pattern it replaced.
ENGLISH_COMMON_END = re.compile(r"(?:^|\s)[a-z][a-z-]*$")


def groups(match: re.Match[str] | None) -> tuple[str, str] | None:
    return None if match is None else (match.group("name"), match.group("role"))


@given(st.one_of(SHAPED, ANY))
def test_a_name_with_its_role_is_told_as_the_pattern_tells_it(value: str) -> None:
    assert groups(_with_role(value)) == groups(_WITH_ROLE.match(value))
    assert groups(_with_role(value.strip())) == groups(_WITH_ROLE.match(value.strip()))


@given(st.one_of(SHAPED, ANY))
def test_a_labels_last_word_is_read_as_the_pattern_reads_it(label: str) -> None:
    typed = label.strip()
    assert ends_in_lower_word(typed) == bool(ENGLISH_COMMON_END.search(typed))


def test_names_and_roles_still_read_as_before() -> None:
    assert apposition("Sanne de Boer (communicatieadviseur)", Language.NL) == (
        "Sanne de Boer, communicatieadviseur"
    )
    assert in_english("Sanne de Boer (communicatieadviseur)") == (
        "Sanne de Boer (communications adviser)"
    )
    assert apposition("Sanne (a) (b)", Language.NL) == "Sanne (a) (b)"
    assert ends_in_lower_word("Substack newsletter") and ends_in_lower_word("intranet")
    assert not ends_in_lower_word("Mastodon") and not ends_in_lower_word("")


def english_name_read_whole(value: str) -> str | None:
    """english_name as it was: the whole answer normalised, then looked up."""
    key = " ".join(value.strip().lower().split())
    for article in ("de ", "het "):
        if key.startswith(article):
            key = key[len(article) :]
    return DUTCH_TO_ENGLISH.get(key)


TITLES = st.sampled_from(sorted(DUTCH_TO_ENGLISH))


@given(
    st.one_of(
        ANY,
        st.builds(
            lambda space, article, title, end: space + article + title.upper() + end,
            st.sampled_from(["", " ", "\t\n", "\u2003"]),
            st.sampled_from(["", "de ", "Het  ", "een "]),
            TITLES,
            st.sampled_from(["", " ", " x", "\u00a0"]),
        ),
        st.builds(lambda title: title.replace(" ", "   \n "), TITLES),
    )
)
def test_a_title_is_known_as_when_the_whole_answer_was_read(value: str) -> None:
    assert english_name(value) == english_name_read_whole(value)


def test_a_long_answer_is_no_title() -> None:
    assert english_name("raad van bestuur") == "board of directors"
    assert english_name(" De  Raad\tvan bestuur ") == "board of directors"
    assert english_name("raad van bestuur " * 1000) is None


@given(
    st.one_of(
        SHAPED,
        ANY,
        st.builds(lambda a, b: a * 300 + b, st.sampled_from(["x", " y", "(", "-"]), SHAPED),
    ),
    st.sampled_from([3, 256]),
)
def test_the_last_word_is_read_from_the_end_as_the_whole_text_gives_it(
    value: str, tail: int
) -> None:
    """Read from the end, with a short and the usual reach back."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(people, "_TAIL", tail)
        words = people._words(value)
        assert people._last_word(value) == (words[-1] if words else None)


def test_a_long_answer_ending_in_partners_is_plural() -> None:
    assert people.plural("Lorem ipsum " * 1000 + "de partners")
    assert not people.plural("de partners " * 1000 + "en de directeur")


DIGITISH = st.text(alphabet=st.sampled_from("ab 7é’²①٣\u00a0x"), max_size=30)


@given(st.one_of(DIGITISH, ANY))
def test_a_digit_is_found_as_a_look_at_every_character_finds_it(text: str) -> None:
    """has_digit stands for ``any(c.isdigit() for c in text)``: decimal digits of any
    script, and the other digits (superscripts, circled numbers) too."""
    from wizard.output.docx_writer import has_digit

    assert has_digit(text) == any(character.isdigit() for character in text)


def test_a_long_answer_without_digits_is_left_as_it_is() -> None:
    from wizard.output.docx_writer import has_digit, unbroken

    text = "Lorem ipsum, categorieën en café. " * 300
    assert not has_digit(text) and unbroken(text) is text
    assert has_digit(text + "²") and has_digit("artikel 28")


def test_only_a_project_of_long_answers_asks_to_keep_freed_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """wizard.memory is asked for by a section of long answers; an ordinary project never
    asks (and never loads ctypes for it)."""
    import json

    from tests.conftest import EXAMPLES
    from wizard.answers.model import TEXT_LIMIT, DocumentKind
    from wizard.answers.project_file import load_project, validate_raw
    from wizard.content import wording
    from wizard.content.tailoring import build_outline

    asked: list[bool] = []
    monkeypatch.setattr(wording, "keep_freed_memory", lambda: asked.append(True) or True)
    for example in EXAMPLES:
        for document in DocumentKind:
            build_outline(load_project(example), document, Language.NL)
    assert asked == []
    long = ("Lorem ipsum dolor sit amet. " * 400)[:TEXT_LIMIT]
    raw = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))
    for channel in raw["channels"]:
        channel["label"] = long
    build_outline(validate_raw(raw), DocumentKind.CODE_OF_CONDUCT, Language.NL)
    assert asked

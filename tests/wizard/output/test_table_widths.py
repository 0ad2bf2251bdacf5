"""Tables never split a word: each column is at least as wide as its longest word, in
every table of every kind of organisation's documents (checked by eye in LibreOffice's
PDF: "Communicatieadviseur", "Beheersmaatregel" whole)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.wizard.content.kinds import kinds
from wizard.answers.model import DocumentKind, Language
from wizard.content.outline import Table
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import (
    _CELL_MARGINS,
    _CHAR_TWIPS,
    fitted_widths,
    longest_part,
    unbreakable_parts,
)

USABLE = 9000  # an A4 page with margins of 2.5 cm, in twips


def test_a_column_is_never_narrower_than_its_longest_word() -> None:
    for name, project in kinds():
        for document in DocumentKind:
            for language in Language:
                outline = build_outline(project, document, language)
                for section in outline.sections:
                    for block in section.blocks:
                        if not isinstance(block, Table):
                            continue
                        rows = [block.header, *block.rows] if block.header else list(block.rows)
                        widths = fitted_widths(block.widths, rows, USABLE)
                        assert sum(widths) <= USABLE
                        for column, width in enumerate(widths):
                            words = [w for row in rows for w in unbreakable_parts(row[column])]
                            longest = max((len(w) for w in words), default=0)
                            assert width >= longest * _CHAR_TWIPS + _CELL_MARGINS, (
                                name,
                                section.title,
                                column,
                            )


def test_widths_follow_the_weights_where_the_words_allow() -> None:
    assert fitted_widths((1, 1), [("a", "b")], 1000) == [500, 500]
    wide = fitted_widths((1, 3), [("Communicatieadviseur", "x")], 9000)
    assert wide[0] >= 20 * _CHAR_TWIPS + _CELL_MARGINS and sum(wide) <= 9000
    # Words that cannot all fit share the page in proportion to what they need.
    squeezed = fitted_widths((1, 1), [("a" * 60, "b" * 60)], 9000)
    # A hyphen is a place to break: "Directeur-bestuurder" needs the room of "bestuurder".
    assert unbreakable_parts("Directeur-bestuurder (HR)") == ["Directeur-", "bestuurder", "(HR)"]
    assert squeezed == [4500, 4500]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_the_longest_part_is_the_longest_unbreakable_part(cell: str) -> None:
    """The quick way to the longest word (no hyphen: split on white space) agrees with
    the pattern, for any text, white space of every kind included."""
    expected = max(map(len, unbreakable_parts(cell)), default=0)
    assert longest_part(cell) == expected
    spaced = cell.replace("-", "\u00a0\u2003\t")
    assert longest_part(spaced) == max(map(len, unbreakable_parts(spaced)), default=0)


def test_a_table_of_five_people_leaves_the_employees_to_a_sentence() -> None:
    """Five columns of people and the employees' would not fit an A4 page with every word
    whole: the employees (always informed) get a sentence under the table instead."""
    name, project = next((n, p) for n, p in kinds() if n == "woonstichting-de-kern")
    for language, sentence in ((Language.NL, "Medewerkers worden"), (Language.EN, "Employees are")):
        outline = build_outline(project, DocumentKind.ICT_POLICY, language)
        roles = next(s for s in outline.sections if s.title.startswith("2."))
        table = next(b for b in roles.blocks if isinstance(b, Table))
        assert len(table.header) == 6 and all(len(row) == 6 for row in table.rows), name
        assert any(getattr(b, "text", "").startswith(sentence) for b in roles.blocks)

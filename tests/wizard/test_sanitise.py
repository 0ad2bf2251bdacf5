"""The sanitiser against the XML 1.0 Char production, over every code point."""

from __future__ import annotations

from wizard.sanitise import clean_text, one_line


def _allowed(code: int) -> bool:
    # XML 1.0, production [2] Char; a carriage return becomes a line feed.
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def test_clean_text_keeps_exactly_the_characters_xml_can_hold() -> None:
    every = "".join(chr(code) for code in range(0x110000))
    expected = "".join(
        "\n" if code == 0xD else chr(code) for code in range(0x110000) if _allowed(code)
    )
    assert clean_text(every) == expected


def test_line_ends_are_normalised_and_folded() -> None:
    assert clean_text("a\r\nb\rc\n") == "a\nb\nc\n"
    assert one_line("  a\r\n\tb  c \x00") == "a b c"

from __future__ import annotations

import pytest

from wizard.files import safe_file_name, slug


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("De Linde", "gedragscode social media"), "de-linde-gedragscode-social-media-1.0.docx"),
        (("Café Zoë & Zonen",), "cafe-zoe-zonen-1.0.docx"),
        (("CON",), "con-1.0.docx"),
        (("a/b\\c", ".."), "a-b-c-1.0.docx"),
        (("name. . .  ",), "name-1.0.docx"),
        (("日本語",), "document-1.0.docx"),
        (("Northwind Advisory B.V.",), "northwind-advisory-b-v-1.0.docx"),
    ],
)
def test_safe_file_names(parts: tuple[str, ...], expected: str) -> None:
    assert safe_file_name(*parts, version="1.0", suffix=".docx") == expected


def test_reserved_windows_names_are_avoided() -> None:
    assert safe_file_name("CON", suffix=".docx") == "con-file.docx"
    assert safe_file_name("lpt1", suffix=".txt") == "lpt1-file.txt"


def test_long_names_are_cut() -> None:
    name = safe_file_name("x" * 300, "y" * 300, version="1" * 300, suffix=".docx")
    assert len(name) <= 160


def test_slug_never_ends_in_dot_or_dash() -> None:
    assert slug("version 1.0.", keep_dots=True) == "version-1.0"

"""The third-party notice and the .deb's copyright file, made from the installed
distributions' metadata (wizard/notices.py)."""

from __future__ import annotations

import re
from importlib import metadata

from wizard import notices


def test_every_runtime_distribution_is_in_the_notice_with_its_licence_text() -> None:
    parts = notices.components()
    names = {notices._normal(c.name) for c in parts}
    # The program's own requirements and theirs, whatever their versions.
    for needed in (
        "pyside6-essentials",
        "shiboken6",
        "pydantic",
        "pydantic-core",
        "jinja2",
        "markupsafe",
        "python-docx",
        "lxml",
        "icalendar",
    ):
        assert needed in names, needed
    assert "pytest" not in names and "mypy" not in names  # test extras are not shipped
    text = notices.notice_text(parts)
    for component in parts:
        assert f"\n{notices.RULE}\n{component.name} {component.version}\n" in text
        for name, body in component.texts:
            assert body in text, (component.name, name)
    pydantic = next(c for c in parts if c.name == "pydantic")
    assert any("Permission is hereby granted" in body for _, body in pydantic.texts)
    python = parts[0]
    assert python.name == "Python" and "PYTHON SOFTWARE FOUNDATION" in python.texts[0][1]
    assert text.count("GNU LESSER GENERAL PUBLIC LICENSE") == 1
    assert "TERMS AND CONDITIONS" in text  # the GPL-3.0's full text
    assert notices.QT_NOTICE in text


def test_the_qt_distributions_are_used_under_the_lgpl() -> None:
    qt = [c for c in notices.components() if notices._normal(c.name) in notices.QT_DISTRIBUTIONS]
    assert qt
    for component in qt:
        assert "used under LGPL-3.0-only" in component.licence
        assert "Qt notice" in component.note


def test_a_requirement_of_an_extra_is_not_followed() -> None:
    assert notices._requirement_name('pytest>=8; extra == "test"') is None
    assert notices._requirement_name("PySide6-Essentials!=6.12.0,>=6.6") == "PySide6-Essentials"
    assert notices._requirement_name('tomli>=1; python_version < "3.11"') == "tomli"


def test_the_debian_copyright_file_is_machine_readable() -> None:
    parts = notices.components()
    extra = [
        notices.Component(
            "libfoo1",
            "1.0-1",
            "see below",
            [("copyright", "Copyright 2020 Foo\n\nFree.")],
            paths=["libfoo.so.1"],
        )
    ]
    text = notices.debian_copyright(
        parts, extra, "opt/x/_internal", "All rights reserved.", ["wizard/*"]
    )
    paragraphs = text.strip().split("\n\n")
    assert paragraphs[0].startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    )
    standalone = set()
    used = set()
    for paragraph in paragraphs[1:]:
        lines = paragraph.splitlines()
        for line in lines:
            # A field, or a continuation line (a space first; " ." for an empty line).
            assert re.match(r"^([A-Z][A-Za-z-]*: ?|\s)", line), line
        fields = {line.split(":", 1)[0] for line in lines if not line.startswith(" ")}
        licence = next(
            line.split(":", 1)[1].strip() for line in lines if line.startswith("License:")
        )
        if "Files" in fields:
            assert "Copyright" in fields and "License" in fields, paragraph
            if len([line for line in lines if line.startswith(" ")]) == 0 or lines[-1].startswith(
                "License:"
            ):
                used.add(licence)
        else:
            standalone.add(licence)
    assert used <= standalone, used - standalone  # a licence without text is defined below
    assert "Files: opt/x/_internal/libfoo.so.1" in text and "Copyright: Copyright 2020 Foo" in text
    assert "Files: opt/x/_internal/wizard/*" in text
    pyside = metadata.version("PySide6-Essentials")
    assert f"Comment: PySide6_Essentials {pyside}\nLicense: LGPL-3.0-only\n" in text

"""The third-party notice: every component the program runs on, with its licence text.

Read from the installed distributions' metadata (``importlib.metadata``): the program's
own runtime requirements, followed to the end (extras left out), each with its name,
version, licence and the text of its licence files. The interpreter's licence comes
from the Python installation, with a copy in ``packaging/licenses`` for a Python that
does not carry one (Debian's); Qt gets a notice of its own, and the notice ends with the
full texts of the LGPL-3.0 and of the GPL-3.0 it builds on.

The bundle's build (``packaging/policy-builder.spec``) writes the notice into the
bundle, adding what only the bundle carries (PyInstaller's bootloader, libraries taken
from the build machine); Help > About shows that file, or, run from a checkout, the
notice made from the running environment (:func:`current_notice`).
"""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from wizard import __version__
from wizard.paths import program_file

NOTICE_NAME = "THIRD-PARTY-NOTICES.txt"
PROJECT = "social-media-policy-builder"
# The licence texts the notice ends with (packaging/licenses, shipped in the repository
# because the Qt wheels carry none).
LICENCES = program_file("packaging", "licenses")
LGPL = "LGPL-3.0.txt"
GPL = "GPL-3.0.txt"
PYTHON_LICENCE = "Python-PSF-2.0.txt"
# Distributions under the Qt licence: the notice below applies to them.
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
RULE = "=" * 78

QT_NOTICE = """\
Qt 6 and Qt for Python (PySide6, shiboken6) are Copyright (C) The Qt Company Ltd.
and other contributors. This program uses them under the GNU Lesser General Public
License version 3 (LGPL-3.0); its full text, and that of the GNU General Public License
version 3 that it builds on, are at the end of this notice.

The Qt libraries are used unmodified and linked dynamically: they are the libQt6*
files (Windows: Qt6*.dll; macOS: the Qt frameworks) in the program's folder, and you
may replace them with a compatible build of your own. The source code of Qt and of Qt
for Python is available from https://download.qt.io/official_releases/ and
https://code.qt.io/. Qt contains third-party code (among others FreeType, HarfBuzz,
libpng, PCRE2, zlib, double-conversion and md4c) under its own licences, listed at
https://doc.qt.io/qt-6/licenses-used-in-qt.html."""


@dataclass
class Component:
    """One thing the program is distributed with, and its licence."""

    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)
    note: str = ""
    # Where its files are, relative to the bundle's data folder (for the .deb's
    # copyright file); empty when unknown.
    paths: list[str] = field(default_factory=list)

    def copyright_lines(self) -> list[str]:
        """The "Copyright …" lines of its licence texts, for a Debian copyright file."""
        found = []
        for _, text in self.texts:
            for line in text.splitlines():
                stripped = line.strip()
                if (
                    re.match(r"(copyright\b|\(c\)|©)", stripped, re.IGNORECASE)
                    and len(stripped) <= 200
                ):
                    found.append(stripped)
        return list(dict.fromkeys(found))


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names, or None for an extra's requirement."""
    name, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", name)
    return match.group(1) if match else None


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(project: str = PROJECT) -> list[metadata.Distribution]:
    """The distributions ``project`` needs to run, followed through their requirements."""
    seen: dict[str, metadata.Distribution] = {}
    queue = [project]
    while queue:
        name = queue.pop()
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python, not installed here
        key = _normal(distribution.metadata["Name"])
        if key in seen:
            continue
        seen[key] = distribution
        for requirement in distribution.requires or []:
            required = _requirement_name(requirement)
            if required:
                queue.append(required)
    seen.pop(_normal(project), None)
    return sorted(seen.values(), key=lambda d: _normal(d.metadata["Name"]))


def licence_name(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = meta["License-Expression"]
    if expression:
        return str(expression)
    licence = str(meta["License"] or "").strip()
    if licence and "\n" not in licence and len(licence) <= 80:
        return licence
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return " / ".join(classifiers) or "see the licence text"


def licence_texts(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files a distribution installs, as (name, text)."""
    declared = set(distribution.metadata.get_all("License-File") or [])
    texts = []
    for path in distribution.files or []:
        parts = path.parts
        in_metadata = bool(parts) and parts[0].endswith((".dist-info", ".egg-info"))
        relative = "/".join(parts[1:])
        wanted = relative in declared or relative.removeprefix("licenses/") in declared
        if in_metadata and (wanted or LICENCE_FILE.search(path.name)):
            if path.name in ("METADATA", "RECORD", "WHEEL"):
                continue
            try:
                text = Path(str(distribution.locate_file(path))).read_text(
                    encoding="utf-8", errors="replace"
                )
            except OSError:
                continue
            texts.append((relative, text.strip()))
    return sorted(texts)


def top_level_paths(distribution: metadata.Distribution) -> list[str]:
    """The packages and modules a distribution installs (``pydantic/*``, ``six.py``)."""
    found = set()
    for path in distribution.files or []:
        first = path.parts[0] if path.parts else ""
        if not first or first.endswith((".dist-info", ".egg-info", ".pth")) or first == "..":
            continue
        found.add(f"{first}/*" if len(path.parts) > 1 else first)
    return sorted(found)


def distribution_component(distribution: metadata.Distribution) -> Component:
    name = str(distribution.metadata["Name"])
    component = Component(
        name,
        distribution.version,
        licence_name(distribution),
        licence_texts(distribution),
        paths=top_level_paths(distribution),
    )
    if _normal(name) in QT_DISTRIBUTIONS:
        component.licence = f"{component.licence} (used under LGPL-3.0-only)"
        component.note = "See the Qt notice above and the LGPL-3.0 text at the end."
    elif not component.texts:
        component.note = "The distribution carries no licence file; its licence is named above."
    return component


def python_component(licences: Path = LICENCES) -> Component:
    """The Python interpreter and its standard library."""
    version = platform.python_version()
    base = Path(sys.base_prefix)
    candidates = [
        base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
        base / "LICENSE.txt",
        licences / PYTHON_LICENCE,
    ]
    text = next((c.read_text(encoding="utf-8") for c in candidates if c.is_file()), "")
    return Component("Python", version, "PSF-2.0", [("LICENSE.txt", text.strip())] if text else [])


def components() -> list[Component]:
    """Python and every distribution the program needs, from the running environment."""
    return [python_component(), *map(distribution_component, runtime_distributions())]


def notice_text(
    parts: Sequence[Component], extra: Iterable[Component] = (), licences: Path = LICENCES
) -> str:
    """The notice: a list, Qt's notice, each component's licence, the LGPL and GPL texts."""
    everything = [*parts, *extra]
    lines = [
        f"Social Media Policy Builder {__version__}: third-party notices",
        "",
        "This program is distributed with the components below, each under its own licence.",
        "",
    ]
    width = max(len(c.name) for c in everything) if everything else 10
    lines += [f"  {c.name:<{width}}  {c.version:<12}  {c.licence}" for c in everything]
    lines += ["", RULE, "Qt", RULE, "", QT_NOTICE, ""]
    for component in everything:
        lines += [RULE, f"{component.name} {component.version}", f"Licence: {component.licence}"]
        lines += [RULE, ""]
        if component.note:
            lines += [component.note, ""]
        for name, text in component.texts:
            lines += [f"--- {name} ---", "", text, ""]
    for title, name in (
        ("GNU Lesser General Public License, version 3 (LGPL-3.0)", LGPL),
        ("GNU General Public License, version 3 (GPL-3.0), which the LGPL-3.0 builds on", GPL),
    ):
        lines += [RULE, title, RULE, "", (licences / name).read_text(encoding="utf-8").strip(), ""]
    return "\n".join(lines)


def shipped_notice() -> Path | None:
    """The notice that came with the program (the bundle), or None (run from a checkout)."""
    candidates = [program_file(NOTICE_NAME)]
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / NOTICE_NAME)
    return next((c for c in candidates if c.is_file()), None)


def current_notice() -> str:
    """The notice for the program as it runs: the shipped file, or made from metadata."""
    shipped = shipped_notice()
    if shipped is not None:
        return shipped.read_text(encoding="utf-8")
    return notice_text(components())


def debian_copyright(
    parts: Sequence[Component],
    extra: Iterable[Component],
    prefix: str,
    program_licence: str,
    own: Sequence[str] = (),
) -> str:
    """A machine-readable debian/copyright file (format 1.0) for the .deb.

    ``prefix`` is where the bundle's data folder is installed; each component's files
    are named below it (a component that names none, Python's standard library, covers
    the whole folder, and the program's ``own`` folders and later components narrow
    it). The LGPL-3.0 points to Debian's common-licenses.
    """

    def body(text: str) -> str:
        return "\n".join(f" {line}" if line.strip() else " ." for line in text.splitlines())

    def files(paths: Iterable[str]) -> str:
        return " ".join(f"{prefix}/{p}" for p in paths)

    program = (
        f"Copyright: Social Media Policy Builder\nLicense: proprietary\n{body(program_licence)}"
    )
    everything = [*parts, *extra]
    paragraphs = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Social Media Policy Builder\n"
        "Comment: The full licence texts of every component are in\n"
        f" /usr/share/doc/{PROJECT}/{NOTICE_NAME}.",
        f"Files: *\n{program}",
    ]
    for component in sorted(everything, key=lambda c: bool(c.paths)):
        holders = component.copyright_lines() or [f"the authors of {component.name}"]
        licence = re.sub(r"\s+", " ", component.licence).strip()
        if "used under LGPL-3.0-only" in licence:
            licence, text = "LGPL-3.0-only", ""  # the stand-alone paragraph at the end
        elif component.texts:
            text = "\n\n".join(t for _, t in component.texts)
        else:
            text = component.note or f"See /usr/share/doc/{PROJECT}/{NOTICE_NAME}."
        paragraph = (
            f"Files: {files(component.paths or ['*'])}\n"
            f"Copyright: {holders[0]}\n"
            + "".join(f" {h}\n" for h in holders[1:])
            + f"Comment: {component.name} {component.version}\n"
            f"License: {licence}"
        )
        paragraphs.append(f"{paragraph}\n{body(text)}" if text else paragraph)
        if not component.paths and own:
            # The program's own folders, inside the folder the component covers.
            paragraphs.append(f"Files: {files(own)}\n{program}")
    paragraphs.append(
        "License: LGPL-3.0-only\n"
        " On Debian systems, the full text is at /usr/share/common-licenses/LGPL-3,\n"
        " and that of the GPL-3.0 it builds on at /usr/share/common-licenses/GPL-3."
    )
    return "\n\n".join(paragraphs) + "\n"

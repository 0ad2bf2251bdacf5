"""Export: which files a project becomes, and writing them.

Used by the command line and the wizard alike. Every document is rendered in memory
first; only when all of them succeeded is anything written, each file atomically.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wizard.answers.labels import value_label
from wizard.answers.model import DocumentKind, Language, Project
from wizard.content.tailoring import build_outline
from wizard.files import atomic_write_all, safe_file_name
from wizard.output.docx_writer import write_document
from wizard.output.package_zip import Package
from wizard.output.styles import HouseStyle


@dataclass(frozen=True)
class PlannedDocument:
    document: DocumentKind
    language: Language
    path: Path


def document_file_name(project: Project, document: DocumentKind, language: Language) -> str:
    """``de-linde-gedragscode-social-media-1.0.docx``: readable, and safe on Windows."""
    stem = value_label("file_stem", document, language)
    return safe_file_name(
        project.organisation.name, stem, version=project.organisation.version, suffix=".docx"
    )


def plan_export(
    project: Project,
    folder: Path,
    languages: Iterable[Language] | None = None,
    documents: Iterable[DocumentKind] | None = None,
) -> list[PlannedDocument]:
    languages = list(languages or project.output.languages)
    documents = list(documents or project.output.documents)
    return [
        PlannedDocument(
            document, language, Path(folder) / document_file_name(project, document, language)
        )
        for language in Language
        if language in languages
        for document in DocumentKind
        if document in documents
    ]


def pdf_path(document: Path) -> Path:
    """Where the PDF of a Word file goes: beside it, with the same name.

    Here rather than in wizard.output.pdf: the check for files that would be replaced
    runs before the Word files are written and must not depend on the PDF machinery.
    """
    return document.with_suffix(".pdf")


def existing_files(planned: Sequence[PlannedDocument]) -> list[Path]:
    return [item.path for item in planned if item.path.exists()]


def render_documents(
    project: Project,
    planned: Sequence[PlannedDocument],
    logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> list[tuple[PlannedDocument, bytes]]:
    """Every planned document in memory, in the order planned.

    Documents are written one after the other: python-docx parses with one shared lxml
    parser, which two threads must not use at once. The main part of each written
    document is compressed in a thread of its own meanwhile, one call that releases
    the interpreter lock (``wizard.output.package_zip``). ``house_style`` is loaded
    by the caller (``load_house_style``), which reports its refusals and warnings;
    None is the built-in house style.
    """
    packages: list[Package] = []
    threads: list[threading.Thread] = []
    try:
        for item in planned:
            outline = build_outline(project, item.document, item.language)
            package = write_document(outline, logo, house_style).package()
            packages.append(package)
            for part in package.deflating():
                threads.append(threading.Thread(target=part.run))
                threads[-1].start()
    finally:
        for thread in threads:
            thread.join()
    return [(item, package.zip()) for item, package in zip(planned, packages, strict=True)]


def write_documents(rendered: Sequence[tuple[PlannedDocument, bytes]]) -> list[Path]:
    atomic_write_all([(item.path, data) for item, data in rendered])
    return [item.path for item, _ in rendered]

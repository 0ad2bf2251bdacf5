"""Every kind of organisation the documents must serve: the examples, and the Northwind
example moved to each sector and size (a municipality named "Gemeente ...", a care
provider with Dutch titles), so a test can read every document of every kind."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from tests.conftest import EXAMPLES
from wizard.answers.model import DocumentKind, Language, Project, Sector, Size
from wizard.answers.project_file import validate_raw
from wizard.content.outline import outline_text
from wizard.content.tailoring import build_outline

# Dutch titles a user types, as the Dutch examples do.
DUTCH_ROLES = {
    "hr_owner": "Ahmed El Idrissi (HR-adviseur)",
    "communications_owner": "Manager Communicatie",
    "it_owner": "Afdeling ICT",
    "approver": "Raad van Bestuur",
}


def _raw(path: Any) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    raw["organisation"].pop("logo", None)
    return raw


@cache
def kinds() -> tuple[tuple[str, Project], ...]:
    found: list[tuple[str, Project]] = []
    for path in EXAMPLES:
        found.append((path.name.split(".")[0], validate_raw(_raw(path))))
    base = _raw(next(p for p in EXAMPLES if p.name.startswith("northwind")))
    sizes = [Size.MICRO, Size.SMALL, Size.MEDIUM, Size.LARGE]
    for index, sector in enumerate(Sector):
        raw = copy.deepcopy(base)
        raw["organisation"]["sector"] = sector.value
        raw["organisation"]["size"] = sizes[index % 4].value
        raw["confidentiality"].pop("framework", None)
        raw["organisation"]["jurisdiction"] = "eu" if index % 4 == 3 else "nl"
        raw["governance"].update(DUTCH_ROLES)
        if sector is Sector.INDUSTRY:
            # The questionnaire's default: the answers name nobody who approves.
            del raw["governance"]["approver"]
        if sector is Sector.GOVERNMENT:
            raw["organisation"]["name"] = "Gemeente Westerkwartier"
            raw["governance"]["approver"] = "College van B&W"
        raw["behaviour"]["training"] = "none" if index % 3 == 0 else "onboarding"
        raw["confidentiality"]["classification"] = "four_level" if index % 2 else "three_level"
        found.append((f"{sector.value}-{sizes[index % 4].value}", validate_raw(raw)))
    return tuple(found)


def documents() -> Iterator[tuple[str, Project, DocumentKind, Language, str]]:
    """(kind, project, document, language, text) for every kind, document and language."""
    for name, project in kinds():
        for document in DocumentKind:
            for language in Language:
                text = " ".join(outline_text(build_outline(project, document, language)).split())
                yield name, project, document, language, text


@cache
def all_documents() -> tuple[tuple[str, Project, DocumentKind, Language, str], ...]:
    return tuple(documents())


@cache
def abroad_kinds() -> tuple[tuple[str, Project], ...]:
    """Every sector outside the Netherlands: under EU law elsewhere and under other law,
    micro, small and from 50 people (where Dutch law would add a works council, the
    Cyberbeveiligingswet and a data protection officer), the roles as typed in Dutch."""
    base = _raw(next(p for p in EXAMPLES if p.name.startswith("northwind")))
    found: list[tuple[str, Project]] = []
    for jurisdiction in ("eu", "other"):
        for sector in Sector:
            for size in (Size.MICRO, Size.SMALL, Size.MEDIUM):
                raw = copy.deepcopy(base)
                raw["organisation"].update(
                    sector=sector.value, size=size.value, jurisdiction=jurisdiction
                )
                raw["confidentiality"].pop("framework", None)
                raw["confidentiality"]["personal_data"] = "special_categories"
                raw["governance"].update(DUTCH_ROLES)
                if sector is Sector.GOVERNMENT:
                    raw["organisation"]["name"] = "Gemeente Grenzland"
                name = f"{sector.value}-{size.value}-{jurisdiction}"
                found.append((name, validate_raw(raw)))
    return tuple(found)


@cache
def abroad_documents() -> tuple[tuple[str, Project, DocumentKind, Language, str], ...]:
    return tuple(
        (name, project, document, language, _text(project, document, language))
        for name, project in abroad_kinds()
        for document in DocumentKind
        for language in Language
    )


def _text(project: Project, document: DocumentKind, language: Language) -> str:
    return " ".join(outline_text(build_outline(project, document, language)).split())

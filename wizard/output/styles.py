"""The styles the Word writer uses, and the template they live in: the built-in house
style (``resources/reference.docx``) or a consultant's, prepared by
``wizard.output.house_style``.

Apart from both: the writer needs the template and the house-style loader needs the
list of styles, and neither needs the other. Writing a document on the built-in style
loads only this module, not the loader of a consultant's Word file.
"""

from __future__ import annotations

import copy
import io
import re
import threading
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.oxml import serialize_part_xml
from docx.oxml.ns import qn
from docx.styles import BabelFish
from lxml import etree

from wizard.answers.messages import Problem
from wizard.output.looks import Looks
from wizard.output.safe_xml import safe_parser
from wizard.paths import REFERENCE_DOCX

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


class Style:
    """Every style the writer uses; each must exist in reference.docx (a test checks)."""

    TITLE = "Title"
    SUBTITLE = "Subtitle"
    COVER_META = "Cover Meta"
    HEADING_1 = "Heading 1"
    HEADING_2 = "Heading 2"
    BODY = "Normal"
    BULLET = "List Bullet"
    NUMBER = "List Number"
    TABLE = "Policy Table"
    TABLE_TEXT = "Table Text"
    TOC_HEADING = "TOC Heading"
    TOC_1 = "TOC 1"
    HEADER = "Header"
    FOOTER = "Footer"
    STRONG = "Strong"


STYLES = tuple(v for k, v in vars(Style).items() if k.isupper())


@dataclass(frozen=True)
class HouseStyle:
    """A checked, prepared house style. ``path`` is None for the built-in one."""

    template: Document
    path: Path | None = None
    warnings: tuple[Problem, ...] = ()
    looks: Looks = field(default_factory=Looks)
    # True when the house style's header already carries a picture (its own logo).
    header_logo: bool = False
    _serialised: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    def serialised_styles(self, language_tag: str) -> bytes:
        """The styles part as written, once per language: the writer sets only the
        language of the shared styles (``_settings``), so the bytes depend on nothing else."""
        with WRITING:
            found = self._serialised.get(language_tag)
            if found is None:
                found = serialize_part_xml(self.template.styles.element)
                self._serialised[language_tag] = found
            return found

    def new_document(self) -> Document:
        """A fresh copy of the template: copying the parsed package is cheaper than reading it.

        The styles are shared with the template, not copied: a writer changes only
        their language, and holds ``WRITING`` from then until its parts are serialised.
        """
        styles = self.template.styles.element
        with WRITING:
            return copy.deepcopy(self.template, {id(styles): styles})

    @cached_property
    def style_ids(self) -> dict[str, str]:
        """The id of each style the writer uses, by its name (the same in every copy)."""
        by_name = style_elements(self.template)
        found = {name: style_element(by_name, name) for name in STYLES}
        missing = [name for name, element in found.items() if element is None]
        if missing:
            raise LookupError(f"the house style lacks the styles {missing}")
        return {
            name: str(element.get(qn("w:styleId")))
            for name, element in found.items()
            if element is not None
        }


# python-docx parses with one shared parser and the styles are shared between copies:
# one document is copied or written at a time.
WRITING = threading.RLock()


@cache
def built_in() -> HouseStyle:
    """reference.docx: the built-in house style, parsed once per process."""
    template = docx.Document(io.BytesIO(REFERENCE_DOCX.read_bytes()))
    return HouseStyle(template, None, (), looks_of(template))


def style_elements(template: Document) -> dict[str, etree._Element]:
    found = {}
    for element in template.styles.element.findall(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None:
            found[str(name.get(qn("w:val"))).lower()] = element
    return found


def style_element(by_name: dict[str, etree._Element], name: str) -> etree._Element | None:
    """A style by its name as Word shows it, whether stored as Word or LibreOffice do."""
    found = by_name.get(BabelFish.ui2internal(name).lower())
    return found if found is not None else by_name.get(name.lower())


_NAME = re.compile(r"[^A-Za-z0-9 _-]")
_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")


def _theme_fonts(template: Document) -> dict[str, str]:
    fonts = {}
    for rel in template.part.rels.values():
        if rel.reltype.endswith("/theme") and not rel.is_external:
            try:
                root = etree.fromstring(rel.target_part.blob, safe_parser())
            except etree.XMLSyntaxError:
                return {}
            for kind in ("major", "minor"):
                latin = root.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
                if latin is not None and latin.get("typeface"):
                    fonts[kind] = str(latin.get("typeface"))
    return fonts


def looks_of(template: Document) -> Looks:
    by_name = style_elements(template)
    by_id = {str(e.get(qn("w:styleId"))): e for e in template.styles.element.findall(qn("w:style"))}
    theme = _theme_fonts(template)
    defaults = template.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"
    )

    def chain(name: str) -> list[etree._Element]:
        found: list[etree._Element] = []
        style = style_element(by_name, name)
        while style is not None and len(found) < 10:
            found.append(style)
            based = style.find(qn("w:basedOn"))
            style = None if based is None else by_id.get(str(based.get(qn("w:val"))))
        return found

    def font(name: str) -> str | None:
        for style in [*chain(name), defaults]:
            fonts = None if style is None else style.find(f".//{qn('w:rFonts')}")
            if fonts is None:
                continue
            if fonts.get(qn("w:ascii")):
                return _NAME.sub("", str(fonts.get(qn("w:ascii")))).strip() or None
            themed = str(fonts.get(qn("w:asciiTheme")) or "")
            if themed:
                return theme.get("major" if themed.startswith("major") else "minor")
        return theme.get("minor")

    def colour(name: str) -> str | None:
        for style in [*chain(name), defaults]:
            if style is None:
                continue
            path = qn("w:color") if style is defaults else f"{qn('w:rPr')}/{qn('w:color')}"
            element = style.find(path)
            value = None if element is None else str(element.get(qn("w:val")))
            if value and _HEX.match(value):
                return value.upper()
        return None

    plain = Looks()
    return Looks(
        body_font=font("Normal") or plain.body_font,
        heading_font=font("Heading 1") or font("Normal") or plain.heading_font,
        text_colour=colour("Normal") or plain.text_colour,
        heading_colour=colour("Heading 1") or plain.heading_colour,
    )

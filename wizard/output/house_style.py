"""A consultant's house style: a Word file (``.docx`` or ``.dotx``) whose looks the documents take.

The file is someone else's, so nothing of it is copied as it is: the documents' template
is built anew from ``resources/reference.docx``, taking from the file only what the looks
need (an allowlist):

- its styles (those the writer uses, with the styles they are based on and the
  defaults), and its list numbering, with only WordprocessingML in them;
- the fonts and colours of its theme;
- its page size and margins;
- its header and footer paragraphs, rebuilt from their text, tabs, alignment,
  page-number fields (PAGE, NUMPAGES) and embedded PNG or JPEG pictures (checked by
  their bytes, within a pixel limit).

Everything else stays behind: the body's text, every other field, every link to outside
the file (of any kind), objects, ActiveX, inserted documents (altChunk), SVG, custom
XML, comments, custom properties, text boxes and shapes. What was found and left out is
named in a warning. The file is refused with a ``Problem`` on ``output.house_style`` when
it is not a Word file, is damaged or too large, unpacks to far more than it holds (a zip
bomb), holds macros, or declares a DTD or entities in any part
(``wizard.output.office_zip`` reads every part of it, bounded). The styles the writer
needs and the file lacks are filled in from the built-in style (each named in a
warning). The file itself is only read.

Any document writer takes a ``HouseStyle``: ``HouseStyle.new_document()`` is a fresh
copy of its template. ``load_house_style(path)`` caches by path, time and size, so
repeated exports do not read the file again.
"""

from __future__ import annotations

import copy
import io
import posixpath
import re
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from wizard.answers.messages import Problem
from wizard.answers.project_file import image_size
from wizard.files import FileRefused, read_regular_file
from wizard.output.looks import Looks
from wizard.output.office_zip import (
    OLE_MAGIC,
    Limits,
    OfficeZip,
    PackageRefused,
    is_raster,
    stream_xml,
)
from wizard.output.safe_xml import safe_parser
from wizard.output.styles import (
    STYLES,
    HouseStyle,
    Style,
    built_in,
    looks_of,
    style_element,
    style_elements,
)
from wizard.paths import REFERENCE_DOCX

FIELD = "output.house_style"
SUFFIXES = (".docx", ".dotx")
MACRO_SUFFIXES = (".docm", ".dotm")
MAX_FILE_BYTES = 20 * 2**20  # a house style with a logo is a few hundred kilobytes
MAX_UNPACKED_BYTES = 100 * 2**20  # everything in the zip together, unpacked
MAX_RATIO = 100  # unpacked / packed, for a member of more than a megabyte unpacked
MAX_MEMBERS = 1000
MAX_IMAGE_BYTES = 10 * 2**20  # as a logo (wizard.answers.project_file.MAX_LOGO_BYTES)
# One XML part that is read: Word's own styles are some 50 kB, a long report's text a
# few MB. Elements bound the memory a parser needs (some hundred bytes each).
MAX_PART_BYTES = 8 * 2**20
MAX_PART_ELEMENTS = 100_000  # Word's own styles have some 4,000; a parser needs ~600 bytes each
MAX_TEXT_ELEMENTS = 1_000_000  # the template's text, read as a stream and never kept
MAX_PICTURE_PIXELS = 4096  # a header picture, each side: a logo, not a photograph
MAX_PICTURES = 20  # in the headers and footers together
MAX_PICTURE_TOTAL = 10 * 2**20  # the header and footer pictures together, in bytes
MAX_PARAGRAPHS = 100  # in one header or footer: a letterhead has a few
MAX_RUNS = 200  # in one of its paragraphs
MAX_EMU = 20_116_800  # 22 inches, Word's largest page
LIMITS = Limits(
    members=MAX_MEMBERS,
    unpacked=MAX_UNPACKED_BYTES,
    ratio=MAX_RATIO,
    part=MAX_PART_BYTES,
    elements=MAX_PART_ELEMENTS,
)

DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OFFICE_DOCUMENT = f"{RELATIONSHIPS}/officeDocument"
HYPERLINK = f"{RELATIONSHIPS}/hyperlink"
IMAGE = f"{RELATIONSHIPS}/image"
HEADER = f"{RELATIONSHIPS}/header"
FOOTER = f"{RELATIONSHIPS}/footer"
BUILT_IN_BRAND = "1B5E6B"  # reference.docx's heading colour, replaced in filled-in styles

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = RELATIONSHIPS
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative"
DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"

# What a warning names when the file held it and it was left out (wizard.answers.messages).
DROPPED = (
    "external",  # links to outside the file, of any kind
    "fields",  # fields other than the page numbers
    "objects",  # OLE objects, packages, ActiveX controls, macros under another name
    "altchunk",  # documents inserted whole (altChunk)
    "svg",  # SVG and other pictures that are not PNG or JPEG
    "pictures",  # PNG or JPEG pictures too large, or damaged
    "custom_xml",  # custom XML data
    "comments",  # comments
    "properties",  # custom document properties
    "text_boxes",  # text boxes and shapes in the header or footer
    "page_setup",  # a page size or margins that are no numbers Word takes
)


class HouseStyleError(Exception):
    """A house style that cannot be used; ``problem`` says why and what to do."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


_CACHE: dict[tuple[str, int, int], HouseStyle] = {}
_CACHE_LOCK = threading.Lock()


def load_house_style(path: Path, shown: str | None = None) -> HouseStyle:
    """The house style in ``path``, checked and prepared; HouseStyleError when refused.

    ``shown`` is the path as the user gave it, for messages. Cached by path, time of
    change and size: a changed file is read again.
    """
    shown = shown or str(path)
    try:
        stat = path.stat()
    except OSError:
        raise HouseStyleError(Problem(FIELD, "house_style_missing", {"path": shown})) from None
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _CACHE_LOCK:
        found = _CACHE.get(key)
    if found is not None:
        return found
    style = _load(path, shown)
    with _CACHE_LOCK:
        # Keep a few: a consultant switches between a handful of clients' styles.
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = style
    return style


def house_style_for(
    shown: str | None, base_dir: Path | None
) -> tuple[HouseStyle | None, Problem | None]:
    """The house style a project names (``output.house_style`` as written, relative to
    ``base_dir``): resolved, checked and loaded; or why it cannot be used.

    ``(None, None)`` is the built-in house style. The one place that sequence lives: the
    command line, the window and the workshop report all come here.
    """
    from wizard.answers.project_file import check_house_style_file, resolve_logo

    if not shown:
        return None, None
    problem = check_house_style_file(shown, base_dir)
    path = resolve_logo(shown, base_dir)
    if problem is not None or path is None:
        return None, problem
    try:
        return load_house_style(path, shown), None
    except HouseStyleError as error:
        return None, error.problem


def _refuse(code: str, shown: str, **params: object) -> HouseStyleError:
    return HouseStyleError(Problem(FIELD, code, {"path": shown, **params}))


_REFUSALS = {
    "not_zip": "house_style_not_word",
    "damaged": "house_style_damaged",
    "bomb": "house_style_bomb",
    "too_large": "house_style_too_complex",
    "dtd": "house_style_entities",
}


def check_package(path: Path, shown: str) -> OfficeZip:
    """The file as a zip checked whole (every part read, bounded); raises when refused."""
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        raise _refuse("house_style_macros", shown)
    if suffix not in SUFFIXES:
        raise _refuse("house_style_not_word", shown)
    try:
        # A regular file only, opened without blocking (a pipe would wait forever).
        data = read_regular_file(path, MAX_FILE_BYTES)[0]
    except FileRefused as refused:
        if refused.reason == "too_large":
            raise _refuse("house_style_too_large", shown, limit=MAX_FILE_BYTES // 2**20) from None
        raise _refuse("house_style_not_word", shown) from None
    except OSError:
        raise _refuse("house_style_missing", shown) from None
    try:
        package = OfficeZip(data, LIMITS)
    except PackageRefused as refused:
        # A password-protected Word file is no zip but an OLE file: "not Word" says how.
        raise _refuse(_REFUSALS[refused.reason], shown) from None
    names = package.names()
    if any(name.endswith("vbaproject.bin") or "vbadata" in name for name in names):
        raise _refuse("house_style_macros", shown)
    for name in names:
        if name.startswith("word/media/") and package.sizes[name] > MAX_IMAGE_BYTES:
            raise _refuse("house_style_image_too_large", shown, limit=MAX_IMAGE_BYTES // 2**20)
    return package


def _load(path: Path, shown: str) -> HouseStyle:
    package = check_package(path, shown)
    try:
        built = _Builder(package, shown).build()
        template = docx.Document(io.BytesIO(built.data))
        warnings = _prepare(template, shown, built.dropped)
    except HouseStyleError:
        raise
    except PackageRefused as refused:
        raise _refuse(_REFUSALS[refused.reason], shown) from None
    except Exception:  # python-docx found the package unusable: damaged for the user
        raise _refuse("house_style_damaged", shown) from None
    return HouseStyle(template, path, tuple(warnings), looks_of(template), built.header_logo)


# --- the template, built from the allowlist ----------------------------------------------


@dataclass(frozen=True)
class _Relationship:
    type: str
    target: str  # a part's name, resolved; "" when it points outside the file
    external: bool


@dataclass
class _Built:
    data: bytes
    dropped: set[str]
    header_logo: bool


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^[/\\]{2}")  # http:, file:, javascript:, UNC


def _resolve(source: str, target: str) -> str:
    """A relationship's target as a part name, or "" when it is outside the package."""
    if _SCHEME.match(target):
        return ""
    base = "" if target.startswith("/") else posixpath.dirname(source)
    resolved = posixpath.normpath(posixpath.join(base, target.lstrip("/")))
    if resolved.startswith(("..", "/")) or resolved == ".":
        return ""
    return resolved.lower()


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


# Relationship types of things the documents never take, by what a warning calls them.
_REL_KINDS = (
    ("oleobject", "objects"),
    ("relationships/package", "objects"),
    ("activex", "objects"),
    ("/control", "objects"),
    ("vbaproject", "objects"),
    ("wordvbadata", "objects"),
    ("afchunk", "altchunk"),
    ("custom-properties", "properties"),
    ("comments", "comments"),
    ("/people", "comments"),
)


class _Builder:
    """Builds the template package from reference.docx and the allowlisted parts."""

    def __init__(self, package: OfficeZip, shown: str) -> None:
        self.package = package
        self.shown = shown
        self.dropped: set[str] = set()
        self.media: dict[str, str] = {}  # source part -> new part name
        self.media_bytes: dict[str, bytes] = {}
        self.pictures = 0
        self.picture_bytes = 0
        with zipfile.ZipFile(REFERENCE_DOCX) as reference:
            self.members = {name: reference.read(name) for name in reference.namelist()}

    # --- reading ----------------------------------------------------------------------

    def relationships(self, part: str) -> dict[str, _Relationship]:
        name = _rels_name(part)
        if not self.package.has(name):
            return {}
        found = {}
        for rel in self.package.xml(name).iter(f"{{{PACKAGE_RELS}}}Relationship"):
            target = str(rel.get("Target", ""))
            external = rel.get("TargetMode") == "External" or bool(_SCHEME.match(target))
            resolved = "" if external else _resolve(part, target)
            found[str(rel.get("Id", ""))] = _Relationship(
                str(rel.get("Type", "")), resolved, external or not resolved
            )
        return found

    def survey(self) -> None:
        """Name in the warning what the file holds and the documents never take."""
        types = self.package.xml("[Content_Types].xml")
        for element in types:
            kind = str(element.get("ContentType", "")).lower()
            if "svg" in kind:
                self.dropped.add("svg")
            if "oleobject" in kind or "activex" in kind or "vba" in kind:
                self.dropped.add("objects")
        for name in self.package.names():
            head = self.package.heads.get(name, b"")
            if head.startswith(OLE_MAGIC):
                self.dropped.add("objects")
            if name.endswith(".svg") or b"<svg" in head:
                self.dropped.add("svg")
            # Word keeps an empty list of bibliography sources in every file it saves:
            # no one's data, not worth a warning.
            if (
                name.startswith("customxml/item")
                and not name.startswith("customxml/itemprops")
                and b"/bibliography" not in head
            ):
                self.dropped.add("custom_xml")
            if name == "docprops/custom.xml":
                self.dropped.add("properties")
            if not name.endswith(".rels"):
                continue
            for rel in self.package.xml(name).iter(f"{{{PACKAGE_RELS}}}Relationship"):
                kind = str(rel.get("Type", "")).lower()
                target = str(rel.get("Target", ""))
                if rel.get("TargetMode") == "External" or _SCHEME.match(target):
                    self.dropped.add("external")
                for marker, what in _REL_KINDS:
                    if marker in kind:
                        self.dropped.add(what)

    # --- building ---------------------------------------------------------------------

    def build(self) -> _Built:
        package = self.package
        if not package.has("[Content_Types].xml") or not package.has("_rels/.rels"):
            raise _refuse("house_style_not_word", self.shown)
        main = next(
            (
                rel.target
                for rel in self.relationships("").values()
                if rel.type == OFFICE_DOCUMENT and not rel.external
            ),
            "",
        )
        if not main or not package.has(main):
            raise _refuse("house_style_not_word", self.shown)
        types = package.xml("[Content_Types].xml")
        all_types = " ".join(str(e.get("ContentType", "")) for e in types).lower()
        if "macroenabled" in all_types or "vbaproject" in all_types:
            raise _refuse("house_style_macros", self.shown)
        main_type = next(
            (
                str(e.get("ContentType", ""))
                for e in types.iter(f"{{{CONTENT_TYPES}}}Override")
                if _resolve("", str(e.get("PartName", ""))) == main
            ),
            "",
        )
        if main_type not in (DOCUMENT_MAIN, TEMPLATE_MAIN):
            raise _refuse("house_style_not_word", self.shown)
        self.survey()
        section = self.body_section(main)
        rels = self.relationships(main)
        by_type: dict[str, str] = {}
        for rel in rels.values():
            if not rel.external and rel.target and package.has(rel.target):
                by_type.setdefault(rel.type.rsplit("/", 1)[-1], rel.target)
        # The headers first: the styles their paragraphs use are kept; then the list
        # definitions that the kept styles use.
        numbering = self.numbering(by_type.get("numbering"))
        header_styles: set[str] = set()
        references = self.headers_and_footers(section, rels, header_styles)
        if "styles" in by_type:
            styles = self.styles(by_type["styles"], header_styles)
            _only_numbering_used(numbering, styles)
            self.members["word/styles.xml"] = _xml_bytes(styles)
        self.members["word/numbering.xml"] = _xml_bytes(numbering)
        if "theme" in by_type:
            self.members["word/theme/theme1.xml"] = self.theme(by_type["theme"])
        if "fontTable" in by_type:
            self.members["word/fontTable.xml"] = _xml_bytes(self.font_table(by_type["fontTable"]))
        if "settings" in by_type:
            self.settings(by_type["settings"])
        self.document(section, references)
        header_logo = any(
            kind == "header" and which == "default" and logo for kind, which, _, logo in references
        )
        return _Built(self.zipped(references), self.dropped, header_logo)

    def body_section(self, main: str) -> etree._Element | None:
        """The body's section properties (page setup, headers), read as a stream: the
        template's text is never needed, so it is never kept."""
        if self.package.sizes[main] > MAX_PART_BYTES:
            raise PackageRefused("too_large", main)
        found = None
        inside = 0  # within a sectPr, which is kept until its end
        for event, element in stream_xml(self.package.read(main), main, MAX_TEXT_ELEMENTS):
            if element.tag == _w("sectPr"):
                inside += 1 if event == "start" else -1
            if event == "start" or inside:
                continue
            parent = element.getparent()
            if element.tag == _w("sectPr") and parent is not None and parent.tag == _w("body"):
                found = copy.deepcopy(element)
            element.clear()
            while element.getprevious() is not None:
                del parent[0]
        return found

    def numbering(self, name: str | None) -> etree._Element:
        if name is None:
            return etree.Element(_w("numbering"), nsmap={"w": W})
        root = _only_wordprocessing(self.package.xml(name))
        if root.tag != _w("numbering"):
            raise PackageRefused("damaged", name)
        # Picture bullets are pictures of their own (VML, possibly linked): left out.
        for element in list(root.iter(_w("numPicBullet"), _w("lvlPicBulletId"))):
            element.getparent().remove(element)
        return root

    def styles(self, name: str, wanted: set[str]) -> etree._Element:
        root = _only_wordprocessing(self.package.xml(name))
        if root.tag != _w("styles"):
            raise PackageRefused("damaged", name)
        # Only the styles the documents use, those they are based on or linked to, and
        # the defaults: Word's hidden list of built-in styles is left out too.
        for latent in root.findall(_w("latentStyles")):
            root.remove(latent)
        by_name = {}
        by_id = {}
        for style in root.findall(_w("style")):
            style_name = style.find(_w("name"))
            if style_name is not None:
                by_name[str(style_name.get(_w("val"))).lower()] = style
            by_id[str(style.get(_w("styleId")))] = style
        keep: set[str] = set(wanted)
        for needed in STYLES:
            found = style_element(by_name, needed)
            if found is not None:
                keep.add(str(found.get(_w("styleId"))))
        keep.update(sid for sid, s in by_id.items() if s.get(_w("default")) in ("1", "true", "on"))
        pending = list(keep)
        while pending:
            style = by_id.get(pending.pop())
            if style is None:
                continue
            for tag in ("basedOn", "link"):
                ref = style.find(_w(tag))
                target = None if ref is None else str(ref.get(_w("val")))
                if target and target not in keep:
                    keep.add(target)
                    pending.append(target)
        for style_id, style in by_id.items():
            if style_id not in keep:
                root.remove(style)
                continue
            for tag in ("basedOn", "link", "next"):
                ref = style.find(_w(tag))
                if ref is not None and str(ref.get(_w("val"))) not in keep:
                    style.remove(ref)
        return root

    def theme(self, name: str) -> bytes:
        """The built-in theme with the file's colour and font schemes, rebuilt."""
        source = self.package.xml(name)
        theme = etree.fromstring(self.members["word/theme/theme1.xml"], safe_parser())
        elements = theme.find(f"{{{A}}}themeElements")
        for scheme, rebuild in (("clrScheme", _colour_scheme), ("fontScheme", _font_scheme)):
            found = source.find(f"{{{A}}}themeElements/{{{A}}}{scheme}")
            ours = elements.find(f"{{{A}}}{scheme}")
            if found is None or ours is None:
                continue
            rebuilt = rebuild(found, ours)
            if rebuilt is not None:
                ours.addprevious(rebuilt)
                elements.remove(ours)
        return _xml_bytes(theme)

    def font_table(self, name: str) -> etree._Element:
        root = _only_wordprocessing(self.package.xml(name))
        if root.tag != _w("fonts"):
            raise PackageRefused("damaged", name)
        for font in root:
            for child in list(font):
                if child.tag.startswith(f"{{{W}}}embed"):  # embedded font files
                    font.remove(child)
        return root

    def settings(self, name: str) -> None:
        """Of the settings, only the default tab stop: the rest are the built-in ones."""
        stop = self.package.xml(name).find(_w("defaultTabStop"))
        value = _twips(stop, "val", 0, 31680)
        if value is None:
            return
        settings = etree.fromstring(self.members["word/settings.xml"], safe_parser())
        ours = settings.find(_w("defaultTabStop"))
        if ours is not None:
            ours.set(_w("val"), str(value))
            self.members["word/settings.xml"] = _xml_bytes(settings)

    def document(
        self, section: etree._Element | None, references: list[tuple[str, str, str, bool]]
    ) -> None:
        """reference.docx's empty body, with the file's page size and margins."""
        document = etree.fromstring(self.members["word/document.xml"], safe_parser())
        ours = document.find(f"{_w('body')}/{_w('sectPr')}")
        for kind, which, part, _ in reversed(references):
            reference = etree.Element(_w(f"{kind}Reference"))
            reference.set(_w("type"), which)
            reference.set(f"{{{R}}}id", _part_id(part))
            ours.insert(0, reference)
        if section is not None:
            page = _page_setup(section)
            if page is None:
                self.dropped.add("page_setup")
            else:
                for element in page:
                    old = ours.find(element.tag)
                    if old is not None:
                        old.addprevious(element)
                        ours.remove(old)
        self.members["word/document.xml"] = _xml_bytes(document)

    def headers_and_footers(
        self,
        section: etree._Element | None,
        rels: dict[str, _Relationship],
        styles: set[str],
    ) -> list[tuple[str, str, str, bool]]:
        """(header or footer, default or first, new part name, holds a picture) of each
        rebuilt; the parts go into ``members``. Even pages have none of their own."""
        found: list[tuple[str, str, str, bool]] = []
        if section is None:
            return found
        for kind in ("header", "footer"):
            for reference in section.findall(_w(f"{kind}Reference")):
                which = str(reference.get(_w("type"), "default"))
                rel = rels.get(str(reference.get(f"{{{R}}}id", "")))
                if which not in ("default", "first") or any(
                    k == kind and w == which for k, w, _, _ in found
                ):
                    continue
                wanted = HEADER if kind == "header" else FOOTER
                if rel is None or rel.external or rel.type != wanted:
                    continue
                if not self.package.has(rel.target):
                    continue
                part = f"word/{kind}{len(found) + 1}.xml"
                rebuilt, pictures = _Part(self, rel.target, part, styles).rebuild(kind)
                self.members[part] = _xml_bytes(rebuilt.root)
                if rebuilt.rels:
                    self.members[_rels_name(part)] = _relationships_xml(rebuilt.rels)
                found.append((kind, which, part, pictures > 0))
        return found

    def zipped(self, references: list[tuple[str, str, str, bool]]) -> bytes:
        types = etree.fromstring(self.members["[Content_Types].xml"], safe_parser())
        defaults = {str(e.get("Extension")) for e in types.iter(f"{{{CONTENT_TYPES}}}Default")}
        for extension, kind in (("png", "image/png"), ("jpeg", "image/jpeg")):
            if extension not in defaults:
                etree.SubElement(
                    types, f"{{{CONTENT_TYPES}}}Default", Extension=extension, ContentType=kind
                )
        rels = etree.fromstring(self.members["word/_rels/document.xml.rels"], safe_parser())
        for kind, _, part, _ in references:
            etree.SubElement(
                types,
                f"{{{CONTENT_TYPES}}}Override",
                PartName=f"/{part}",
                ContentType=f"application/vnd.openxmlformats-officedocument."
                f"wordprocessingml.{kind}+xml",
            )
            etree.SubElement(
                rels,
                f"{{{PACKAGE_RELS}}}Relationship",
                Id=_part_id(part),
                Type=HEADER if kind == "header" else FOOTER,
                Target=part.removeprefix("word/"),
            )
        self.members["[Content_Types].xml"] = _xml_bytes(types)
        self.members["word/_rels/document.xml.rels"] = _xml_bytes(rels)
        self.members.update(self.media_bytes)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for name, blob in self.members.items():
                archive.writestr(name, blob)
        return buffer.getvalue()

    # --- pictures ---------------------------------------------------------------------

    def picture(self, source: str) -> str | None:
        """The new part name of an embedded PNG or JPEG, or None when it is left out."""
        if source in self.media:
            return self.media[source]
        if not self.package.has(source) or self.pictures >= MAX_PICTURES:
            self.dropped.add("pictures")
            return None
        head = self.package.heads.get(source, b"")
        if not is_raster(head):
            self.dropped.add("svg")
            return None
        if self.package.sizes[source] + self.picture_bytes > MAX_PICTURE_TOTAL:
            self.dropped.add("pictures")
            return None
        blob = self.package.read(source)
        size = image_size(blob)
        if size is None or max(size) > MAX_PICTURE_PIXELS:
            self.dropped.add("pictures")
            return None
        self.pictures += 1
        self.picture_bytes += len(blob)
        extension = "png" if blob.startswith(b"\x89PNG") else "jpeg"
        name = f"word/media/house{self.pictures}.{extension}"
        self.media[source] = name
        self.media_bytes[name] = blob
        return name


def _only_numbering_used(numbering: etree._Element, styles: etree._Element) -> None:
    """The list definitions that the styles kept refer to; the others are left out."""
    used = {str(num_id.get(_w("val"))) for num_id in styles.iter(_w("numId"))}
    abstracts = set()
    for num in numbering.findall(_w("num")):
        abstract = num.find(_w("abstractNumId"))
        if str(num.get(_w("numId"))) not in used or abstract is None:
            numbering.remove(num)
        else:
            abstracts.add(str(abstract.get(_w("val"))))
    for abstract in numbering.findall(_w("abstractNum")):
        if str(abstract.get(_w("abstractNumId"))) not in abstracts:
            numbering.remove(abstract)


def _part_id(part: str) -> str:
    return "rIdHouse" + re.sub(r"[^A-Za-z0-9]", "", posixpath.basename(part))


def _xml_bytes(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _relationships_xml(rels: dict[str, str]) -> bytes:
    root = etree.Element(f"{{{PACKAGE_RELS}}}Relationships", nsmap={None: PACKAGE_RELS})
    for r_id, target in rels.items():
        etree.SubElement(
            root, f"{{{PACKAGE_RELS}}}Relationship", Id=r_id, Type=IMAGE, Target=target
        )
    return _xml_bytes(root)


# (parent, child) of the WordprocessingML elements that a part may repeat; any other
# child repeated is a copy that no reader uses (Word takes the first): left out, so that
# a style with a hundred thousand copies of one property is a style with one.
_REPEATED = {
    ("styles", "style"),
    ("numbering", "abstractNum"),
    ("numbering", "num"),
    ("abstractNum", "lvl"),
    ("num", "lvlOverride"),
    ("tabs", "tab"),
    ("style", "tblStylePr"),
    ("fonts", "font"),
}


# WordprocessingML content, never properties: a styles, numbering or fonts part that
# holds any of these holds something to carry along, not a look.
_CONTENT = set(
    """p r t tbl tr tc object pict drawing fldSimple fldChar instrText hyperlink altChunk sdt
    customXml smartTag txbxContent control subDoc ins del moveFrom moveTo bookmarkStart
    bookmarkEnd commentReference commentRangeStart commentRangeEnd permStart permEnd
    numPicBullet lvlPicBulletId attachedTemplate embedRegular embedBold embedItalic
    embedBoldItalic""".split()
)


def _only_wordprocessing(root: etree._Element) -> etree._Element:
    """The tree with only WordprocessingML properties: no content (``_CONTENT``), no
    drawing, no VML, no extension, no relationship id, nothing of another vocabulary;
    no repeated copies."""
    prefix = f"{{{W}}}"
    stack = [root]
    while stack:
        element = stack.pop()
        for attribute in list(element.attrib):
            if not attribute.startswith(prefix):
                del element.attrib[attribute]
        parent = element.tag.removeprefix(prefix)
        seen: set[str] = set()
        for child in list(element):
            tag = child.tag
            if not isinstance(tag, str) or not tag.startswith(prefix):
                element.remove(child)
                continue
            name = tag.removeprefix(prefix)
            if name in _CONTENT or (name in seen and (parent, name) not in _REPEATED):
                element.remove(child)
                continue
            seen.add(name)
            stack.append(child)
    etree.cleanup_namespaces(root, top_nsmap={"w": W})
    return root


_HEX6 = re.compile(r"^[0-9A-Fa-f]{6}$")
_SYSTEM_COLOURS = {"windowText", "window", "btnFace", "btnText", "highlight", "highlightText"}
_COLOUR_SLOTS = (
    "dk1 lt1 dk2 lt2 accent1 accent2 accent3 accent4 accent5 accent6 hlink folHlink".split()
)


def _colour_scheme(source: etree._Element, ours: etree._Element) -> etree._Element | None:
    """Twelve colours, each a plain RGB or a system colour with its RGB; else ours."""
    rebuilt = etree.Element(f"{{{A}}}clrScheme", name=_font_name(source.get("name")) or "House")
    for slot in _COLOUR_SLOTS:
        found = source.find(f"{{{A}}}{slot}")
        colour = None if found is None else found.find(f"{{{A}}}srgbClr")
        system = None if found is None else found.find(f"{{{A}}}sysClr")
        holder = etree.SubElement(rebuilt, f"{{{A}}}{slot}")
        if colour is not None and _HEX6.match(str(colour.get("val", ""))):
            etree.SubElement(holder, f"{{{A}}}srgbClr", val=str(colour.get("val")).upper())
        elif (
            system is not None
            and system.get("val") in _SYSTEM_COLOURS
            and _HEX6.match(str(system.get("lastClr", "")))
        ):
            etree.SubElement(
                holder, f"{{{A}}}sysClr", val=str(system.get("val")), lastClr=system.get("lastClr")
            )
        else:
            original = ours.find(f"{{{A}}}{slot}")
            if original is None:
                return None
            holder.extend(copy.deepcopy(list(original)))
    return rebuilt


def _font_scheme(source: etree._Element, ours: etree._Element) -> etree._Element | None:
    """The heading and body fonts by name, for Latin, East Asian and complex scripts."""
    rebuilt = etree.Element(f"{{{A}}}fontScheme", name=_font_name(source.get("name")) or "House")
    for kind in ("majorFont", "minorFont"):
        found = source.find(f"{{{A}}}{kind}")
        holder = etree.SubElement(rebuilt, f"{{{A}}}{kind}")
        for script in ("latin", "ea", "cs"):
            element = None if found is None else found.find(f"{{{A}}}{script}")
            original = ours.find(f"{{{A}}}{kind}/{{{A}}}{script}")
            typeface = _font_name(None if element is None else element.get("typeface"))
            if typeface is None and original is not None:
                typeface = original.get("typeface", "")
            etree.SubElement(holder, f"{{{A}}}{script}", typeface=typeface or "")
    return rebuilt


_FONT = re.compile(r"^[^\x00-\x1f<>&\"'{};]{0,64}$")


def _font_name(value: object) -> str | None:
    text = None if value is None else str(value)
    return text if text is not None and _FONT.match(text) else None


def _twips(element: etree._Element | None, attribute: str, low: int, high: int) -> int | None:
    value = None if element is None else element.get(_w(attribute))
    if value is None or not re.fullmatch(r"-?\d{1,6}", value):
        return None
    number = int(value)
    return number if low <= number <= high else None


_A4 = (11906, 16838)  # reference.docx's page, in twentieths of a point
_MARGINS = {  # each margin, and what it is when the file does not say
    "top": 1417,
    "right": 1304,
    "bottom": 1247,
    "left": 1304,
    "header": 624,
    "footer": 624,
    "gutter": 0,
}


def _page_setup(section: etree._Element) -> list[etree._Element] | None:
    """The file's page size and margins, rebuilt; None when they are no usable numbers
    or leave no room for the text (the built-in page is used then)."""
    size = section.find(_w("pgSz"))
    margins = section.find(_w("pgMar"))
    width, height = _A4
    page = etree.Element(_w("pgSz"))
    if size is not None:
        found_width, found_height = _twips(size, "w", 1440, 31680), _twips(size, "h", 1440, 31680)
        if found_width is None or found_height is None:
            return None
        width, height = found_width, found_height
        if size.get(_w("orient")) in ("portrait", "landscape"):
            page.set(_w("orient"), str(size.get(_w("orient"))))
    page.set(_w("w"), str(width))
    page.set(_w("h"), str(height))
    margin = etree.Element(_w("pgMar"))
    values = {}
    for side, missing in _MARGINS.items():
        low = -31680 if side in ("top", "bottom") else 0
        value = _twips(margins, side, low, 31680)
        if value is None and (margins is None or margins.get(_w(side)) is None):
            value = missing
        if value is None:
            return None
        values[side] = value
        margin.set(_w(side), str(value))
    # The text must keep some room: tables are laid out across its width.
    across = width - values["left"] - values["right"] - values["gutter"]
    down = height - abs(values["top"]) - abs(values["bottom"])
    if across < 1440 or down < 1440:
        return None
    return [page, margin]


# --- headers and footers, rebuilt ---------------------------------------------------------

_ALIGNMENTS = {"left", "start", "center", "right", "end", "both", "distribute"}
_TAB_KINDS = {"left", "start", "center", "right", "end", "decimal", "bar", "clear"}
_LEADERS = {"none", "dot", "hyphen", "underscore", "heavy", "middleDot"}
_UNDERLINES = {"single", "double", "thick", "dotted", "dash", "wave", "words", "none"}
_FIELDS = {"PAGE", "NUMPAGES"}  # the only fields a header or footer keeps
# Elements whose content is read as if it stood in their place.
_TRANSPARENT = {
    _w(tag) for tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "dir", "bdo")
}
_GONE = {_w(tag) for tag in ("del", "moveFrom", "sdtPr", "sdtEndPr", "customXmlPr")}
_H_FROM = {"margin", "page", "column", "character", "leftMargin", "rightMargin",
           "insideMargin", "outsideMargin"}  # fmt: skip
_V_FROM = {"margin", "page", "paragraph", "line", "topMargin", "bottomMargin",
           "insideMargin", "outsideMargin"}  # fmt: skip
_H_ALIGN = {"left", "right", "center", "inside", "outside"}
_V_ALIGN = {"top", "bottom", "center", "inside", "outside"}
# What XML 1.0 cannot hold, and carriage returns: written as the characters to remove
# rather than the negation of those to keep (the same set, a test checks), which
# compiles ten times faster (3 ms at import otherwise).
_TEXT = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class _Rebuilt:
    root: etree._Element
    rels: dict[str, str]  # relationship id -> picture target, relative to word/


class _Field:
    def __init__(self) -> None:
        self.instruction = ""
        self.result = False  # past its separator: what follows is the shown result
        self.kept = False


class _Part:
    """One header or footer of the file, rebuilt paragraph by paragraph."""

    def __init__(self, builder: _Builder, source: str, target: str, styles: set[str]) -> None:
        self.builder = builder
        self.source = source
        self.target = target
        self.styles = styles  # style ids the rebuilt paragraphs use
        self.rels = builder.relationships(source)
        self.pictures: dict[str, str] = {}  # new part name -> relationship id
        self.count = 0
        self.known_styles: set[str] | None = None

    def rebuild(self, kind: str) -> tuple[_Rebuilt, int]:
        source = self.builder.package.xml(self.source)
        root = etree.Element(
            _w("hdr" if kind == "header" else "ftr"),
            nsmap={"w": W, "r": R, "wp": WP, "a": A, "pic": PIC},
        )
        self.blocks(source, root)
        if not len(root):
            etree.SubElement(root, _w("p"))
        rels = {r_id: name.removeprefix("word/") for name, r_id in self.pictures.items()}
        return _Rebuilt(root, rels), self.count

    def blocks(self, container: etree._Element, into: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag in _GONE:
                continue
            if tag == _w("p"):
                if len(into) < MAX_PARAGRAPHS:
                    into.append(self.paragraph(child))
            elif tag in _TRANSPARENT or tag in (_w("tbl"), _w("tr"), _w("tc")):
                # A table's cells become paragraphs of their own, in reading order.
                self.blocks(child, into)
            elif tag == _w("altChunk"):
                self.builder.dropped.add("altchunk")
            elif tag.startswith(f"{{{W}}}comment"):
                self.builder.dropped.add("comments")

    def paragraph(self, source: etree._Element) -> etree._Element:
        paragraph = etree.Element(_w("p"))
        properties = etree.SubElement(paragraph, _w("pPr"))
        found = source.find(_w("pPr"))
        if found is not None:
            style = found.find(_w("pStyle"))
            style_id = None if style is None else str(style.get(_w("val"), ""))
            if style_id and re.fullmatch(r"[A-Za-z0-9_ -]{1,64}", style_id):
                self.styles.add(style_id)
                etree.SubElement(properties, _w("pStyle")).set(_w("val"), style_id)
            tabs = found.find(_w("tabs"))
            if tabs is not None:
                kept = etree.SubElement(properties, _w("tabs"))
                for tab in tabs.findall(_w("tab"))[:32]:
                    position = _twips(tab, "pos", -31680, 31680)
                    if position is None or tab.get(_w("val")) not in _TAB_KINDS:
                        continue
                    stop = etree.SubElement(kept, _w("tab"))
                    stop.set(_w("val"), str(tab.get(_w("val"))))
                    if tab.get(_w("leader")) in _LEADERS:
                        stop.set(_w("leader"), str(tab.get(_w("leader"))))
                    stop.set(_w("pos"), str(position))
                if not len(kept):
                    properties.remove(kept)
            alignment = found.find(_w("jc"))
            if alignment is not None and alignment.get(_w("val")) in _ALIGNMENTS:
                etree.SubElement(properties, _w("jc")).set(_w("val"), str(alignment.get(_w("val"))))
        if not len(properties):
            paragraph.remove(properties)
        fields: list[_Field] = []
        self.inline(source, paragraph, fields)
        # A page number whose end is missing (or in a later paragraph) ends here.
        for open_field in reversed(fields):
            if open_field.kept:
                _field_char(paragraph, "end")
        return paragraph

    def inline(self, container: etree._Element, into: etree._Element, fields: list[_Field]) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag in _GONE or tag == _w("pPr"):
                continue
            if tag == _w("r"):
                self.run(child, into, fields)
            elif tag == _w("fldSimple"):
                self.simple_field(child, into, fields)
            elif tag == _w("hyperlink"):
                if child.get(f"{{{R}}}id"):
                    self.builder.dropped.add("external")  # the text stays, the link not
                self.inline(child, into, fields)
            elif tag in _TRANSPARENT:
                self.inline(child, into, fields)
            elif tag.startswith(f"{{{W}}}comment"):
                self.builder.dropped.add("comments")
            elif tag in (_w("object"), _w("pict")) or tag == f"{{{MC}}}AlternateContent":
                self.left_out(child)

    def left_out(self, element: etree._Element) -> None:
        """A shape, text box or object: named in the warning, not taken."""
        if element.find(f".//{_w('txbxContent')}") is not None:
            self.builder.dropped.add("text_boxes")
            if element.find(f".//{_w('instrText')}") is not None or (
                element.find(f".//{_w('fldSimple')}") is not None
            ):
                self.builder.dropped.add("fields")
        elif element.tag == _w("object") or element.find(f".//{_w('object')}") is not None:
            self.builder.dropped.add("objects")
        else:
            self.builder.dropped.add("text_boxes")

    def shown(self, fields: list[_Field]) -> bool:
        """Text is kept outside fields, and in the shown result of a kept field."""
        return all(f.kept and f.result for f in fields)

    def run(self, source: etree._Element, into: etree._Element, fields: list[_Field]) -> None:
        properties = self.run_properties(source.find(_w("rPr")))
        current: etree._Element | None = None

        def new_run() -> etree._Element:
            if len(into) > MAX_RUNS:
                # A letterhead's line has a few runs; past that only a detached run,
                # that is not written, takes the rest.
                return etree.Element(_w("r"))
            run = etree.SubElement(into, _w("r"))
            if properties is not None:
                run.append(copy.deepcopy(properties))
            return run

        # Only the run's own children: a drawing's text box holds paragraphs and fields
        # of its own, which are left out with it.
        for child in source:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag
            if tag == _w("fldChar"):
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    fields.append(_Field())
                elif kind == "separate" and fields:
                    self.decide(fields[-1], into, fields)
                elif kind == "end" and fields:
                    field_ = fields[-1]
                    if not field_.result:
                        self.decide(field_, into, fields)
                    fields.pop()
                    if field_.kept:
                        _field_char(into, "end")
                current = None
            elif tag == _w("instrText"):
                if fields and not fields[-1].result:
                    fields[-1].instruction += child.text or ""
            elif tag == _w("t") and self.shown(fields):
                text = _TEXT.sub("", child.text or "")[:2000]
                if text:
                    current = current if current is not None else new_run()
                    element = etree.SubElement(current, _w("t"))
                    element.text = text
                    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            elif tag in (_w("tab"), _w("br"), _w("cr")) and self.shown(fields):
                current = current if current is not None else new_run()
                etree.SubElement(current, _w("tab" if tag == _w("tab") else "br"))
            elif tag == _w("drawing"):
                if self.shown(fields):
                    picture = self.picture(child)
                    if picture is not None:
                        current = new_run()
                        current.append(picture)
                        current = None
                else:
                    self.builder.dropped.add("fields")
            elif tag in (_w("object"), _w("pict")) or tag == f"{{{MC}}}AlternateContent":
                self.left_out(child)
                if fields:
                    self.builder.dropped.add("fields")

    def decide(self, field_: _Field, into: etree._Element, fields: list[_Field]) -> None:
        """At a field's separator (or end): keep it when it is a page number."""
        field_.result = True
        words = field_.instruction.split()
        keyword = words[0].upper() if words else ""
        outer = fields[:-1]
        if keyword in _FIELDS and all(f.kept and f.result for f in outer):
            field_.kept = True
            _field_char(into, "begin")
            run = etree.SubElement(into, _w("r"))
            instruction = etree.SubElement(run, _w("instrText"))
            instruction.text = f" {keyword} "
            instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            _field_char(into, "separate")
        elif keyword:
            self.builder.dropped.add("fields")

    def simple_field(
        self, source: etree._Element, into: etree._Element, fields: list[_Field]
    ) -> None:
        words = str(source.get(_w("instr"), "")).split()
        keyword = words[0].upper() if words else ""
        if keyword not in _FIELDS or not self.shown(fields):
            self.builder.dropped.add("fields")
            return
        field_ = _Field()
        field_.instruction = keyword
        fields.append(field_)
        self.decide(field_, into, fields)
        self.inline(source, into, fields)
        fields.pop()
        _field_char(into, "end")

    def run_properties(self, source: etree._Element | None) -> etree._Element | None:
        """Bold, italic, underline, size, colour and font name; a character style."""
        if source is None:
            return None
        kept = etree.Element(_w("rPr"))
        style = source.find(_w("rStyle"))
        if style is not None and re.fullmatch(r"[A-Za-z0-9_ -]{1,64}", str(style.get(_w("val")))):
            self.styles.add(str(style.get(_w("val"))))
            etree.SubElement(kept, _w("rStyle")).set(_w("val"), str(style.get(_w("val"))))
        fonts = source.find(_w("rFonts"))
        name = None if fonts is None else _font_name(fonts.get(_w("ascii")))
        if name:
            element = etree.SubElement(kept, _w("rFonts"))
            element.set(_w("ascii"), name)
            element.set(_w("hAnsi"), name)
        for tag in ("b", "i", "caps", "smallCaps"):
            found = source.find(_w(tag))
            if found is not None and found.get(_w("val"), "true") in ("1", "true", "on"):
                etree.SubElement(kept, _w(tag))
        colour = source.find(_w("color"))
        if colour is not None and _HEX6.match(str(colour.get(_w("val"), ""))):
            etree.SubElement(kept, _w("color")).set(_w("val"), str(colour.get(_w("val"))))
        size = _twips(source.find(_w("sz")), "val", 2, 3276)
        if size is not None:
            etree.SubElement(kept, _w("sz")).set(_w("val"), str(size))
        underline = source.find(_w("u"))
        if underline is not None and underline.get(_w("val")) in _UNDERLINES:
            etree.SubElement(kept, _w("u")).set(_w("val"), str(underline.get(_w("val"))))
        return kept if len(kept) else None

    def picture(self, drawing: etree._Element) -> etree._Element | None:
        """An embedded PNG or JPEG, rebuilt: where it stands and how large, nothing else."""
        placed = next((c for c in drawing if c.tag in (f"{{{WP}}}inline", f"{{{WP}}}anchor")), None)
        if placed is None:
            self.builder.dropped.add("text_boxes")
            return None
        data = placed.find(f"{{{A}}}graphic/{{{A}}}graphicData")
        blip = None if data is None else data.find(f".//{{{A}}}blip")
        for link in placed.iter(f"{{{A}}}hlinkClick", f"{{{A}}}hlinkHover"):
            if link.get(f"{{{R}}}id"):
                self.builder.dropped.add("external")  # a link on the picture: left out
        if data is None or data.get("uri") != PIC or blip is None:
            self.left_out(placed)
            return None
        if blip.get(f"{{{R}}}link"):
            self.builder.dropped.add("external")
        rel = self.rels.get(str(blip.get(f"{{{R}}}embed", "")))
        if rel is None:
            self.builder.dropped.add("pictures")
            return None
        if rel.external or rel.type != IMAGE:
            self.builder.dropped.add("external" if rel.external else "pictures")
            return None
        extent = placed.find(f"{{{WP}}}extent")
        width = _emu(extent, "cx")
        height = _emu(extent, "cy")
        if width is None or height is None:
            self.builder.dropped.add("pictures")
            return None
        part = self.builder.picture(rel.target)
        if part is None:
            return None
        r_id = self.pictures.setdefault(part, f"rIdPicture{len(self.pictures) + 1}")
        self.count += 1
        return _drawing(placed, width, height, r_id, self.count)


def _emu(element: etree._Element | None, attribute: str) -> int | None:
    value = None if element is None else element.get(attribute)
    if value is None or not re.fullmatch(r"\d{1,9}", value):
        return None
    number = int(value)
    return number if 0 < number <= MAX_EMU else None


def _field_char(into: etree._Element, kind: str) -> None:
    etree.SubElement(etree.SubElement(into, _w("r")), _w("fldChar")).set(_w("fldCharType"), kind)


def _drawing(
    placed: etree._Element, width: int, height: int, r_id: str, number: int
) -> etree._Element:
    drawing = etree.Element(_w("drawing"))
    anchored = placed.tag == f"{{{WP}}}anchor"
    holder = etree.SubElement(drawing, f"{{{WP}}}{'anchor' if anchored else 'inline'}")
    for side in ("distT", "distB", "distL", "distR"):
        holder.set(side, str(_emu(placed, side) or 0))
    if anchored:
        behind = placed.get("behindDoc") in ("1", "true")
        height_order = _emu(placed, "relativeHeight") or 1
        holder.attrib.update(
            simplePos="0",
            relativeHeight=str(height_order),
            behindDoc="1" if behind else "0",
            locked="0",
            layoutInCell="1",
            allowOverlap="1",
        )
        etree.SubElement(holder, f"{{{WP}}}simplePos", x="0", y="0")
        for axis, sources, aligns in (("H", _H_FROM, _H_ALIGN), ("V", _V_FROM, _V_ALIGN)):
            found = placed.find(f"{{{WP}}}position{axis}")
            relative = None if found is None else found.get("relativeFrom")
            position = etree.SubElement(
                holder,
                f"{{{WP}}}position{axis}",
                relativeFrom=relative if relative in sources else "margin",
            )
            align = None if found is None else found.find(f"{{{WP}}}align")
            offset = None if found is None else found.find(f"{{{WP}}}posOffset")
            if align is not None and align.text in aligns:
                etree.SubElement(position, f"{{{WP}}}align").text = align.text
            else:
                text = "0" if offset is None else (offset.text or "0").strip()
                number = int(text) if re.fullmatch(r"-?\d{1,9}", text) else 0
                etree.SubElement(position, f"{{{WP}}}posOffset").text = str(
                    max(-MAX_EMU, min(MAX_EMU, number))
                )
    etree.SubElement(holder, f"{{{WP}}}extent", cx=str(width), cy=str(height))
    etree.SubElement(holder, f"{{{WP}}}effectExtent", l="0", t="0", r="0", b="0")
    if anchored:
        if placed.find(f"{{{WP}}}wrapSquare") is not None:
            etree.SubElement(holder, f"{{{WP}}}wrapSquare", wrapText="bothSides")
        elif placed.find(f"{{{WP}}}wrapTopAndBottom") is not None:
            etree.SubElement(holder, f"{{{WP}}}wrapTopAndBottom")
        else:
            etree.SubElement(holder, f"{{{WP}}}wrapNone")
    source = placed.find(f"{{{WP}}}docPr")
    description = "" if source is None else _TEXT.sub("", str(source.get("descr", "")))[:500]
    doc_pr = etree.SubElement(holder, f"{{{WP}}}docPr", id=str(number), name=f"Picture {number}")
    if description.strip():
        doc_pr.set("descr", description)
    else:
        _mark_decorative(doc_pr)
    frame = etree.SubElement(holder, f"{{{WP}}}cNvGraphicFramePr")
    etree.SubElement(frame, f"{{{A}}}graphicFrameLocks", noChangeAspect="1")
    graphic = etree.SubElement(holder, f"{{{A}}}graphic")
    data = etree.SubElement(graphic, f"{{{A}}}graphicData", uri=PIC)
    picture = etree.SubElement(data, f"{{{PIC}}}pic")
    names = etree.SubElement(picture, f"{{{PIC}}}nvPicPr")
    etree.SubElement(names, f"{{{PIC}}}cNvPr", id="0", name=f"picture{number}")
    etree.SubElement(names, f"{{{PIC}}}cNvPicPr")
    fill = etree.SubElement(picture, f"{{{PIC}}}blipFill")
    etree.SubElement(fill, f"{{{A}}}blip").set(f"{{{R}}}embed", r_id)
    etree.SubElement(etree.SubElement(fill, f"{{{A}}}stretch"), f"{{{A}}}fillRect")
    shape = etree.SubElement(picture, f"{{{PIC}}}spPr")
    transform = etree.SubElement(shape, f"{{{A}}}xfrm")
    etree.SubElement(transform, f"{{{A}}}off", x="0", y="0")
    etree.SubElement(transform, f"{{{A}}}ext", cx=str(width), cy=str(height))
    geometry = etree.SubElement(shape, f"{{{A}}}prstGeom", prst="rect")
    etree.SubElement(geometry, f"{{{A}}}avLst")
    return drawing


def _mark_decorative(doc_pr: etree._Element) -> None:
    """A picture of the house style without alternative text is marked as decoration.

    Its meaning is unknown here (the consultant's logo, the client's, a band of
    colour); repeated on every page, a screen reader should pass it by (Word's
    "Mark as decorative"), rather than read out a file name.
    """
    ext_list = etree.SubElement(doc_pr, f"{{{A}}}extLst")
    ext = etree.SubElement(ext_list, f"{{{A}}}ext", uri=DECORATIVE_URI)
    etree.SubElement(ext, f"{{{ADEC}}}decorative", nsmap={"adec": ADEC}).set("val", "1")


# --- preparing the template ------------------------------------------------------------


def _prepare(template: Document, shown: str, dropped: set[str]) -> list[Problem]:
    reference = built_in().template
    missing = _fill_styles(template, reference, STYLES)
    for name in (Style.BULLET, Style.NUMBER):
        if _ensure_numbering(template, reference, name) and name not in missing:
            missing.append(f"{name} (numbering)")
    _only_headings_outline(template, STYLES)
    _body_colour_as_default(template)
    warnings = []
    if missing:
        warnings.append(
            Problem(FIELD, "house_style_filled_in", {"path": shown, "styles": ", ".join(missing)})
        )
    if dropped:
        # In a fixed order, so the warning reads the same each time.
        items = ",".join(kind for kind in DROPPED if kind in dropped)
        warnings.append(Problem(FIELD, "house_style_dropped", {"path": shown, "items": items}))
    return warnings


def _fill_styles(template: Document, reference: Document, needed: Iterable[str]) -> list[str]:
    """Copy each needed style the file lacks from the built-in style; the names copied."""
    styles = template.styles.element
    have = style_elements(template)
    ids = {str(e.get(qn("w:styleId"))) for e in styles.findall(qn("w:style"))}
    reference_by_name = style_elements(reference)
    reference_by_id = {
        str(e.get(qn("w:styleId"))): e for e in reference.styles.element.findall(qn("w:style"))
    }
    colour = looks_of(template).heading_colour
    missing = []
    for name in needed:
        if style_element(have, name) is not None:
            continue
        source = style_element(reference_by_name, name)
        assert source is not None, f"reference.docx has the style {name}"
        missing.append(name)
        _copy_style(source, styles, ids, reference_by_id, colour)
        have = style_elements(template)
    return missing


def _copy_style(
    source: etree._Element,
    styles: etree._Element,
    ids: set[str],
    reference_by_id: dict[str, etree._Element],
    colour: str,
) -> None:
    style = copy.deepcopy(source)
    style_id = str(style.get(qn("w:styleId")))
    if style_id in ids:
        # The id is taken by another style of the file; ours gets a name of its own.
        style_id = f"{style_id}PolicyBuilder"
        style.set(qn("w:styleId"), style_id)
    ids.add(style_id)
    # Fonts come from the house style (its body style, which this one is based on);
    # the built-in colour becomes the house style's heading colour.
    for fonts in list(style.iter(qn("w:rFonts"))):
        fonts.getparent().remove(fonts)
    name = style.find(qn("w:name"))
    if name is not None and str(name.get(qn("w:val"))).lower().startswith("list"):
        # A list item is body text: it keeps the house style's size, not the built-in one.
        for tag in ("w:sz", "w:szCs"):
            for size in list(style.iter(qn(tag))):
                size.getparent().remove(size)
    for element in style.iter():
        for attribute in (qn("w:color"), qn("w:fill"), qn("w:val")):
            value = element.get(attribute)
            if value and value.upper() == BUILT_IN_BRAND and element.tag != qn("w:name"):
                element.set(attribute, colour)
    for tag in ("w:basedOn", "w:next", "w:link"):
        ref = style.find(qn(tag))
        if ref is None:
            continue
        target = str(ref.get(qn("w:val")))
        if target in ids:
            continue
        if tag == "w:basedOn" and target in reference_by_id:
            _copy_style(reference_by_id[target], styles, ids, reference_by_id, colour)
        else:
            style.remove(ref)
    # Numbering comes with the list styles; _ensure_numbering adds it.
    numbering = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if numbering is not None:
        numbering.getparent().remove(numbering)
    styles.append(style)


def _ensure_numbering(template: Document, reference: Document, name: str) -> bool:
    """Give a list style numbering when it has none that resolves; True when given."""
    style = style_element(style_elements(template), name)
    assert style is not None
    numbering = template.part.numbering_part.element
    num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
        num_id = str(num_pr.find(qn("w:numId")).get(qn("w:val")))
        for num in numbering.findall(qn("w:num")):
            if str(num.get(qn("w:numId"))) == num_id:
                abstract = num.find(qn("w:abstractNumId"))
                wanted = None if abstract is None else abstract.get(qn("w:val"))
                if any(
                    a.get(qn("w:abstractNumId")) == wanted
                    for a in numbering.findall(qn("w:abstractNum"))
                ):
                    return False
    source = style_element(style_elements(reference), name)
    assert source is not None
    source_id = str(source.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val")))
    source_numbering = reference.part.numbering_part.element
    source_num = next(
        n for n in source_numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == source_id
    )
    source_abstract_id = source_num.find(qn("w:abstractNumId")).get(qn("w:val"))
    source_abstract = next(
        a
        for a in source_numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == source_abstract_id
    )
    abstract_ids = [
        int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
    ]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract = copy.deepcopy(source_abstract)
    new_abstract = str(max(abstract_ids, default=-1) + 1)
    abstract.set(qn("w:abstractNumId"), new_abstract)
    for element in list(abstract):
        if element.tag in (qn("w:nsid"), qn("w:tmpl"), qn("w:numStyleLink"), qn("w:styleLink")):
            abstract.remove(element)
    # Word wants every abstractNum before the first num.
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    new_num = str(max(num_ids, default=0) + 1)
    num = etree.SubElement(numbering, qn("w:num"))
    num.set(qn("w:numId"), new_num)
    etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), new_abstract)
    p_pr = style.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = etree.Element(qn("w:pPr"))
        name_at = style.find(qn("w:rPr"))
        if name_at is not None:
            name_at.addprevious(p_pr)
        else:
            style.append(p_pr)
    if num_pr is None:
        num_pr = etree.Element(qn("w:numPr"))
        p_pr.insert(0, num_pr)
    for child in list(num_pr):
        num_pr.remove(child)
    etree.SubElement(num_pr, qn("w:numId")).set(qn("w:val"), new_num)
    return True


def _body_colour_as_default(template: Document) -> None:
    """The body style's text colour moves to the document defaults.

    In Word a paragraph style outranks a table style, so a colour on the body style
    would paint the table's header text dark on its dark band; as the default it
    looks the same everywhere else, and the table style wins in tables.
    """
    normal = style_element(style_elements(template), "Normal")
    colour = None if normal is None else normal.find(f"{qn('w:rPr')}/{qn('w:color')}")
    if colour is None:
        return
    styles = template.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.Element(qn("w:docDefaults"))
        styles.insert(0, defaults)
    r_default = defaults.find(qn("w:rPrDefault"))
    if r_default is None:
        r_default = etree.Element(qn("w:rPrDefault"))
        defaults.insert(0, r_default)
    r_pr = r_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = etree.SubElement(r_default, qn("w:rPr"))
    for old in r_pr.findall(qn("w:color")):
        r_pr.remove(old)
    colour.getparent().remove(colour)
    # The schema fixes the order of run properties: the colour comes before these.
    later = {qn(f"w:{tag}") for tag in _AFTER_COLOUR}
    follower = next((child for child in r_pr if child.tag in later), None)
    if follower is None:
        r_pr.append(colour)
    else:
        follower.addprevious(colour)


_AFTER_COLOUR = (
    "spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em "
    "lang eastAsianLayout specVanish oMath"
).split()


def _only_headings_outline(template: Document, needed: Iterable[str]) -> None:
    """Only heading styles carry an outline level: a title or a table text is no heading."""
    by_name = style_elements(template)
    for name in needed:
        if name.startswith("Heading"):
            continue
        style = style_element(by_name, name)
        if style is None:
            continue
        level = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if level is not None and level.get(qn("w:val")) != "9":
            level.set(qn("w:val"), "9")


# HouseStyle and built_in live in wizard.output.styles (the writer needs them without
# this reader); they are named here too for those who load a house style.
__all__ = [
    "HouseStyle",
    "HouseStyleError",
    "Looks",
    "built_in",
    "check_package",
    "house_style_for",
    "load_house_style",
]

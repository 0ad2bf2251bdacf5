"""A consultant's house style: a Word file (``.docx`` or ``.dotx``) whose looks the documents take.

The file is checked before anything of it is used, and refused with a ``Problem`` on
``output.house_style`` when it is not a Word file, is damaged or too large, unpacks
to far more than it holds (a zip bomb), holds macros, points outside itself, or
declares a DTD or entities. A file that passes becomes a template document: its
body emptied, its header and footer reduced to their pictures (the logo), the
styles the writer needs and the file lacks filled in from ``resources/reference.docx``
(each named in a warning), and a template's main part turned into a document's. The
file itself is only read.

Any document writer takes a ``HouseStyle``: ``HouseStyle.new_document()`` is a fresh
copy of its template. ``load_house_style(path)`` caches by path, time and size, so
repeated exports do not read the file again.
"""

from __future__ import annotations

import copy
import io
import re
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.oxml import serialize_part_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles import BabelFish
from lxml import etree

from wizard.answers.messages import Problem
from wizard.output.html_preview import Looks
from wizard.paths import REFERENCE_DOCX

FIELD = "output.house_style"
SUFFIXES = (".docx", ".dotx")
MACRO_SUFFIXES = (".docm", ".dotm")
MAX_FILE_BYTES = 20 * 2**20  # a house style with a logo is a few hundred kilobytes
MAX_UNPACKED_BYTES = 100 * 2**20  # everything in the zip together, unpacked
MAX_RATIO = 100  # unpacked / packed, for a member of more than a megabyte unpacked
MAX_MEMBERS = 1000
MAX_IMAGE_BYTES = 10 * 2**20  # as a logo (wizard.answers.project_file.MAX_LOGO_BYTES)

DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
BUILT_IN_BRAND = "1B5E6B"  # reference.docx's heading colour, replaced in filled-in styles

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative"
DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"


class HouseStyleError(Exception):
    """A house style that cannot be used; ``problem`` says why and what to do."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


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

        The styles are shared with the template, not copied: a Word file's styles can
        be ten times the rest, and a writer changes only their language. A writer that
        changes them holds ``WRITING`` from then until its parts are serialised.
        """
        styles = self.template.styles.element
        with WRITING:
            return copy.deepcopy(self.template, {id(styles): styles})

    @cached_property
    def style_ids(self) -> dict[str, str]:
        """The id of each style the writer uses, by its name (the same in every copy)."""
        from wizard.output.docx_writer import STYLES

        by_name = _style_elements(self.template)
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


def _safe_parser() -> etree.XMLParser:
    # No entities, no DTD, no network: a house style is someone else's file.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@cache
def built_in() -> HouseStyle:
    """reference.docx: the built-in house style, parsed once per process."""
    template = docx.Document(io.BytesIO(REFERENCE_DOCX.read_bytes()))
    return HouseStyle(template, None, (), _looks(template))


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


def _refuse(code: str, shown: str, **params: object) -> HouseStyleError:
    return HouseStyleError(Problem(FIELD, code, {"path": shown, **params}))


def check_package(path: Path, shown: str) -> bytes:
    """The file's bytes as a Word document package, after every check; raises when refused.

    A template's main part is given a document's content type, so that what is
    written from it is an ordinary ``.docx``.
    """
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        raise _refuse("house_style_macros", shown)
    if suffix not in SUFFIXES:
        raise _refuse("house_style_not_word", shown)
    try:
        if not path.is_file():
            raise _refuse("house_style_missing", shown)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refuse("house_style_too_large", shown, limit=MAX_FILE_BYTES // 2**20)
        data = path.read_bytes()
    except OSError:
        raise _refuse("house_style_missing", shown) from None
    if not data.startswith(b"PK"):
        # A password-protected Word file is not a zip but an OLE file.
        raise _refuse("house_style_not_word", shown)
    try:
        members = _unpacked(data, shown)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        raise _refuse("house_style_damaged", shown) from None
    names = {name.lower() for name in members}
    if any(name.endswith("vbaproject.bin") or "vbadata" in name for name in names):
        raise _refuse("house_style_macros", shown)
    for name, blob in members.items():
        if name.lower().endswith((".xml", ".rels")) and re.search(
            rb"<!(DOCTYPE|ENTITY)", blob, re.IGNORECASE
        ):
            raise _refuse("house_style_entities", shown)
        if name.lower().startswith("word/media/") and len(blob) > MAX_IMAGE_BYTES:
            raise _refuse("house_style_image_too_large", shown, limit=MAX_IMAGE_BYTES // 2**20)
    trees = {}
    for name, blob in members.items():
        if name.lower().endswith((".xml", ".rels")):
            try:
                trees[name] = etree.fromstring(blob, _safe_parser())
            except etree.XMLSyntaxError:
                raise _refuse("house_style_damaged", shown) from None
    types = trees.get("[Content_Types].xml")
    package_rels = trees.get("_rels/.rels")
    if types is None or package_rels is None:
        raise _refuse("house_style_not_word", shown)
    main = next(
        (
            str(rel.get("Target", "")).lstrip("/")
            for rel in package_rels.iter(f"{{{PACKAGE_RELS}}}Relationship")
            if rel.get("Type") == OFFICE_DOCUMENT
        ),
        None,
    )
    if main is None or main not in members:
        raise _refuse("house_style_not_word", shown)
    override = next(
        (
            element
            for element in types.iter(f"{{{CONTENT_TYPES}}}Override")
            if str(element.get("PartName", "")).lstrip("/") == main
        ),
        None,
    )
    content_type = "" if override is None else str(override.get("ContentType", ""))
    all_types = " ".join(str(e.get("ContentType", "")) for e in types.iter()).lower()
    if "macroenabled" in all_types or "vbaproject" in all_types:
        raise _refuse("house_style_macros", shown)
    if content_type not in (DOCUMENT_MAIN, TEMPLATE_MAIN) or override is None:
        raise _refuse("house_style_not_word", shown)
    for name, tree in trees.items():
        if not name.endswith(".rels"):
            continue
        for rel in tree.iter(f"{{{PACKAGE_RELS}}}Relationship"):
            # A link in the text is only followed when clicked; anything else outside
            # the file (an attached template, a linked picture) is fetched on opening.
            if rel.get("TargetMode") == "External" and rel.get("Type") != HYPERLINK:
                raise _refuse("house_style_external", shown, target=str(rel.get("Target", "")))
    if content_type == TEMPLATE_MAIN:
        override.set("ContentType", DOCUMENT_MAIN)
        members["[Content_Types].xml"] = etree.tostring(
            types, xml_declaration=True, encoding="UTF-8", standalone=True
        )
    return _zipped(members)


def _unpacked(data: bytes, shown: str) -> dict[str, bytes]:
    """Every member of the zip, read with limits that a zip bomb cannot pass."""
    members: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse("house_style_bomb", shown)
        declared = sum(info.file_size for info in infos)
        if declared > MAX_UNPACKED_BYTES:
            raise _refuse("house_style_bomb", shown)
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 2**20 and ratio > MAX_RATIO:
                raise _refuse("house_style_bomb", shown)
            # The sizes in the zip's directory may lie: read no more than allowed.
            with archive.open(info) as member:
                blob = member.read(MAX_UNPACKED_BYTES - total + 1)
            total += len(blob)
            if total > MAX_UNPACKED_BYTES:
                raise _refuse("house_style_bomb", shown)
            members[info.filename] = blob
    return members


def _zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return buffer.getvalue()


def _load(path: Path, shown: str) -> HouseStyle:
    data = check_package(path, shown)
    try:
        template = docx.Document(io.BytesIO(data))
        warnings, header_logo = _prepare(template, shown)
    except HouseStyleError:
        raise
    except Exception:  # python-docx found the package unusable: damaged for the user
        raise _refuse("house_style_damaged", shown) from None
    return HouseStyle(template, path, tuple(warnings), _looks(template), header_logo)


# --- preparing the template ------------------------------------------------------------


def _prepare(template: Document, shown: str) -> tuple[list[Problem], bool]:
    from wizard.output.docx_writer import STYLES, Style

    reference = built_in().template
    body = template.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = body.find(qn("w:sectPr"))
    reference_section = reference.element.body.find(qn("w:sectPr"))
    if section is None:
        section = copy.deepcopy(reference_section)
        body.append(section)
    # A page needs a size and margins; take the built-in ones where the file has none.
    for tag in ("w:pgSz", "w:pgMar"):
        if section.find(qn(tag)) is None:
            section.append(copy.deepcopy(reference_section.find(qn(tag))))
    _check_page(section, shown)
    _tidy_settings(template)
    _drop_parts(template)
    header_logo = _keep_pictures_only(template)
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
    return warnings, header_logo


# A page's size and margins in twentieths of a point, as Word allows them (22 inches at
# most); the text between the margins must keep at least half an inch.
_PAGE_LIMIT = 31_680
_MIN_TEXT_WIDTH = 720


def _check_page(section: BaseOxmlElement, shown: str) -> None:
    """Refuse a page size or margin that is not a whole number Word could use.

    The writer computes table widths from them: text there ("abc"), a number beyond any
    page or a negative width would crash it or make Word refuse the document.
    """

    def twips(tag: str, attribute: str, low: int) -> int:
        element = section.find(qn(tag))
        value = element.get(qn(attribute)) if element is not None else None
        if value is None:
            return 0
        text = value.strip()
        if not (text.lstrip("-").isdigit() and len(text) <= 6 and low <= int(text) <= _PAGE_LIMIT):
            raise _refuse("house_style_page", shown, name=f"{tag} {attribute}", value=value[:20])
        return int(text)

    width = twips("w:pgSz", "w:w", 144)
    twips("w:pgSz", "w:h", 144)
    for side in ("w:top", "w:bottom"):
        twips("w:pgMar", side, -_PAGE_LIMIT)
    left, right = twips("w:pgMar", "w:left", 0), twips("w:pgMar", "w:right", 0)
    for other in ("w:header", "w:footer", "w:gutter"):
        twips("w:pgMar", other, 0)
    if width and width - left - right < _MIN_TEXT_WIDTH:
        raise _refuse("house_style_page", shown, name="w:pgMar w:left/w:right", value=left + right)


def _drop_parts(template: Document) -> None:
    """Parts that describe the template, not the document (as resources/build_reference.py).

    Word 2010's copy of the styles and the template's thumbnail (a picture of its first
    page) would be wrong for the document and made writing several times slower.
    """
    for rels in (template.part.rels, template.part.package.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype.endswith(("/stylesWithEffects", "/thumbnail")):
                del rels[r_id]


def _tidy_settings(template: Document) -> None:
    """Settings that would make the written document read-only or odd to open."""
    settings = template.settings.element
    for tag in (
        "w:documentProtection",
        "w:writeProtection",
        "w:evenAndOddHeaders",  # only the default header carries our running text
        "w:mailMerge",
        "w:attachedTemplate",
        "w:removePersonalInformation",
    ):
        for element in settings.findall(qn(tag)):
            settings.remove(element)


def _header_footer_parts(template: Document) -> list[object]:
    return [
        part
        for part in template.part.package.iter_parts()
        if str(part.partname).startswith(("/word/header", "/word/footer"))
    ]


def _keep_pictures_only(template: Document) -> bool:
    """Headers and footers keep their pictures (a logo), not the template's own words.

    The writer adds the running header and the page numbers. True when the default
    header holds a picture.
    """
    header_logo = False
    section = template.sections[0]
    default_header = None if section.header.is_linked_to_previous else section.header.part
    for part in _header_footer_parts(template):
        root = part.element  # type: ignore[attr-defined]
        pictures = [
            run
            for run in root.iter(qn("w:r"))
            if run.find(f".//{qn('w:drawing')}") is not None
            or run.find(f".//{qn('w:pict')}") is not None
            or run.find(
                ".//{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
            )
            is not None
        ]
        # Only pictures that stand on their own, not nested in another kept run.
        pictures = [
            r for r in pictures if not any(r is not o and o in r.iterancestors() for o in pictures)
        ]
        kept = [copy.deepcopy(run) for run in pictures]
        for run in kept:
            for doc_pr in run.iter(f"{{{WP}}}docPr"):
                _mark_decorative(doc_pr)
        for child in list(root):
            root.remove(child)
        paragraph = etree.SubElement(root, qn("w:p"))
        for run in kept:
            paragraph.append(run)
        if kept and part is default_header:
            header_logo = True
    return header_logo


def _mark_decorative(doc_pr: etree._Element) -> None:
    """A picture of the house style without alternative text is marked as decoration.

    Its meaning is unknown here (the consultant's logo, the client's, a band of
    colour); repeated on every page, a screen reader should pass it by (Word's
    "Mark as decorative"), rather than read out a file name.
    """
    if doc_pr.get("descr"):
        return
    ext_list = doc_pr.find(f"{{{A}}}extLst")
    if ext_list is None:
        ext_list = etree.SubElement(doc_pr, f"{{{A}}}extLst")
    if ext_list.find(f"{{{A}}}ext[@uri='{DECORATIVE_URI}']") is not None:
        return
    ext = etree.SubElement(ext_list, f"{{{A}}}ext", uri=DECORATIVE_URI)
    etree.SubElement(ext, f"{{{ADEC}}}decorative", nsmap={"adec": ADEC}).set("val", "1")


def _style_elements(template: Document) -> dict[str, etree._Element]:
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


def _fill_styles(template: Document, reference: Document, needed: Iterable[str]) -> list[str]:
    """Copy each needed style the file lacks from the built-in style; the names copied."""
    styles = template.styles.element
    have = _style_elements(template)
    ids = {str(e.get(qn("w:styleId"))) for e in styles.findall(qn("w:style"))}
    reference_by_name = _style_elements(reference)
    reference_by_id = {
        str(e.get(qn("w:styleId"))): e for e in reference.styles.element.findall(qn("w:style"))
    }
    colour = _looks(template).heading_colour
    missing = []
    for name in needed:
        if style_element(have, name) is not None:
            continue
        source = style_element(reference_by_name, name)
        assert source is not None, f"reference.docx has the style {name}"
        missing.append(name)
        _copy_style(source, styles, ids, reference_by_id, colour)
        have = _style_elements(template)
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
    style = style_element(_style_elements(template), name)
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
    source = style_element(_style_elements(reference), name)
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
    normal = style_element(_style_elements(template), "Normal")
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
    by_name = _style_elements(template)
    for name in needed:
        if name.startswith("Heading"):
            continue
        style = style_element(by_name, name)
        if style is None:
            continue
        level = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if level is not None and level.get(qn("w:val")) != "9":
            level.set(qn("w:val"), "9")


# --- looks for the preview -------------------------------------------------------------

_NAME = re.compile(r"[^A-Za-z0-9 _-]")
_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")


def _theme_fonts(template: Document) -> dict[str, str]:
    fonts = {}
    for rel in template.part.rels.values():
        if rel.reltype.endswith("/theme") and not rel.is_external:
            try:
                root = etree.fromstring(rel.target_part.blob, _safe_parser())
            except etree.XMLSyntaxError:
                return {}
            for kind in ("major", "minor"):
                latin = root.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
                if latin is not None and latin.get("typeface"):
                    fonts[kind] = str(latin.get("typeface"))
    return fonts


def _looks(template: Document) -> Looks:
    by_name = _style_elements(template)
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


__all__ = [
    "HouseStyle",
    "HouseStyleError",
    "Looks",
    "built_in",
    "check_package",
    "load_house_style",
]

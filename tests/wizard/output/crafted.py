"""Crafted hostile Word files, and a scan of a written document for anything hostile.

The files are made inside the tests from python-docx's own (no binaries kept); each
function returns the bytes of a ``.docx`` built from a base file with members replaced
or added. ``hostile_inside(data)`` lists what a written document must never hold.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping

from lxml import etree

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main"'
)
OLE_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Package payload"


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(members: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return buffer.getvalue()


def rels(*relationships: tuple[str, str, str, bool]) -> bytes:
    """A relationships part: (id, type's last word or full type, target, external)."""
    lines = []
    for r_id, kind, target, external in relationships:
        full = kind if "/" in kind else f"{R}/{kind}"
        mode = ' TargetMode="External"' if external else ""
        lines.append(f'<Relationship Id="{r_id}" Type="{full}" Target="{target}"{mode}/>')
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
        + "".join(lines)
        + "</Relationships>"
    ).encode()


def add_types(members: dict[str, bytes], *overrides: tuple[str, str], defaults: str = "") -> None:
    types = members["[Content_Types].xml"].decode()
    extra = defaults + "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    members["[Content_Types].xml"] = types.replace("</Types>", extra + "</Types>").encode()


def add_document_rel(members: dict[str, bytes], r_id: str, kind: str, target: str) -> None:
    name = "word/_rels/document.xml.rels"
    text = members[name].decode()
    full = kind if "/" in kind else f"{R}/{kind}"
    members[name] = text.replace(
        "</Relationships>",
        f'<Relationship Id="{r_id}" Type="{full}" Target="{target}"/></Relationships>',
    ).encode()


def with_header(
    base: bytes,
    header_body: str,
    header_rels: bytes | None = None,
    *,
    footer_body: str | None = None,
    extra: Mapping[str, bytes] = {},
) -> bytes:
    """``base`` with a default header (and footer) of the given paragraphs' XML."""
    members = members_of(base)
    members["word/header9.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {NAMESPACES}>{header_body}</w:hdr>'
    ).encode()
    if header_rels is not None:
        members["word/_rels/header9.xml.rels"] = header_rels
    add_document_rel(members, "rIdH9", "header", "header9.xml")
    overrides = [
        (
            "/word/header9.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        )
    ]
    references = '<w:headerReference w:type="default" r:id="rIdH9"/>'
    if footer_body is not None:
        members["word/footer9.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {NAMESPACES}>{footer_body}</w:ftr>'
        ).encode()
        add_document_rel(members, "rIdF9", "footer", "footer9.xml")
        overrides.append(
            (
                "/word/footer9.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
            )
        )
        references += '<w:footerReference w:type="default" r:id="rIdF9"/>'
    add_types(members, *overrides, defaults='<Default Extension="png" ContentType="image/png"/>')
    document = members["word/document.xml"].decode()
    if 'xmlns:r="' not in document.split(">", 2)[1]:
        document = document.replace("<w:document ", f'<w:document xmlns:r="{R}" ', 1)
    document = re.sub(r"(<w:sectPr[^>]*>)", r"\1" + references, document, count=1)
    members["word/document.xml"] = document.encode()
    members.update(extra)
    return zipped(members)


def picture(r_id: str, *, anchor: str = "", link: str = "", name: str = "Logo") -> str:
    """A run with a picture whose blip embeds ``r_id``; ``anchor`` is a docPr's inner XML."""
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="914400" cy="457200"/>'
        f'<wp:docPr id="5" name="{name}">{anchor}</wp:docPr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="x"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{r_id}"{link}/></pic:blipFill>'
        '<pic:spPr><a:prstGeom prst="rect"/></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def field(instruction: str, shown: str = "shown result") -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{shown}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def text_box(inner: str) -> str:
    """A run with a text box (Word's modern shape, and VML as its fallback)."""
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
        'distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="914400" cy="457200"/><wp:wrapNone/><wp:docPr id="7" name="Box"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
        f"<w:p>{inner}</w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        f'<w:pict><v:shape id="b"><v:textbox><w:txbxContent><w:p>{inner}</w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def png(width: int = 40, height: int = 20) -> bytes:
    """A real PNG (python's zlib), of one colour."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x1b\x5e\x6b" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# Source for a child process that measures itself: its own peak memory in MB.
PEAK_MEMORY = """
def peak_mb():
    # The process's own high-water mark (VmHWM). ru_maxrss alone is not that on Linux:
    # it keeps the size of the process that started this one (a large test runner)
    # across exec, so it is only the fallback where /proc is missing.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


# --- the scan ----------------------------------------------------------------------------

ALLOWED_PARTS = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(core|app)\.xml|"
    r"word/(document|styles|settings|webSettings|fontTable|numbering)\.xml|"
    r"word/theme/theme1\.xml|word/(header|footer)\d+\.xml|word/_rels/[a-z0-9]+\.xml\.rels|"
    r"word/media/[A-Za-z0-9]+\.(png|jpeg|jpg))$"
)
ALLOWED_RELATIONSHIPS = {
    f"{R}/{kind}"
    for kind in (
        "officeDocument",
        "extended-properties",
        "styles",
        "settings",
        "webSettings",
        "fontTable",
        "theme",
        "numbering",
        "header",
        "footer",
        "image",
    )
} | {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"}
HOSTILE_ELEMENTS = (
    "altChunk",
    "object",
    "pict",
    "control",
    "txbxContent",
    "commentReference",
    "commentRangeStart",
    "hyperlink",
    "subDoc",
    "attachedTemplate",
)
OUR_TOC = 'TOC \\o "1-1" \\h \\z \\u'


def hostile_inside(data: bytes) -> list[str]:
    """Everything in a written document that must not be there; empty when clean."""
    found: list[str] = []
    members = members_of(data)
    for name, blob in members.items():
        if not ALLOWED_PARTS.match(name):
            found.append(f"part {name}")
        if name.startswith("word/media/") and not blob.startswith(
            (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
        ):
            found.append(f"not a PNG or JPEG: {name}")
        if name.startswith("word/media/"):
            continue
        if re.search(rb"<!\s*(DOCTYPE|ENTITY)", blob.replace(b"\x00", b""), re.I):
            found.append(f"DTD in {name}")
        root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
        if name.endswith(".rels"):
            for rel in root:
                target = str(rel.get("Target", ""))
                if rel.get("TargetMode") == "External" or re.match(
                    r"^[A-Za-z][A-Za-z0-9+.-]*:|^[/\\]{2}", target
                ):
                    found.append(f"external {target} in {name}")
                if rel.get("Type") not in ALLOWED_RELATIONSHIPS:
                    found.append(f"relationship {rel.get('Type')} in {name}")
            continue
        if name == "[Content_Types].xml":
            kinds = " ".join(str(e.get("ContentType", "")) for e in root).lower()
            for word in ("svg", "vba", "macro", "oleobject", "activex", "comments", "custom"):
                if word in kinds:
                    found.append(f"content type {word}")
            continue
        kinds = [e.get(f"{{{W}}}fldCharType") for e in root.iter(f"{{{W}}}fldChar")]
        if kinds.count("begin") != kinds.count("end"):
            found.append(f"a field without its end in {name}")
        for element in root.iter():
            tag = element.tag if isinstance(element.tag, str) else ""
            local = tag.rsplit("}", 1)[-1]
            if tag.startswith(f"{{{W}}}") and local in HOSTILE_ELEMENTS:
                found.append(f"{local} in {name}")
            shape_defaults = any(a.tag == f"{{{W}}}shapeDefaults" for a in element.iterancestors())
            if tag.startswith("{urn:schemas-microsoft-com:") and not shape_defaults:
                found.append(f"VML or Office object {local} in {name}")
            if local in ("hlinkClick", "hlinkHover") or element.get(f"{{{R}}}link"):
                found.append(f"link on a picture in {name}")
            if local == "svgBlip":
                found.append(f"SVG in {name}")
            instruction = None
            if tag == f"{{{W}}}instrText":
                instruction = element.text or ""
            elif tag == f"{{{W}}}fldSimple":
                instruction = str(element.get(f"{{{W}}}instr", ""))
            if instruction is not None:
                words = " ".join(instruction.split())
                allowed = words in ("PAGE", "NUMPAGES") or (
                    name == "word/document.xml" and words == OUR_TOC
                )
                if not allowed:
                    found.append(f"field {words!r} in {name}")
    return found


Mutator = Callable[[bytes], bytes]

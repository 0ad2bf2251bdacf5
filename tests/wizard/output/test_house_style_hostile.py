"""Crafted hostile house styles: refused, or written with nothing hostile inside.

Each case is a file an attacker could hand a consultant (the trust issue's list): what
the documents may take from it (styles, fonts, colours, page setup, the header's and
footer's text, alignment and PNG/JPEG pictures) is taken; everything else is left out
and named in the warning, and a scan of the written document finds nothing hostile.
"""

from __future__ import annotations

import http.server
import io
import json
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import docx
import pytest

from tests.conftest import ROOT
from tests.reliability import record
from tests.wizard.output import crafted, house_styles
from tests.wizard.output.crafted import (
    OLE_FILE,
    add_document_rel,
    add_types,
    field,
    members_of,
    picture,
    png,
    rels,
    text_box,
    with_header,
    zipped,
)
from tests.wizard.output.test_house_style import EXAMPLE, part, written
from wizard import cli
from wizard.answers.model import Language
from wizard.output.house_style import HouseStyleError, load_house_style

LOGO = png()


def base() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("The template's own text")
    document.save(buffer)
    return buffer.getvalue()


def logo_rels(*more: tuple[str, str, str, bool]) -> bytes:
    return rels(("rIdLogo", "image", "media/logo9.png", False), *more)


def with_logo(header: str, *more: tuple[str, str, str, bool], **kwargs: object) -> bytes:
    extra = {"word/media/logo9.png": LOGO, **kwargs.pop("extra", {})}  # type: ignore[dict-item]
    return with_header(base(), header, logo_rels(*more), extra=extra, **kwargs)  # type: ignore[arg-type]


def paragraph(*runs: str, align: str = "") -> str:
    props = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def hyperlink_typed_picture(target: str) -> bytes:
    """The logo's blip points to a relationship typed 'hyperlink', outside the file."""
    return with_logo(
        paragraph(picture("rIdLogo"), picture("rIdFetch")),
        ("rIdFetch", "hyperlink", target, True),
    )


def fields_in_picture_run() -> bytes:
    run = (
        picture("rIdLogo")
        .replace(
            "<w:r>",
            '<w:r><w:fldChar w:fldCharType="begin"/><w:instrText> INCLUDETEXT '
            '"file:///etc/passwd" </w:instrText><w:fldChar w:fldCharType="separate"/>'
            "<w:t>secret</w:t>",
            1,
        )
        .replace("</w:r>", '<w:fldChar w:fldCharType="end"/></w:r>')
    )
    return with_logo(
        paragraph(
            run,
            field('INCLUDEPICTURE "http://127.0.0.1:9/x.png" \\d', "pic"),
            field('DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"', "dde"),
            '<w:fldSimple w:instr=" INCLUDETEXT &quot;c:/secret.txt&quot; "><w:r><w:t>inc'
            "</w:t></w:r></w:fldSimple>",
        )
    )


def fields_in_text_box() -> bytes:
    inner = field('INCLUDETEXT "file:///etc/passwd"', "boxed") + (
        '<w:fldSimple w:instr="DDE Excel x"><w:r><w:t>dde</w:t></w:r></w:fldSimple>'
    )
    return with_logo(paragraph(picture("rIdLogo"), text_box(inner)))


def links_on_logo() -> bytes:
    # Clicked, the first logo runs a script and the second opens a share on another machine.
    return with_logo(
        paragraph(
            picture("rIdLogo", anchor='<a:hlinkClick r:id="rIdJs"/>'),
            picture("rIdLogo", anchor='<a:hlinkClick r:id="rIdUnc"/>'),
            '<w:hyperlink r:id="rIdJs"><w:r><w:t>click</w:t></w:r></w:hyperlink>',
        ),
        ("rIdJs", "hyperlink", "javascript:alert(1)", True),
        ("rIdUnc", "hyperlink", "\\\\attacker\\share\\x.png", True),
    )


def ole_package() -> bytes:
    obj = (
        '<w:r><w:object><v:shape id="o" style="width:10pt;height:10pt"><v:imagedata '
        'r:id="rIdLogo"/></v:shape><o:OLEObject Type="Embed" ProgID="Package" ShapeID="o" '
        'r:id="rIdOle"/></w:object></w:r>'
    )
    members = members_of(
        with_logo(
            paragraph(picture("rIdLogo"), obj),
            ("rIdOle", "oleObject", "embeddings/oleObject1.bin", False),
            extra={"word/embeddings/oleObject1.bin": OLE_FILE},
        )
    )
    add_types(members, ("/word/embeddings/oleObject1.bin", "application/vnd.openxmlformats-"
                        "officedocument.oleObject"))  # fmt: skip
    return zipped(members)


def svg_with_script() -> bytes:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    extension = (
        '<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">'
        '<asvg:svgBlip r:embed="rIdSvg"/></a:ext></a:extLst>'
    )
    run = picture("rIdLogo").replace(
        'r:embed="rIdLogo"/>', f'r:embed="rIdLogo">{extension}</a:blip>'
    )
    return with_logo(
        paragraph(run, picture("rIdSvg")),
        ("rIdSvg", "image", "media/image2.svg", False),
        extra={"word/media/image2.svg": svg},
    )


def alt_chunk() -> bytes:
    html = b"<html><body><img src='http://127.0.0.1:9/a.png'>inserted</body></html>"
    members = members_of(
        with_logo(
            paragraph(picture("rIdLogo")) + '<w:altChunk r:id="rIdChunk"/>',
            ("rIdChunk", "aFChunk", "chunk.htm", False),
            extra={"word/chunk.htm": html},
        )
    )
    add_types(members, ("/word/chunk.htm", "text/html"))
    return zipped(members)


def disguised_macros() -> bytes:
    """vbaProject under another name and content type, typed as an image elsewhere."""
    members = members_of(with_logo(paragraph(picture("rIdLogo"))))
    members["word/media/printer.bin"] = OLE_FILE + b'Attribute VB_Name = "ThisDocument"'
    add_document_rel(
        members, "rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
        "media/printer.bin",
    )  # fmt: skip
    add_types(members, ("/word/media/printer.bin", "application/octet-stream"))
    return zipped(members)


def comments_and_custom_properties() -> bytes:
    comment_ref = (
        '<w:commentRangeStart w:id="0"/><w:r><w:t>commented</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
    )
    members = members_of(with_logo(paragraph(picture("rIdLogo"), comment_ref)))
    members["word/comments.xml"] = (
        f'<?xml version="1.0"?><w:comments {crafted.NAMESPACES}><w:comment w:id="0" '
        'w:author="x"><w:p><w:r><w:t>a comment</w:t></w:r></w:p></w:comment></w:comments>'
    ).encode()
    add_document_rel(members, "rIdComments", "comments", "comments.xml")
    members["docProps/custom.xml"] = (
        b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
        b'08002B2CF9AE}" pid="2" name="Client"><vt:lpwstr>secret</vt:lpwstr></property>'
        b"</Properties>"
    )
    package = members["_rels/.rels"].decode()
    members["_rels/.rels"] = package.replace(
        "</Relationships>",
        f'<Relationship Id="rIdCustom" Type="{crafted.R}/custom-properties" '
        'Target="docProps/custom.xml"/></Relationships>',
    ).encode()
    add_types(
        members,
        ("/word/comments.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.comments+xml"),
        ("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument."
         "custom-properties+xml"),
    )  # fmt: skip
    return zipped(members)


def page_width_not_a_number() -> bytes:
    members = members_of(base())
    document = members["word/document.xml"].decode()
    members["word/document.xml"] = document.replace('<w:pgSz w:w="12240"', '<w:pgSz w:w="wide"')
    assert members["word/document.xml"] != document.encode()
    return zipped(members)


def margins_wider_than_the_page() -> bytes:
    members = members_of(base())
    document = members["word/document.xml"].decode()
    members["word/document.xml"] = document.replace('w:left="1800"', 'w:left="11000"')
    assert members["word/document.xml"] != document.encode()
    return zipped(members)


# name -> (the file, the kinds the warning names)
DROPPED: dict[str, tuple[Callable[[], bytes], set[str]]] = {
    "picture typed hyperlink to http": (
        lambda: hyperlink_typed_picture("http://127.0.0.1:9/fetched.png"),
        {"external"},
    ),
    "picture typed hyperlink to file": (
        lambda: hyperlink_typed_picture("file:///etc/passwd"),
        {"external"},
    ),
    "INCLUDETEXT, INCLUDEPICTURE and DDE in a picture's run": (
        fields_in_picture_run,
        {"fields"},
    ),
    "fields in a header text box": (fields_in_text_box, {"fields", "text_boxes"}),
    "javascript: and UNC links on the logo": (links_on_logo, {"external"}),
    "OLE package": (ole_package, {"objects"}),
    "SVG with a script": (svg_with_script, {"svg"}),
    "altChunk": (alt_chunk, {"altchunk"}),
    "disguised macro part": (disguised_macros, {"objects"}),
    "comments and custom properties": (
        comments_and_custom_properties,
        {"comments", "properties"},
    ),
    "page width not a number": (page_width_not_a_number, {"page_setup"}),
    "margins wider than the page": (margins_wider_than_the_page, {"page_setup"}),
}


@pytest.mark.parametrize("case", list(DROPPED), ids=list(DROPPED))
def test_hostile_content_is_left_out_and_named(case: str, tmp_path: Path) -> None:
    make, kinds = DROPPED[case]
    path = tmp_path / "style.docx"
    path.write_bytes(make())
    style = load_house_style(path)
    dropped = [w for w in style.warnings if w.code == "house_style_dropped"]
    assert dropped, style.warnings
    named = set(str(dropped[0].params["items"]).split(","))
    assert kinds <= named, named
    for language in Language:
        line = dropped[0].line(language)
        assert str(path) in line and "{" not in line and "_" not in line.replace(str(path), "")
    data = written(style)
    assert crafted.hostile_inside(data) == []
    headers = "".join(
        part(data, n) for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if "header" in n
    )
    for secret in ("secret", "boxed", "dde", "inc", "inserted", "a comment", "alert"):
        assert f">{secret}<" not in headers, secret
    if DROPPED[case][1] != {"page_setup"}:
        assert "<pic:pic" in headers  # the logo itself is kept
    else:  # the built-in A4 page and margins instead
        section = docx.Document(io.BytesIO(data)).sections[0]
        assert round(section.page_width.cm, 1) == 21.0 and round(section.left_margin.cm, 1) == 2.3
    record("hostile_house_styles")


def test_page_numbers_alignment_and_footer_text_are_kept(tmp_path: Path) -> None:
    footer = paragraph(
        "<w:r><w:t>Vertrouwelijk</w:t></w:r><w:r><w:tab/></w:r>",
        field("PAGE \\* MERGEFORMAT", "3"),
        align="center",
    )
    data = with_logo(paragraph(picture("rIdLogo"), align="right"), footer_body=footer)
    path = tmp_path / "aligned.docx"
    path.write_bytes(data)
    style = load_house_style(path)
    assert style.header_logo
    assert not [w for w in style.warnings if w.code == "house_style_dropped"]
    written_data = written(style)
    assert crafted.hostile_inside(written_data) == []
    opened = docx.Document(io.BytesIO(written_data))
    header = opened.sections[0].header.paragraphs
    assert header[0].alignment is not None and header[0].alignment == 2  # right
    assert "<pic:pic" in part(written_data, "word/header1.xml")
    footer_paragraphs = opened.sections[0].footer.paragraphs
    assert footer_paragraphs[0].text.startswith("Vertrouwelijk")
    assert footer_paragraphs[0].alignment == 1  # centred
    footer_xml = part(written_data, "word/footer2.xml")
    assert footer_xml.count(" PAGE ") == 2  # the house style's and ours
    assert "Versie" in footer_paragraphs[-1].text  # ours, on a line of its own


def test_a_page_number_without_its_end_is_ended(tmp_path: Path) -> None:
    unclosed = field("PAGE", "1").removesuffix('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    path = tmp_path / "unclosed.docx"
    path.write_bytes(with_logo(paragraph(picture("rIdLogo")), footer_body=paragraph(unclosed)))
    data = written(load_house_style(path))
    assert crafted.hostile_inside(data) == []
    assert part(data, "word/footer2.xml").count(" PAGE ") == 2


def test_a_utf16_house_style_is_read() -> None:
    """Any encoding XML allows Word to write: UTF-16 parts are parsed, not skipped."""
    members = members_of(house_styles_letter())
    styles = members["word/styles.xml"].decode("utf-8")
    styles = styles.replace("encoding='UTF-8'", "encoding='UTF-16'").replace(
        'encoding="UTF-8"', 'encoding="UTF-16"'
    )
    members["word/styles.xml"] = styles.encode("utf-16")
    path = Path(_tmp()) / "utf16.docx"
    path.write_bytes(zipped(members))
    style = load_house_style(path)
    assert style.looks.body_font == "Georgia"
    assert crafted.hostile_inside(written(style)) == []


def _tmp() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="house-style-")


def house_styles_letter() -> bytes:
    return house_styles.letter_serif(Path(_tmp())).read_bytes()


def _with_dtd(blob: bytes, encoding: str) -> bytes:
    text = blob.decode("utf-8")
    head, _, rest = text.partition("?>")
    head = head.replace("UTF-8", encoding)
    doctype = '<!DOCTYPE w:styles [<!ENTITY boom "boom">]>'
    return f"{head}?>{doctype}{rest}".encode(encoding.lower())


REFUSED: dict[str, tuple[Callable[[], bytes], str]] = {
    "UTF-16 part with a DTD": (
        lambda: zipped(
            {
                **members_of(base()),
                "word/styles.xml": _with_dtd(members_of(base())["word/styles.xml"], "UTF-16"),
            }
        ),
        "house_style_entities",
    ),
    "part not named .xml with a DTD": (
        lambda: zipped(
            {
                **members_of(base()),
                "word/glossary/data.bin": b'<?xml version="1.0"?><!DOCTYPE x ['
                b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><x>&b;</x>',
            }
        ),
        "house_style_entities",
    ),
    "UTF-16 unused part with an external DTD": (
        lambda: zipped(
            {
                **members_of(base()),
                "customXml/item7.xml": '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x '
                'SYSTEM "http://127.0.0.1:9/x.dtd"><x/>'.encode("utf-16"),
            }
        ),
        "house_style_entities",
    ),
    "a DTD after a megabyte of comment": (
        lambda: zipped(
            {
                **members_of(base()),
                "word/notes.xml": b"<!--" + os.urandom(800_000).hex().encode() + b"-->"
                b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
            }
        ),
        "house_style_entities",
    ),
    "two members of one name": (
        lambda: _duplicate_member(base()),
        "house_style_damaged",
    ),
}


def _duplicate_member(data: bytes) -> bytes:
    members = members_of(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
        with pytest.warns(UserWarning):
            archive.writestr("word/styles.xml", members["word/styles.xml"])
    return buffer.getvalue()


@pytest.mark.parametrize("case", list(REFUSED), ids=list(REFUSED))
def test_hostile_parts_are_refused(case: str, tmp_path: Path) -> None:
    make, code = REFUSED[case]
    path = tmp_path / "style.docx"
    path.write_bytes(make())
    with pytest.raises(HouseStyleError) as refused:
        load_house_style(path)
    assert refused.value.problem.code == code
    record("hostile_house_styles")


# --- memory and time of the worst file within the limits ---------------------------------


def worst_case(folder: Path) -> Path:
    """A file at the limits: parts of tiny elements (each costs a parser the most for
    its bytes) in styles, numbering, document, headers and footers; many members; and
    pictures. Packed, it is some 6 MB, as in the report."""
    from wizard.output import house_style as limits

    members = members_of(with_logo(paragraph(picture("rIdLogo"), align="right")))
    # A fill of ~8 MB, just under the part limit, compressing at a ratio under 100.
    # Each part as many elements as the limit lets through (the base's own, some 12,000
    # in python-docx's styles, aside); the text, read as a stream, up to its size limit.
    count = limits.MAX_PART_ELEMENTS - 15_000
    text_count = (limits.MAX_PART_BYTES - 2**18) // 21

    def filler(index: int) -> str:
        return f'<w:b w:val="{(index * 7919) % 99991:05d}"/>'

    fill = "".join(filler(i) for i in range(count))
    text_fill = "".join(filler(i) for i in range(text_count))
    styles = members["word/styles.xml"].decode()
    members["word/styles.xml"] = styles.replace(
        "</w:styles>", f'<w:style w:styleId="Fill"><w:rPr>{fill}</w:rPr></w:style></w:styles>'
    ).encode()
    numbering = members["word/numbering.xml"].decode()
    members["word/numbering.xml"] = numbering.replace(
        "</w:numbering>", f'<w:abstractNum w:abstractNumId="99">{fill}</w:abstractNum>'
        "</w:numbering>"
    ).encode()  # fmt: skip
    document = members["word/document.xml"].decode()
    members["word/document.xml"] = document.replace(
        "<w:body>", f"<w:body><w:p><w:r><w:rPr>{text_fill}</w:rPr></w:r></w:p>", 1
    ).encode()
    header = members["word/header9.xml"].decode()
    runs = "".join(f"<w:r><w:t>{(i * 7919) % 99991:05d}</w:t></w:r>" for i in range(count // 4))
    members["word/header9.xml"] = header.replace("</w:hdr>", f"<w:p>{runs}</w:p></w:hdr>").encode()
    # Many more members, each read to its first element.
    for index in range(400):
        members[f"word/pad{index}.xml"] = f"<x>{filler(index) * 200}</x>".encode()
    # Pictures up to the limit of their bytes together, each within the pixel limit.
    picture_rels = [("rIdLogo", "image", "media/logo9.png", False)]
    runs = [picture("rIdLogo")]
    for index in range(limits.MAX_PICTURES):
        name = f"media/big{index}.png"
        members[f"word/{name}"] = png(64, 64) + os.urandom(limits.MAX_PICTURE_TOTAL // 12)
        picture_rels.append((f"rIdBig{index}", "image", name, False))
        runs.append(picture(f"rIdBig{index}"))
    members["word/_rels/header9.xml.rels"] = rels(*picture_rels)
    members["word/header9.xml"] = (
        members["word/header9.xml"].decode().replace("</w:hdr>", f"{paragraph(*runs)}</w:hdr>")
    ).encode()
    data = zipped(members)
    path = folder / "worst.docx"
    path.write_bytes(data)
    return path


CHILD = """
import json, resource, sys
from pathlib import Path
from wizard.answers.model import Language
from wizard.answers.project_file import load_project
from wizard.output.export import plan_export, render_documents, write_documents
from wizard.output.house_style import HouseStyleError, load_house_style
start = resource.getrusage(resource.RUSAGE_SELF)
outcome = "written"
try:
    style = load_house_style(Path(sys.argv[1]))
    project = load_project(Path(sys.argv[2]))
    out = Path(sys.argv[3])
    out.mkdir()
    planned = plan_export(project, out, list(Language))
    write_documents(render_documents(project, planned, None, style))
except HouseStyleError as error:
    outcome = error.problem.code
end = resource.getrusage(resource.RUSAGE_SELF)
cpu = end.ru_utime + end.ru_stime - start.ru_utime - start.ru_stime
print(json.dumps({"outcome": outcome, "peak_mb": peak_mb(), "cpu_s": cpu}))
"""


def test_the_worst_file_within_the_limits_needs_little_memory_and_time(tmp_path: Path) -> None:
    path = worst_case(tmp_path)
    assert 3 * 2**20 < path.stat().st_size < 20 * 2**20
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            crafted.PEAK_MEMORY + CHILD,
            str(path),
            str(EXAMPLE),
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["outcome"] == "written"  # within the limits: used, not refused
    assert figures["peak_mb"] <= 300, figures
    # Processor time, not wall time: other work on a shared machine does not count.
    assert figures["cpu_s"] <= 10, figures
    written_files = list((tmp_path / "o").glob("*.docx"))
    assert len(written_files) == 4
    assert all(crafted.hostile_inside(f.read_bytes()) == [] for f in written_files)


# --- LibreOffice fetches nothing -----------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = LOGO
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[tuple[str, list[str]]]:
    requests: list[str] = []
    handler = type("Handler", (_Recorder,), {"requests": requests})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(
    subprocess.run(["which", "soffice"], capture_output=True).returncode != 0,
    reason="LibreOffice (soffice) is not installed",
)
def test_libreoffice_fetches_nothing_from_a_written_document(
    local_server: tuple[str, list[str]], tmp_path: Path
) -> None:

    url, requests = local_server
    hostile = with_logo(
        paragraph(
            picture("rIdLogo"),
            picture("rIdFetch"),
            picture("rIdLogo", link=' r:link="rIdFetch2"'),
            field(f'INCLUDEPICTURE "{url}/field.png" \\d', "pic"),
        ),
        ("rIdFetch", "hyperlink", f"{url}/typed-hyperlink.png", True),
        ("rIdFetch2", "image", f"{url}/linked.png", True),
    )
    style_path = tmp_path / "style.docx"
    style_path.write_bytes(hostile)
    # The recorder records: a request to it is seen (so an empty list below means none).
    import urllib.request

    with urllib.request.urlopen(f"{url}/probe.png", timeout=10) as response:
        assert response.read() == LOGO
    assert requests == ["/probe.png"]
    requests.clear()
    out = tmp_path / "out"
    code = cli.run(
        ["generate", str(EXAMPLE), "--out", str(out), "--lang", "nl", "--docs", "code_of_conduct",
         "--house-style", str(style_path), "--pdf"]
    )  # fmt: skip
    assert code == cli.EXIT_OK
    assert list(out.glob("*.pdf"))
    for document in out.glob("*.docx"):
        assert crafted.hostile_inside(document.read_bytes()) == []
    assert requests == []

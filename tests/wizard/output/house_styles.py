"""House styles in Word's format, made by other tools inside the tests (no binaries kept).

Each function writes one file into ``folder`` and returns its path.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from wizard.output.house_style import TEMPLATE_MAIN

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
LOGO = EXAMPLES / "de-linde-logo.png"


def python_docx_default(folder: Path) -> Path:
    """python-docx's own template, with a line of text that must not reach the output."""
    document = docx.Document()
    document.add_paragraph("Template text that the documents must not show")
    path = folder / "python-docx-default.docx"
    document.save(str(path))
    return path


def letter_serif(folder: Path, *, logo: bool = True) -> Path:
    """US Letter, narrow margins, Georgia body text, dark red headings, a logo in the header."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)
    normal.font.color.rgb = RGBColor(0x20, 0x20, 0x40)
    for name, size in (("Heading 1", 18), ("Heading 2", 14), ("Title", 30)):
        style = document.styles[name]
        style.font.name = "Georgia"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        # Word's theme fonts would override the plain font name.
        fonts = style.element.rPr.find(qn("w:rFonts"))
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
    if logo:
        header = section.header.paragraphs[0]
        header.add_run("ACME Advies — consultancy header text").bold = True
        header.add_run().add_picture(str(LOGO), height=Cm(0.9))
        section.footer.paragraphs[0].add_run("Footer text of the template")
    path = folder / "letter-serif.docx"
    document.save(str(path))
    return path


def a5_document(folder: Path) -> Path:
    """A5 pages with wide margins: tables and the cover must still fit."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(14.8), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    document.styles["Normal"].font.name = "Courier New"
    path = folder / "a5.docx"
    document.save(str(path))
    return path


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of a Word file with members replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, blob in change.items():
        if blob is None:
            members.pop(name, None)
        else:
            members[name] = blob
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return target


def without_list_styles(folder: Path) -> Path:
    document = docx.Document()
    styles = document.styles.element
    for element in list(styles.findall(qn("w:style"))):
        name = element.find(qn("w:name")).get(qn("w:val"))
        if name.lower().startswith("list"):
            styles.remove(element)
    path = folder / "no-lists.docx"
    document.save(str(path))
    return path


def dotx(folder: Path) -> Path:
    """A Word template: the same package with the template's main content type."""
    source = letter_serif(folder, logo=False)
    with zipfile.ZipFile(source) as archive:
        types = archive.read("[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        TEMPLATE_MAIN,
    )
    return _rewrite(source, folder / "template.dotx", {"[Content_Types].xml": types.encode()})


def libreoffice(folder: Path, profile: Path) -> Path | None:
    """A house style as LibreOffice saves it (from a plain text file), or None without it."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    text = folder / "libreoffice-style.txt"
    text.write_text("Huisstijl van LibreOffice\n", encoding="utf-8")
    source = letter_serif(folder)  # a header logo and fonts, saved again by LibreOffice
    made = folder / "lo"
    made.mkdir(exist_ok=True)
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(made),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(profile)},
    )
    saved = made / source.name
    if not saved.exists():
        return None
    return Path(shutil.move(saved, folder / "libreoffice.docx"))


# --- hostile files: each must be refused with its code ----------------------------------


def hostile(folder: Path, kind: str) -> Path:
    base = python_docx_default(folder)
    if kind == "house_style_not_word":
        path = folder / "notes.docx"
        path.write_text("just some text, not a Word file", encoding="utf-8")
        return path
    if kind == "house_style_damaged":
        path = folder / "damaged.docx"
        path.write_bytes(base.read_bytes()[:3000])
        return path
    if kind == "house_style_bomb":
        # Two megabytes of zeros pack into a few kilobytes: a ratio no Word file has.
        return _rewrite(base, folder / "bomb.docx", {"word/media/zeros.bin": bytes(2 * 2**20)})
    if kind == "house_style_macros":
        return _rewrite(base, folder / "renamed-docm.docx", {"word/vbaProject.bin": b"macro"})
    if kind == "house_style_macros_suffix":
        path = folder / "style.dotm"
        shutil.copy(base, path)
        return path
    if kind == "attached_template":  # not refused: left out, and named in a warning
        with zipfile.ZipFile(base) as archive:
            settings = archive.read("word/settings.xml").decode()
        settings = settings.replace(
            "<w:defaultTabStop",
            '<w:attachedTemplate r:id="rIdTemplate"/><w:defaultTabStop',
        )
        if 'xmlns:r="' not in settings.split(">", 2)[1]:
            settings = settings.replace(
                "<w:settings ",
                '<w:settings xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships" ',
                1,
            )
        rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdTemplate" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/attachedTemplate" '
            'Target="http://example.invalid/evil.dotm" TargetMode="External"/>'
            "</Relationships>"
        )
        return _rewrite(
            base,
            folder / "external.docx",
            {"word/settings.xml": settings.encode(), "word/_rels/settings.xml.rels": rels.encode()},
        )
    if kind == "house_style_entities":
        with zipfile.ZipFile(base) as archive:
            styles = archive.read("word/styles.xml").decode()
        head, _, rest = styles.partition("?>")
        doctype = '<!DOCTYPE w:styles [<!ENTITY boom "boom">]>'
        return _rewrite(
            base, folder / "entities.docx", {"word/styles.xml": f"{head}?>{doctype}{rest}".encode()}
        )
    if kind == "house_style_image_too_large":
        picture = os.urandom(11 * 2**20)  # random: it does not pack, so it is no bomb
        return _rewrite(base, folder / "big-picture.docx", {"word/media/image9.png": picture})
    if kind == "house_style_too_large":
        path = folder / "huge.docx"
        with path.open("wb") as file:
            file.write(base.read_bytes())
            file.truncate(21 * 2**20)
        return path
    raise ValueError(kind)


HOSTILE = [
    "house_style_not_word",
    "house_style_damaged",
    "house_style_bomb",
    "house_style_macros",
    "house_style_macros_suffix",
    "house_style_entities",
    "house_style_image_too_large",
    "house_style_too_large",
]


def zip_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()

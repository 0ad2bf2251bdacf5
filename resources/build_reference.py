"""Builds resources/reference.docx, the house style of every exported document.

Run it after changing the looks: ``python resources/build_reference.py``. The result is
committed; the program itself only reads it. Word keeps only styles that exist in the
starting document, so every style the writer uses is defined here (a test checks it).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

INK = RGBColor(0x22, 0x2B, 0x33)
BRAND = RGBColor(0x1B, 0x5E, 0x6B)  # deep teal
MUTED = RGBColor(0x5F, 0x6B, 0x75)
FONT = "Calibri"

TABLE_STYLE = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="PolicyTable">
  <w:name w:val="Policy Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="B9C6CC"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="B9C6CC"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="B9C6CC"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>
      <w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1B5E6B"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band1Horz">
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF3F5"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def _font(style, size: float, *, bold: bool = False, color: RGBColor | None = None) -> None:
    # Body styles leave the colour to the document defaults: a colour set on a
    # paragraph style would override the white header row of the table style.
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    if color is not None:
        style.font.color.rgb = color
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def build(target: Path) -> None:
    document = docx.Document()
    styles = document.styles

    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    colour = defaults.find(qn("w:color"))
    if colour is None:
        colour = parse_xml(f'<w:color {nsdecls("w")} w:val="{INK}"/>')
        defaults.append(colour)
    colour.set(qn("w:val"), str(INK))

    normal = styles["Normal"]
    _font(normal, 10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    normal.paragraph_format.line_spacing = 1.12
    # Never one line of a paragraph alone at the foot or the head of a page (Word and
    # LibreOffice); the other text styles are based on Normal.
    normal.paragraph_format.widow_control = True

    for name, size, before, after in (("Heading 1", 15, 18, 6), ("Heading 2", 12, 12, 4)):
        heading = styles[name]
        _font(heading, size, bold=True, color=BRAND)
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(after)
        heading.paragraph_format.keep_with_next = True

    title = styles["Title"]
    _font(title, 30, bold=True, color=BRAND)
    title.paragraph_format.space_before = Pt(120)
    title.paragraph_format.space_after = Pt(12)
    # The built-in Title has a bottom border; our cover is cleaner without it.
    ppr = title.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)

    subtitle = styles["Subtitle"]
    _font(subtitle, 16, color=MUTED)
    subtitle.paragraph_format.space_after = Pt(36)

    toc_heading = styles["TOC Heading"]
    _font(toc_heading, 15, bold=True, color=BRAND)

    for name in ("List Bullet", "List Number"):
        _font(styles[name], 10)
        styles[name].paragraph_format.space_after = Pt(3)

    for name in ("Header", "Footer"):
        _font(styles[name], 8.5, color=MUTED)

    cover = styles.add_style("Cover Meta", WD_STYLE_TYPE.PARAGRAPH)
    cover.base_style = normal
    _font(cover, 11, color=MUTED)
    cover.paragraph_format.space_after = Pt(2)

    cell = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    _font(cell, 9.5)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0

    for level in (1, 2):
        toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        _font(toc, 10.5)
        toc.paragraph_format.space_after = Pt(2)
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))

    styles.element.append(parse_xml(TABLE_STYLE))

    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.1)

    # Remove the template's own body text; keep the section properties.
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    document.core_properties.author = ""
    document.core_properties.title = "Reference"
    buffer = io.BytesIO()
    document.save(buffer)
    target.write_bytes(prune(buffer.getvalue()))


# Styles the writer names, plus what Word needs as defaults.
KEEP = {
    "Normal",
    "Default Paragraph Font",
    "Normal Table",
    "No List",
    "Table Grid",
    "Title",
    "Subtitle",
    "Cover Meta",
    "heading 1",
    "heading 2",
    "List Bullet",
    "List Number",
    "List Paragraph",
    "Policy Table",
    "Table Text",
    "TOC Heading",
    "toc 1",
    "toc 2",
    "TOC 1",
    "TOC 2",
    "header",
    "footer",
    "Strong",
}
DROPPED_PARTS = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/")


def prune(data: bytes) -> bytes:
    """Remove what python-docx's template carries and we never use.

    Its 160 unused styles, the Word 2010 stylesWithEffects part and python-docx's own
    thumbnail made every document five times larger and slower to write and to open.
    """
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    source = zipfile.ZipFile(io.BytesIO(data))
    styles = etree.fromstring(source.read("word/styles.xml"))
    by_id = {s.get(f"{W}styleId"): s for s in styles.findall(f"{W}style")}
    keep_ids = {i for i, s in by_id.items() if s.find(f"{W}name").get(f"{W}val") in KEEP}
    pending = list(keep_ids)
    while pending:  # keep what the kept styles are based on or linked to
        style = by_id[pending.pop()]
        for tag in ("basedOn", "link", "next"):
            ref = style.find(f"{W}{tag}")
            if (
                ref is not None
                and ref.get(f"{W}val") in by_id
                and ref.get(f"{W}val") not in keep_ids
            ):
                keep_ids.add(ref.get(f"{W}val"))
                pending.append(ref.get(f"{W}val"))
    for style_id, style in by_id.items():
        if style_id not in keep_ids:
            styles.remove(style)
    latent = styles.find(f"{W}latentStyles")
    if latent is not None:
        styles.remove(latent)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename.startswith(DROPPED_PARTS):
                continue
            content = source.read(item.filename)
            if item.filename == "word/styles.xml":
                content = etree.tostring(
                    styles, xml_declaration=True, encoding="UTF-8", standalone=True
                )
            elif item.filename.endswith(".rels") or item.filename == "[Content_Types].xml":
                content = _without_references(content)
            target.writestr(item, content)
    return out.getvalue()


def _without_references(content: bytes) -> bytes:
    root = etree.fromstring(content)
    for element in list(root):
        target = element.get("Target") or element.get("PartName") or ""
        # Targets are relative ("stylesWithEffects.xml") or absolute ("/customXml/…").
        if any(part.rstrip("/").split("/")[-1] in target for part in DROPPED_PARTS):
            root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


if __name__ == "__main__":
    build(Path(__file__).with_name("reference.docx"))

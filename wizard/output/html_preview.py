"""The live preview's HTML, rendered from the same outline as the Word document.

Kept to the HTML subset that Qt's rich-text engine understands. Every section gets
an anchor (``section-<id>``) so the wizard can scroll to the part a page affects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from wizard.content.outline import (
    Block,
    BulletList,
    NumberedList,
    Outline,
    Paragraph,
    Section,
    Subheading,
)

BRAND = "#1b5e6b"


@dataclass(frozen=True)
class Looks:
    """A house style's fonts and colours, as far as the preview's HTML can follow them.

    Font names hold only letters, digits, spaces and dashes, colours six hex digits
    (``wizard.output.house_style`` reads them so from a Word file).
    """

    body_font: str = "Calibri"
    heading_font: str = "Calibri"
    text_colour: str = "222B33"
    heading_colour: str = BRAND.lstrip("#").upper()


@lru_cache(maxsize=8)
def style_sheet(looks: Looks = Looks()) -> str:
    body = f"'{looks.body_font}', 'Carlito', 'Segoe UI', sans-serif"
    heading = f"'{looks.heading_font}', {body}"
    brand = f"#{looks.heading_colour}"
    return f"""
body {{ font-family: {body}; color: #{looks.text_colour}; }}
h1 {{ font-family: {heading}; color: {brand}; font-size: 17pt; margin: 0 0 2px 0; }}
h2 {{ font-family: {heading}; color: {brand}; font-size: 13pt; margin-top: 16px;
     margin-bottom: 4px; }}
h3 {{ font-family: {heading}; color: {brand}; font-size: 11pt; margin-top: 10px;
     margin-bottom: 2px; }}
p {{ margin-top: 0; margin-bottom: 6px; }}
p.org {{ color: #5f6b75; font-size: 12pt; margin-bottom: 10px; }}
li {{ margin-bottom: 2px; }}
table {{ border-collapse: collapse; margin-bottom: 8px; }}
th {{ background-color: {brand}; color: white; text-align: left; padding: 3px 6px; }}
td {{ padding: 3px 6px; border-bottom: 1px solid #b9c6cc; }}
td.form {{ padding: 10px 6px; }}
"""


STYLE = style_sheet()


def section_anchor(section_id: str) -> str:
    return f"section-{section_id}"


def _paragraph(item: Paragraph) -> str:
    lead = f"<b>{escape(item.lead)}</b> " if item.lead else ""
    return lead + escape(item.text)


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_paragraph(block)}</p>"
    if isinstance(block, Subheading):
        return f"<h3>{escape(block.text)}</h3>"
    if isinstance(block, BulletList | NumberedList):
        tag = "ol" if isinstance(block, NumberedList) else "ul"
        items = "".join(f"<li>{_paragraph(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    head = "".join(f"<th>{escape(cell)}</th>" for cell in block.header)
    cls = ' class="form"' if block.form else ""
    rows = "".join(
        "<tr>" + "".join(f"<td{cls}>{escape(cell) or '&nbsp;'}</td>" for cell in row) + "</tr>"
        for row in block.rows
    )
    header = f"<tr>{head}</tr>" if head else ""
    return f'<table width="100%" cellspacing="0">{header}{rows}</table>'


def section_html(section: Section) -> str:
    """One section; cached by the preview, which re-renders only sections that changed."""
    body = "".join(_block(block) for block in section.blocks)
    return f'<a name="{section_anchor(section.id)}"></a><h2>{escape(section.title)}</h2>{body}'


def outline_html(
    outline: Outline,
    render: Callable[[Section], str] = section_html,
    looks: Looks | None = None,
) -> str:
    """The whole document; ``render`` lets the preview reuse sections it already has.

    ``looks`` are the house style's fonts and colours; None is the built-in style.
    """
    parts = [
        f"<html><head><style>{style_sheet(looks or Looks())}</style></head><body>",
        f"<h1>{escape(outline.title)}</h1>",
        f'<p class="org">{escape(outline.organisation)}</p>',
        *(render(section) for section in outline.sections),
        "</body></html>",
    ]
    return "".join(parts)

"""The live preview's HTML, rendered from the same outline as the Word document.

Kept to the HTML subset that Qt's rich-text engine understands. Every section gets
an anchor (``section-<id>``) so the wizard can scroll to the part a page affects, and
every clause one (``clause-<id>``) on its first character, so the window can tell which
clause a point of the text belongs to. The window may add links of its own to a section
(``SectionLinks``): one to the list of its clauses and one per marked clause (edited,
left out, out of date), each with words, never only a colour.
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
from wizard.output.looks import Looks

_BUILT_IN = Looks()


@lru_cache(maxsize=8)
def style_sheet(looks: Looks = _BUILT_IN) -> str:
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
p.tools {{ margin-bottom: 4px; }}
p.mark {{ font-weight: bold; margin-top: 4px; margin-bottom: 2px; }}
p.omitted {{ font-style: italic; margin-bottom: 6px; }}
"""


# The window's links in the preview: a clause (``clause:<id>``) or a section's list of
# clauses (``section:<id>``).
CLAUSE_LINK = "clause:"
SECTION_LINK = "section:"


@dataclass(frozen=True)
class SectionLinks:
    """What the window adds to a section; hashable, so sections with links are cached too."""

    tools: str = ""  # the text of the link to the section's list of clauses
    marks: tuple[tuple[str, str], ...] = ()  # (clause id, the words that mark it)
    omitted: tuple[tuple[str, str], ...] = ()  # (clause id, the line that stands in for it)

    def mark(self, clause_id: str) -> str:
        return next((text for ident, text in self.marks if ident == clause_id), "")


def clause_anchor(clause_id: str) -> str:
    return f"clause-{clause_id}"


STYLE = style_sheet()


def section_anchor(section_id: str) -> str:
    return f"section-{section_id}"


def _paragraph(item: Paragraph) -> str:
    lead = f"<b>{escape(item.lead)}</b> " if item.lead else ""
    return lead + escape(item.text)


def _block(block: Block, anchor: str = "") -> str:
    """One block; ``anchor`` (an ``<a name>``) goes on its first character.

    Qt keeps an empty named anchor only inside a block of text, where it names the
    character that follows; between blocks it drops it.
    """
    if isinstance(block, Paragraph):
        return f"<p>{anchor}{_paragraph(block)}</p>"
    if isinstance(block, Subheading):
        return f"<h3>{anchor}{escape(block.text)}</h3>"
    if isinstance(block, BulletList | NumberedList):
        tag = "ol" if isinstance(block, NumberedList) else "ul"
        items = "".join(
            f"<li>{anchor if index == 0 else ''}{_paragraph(item)}</li>"
            for index, item in enumerate(block.items)
        )
        return f"<{tag}>{items}</{tag}>"
    head = "".join(
        f"<th>{anchor if index == 0 else ''}{escape(cell)}</th>"
        for index, cell in enumerate(block.header)
    )
    cls = ' class="form"' if block.form else ""
    first = "" if head else anchor
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td{cls}>{first if (r, c) == (0, 0) else ''}{escape(cell) or '&nbsp;'}</td>"
            for c, cell in enumerate(row)
        )
        + "</tr>"
        for r, row in enumerate(block.rows)
    )
    header = f"<tr>{head}</tr>" if head else ""
    return f'<table width="100%" cellspacing="0">{header}{rows}</table>'


def section_html(section: Section, links: SectionLinks | None = None) -> str:
    """One section; cached by the preview, which re-renders only sections that changed."""
    parts = [f'<a name="{section_anchor(section.id)}"></a><h2>{escape(section.title)}</h2>']
    if links is not None and links.tools:
        href = escape(f"{SECTION_LINK}{section.id}")
        parts.append(f'<p class="tools"><a href="{href}">{escape(links.tools)}</a></p>')
    for clause in section.clauses:
        anchor = f'<a name="{escape(clause_anchor(clause.id))}"></a>'
        mark = links.mark(clause.id) if links is not None else ""
        if mark:
            href = escape(f"{CLAUSE_LINK}{clause.id}")
            parts.append(f'<p class="mark">{anchor}<a href="{href}">{escape(mark)}</a></p>')
            anchor = ""
        for block in clause.blocks:
            parts.append(_block(block, anchor))
            anchor = ""
    for clause_id, line in links.omitted if links is not None else ():
        href = escape(f"{CLAUSE_LINK}{clause_id}")
        parts.append(
            f'<p class="omitted"><a name="{escape(clause_anchor(clause_id))}"></a>'
            f'<a href="{href}">{escape(line)}</a></p>'
        )
    return "".join(parts)


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
        f"<p><b>{escape(outline.draft_note)}</b></p>" if outline.draft_note else "",
        *(render(section) for section in outline.sections),
        "</body></html>",
    ]
    return "".join(parts)

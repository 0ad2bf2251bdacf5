"""The outline: a document's content without its looks.

Tailoring builds it; the Word writer and the live preview both read it, so the two
can never disagree. Every block belongs to a clause, and every clause knows which
answers chose it and which controls it implements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from wizard.answers.model import DocumentKind, Language


@dataclass(frozen=True)
class Paragraph:
    text: str
    lead: str = ""  # a few bold words that open the paragraph


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[Paragraph, ...]


@dataclass(frozen=True)
class NumberedList:
    items: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative column widths; the writer scales them to the page.
    widths: tuple[int, ...] = ()
    # A form to fill in by hand (the acknowledgement): tall empty cells.
    form: bool = False


Block = Paragraph | Subheading | BulletList | NumberedList | Table


@dataclass(frozen=True)
class Clause:
    id: str
    answers: tuple[str, ...]
    controls: tuple[str, ...]
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    clauses: tuple[Clause, ...]
    new_page: bool = False

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(block for clause in self.clauses for block in clause.blocks)


@dataclass(frozen=True)
class DocumentControl:
    version: str
    effective_date: date
    owner: str
    approver: str
    next_review: date
    # What the effective date waits for (a consent still outstanding), or "".
    effective_condition: str = ""


@dataclass(frozen=True)
class Outline:
    document: DocumentKind
    language: Language
    organisation: str
    title: str
    subtitle: str
    control: DocumentControl
    keywords: tuple[str, ...]
    sections: tuple[Section, ...] = field(default=())
    # What the document is, for its properties; the document kind's name when empty
    # (a workshop report is written by the same writer but is no policy document).
    subject: str = ""
    # A short document for a micro business: no cover page and no contents, the text
    # starts under the title, and no section forces a page of its own (a code for four
    # people fits on a few pages).
    compact: bool = False
    # The answers differ from the last issued version's: the cover says the document is
    # a draft, not yet issued ("Concept — nog niet uitgegeven"); "" for an issued one.
    draft_note: str = ""

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def clauses(self) -> tuple[Clause, ...]:
        return tuple(clause for section in self.sections for clause in section.clauses)


def block_texts(block: Block) -> list[str]:
    """Every piece of text in a block, in reading order (for tests, search and the preview)."""
    if isinstance(block, Paragraph):
        return [f"{block.lead} {block.text}".strip()]
    if isinstance(block, Subheading):
        return [block.text]
    if isinstance(block, BulletList | NumberedList):
        return [f"{item.lead} {item.text}".strip() for item in block.items]
    return [*block.header, *(cell for row in block.rows for cell in row)]


def outline_text(outline: Outline) -> str:
    """The whole document as plain text, one block per line."""
    lines = [outline.title, outline.subtitle]
    for section in outline.sections:
        lines.append(section.title)
        for block in section.blocks:
            lines.extend(block_texts(block))
    return "\n".join(lines)

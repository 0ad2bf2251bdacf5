"""The Word writer: an outline onto a house style (built in: ``resources/reference.docx``).

Looks come from the house style (styles by name, see ``wizard.output.styles``; a
consultant's own Word file through ``wizard.output.house_style``); wording
comes from the outline. The writer adds what only Word has: a title page, a running
header, page-number fields, a table of contents field, real lists and tables.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from docx.document import Document
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from wizard import clock
from wizard.answers.labels import value_label
from wizard.answers.model import DocumentKind, Language
from wizard.content.edits import clause_text, closing_subheadings
from wizard.content.outline import (
    Block,
    BulletList,
    Clause,
    NumberedList,
    Outline,
    Paragraph,
    Subheading,
    Table,
)
from wizard.content.wording import long_date
from wizard.files import atomic_write
from wizard.output.marks import clause_mark, document_mark
from wizard.output.package_zip import Deflating, Member, Package
from wizard.output.styles import WRITING, HouseStyle, Style, built_in
from wizard.sanitise import NO_BREAK_HYPHEN, NO_BREAK_SPACE, clean_text, one_line

_T = TypeVar("_T")

_WORDS = {
    Language.NL: {
        "contents": "Inhoud",
        "version": "Versie",
        "date": "Datum",
        "page": "Pagina",
        "of": "van",
    },
    Language.EN: {
        "contents": "Contents",
        "version": "Version",
        "date": "Date",
        "page": "Page",
        "of": "of",
    },
}


def escape(text: str) -> str:
    """Escape text for an XML element.

    As xml.sax.saxutils.escape, whose module imports urllib and http (20 ms at start).
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# References a line must never break inside ("(NEN" / "7510-2:2024: 8.23)"): a standard's
# name with its number, edition and first control; a keyword of a legal citation with its
# number or letter; a phone number. Only the spaces and hyphens inside a match are replaced.
_STANDARD = re.compile(
    r"\b(?:NEN-EN-)?(?:ISO/IEC|NEN|ISO)[ -]\d[\d:.-]*\d(?:: \d+(?:\.\d+)*)?"
    r"|\bBIO2: \d+(?:\.\d+)*"
)
_CITATION = re.compile(
    r"(?:\b(?:[Aa]rtikel(?:en)?|[Aa]rticles?|lid|paragraphs?|Kamerstuk|maatregel(?:en)?"
    r"|measures?|Ambtenarenwet|Archiefwet)|\(EU\)) \d[\d:./]*(?: \d{3}\b| (?:en|and) \d[\d:]*)?"
    r"|\b(?:onder|points?) [a-z](?= en | and |[,;.)]|$)"
    r"|\b(?:en|and) [a-z](?=[,;.)]|$)"
    r"|\b\d+ (?:uur|hours|dagen|days)\b"
    # A phone number: "(030 123 45 67)", "06 12 34 56 78", "+31 6 1234 5678".
    r"|(?:\+\d{1,3}|\b0\d{1,3})(?:[ -]\d{1,8}){1,5}\b"
)


def _joined(match: re.Match[str]) -> str:
    return match[0].replace(" ", NO_BREAK_SPACE).replace("-", NO_BREAK_HYPHEN)


def unbroken(text: str) -> str:
    """``text`` with its standards and legal citations joined by non-breaking spaces and
    hyphens, so that Word and LibreOffice never carry half of one to the next line.

    Only the Word writer uses it: the outline, the preview and every text comparison
    keep plain spaces, and an import reads the two characters back as plain ones
    (``wizard.output.import_edits``).
    """
    if not has_digit(text):
        return text  # every reference holds a number: most runs need no search
    return _CITATION.sub(_joined, _STANDARD.sub(_joined, text))


_DECIMAL = re.compile(r"\d")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``), found by the regular
    expression engine rather than a loop in Python: a table cell of a long answer holds
    10,000 characters, and the loop cost the fullest project's documents some 30 ms.
    In ASCII the digits are 0 to 9, each looked for at the speed of memory; otherwise
    ``\\d`` finds the decimal digits of any script, and the other digits (superscripts,
    circled numbers), all outside ASCII, are looked for among those characters alone."""
    if text.isascii():
        return any(digit in text for digit in "0123456789")
    if _DECIMAL.search(text):
        return True
    return any(character.isdigit() for run in _NOT_ASCII.findall(text) for character in run)


@lru_cache(maxsize=2048)
def _xml(value: str) -> str:
    """``value`` sanitised, its references kept on one line, and escaped, ready to go
    between tags.

    Cached: a document repeats names and answers many times, and an answer of ten
    thousand characters is cheaper to look up than to scan again.
    """
    return escape(unbroken(clean_text(value)))


@lru_cache(maxsize=2048)
def _longest_as_written(cell: str) -> int:
    """A cell's longest word as the writer writes it: a reference joined by non-breaking
    spaces is one word. Cached as ``_xml`` is: a text repeated down a column (one
    manager for every channel) and the same answers in the tables of both languages are
    measured once, and measuring one of ten thousand characters means splitting it."""
    return longest_part(unbroken(cell).replace(NO_BREAK_SPACE, "_"))


_BOLD = "<w:b/>"


def _run(text: str, *, props: str = "", declare: bool = False) -> str:
    """One run of sanitised, escaped text.

    ``props`` are its run properties (``_BOLD``, a character style); ``declare`` is
    for a run parsed on its own.
    """
    return _run_of(_xml(text), props=props, declare=declare)


def _run_of(escaped: str, *, props: str = "", declare: bool = False) -> str:
    """One run of text already sanitised and escaped (see ``_run``)."""
    namespaces = f" {nsdecls('w')}" if declare else ""
    properties = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r{namespaces}>{properties}<w:t xml:space="preserve">{escaped}</w:t></w:r>'


# A run's text at least this long stands in the body as a mark, ``_SPLICE`` + its number
# + ``_SPLICE``, and is spliced in as bytes when the document is zipped
# (``WrittenDocument.package``). Written into the paragraph, an answer of ten thousand
# characters was copied into its run, its paragraph and its table, and one curly quote
# or dash of ours beside it made Python encode the whole piece character by character
# (text beyond Latin-1 is stored two bytes a character); kept apart, it is encoded on
# its own, once for every place and language it appears in.
_LONG_RUN = 1024
# Never in escaped text: sanitising takes out NUL, which XML cannot hold.
_SPLICE = "\x00"


@lru_cache(maxsize=256)
def _utf8(escaped: str) -> bytes:
    """A long run's text as bytes. Cached: a long answer is written in several places and
    in both languages. While ``_xml`` still holds it, ``escaped`` is the same object each
    time, whose hash Python keeps, so finding it again costs next to nothing."""
    return escaped.encode("utf-8")


_LISTS = (BulletList, NumberedList, Table)

_LAST_AFTER_TABLE = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
)

_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _field_runs(instruction: str) -> tuple[str, str]:
    """The runs that open a Word field (up to its shown result) and the run that ends it."""
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    return begin, '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


class WrittenDocument:
    """A written document's parts, not yet zipped.

    Zipping needs neither lxml nor python-docx, so it may run in another thread while
    the next document is written (compressing releases the interpreter lock). The
    main part's body is kept as text and spliced in while zipping: the largest part
    is never parsed and serialised again.
    """

    def __init__(
        self,
        parts: list[tuple[str, bytes]],
        main: str,
        body: str | Sequence[str],
        long_runs: Sequence[str] = (),
    ) -> None:
        self.parts, self.main = parts, main
        # The body in the pieces it was written in: each is encoded on its own. Joined
        # first, one character beyond ASCII anywhere made Python encode all of it the
        # slow way (a document of long answers holds a megabyte of text).
        self._pieces = [body] if isinstance(body, str) else list(body)
        # The texts of the long runs the body marks (``_SPLICE``), escaped.
        self._long_runs = list(long_runs)

    @property
    def body(self) -> str:
        """The body as WordprocessingML, the long runs spliced in."""
        return "".join(self._spliced(lambda piece: piece, lambda number: self._long_runs[number]))

    def _spliced(self, piece_as: Callable[[str], _T], long_run: Callable[[int], _T]) -> list[_T]:
        """The body's pieces, each of them or of the long runs they mark as given."""
        out: list[_T] = []
        for piece in self._pieces:
            if _SPLICE not in piece:
                out.append(piece_as(piece))
                continue
            # Between the splice marks: a long run's number, then what follows it.
            for index, between in enumerate(piece.split(_SPLICE)):
                if index % 2:
                    out.append(long_run(int(between)))
                elif between:
                    out.append(piece_as(between))
        return out

    def package(self) -> Package:
        """The parts ready to zip: the small ones compressed, the main part as one piece
        of bytes whose compression may run in another thread (``Package.deflating``)."""
        members: list[Member | Deflating] = []
        for name, blob in self.parts:
            if name != self.main:
                members.append(Member.of(name, blob))
                continue
            # The body's section properties come last; the content goes just before them.
            at = blob.rfind(b"<w:sectPr")
            if at < 0:
                raise LookupError("reference.docx has no section properties in its body")
            pieces = self._spliced(
                lambda piece: piece.encode("utf-8"),
                lambda number: _utf8(self._long_runs[number]),
            )
            members.append(Deflating(name, b"".join([blob[:at], *pieces, blob[at:]])))
        return Package(members)

    def zip(self) -> bytes:
        return self.package().zip()


class _PartCollector:
    """The writing end of python-docx's package writer: keeps each part's bytes."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, bytes]] = []

    def write(self, uri: PackURI, blob: bytes) -> None:
        self.parts.append((uri.membername, blob))


def _written(
    document: Document,
    body: str | Sequence[str],
    known: dict[str, bytes],
    long_runs: Sequence[str] = (),
) -> WrittenDocument:
    """The document's parts as bytes; ``known`` holds parts already serialised (by name)."""
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    collector = _PartCollector()
    # The same steps as python-docx's PackageWriter.write, whose private helpers take
    # any object with write(); the version is pinned in constraints.txt and the tests
    # re-open every document written.
    writer: Any = PackageWriter
    writer._write_content_types_stream(collector, parts)
    writer._write_pkg_rels(collector, package.rels)
    # As PackageWriter._write_parts, except that a part whose bytes are known is not
    # serialised again: a house style's styles can be the largest part by far.
    for part in parts:
        blob = known.get(part.partname.membername)
        collector.write(part.partname, part.blob if blob is None else blob)
        if len(part.rels):
            collector.write(part.partname.rels_uri, part.rels.xml)
    return WrittenDocument(collector.parts, document.part.partname.membername, body, long_runs)


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

# A character of the table text, in twentieths of a point: Calibri at 9.5 pt (the
# reference's table text) averages under half an em; 0.55 em leaves room for wide letters
# and bold headers. A cell's margins take 108 twips on each side.
_CHAR_TWIPS = 105
_CELL_MARGINS = 2 * 108 + 30


# What a word processor never breaks: a run of letters up to and with a hyphen, which is
# a proper place to break ("Directeur-/bestuurder").
_UNBREAKABLE = re.compile(r"[^\s-]*-|[^\s-]+")


def unbreakable_parts(cell: str) -> list[str]:
    """The pieces of a cell's text a line may not break inside."""
    return _UNBREAKABLE.findall(cell)


def longest_part(cell: str) -> int:
    """The length of the longest of ``unbreakable_parts(cell)``, 0 for an empty cell."""
    if "-" not in cell:
        # Without a hyphen the parts are the words between white space (str.split and
        # the pattern's \s agree on what is white space), found without the pattern: a
        # cell of a full project holds 10,000 characters.
        return max(map(len, cell.split()), default=0)
    return max(map(len, _UNBREAKABLE.findall(cell)), default=0)


def fitted_widths(
    weights: Sequence[int],
    rows: Sequence[Sequence[str]],
    usable: int,
    measure: Callable[[str], int] = longest_part,
) -> list[int]:
    """Column widths (twips) in proportion to ``weights``, but each at least as wide as the
    longest word in its column, so Word and LibreOffice never break a word across lines
    ("Communicatieadviseu/r"). Only when the longest words cannot all fit does a column
    get less than its longest word, in proportion to what it needs. ``measure`` gives
    the length of a cell's longest word."""
    columns = len(weights)
    longest = [0] * columns
    for row in rows:
        for column, cell in enumerate(row[:columns]):
            longest[column] = max(longest[column], measure(cell))
    need = [n * _CHAR_TWIPS + _CELL_MARGINS for n in longest]
    if sum(need) >= usable:
        return [int(usable * n / sum(need)) for n in need]
    fixed: dict[int, int] = {}
    share: dict[int, float] = {}
    while True:
        free = usable - sum(fixed.values())
        rest = [c for c in range(columns) if c not in fixed]
        weight = sum(weights[c] for c in rest) or 1
        share = {c: free * weights[c] / weight for c in rest}
        short = [c for c in rest if share[c] < need[c]]
        if not short:
            break
        for c in short:
            fixed[c] = need[c]
    return [fixed[c] if c in fixed else int(share[c]) for c in range(columns)]


class _Writer:
    def __init__(self, outline: Outline, logo: Path | None, house_style: HouseStyle) -> None:
        self.outline = outline
        self.logo = logo
        self.house_style = house_style
        self.words = _WORDS[outline.language]
        # Every document starts from a copy of the house style's template: copying the
        # parsed package takes half the time of reading it again.
        self.document: Document = house_style.new_document()
        # Every picture's id is unique across the body, headers and footers: Word
        # reports the content as damaged otherwise.
        self._drawing_ids = itertools.count(1)
        self._ids = house_style.style_ids
        self._number_abstract_id, self._next_num_id = self._numbering_ids()
        self._marks = 0
        self._long_runs: list[str] = []  # see _SPLICE

    # --- styles --------------------------------------------------------------------------

    def _set_style(self, paragraph: DocxParagraph, style: str) -> None:
        paragraph._p.style = self._ids[style]

    # --- numbering ---------------------------------------------------------------------

    def _numbering_ids(self) -> tuple[str, int]:
        """The list definition behind List Number, and the first free numbering id."""
        numbering = self.document.part.numbering_part.element
        style = self.document.styles.element.get_by_id(self._ids[Style.NUMBER])
        num_pr = style.pPr.find(qn("w:numPr"))
        number_num = str(num_pr.find(qn("w:numId")).get(qn("w:val")))
        nums = numbering.findall(qn("w:num"))
        next_id = max((int(n.get(qn("w:numId"))) for n in nums), default=0) + 1
        for num in nums:
            if num.get(qn("w:numId")) == number_num:
                return str(num.find(qn("w:abstractNumId")).get(qn("w:val"))), next_id
        raise LookupError("the house style has no numbering for List Number")

    def _new_numbering(self) -> str:
        """A fresh numbering instance, so each numbered list starts again at 1."""
        numbering = self.document.part.numbering_part.element
        num_id = str(self._next_num_id)
        self._next_num_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), self._number_abstract_id)
        num.append(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        numbering.append(num)
        return num_id

    def _body_run(self, text: str, *, props: str = "") -> str:
        """One run of the body; a long one's text is marked, to be spliced in (``_SPLICE``).
        Only for the body: a header or footer is parsed as it is, marks and all."""
        escaped = _xml(text)
        if len(escaped) >= _LONG_RUN:
            self._long_runs.append(escaped)
            escaped = f"{_SPLICE}{len(self._long_runs) - 1}{_SPLICE}"
        return _run_of(escaped, props=props)

    # --- parts of the document -------------------------------------------------------------

    def write(self) -> WrittenDocument:
        # The body is written as one piece of WordprocessingML and spliced into the
        # saved document: building it element by element through python-docx's
        # objects, and parsing it back, were most of the time spent writing.
        body = [*self._title_page()]
        if not self.outline.compact:
            body += self._contents()
        for section in self.outline.sections:
            # A compact document has no page to spare: a section that would start a new
            # page (the acknowledgement form) follows on, kept together with its heading.
            page_break = section.new_page and not self.outline.compact
            body.append(self._p(Style.HEADING_1, section.title, page_break=page_break))
            blocks = section.blocks
            index = 0
            last_section = section is self.outline.sections[-1]
            for clause in section.clauses:
                written = []
                for block in clause.blocks:
                    following = blocks[index + 1] if index + 1 < len(blocks) else None
                    final = last_section and following is None
                    # The section's closing sentence ("Stand van de wet- en regelgeving",
                    # who reports on the indicators) is never carried alone to a page of
                    # its own: the list or table before it keeps its last line with it.
                    closing = isinstance(following, Paragraph) and index + 2 == len(blocks)
                    # A sentence that introduces groups of a list, each under a subheading
                    # (the sources by the date they were checked), keeps with the first.
                    after = blocks[index + 2] if index + 2 < len(blocks) else None
                    if isinstance(block, Paragraph) and isinstance(following, Subheading):
                        following = after if isinstance(after, _LISTS) else following
                    written.append(self._block(block, following, closing=closing, final=final))
                    index += 1
                body.extend(self._marked(clause, written))
        self._header_footer()
        self._settings()
        self._properties()
        styles = self.document.part._styles_part
        tag = "nl-NL" if self.outline.language is Language.NL else "en-GB"
        known = {styles.partname.membername: self.house_style.serialised_styles(tag)}
        return _written(self.document, body, known, self._long_runs)

    # --- marks that let edits be read back (wizard.output.marks) ----------------------------

    def _bookmark(self, name: str) -> tuple[str, str]:
        self._marks += 1
        start = f'<w:bookmarkStart w:id="{self._marks}" w:name="{name}"/>'
        return start, f'<w:bookmarkEnd w:id="{self._marks}"/>'

    def _marked(self, clause: Clause, written: list[str]) -> list[str]:
        """The clause's paragraphs between the start and end of a hidden bookmark; its
        closing subheadings, which head the next clauses, stay outside it.

        The bookmark stands between paragraphs (Word and LibreOffice read it as starting
        at the next one): cutting it into the paragraph's text would copy every
        paragraph once more, which long answers feel.
        """
        tail = closing_subheadings(clause)
        inside = len(written) - tail
        if not inside:
            return written
        start, end = self._bookmark(clause_mark(clause.id, clause_text(clause)))
        return [start, *written[:inside], end, *written[inside:]]

    def _title_page(self) -> list[str]:
        parts = []
        if self.logo is not None:
            inline = self.document.part.new_pic_inline(str(self.logo), None, Cm(2.2))
            self._describe_logo(inline.find(f"{{{_WP}}}docPr"))
            drawing = etree.tostring(inline, encoding="unicode")
            parts.append(f"<w:p><w:r><w:drawing>{drawing}</w:drawing></w:r></w:p>")
        title = self._p(Style.TITLE, self.outline.title)
        if self.outline.compact:
            # The cover's title stands low on its page; without a cover it heads page one.
            title = title.replace("</w:pPr>", '<w:spacing w:before="0"/></w:pPr>', 1)
        outline = self.outline
        start, end = self._bookmark(
            document_mark(outline.document, outline.language, outline.organisation)
        )
        at = title.find("</w:pPr>") + 8
        parts.append(title[:at] + start + title[at:-6] + end + title[-6:])
        parts.append(self._p(Style.SUBTITLE, self.outline.organisation))
        control = self.outline.control
        language = self.outline.language
        effective = long_date(control.effective_date, language)
        if control.effective_condition:
            # Never the date alone while the consent it waits for is outstanding.
            effective = f"{effective}, {control.effective_condition}"
        meta = (
            (self.words["version"], control.version),
            (self.words["date"], effective),
        )
        for label, value in meta:
            parts.append(
                f'<w:p><w:pPr><w:pStyle w:val="{self._ids[Style.COVER_META]}"/></w:pPr>'
                f"{self._body_run(f'{label}: ', props=_BOLD)}{self._body_run(value)}</w:p>"
            )
        if self.outline.draft_note:
            # Differs from the last issued version: nobody takes it for the approved text.
            parts.append(
                f'<w:p><w:pPr><w:pStyle w:val="{self._ids[Style.COVER_META]}"/></w:pPr>'
                f"{self._body_run(self.outline.draft_note, props=_BOLD)}</w:p>"
            )
        if self.outline.compact:
            # No cover: the first section follows the title on the same page.
            parts.append(self._p(Style.BODY, "", space_after_pt=6))
        elif self.outline.document is DocumentKind.ICT_POLICY:
            parts.append(_PAGE_BREAK)
        else:
            # The code is short: its contents share the cover page.
            parts.append(self._p(Style.BODY, "", space_after_pt=48))
        return parts

    def _contents(self) -> list[str]:
        # The field's shown result lists the headings already, so a reader without
        # field updates (LibreOffice, a previewer) still sees the contents; Word
        # replaces it with page numbers when the file opens (updateFields). The field
        # ends in the last line, so that all lines belong to its result.
        titles = [section.title for section in self.outline.sections] or [""]
        begin, end = _field_runs('TOC \\o "1-1" \\h \\z \\u')
        style = f'<w:pPr><w:pStyle w:val="{self._ids[Style.TOC_1]}"/></w:pPr>'
        lines = []
        for index, title in enumerate(titles):
            runs = self._body_run(title) if title else ""
            if index == 0:
                runs = begin + runs
            if index == len(titles) - 1:
                runs += end
            lines.append(f"<w:p>{style}{runs}</w:p>")
        return [self._p(Style.TOC_HEADING, self.words["contents"]), *lines, _PAGE_BREAK]

    def _p(
        self,
        style: str,
        text: str,
        *,
        lead: str = "",
        keep: bool = False,
        page_break: bool = False,
        num_id: str | None = None,
        space_after_pt: int | None = None,
    ) -> str:
        """One paragraph as WordprocessingML; every piece of text is sanitised and escaped."""
        props = f'<w:pStyle w:val="{self._ids[style]}"/>'
        props += "<w:keepNext/>" if keep else ""
        props += "<w:pageBreakBefore/>" if page_break else ""
        if num_id is not None:
            props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        if space_after_pt is not None:
            props += f'<w:spacing w:after="{space_after_pt * 20}"/>'
        strong = f'<w:rStyle w:val="{self._ids[Style.STRONG]}"/>'
        runs = self._body_run(f"{lead} ", props=strong) if lead else ""
        runs += self._body_run(text) if text else ""
        return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"

    def _block(
        self, block: Block, following: Block | None, *, closing: bool = False, final: bool = False
    ) -> str:
        """One block; ``closing``: the paragraph after it closes the section; ``final``:
        it ends the document."""
        if isinstance(block, Paragraph):
            # The sentence that introduces a list or table stays on its page with it (a
            # short one whole, a long one with its first lines).
            keep = isinstance(following, _LISTS)
            return self._p(Style.BODY, block.text, lead=block.lead, keep=keep)
        if isinstance(block, Subheading):
            return self._p(Style.HEADING_2, block.text)
        if isinstance(block, BulletList | NumberedList):
            numbered = isinstance(block, NumberedList)
            num_id = self._new_numbering() if numbered else None
            style = Style.NUMBER if numbered else Style.BULLET
            last = len(block.items) - 1

            def kept(index: int) -> bool:
                if len(block.items) <= 6:
                    return index < last or closing
                # A long list may break, but not after its first item nor before its last.
                return index == 0 or (index == last - 1) or (index == last and closing)

            return "".join(
                self._p(style, item.text, lead=item.lead, keep=kept(index), num_id=num_id)
                for index, item in enumerate(block.items)
            )
        return self._table(block, closing=closing, final=final)

    def _table(self, block: Table, *, closing: bool = False, final: bool = False) -> str:
        """A table as WordprocessingML, built in one piece.

        python-docx's cell objects recompute the grid on every access, which made
        tables the slowest part of writing; the XML is the same either way.
        """
        columns = max([len(block.header), *(len(row) for row in block.rows)])
        rows = ([block.header] if block.header else []) + list(block.rows)
        widths = block.widths if len(block.widths) == columns else (1,) * columns
        section = self.document.sections[-1]
        usable = (
            int(section.page_width or 0)
            - int(section.left_margin or 0)
            - int(section.right_margin or 0)
        )
        # Word measures table widths in twentieths of a point; an EMU is 1/635 of that.
        twips = fitted_widths(widths, rows, usable // 635, _longest_as_written)
        look = "04A0" if block.header else "0480"
        first_row = "1" if block.header else "0"
        parts = [
            "<w:tbl><w:tblPr>"
            f'<w:tblStyle w:val="{self._ids[Style.TABLE]}"/>'
            f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:jc w:val="center"/>'
            '<w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="{look}" w:firstRow="{first_row}" w:lastRow="0" '
            'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            "</w:tblPr><w:tblGrid>",
            *(f'<w:gridCol w:w="{w}"/>' for w in twips),
            "</w:tblGrid>",
        ]
        # Short tables stay on one page; rows of long ones never split across pages, and a
        # long one's header keeps its first row. Before a closing sentence the last row
        # keeps with it (through the spacing paragraph below the table).
        keep_together = len(rows) <= 12
        last = len(rows) - 1
        cell_style = self._ids[Style.TABLE_TEXT]
        for index, cells in enumerate(rows):
            # A row never splits across pages, unless it is too long to fit on one.
            row_props = "<w:cantSplit/>" if sum(len(cell) for cell in cells) < 600 else ""
            if block.header and index == 0:
                row_props += '<w:tblHeader w:val="true"/>'  # repeats on every page
            if block.form:
                row_props += f'<w:trHeight w:val="{int(Cm(1.1) / 635)}"/>'
            parts.append(f"<w:tr><w:trPr>{row_props}</w:trPr>")
            kept = (keep_together and index < last) or index == 0 or (index == last and closing)
            keep = "<w:keepNext/>" if kept else ""
            for column in range(columns):
                text = cells[column] if column < len(cells) else ""
                bold = _BOLD if block.form and column == 0 else ""
                run = self._body_run(text, props=bold) if text else ""
                parts.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{twips[column]}" w:type="dxa"/></w:tcPr>'
                    f'<w:p><w:pPr><w:pStyle w:val="{cell_style}"/>{keep}</w:pPr>{run}</w:p></w:tc>'
                )
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        if final:
            # Word wants a paragraph after a table, even the document's last; at the foot
            # of a full page one of normal height would make a page of its own.
            parts.append(_LAST_AFTER_TABLE)
        else:
            parts.append(self._p(Style.BODY, "", keep=closing, space_after_pt=2))
        return "".join(parts)

    def _describe_logo(self, doc_pr: Any) -> None:
        """The logo's alternative text, for a screen reader, and an id of its own."""
        organisation = one_line(self.outline.organisation)
        words = "Logo van" if self.outline.language is Language.NL else "Logo of"
        doc_pr.set("id", str(next(self._drawing_ids)))
        doc_pr.set("name", "Logo")
        doc_pr.set("descr", f"{words} {organisation}")

    def _header_footer(self) -> None:
        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        header = _running_paragraph(section.header)
        self._set_style(header, Style.HEADER)
        # A house style that brings a logo in its header keeps it there, alone.
        if self.logo is not None and not self.house_style.header_logo:
            run = header.add_run()
            run.add_picture(str(self.logo), height=Cm(0.7))
            self._describe_logo(run._r.find(f".//{{{_WP}}}docPr"))
            header.add_run("   ")
        # python-docx adds run text one character at a time; long names made that slow.
        text = f"{self.outline.organisation} · {self.outline.title}"
        header._p.append(parse_xml(_run(text, declare=True)))
        footer = _running_paragraph(section.footer)
        self._set_style(footer, Style.FOOTER)
        # "Page 1 of 1 · Version 1.0", the numbers being fields that Word fills in.
        page, page_end = _field_runs("PAGE")
        pages, pages_end = _field_runs("NUMPAGES")
        version = f"  ·  {self.words['version']} {self.outline.control.version}"
        runs = (
            f"{_run(self.words['page'] + ' ')}{page}{_run('1')}{page_end}"
            f"{_run(' ' + self.words['of'] + ' ')}{pages}{_run('1')}{pages_end}{_run(version)}"
        )
        for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
            footer._p.append(run)
        self._number_header_drawings()

    def _number_header_drawings(self) -> None:
        """Every picture in the headers and footers (ours and the house style's) gets an
        id after the body's: each part numbers its own from 1, Word wants them unique."""
        for part in self.document.part.package.iter_parts():
            if not str(part.partname).startswith(("/word/header", "/word/footer")):
                continue
            for doc_pr in part.element.iter(f"{{{_WP}}}docPr"):
                doc_pr.set("id", str(next(self._drawing_ids)))

    def _settings(self) -> None:
        settings = self.document.settings.element
        update = settings.find(qn("w:updateFields"))
        if update is None:
            update = OxmlElement("w:updateFields")
            settings.append(update)
        update.set(qn("w:val"), "true")
        # Proofing language of every style: Word checks Dutch text as Dutch.
        tag = "nl-NL" if self.outline.language is Language.NL else "en-GB"
        styles = self.document.styles.element
        # A house style may lack the defaults; they go first among the styles.
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), tag)

    def _properties(self) -> None:
        properties = self.document.core_properties
        outline = self.outline
        now = clock.now_utc().replace(tzinfo=None)
        # Core properties are limited to 255 characters each.
        properties.title = one_line(f"{outline.title} – {outline.organisation}")[:255]
        subject = outline.subject or value_label("document", outline.document, outline.language)
        properties.subject = one_line(subject)[:255]
        properties.author = one_line(outline.control.owner)[:255]
        properties.last_modified_by = one_line(outline.control.owner)[:255]
        properties.language = "nl-NL" if outline.language is Language.NL else "en-GB"
        properties.keywords = one_line("; ".join(outline.keywords))[:255]
        properties.category = (
            "Social media policy" if outline.language is Language.EN else "Social-mediabeleid"
        )
        properties.comments = ""
        properties.version = one_line(outline.control.version)[:255]
        properties.revision = 1
        properties.created = now
        properties.modified = now
        # A fresh document has never been printed; drop the template's date.
        printed = properties._element.find(qn("cp:lastPrinted"))
        if printed is not None:
            properties._element.remove(printed)


def _running_paragraph(part: Any) -> DocxParagraph:
    """Where the running header or the page numbers go: the house style's last paragraph
    when it holds no text (a logo, or nothing), else a paragraph of their own below its
    text ("Vertrouwelijk" stays on its line, with its alignment)."""
    last: DocxParagraph = part.paragraphs[-1]
    has_text = any((t.text or "").strip() for t in last._p.iter(qn("w:t")))
    has_field = last._p.find(f".//{qn('w:fldChar')}") is not None
    if has_text or has_field:
        added: DocxParagraph = part.add_paragraph()
        return added
    return last


def write_document(
    outline: Outline, logo: Path | None = None, house_style: HouseStyle | None = None
) -> WrittenDocument:
    """The document written, not yet zipped; ``document_bytes`` zips it at once.

    ``house_style`` is a loaded house style (``wizard.output.house_style``); None is the
    built-in one.
    """
    style = house_style or built_in()
    # The house style's styles are shared by its copies; one document is written at a time.
    with WRITING:
        return _Writer(outline, logo, style).write()


def document_bytes(
    outline: Outline, logo: Path | None = None, house_style: HouseStyle | None = None
) -> bytes:
    return write_document(outline, logo, house_style).zip()


def write_docx(
    outline: Outline, path: Path, logo: Path | None = None, house_style: HouseStyle | None = None
) -> None:
    """Write the document atomically: the path holds the whole file or is untouched."""
    atomic_write(Path(path), document_bytes(outline, logo, house_style))


__all__ = ["WrittenDocument", "document_bytes", "write_document", "write_docx"]

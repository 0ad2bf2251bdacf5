"""A redline: one document of a newer project with Word tracked changes against an older one.

What a works council reviews (and gives its consent on): the document as it will read,
with every word added or removed marked as an insertion or a deletion by the program.
*Accept all* in Word or LibreOffice gives the newer document's text, *Reject all* the
older one's.

Both documents are written by the ordinary Word writer first; the redline is made from
the two written bodies, so it has the newer document's looks, headers and footers. The
body is compared paragraph by paragraph (tables row by row); a paragraph found in both
but changed is compared word by word. A paragraph or row only in the older document is
kept as a deletion, one only in the newer as an insertion. The clause bookmarks are left
out: a redline is read and decided on, not imported back.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

from lxml import etree

from wizard.answers.model import DocumentKind, Language, Project
from wizard.content.tailoring import build_outline
from wizard.output.docx_writer import document_bytes
from wizard.output.styles import HouseStyle

AUTHOR = "Social Media Policy Builder"
_MAIN = "word/document.xml"
_NUMBERING = "word/numbering.xml"

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{_W_NS}}}"
_P, _TBL, _TR, _TC, _R, _T = (W + n for n in ("p", "tbl", "tr", "tc", "r", "t"))
_PPR, _RPR, _TRPR, _SECTPR = W + "pPr", W + "rPr", W + "trPr", W + "sectPr"
_BOOKMARKS = (W + "bookmarkStart", W + "bookmarkEnd")
# Pagination only: whether a paragraph keeps with the next one or its lines together
# follows from where it stands (a list's last items, a section's last line), not from
# anything a reader changed. Recorded as a property change, it also made LibreOffice's
# Reject All drop a changed list item's bullet.
_PAGINATION = (W + "keepNext", W + "keepLines", W + "widowControl", W + "pageBreakBefore")
# Only Word's own elements are read; nothing in a written document refers outside it.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
# Words, the spaces between them and each punctuation mark are the units of change.
_WORDS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
# A paragraph of the older document counts as the same paragraph changed (rather than
# one removed and another added) when at least this share of its words is kept.
_SAME_PARAGRAPH = 0.5


class RedlineError(ValueError):
    """A document that is not one of ours (no body): the caller reports it."""


@dataclass
class _Token:
    key: tuple[bytes, str]
    props: etree._Element | None  # the run's properties
    text: str | None = None  # a piece of text, or
    element: etree._Element | None = None  # a break, tab, field character, picture …
    loose: bool = False  # an element outside any run (kept as it is)


class _Tracker:
    """Makes the marks of tracked changes, each with an id of its own."""

    def __init__(self, when: datetime, numbering: _Numbering) -> None:
        self.date = when.replace(microsecond=0, tzinfo=None).isoformat() + "Z"
        self.numbering = numbering
        self._next = 1000

    def mark(self, name: str) -> etree._Element:
        element = etree.Element(W + name)
        element.set(W + "id", str(self._next))
        element.set(W + "author", AUTHOR)
        element.set(W + "date", self.date)
        self._next += 1
        return element


class _Numbering:
    """The newer document's list numbering, taking in the older one's lists that its
    removed paragraphs still refer to (each numbered list has a numbering of its own)."""

    def __init__(self, new: etree._Element | None, old: etree._Element | None) -> None:
        self.new, self.old = new, old
        self._mapped: dict[str, str] = {}
        self.changed = False

    def _nums(self, root: etree._Element | None) -> dict[str, etree._Element]:
        if root is None:
            return {}
        return {str(n.get(W + "numId")): n for n in root.findall(W + "num")}

    def old_id(self, num_id: str) -> str:
        """The id in the newer document of the older document's numbering ``num_id``."""
        if num_id in self._mapped:
            return self._mapped[num_id]
        new_nums, old_nums = self._nums(self.new), self._nums(self.old)
        old_num = old_nums.get(num_id)
        mapped = num_id
        if self.new is not None and old_num is not None:
            same = new_nums.get(num_id)
            if same is None or etree.tostring(same) != etree.tostring(old_num):
                free = max((int(n) for n in new_nums if n.isdigit()), default=0) + 1
                copied = copy.deepcopy(old_num)
                copied.set(W + "numId", str(free))
                self.new.append(copied)
                self.changed = True
                mapped = str(free)
        self._mapped[num_id] = mapped
        return mapped

    def remap(self, element: etree._Element) -> None:
        for num_id in element.iter(W + "numId"):
            value = num_id.get(W + "val")
            if value is not None:
                num_id.set(W + "val", self.old_id(value))


def _without_bookmarks(element: etree._Element) -> etree._Element:
    for mark in list(element.iter(*_BOOKMARKS)):
        parent = mark.getparent()
        if parent is not None:
            parent.remove(mark)
    return element


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(_T))


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _key(element: etree._Element) -> bytes:
    return bytes(etree.tostring(element))


def _similar(old: etree._Element, new: etree._Element) -> bool:
    if old.tag != new.tag:
        return False
    if old.tag == _TBL:
        return _columns(old) == _columns(new)
    old_words, new_words = _words(_text(old)), _words(_text(new))
    if not old_words and not new_words:
        return True
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    return matcher.ratio() >= _SAME_PARAGRAPH


def _columns(table: etree._Element) -> int:
    grid = table.find(W + "tblGrid")
    return 0 if grid is None else len(grid.findall(W + "gridCol"))


def _refers_outside(element: etree._Element) -> bool:
    """Whether an element points at a part of the package (a picture): the older
    document's parts are not in the redline, so such a removed element is left out."""
    return any(name.startswith(f"{{{_R_NS}}}") for node in element.iter() for name in node.attrib)


# --- paragraphs ---------------------------------------------------------------------------


def _tokens(paragraph: etree._Element) -> list[_Token]:
    tokens: list[_Token] = []
    for child in paragraph:
        if child.tag == _PPR:
            continue
        if child.tag != _R:
            tokens.append(_Token((_key(child), "loose"), None, element=child, loose=True))
            continue
        props = child.find(_RPR)
        props_key = b"" if props is None else _key(props)
        for part in child:
            if part.tag == _RPR:
                continue
            if part.tag == _T:
                for word in _words(part.text or ""):
                    tokens.append(_Token((props_key, word), props, text=word))
            else:
                tokens.append(_Token((props_key, _key(part).decode()), props, element=part))
    return tokens


def _runs(tokens: Sequence[_Token], *, deleted: bool) -> list[etree._Element]:
    """Runs for consecutive tokens of the same looks; a removed run's text is delText."""
    runs: list[etree._Element] = []
    current: etree._Element | None = None
    current_props: bytes | None = None
    for token in tokens:
        if token.loose:
            if not deleted and token.element is not None:
                runs.append(copy.deepcopy(token.element))
            current = None
            continue
        if deleted and token.element is not None and _refers_outside(token.element):
            continue
        if current is None or token.key[0] != current_props:
            current = etree.Element(_R)
            if token.props is not None:
                current.append(copy.deepcopy(token.props))
            runs.append(current)
            current_props = token.key[0]
        if token.text is not None:
            name = "delText" if deleted else "t"
            last = current[-1] if len(current) else None
            if last is not None and last.tag == W + name:
                last.text = (last.text or "") + token.text
            else:
                piece = etree.SubElement(current, W + name)
                piece.text = token.text
                piece.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif token.element is not None:
            element = copy.deepcopy(token.element)
            if deleted and element.tag == W + "instrText":
                element.tag = W + "delInstrText"
            current.append(element)
    return runs


def _wrapped(runs: list[etree._Element], name: str, tracker: _Tracker) -> list[etree._Element]:
    """The runs inside one insertion or deletion mark (elements outside runs stay outside)."""
    out: list[etree._Element] = []
    mark: etree._Element | None = None
    for run in runs:
        if run.tag != _R:
            out.append(run)
            mark = None
            continue
        if mark is None:
            mark = tracker.mark(name)
            out.append(mark)
        mark.append(run)
    return out


def _paragraph_mark(paragraph: etree._Element, name: str, tracker: _Tracker) -> None:
    """Marks the paragraph's end (its pilcrow) as inserted or deleted."""
    props = paragraph.find(_PPR)
    if props is None:
        props = etree.Element(_PPR)
        paragraph.insert(0, props)
    run_props = props.find(_RPR)
    if run_props is None:
        run_props = etree.Element(_RPR)
        # Before the section properties and a change of paragraph properties.
        later = [c for c in props if c.tag in (_SECTPR, W + "pPrChange")]
        if later:
            later[0].addprevious(run_props)
        else:
            props.append(run_props)
    run_props.insert(0, tracker.mark(name))


def _whole_paragraph(paragraph: etree._Element, name: str, tracker: _Tracker) -> etree._Element:
    deleted = name == "del"
    result = etree.Element(_P)
    props = paragraph.find(_PPR)
    if props is not None:
        props = copy.deepcopy(props)
        if deleted:
            tracker.numbering.remap(props)
        result.append(props)
    runs = _runs(_tokens(paragraph), deleted=deleted)
    result.extend(_wrapped(runs, name, tracker))
    _paragraph_mark(result, name, tracker)
    return result


def _changed_paragraph(
    old: etree._Element, new: etree._Element, tracker: _Tracker
) -> etree._Element:
    result = etree.Element(_P)
    new_props, old_props = new.find(_PPR), old.find(_PPR)
    if new_props is not None:
        result.append(copy.deepcopy(new_props))
    if _layout_key(old_props) != _layout_key(new_props):
        _properties_change(result, old_props, tracker)
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    matcher = SequenceMatcher(
        None, [t.key for t in old_tokens], [t.key for t in new_tokens], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.extend(_runs(new_tokens[j1:j2], deleted=False))
            continue
        if i2 > i1:
            removed = _runs(old_tokens[i1:i2], deleted=True)
            result.extend(_wrapped(removed, "del", tracker))
        if j2 > j1:
            added = _runs(new_tokens[j1:j2], deleted=False)
            result.extend(_wrapped(added, "ins", tracker))
    return result


def _layout_key(props: etree._Element | None) -> bytes:
    """A paragraph's properties as a reader sees them: without its pagination."""
    if props is None:
        return b""
    kept = copy.deepcopy(props)
    for child in list(kept):
        if child.tag in _PAGINATION:
            kept.remove(child)
    return _key(kept) if len(kept) else b""


def _properties_change(
    paragraph: etree._Element, old_props: etree._Element | None, tracker: _Tracker
) -> None:
    """Records the older paragraph's properties (its style, its list), so that rejecting
    the change gives the older paragraph back as it looked."""
    props = paragraph.find(_PPR)
    if props is None:
        props = etree.Element(_PPR)
        paragraph.insert(0, props)
    change = tracker.mark("pPrChange")
    before = etree.SubElement(change, _PPR)
    for child in [] if old_props is None else old_props:
        if child.tag not in (_RPR, _SECTPR, W + "pPrChange"):
            before.append(copy.deepcopy(child))
    tracker.numbering.remap(before)
    props.append(change)


# --- tables -------------------------------------------------------------------------------


def _row_mark(row: etree._Element, name: str, tracker: _Tracker) -> None:
    props = row.find(_TRPR)
    if props is None:
        props = etree.Element(_TRPR)
        exceptions = row.find(W + "tblPrEx")
        row.insert(0 if exceptions is None else 1, props)
    props.append(tracker.mark(name))


def _whole_row(row: etree._Element, name: str, tracker: _Tracker) -> etree._Element:
    result = copy.deepcopy(row)
    for paragraph in list(result.iter(_P)):
        parent = paragraph.getparent()
        assert parent is not None
        parent.replace(paragraph, _whole_paragraph(paragraph, name, tracker))
    _row_mark(result, name, tracker)
    return result


def _whole_table(table: etree._Element, name: str, tracker: _Tracker) -> etree._Element:
    result = copy.deepcopy(table)
    for row in result.findall(_TR):
        result.replace(row, _whole_row(row, name, tracker))
    return result


def _changed_row(old: etree._Element, new: etree._Element, tracker: _Tracker) -> etree._Element:
    old_cells, new_cells = old.findall(_TC), new.findall(_TC)
    if len(old_cells) != len(new_cells):
        raise _Replace
    result = copy.deepcopy(new)
    for old_cell, new_cell, cell in zip(old_cells, new_cells, result.findall(_TC), strict=True):
        blocks = _compare(_blocks(old_cell), _blocks(new_cell), tracker)
        for child in [c for c in cell if c.tag in (_P, _TBL)]:
            cell.remove(child)
        cell.extend(blocks)
    return result


def _changed_table(old: etree._Element, new: etree._Element, tracker: _Tracker) -> etree._Element:
    result = copy.deepcopy(new)
    for row in result.findall(_TR):
        result.remove(row)
    result.extend(_compare(old.findall(_TR), new.findall(_TR), tracker))
    return result


class _Replace(Exception):
    """Two rows that cannot be compared cell by cell: one removed, the other added."""


# --- blocks: paragraphs, tables and rows ----------------------------------------------------


def _blocks(container: etree._Element) -> list[etree._Element]:
    return [child for child in container if child.tag in (_P, _TBL)]


def _whole(element: etree._Element, name: str, tracker: _Tracker) -> etree._Element:
    if element.tag == _P:
        return _whole_paragraph(element, name, tracker)
    if element.tag == _TBL:
        return _whole_table(element, name, tracker)
    return _whole_row(element, name, tracker)


def _changed(old: etree._Element, new: etree._Element, tracker: _Tracker) -> list[etree._Element]:
    try:
        if old.tag == _P:
            return [_changed_paragraph(old, new, tracker)]
        if old.tag == _TBL:
            return [_changed_table(old, new, tracker)]
        return [_changed_row(old, new, tracker)]
    except _Replace:
        return [_whole(old, "del", tracker), _whole(new, "ins", tracker)]


def _row_similar(old: etree._Element, new: etree._Element) -> bool:
    if len(old.findall(_TC)) != len(new.findall(_TC)):
        return False
    old_cells = [_text(cell) for cell in old.findall(_TC)]
    new_cells = [_text(cell) for cell in new.findall(_TC)]
    # A row is the same row changed when one of its cells is unchanged (the version
    # table's number, a question), or its words are mostly kept.
    if any(a == b and a for a, b in zip(old_cells, new_cells, strict=True)):
        return True
    old_words, new_words = _words(" ".join(old_cells)), _words(" ".join(new_cells))
    return SequenceMatcher(None, old_words, new_words, autojunk=False).ratio() >= _SAME_PARAGRAPH


def _pair(
    olds: Sequence[etree._Element], news: Sequence[etree._Element], tracker: _Tracker
) -> list[etree._Element]:
    """A stretch of changed blocks: which older block became which newer one."""
    similar = _row_similar if (olds and olds[0].tag == _TR) else _similar
    out: list[etree._Element] = []
    i = j = 0
    while i < len(olds) and j < len(news):
        if similar(olds[i], news[j]):
            out.extend(_changed(olds[i], news[j], tracker))
            i, j = i + 1, j + 1
            continue
        ahead = next((k for k in range(j + 1, len(news)) if similar(olds[i], news[k])), None)
        if ahead is None:
            out.append(_whole(olds[i], "del", tracker))
            i += 1
        else:
            out.extend(_whole(new, "ins", tracker) for new in news[j:ahead])
            j = ahead
    out.extend(_whole(old, "del", tracker) for old in olds[i:])
    out.extend(_whole(new, "ins", tracker) for new in news[j:])
    return out


def _compare(
    olds: Sequence[etree._Element], news: Sequence[etree._Element], tracker: _Tracker
) -> list[etree._Element]:
    matcher = SequenceMatcher(
        None, [_key(o) for o in olds], [_key(n) for n in news], autojunk=False
    )
    out: list[etree._Element] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(copy.deepcopy(new) for new in news[j1:j2])
        elif tag == "delete":
            out.extend(_whole(old, "del", tracker) for old in olds[i1:i2])
        elif tag == "insert":
            out.extend(_whole(new, "ins", tracker) for new in news[j1:j2])
        else:
            out.extend(_pair(olds[i1:i2], news[j1:j2], tracker))
    return out


# --- the package ------------------------------------------------------------------------------


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _root(parts: dict[str, bytes], name: str) -> etree._Element | None:
    blob = parts.get(name)
    return None if blob is None else etree.fromstring(blob, _PARSER)


def redline(old: bytes, new: bytes, when: datetime) -> bytes:
    """The newer document (``new``, a written .docx) with its changes against ``old``
    as tracked changes dated ``when``."""
    old_parts, new_parts = _parts(old), _parts(new)
    old_root, new_root = _root(old_parts, _MAIN), _root(new_parts, _MAIN)
    if old_root is None or new_root is None:
        raise RedlineError("not a Word document")
    old_body, new_body = old_root.find(W + "body"), new_root.find(W + "body")
    if old_body is None or new_body is None:
        raise RedlineError("a Word document without a body")
    numbering = _Numbering(_root(new_parts, _NUMBERING), _root(old_parts, _NUMBERING))
    tracker = _Tracker(when, numbering)
    olds = _blocks(_without_bookmarks(old_body))
    news = _blocks(_without_bookmarks(new_body))
    compared = _compare(olds, news, tracker)
    section = new_body.find(_SECTPR)
    for child in list(new_body):
        new_body.remove(child)
    new_body.extend(compared)
    if section is not None:
        new_body.append(section)
    new_parts[_MAIN] = etree.tostring(
        new_root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    if numbering.changed and numbering.new is not None:
        new_parts[_NUMBERING] = etree.tostring(
            numbering.new, xml_declaration=True, encoding="UTF-8", standalone=True
        )
    return _zipped(new_parts.items())


def redline_document(
    old: Project,
    new: Project,
    document: DocumentKind,
    language: Language,
    when: datetime,
    *,
    old_logo: Path | None = None,
    new_logo: Path | None = None,
    house_style: HouseStyle | None = None,
) -> bytes:
    """``document`` in ``language`` of ``new`` with its changes against ``old`` tracked.

    Both are written in the same house style, so that only the wording differs.
    """
    before = document_bytes(build_outline(old, document, language), old_logo, house_style)
    after = document_bytes(build_outline(new, document, language), new_logo, house_style)
    return redline(before, after, when)


def redline_path(document: Path) -> Path:
    """Where the redline of a document goes: beside it, ``…-1.1-redline.docx``."""
    return document.with_name(f"{document.stem}-redline.docx")


def _serialised(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _zipped(parts: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, blob in parts:
            archive.writestr(name, blob)
    return buffer.getvalue()


def tracked_changes(data: bytes) -> tuple[int, int]:
    """How many insertions and deletions a written redline holds (for the report line)."""
    root = _root(_parts(data), _MAIN)
    if root is None:
        return 0, 0
    # The marks on runs and rows; a paragraph's end mark goes with its words.
    count = len(root.findall(f".//{_P}/{W}ins")) + len(root.findall(f".//{_TRPR}/{W}ins"))
    removed = len(root.findall(f".//{_P}/{W}del")) + len(root.findall(f".//{_TRPR}/{W}del"))
    return count, removed


__all__ = [
    "AUTHOR",
    "RedlineError",
    "redline",
    "redline_document",
    "redline_path",
    "tracked_changes",
]

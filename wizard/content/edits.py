"""Clause edits: a person's own text in place of a generated clause, or the clause left out.

The edit format is plain text, the same in the window, the project file and the text
read back from Word:

    A paragraph; lines that follow it join it.        (a blank line ends it)
    **Lead words.** A paragraph opened by bold words.
    - a bullet
    1. a numbered item
    ## A subheading

Edit text is user text: it is cleaned like every answer and turned into outline blocks
here, never rendered as a template, so braces, ``@`` lines and the like stay as typed.

Tables are not text. In a clause with a table, the text above the first table is the
clause's editable text; the table and what follows it keep following the answers (the
acknowledgement form, the channel table and the plan stay right). A clause with no
text above its table (document control) cannot be edited, only left out.

A clause's closing subheadings (``## Organisational measures`` after the account table)
head the clauses that follow it; they belong to the section, so they stay when the
clause is edited or left out.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import replace
from typing import Any

from wizard.answers.model import ClauseEdit, Language
from wizard.content.outline import (
    Block,
    BulletList,
    Clause,
    NumberedList,
    Paragraph,
    Section,
    Subheading,
    Table,
)
from wizard.sanitise import clean_text

_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(.*)$")
_BULLET = re.compile(r"^[-•*]\s+(.*)$")
_LEAD = re.compile(r"^\*\*(.+?)\*\*\s*(.*)$")


# --- the edit format --------------------------------------------------------------------


def _item_text(item: Paragraph) -> str:
    return f"**{item.lead}** {item.text}".strip() if item.lead else item.text


def _split(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """(editable text blocks, the rest): the text above the first table, without the
    closing subheadings that head the next clauses."""
    text: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            break
        text.append(block)
    rest = list(blocks[len(text) :])
    if not rest:
        while len(text) > 1 and isinstance(text[-1], Subheading):
            rest.insert(0, text.pop())
    return tuple(text), tuple(rest)


def _trailing_subheadings(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    count = 0
    for block in reversed(blocks[1:]):
        if not isinstance(block, Subheading):
            break
        count += 1
    return blocks[len(blocks) - count :] if count else ()


def closing_subheadings(clause: Clause) -> int:
    """How many of the clause's last blocks are subheadings that head the next clauses."""
    return len(_trailing_subheadings(clause.blocks))


def blocks_text(blocks: tuple[Block, ...]) -> str:
    """Blocks in the edit format (tables are left out: they are not text)."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(_item_text(block))
        elif isinstance(block, Subheading):
            parts.append(f"## {block.text}")
        elif isinstance(block, BulletList):
            parts.append("\n".join(f"- {_item_text(item)}" for item in block.items))
        elif isinstance(block, NumberedList):
            parts.append(
                "\n".join(f"{n}. {_item_text(item)}" for n, item in enumerate(block.items, 1))
            )
    return "\n\n".join(part for part in parts if part)


def clause_text(clause: Clause) -> str:
    """The clause's editable text in the edit format (see the module's docstring)."""
    return blocks_text(_split(clause.blocks)[0])


def is_editable(clause: Clause) -> bool:
    return bool(_split(clause.blocks)[0])


def has_table(clause: Clause) -> bool:
    return any(isinstance(block, Table) for block in clause.blocks)


def normalise(text: str) -> str:
    """The text as it reads: line ends, spaces within lines and blank lines evened out."""
    lines = [" ".join(line.split()) for line in clean_text(text).split("\n")]
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip("\n")


def fingerprint(text: str) -> str:
    """A stable digest of the normalised text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def _paragraph(text: str) -> Paragraph:
    match = _LEAD.match(text)
    if match and match[2]:
        return Paragraph(text=match[2], lead=match[1].strip())
    return Paragraph(text=text)


def edit_blocks(text: str) -> tuple[Block, ...]:
    """Edit text as outline blocks. The text is cleaned; nothing in it is a template."""
    blocks: list[Block] = []
    lines: list[str] = []
    items: list[Paragraph] = []
    kind: type[BulletList] | type[NumberedList] | None = None

    def flush() -> None:
        nonlocal kind, items
        if lines:
            blocks.append(_paragraph(" ".join(lines)))
            lines.clear()
        if kind is not None and items:
            blocks.append(kind(items=tuple(items)))
        items, kind = [], None

    for raw in clean_text(text).split("\n"):
        line = " ".join(raw.split())
        if not line:
            flush()
            continue
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        if line.startswith("## ") and line[3:].strip():
            flush()
            blocks.append(Subheading(line[3:].strip()))
        elif bullet:
            if kind is not BulletList:
                flush()
                kind = BulletList
            items.append(_paragraph(bullet[1]))
        elif numbered:
            if kind is not NumberedList:
                flush()
                kind = NumberedList
            items.append(_paragraph(numbered[2]))
        elif kind is not None and items:
            # A line right under an item (no blank line) continues that item.
            last = items[-1]
            items[-1] = replace(last, text=f"{last.text} {line}")
        else:
            lines.append(line)
    flush()
    return tuple(blocks)


# --- applying edits to the outline --------------------------------------------------------


def edited_clause(clause: Clause, edit: ClauseEdit | None, language: Language) -> Clause | None:
    """The clause with its edit applied; None when it is left out."""
    if edit is None:
        return clause
    if edit.omit:
        return None
    text = edit.text(language)
    if text is None or not is_editable(clause):
        return clause
    _, rest = _split(clause.blocks)
    return replace(clause, blocks=edit_blocks(text) + rest)


def apply_edits(section: Section, edits: dict[str, ClauseEdit], language: Language) -> Section:
    """The section with every edit of its clauses applied.

    A left-out clause's closing subheadings stay when clauses follow them; a subheading
    with nothing under it any more goes.
    """
    if not edits or not any(clause.id in edits for clause in section.clauses):
        return section
    clauses: list[Clause] = []
    carried: tuple[Block, ...] = ()
    for clause in section.clauses:
        changed = edited_clause(clause, edits.get(clause.id), language)
        if changed is None:
            closing = _trailing_subheadings(clause.blocks)
            if closing and clauses:
                # They now close the clause before: its own closing subheadings headed
                # the clause that went, and go with it.
                before = clauses[-1]
                kept = before.blocks[: len(before.blocks) - closing_subheadings(before)]
                clauses[-1] = replace(before, blocks=kept + closing)
            elif closing:
                carried = closing
            continue
        if carried:
            changed = replace(changed, blocks=carried + changed.blocks)
            carried = ()
        clauses.append(changed)
    if clauses:
        clauses[-1] = _without_dangling_subheadings(clauses[-1])
    return replace(section, clauses=tuple(_tidy(clauses)))


def _without_dangling_subheadings(clause: Clause) -> Clause:
    blocks = clause.blocks
    while blocks and isinstance(blocks[-1], Subheading) and len(blocks) > 1:
        blocks = blocks[:-1]
    return replace(clause, blocks=blocks)


def _tidy(clauses: list[Clause]) -> list[Clause]:
    """Two subheadings in a row (the clauses between them left out): the first goes."""
    tidy: list[Clause] = []
    for index, clause in enumerate(clauses):
        following = clauses[index + 1].blocks[:1] if index + 1 < len(clauses) else ()
        blocks = clause.blocks
        if (
            blocks
            and isinstance(blocks[-1], Subheading)
            and following
            and isinstance(following[0], Subheading)
        ):
            blocks = blocks[:-1]
        if blocks:
            tidy.append(replace(clause, blocks=blocks))
    return tidy


# --- recording edits ------------------------------------------------------------------------


def record_edit(
    clauses: dict[str, Any],
    clause_id: str,
    language: Language,
    text: str | None,
    generated: str,
    *,
    omit: bool | None = None,
) -> bool:
    """Store an edit in ``clauses`` (the project file's ``clauses`` object, changed in place).

    ``generated`` is the clause's generated text now, in ``language``: the edit records
    its fingerprint and the text itself, so a later change is flagged. ``text`` None, or
    the same as the generated text, restores the generated text in that language;
    ``omit`` given sets or clears leaving the clause out. An entry with nothing left in
    it is removed. Returns whether anything changed.
    """
    before = copy.deepcopy(clauses.get(clause_id))
    entry: dict[str, Any] = copy.deepcopy(before) if isinstance(before, dict) else {}
    key = language.value
    cleaned = normalise(text) if text is not None else ""
    if cleaned and cleaned != normalise(generated):
        entry[key] = cleaned
        entry.setdefault("based_on", {})[key] = fingerprint(generated)
        entry.setdefault("replaced", {})[key] = normalise(generated)
    else:
        entry.pop(key, None)
        for field in ("based_on", "replaced"):
            if isinstance(entry.get(field), dict):
                entry[field].pop(key, None)
    if omit is not None:
        entry["omit"] = omit
    _store(clauses, clause_id, entry)
    return clauses.get(clause_id) != before


def accept_update(
    clauses: dict[str, Any], clause_id: str, language: Language, generated: str
) -> bool:
    """Keep the person's text and base it on the generated text as it is now.

    Clears "out of date" for that language. Returns whether anything changed.
    """
    entry = clauses.get(clause_id)
    if not isinstance(entry, dict) or entry.get(language.value) is None:
        return False
    before = copy.deepcopy(entry)
    entry.setdefault("based_on", {})[language.value] = fingerprint(generated)
    entry.setdefault("replaced", {})[language.value] = normalise(generated)
    return entry != before


def _store(clauses: dict[str, Any], clause_id: str, entry: dict[str, Any]) -> None:
    for field in ("based_on", "replaced"):
        if field in entry and not entry[field]:
            del entry[field]
    if entry.get("nl") is None and entry.get("en") is None and not entry.get("omit"):
        clauses.pop(clause_id, None)
    else:
        clauses[clause_id] = {
            "nl": entry.get("nl"),
            "en": entry.get("en"),
            "omit": bool(entry.get("omit")),
            "based_on": entry.get("based_on", {}),
            "replaced": entry.get("replaced", {}),
        }

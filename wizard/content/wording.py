"""Wording: Jinja2 section templates rendered into outline blocks.

Each section of a document is one template, ``templates/<lang>/<document>/<section>.j2``.
A template writes plain lines in a small markup:

    @title Section title            the section's heading (first line)
    @clause some.id                 starts a clause (see wizard.content.clauses)
    ## Subheading
    A paragraph; consecutive lines join, a blank line ends it.
    **Lead words.** A paragraph opened by bold words.
    - a bullet            1. a numbered item
    @table 3,2,4          a table with relative column widths; then one line a row:
    @row Header | Header | Header        (the first row is the header)
    @form                 like @table, for a form filled in by hand

User text is data, never template and never markup: every value printed with
``{{ }}`` is sanitised, folded to one line and set aside; the template's output holds
a token in its place (a number between two characters that XML cannot hold, so no
user text can contain them). The parser reads only the template's own text, and puts
the values back into the finished blocks. However long the answers, parsing does not
look at them.
"""

from __future__ import annotations

import marshal
import pickle
import re
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from hashlib import sha1
from typing import Any

from jinja2 import (
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
)
from jinja2.bccache import Bucket, bc_magic
from jinja2.sandbox import SandboxedEnvironment

from wizard.answers.model import Language
from wizard.content.clauses import CLAUSES
from wizard.content.outline import (
    Block,
    BulletList,
    Clause,
    NumberedList,
    Paragraph,
    Subheading,
    Table,
)
from wizard.memory import keep_freed_memory
from wizard.paths import TEMPLATES, cache_folder
from wizard.sanitise import one_line

# Re-exported: the templates and the writers word dates and lists through this module.
from wizard.words import join_words as join_words
from wizard.words import long_date as long_date

# A section of this many characters or more is built from blocks beyond glibc's 128 KiB
# (two bytes a character once a curly quote is in it), each a mapping of its own. The
# examples' longest section has some 7,500; the fullest project's 760,000.
LONG_SECTION = 64_000
OPEN, CLOSE = "\x01", "\x02"
# A token, and a full stop right after it (see _literal).
_TOKEN = re.compile(f"{OPEN}(\\d+){CLOSE}(\\.?)")
_NUMBERED = re.compile(r"^\d+\.\s+(.*)$")
# The values printed by the template being rendered; one list per render and thread.
_printed: ContextVar[list[str] | None] = ContextVar("printed", default=None)


class WordingError(Exception):
    """A template that cannot be rendered; a defect of ours, never of the user's answers."""


def _finalize(value: Any) -> str:
    if value is None:
        raise WordingError("a template printed an empty value (None)")
    text = str(value)
    printed = _printed.get(None)
    if printed is None:
        raise WordingError("templates are rendered with render_template")
    if OPEN in text:  # printed output captured earlier (a macro, a set block)
        text = _literal(text, printed)
    printed.append(one_line(text))
    return f"{OPEN}{len(printed) - 1}{CLOSE}"


NUMBER_WORDS = {
    Language.NL: "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf".split(),
    Language.EN: "zero one two three four five six seven eight nine ten eleven twelve".split(),
}


def in_words(number: int, language: Language) -> str:
    """Small numbers in words, as careful writers do in running text; 13 and up in digits."""
    words = NUMBER_WORDS[language]
    return words[number] if 0 <= number < len(words) else str(number)


class PortableBytecodeCache(FileSystemBytecodeCache):
    """Compiled templates keyed by language and template name, not by path on disk.

    Jinja's own key includes the template file's absolute path, so every place the
    program is installed or unpacked to (a new version, a moved folder, another
    checkout) would add a set of cache files. Jinja checks each entry against a
    checksum of the template's source, so an entry of another version is never used:
    it is compiled again and replaced.
    """

    def __init__(self, directory: str, language: Language) -> None:
        super().__init__(directory)
        self.language = language

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return cache_key(self.language, name)

    def load_bytecode(self, bucket: Bucket) -> None:
        """As Jinja's own, but the compiled code is read from the file's bytes at once:
        ``marshal`` reading a file asks it for a few bytes at a time, which made loading
        the templates of a document (both languages: a hundred) three times slower."""
        try:
            with open(self._get_cache_filename(bucket), "rb") as cached:
                data = cached.read()
        except (FileNotFoundError, IsADirectoryError, PermissionError):
            return
        load_bucket(bucket, data)


def load_bucket(bucket: Bucket, data: bytes) -> None:
    """``Bucket.load_bytecode`` on bytes: the code when ``data`` holds Jinja's header
    and the checksum of the template's source as it is now, else nothing (the template
    is compiled again). The checksum is compared as Jinja writes it, never unpickled."""
    header = bc_magic + pickle.dumps(bucket.checksum, 2)
    if not data.startswith(header):
        bucket.reset()
        return
    try:
        bucket.code = marshal.loads(memoryview(data)[len(header) :])
    except (EOFError, ValueError, TypeError):
        bucket.reset()


def cache_key(language: Language, name: str) -> str:
    return sha1(f"{language.value}/{name}".encode()).hexdigest()


@cache
def environment(language: Language) -> SandboxedEnvironment:
    """One compiled environment per language; templates are compiled once and cached."""
    # Compiling the templates is most of a first render; the bytecode cache keeps the
    # result between runs (checked against each template's source, so edits show at once).
    cache = cache_folder()
    env = SandboxedEnvironment(
        loader=FileSystemLoader(TEMPLATES / language.value),
        bytecode_cache=PortableBytecodeCache(str(cache), language) if cache else None,
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
        auto_reload=False,
        cache_size=-1,
    )
    env.filters["longdate"] = lambda value: long_date(value, language)
    env.filters["join_words"] = lambda items: join_words(list(items), language)
    env.filters["in_words"] = lambda number: in_words(int(number), language)
    # Unlike Jinja's capitalize, keep the rest of the text as the user wrote it.
    env.filters["upfirst"] = lambda text: str(text)[:1].upper() + str(text)[1:]
    return env


@dataclass(frozen=True)
class RenderedSection:
    title: str
    clauses: tuple[Clause, ...]


def render_section(
    language: Language, template_name: str, context: Mapping[str, Any]
) -> RenderedSection:
    try:
        template = environment(language).get_template(template_name)
        text, printed = render_template(template, context)
    except TemplateError as error:
        raise WordingError(f"{language.value}/{template_name}: {error}") from error
    if len(text) + sum(map(len, printed)) >= LONG_SECTION:
        # Long answers: this section, and the document written from it, allocate blocks
        # that the next preview or export needs again (wizard.memory). Asked here, where
        # every document's text passes, and only then: a project of ordinary answers
        # allocates nothing that large and does not pay for loading ctypes.
        keep_freed_memory()
    return parse_section(text, f"{language.value}/{template_name}", printed)


def render_template(template: Template, context: Mapping[str, Any]) -> tuple[str, list[str]]:
    """The template's text with tokens, and the values the tokens stand for."""
    printed: list[str] = []
    reset = _printed.set(printed)
    try:
        return template.render(**context), printed
    finally:
        _printed.reset(reset)


def _literal(text: str, printed: Sequence[str]) -> str:
    """``text`` with every token replaced by the value it stands for."""
    if OPEN not in text:
        return text

    def value(token: re.Match[str]) -> str:
        shown = printed[int(token[1])]
        # "B.V." at the end of a sentence must not end in "B.V..": the name's own
        # full stop ends the sentence.
        return shown if token[2] and shown.endswith(".") else shown + token[2]

    return _TOKEN.sub(value, text)


def _paragraph(text: str, printed: Sequence[str]) -> Paragraph:
    """A paragraph, with its bold lead when the template opens it with ``**...**``."""
    if text.startswith("**"):
        # A token holds only digits, so markup is found with a plain search.
        end = text.find("**", 2)
        if end > 2:
            lead = _literal(text[2:end], printed).strip()
            return Paragraph(text=_literal(text[end + 2 :], printed).strip(), lead=lead)
    return Paragraph(text=_literal(text, printed).strip())


def _cells(text: str, printed: Sequence[str]) -> tuple[str, ...]:
    """A table row's cells: split on ``|`` (never inside a token), values put back."""
    return tuple(_literal(cell, printed).strip() for cell in text.split("|"))


def parse_section(text: str, where: str, printed: Sequence[str] = ()) -> RenderedSection:
    """The blocks of a rendered template; ``printed`` holds the values its tokens name."""
    title = ""
    clauses: list[Clause] = []
    clause_id: str | None = None
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[Paragraph] = []
    list_kind: type[BulletList] | type[NumberedList] | None = None
    table: dict[str, Any] | None = None

    def flush_text() -> None:
        nonlocal list_kind, items, table
        if paragraph:
            blocks.append(_paragraph(" ".join(paragraph), printed))
            paragraph.clear()
        if list_kind is not None and items:
            blocks.append(list_kind(items=tuple(items)))
        items, list_kind = [], None
        if table is not None:
            if not table["rows"]:
                raise WordingError(f"{where}: a table without rows")
            # A form has no header row: every row is a line to fill in.
            header, *rows = [(), *table["rows"]] if table["form"] else table["rows"]
            blocks.append(
                Table(header=header, rows=tuple(rows), widths=table["widths"], form=table["form"])
            )
            table = None

    def flush_clause() -> None:
        flush_text()
        if clause_id is None:
            if blocks:
                raise WordingError(f"{where}: text before the first @clause")
            return
        if not blocks:
            return  # every condition in the clause was false: nothing to say
        info = CLAUSES.get(clause_id)
        if info is None:
            raise WordingError(
                f"{where}: unknown clause {clause_id!r}; add it to wizard/content/clauses.py"
            )
        clauses.append(Clause(clause_id, info.answers, info.controls, tuple(blocks)))
        blocks.clear()

    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            if table is None:
                flush_text()
            continue
        if line.startswith("@title "):
            title = _literal(line[7:], printed).strip()
        elif line.startswith("@clause "):
            flush_clause()
            clause_id = line[8:].strip()
        elif line.startswith(("@table", "@form")):
            flush_text()
            spec = line.split(maxsplit=1)[1] if " " in line else ""
            widths = tuple(int(w) for w in spec.split(",")) if spec else ()
            table = {"rows": [], "widths": widths, "form": line.startswith("@form")}
        elif line.startswith("@row"):
            if table is None:
                raise WordingError(f"{where}: @row outside a table")
            table["rows"].append(_cells(line[4:].strip(), printed))
        elif line.startswith("## "):
            flush_text()
            blocks.append(Subheading(_literal(line[3:], printed).strip()))
        elif line.startswith("- "):
            if list_kind is not BulletList:
                flush_text()
                list_kind = BulletList
            items.append(_paragraph(line[2:].strip(), printed))
        elif _NUMBERED.match(line):
            if list_kind is not NumberedList:
                flush_text()
                list_kind = NumberedList
            items.append(_paragraph(_NUMBERED.match(line).group(1), printed))  # type: ignore[union-attr]
        elif line.startswith("@"):
            raise WordingError(f"{where}: unknown directive {line.split()[0]!r}")
        else:
            if list_kind is not None or table is not None:
                flush_text()
            paragraph.append(line)
    flush_clause()
    if not title:
        raise WordingError(f"{where}: the template has no @title line")
    return RenderedSection(title=title, clauses=tuple(clauses))

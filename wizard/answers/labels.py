"""Names of fields and answers per language, read from ``templates/<lang>/labels.toml``."""

from __future__ import annotations

import contextlib
import json
from enum import Enum
from functools import cache
from typing import Any

from wizard.files import atomic_write
from wizard.language import Language
from wizard.paths import TEMPLATES, cache_folder


@cache
def _table(language: Language) -> dict[str, Any]:
    source = TEMPLATES / language.value / "labels.toml"
    # Parsing TOML takes twenty times longer than reading the same table as JSON, and
    # every start of the program needs it; the parsed table is kept beside the compiled
    # templates, named after the source's size and time, so an edit shows at once.
    stat = source.stat()
    folder = cache_folder()
    cached = (
        folder / f"labels-{language.value}-{stat.st_size}-{stat.st_mtime_ns}.json"
        if folder
        else None
    )
    if cached is not None:
        with contextlib.suppress(OSError, ValueError):
            table: dict[str, Any] = json.loads(cached.read_text(encoding="utf-8"))
            return table
    import tomllib  # only when the cache cannot answer

    with source.open("rb") as handle:
        table = tomllib.load(handle)
    if cached is not None:
        with contextlib.suppress(OSError):
            atomic_write(cached, json.dumps(table, ensure_ascii=False).encode("utf-8"))
    return table


def field_label(key: str, language: Language) -> str:
    """The human name of a dotted field key; list indexes and channel ids are ignored."""
    fields: dict[str, str] = _table(language)["fields"]
    if key in fields:
        return fields[key]
    parts = [p for p in key.split(".") if not p.isdigit()]
    if ".".join(parts) in fields:  # an item of a list: technical.blocked_channels.2
        return fields[".".join(parts)]
    # channels.<id>.manager and governance.plan.<step>.owner name their item in the key.
    for drop in range(len(parts)):
        candidate = ".".join(parts[:drop] + parts[drop + 1 :])
        if candidate in fields:
            return fields[candidate]
    return key


# Rows of a table, named in their key by an id or a number (``channels.facebook.manager``,
# ``governance.plan.2.owner``): the kind of their names and of their numbered name.
_ROWS = {
    "channels": ("channel", "channel"),
    "governance.plan": ("plan_step", "plan_step"),
    "decisions": ("decision", "decision"),
    "history": ("version", "version"),
}
CLAUSE_EDIT_FIELDS = ("nl", "en", "omit", "based_on", "replaced")


def question_label(key: str, language: Language) -> str:
    """The name a person sees for a dotted key; never the key itself.

    A row of the channel table or the plan is named by its row and column, such as
    "Facebook – beheerd door"; a key no label names is named by the part of the
    project it belongs to, or by its own last part as written in the file.
    """
    table = _table(language)
    fields: dict[str, str] = table["fields"]
    if key.startswith("notes."):
        about = key.removeprefix("notes.").removesuffix(".[key]")
        return str(table["rows"]["note"].format(about=question_label(about, language)))
    if key.startswith("clauses."):
        return _clause_edit_label(key.removeprefix("clauses."), table)
    for prefix, (kind, numbered) in _ROWS.items():
        if not key.startswith(f"{prefix}."):
            continue
        row, _, rest = key.removeprefix(f"{prefix}.").partition(".")
        values: dict[str, str] = table["values"].get(kind, {})
        if row in values:
            name = values[row]
        elif row.isdigit():
            name = table["rows"][numbered].format(number=row)
        else:
            break  # not a row: a field of its own, such as governance.plan_notes
        if not rest:
            return name
        column = table["row_fields"].get(f"{prefix}.{rest}")
        return f"{name} – {column}" if column else f"{name} – {question_label(rest, language)}"
    label = field_label(key, language)
    if label != key or not key:
        return label
    parts = key.split(".")
    for end in range(len(parts) - 1, 0, -1):
        section = ".".join(parts[:end])
        if section in fields:
            return f"{fields[section]} – {parts[-1]}"
    return parts[-1]


def row_field(key: str, language: Language) -> str | None:
    """The column name of a table row's field, such as "beheerd door" for
    ``channels.manager``; None when the field has no column name."""
    columns: dict[str, str] = _table(language)["row_fields"]
    return columns.get(key)


def _clause_edit_label(rest: str, table: dict[str, Any]) -> str:
    """An edited clause's name, such as "Aangepaste clausule channels.advice – weglaten".

    A clause id holds dots itself, so it runs up to the first part that is a field of
    an edit.
    """
    parts = rest.split(".")
    for index, part in enumerate(parts):
        if part in CLAUSE_EDIT_FIELDS:
            clause_id, field = ".".join(parts[:index]), part
            break
    else:
        clause_id, field = rest.removesuffix(".[key]"), ""
    name = str(table["rows"]["clause"].format(id=clause_id))
    column = table["row_fields"].get(f"clauses.{field}") if field else None
    return f"{name} – {column}" if column else name


def value_label(kind: str, value: str | bool | Enum, language: Language) -> str:
    """The human name of an answer, such as ``value_label("channel", "x", NL)``."""
    if isinstance(value, bool):
        value = "true" if value else "false"
    elif isinstance(value, Enum):
        value = str(value.value)
    labels: dict[str, str] = _table(language)["values"][kind]
    return labels[value]


def value_labels(kind: str, language: Language) -> dict[str, str]:
    return dict(_table(language)["values"][kind])


def phrase(kind: str, key: str, language: Language) -> str:
    """A fixed piece of wording chosen by an answer, from the ``[phrases]`` tables."""
    phrases: dict[str, str] = _table(language)["phrases"][kind]
    return phrases[key]


def sector_phrase(kind: str, key: str, sector: str, language: Language) -> str:
    """``phrase(kind, key)`` as the sector says it, when ``[phrases.<kind>_sector]`` has it."""
    overrides: dict[str, str] = _table(language)["phrases"].get(f"{kind}_sector", {})
    return overrides.get(f"{sector}.{key}") or phrase(kind, key, language)

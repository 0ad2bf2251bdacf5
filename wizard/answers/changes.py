"""What changed between two sets of answers, in words a person reads.

Used by ``python main.py diff``, by "changes in this version" in the documents and by
the window when a version is issued. Every difference is named by its label, never by
its key: "Sector: Algemeen → Zorg", "Kanaal LinkedIn toegevoegd", "Doelen: Werving
toegevoegd", "Nulmeting (implementatieplan) – eigenaar: niet ingevuld → Priya".

The answers compared are plain data in the project file's shape, not a validated
project: a snapshot recorded by an older release may lack keys (they take the
program's defaults) or hold values that no longer validate (they are compared as they
are and worded plainly). Nothing here raises on odd data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from wizard.answers.labels import phrase, question_label, row_field, value_label
from wizard.answers.model import ANSWER_SECTIONS
from wizard.language import Language
from wizard.sanitise import one_line
from wizard.words import join_words, long_date


@dataclass(frozen=True)
class Change:
    """One difference: where it is (a dotted key, for the window's links) and its words."""

    key: str
    text: str


# Stands for a key one side does not have; worded like an empty answer.
_MISSING: Any = object()

# The table of labels.toml's [values] that names each answer with fixed choices.
KINDS = {
    "output.languages": "language",
    "output.documents": "document",
    "organisation.sector": "sector",
    "organisation.size": "size",
    "organisation.jurisdiction": "jurisdiction",
    "organisation.style": "style",
    "markets.segments": "segment",
    "markets.goals": "goal",
    "confidentiality.framework": "framework",
    "confidentiality.classification": "classification",
    "confidentiality.never_share": "never_share",
    "confidentiality.personal_data": "personal_data",
    "confidentiality.photos": "photos",
    "confidentiality.generative_ai": "generative_ai",
    "behaviour.spokespersons": "spokespersons",
    "behaviour.private_use": "private_use",
    "behaviour.criticism_route": "criticism_route",
    "behaviour.after_hours": "after_hours",
    "behaviour.training": "training",
    "behaviour.monitoring": "monitoring",
    "behaviour.sanctions": "sanctions",
    "technical.separation": "separation",
    "technical.byod": "byod",
    "technical.blocked_channels": "channel",
    "governance.baseline": "baseline",
    "channels.employee_posting": "employee_posting",
}
DATES = {"organisation.effective_date", "governance.plan.due"}
# Lists whose order and repeats mean nothing (the file format's "sets"), and the list of
# AI tools, which reads the same way: items added and removed.
SETS = {
    "output.languages",
    "output.documents",
    "markets.segments",
    "markets.goals",
    "confidentiality.never_share",
    "confidentiality.approved_ai_tools",
    "technical.blocked_channels",
    "governance.baseline",
}
# Of those, the one whose order means something: the first language is the project's
# main one (the calendar's, the workshop report's, the redline's and the forms' unless
# chosen otherwise), and the documents are made in this order (docs/project-file.md).
ORDERED = {"output.languages"}
TEXT_SHOWN = 120  # a longer answer is shortened in a line of changes


@cache
def _defaults() -> dict[str, Any]:
    """The program's default for every answer that has one, in the file's shape.

    A snapshot written before a question existed lacks its key; the program would have
    read the default there, so the default is what it is compared as.
    """
    from pydantic import BaseModel

    from wizard.answers.model import (
        Behaviour,
        ChannelUse,
        Confidentiality,
        Governance,
        Markets,
        Organisation,
        Output,
        PlanItem,
        Technical,
    )

    found: dict[str, Any] = {}
    sections: dict[str, type[BaseModel]] = {
        "output": Output,
        "organisation": Organisation,
        "markets": Markets,
        "confidentiality": Confidentiality,
        "behaviour": Behaviour,
        "technical": Technical,
        "governance": Governance,
        "channels": ChannelUse,
        "governance.plan": PlanItem,
    }
    for prefix, model in sections.items():
        for name, info in model.model_fields.items():
            if info.is_required() or name == "effective_date":
                continue  # today's date is no one's earlier answer
            if prefix == "governance" and name == "plan":
                continue  # rows are compared one by one, below
            value = info.get_default(call_default_factory=True)
            found[f"{prefix}.{name}"] = _plain(value)
    return found


def _plain(value: Any) -> Any:
    """A default in the file's shape: enums by their value, models as objects."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return getattr(value, "value", value)


def _default(key: str) -> Any:
    return _defaults().get(key, _MISSING)


def _same(old: Any, new: Any) -> bool:
    if old is _MISSING or new is _MISSING:
        return _empty(old) and _empty(new)
    try:
        return json.dumps(old, sort_keys=True, default=str) == json.dumps(
            new, sort_keys=True, default=str
        )
    except (TypeError, ValueError, RecursionError):
        return bool(old == new)


def _empty(value: Any) -> bool:
    return value is _MISSING or value is None or value == ""


def _shorten(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= TEXT_SHOWN else text[: TEXT_SHOWN - 1].rstrip() + "…"


def _kind_of(key: str) -> str | None:
    return KINDS.get(key)


def word(key: str, value: Any, language: Language) -> str:
    """One answer as a person reads it; a value the program no longer knows, as it is."""
    if key == "confidentiality.framework" and value is None:
        return phrase("change", "follows_sector", language)
    if _empty(value):
        return phrase("change", "empty", language)
    if isinstance(value, bool):
        return value_label("boolean", value, language)
    if key == "governance.approver" and value == "management":
        return phrase("misc", "management", language)
    if isinstance(value, str):
        if key in DATES:
            try:
                return long_date(date.fromisoformat(value), language)
            except ValueError:
                pass
        kind = _kind_of(key)
        if kind is not None:
            try:
                return value_label(kind, value, language)
            except KeyError:
                pass
        return _shorten(value)
    if isinstance(value, int | float):
        return str(value)
    try:
        return _shorten(json.dumps(value, ensure_ascii=False, default=str))
    except (TypeError, ValueError, RecursionError):
        return _shorten(str(value))


def _label(key: str, language: Language) -> str:
    return one_line(question_label(key, language))


def _changed(key: str, label: str, old: Any, new: Any, language: Language) -> Change:
    text = phrase("change", "changed", language).format(
        label=label, old=word(key, old, language), new=word(key, new, language)
    )
    return Change(key, text)


# --- answers ----------------------------------------------------------------------------


def answer_changes(old: Any, new: Any, language: Language) -> list[Change]:
    """Every answer that differs between two sets of answers (project-file shape)."""
    old = old if isinstance(old, Mapping) else {}
    new = new if isinstance(new, Mapping) else {}
    found: list[Change] = []
    for section in _keys(ANSWER_SECTIONS, old, new, leave_out={"schema_version", *_NOT_ANSWERS}):
        if section not in ANSWER_SECTIONS and section not in old and section not in new:
            continue
        _compare(section, old.get(section, _MISSING), new.get(section, _MISSING), language, found)
    return found


# Parts of a project file that are no answers: compared elsewhere, or not at all.
_NOT_ANSWERS = {"clauses", "notes", "decisions", "history"}


def _keys(first: Iterable[str], *mappings: Mapping[str, Any], leave_out: set[str]) -> list[str]:
    """The keys of the mappings in a stable order: ``first``, then each mapping's own."""
    keys = list(first)
    for mapping in mappings:
        keys += [str(k) for k in mapping if str(k) not in keys]
    return [k for k in keys if k not in leave_out]


def _compare(key: str, old: Any, new: Any, language: Language, found: list[Change]) -> None:
    if old is _MISSING:
        old = _default(key)
    if new is _MISSING:
        new = _default(key)
    if key in ("channels", "governance.plan") and _listish(old) and _listish(new):
        rows = _channels if key == "channels" else _plan
        rows(_list(old), _list(new), language, found)
        return
    if (isinstance(old, Mapping) and isinstance(new, Mapping)) or _one_mapping(old, new):
        old_map = old if isinstance(old, Mapping) else {}
        new_map = new if isinstance(new, Mapping) else {}
        for name in _keys((), new_map, old_map, leave_out=set()):
            _compare(
                f"{key}.{name}",
                old_map.get(name, _MISSING),
                new_map.get(name, _MISSING),
                language,
                found,
            )
        return
    if _same(old, new):
        return
    if key in ORDERED and _listish(old) and _listish(new) and _reordered(_list(old), _list(new)):
        before, after = _unique(_list(old)), _unique(_list(new))
        text = phrase("change", "changed", language).format(
            label=_label(key, language),
            old=join_words([word(key, item, language) for item in before], language),
            new=join_words([word(key, item, language) for item in after], language),
        )
        found.append(Change(key, text))
        return
    if key in SETS and _listish(old) and _listish(new):
        _set_changes(key, _list(old), _list(new), language, found)
        return
    found.append(_changed(key, _label(key, language), old, new, language))


def _listish(value: Any) -> bool:
    """A list, or no value at all (an absent list is an empty one)."""
    return isinstance(value, list) or value is _MISSING or value is None


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _one_mapping(old: Any, new: Any) -> bool:
    """A group of answers on one side and nothing on the other: compare its answers."""
    return (isinstance(old, Mapping) and _empty(new)) or (isinstance(new, Mapping) and _empty(old))


def _identity(value: Any) -> str:
    try:
        return json.dumps(value, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        return repr(value)


def _set_changes(
    key: str, old: list[Any], new: list[Any], language: Language, found: list[Change]
) -> None:
    old_ids = {_identity(item) for item in old}
    new_ids = {_identity(item) for item in new}
    added = _unique([item for item in new if _identity(item) not in old_ids])
    removed = _unique([item for item in old if _identity(item) not in new_ids])
    label = _label(key, language)
    for items, what in ((added, "added"), (removed, "removed")):
        if items:
            words = join_words([word(key, item, language) for item in items], language)
            found.append(
                Change(key, phrase("change", what, language).format(label=label, items=words))
            )


def _reordered(old: list[Any], new: list[Any]) -> bool:
    """Whether a list whose order counts changed more than "added" and "removed" say:
    the items it keeps in another order, or a new item put first (a new main language).
    Then one line says the whole list before and after. (The first item removed needs
    no more: the next one was already second.)"""
    before = [_identity(item) for item in _unique(old)]
    after = [_identity(item) for item in _unique(new)]
    if before and after and after[0] not in before:
        return True
    kept = set(before) & set(after)
    return [i for i in before if i in kept] != [i for i in after if i in kept]


def _unique(items: list[Any]) -> list[Any]:
    seen: set[str] = set()
    kept = []
    for item in items:
        if _identity(item) not in seen:
            seen.add(_identity(item))
            kept.append(item)
    return kept


# --- rows of a table: channels by their id, plan steps by their step ---------------------


def _rows(items: list[Any], field: str) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for item in items:
        if isinstance(item, Mapping):
            ident = item.get(field)
            rows[ident if isinstance(ident, str) else _identity(ident)] = dict(item)
        else:
            rows[_identity(item)] = {field: item}
    return rows


def _channel_name(row: Mapping[str, Any], ident: str, language: Language) -> str:
    label = row.get("label")
    if isinstance(label, str) and label.strip():
        return _shorten(label)
    try:
        return value_label("channel", ident, language)
    except KeyError:
        return _shorten(ident)


def _channels(old: list[Any], new: list[Any], language: Language, found: list[Change]) -> None:
    before, after = _rows(old, "id"), _rows(new, "id")
    for ident in _keys((), after, before, leave_out=set()):
        key = f"channels.{ident}"
        if ident not in before:
            name = _channel_name(after[ident], ident, language)
            found.append(Change(key, phrase("change", "channel_added", language).format(name=name)))
        elif ident not in after:
            name = _channel_name(before[ident], ident, language)
            found.append(
                Change(key, phrase("change", "channel_removed", language).format(name=name))
            )
        else:
            name = _channel_name(after[ident], ident, language)
            _row_fields("channels", key, name, before[ident], after[ident], language, found)


def _row_fields(
    table: str,
    key: str,
    name: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    language: Language,
    found: list[Change],
) -> None:
    ident_field = "id" if table == "channels" else "step"
    for field in _keys((), new, old, leave_out={ident_field}):
        general = f"{table}.{field}"
        before = old.get(field, _MISSING)
        after = new.get(field, _MISSING)
        before = _default(general) if before is _MISSING else before
        after = _default(general) if after is _MISSING else after
        if _same(before, after):
            continue
        column = row_field(general, language) or _label(general, language)
        found.append(_changed(general, f"{name} – {column}", before, after, language))
        # The change belongs to this row: the window links it to the row's question.
        found[-1] = Change(f"{key}.{field}", found[-1].text)


_PLAN_STEPS = ("baseline", "policy", "plan_of_action", "implementation", "assurance")


def _plan(old: list[Any], new: list[Any], language: Language, found: list[Change]) -> None:
    # A step left out of the plan is shown without owner or date: the same as a row
    # with neither, so only owners and dates are compared, step by step.
    before, after = _rows(old, "step"), _rows(new, "step")
    plan = _label("governance.plan", language)
    plan = plan[:1].lower() + plan[1:]
    for step in _keys(_PLAN_STEPS, after, before, leave_out=set()):
        if step not in before and step not in after:
            continue
        try:
            name = value_label("plan_step", step, language)
        except KeyError:
            name = _shorten(step)
        _row_fields(
            "governance.plan",
            f"governance.plan.{step}",
            f"{name} ({plan})",
            before.get(step, {}),
            after.get(step, {}),
            language,
            found,
        )


# --- clause edits -------------------------------------------------------------------------


def clause_changes(
    old: Any, new: Any, language: Language, names: Mapping[str, str] | None = None
) -> list[Change]:
    """Edited clauses added, changed or removed, and clauses left out or included again.

    ``names`` gives a clause's title where the caller knows it (from the outline); a
    clause is otherwise named by its id, as ``python main.py clauses`` lists it.
    """
    old = old if isinstance(old, Mapping) else {}
    new = new if isinstance(new, Mapping) else {}
    names = names or {}
    order = [i for i in names if i in old or i in new]
    order += sorted(str(i) for i in {*old, *new} if i not in names)
    found: list[Change] = []
    for ident in order:
        before, after = _edit(old.get(ident)), _edit(new.get(ident))
        title = names.get(ident)
        clause = (
            phrase("change", "clause_named", language).format(title=_shorten(title), id=ident)
            if title
            else phrase("change", "clause", language).format(id=ident)
        )
        key = f"clauses.{ident}"
        if before["omit"] != after["omit"]:
            what = "clause_omitted" if after["omit"] else "clause_restored"
            found.append(Change(key, phrase("change", what, language).format(clause=clause)))
        for text_language in ("nl", "en"):
            was, now = before[text_language], after[text_language]
            if was == now:
                continue
            what = (
                "clause_text_added"
                if was is None
                else "clause_text_removed"
                if now is None
                else "clause_text_changed"
            )
            adjective = phrase("change", f"text_language_{text_language}", language)
            text = phrase("change", what, language).format(clause=clause, language=adjective)
            found.append(Change(f"{key}.{text_language}", text))
    return found


def _edit(value: Any) -> dict[str, Any]:
    """An edit's text per language (None: the generated text) and whether it is left out."""
    edit = value if isinstance(value, Mapping) else {}

    def text(name: str) -> str | None:
        found = edit.get(name)
        return found if isinstance(found, str) and found.strip() else None

    return {"nl": text("nl"), "en": text("en"), "omit": edit.get("omit") is True}


# --- whole projects and snapshots ---------------------------------------------------------


def project_changes(
    old: Any, new: Any, language: Language, names: Mapping[str, str] | None = None
) -> list[Change]:
    """Answers and clause edits that differ between two projects or snapshots.

    Clause edits are compared only when both sides record them: a snapshot made before
    versions recorded clause edits says nothing about them, which is not "none".
    """
    found = answer_changes(old, new, language)
    if (
        isinstance(old, Mapping)
        and isinstance(new, Mapping)
        and "clauses" in old
        and "clauses" in new
    ):
        found += clause_changes(old["clauses"], new["clauses"], language, names)
    return found

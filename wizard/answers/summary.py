"""The answers in words, page by page: question labels and answer labels, never keys.

Read by the review page and by the workshop report, so both say an answer the same way.
Works on a draft (the project file's shape), so a half-answered project can be shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from wizard.answers.choices import ChannelId, EmployeePosting, PlanStepId
from wizard.answers.labels import field_label, phrase, question_label, value_label, value_labels
from wizard.answers.pages import PAGE_KEYS, page, page_of, question_of
from wizard.language import Language

_WORDS: dict[str, tuple[str, str]] = {
    "unanswered": ("nog niet beantwoord", "not answered yet"),
    "none": ("geen", "none"),
    "official": ("officieel account", "official account"),
    "manager": ("beheerd door {name}", "managed by {name}"),
    "due": ("uiterlijk {date}", "due {date}"),
    "unplanned": ("nog niet gepland", "not planned yet"),
    "follow_sector": ("{name} (standaard voor de sector)", "{name} (default for the sector)"),
    "not_used": ("niet gebruikt", "not used"),
    "and": ("{items} en {last}", "{items} and {last}"),
}


def say(key: str, language: Language, **params: object) -> str:
    dutch, english = _WORDS[key]
    text = dutch if language is Language.NL else english
    return text.format(**params) if params else text


# The kind of answer (a table of labels.toml's [values]) where it is not the key's last part.
VALUE_KINDS = {
    "markets.segments": "segment",
    "markets.goals": "goal",
    "technical.blocked_channels": "channel",
}

# Answers that apply only after another answer: (the condition, on the draft).
APPLIES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "markets.webcare_response_hours": lambda d: bool(d["markets"].get("webcare")),
    "confidentiality.approved_ai_tools": (
        lambda d: d["confidentiality"].get("generative_ai") == "approved_tools_only"
    ),
    "technical.blocked_channels": lambda d: d["technical"].get("separation") == "restricted",
}


@dataclass(frozen=True)
class AnswerRow:
    key: str  # the question's key, as its widget's object name; notes are kept under it
    label: str
    lines: tuple[str, ...]
    applies: bool = True


def join_words(items: list[str], language: Language) -> str:
    """ "a, b en c" in Dutch, "a, b and c" in English."""
    if len(items) < 2:
        return "".join(items)
    return say("and", language, items=", ".join(items[:-1]), last=items[-1])


def date_text(value: Any, language: Language) -> str:
    """A date as the window's date fields show it: 31-12-2026 in Dutch, ISO in English."""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return day.strftime("%d-%m-%Y" if language is Language.NL else "%Y-%m-%d")


def value_text(key: str, value: Any, language: Language) -> str:
    """One answer as a person reads it: choices by their labels, lists joined."""
    kind = VALUE_KINDS.get(key, key.split(".")[-1])
    if value is None or value == "":
        return say("unanswered", language)
    if isinstance(value, bool):
        return value_label("boolean", value, language)
    if isinstance(value, list):
        if not value:
            return say("none", language)
        return join_words([value_text(key, item, language) for item in value], language)
    if isinstance(value, str):
        try:
            return value_label(kind, value, language)
        except KeyError:
            return value  # typed text, or a kind without labels
    return str(value)


def channel_name(channel: dict[str, Any], language: Language) -> str:
    ident = str(channel.get("id", ""))
    return str(
        channel.get("label")
        or (value_label("channel", ident, language) if ident in set(ChannelId) else ident)
    )


def channel_details(channel: dict[str, Any], language: Language) -> list[str]:
    details = []
    if channel.get("official_account"):
        details.append(say("official", language))
        if channel.get("manager"):
            details.append(say("manager", language, name=channel["manager"]))
    # Left out of a hand-written file, it takes the model's default.
    posting = channel.get("employee_posting", EmployeePosting.ALLOWED.value)
    if posting in value_labels("employee_posting", language):
        details.append(value_label("employee_posting", posting, language).lower())
    return details


def channel_line(channel: dict[str, Any], language: Language) -> str:
    details = channel_details(channel, language)
    name = channel_name(channel, language)
    return f"{name} ({', '.join(details)})" if details else name


def plan_line(item: dict[str, Any], language: Language) -> str:
    step = str(item.get("step", ""))
    name = value_label("plan_step", step, language) if step in set(PlanStepId) else step
    details = [str(item["owner"])] if item.get("owner") else []
    if item.get("due"):
        details.append(say("due", language, date=date_text(item["due"], language)))
    return f"{name}: {', '.join(details) if details else say('unplanned', language)}"


def _get(draft: dict[str, Any], key: str) -> Any:
    node: Any = draft
    for part in key.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def channel_rows(draft: dict[str, Any], language: Language) -> list[AnswerRow]:
    """Each channel of the table: the used ones with their details, the rest "not used"."""
    used = {str(c.get("id")): c for c in draft.get("channels") or [] if isinstance(c, dict)}
    rows = []
    for channel in ChannelId:
        entry = used.get(channel.value)
        key = f"channels.{channel.value}"
        if entry is None:
            name = value_label("channel", channel, language)
            rows.append(AnswerRow(key, name, (say("not_used", language),), applies=False))
        else:
            details = channel_details(entry, language)
            rows.append(AnswerRow(key, channel_name(entry, language), (", ".join(details),)))
    return rows


def question_rows(draft: dict[str, Any], page_key: str, language: Language) -> list[AnswerRow]:
    """Every question of a page with its answer in words, in the order the page asks them.

    A question that does not apply (webcare's response time without webcare) is marked
    so; the review page leaves it out, the report says so.
    """
    if page_key == "channels":
        return channel_rows(draft, language)
    rows = []
    for key in page(page_key).questions:
        value = _get(draft, key)
        applies = key not in APPLIES or APPLIES[key](draft)
        label = field_label(key, language)
        if key == "governance.plan":
            items = [i for i in value or [] if isinstance(i, dict)]
            lines = [plan_line(item, language) for item in items]
        elif key == "confidentiality.framework" and not value:
            from wizard.answers.draft import effective_framework

            name = value_label("framework", effective_framework(draft), language)
            lines = [say("follow_sector", language, name=name)]
        elif key == "governance.approver" and value == "management":
            lines = [phrase("misc", "management", language)]
        elif key.endswith("_date") and value:
            lines = [date_text(value, language)]
        elif key == "organisation.logo":
            lines = [Path(str(value)).name if value else say("none", language)]
        else:
            lines = [value_text(key, value, language)]
        rows.append(AnswerRow(key, label, tuple(lines or [say("none", language)]), applies))
    return rows


def topic_text(topic: str, language: Language) -> str:
    """What a note or decision is about: a question by its label and page ("Monitoring
    (Gedrag)"), a page by its title, free text as written."""
    where = page_of(topic)
    if topic in PAGE_KEYS:
        return page(topic).title(language)
    if where is not None and question_of(topic) is not None:
        return f"{question_label(topic, language)} ({page(where).title(language)})"
    return topic

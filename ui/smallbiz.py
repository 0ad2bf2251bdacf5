"""Help for the smallest organisations, beside the questions.

- "I do all of this myself" on the governance page fills the owners and the approver
  from the policy owner and keeps them in step (``MyselfBox``);
- a suggestion that fits the organisation's size, shown beside a question while its
  answer is still the default, applied only by its button (``SuggestionRow``);
- "Don't know: choose for me" on jargon questions, which says what it chose and why
  (``ChooseRow``).

The advice itself is Qt-free, in ``wizard/answers/advice.py``; the texts are in ``ui/strings``.
"""

from __future__ import annotations

import copy
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.buttons import CheckBox
from ui.strings import tr
from wizard.answers.advice import (
    CHOOSE_FOR_ME_KEYS,
    KINDS,
    MYSELF_KEYS,
    Advice,
    choose_for_me,
    default_value,
    owner_value,
    suggestions,
)
from wizard.answers.labels import field_label, phrase, value_label

if TYPE_CHECKING:
    from ui.fields import Binding, FormPage

# Questions that may get a suggestion for the organisation's size.
SUGGESTED_KEYS = (
    "markets.segments",
    "confidentiality.framework",
    "confidentiality.classification",
    "behaviour.sanctions",
    "behaviour.training",
    "technical.byod",
)

TIP_STYLE = """
QFrame[tip="true"] { background: #eef6ee; border: 1px solid #8fbf8f; border-radius: 4px; }
"""
# Advice stands apart from the answer and from the grey help text; the size follows the window.
ADVICE_STYLE = "QLabel { color: #1d5a34; }"


def value_text(key: str, value: Any) -> str:
    """An answer as the interface names it."""
    language = strings.language()
    kind = KINDS.get(key)
    if isinstance(value, list):
        return ", ".join(value_label(kind or "", item, language) for item in value)
    if isinstance(value, bool):
        answer = value_label("boolean", value, language).lower()
        return f"{field_label(key, language)}: {answer}"
    if kind:
        return value_label(kind, value, language)
    if key == "governance.approver" and value == "management":
        return phrase("misc", "management", language)
    return str(value)


def _write_quietly(binding: Binding, value: Any) -> None:
    blockers = [QSignalBlocker(binding.widget)]
    blockers += [QSignalBlocker(b) for b in binding.widget.findChildren(QAbstractButton)]
    binding.write(value)
    del blockers


def apply_answer(page: FormPage, key: str, value: Any) -> None:
    """Give an answer as if the user had given it: the widget and the store follow."""
    page.touched.add(key)
    _write_quietly(page.bindings[key], value)
    page.store.answer(key, copy.deepcopy(value))
    page.refresh()


def _last_focusable(widget: QWidget) -> QWidget:
    buttons = widget.findChildren(QAbstractButton)
    return buttons[-1] if buttons else widget


def _insert(binding: Binding, row: QWidget, *, after_help: bool) -> None:
    """Put a row into the question's block, just above or below its help text."""
    block = binding.block
    assert block is not None and binding.help is not None
    layout = block.layout()
    assert isinstance(layout, QVBoxLayout)
    index = layout.indexOf(binding.help)
    layout.insertWidget(index + 1 if after_help else index, row)


class SuggestionRow(QWidget):
    """ "Suggestion for a micro business: … [Apply]", while the answer is untouched."""

    def __init__(self, page: FormPage, key: str) -> None:
        super().__init__()
        self.page = page
        self.key = key
        self.setObjectName(f"{key}.suggestion")
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 2, 0, 2)
        self.text = QLabel()
        self.text.setObjectName(f"{key}.suggestion.text")
        self.text.setWordWrap(True)
        self.text.setProperty("role", "suggestion")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setStyleSheet(ADVICE_STYLE)
        self.apply = QPushButton()
        self.apply.setObjectName(f"{key}.suggestion.apply")
        line.addWidget(self.text, 1)
        line.addWidget(self.apply)
        self.advice: Advice | None = None
        self.apply.clicked.connect(self._apply)
        self.hide()

    def current(self) -> Advice | None:
        store = self.page.store
        advice = suggestions(store.draft).get(self.key)
        if advice is None or self.key in self.page.touched:
            return None
        value = store.get(self.key)
        if value != default_value(self.key) or value == advice.value:
            return None
        return advice

    def update_row(self) -> None:
        self.advice = self.current()
        if self.advice is not None:
            size = self.page.store.get("organisation.size")
            self.text.setText(
                tr(
                    "suggest.line",
                    who=escape(tr(f"suggest.{size}")),
                    value=escape(value_text(self.key, self.advice.value)),
                    reason=escape(tr(self.advice.reason)),
                )
            )
            self.apply.setText(tr("suggest.apply"))
            self.apply.setAccessibleName(
                f"{tr('suggest.apply')}: {field_label(self.key, strings.language())}"
            )
        self.setVisible(self.advice is not None)

    def _apply(self) -> None:
        if self.advice is not None:
            apply_answer(self.page, self.key, self.advice.value)


class ChooseRow(QWidget):
    """ "Don't know: choose for me", and a line that says what it chose and why."""

    def __init__(self, page: FormPage, key: str) -> None:
        super().__init__()
        self.page = page
        self.key = key
        self.setObjectName(f"{key}.choose.row")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(2)
        line = QHBoxLayout()
        self.button = QPushButton()
        self.button.setObjectName(f"{key}.choose")
        line.addWidget(self.button)
        line.addStretch(1)
        layout.addLayout(line)
        self.note = QLabel()
        self.note.setObjectName(f"{key}.chosen")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "suggestion")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setStyleSheet(ADVICE_STYLE)
        self.note.hide()
        layout.addWidget(self.note)
        self.chosen: Advice | None = None
        self.button.clicked.connect(self._choose)

    def _choose(self) -> None:
        advice = choose_for_me(self.key, self.page.store.draft)
        self.chosen = advice
        apply_answer(self.page, self.key, advice.value)
        self.update_row()

    def forget(self) -> None:
        self.chosen = None
        self.update_row()

    def update_row(self) -> None:
        self.button.setText(tr("choose.button"))
        self.button.setAccessibleName(
            f"{tr('choose.button')}: {field_label(self.key, strings.language())}"
        )
        chosen = self.chosen
        if chosen is not None and self.page.store.get(self.key) != chosen.value:
            chosen = self.chosen = None  # the user answered otherwise since
        if chosen is not None:
            self.note.setText(
                tr(
                    "choose.result",
                    value=escape(value_text(self.key, chosen.value)),
                    reason=escape(tr(chosen.reason)),
                )
            )
        self.note.setVisible(chosen is not None)


def add_advice(page: FormPage) -> None:
    """Suggestion and choose-for-me rows for the page's questions that have them."""
    rows: list[SuggestionRow | ChooseRow] = []
    for key, binding in page.bindings.items():
        last = _last_focusable(binding.widget)
        if key in SUGGESTED_KEYS:
            suggestion = SuggestionRow(page, key)
            _insert(binding, suggestion, after_help=False)
            QWidget.setTabOrder(last, suggestion.apply)
            last = suggestion.apply
            rows.append(suggestion)
            binding.texts.append(suggestion.update_row)
        if key in CHOOSE_FOR_ME_KEYS:
            choose = ChooseRow(page, key)
            _insert(binding, choose, after_help=True)
            QWidget.setTabOrder(last, choose.button)
            rows.append(choose)
            binding.texts.append(choose.update_row)
            page.store.replaced.connect(choose.forget)
    if not rows:
        return

    def update(_key: str = "") -> None:
        for row in rows:
            row.update_row()

    page.store.changed.connect(update)


class MyselfBox(QFrame):
    """ "I do HR, communications and IT myself": the policy owner is every owner and the
    approver. Asked on the first page, right after the owner; the governance page shows
    the same box above the owners' fields. Both follow the store's ``myself``, which is
    derived from the answers on loading (it is not stored in the file).
    """

    def __init__(self, page: FormPage, *, first_page: bool) -> None:
        super().__init__()
        self.page = page
        self.first_page = first_page
        self.setObjectName("organisation.myself.box" if first_page else "governance.myself.box")
        self.setStyleSheet(TIP_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.tip = QLabel()
        self.tip.setObjectName(f"{self.objectName()[:-4]}.tip")
        self.tip.setWordWrap(True)
        self.tip.setProperty("role", "title")
        layout.addWidget(self.tip)
        self.check = CheckBox()
        self.check.setObjectName("organisation.myself" if first_page else "governance.myself")
        layout.addWidget(self.check)
        self.note = QLabel()
        self.note.setObjectName(f"{self.objectName()[:-4]}.note")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "help")
        layout.addWidget(self.note)
        page.form.addWidget(self)

    def attach(self) -> None:
        page = self.page
        if not self.first_page:
            for key in MYSELF_KEYS:
                page.show_when(key, lambda: not page.store.myself)
        self.check.toggled.connect(page.store.set_myself)
        page.store.myself_changed.connect(self._follow)
        page.store.changed.connect(self._store_changed)
        key = "organisation.policy_owner.role" if self.first_page else MYSELF_KEYS[0]
        page.bindings[key].texts.append(self.retranslate)

    def _follow(self, myself: bool) -> None:
        blocker = QSignalBlocker(self.check)
        self.check.setChecked(myself)
        del blocker
        self.page.refresh()  # the owners' fields are enabled again, values kept
        self.retranslate()

    def _store_changed(self, key: str) -> None:
        if key.startswith("organisation.") or key == "":
            self.retranslate()

    def retranslate(self) -> None:
        store = self.page.store
        micro = store.get("organisation.size") == "micro"
        tip = self.first_page or micro
        if bool(self.property("tip")) != tip:
            self.setProperty("tip", tip)
            self.style().unpolish(self)
            self.style().polish(self)
        self.tip.setText(tr("myself.question" if self.first_page else "myself.tip"))
        self.tip.setVisible(tip)
        self.check.setText(tr("myself.check"))
        owner = owner_value(store.draft)
        if not owner:
            note = tr("myself.no_owner.first" if self.first_page else "myself.no_owner")
        elif self.check.isChecked():
            note = tr("myself.on.first" if self.first_page else "myself.on", owner=owner)
        else:
            note = tr("myself.off", owner=owner)
        self.note.setText(note)
        self.check.setAccessibleDescription(note)


def example_draft(path: Path) -> dict[str, Any]:
    """A copy of an example project, to be started as a new, untitled project.

    A logo beside the example is named by its full path, so that the copy finds it
    wherever it is saved later. Raises ``ProjectError`` as opening a file does.
    """
    from wizard import clock
    from wizard.answers.draft import dates_moved_ahead, draft_from_raw
    from wizard.answers.project_file import read_raw

    # Its dates move ahead of today: an example opened next year is not out of date.
    draft = dates_moved_ahead(draft_from_raw(read_raw(path)), clock.today())
    organisation = draft.get("organisation")
    if isinstance(organisation, dict):
        logo = organisation.get("logo")
        if isinstance(logo, str) and logo.strip() and not Path(logo).expanduser().is_absolute():
            organisation["logo"] = str((path.parent / logo).resolve())
    return draft

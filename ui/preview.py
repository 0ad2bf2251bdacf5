"""The live preview: the chosen document in the chosen language, as it will read.

It renders the same outline as the Word writer (``wizard.content.tailoring.build_outline``)
into HTML. Updates are debounced, so typing never waits for rendering, and sections
whose outline did not change reuse their HTML.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.fields import natural_join, question_name
from ui.house_style import looks_for
from ui.strings import tr
from wizard.answers.draft import MARKED
from wizard.answers.labels import value_label
from wizard.answers.messages import Problem
from wizard.answers.model import DocumentKind, Language, Project
from wizard.content.outline import Section
from wizard.output.html_preview import outline_html, section_anchor, section_html

DEBOUNCE_MS = 150

# Answers that are open rather than wrong: the preview shows them as [markers] unnoted.
OPEN_CODES = {"blank", "missing", "at_least_one", "manager_required", "label_required"}

# The part of each document that a wizard page affects, to scroll to.
PAGE_SECTIONS: dict[str, dict[DocumentKind, str]] = {
    "organisation": {DocumentKind.CODE_OF_CONDUCT: "purpose", DocumentKind.ICT_POLICY: "context"},
    "channels": {DocumentKind.CODE_OF_CONDUCT: "channels", DocumentKind.ICT_POLICY: "context"},
    "markets": {DocumentKind.CODE_OF_CONDUCT: "purpose", DocumentKind.ICT_POLICY: "risks"},
    "confidentiality": {
        DocumentKind.CODE_OF_CONDUCT: "confidentiality",
        DocumentKind.ICT_POLICY: "mapping",
    },
    "behaviour": {DocumentKind.CODE_OF_CONDUCT: "speaking", DocumentKind.ICT_POLICY: "measures"},
    "technical": {DocumentKind.CODE_OF_CONDUCT: "security", DocumentKind.ICT_POLICY: "measures"},
    "governance": {DocumentKind.CODE_OF_CONDUCT: "contact", DocumentKind.ICT_POLICY: "roles"},
}


class PreviewPanel(QWidget):
    hide_requested = Signal()

    def __init__(self, store: AnswerStore) -> None:
        super().__init__()
        self.setObjectName("preview")
        self.store = store
        self.page = "organisation"
        self._cache: dict[Section, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.document = QComboBox()
        self.document.setObjectName("preview.document")
        for kind in DocumentKind:
            self.document.addItem(kind.value, kind.value)
        self.language = QComboBox()
        self.language.setObjectName("preview.language")
        for language in Language:
            self.language.addItem(language.value, language.value)
        for box in (self.document, self.language):
            # Narrower than their longest item when space is short (large text, small
            # screen); the open list still shows each item whole.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(6)
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("preview.hide")
        # Two short rows rather than one long one: at large text sizes the panel stays
        # narrow enough to sit beside the questions.
        bar.addWidget(self.title, 1)
        bar.addWidget(self.hide_button)
        layout.addLayout(bar)
        choices = QHBoxLayout()
        choices.addWidget(self.document, 3)
        choices.addWidget(self.language, 2)
        layout.addLayout(choices)
        # Says which answers the text does not show yet, and why.
        self.note = QLabel()
        self.note.setObjectName("preview.note")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "warning")
        self.note.hide()
        layout.addWidget(self.note)
        self.browser = QTextBrowser()
        self.browser.setObjectName("preview.text")
        self.browser.setOpenLinks(False)
        # Tables are as wide as the panel; a horizontal bar would only scroll a few pixels.
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.browser, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_preview)
        store.changed.connect(lambda _key: self.schedule())
        store.replaced.connect(self._follow_project_language)
        self.document.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.language.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.hide_button.clicked.connect(self.hide_requested.emit)
        self.html = ""
        self._answer_changed = False
        self._shown: tuple[DocumentKind, Language] | None = None
        # The last answers that could be shown, per document language: one answer that
        # is not valid yet keeps this text on screen instead of blanking the preview.
        self._last_good: dict[Language, Project] = {}
        store.replaced.connect(self._last_good.clear)

    def _follow_project_language(self) -> None:
        # Show the project's first document language; the user may switch at any time.
        languages = self.store.get("output.languages") or [Language.NL.value]
        index = self.language.findData(languages[0])
        if index >= 0:
            self.language.setCurrentIndex(index)

    def schedule(self) -> None:
        self._answer_changed = True
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event: object) -> None:
        self.refresh_preview()

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.document.currentData())

    @property
    def doc_language(self) -> Language:
        return Language(self.language.currentData())

    def set_page(self, page: str) -> None:
        self.page = page
        self.scroll_to_page()

    def refresh_preview(self) -> None:
        self.timer.stop()
        # Jinja and the templates load on first use
        from wizard.content.tailoring import build_outline

        project = self.store.preview_project(self.doc_language)
        language = strings.language()
        problems = self.store.problems()
        if project is not None:
            self._last_good[self.doc_language] = project
            marked = [p for p in problems if p.code in MARKED and p.code not in OPEN_CODES]
            self._show_note("preview.marked", marked)
        else:
            project = self._last_good.get(self.doc_language)
            wrong = [
                p
                for p in problems
                if p.code not in OPEN_CODES and not p.code.startswith(("logo", "house_style"))
            ]
            self._show_note("preview.stale", (wrong or problems) if project else [])
            if project is None:
                names = dict.fromkeys(question_name(p.field, language) for p in problems)
                fields = natural_join([name for name in names if name][:5])
                self.html = f"<p>{escape(tr('preview.incomplete', fields=fields))}</p>"
                self.browser.setHtml(self.html)
                return
        outline = build_outline(project, self.kind, self.doc_language)
        cache: dict[Section, str] = {}

        def render(section: Section) -> str:
            cache[section] = self._cache.get(section) or section_html(section)
            return cache[section]

        html = outline_html(outline, render, looks_for(self.store))
        changed = [section.id for section in outline.sections if section not in self._cache]
        same_document = self._shown == (self.kind, self.doc_language)
        follow = self._answer_changed and same_document and len(changed) < len(outline.sections)
        self._answer_changed = False
        self._shown = (self.kind, self.doc_language)
        self._cache = cache
        if html == self.html:
            return  # the answer changed another document; laying this one out is the cost
        self.html = html
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html)
        if follow and changed:
            # Show the passage the last answer changed (when it changed only a part).
            self.browser.scrollToAnchor(section_anchor(changed[0]))
        else:
            self.browser.verticalScrollBar().setValue(scroll)

    def _show_note(self, key: str, problems: list[Problem]) -> None:
        language = strings.language()
        names: list[str] = []
        for problem in problems:
            name = question_name(problem.field, language)
            if name and name not in names:
                names.append(name)
        text = tr(key, fields=natural_join(names)) if names else ""
        if self.note.text() != text:
            self.note.setText(text)
        self.note.setVisible(bool(text))

    def scroll_to_page(self) -> None:
        section = PAGE_SECTIONS.get(self.page, {}).get(self.kind)
        if section:
            self.browser.scrollToAnchor(section_anchor(section))
        else:
            self.browser.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        language = strings.language()
        self.title.setText(tr("preview.title"))
        self.hide_button.setText(tr("preview.hide"))
        self.hide_button.setToolTip(tr("preview.hide.tip"))
        self.document.setAccessibleName(tr("preview.document"))
        self.language.setAccessibleName(tr("preview.language"))
        for index in range(self.document.count()):
            self.document.setItemText(
                index, value_label("document", self.document.itemData(index), language)
            )
        for index in range(self.language.count()):
            self.language.setItemText(
                index, value_label("language", self.language.itemData(index), language)
            )

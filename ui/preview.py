"""The live preview: the chosen document in the chosen language, as it will read.

It renders the same outline as the Word writer (``wizard.content.tailoring.build_outline``)
into HTML. Updates are debounced, so typing never waits for rendering, and sections
whose outline did not change reuse their HTML.

Every clause can be chosen for editing: a right click (or the context-menu key on a
link) offers "Edit this text…", each section has a link to the list of its clauses
with their titles and states, and edited, left-out and out-of-date clauses carry a
mark in words that is a link to the editor too.
"""

from __future__ import annotations

import bisect
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
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
from wizard.content.outline import Outline, Section
from wizard.output.html_preview import (
    CLAUSE_LINK,
    SECTION_LINK,
    SectionLinks,
    clause_anchor,
    outline_html,
    section_anchor,
    section_html,
)

if TYPE_CHECKING:
    from wizard.content.clause_states import ClauseState

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


def state_words(state: ClauseState, document_language: Language) -> str:
    """A clause's state in a few words of the interface language ("" when generated)."""
    other = Language.EN if document_language is Language.NL else Language.NL
    words = []
    if state.omitted:
        words.append(tr("preview.state.omitted"))
    if state.out_of_date:
        words.append(tr("preview.state.stale"))
    elif state.edited is not None:
        words.append(tr("preview.state.edited"))
    elif state.other_language_edited:
        words.append(tr("preview.state.other", language=tr(f"clause.language.{other.value}")))
    return ", ".join(words)


def clause_mark(state: ClauseState, document_language: Language) -> str:
    """The mark above an edited clause in the preview: a symbol and words, not a colour."""
    other = Language.EN if document_language is Language.NL else Language.NL
    if state.out_of_date:
        return tr("preview.mark.stale")
    if state.edited is not None:
        return tr("preview.mark.edited")
    if state.other_language_edited:
        return tr("preview.mark.other", language=tr(f"clause.language.{other.value}"))
    return ""


class ClauseBrowser(QTextBrowser):
    """The preview's text; its context menu offers to edit the clause under the pointer."""

    clause_menu = Signal(str, QPoint)  # a clause id ("" for none), where to show the menu

    def __init__(self) -> None:
        super().__init__()
        self._anchors: tuple[list[int], list[str]] | None = None
        self.document().contentsChanged.connect(self._forget_anchors)

    def _forget_anchors(self) -> None:
        self._anchors = None

    def _clause_positions(self) -> tuple[list[int], list[str]]:
        """Where each clause starts in the text: (positions, clause ids), in order."""
        if self._anchors is None:
            positions: list[int] = []
            ids: list[str] = []
            prefix = clause_anchor("")
            block = self.document().begin()
            while block.isValid():
                fragments = block.begin()
                while not fragments.atEnd():
                    fragment = fragments.fragment()
                    for name in fragment.charFormat().anchorNames():
                        if name.startswith(prefix):
                            positions.append(fragment.position())
                            ids.append(name[len(prefix) :])
                    fragments += 1
                block = block.next()
            self._anchors = (positions, ids)
        return self._anchors

    def clause_at(self, position: int) -> str:
        """The clause that the character at ``position`` belongs to ("" before the first)."""
        positions, ids = self._clause_positions()
        index = bisect.bisect_right(positions, position) - 1
        return ids[index] if index >= 0 else ""

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() is QContextMenuEvent.Reason.Keyboard:
            # From the keyboard: the link or text the cursor is on, as Tab left it.
            cursor = self.textCursor()
            point = self.viewport().mapToGlobal(self.cursorRect(cursor).bottomLeft())
            position = cursor.selectionStart()
        else:
            point = event.globalPos()
            position = self.cursorForPosition(self.viewport().mapFromGlobal(point)).position()
        self.clause_menu.emit(self.clause_at(position), point)


class PreviewPanel(QWidget):
    hide_requested = Signal()
    # The user changed a clause from the preview (the draft's "clauses" already holds it).
    clause_edited = Signal(str)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__()
        self.setObjectName("preview")
        self.store = store
        self.page = "organisation"
        self._cache: dict[tuple[Section, SectionLinks], str] = {}
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
        self.browser = ClauseBrowser()
        self.browser.setObjectName("preview.text")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link_activated)
        self.browser.clause_menu.connect(self.show_clause_menu)
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

    def show_document(self, kind: DocumentKind, language: Language) -> None:
        self.document.setCurrentIndex(self.document.findData(kind.value))
        self.language.setCurrentIndex(self.language.findData(language.value))

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
        links, tail = self._section_links(project, outline)
        cache: dict[tuple[Section, SectionLinks], str] = {}

        def render(section: Section) -> str:
            key = (section, links[section.id])
            cache[key] = self._cache.get(key) or section_html(section, links[section.id])
            return cache[key]

        html = outline_html(outline, render, looks_for(self.store))
        if tail:
            html = html.replace("</body>", f"{tail}</body>")
        changed = [
            section.id
            for section in outline.sections
            if (section, links[section.id]) not in self._cache
        ]
        same_document = self._shown == (self.kind, self.doc_language)
        # On the welcome page nothing was answered yet: what changed is the new project
        # itself (its size's answers), and the preview showed a new user section 9 first.
        follow = (
            self._answer_changed
            and same_document
            and len(changed) < len(outline.sections)
            and self.page != "welcome"
        )
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

    # --- choosing a clause -------------------------------------------------------------

    def _section_links(
        self, project: Project, outline: Outline
    ) -> tuple[dict[str, SectionLinks], str]:
        """Each section's links (its list of clauses, its marks), and the left-out clauses
        of sections that are gone altogether (shown at the end)."""
        language = self.doc_language
        states: list[ClauseState] = []
        if project.clauses:
            # The states need the outline before edits: built only when there are edits.
            from wizard.content.clause_states import clause_states

            states = clause_states(project, self.kind, language)
        marks: dict[str, list[tuple[str, str]]] = {}
        omitted: dict[str, list[tuple[str, str]]] = {}
        seen: set[str] = set()
        for state in states:
            if state.id in seen or state.id not in project.clauses:
                continue
            seen.add(state.id)
            if state.omitted:
                line = tr("preview.mark.omitted", title=state.title)
                omitted.setdefault(state.section_id, []).append((state.id, line))
            elif mark := clause_mark(state, language):
                marks.setdefault(state.section_id, []).append((state.id, mark))
        tools = tr("preview.section_texts")
        links = {
            section.id: SectionLinks(
                tools=tools,
                marks=tuple(marks.get(section.id, ())),
                omitted=tuple(omitted.pop(section.id, ())),
            )
            for section in outline.sections
        }
        tail = "".join(
            f'<p class="omitted"><a name="{escape(clause_anchor(ident))}"></a>'
            f'<a href="{escape(CLAUSE_LINK + ident)}">{escape(line)}</a></p>'
            for lines in omitted.values()
            for ident, line in lines
        )
        return links, tail

    def _link_activated(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(CLAUSE_LINK):
            self.edit_clause(target[len(CLAUSE_LINK) :])
        elif target.startswith(SECTION_LINK):
            self.show_section_menu(target[len(SECTION_LINK) :], self._menu_point())

    def _menu_point(self) -> QPoint:
        """Under the pointer when it is over the text, else under the keyboard's link."""
        viewport = self.browser.viewport()
        pointer = QCursor.pos()
        if viewport.rect().contains(viewport.mapFromGlobal(pointer)):
            return pointer
        rect = self.browser.cursorRect(self.browser.textCursor())
        return viewport.mapToGlobal(rect.bottomLeft())

    def clause_states(self) -> list[ClauseState]:
        """The clauses of the document shown, each once, with their states."""
        from ui.clause_edits import states

        return states(self.store, self.kind, self.doc_language)

    def section_clauses(self, section_id: str) -> list[ClauseState]:
        return [state for state in self.clause_states() if state.section_id == section_id]

    def section_menu(self, section_id: str) -> QMenu:
        """The section's clauses by title and state; choosing one opens the editor."""
        menu = QMenu(self)
        menu.setObjectName("preview.section_menu")
        for state in self.section_clauses(section_id):
            words = state_words(state, self.doc_language)
            text = f"{state.title} ({words})" if words else state.title
            action = menu.addAction(text.replace("&", "&&") + "…")
            action.setObjectName(f"preview.clause.{state.id}")
            action.triggered.connect(lambda _c=False, ident=state.id: self.edit_clause(ident))
        return menu

    def show_section_menu(self, section_id: str, point: QPoint) -> None:
        menu = self.section_menu(section_id)
        menu.exec(point)
        menu.deleteLater()

    def clause_menu(self, clause_id: str) -> QMenu:
        """The context menu on a clause: edit it, or choose another of its section."""
        menu = QMenu(self)
        menu.setObjectName("preview.clause_menu")
        state = next((s for s in self.clause_states() if s.id == clause_id), None)
        if state is not None:
            edit = menu.addAction(tr("preview.edit_clause", title=state.title.replace("&", "&&")))
            edit.setObjectName("preview.edit_clause")
            edit.triggered.connect(lambda: self.edit_clause(clause_id))
            others = self.section_menu(state.section_id)
            others.setParent(menu, others.windowFlags())
            others.setTitle(tr("preview.section_menu", section=state.section_title))
            menu.addMenu(others)
            menu.addSeparator()
        copy = menu.addAction(tr("preview.copy"))
        copy.setEnabled(self.browser.textCursor().hasSelection())
        copy.triggered.connect(self.browser.copy)
        return menu

    def show_clause_menu(self, clause_id: str, point: QPoint) -> None:
        menu = self.clause_menu(clause_id)
        menu.exec(point)
        menu.deleteLater()

    def edit_clause(self, clause_id: str) -> bool:
        """The clause editor on a clause of the document shown; True when it changed."""
        from ui.clause_edits import edit_clause

        changed = edit_clause(self.window(), self.store, clause_id, self.doc_language, self.kind)
        if changed:
            self.clause_edited.emit(clause_id)
            self.refresh_preview()
            self.browser.scrollToAnchor(clause_anchor(clause_id))
        return changed

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

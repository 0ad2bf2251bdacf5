"""The last page: what is still open, every answer per page, then export to Word.

This module holds the review itself; the version actions are in ``ui/versions.py`` and
the output controls with their jobs in ``ui/output_controls.py``, which ``ReviewPage``
builds in (each is a layer of the page, so the page keeps one set of widgets).

Each open question and each warning links to its question, and each page's answers
to that page: the page asks for it with ``question_requested`` (a dotted key, or a
page's key), and ``show_question`` goes there and puts the focus on the answer.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.fields import issue_text
from ui.steps import StepFrame, checked_sibling, enclosing_scroll_area, takes_answer_focus
from ui.strings import tr
from ui.versions import VersionActions
from wizard.answers.model import Language
from wizard.answers.pages import PAGE_KEYS
from wizard.answers.summary import channel_line, question_rows

if TYPE_CHECKING:
    from ui.settings import Settings

# The question pages in order (wizard.answers.pages, shared with the workshop report).
QUESTION_PAGES = PAGE_KEYS

LINK_STYLE = """
QLabel[link="true"] { border: 2px solid transparent; padding: 1px 2px; }
QLabel[link="true"]:focus { border: 2px solid #1a5fb4; background: #e8f0fb; }
QLabel[link="true"]:hover { background: #eef2f7; }
QLabel[kind="error"] { color: #b3261e; }
QLabel[kind="warning"] { color: #8a5300; }
QLabel[kind="page"] { color: #1a5fb4; }
"""


class LinkLabel(QLabel):
    """A line of text that goes somewhere: a click, Enter or Space activates it; Tab reaches it."""

    activated = Signal(str)

    def __init__(self, target: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName(f"review.link.{target}")
        self.setProperty("link", True)
        self.setProperty("kind", kind)
        self.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.target)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.target)
            return
        super().keyPressEvent(event)


class SummaryArea(QScrollArea):
    """What is open and every answer: it takes the room the export controls leave and
    scrolls inside itself, or, where that room is a slot, is shown whole.

    Scrolling, its wish is only a few lines, so the page's wish (which the page's scroll
    area follows once a wrapping text is on it) fits a laptop screen and the actions stay
    in view. Whole (``set_whole``), it asks for the height of all it holds and the page
    scrolls as one: at twice the text size on 1366×768 the controls left it six lines,
    read through a slot with a scroll bar of its own beside the page's, the version
    buttons cut off by its edge.
    """

    LINES = 6  # at twice the text size the export controls still fit 1366×768

    def __init__(self) -> None:
        super().__init__()
        self.whole = False

    def set_whole(self, whole: bool) -> None:
        if whole == self.whole:
            return
        self.whole = whole
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if whole else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def _whole_height(self) -> int:
        body = self.widget()
        if body is None:
            return 0
        width = self.width() - 2 * self.frameWidth()
        height = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        return max(height, body.minimumSizeHint().height()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        if self.whole:
            height = self._whole_height()
        else:
            height = self.LINES * self.fontMetrics().lineSpacing() + 2 * self.frameWidth()
        return QSize(super().minimumSizeHint().width(), height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.whole and event.size().width() != event.oldSize().width():
            self.updateGeometry()  # narrower, the texts wrap to more lines

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if self.whole and watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a link or an answer came or went: the height follows
        return super().eventFilter(watched, event)


# Fewer lines than this left for the summary beside the controls: it is shown whole.
SUMMARY_LINES = 10


def page_of(key: str) -> str:
    """The page that asks a dotted key (or the page's own key): its page key."""
    head = key.split(".")[0]
    return head if head in QUESTION_PAGES else "review"


def _answer_widget(page: QWidget, key: str) -> QWidget | None:
    """The widget that takes the focus for ``key``: the key's own, or its nearest holder's."""
    binding_for = getattr(page, "binding_for", None)
    bound = binding_for(key) if binding_for is not None else None
    names = [bound] if bound else []
    parts = key.split(".")
    names += [".".join(parts[:end]) for end in range(len(parts), 0, -1)]
    for name in names:
        found = page.findChild(QWidget, name) if name else None
        if found is None:
            continue
        for candidate in [found, *found.findChildren(QWidget)]:
            if takes_answer_focus(candidate, page):
                return checked_sibling(candidate)
        return None  # the question is there but does not apply now: the page's first
    return None


def show_question(frame: StepFrame, key: str) -> None:
    """Go to the page that asks ``key`` and put the focus on its answer (or the page's first)."""
    wanted = page_of(key)
    page_id = next((pid for pid in frame.pageIds() if frame.page(pid).page_key == wanted), None)
    if page_id is None:
        return
    frame.go_to(page_id)
    page = frame.page(page_id)
    target = _answer_widget(page, key) if key != wanted else None
    if target is None:
        frame.focus_first_question()
        return
    area = enclosing_scroll_area(target)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    if area is not None:
        area.ensureWidgetVisible(target)
        # The page was just shown: scroll again once its layout has its final sizes.
        QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(target, 50, 80))


# --- the answers as sentences ---------------------------------------------------------------


def page_answers(
    draft: dict[str, Any], page: str, language: Language
) -> list[tuple[str, list[str]]]:
    """(label, answer lines) for each question of a page, in the order the page asks them.

    The words are those of the workshop report (``wizard.answers.summary``).
    """
    if page == "channels":
        channels = [c for c in draft.get("channels") or [] if isinstance(c, dict)]
        lines = [channel_line(c, language) for c in channels] or [tr("review.unanswered")]
        return [("", lines)]  # under the page's own heading "Kanalen"
    return [
        (row.label, list(row.lines))
        for row in question_rows(draft, page, language)
        if row.applies and row.label
    ]


def answers_html(rows: list[tuple[str, list[str]]]) -> str:
    """Label: answer, one question a line; a list of rows (channels, plan steps) one a line."""
    lines = []
    for label, answers in rows:
        if len(answers) == 1 and label:
            lines.append(f"<b>{escape(label)}:</b> {escape(answers[0])}")
        else:
            if label:
                lines.append(f"<b>{escape(label)}:</b>")
            lines += [f"&nbsp;&nbsp;• {escape(answer)}" for answer in answers]
    return "<br>".join(lines)


class ReviewPage(VersionActions):
    """What is still open and every answer, above the version actions and the output
    controls (``ui.versions``, ``ui.output_controls``), which this page builds."""

    page_key = "review"
    prefixes = ("output",)
    # A dotted key (an open question or a warning) or a page's key (its answers).
    question_requested = Signal(str)

    def __init__(
        self,
        store: AnswerStore,
        folder: str,
        *,
        remembered: bool = False,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.remembered = remembered
        self._holder: QScrollArea | None = None  # the frame's scroll area around the page
        self.setStyleSheet(LINK_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # What is open and every answer scroll above the export controls, which stay put.
        content = self._build_summary_area(layout)
        # The versions and the answers: in the summary's area, or, where that area is
        # shown whole, under the controls (see _fit_summary).
        self.details = QWidget()
        self.details.setObjectName("review.details")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        self.build_versions(details)
        self._build_answers(details)
        content.addWidget(self.details)
        content.addStretch(1)
        self.build_output_controls(layout, folder, settings)
        store.changed.connect(lambda _key: self.refresh())
        store.replaced.connect(self.load)

    def _build_summary_area(self, layout: QVBoxLayout) -> QVBoxLayout:
        """The scrolling area, with the summary line and the open questions' links."""
        self.scroll_area = SummaryArea()
        self.scroll_area.setObjectName("review.scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        # Tab goes from link to link inside; the area scrolls to the one with the focus.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setObjectName("review.body")
        content = QVBoxLayout(body)
        content.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setObjectName("review.summary")
        self.summary.setWordWrap(True)
        content.addWidget(self.summary)
        # Links are made as they are needed, inside this holder: in the Tab order they
        # come after the summary, before the pages' links.
        self.issues_holder = QWidget()
        self.issues_box = QVBoxLayout(self.issues_holder)
        self.issues_box.setContentsMargins(0, 0, 0, 0)
        self.issues_box.setSpacing(0)
        content.addWidget(self.issues_holder)
        self.issue_links: list[LinkLabel] = []
        self._add_issue_link()  # made here, the first link has its place in the Tab order
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)
        return content

    def _build_answers(self, content: QVBoxLayout) -> None:
        """Each question page's answers under its title, with a link that goes there."""
        self.answers_title = QLabel()
        self.answers_title.setProperty("role", "title")
        self.answers_title.setObjectName("review.answers")
        content.addSpacing(8)
        content.addWidget(self.answers_title)
        self.page_titles: dict[str, QLabel] = {}
        self.page_links: dict[str, LinkLabel] = {}
        self.page_answers: dict[str, QLabel] = {}
        for page in QUESTION_PAGES:
            heading = QHBoxLayout()
            title = QLabel()
            title.setProperty("role", "title")
            title.setObjectName(f"review.title.{page}")
            link = LinkLabel(page, "page")
            link.activated.connect(self.question_requested.emit)
            heading.addWidget(title)
            heading.addWidget(link)
            heading.addStretch(1)
            content.addSpacing(4)
            content.addLayout(heading)
            answers = QLabel()
            answers.setObjectName(f"review.answers.{page}")
            answers.setTextFormat(Qt.TextFormat.RichText)
            answers.setWordWrap(True)
            answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            content.addWidget(answers)
            self.page_titles[page], self.page_links[page] = title, link
            self.page_answers[page] = answers

    # --- state ---------------------------------------------------------------------------

    def load(self) -> None:
        self.load_output_choices(self.remembered)
        self.refresh()

    def first_question(self) -> QWidget | None:
        """The first open question or warning; with none, the button that makes the files."""
        for link in self.issue_links:
            if link.isVisibleTo(self) and link.text():
                return link
        if self.export_button.isEnabled():
            return self.export_button
        return super().first_question()

    def initializePage(self) -> None:
        self.load()
        # Shown, the page hands the focus to its first widget (a link in the summary's
        # area, which scrolled to it) before the frame puts it on the export button: the
        # area then opened scrolled past its first line, "Every question has been
        # answered". Once the page is in place, the area shows its top again.
        QTimer.singleShot(0, self, self._summary_from_the_top)

    def _summary_from_the_top(self) -> None:
        focused = QApplication.focusWidget()
        body = self.scroll_area.widget()
        if focused is None or body is None or not body.isAncestorOf(focused):
            self.scroll_area.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        language = strings.language()
        problems = self.store.problems()
        warnings = self.store.warnings(language)
        order = {page: index for index, page in enumerate((*QUESTION_PAGES, "review"))}
        issues = [
            (p.field, "error", issue_text(p.field, p.message(language), language)) for p in problems
        ] + [
            (w.field, "warning", tr("warning.line", message=w.message(language))) for w in warnings
        ]
        # What blocks the export first, then the warnings; each in the order of the pages.
        issues.sort(key=lambda issue: (issue[1] == "warning", order[page_of(issue[0])]))
        self._show_issues(issues)
        if problems:
            summary = tr("review.problems.link")
        elif warnings:
            count = len(warnings)
            key = "review.warnings.one" if count == 1 else "review.warnings.many"
            summary = tr(key, count=count)
        else:
            summary = tr("review.ready")
        self.summary.setText(summary)
        kind = "error" if problems else "warning" if warnings else ""
        if self.summary.property("kind") != kind:
            self.summary.setProperty("kind", kind)
            # A style sheet reads a property when it polishes: without this the line kept
            # its first colour, and "Every question has been answered" stood in red.
            self.summary.style().unpolish(self.summary)
            self.summary.style().polish(self.summary)
        if self.isVisible():
            self._show_answers()
        self._show_versions(bool(problems))
        self.refresh_outputs(bool(problems))

    def _show_issues(self, issues: list[tuple[str, str, str]]) -> None:
        """One link per open question or warning; links are reused, so the focus stays."""
        while len(self.issue_links) > max(1, len(issues)):
            gone = self.issue_links.pop()
            gone.hide()  # at once: deleteLater waits for the event loop
            gone.deleteLater()
        while len(self.issue_links) < len(issues):
            self._add_issue_link()
        for link, (key, kind, text) in zip(self.issue_links, issues, strict=False):
            link.target = key
            link.setObjectName(f"review.link.{key}")
            if link.property("kind") != kind:
                link.setProperty("kind", kind)
                link.style().unpolish(link)
                link.style().polish(link)
            # A clause warning's link opens the clause editor, not a page.
            where = "review.clause" if key.startswith("clauses.") else f"page.{page_of(key)}.title"
            page_title = tr(where)
            if text.casefold().startswith(page_title.casefold()):
                link.set_text(text)  # "Channels: choose one", not "Channels › Channels: …"
            else:
                link.set_text(f"{page_title} › {text}")
        self.issue_links[0].setVisible(bool(issues))

    def _add_issue_link(self) -> None:
        index = len(self.issue_links)
        link = LinkLabel("", "error", self.issues_holder)
        link.activated.connect(lambda _target: self._issue_activated(index))
        if self.issue_links:
            # A new widget comes last in the window's Tab order: put it after the others.
            QWidget.setTabOrder(self.issue_links[-1], link)
        self.issues_box.addWidget(link)
        self.issue_links.append(link)

    def _issue_activated(self, index: int) -> None:
        self.question_requested.emit(self.issue_links[index].target)

    def _show_answers(self) -> None:
        language = strings.language()
        draft = self.store.draft
        for page in QUESTION_PAGES:
            html = answers_html(page_answers(draft, page, language))
            if self.page_answers[page].text() != html:
                self.page_answers[page].setText(html)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._show_answers()
        holder = enclosing_scroll_area(self)
        if holder is not None and holder is not self._holder:
            self._holder = holder
            holder.viewport().installEventFilter(self)
        self._fit_summary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        holder = self._holder
        resized = event.type() == QEvent.Type.Resize
        if resized and holder is not None and watched is holder.viewport():
            self._fit_summary()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_summary)  # once the children have it too

    def _fit_summary(self) -> None:
        """The summary scrolls inside itself while the controls leave it room for
        ``SUMMARY_LINES`` lines. With less, what is open is shown whole above the
        controls, and the versions and the answers under them: the page scrolls as one,
        and opens with "Every question has been answered" and the export button in view.
        """
        if self._holder is None:
            return
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        others = layout.minimumSize().height() - self.scroll_area.minimumSizeHint().height()
        if self.scroll_area.whole:
            others -= self.details.minimumSizeHint().height() + layout.spacing()
        room = self._holder.viewport().height() - others
        line = self.summary.fontMetrics().lineSpacing()
        # A little more room to go back than to go: no flipping to and fro at the edge.
        whole = room < (SUMMARY_LINES + (2 if self.scroll_area.whole else 0)) * line
        if whole == self.scroll_area.whole:
            return
        self.scroll_area.set_whole(whole)
        body = self.scroll_area.widget()
        assert body is not None
        content = body.layout()
        assert isinstance(content, QVBoxLayout)
        if whole:
            layout.addWidget(self.details)
            after = self._end_of_run(self.report_button, self.details)
        else:
            content.insertWidget(content.indexOf(self.issues_holder) + 1, self.details)
            after = self.issue_links[-1]
        # A moved widget is hidden until Qt's queued show: shown at once, as before.
        self.details.show()
        self._tab_after(after, self.details)

    def _end_of_run(self, start: QWidget, other_than: QWidget) -> QWidget:
        """The last of the page's widgets that follow ``start`` in the Tab order, up to
        the first that is not the page's (Help), leaving out those in ``other_than``."""
        from contextlib import closing

        from ui.focus_chain import focus_chain

        last = start
        with closing(focus_chain(start)) as chain:  # closed: the walk's wrappers rehung
            for widget in chain:
                if not self.isAncestorOf(widget):
                    break
                takes_focus = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                if takes_focus and not other_than.isAncestorOf(widget):
                    last = widget
        return last

    @staticmethod
    def _tab_after(anchor: QWidget, holder: QWidget) -> None:
        """Tab goes from ``anchor`` through what ``holder`` holds, in its order, and on to
        what followed ``anchor`` before: Tab keeps the order in which the page reads."""
        from contextlib import closing

        from ui.focus_chain import focus_chain

        # Qt moves only widgets that take the focus; it leaves a label where it is.
        with closing(focus_chain(holder)) as chain:
            inside = [
                w
                for w in chain
                if holder.isAncestorOf(w) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            ]
        previous = anchor
        for widget in inside:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def retranslate(self) -> None:
        self.setTitle(tr("page.review.title"))
        self.setSubTitle(tr("page.review.subtitle"))
        self.retranslate_outputs()
        self.answers_title.setText(tr("review.answers"))
        self.retranslate_versions()
        for page in QUESTION_PAGES:
            title = tr(f"page.{page}.title")
            self.page_titles[page].setText(title)
            self.page_links[page].set_text(tr("review.change"))
            self.page_links[page].setAccessibleName(tr("review.change.name", page=title))
        self.refresh()
        self._show_answers()

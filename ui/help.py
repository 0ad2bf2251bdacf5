"""The help for a page (F1 or the Help button): a small window that wraps and scrolls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import strings
from ui.strings import tr
from wizard.answers.labels import field_label

# Questions that are not bindings of their page, but have help of their own.
EXTRA_QUESTIONS = {"channels": ["channels"], "governance": ["governance.plan"]}


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as typed.

    Qt guesses whether a tooltip is rich text and renders one that looks like HTML,
    loading its pictures (``<img src="file:///…">``): a note, a decision or a file
    name is the user's text, so it is escaped and shown as written, line breaks kept.
    """
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def page_help_html(page_key: str, questions: list[str]) -> str:
    """The page's help, then each question's label and help, in the interface language."""
    language = strings.language()
    parts = [strings.page_help(page_key)]
    keys = [k for k in [*questions, *EXTRA_QUESTIONS.get(page_key, [])] if strings.help_text(k)]
    if keys:
        parts.append(f"<h3>{escape(tr('help.questions'))}</h3>")
        for key in keys:
            parts.append(
                f"<p><b>{escape(field_label(key, language))}</b><br>"
                f"{escape(strings.help_text(key))}</p>"
            )
    return "".join(parts)


class TextDialog(QDialog):
    """Text that wraps and scrolls, with a Close button; never larger than the screen."""

    def __init__(self, parent: QWidget | None, name: str, title: str, html: str) -> None:
        super().__init__(parent)
        prefix = name.partition(".")[0]
        self.setObjectName(name)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName(f"{prefix}.text")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(html)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(tr("help.close"))
        self.close_button.setObjectName(f"{prefix}.close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def fit(self, width: int, height: int) -> None:
        """Take ``width`` × ``height`` within the screen, and put the focus in the text."""
        fit_to_screen(self, width, height)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)


def fit_to_screen(
    dialog: QWidget, width: int, height: int, *, width_percent: int = 90, height_percent: int = 85
) -> None:
    """Resize ``dialog`` to ``width`` × ``height``, but never past the given share of the
    screen's free room, so its buttons stay in reach at large text sizes."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() * width_percent // 100)
        height = min(height, room.height() * height_percent // 100)
    dialog.resize(width, height)


class HelpDialog(TextDialog):
    def __init__(self, parent: QWidget | None, page_key: str, questions: list[str]) -> None:
        title = tr("help.title", page=tr(f"page.{page_key}.title"))
        super().__init__(parent, "help.dialog", title, page_help_html(page_key, questions))
        # Readable lines that grow with the text.
        self.fit(640 + 20 * max(0, self.font().pointSize() - 10), 560)

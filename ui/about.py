"""Help > About: the program's version, its licence and the software it is built with,
and a button that shows the third-party notice (every component's licence text)."""

from __future__ import annotations

import html
import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.strings import tr
from wizard import __version__


def _markupsafe_version() -> str:
    # MarkupSafe 3 answers __version__ only through package metadata, which a frozen
    # build may not carry.
    try:
        from importlib.metadata import version

        return version("MarkupSafe")
    except Exception:
        return ""


def libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of everything the program runs on."""
    import docx
    import jinja2
    import PySide6
    from lxml import etree
    from pydantic.version import VERSION as PYDANTIC

    return [
        ("Python", platform.python_version(), "PSF License"),
        ("Qt", qVersion(), "LGPL-3.0"),
        ("PySide6", PySide6.__version__, "LGPL-3.0"),
        ("pydantic", PYDANTIC, "MIT"),
        ("Jinja2", jinja2.__version__, "BSD-3-Clause"),
        ("MarkupSafe", _markupsafe_version(), "BSD-3-Clause"),
        ("python-docx", docx.__version__, "MIT"),
        ("lxml", etree.__version__, "BSD-3-Clause"),
    ]


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>&nbsp;{html.escape(version)}</td>"
        f"<td>&nbsp;&nbsp;{html.escape(licence)}</td></tr>"
        for name, version, licence in libraries()
    )
    return (
        f"<h3>{html.escape(tr('app.name'))}</h3>"
        f"<p>{html.escape(tr('about.version', version=__version__))}</p>"
        f"<p>{html.escape(tr('dialog.about.text'))}</p>"
        f"<p>{html.escape(tr('about.licence'))}</p>"
        f"<p><b>{html.escape(tr('about.libraries'))}</b></p>"
        f"<table>{rows}</table>"
        f"<p>{html.escape(tr('about.lgpl'))}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("about.title"))
        icon = QLabel()
        window_icon = self.windowIcon()
        if not window_icon.isNull():
            icon.setPixmap(window_icon.pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(about_html())
        self.text.setObjectName("about_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("about.close"))
        buttons.rejected.connect(self.reject)
        self.notices_button = QPushButton(tr("about.notices"))
        self.notices_button.setObjectName("about.notices")
        self.notices_button.setAutoDefault(False)
        buttons.addButton(self.notices_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.notices_button.clicked.connect(lambda: show_notices(self))
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)


class NoticeDialog(QDialog):
    """The third-party notice as shipped with the program (or, from a checkout, as made
    from the running environment): read-only, searchable with the keyboard, copyable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.help import fit_to_screen
        from wizard.notices import current_notice, shipped_notice

        self.setObjectName("notice_dialog")
        self.setWindowTitle(tr("about.notices.title"))
        shipped = shipped_notice()
        where = QLabel(
            tr("about.notices.file", path=str(shipped)) if shipped else tr("about.notices.source")
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("notice_text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(current_notice())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("about.close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 620)


def show_notices(parent: QWidget | None) -> None:
    NoticeDialog(parent).exec()


def show_about(parent: QWidget | None) -> None:
    AboutDialog(parent).exec()

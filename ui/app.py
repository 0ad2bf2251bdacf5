"""Start-up of the window: the QApplication, the main window, the event loop."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.review import ReviewPage
from ui.settings import APP_NAME
from ui.strings import tr
from wizard import __version__
from wizard.paths import program_file

DISPLAY_NAME = "Social Media Policy Builder"
# The desktop entry's name without ".desktop" (packaging/linux): Wayland's app id, and
# how a desktop finds the menu entry's icon for the task bar.
DESKTOP_FILE = "social-media-policy-builder"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The program's icon in every size it is drawn in (resources/icons)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(program_file("resources", "icons", f"policy-builder-{size}.png")))
    return icon


def set_identity(app: QGuiApplication) -> None:
    """Names, version and icon, as the desktop, the task bar and QSettings see them."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(application_icon())


def create_main_window(argv: list[str]) -> MainWindow:
    """Build the window (opening ``argv[0]``, a project, when given); needs a QApplication."""
    window = MainWindow()
    if argv:
        window.open_project(Path(argv[0]))
    return window


class FileOpenFilter(QObject):
    """macOS sends a document opened from the Finder as an event, not an argument."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.window.open_project(Path(event.file()))
            return True
        return False


def run_app(argv: list[str]) -> int:
    """The window; ``argv`` holds at most the project to open (main.py checks it)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if isinstance(app, QGuiApplication):
        set_identity(app)
    # A traceback is never shown to the user: unexpected errors become a message.
    sys.excepthook = _report_unexpected
    window = create_main_window(argv)
    if sys.platform == "darwin":
        # Only macOS sends it. Elsewhere a filter on the application would only cost:
        # every event of every widget would pass through Python, from the first paint on.
        app.installEventFilter(FileOpenFilter(window))
    if os.environ.get("POLICY_BUILDER_EXIT_AFTER_FIRST_PAINT"):
        # For benchmarks/run.py: the start-up as a user meets it, ended on the spot
        # when the first page is on screen.
        window.wizard.welcome.first_painted.connect(lambda: os._exit(0))
    window.show()
    if not argv:
        window.offer_restore_when_built()
    smoke_folder = os.environ.get("POLICY_BUILDER_SMOKE_EXPORT")
    if smoke_folder:
        export_and_exit(window, Path(smoke_folder))
    return int(app.exec())


def export_and_exit(window: MainWindow, folder: Path) -> None:
    """For packaging/smoke_test.sh: the review page's export into ``folder`` with *Also as
    PDF* ticked, as the button does it, in the bundle itself; then the files written and
    the page's message are printed and the program ends (exit 0 when the page is idle).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    review: ReviewPage | None = None

    def start() -> None:
        nonlocal review
        if not window.built:
            QTimer.singleShot(100, start)
            return
        review = window.wizard.review
        review.folder.setText(str(folder))
        review.pdf_box.setChecked(True)
        review.export()
        QTimer.singleShot(200, wait)

    def wait() -> None:
        assert review is not None
        if review.job is not None or review.task is not None:
            QTimer.singleShot(200, wait)
            return
        print("\n".join(["written:", *review.written, "message:", review.notice.text()]))
        sys.stdout.flush()
        os._exit(0)

    # A message box would wait for a click nobody gives: its text goes to the output.
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *args: print(*args[1:3], flush=True)))
    QTimer.singleShot(0, start)


_reporting = False  # one message at a time: an error while it is shown is only logged


def _report_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """A message in the interface language; the traceback goes to the log file only."""
    global _reporting
    if issubclass(kind, KeyboardInterrupt):
        sys.exit(130)
    from ui.error_log import log_error

    log = log_error(kind, error, tb)
    if _reporting:
        return
    from PySide6.QtWidgets import QMessageBox

    _reporting = True
    try:
        QMessageBox.critical(
            None, tr("words.unexpected.title"), tr("words.unexpected.text", log=str(log))
        )
    finally:
        _reporting = False

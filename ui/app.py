"""Start-up of the window: the QApplication, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.settings import APP_NAME
from ui.strings import tr


def create_main_window(argv: list[str]) -> MainWindow:
    """Build the window (opening ``argv[0]`` when it names a project); needs a QApplication."""
    window = MainWindow()
    paths = [arg for arg in argv if not arg.startswith("-")]
    if paths:
        window.open_project(Path(paths[0]))
    return window


def run_app(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # A traceback is never shown to the user: unexpected errors become a message.
    sys.excepthook = _report_unexpected
    window = create_main_window(argv)
    window.show()
    if not [arg for arg in argv if not arg.startswith("-")]:
        window.offer_restore_when_built()
    return int(app.exec())


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

"""Start-up of the window: the QApplication, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.settings import APP_NAME


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


def _report_unexpected(kind: type[BaseException], error: BaseException, _tb: object) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.exit(130)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        None,
        "Social Media Policy Builder",
        f"Something went wrong: {kind.__name__}: {error}\n\nYour answers are kept in the autosave.",
    )

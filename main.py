"""Social Media Policy Builder.

``python main.py generate PROJECT --out DIR`` and ``python main.py validate PROJECT``
run on the command line without a display; ``python main.py [PROJECT]`` opens the
wizard. Qt is imported only for the window.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

COMMANDS = {"generate", "validate", "calendar", "-h", "--help"}


def create_window(argv: list[str]) -> QWidget:
    """Build the main window (opening a project when argv names one); no QApplication."""
    from ui.app import create_main_window

    return create_main_window(argv)


def main(argv: Sequence[str] | None = None) -> int:
    # We use no pydantic plugins; skipping their discovery saves start-up time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = list(sys.argv[1:] if argv is None else argv)
    if (args and args[0] in COMMANDS) or "--debug" in args[:1]:
        from wizard.cli import run

        code = run(args)
        if argv is None:
            # The process ends now. Its last garbage collections would only walk a heap
            # that the system takes back anyway, a tenth of a second on a small machine;
            # frozen objects are skipped. (Everything written is closed already.)
            gc.freeze()
        return code
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
